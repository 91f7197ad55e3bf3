import { formatValue, linkColumns, linkRecord, nodeColumns, type Column } from './attributes';
import { linkIds, sortGraph, type ExportGraph } from './graph';
import { escapeAttribute, escapeText } from './xml';

export const GEXF_NAMESPACE = 'http://www.gexf.net/1.2draft';
export const GEXF_SCHEMA_LOCATION = 'http://www.gexf.net/1.2draft/gexf.xsd';

function attributeBlock(domain: 'node' | 'edge', columns: readonly Column[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${escapeAttribute(c.name)}" title="${escapeAttribute(c.name)}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues(columns: readonly Column[], record: Record<string, unknown>): string[] {
  const values: string[] = [];
  for (const c of columns) {
    const text = formatValue(c.read(record), c.type);
    if (text !== undefined) values.push(`          <attvalue for="${escapeAttribute(c.name)}" value="${escapeAttribute(text)}"/>`);
  }
  return values.length === 0 ? [] : ['        <attvalues>', ...values, '        </attvalues>'];
}

/**
 * Writes a graph as GEXF 1.2draft (the version Gephi, networkx and Cytoscape all read, and the
 * latest whose official schema a package registry ships, so exports are checked against it) for Gephi (and networkx's `read_gexf`): a static directed graph whose
 * nodes carry their name as `label` and whose edges carry their relationship type as `label`;
 * node and edge attributes are declared once (`<attributes>`, typed) and given per element
 * (`<attvalues>`). Lists (sources) are one string joined by `;`. Deterministic order throughout.
 */
export function toGexf(input: ExportGraph): string {
  const graph = sortGraph(input);
  const nodeCols = nodeColumns(graph.nodes);
  const edgeCols = linkColumns(graph.links);
  const edgeIds = linkIds(graph.links);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_SCHEMA_LOCATION}" version="1.2">`,
    '  <meta>',
    '    <creator>helixgraph</creator>',
    `    <description>${escapeText(`helixgraph export: ${graph.description}`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeBlock('node', nodeCols),
    ...attributeBlock('edge', edgeCols),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const label = typeof node.name === 'string' ? node.name : node.id;
    const values = attvalues(nodeCols, node);
    const open = `      <node id="${escapeAttribute(node.id)}" label="${escapeAttribute(label)}"`;
    lines.push(...(values.length === 0 ? [`${open}/>`] : [`${open}>`, ...values, '      </node>']));
  }
  lines.push('    </nodes>', '    <edges>');
  graph.links.forEach((link, i) => {
    const values = attvalues(edgeCols, linkRecord(link));
    const open = `      <edge id="${escapeAttribute(edgeIds[i])}" source="${escapeAttribute(link.from)}" target="${escapeAttribute(link.to)}" label="${escapeAttribute(link.type)}"`;
    lines.push(...(values.length === 0 ? [`${open}/>`] : [`${open}>`, ...values, '      </edge>']));
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
