import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';

import { toGexf } from '../../src/ingest/export/gexf';
import type { ExportGraph } from '../../src/ingest/export/graph';
import { linkIds } from '../../src/ingest/export/graph';
import { toGraphml } from '../../src/ingest/export/graphml';
import { toDataset, toJson } from '../../src/ingest/export/json';
import { toJsonld } from '../../src/ingest/export/jsonld';
import { describeSelection, exportFileName, ExportParameterError, parseExportOptions } from '../../src/ingest/export/options';
import { escapeAttribute, escapeText, xmlChars } from '../../src/ingest/export/xml';
import { parseExportFlags } from '../../src/cli/export.command';

/** Two nodes, one link, one source, with every character that needs care in XML. */
const tiny: ExportGraph = {
  description: 'a test',
  sources: [
    { id: 'src:b', label: 'Source', title: 'Báo "Nhân Dân" & <khác>', publisher: 'P', url: 'https://example.org/a?b=1&c=2', date: '2020-12', language: 'vi', searchName: 'bao', contentHash: 'h0' },
  ],
  nodes: [
    { id: 'org:a', label: 'SupportOrganization', kind: 'SupportOrganization', sphere: 'CIVIL_SOCIETY', name: 'Tổ chức <A> & "B"', nameEn: "A's org", placeholder: false, sourceIds: ['src:b'], searchName: 'to chuc', searchText: '', contentHash: 'h1', description: 'line1\nline2\r\n\ttab', m_degree: 2, m_betweenness: 0.5 },
    { id: 'ent:1', label: 'Enterprise', kind: 'Enterprise', sphere: 'INDUSTRY', name: 'Xưởng \u0001 gốm 😀', placeholder: true, sourceIds: ['src:b'], contentHash: 'h2', m_degree: 1, m_betweenness: 0 },
  ],
  links: [{ type: 'SUPPORTS', from: 'org:a', to: 'ent:1', props: { sourceIds: ['src:b'], placeholder: false, since: '2020', role: 'mentor & "coach"', contentHash: 'h3' } }],
};

/** The same graph with every list reversed: exports must not depend on the order rows arrive in. */
const shuffled: ExportGraph = { ...tiny, nodes: [...tiny.nodes].reverse(), sources: [...tiny.sources].reverse(), links: [...tiny.links].reverse() };

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <desc>helixgraph export: a test</desc>
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="n_sphere" for="node" attr.name="sphere" attr.type="string"/>
  <key id="n_name" for="node" attr.name="name" attr.type="string"/>
  <key id="n_nameEn" for="node" attr.name="nameEn" attr.type="string"/>
  <key id="n_placeholder" for="node" attr.name="placeholder" attr.type="boolean"/>
  <key id="n_sources" for="node" attr.name="sources" attr.type="string"/>
  <key id="n_description" for="node" attr.name="description" attr.type="string"/>
  <key id="n_m_betweenness" for="node" attr.name="m_betweenness" attr.type="double"/>
  <key id="n_m_degree" for="node" attr.name="m_degree" attr.type="long"/>
  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="e_placeholder" for="edge" attr.name="placeholder" attr.type="boolean"/>
  <key id="e_role" for="edge" attr.name="role" attr.type="string"/>
  <key id="e_since" for="edge" attr.name="since" attr.type="string"/>
  <key id="e_sources" for="edge" attr.name="sources" attr.type="string"/>
  <graph id="helixgraph" edgedefault="directed">
    <node id="ent:1">
      <data key="n_label">Xưởng � gốm 😀</data>
      <data key="n_type">Enterprise</data>
      <data key="n_kind">Enterprise</data>
      <data key="n_sphere">INDUSTRY</data>
      <data key="n_name">Xưởng � gốm 😀</data>
      <data key="n_placeholder">true</data>
      <data key="n_sources">src:b</data>
      <data key="n_m_betweenness">0</data>
      <data key="n_m_degree">1</data>
    </node>
    <node id="org:a">
      <data key="n_label">Tổ chức &lt;A&gt; &amp; "B"</data>
      <data key="n_type">SupportOrganization</data>
      <data key="n_kind">SupportOrganization</data>
      <data key="n_sphere">CIVIL_SOCIETY</data>
      <data key="n_name">Tổ chức &lt;A&gt; &amp; "B"</data>
      <data key="n_nameEn">A's org</data>
      <data key="n_placeholder">false</data>
      <data key="n_sources">src:b</data>
      <data key="n_description">line1
