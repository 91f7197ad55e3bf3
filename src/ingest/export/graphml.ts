import { formatValue, linkColumns, linkRecord, nodeColumns, type Column } from './attributes';
import { linkIds, sortGraph, type ExportGraph } from './graph';
import { escapeAttribute, escapeText } from './xml';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
export const GRAPHML_SCHEMA_LOCATION = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** A GraphML key id: `n_` or `e_` and the attribute's name, made an XML NMTOKEN and unique. */
function keyIds(prefix: string, columns: readonly Column[]): string[] {
  const used = new Set<string>();
  return columns.map((c) => {
    const base = `${prefix}_${c.name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  });
}

function keyLines(ids: string[], columns: readonly Column[], domain: 'node' | 'edge'): string[] {
  return columns.map(
    (c, i) => `  <key id="${escapeAttribute(ids[i])}" for="${domain}" attr.name="${escapeAttribute(c.name)}" attr.type="${c.type}"/>`,
  );
}

function dataLines(ids: string[], columns: readonly Column[], record: Record<string, unknown>, indent: string): string[] {
  const out: string[] = [];
  columns.forEach((c, i) => {
    const text = formatValue(c.read(record), c.type);
    if (text !== undefined) out.push(`${indent}<data key="${escapeAttribute(ids[i])}">${escapeText(text)}</data>`);
  });
  return out;
}

/**
 * Writes a graph as GraphML 1.0 (valid against the official graphml.xsd): one directed graph,
 * nodes by id with their label as `type`, their name as `label` (the caption Gephi, yEd and
 * Cytoscape show) and every stored scalar property as a typed `<key>`; edges with their
 * relationship type and properties. Lists (sources) are one string joined by `;`. Nodes, edges and
 * keys are in a fixed order, so two exports of the same graph are byte-identical.
 */
export function toGraphml(input: ExportGraph): string {
  const graph = sortGraph(input);
  const nodeCols: Column[] = [{ name: 'label', type: 'string', read: (r) => r.name ?? r.id }, ...nodeColumns(graph.nodes)];
  const edgeCols = linkColumns(graph.links);
  const nodeKeys = keyIds('n', nodeCols);
  const edgeKeys = keyIds('e', edgeCols);
  const edgeIds = linkIds(graph.links);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_SCHEMA_LOCATION}">`,
    `  <desc>${escapeText(`helixgraph export: ${graph.description}`)}</desc>`,
    ...keyLines(nodeKeys, nodeCols, 'node'),
    ...keyLines(edgeKeys, edgeCols, 'edge'),
    '  <graph id="helixgraph" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeAttribute(node.id)}">`, ...dataLines(nodeKeys, nodeCols, node, '      '), '    </node>');
  }
  graph.links.forEach((link, i) => {
    lines.push(
      `    <edge id="${escapeAttribute(edgeIds[i])}" source="${escapeAttribute(link.from)}" target="${escapeAttribute(link.to)}">`,
      ...dataLines(edgeKeys, edgeCols, linkRecord(link), '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