line2&#13;
	tab</data>
      <data key="n_m_betweenness">0.5</data>
      <data key="n_m_degree">2</data>
    </node>
    <edge id="org:a--SUPPORTS--ent:1" source="org:a" target="ent:1">
      <data key="e_type">SUPPORTS</data>
      <data key="e_placeholder">false</data>
      <data key="e_role">mentor &amp; "coach"</data>
      <data key="e_since">2020</data>
      <data key="e_sources">src:b</data>
    </edge>
  </graph>
</graphml>
`;

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta>
    <creator>helixgraph</creator>
    <description>helixgraph export: a test</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="type" title="type" type="string"/>
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="sphere" title="sphere" type="string"/>
      <attribute id="name" title="name" type="string"/>
      <attribute id="nameEn" title="nameEn" type="string"/>
      <attribute id="placeholder" title="placeholder" type="boolean"/>
      <attribute id="sources" title="sources" type="string"/>
      <attribute id="description" title="description" type="string"/>
      <attribute id="m_betweenness" title="m_betweenness" type="double"/>
      <attribute id="m_degree" title="m_degree" type="long"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="type" title="type" type="string"/>
      <attribute id="placeholder" title="placeholder" type="boolean"/>
      <attribute id="role" title="role" type="string"/>
      <attribute id="since" title="since" type="string"/>
      <attribute id="sources" title="sources" type="string"/>
    </attributes>
    <nodes>
      <node id="ent:1" label="Xưởng � gốm 😀">
        <attvalues>
          <attvalue for="type" value="Enterprise"/>
          <attvalue for="kind" value="Enterprise"/>
          <attvalue for="sphere" value="INDUSTRY"/>
          <attvalue for="name" value="Xưởng � gốm 😀"/>
          <attvalue for="placeholder" value="true"/>
          <attvalue for="sources" value="src:b"/>
          <attvalue for="m_betweenness" value="0"/>
          <attvalue for="m_degree" value="1"/>
        </attvalues>
      </node>
      <node id="org:a" label="Tổ chức &lt;A&gt; &amp; &quot;B&quot;">
        <attvalues>
          <attvalue for="type" value="SupportOrganization"/>
          <attvalue for="kind" value="SupportOrganization"/>
          <attvalue for="sphere" value="CIVIL_SOCIETY"/>
          <attvalue for="name" value="Tổ chức &lt;A&gt; &amp; &quot;B&quot;"/>
          <attvalue for="nameEn" value="A&apos;s org"/>
          <attvalue for="placeholder" value="false"/>
          <attvalue for="sources" value="src:b"/>
          <attvalue for="description" value="line1&#10;line2&#13;&#10;&#9;tab"/>
          <attvalue for="m_betweenness" value="0.5"/>
          <attvalue for="m_degree" value="2"/>
        </attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="org:a--SUPPORTS--ent:1" source="org:a" target="ent:1" label="SUPPORTS">
        <attvalues>
          <attvalue for="type" value="SUPPORTS"/>
          <attvalue for="placeholder" value="false"/>
          <attvalue for="role" value="mentor &amp; &quot;coach&quot;"/>
          <attvalue for="since" value="2020"/>
          <attvalue for="sources" value="src:b"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
`;


describe('XML escaping', () => {
  it('escapes markup in element text and keeps a carriage return as a character reference', () => {
    expect(escapeText(`a & b < c > d "e" 'f'\r\n\tg`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'&#13;\n\tg`);
  });

  it('escapes both quotes in attributes and keeps tab, line feed and carriage return as references', () => {
    expect(escapeAttribute(`a & b < c > d "e" 'f'\r\n\tg`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#13;&#10;&#9;g');
  });

  it('replaces what XML 1.0 cannot carry (controls, lone surrogates, U+FFFE) and keeps surrogate pairs', () => {
    expect(xmlChars('a\u0000b\u001Fc\uD800d\uDC00e😀f\uFFFEg\u0085h')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe😀f\uFFFDg\u0085h');
    expect(escapeAttribute('\u0008')).toBe('\uFFFD');
    expect(escapeText('\u000B')).toBe('\uFFFD');
  });
});

describe('toGraphml', () => {
  it('writes typed keys, nodes by id with their name as label, edges with type and sources', () => {
    expect(toGraphml(tiny)).toBe(GRAPHML);
  });

  it('does not depend on the order the rows arrive in', () => {
    expect(toGraphml(shuffled)).toBe(GRAPHML);
  });
});

describe('toGexf', () => {
  it('writes GEXF 1.2draft with declared attributes and attvalues escaped for attributes', () => {
    expect(toGexf(tiny)).toBe(GEXF);
  });

  it('does not depend on the order the rows arrive in', () => {
    expect(toGexf(shuffled)).toBe(GEXF);
  });
});

describe('toDataset (the import format)', () => {
  it('keeps only importable properties: no measures, no derived search text, hash or actor kind', () => {
    expect(toDataset(tiny)).toEqual({
      format: 'helixgraph-dataset',
      version: 1,
      sources: [{ id: 'src:b', title: 'Báo "Nhân Dân" & <khác>', publisher: 'P', url: 'https://example.org/a?b=1&c=2', date: '2020-12', language: 'vi' }],
      nodes: [
        { id: 'ent:1', label: 'Enterprise', name: 'Xưởng \u0001 gốm 😀', placeholder: true, sphere: 'INDUSTRY', sources: ['src:b'] },
        { id: 'org:a', label: 'SupportOrganization', name: 'Tổ chức <A> & "B"', nameEn: "A's org", description: 'line1\nline2\r\n\ttab', sphere: 'CIVIL_SOCIETY', sources: ['src:b'] },
      ],
      links: [{ type: 'SUPPORTS', from: 'org:a', to: 'ent:1', role: 'mentor & "coach"', since: '2020', sources: ['src:b'] }],
    });
  });

  it('keeps the kind of an event, which is a property of its own', () => {
    const event = { id: 'ev:1', label: 'Event', kind: 'DEMO_DAY', name: 'Demo Day', date: '2020-08', placeholder: false, sourceIds: ['src:b'] };
    expect(toDataset({ ...tiny, nodes: [event], links: [] }).nodes).toEqual([
      { id: 'ev:1', label: 'Event', name: 'Demo Day', date: '2020-08', kind: 'DEMO_DAY', sources: ['src:b'] },
    ]);
  });

  it('writes JSON that parses back to the same dataset, one record a line, in key order', () => {
    const text = toJson(shuffled);
    expect(JSON.parse(text)).toEqual(toDataset(tiny));
    expect(text.split('\n')[7]).toBe('    {"id":"ent:1","label":"Enterprise","name":"Xưởng \\u0001 gốm 😀","placeholder":true,"sphere":"INDUSTRY","sources":["src:b"]},');
  });
});

describe('toJsonld', () => {
  it('gives every node and every reified link prov:wasDerivedFrom its sources, and sources Dublin Core terms', async () => {
    const quads = (await jsonld.toRDF(JSON.parse(toJsonld(tiny)), { format: 'application/n-quads', safe: true })).trim().split('\n');
    const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
    const PROV = 'http://www.w3.org/ns/prov#';
    const DC = 'http://purl.org/dc/terms/';
    const V = 'urn:helixgraph:vocab:';
    const ID = 'urn:helixgraph:id:';
    const L = '<urn:helixgraph:link:org:a/SUPPORTS/ent:1>';
    expect(quads.sort()).toEqual(
      [
        `<${ID}ent:1> <${RDF}type> <${PROV}Entity> .`,
        `<${ID}ent:1> <${RDF}type> <${V}Enterprise> .`,
        `<${ID}ent:1> <http://www.w3.org/2000/01/rdf-schema#label> "Xưởng \\u0001 gốm 😀" .`,
        `<${ID}ent:1> <${PROV}wasDerivedFrom> <${ID}src:b> .`,
        `<${ID}ent:1> <${V}kind> "Enterprise" .`,
        `<${ID}ent:1> <${V}evidence> "PLACEHOLDER" .`,
        `<${ID}ent:1> <${V}m_betweenness> "0"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
        `<${ID}ent:1> <${V}m_degree> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
        `<${ID}ent:1> <${V}placeholder> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .`,
        `<${ID}ent:1> <${V}sphere> "INDUSTRY" .`,
        `<${ID}org:a> <${DC}description> "line1\\nline2\\r\\n\\ttab" .`,
        `<${ID}org:a> <${RDF}type> <${PROV}Entity> .`,
        `<${ID}org:a> <${RDF}type> <${V}SupportOrganization> .`,
        `<${ID}org:a> <http://www.w3.org/2000/01/rdf-schema#label> "A's org"@en .`,
        `<${ID}org:a> <http://www.w3.org/2000/01/rdf-schema#label> "Tổ chức <A> & \\"B\\"" .`,
        `<${ID}org:a> <${PROV}wasDerivedFrom> <${ID}src:b> .`,
        `<${ID}org:a> <${V}SUPPORTS> <${ID}ent:1> .`,
        `<${ID}org:a> <${V}evidence> "STATED" .`,
        `<${ID}org:a> <${V}kind> "SupportOrganization" .`,
        `<${ID}org:a> <${V}m_betweenness> "5.0E-1"^^<http://www.w3.org/2001/XMLSchema#double> .`,
        `<${ID}org:a> <${V}m_degree> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
        `<${ID}org:a> <${V}placeholder> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> .`,
        `<${ID}org:a> <${V}sphere> "CIVIL_SOCIETY" .`,
        `<${ID}src:b> <${DC}date> "2020-12"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .`,
        `<${ID}src:b> <${DC}language> "vi" .`,
        `<${ID}src:b> <${DC}publisher> "P" .`,
        `<${ID}src:b> <${DC}title> "Báo \\"Nhân Dân\\" & <khác>" .`,
        `<${ID}src:b> <${RDF}type> <${PROV}Entity> .`,
        `<${ID}src:b> <https://schema.org/url> <https://example.org/a?b=1&c=2> .`,
        `${L} <${RDF}object> <${ID}ent:1> .`,
        `${L} <${RDF}predicate> <${V}SUPPORTS> .`,
        `${L} <${RDF}subject> <${ID}org:a> .`,
        `${L} <${RDF}type> <${RDF}Statement> .`,
        `${L} <${RDF}type> <${PROV}Entity> .`,
        `${L} <${PROV}wasDerivedFrom> <${ID}src:b> .`,
        `${L} <${V}evidence> "STATED" .`,
        `${L} <${V}placeholder> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> .`,
        `${L} <${V}role> "mentor & \\"coach\\"" .`,
        `${L} <${V}since> "2020"^^<http://www.w3.org/2001/XMLSchema#gYear> .`,
      ].sort(),
    );
  });

  it('does not depend on the order the rows arrive in', () => {
    expect(toJsonld(shuffled)).toBe(toJsonld(tiny));
  });

  it('states only STATED relationships as plain triples: any other is reified with its evidence, never a bare fact', async () => {
    const synthetic: ExportGraph = { ...tiny, links: [{ ...tiny.links[0], props: { ...tiny.links[0].props, evidence: 'SYNTHETIC', placeholder: true } }] };
    const quads = (await jsonld.toRDF(JSON.parse(toJsonld(synthetic)), { format: 'application/n-quads', safe: true })).trim().split('\n');
    const V = 'urn:helixgraph:vocab:';
    expect(quads.filter((q: string) => q.includes(`<${V}SUPPORTS>`) && q.startsWith('<urn:helixgraph:id:org:a>'))).toEqual([]);
    expect(quads).toContain(`<urn:helixgraph:link:org:a/SUPPORTS/ent:1> <${V}evidence> "SYNTHETIC" .`);
  });
});

describe('linkIds', () => {
  it('spells (from, type, to) and keeps ids unique when two links would spell the same', () => {
    expect(
      linkIds([
        { from: 'a--PART_OF--b', type: 'PART_OF', to: 'c' },
        { from: 'a', type: 'PART_OF', to: 'b--PART_OF--c' },
        { from: 'x', type: 'FUNDS', to: 'y' },
      ]),
    ).toEqual(['a--PART_OF--b--PART_OF--c', 'a--PART_OF--b--PART_OF--c--2', 'x--FUNDS--y']);
  });
});

describe('parseExportOptions', () => {
  it('reads a format and a combined selection, kinds in either spelling', () => {
    const options = parseExportOptions({ format: 'gexf', kinds: 'ENTERPRISE,CraftVillage,SUPPORT_ORGANIZATION,enterprise', sector: 'sector:x', around: 'org:a', depth: '3' });
    expect(options).toEqual({
      format: 'gexf',
      selection: { kinds: ['Enterprise', 'CraftVillage', 'SupportOrganization'], sector: 'sector:x', around: { id: 'org:a', depth: 3 } },
    });
    expect(describeSelection(options.selection)).toBe(
      'the nodes labelled Enterprise or CraftVillage or SupportOrganization, in sector sector:x, within 3 hops of org:a, the links among them and the sources they cite',
    );
    expect(exportFileName(options)).toBe('helixgraph-Enterprise+CraftVillage+SupportOrganization-sector-sector_x-around-org_a-3.gexf');
  });

  it('defaults depth to 1 and names the whole graph', () => {
    expect(parseExportOptions({ format: 'json', around: 'org:a' }).selection).toEqual({ around: { id: 'org:a', depth: 1 } });
    expect(describeSelection({})).toBe('the whole graph');
    expect(exportFileName({ format: 'jsonld', selection: {} })).toBe('helixgraph.jsonld');
  });

  it.each([
    [{}, 'format', undefined, 'must be one of graphml, gexf, json, jsonld'],
    [{ format: 'csv' }, 'format', 'csv', 'must be one of graphml, gexf, json, jsonld'],
    [{ format: 'json', kinds: 'ENTERPRISE,Startup' }, 'kinds', 'ENTERPRISE,Startup', 'must list node labels separated by commas'],
    [{ format: 'json', kinds: '' }, 'kinds', '', 'must list node labels separated by commas'],
    [{ format: 'json', sector: 'sector x' }, 'sector', 'sector x', 'must be a node id: 1-200 letters, digits and :._-'],
    [{ format: 'json', province: '' }, 'province', '', 'must be a node id: 1-200 letters, digits and :._-'],
    [{ format: 'json', around: 'org:a', depth: '4' }, 'depth', '4', 'must be an integer from 1 to 3'],
    [{ format: 'json', around: 'org:a', depth: '0' }, 'depth', '0', 'must be an integer from 1 to 3'],
    [{ format: 'json', around: 'org:a', depth: '1.5' }, 'depth', '1.5', 'must be an integer from 1 to 3'],
    [{ format: 'json', depth: '2' }, 'depth', '2', 'needs "around"'],
    [{ format: 'json', fromat: 'json' }, 'fromat', 'json', 'is not a parameter of an export'],
  ])('refuses %j naming the parameter, the value and the rule', (raw, parameter, value, rule) => {
    const err = (() => {
      try {
        parseExportOptions(raw as Record<string, string>);
      } catch (e) {
        return e;
      }
      return undefined;
    })() as ExportParameterError;
    expect(err).toBeInstanceOf(ExportParameterError);
    expect(err.parameter).toBe(parameter);
    expect(err.value).toBe(value);
    expect(err.rule.startsWith(rule)).toBe(true);
    expect(err.message).toBe(`Parameter "${parameter}" ${err.rule}; got ${JSON.stringify(value)}.`);
  });
});

describe('parseExportFlags', () => {
  it('reads --name value and --name=value, and --out apart', () => {
    expect(parseExportFlags(['--format', 'graphml', '--kinds=ENTERPRISE,INVESTOR', '--around', 'org:a', '--depth', '2', '--out', 'x.graphml'])).toEqual({
      parameters: { format: 'graphml', kinds: 'ENTERPRISE,INVESTOR', around: 'org:a', depth: '2' },
      out: 'x.graphml',
    });
  });

  it('refuses an unknown option, a stray word and a missing value', () => {
    expect(() => parseExportFlags(['--fromat', 'json'])).toThrow('Parameter "fromat" is not an option of export');
    expect(() => parseExportFlags(['json'])).toThrow('Parameter "json" is not an option of export (options start with --)');
    expect(() => parseExportFlags(['--format'])).toThrow('Parameter "format" needs a value');
  });
});
