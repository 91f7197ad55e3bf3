import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { loadCypher } from '../../src/db/cypher';
import { createDriver, waitForNeo4j } from '../../src/db/database';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../../src/db/embedded';
import { Executor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { exportGraph } from '../../src/ingest/export/export';
import { parseExportOptions, type RawExportParameters } from '../../src/ingest/export/options';
import { importDataset } from '../../src/ingest/importer';
import { fromRoot } from '../../src/paths';
import { startTestServer, type TestServer } from '../helpers/server';
import { validateAgainst, wellFormed } from '../helpers/xsd';

/**
 * Exports against the run's Neo4j (founding dataset + this file's own `xt:` records), checked
 * against the official schemas, and a round trip through a second, empty, embedded Neo4j.
 */

const P = 'xt:';
const READER = 'reader-key-export-0123456789';
let server: TestServer;

/** A small self-contained ecosystem: no `xt:` record links to anything outside it. */
const FIXTURE = {
  format: 'helixgraph-dataset',
  version: 1,
  sources: [
    { id: `${P}src-1`, title: 'Nguồn <thử> & "kiểm tra" \'xuất\'', publisher: 'Test & Co', url: 'https://example.org/x?a=1&b=2', date: '2020-08', language: 'vi' },
    { id: `${P}src-2`, title: 'Second source', date: '2021' },
    { id: `${P}src-unused`, title: 'Cited by nothing' },
  ],
  nodes: [
    { id: `${P}sector`, label: 'Sector', name: 'Ngành thử', nameEn: 'Test sector', sources: [`${P}src-1`] },
    { id: `${P}sector-other`, label: 'Sector', name: 'Ngành khác', sources: [`${P}src-1`] },
    { id: `${P}province`, label: 'Province', name: 'Tỉnh thử', sources: [`${P}src-1`] },
    { id: `${P}province-other`, label: 'Province', name: 'Tỉnh khác', sources: [`${P}src-1`] },
    { id: `${P}village`, label: 'CraftVillage', name: 'Làng <gốm> & "sứ"', craft: 'gốm', sources: [`${P}src-1`] },
    {
      id: `${P}ent-1`,
      label: 'Enterprise',
      name: 'Xưởng "Gốm" <Bát Tràng> & Co\'s',
      nameEn: 'Pottery\tworkshop',
      description: 'Dòng 1\nDòng 2\r\nDòng 3 ]]> <!-- -->',
      founded: '2019-05',
      sources: [`${P}src-1`, `${P}src-2`],
    },
    { id: `${P}ent-2`, label: 'Enterprise', name: '[PLACEHOLDER] Doanh nghiệp', placeholder: true, sources: [`${P}src-1`] },
    { id: `${P}org`, label: 'SupportOrganization', name: 'Tổ chức hỗ trợ', shortName: 'TCHT', website: 'https://example.org/org', sources: [`${P}src-2`] },
    { id: `${P}inv`, label: 'Investor', name: 'Quỹ đầu tư', sources: [`${P}src-2`] },
    { id: `${P}event`, label: 'Event', name: 'Demo Day', kind: 'DEMO_DAY', date: '2020-08', participantVisits: 180, estimate: true, sources: [`${P}src-1`] },
  ],
  links: [
    { type: 'LOCATED_IN', from: `${P}village`, to: `${P}province`, sources: [`${P}src-1`] },
    { type: 'ACTIVE_IN', from: `${P}village`, to: `${P}sector`, sources: [`${P}src-1`] },
    { type: 'LOCATED_IN', from: `${P}ent-1`, to: `${P}village`, sources: [`${P}src-1`] },
    { type: 'ACTIVE_IN', from: `${P}ent-1`, to: `${P}sector`, sources: [`${P}src-1`] },
    { type: 'LOCATED_IN', from: `${P}ent-2`, to: `${P}province`, placeholder: true, sources: [`${P}src-1`] },
    { type: 'ACTIVE_IN', from: `${P}ent-2`, to: `${P}sector-other`, sources: [`${P}src-1`] },
    { type: 'SUPPORTS', from: `${P}org`, to: `${P}ent-1`, role: 'mentor & "coach"', since: '2020', sources: [`${P}src-2`] },
    { type: 'LOCATED_IN', from: `${P}org`, to: `${P}province-other`, sources: [`${P}src-2`] },
    { type: 'FUNDS', from: `${P}inv`, to: `${P}org`, sources: [`${P}src-2`] },
    { type: 'LOCATED_IN', from: `${P}event`, to: `${P}village`, sources: [`${P}src-1`] },
    { type: 'PARTICIPATED_IN', from: `${P}ent-1`, to: `${P}event`, sources: [`${P}src-1`] },
  ],
};

const linkKey = (l: { type: string; from: string; to: string }) => `${l.from} ${l.type} ${l.to}`;
const fixtureLinksAmong = (ids: string[]) => FIXTURE.links.filter((l) => ids.includes(l.from) && ids.includes(l.to)).map(linkKey).sort();
const x = (...names: string[]) => names.map((n) => `${P}${n}`).sort();

async function exportOf(raw: RawExportParameters, db: Executor = server.app.db.executor) {
  return exportGraph(db, parseExportOptions(raw));
}

async function datasetOf(raw: Omit<RawExportParameters, 'format'>) {
  const file = await exportOf({ ...raw, format: 'json' });
  return JSON.parse(file.body) as { sources: Array<{ id: string }>; nodes: Array<{ id: string; sources: string[] }>; links: Array<{ type: string; from: string; to: string; sources: string[] }> };
}

/** Every entity and relationship of a database with all stored properties, measures left out. */
async function snapshot(db: Executor) {
  const strip = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith('m_')));
  const nodes = await db.runText('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id', {}, 'READ');
  const links = await db.runText(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to',
    {},
    'READ',
  );
  return {
    nodes: nodes.map((n) => ({ id: n.id, labels: [...(n.labels as string[])].sort(), props: strip(n.props as Record<string, unknown>) })),
    links: links.map((l) => ({ ...l, props: strip(l.props as Record<string, unknown>) })),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await importDataset(server.app.db.executor, FIXTURE, 'export-fixture.json');
  // Network measures as the analytics writes them, on one actor only.
  await server.app.db.executor.runText('MATCH (n:Actor {id: $id}) SET n.m_degree = 4, n.m_betweenness = 0.25', { id: `${P}ent-1` });
});

afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await server.stop();
});

describe('a part of the graph', () => {
  it('by sector: the sector, the nodes active in it, the links among them and the sources they cite', async () => {
    const d = await datasetOf({ sector: `${P}sector` });
    const ids = x('sector', 'village', 'ent-1');
    expect(d.nodes.map((n) => n.id)).toEqual(ids);
    expect(d.links.map(linkKey).sort()).toEqual(fixtureLinksAmong(ids));
    expect(d.sources.map((s) => s.id)).toEqual(x('src-1', 'src-2'));
  });

  it('by province: the province and the nodes in it, directly or through a village in it', async () => {
    const d = await datasetOf({ province: `${P}province` });
    const ids = x('province', 'village', 'ent-1', 'ent-2', 'event');
    expect(d.nodes.map((n) => n.id)).toEqual(ids);
    expect(d.links.map(linkKey).sort()).toEqual(fixtureLinksAmong(ids));
  });

  it('around an actor: k hops in either direction, for k = 1, 2 and 3', async () => {
    const hop1 = x('ent-1', 'village', 'sector', 'org', 'event');
    const hop2 = [...hop1, ...x('province', 'inv', 'province-other')].sort();
    const hop3 = [...hop2, ...x('ent-2')].sort();
    for (const [depth, ids] of [['1', hop1], ['2', hop2], ['3', hop3]] as const) {
      const d = await datasetOf({ around: `${P}ent-1`, depth });
      expect(d.nodes.map((n) => n.id)).toEqual(ids);
      expect(d.links.map(linkKey).sort()).toEqual(fixtureLinksAmong([...ids]));
    }
  });

  it('around an actor through some relationship types and evidence levels: what Query.neighbourhood gives for the same walk', async () => {
    const walks: Array<[RawExportParameters, string[]]> = [
      [{ around: `${P}ent-1`, depth: '2', linkTypes: 'LOCATED_IN,PARTICIPATED_IN' }, x('ent-1', 'village', 'event', 'province')],
      // On stated and inferred evidence, the placeholder enterprise and the estimated event are left out.
      [{ around: `${P}ent-1`, depth: '3', evidence: 'STATED,INFERRED' }, x('ent-1', 'village', 'sector', 'org', 'province', 'inv', 'province-other')],
    ];
    for (const [raw, ids] of walks) {
      const d = await datasetOf(raw);
      expect(d.nodes.map((n) => n.id)).toEqual(ids);
      const types = raw.linkTypes?.split(',');
      const hood = await server.gql<{ neighbourhood: { nodes: Array<{ node: { id: string } }>; links: Array<{ type: string; from: string; to: string }> } }>(
        `query($id: ID!, $depth: Int!, $types: [LinkType!], $evidence: [Evidence!]) { neighbourhood(id: $id, depth: $depth, linkTypes: $types, evidence: $evidence, limit: 500) { nodes { node { id } } links { type from to } } }`,
        { id: raw.around, depth: Number(raw.depth), types: types ?? null, evidence: raw.evidence?.split(',') ?? ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] },
      );
      expect(hood.data!.neighbourhood.nodes.map((n) => n.node.id).sort()).toEqual(ids);
      expect(d.links.map(linkKey).sort()).toEqual(hood.data!.neighbourhood.links.map(linkKey).sort());
    }
    await expect(exportOf({ format: 'json', around: `${P}ent-1`, linkTypes: 'LOCATED_IN,KNOWS' })).rejects.toThrow('Parameter "linkTypes" must list values separated by commas');
    await expect(exportOf({ format: 'json', evidence: 'STATED' })).rejects.toThrow('Parameter "evidence" needs "around"');
  });

  it('by kind combined with a sector: only the enterprises active in it', async () => {
    const d = await datasetOf({ kinds: 'ENTERPRISE', sector: `${P}sector` });
    expect(d.nodes.map((n) => n.id)).toEqual(x('ent-1'));
    expect(d.links).toEqual([]);
    expect(d.sources.map((s) => s.id)).toEqual(x('src-1', 'src-2'));
  });

  it('by kind across the whole graph: every node of those labels and the links among them', async () => {
    const db = server.app.db.executor;
    const labels = ['Enterprise', 'Investor', 'SupportOrganization'];
    const expectedIds = (await db.runText('MATCH (n:Entity) WHERE n.label IN $labels RETURN n.id AS id ORDER BY id', { labels }, 'READ')).map((r) => r.id);
    const expectedLinks = (
      await db.runText('MATCH (a:Entity)-[r]->(b:Entity) WHERE a.label IN $labels AND b.label IN $labels RETURN a.id AS from, type(r) AS type, b.id AS to', { labels }, 'READ')
    )
      .map((l) => linkKey(l as { type: string; from: string; to: string }))
      .sort();
    const d = await datasetOf({ kinds: 'ENTERPRISE,INVESTOR,SupportOrganization' });
    expect(d.nodes.map((n) => n.id)).toEqual(expectedIds);
    expect(d.links.map(linkKey).sort()).toEqual(expectedLinks);
    const cited = new Set([...d.nodes.flatMap((n) => n.sources), ...d.links.flatMap((l) => l.sources)]);
    expect(d.sources.map((s) => s.id)).toEqual([...cited].sort());
  });

  it('refuses an anchor that does not exist or has another label', async () => {
    await expect(exportOf({ format: 'json', sector: `${P}province` })).rejects.toThrow(`Parameter "sector" must be the id of an existing Sector; got "${P}province".`);
    await expect(exportOf({ format: 'json', around: `${P}nothing` })).rejects.toThrow('Parameter "around" must be the id of an existing node');
  });
});

describe('GraphML', () => {
  it('is valid against the official GraphML schema, for the whole graph and for a part', async () => {
    for (const raw of [{}, { around: `${P}ent-1`, depth: '2' }]) {
      const file = await exportOf({ ...raw, format: 'graphml' });
      expect(await validateAgainst(file.body, 'graphml.xsd')).toEqual({ valid: true, errors: [] });
    }
  });

  it('is refused by the same check when it breaks the schema (the check is real)', async () => {
    const file = await exportOf({ format: 'graphml', sector: `${P}sector` });
    const broken = file.body.replace('<graph id="helixgraph"', '<graph bogus="1" id="helixgraph"');
    const result = await validateAgainst(broken, 'graphml.xsd');
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain("attribute 'bogus' is not allowed");
  });

  it('carries kind, sphere, names, evidence, placeholder, sources and the stored measures, typed', async () => {
    const { body } = await exportOf({ format: 'graphml', around: `${P}ent-1` });
    expect(body).toContain('<key id="n_m_betweenness" for="node" attr.name="m_betweenness" attr.type="double"/>');
    expect(body).toContain('<key id="n_m_degree" for="node" attr.name="m_degree" attr.type="long"/>');
    const node = body.slice(body.indexOf(`<node id="${P}ent-1">`), body.indexOf('</node>', body.indexOf(`<node id="${P}ent-1">`)));
    expect(node.split('\n').map((l) => l.trim())).toEqual([
      `<node id="${P}ent-1">`,
      '<data key="n_label">Xưởng "Gốm" &lt;Bát Tràng&gt; &amp; Co\'s</data>',
      '<data key="n_type">Enterprise</data>',
      '<data key="n_kind">Enterprise</data>',
      '<data key="n_sphere">INDUSTRY</data>',
      '<data key="n_name">Xưởng "Gốm" &lt;Bát Tràng&gt; &amp; Co\'s</data>',
      '<data key="n_nameEn">Pottery\tworkshop</data>',
      '<data key="n_evidence">STATED</data>',
      '<data key="n_placeholder">false</data>',
      '<data key="n_estimate">false</data>',
      `<data key="n_sources">${P}src-1;${P}src-2</data>`,
      '<data key="n_description">Dòng 1',
      'Dòng 2&#13;',
      'Dòng 3 ]]&gt; &lt;!-- --&gt;</data>',
      '<data key="n_founded">2019-05</data>',
      '<data key="n_m_betweenness">0.25</data>',
      '<data key="n_m_degree">4</data>',
      '',
    ]);
    expect(body).toContain(
      `<edge id="${P}org--SUPPORTS--${P}ent-1" source="${P}org" target="${P}ent-1">\n      <data key="e_type">SUPPORTS</data>\n      <data key="e_evidence">STATED</data>\n      <data key="e_placeholder">false</data>\n      <data key="e_estimate">false</data>\n      <data key="e_role">mentor &amp; "coach"</data>\n      <data key="e_since">2020</data>\n      <data key="e_sources">${P}src-2</data>\n    </edge>`,
    );
  });
});

describe('GEXF', () => {
  const attr = (text: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(text)?.[1];

  it('is GEXF 1.2draft, well-formed, and valid against the official GEXF 1.2draft schema', async () => {
    for (const raw of [{}, { province: `${P}province` }]) {
      const { body } = await exportOf({ ...raw, format: 'gexf' });
      expect(body.split('\n')[1]).toBe(
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
      );
      expect(await wellFormed(body)).toEqual({ valid: true, errors: [] });
      expect(await validateAgainst(body, 'gexf.xsd')).toEqual({ valid: true, errors: [] });
    }
  });

  it('declares every attribute it uses, with a GEXF type, and every edge joins two exported nodes', async () => {
    const { body } = await exportOf({ format: 'gexf' });
    const lines = body.split('\n');
    const declared = { node: new Set<string>(), edge: new Set<string>() };
    let domain: 'node' | 'edge' = 'node';
    for (const line of lines) {
      if (line.includes('<attributes class="edge"')) domain = 'edge';
      if (line.trim().startsWith('<attribute ')) {
        declared[domain].add(attr(line, 'id')!);
        expect(['string', 'boolean', 'long', 'double']).toContain(attr(line, 'type'));
      }
    }
    const nodeIds = new Set<string>();
    let current: 'node' | 'edge' = 'node';
    for (const line of lines) {
      const t = line.trim();
      if (t.startsWith('<node ')) {
        current = 'node';
        nodeIds.add(attr(t, 'id')!);
        expect(attr(t, 'label')).toBeTruthy();
      }
      if (t.startsWith('<edge ')) {
        current = 'edge';
        expect(nodeIds.has(attr(t, 'source')!)).toBe(true);
        expect(nodeIds.has(attr(t, 'target')!)).toBe(true);
      }
      if (t.startsWith('<attvalue ')) expect(declared[current].has(attr(t, 'for')!)).toBe(true);
    }
    expect(nodeIds.size).toBe((await exportOf({ format: 'json' })).nodes);
  });
});

describe('JSON-LD', () => {
  it('states every node and every link as a prov:Entity derived from sources that carry a Dublin Core title', async () => {
    const { body } = await exportOf({ format: 'jsonld', sector: `${P}sector` });
    const nquads = await jsonld.toRDF(JSON.parse(body), { format: 'application/n-quads', safe: true });
    const triples = nquads.trim().split('\n').map((q) => /^(\S+) (\S+) (.+) \.$/.exec(q)!.slice(1));
    const of = (s: string, p: string) => triples.filter((t) => t[0] === s && t[1] === p).map((t) => t[2]);
    const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';
    const DERIVED = '<http://www.w3.org/ns/prov#wasDerivedFrom>';
    const ENTITY = '<http://www.w3.org/ns/prov#Entity>';
    const subjects = [...new Set(triples.map((t) => t[0]))];
    const statements = subjects.filter((s) => of(s, TYPE).includes('<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>'));
    const sources = [...new Set(triples.filter((t) => t[1] === DERIVED).map((t) => t[2]))];
    // The recorded changes that wrote these records are prov:Activity, their editors prov:Agent (issue 18).
    const activities = subjects.filter((s) => of(s, TYPE).some((t) => t === '<http://www.w3.org/ns/prov#Activity>' || t === '<http://www.w3.org/ns/prov#Agent>'));
    const facts = subjects.filter((s) => !sources.includes(s) && !activities.includes(s));
    expect(facts.length).toBe(3 + 3); // the sector, the village and the enterprise; the three links among them
    expect(statements.sort()).toEqual(
      [`${P}ent-1/ACTIVE_IN/${P}sector`, `${P}ent-1/LOCATED_IN/${P}village`, `${P}village/ACTIVE_IN/${P}sector`].map((l) => `<urn:helixgraph:link:${l}>`).sort(),
    );
    for (const s of facts) {
      expect(of(s, TYPE)).toContain(ENTITY);
      expect(of(s, DERIVED).length).toBeGreaterThan(0);
    }
    expect(sources.sort()).toEqual([`<urn:helixgraph:id:${P}src-1>`, `<urn:helixgraph:id:${P}src-2>`]);
    for (const s of sources) {
      expect(of(s, TYPE)).toEqual([ENTITY]);
      expect(of(s, '<http://purl.org/dc/terms/title>')).toHaveLength(1);
    }
    expect(of(`<urn:helixgraph:link:${P}ent-1/ACTIVE_IN/${P}sector>`, '<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>')).toEqual([`<urn:helixgraph:id:${P}ent-1>`]);
    expect(of(`<urn:helixgraph:id:${P}src-1>`, '<http://purl.org/dc/terms/date>')).toEqual(['"2020-08"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>']);
  });
});

describe('export → import into an empty database', () => {
  let dir: string;
  let neo4j: RunningNeo4j;
  let empty: Executor;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-export-'));
    neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'data'), boltPort: 0, pageCacheBytes: 16 * 1024 ** 2, heapBytes: 384 * 1024 ** 2 });
    const driver = createDriver(neo4j.uri);
    await waitForNeo4j(driver, 'neo4j', 30_000);
    empty = new Executor(driver, loadCypher(), { database: 'neo4j', timeoutMs: 60_000 });
    await applyMigrations(empty);
  });

  afterAll(async () => {
    await empty?.driver.close();
    await neo4j?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a part on its own (its sources travel with it) and gives that part back', async () => {
    const part = await exportOf({ format: 'json', around: `${P}ent-1` });
    await importDataset(empty, JSON.parse(part.body), part.fileName);
    expect((await exportOf({ format: 'json' }, empty)).body).toBe(part.body);
    await empty.runText('MATCH (n:Entity) DETACH DELETE n');
  });

  it('gives the same nodes, relationships and properties (measures aside) for the whole graph', async () => {
    const before = await snapshot(server.app.db.executor);
    const whole = await exportOf({ format: 'json' });
    const summary = await importDataset(empty, JSON.parse(whole.body), whole.fileName);
    expect(summary.nodes.created).toBe(before.nodes.filter((n) => !n.labels.includes('Source')).length);
    expect(summary.links.created).toBe(before.links.length);
    const after = await snapshot(empty);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after).toEqual(before);
    // And exporting the copy gives the very same file.
    expect((await exportOf({ format: 'json' }, empty)).body).toBe(whole.body);
  });
});

describe('GET /export', () => {
  const get = (query: string, headers: Record<string, string> = {}, base = server.base) => fetch(`${base}/export${query}`, { headers });

  it('downloads GraphML with its content type and a file name', async () => {
    const res = await get(`?format=graphml&around=${P}ent-1&depth=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="helixgraph-around-xt_ent-1-2.graphml"`);
    const body = await res.text();
    expect(body).toBe((await exportOf({ format: 'graphml', around: `${P}ent-1`, depth: '2' })).body);
  });

  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', 'helixgraph-sector-xt_sector.gexf'],
    ['json', 'application/json; charset=utf-8', 'helixgraph-sector-xt_sector.json'],
    ['jsonld', 'application/ld+json; charset=utf-8', 'helixgraph-sector-xt_sector.jsonld'],
  ])('downloads %s as %s', async (format, type, name) => {
    const res = await get(`?format=${format}&sector=${P}sector`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
  });

  it.each([
    ['?format=xml', 'format', 'xml', 'must be one of graphml, gexf, json, jsonld'],
    [`?format=json&around=${P}ent-1&depth=9`, 'depth', '9', 'must be an integer from 1 to 3'],
    ['?format=json&kinds=ENTERPRISE,Startup', 'kinds', 'ENTERPRISE,Startup', 'must list node labels separated by commas'],
    ['?format=json&kinds=ENTERPRISE&kinds=INVESTOR', 'kinds', ['ENTERPRISE', 'INVESTOR'], 'must be given once, as a plain string'],
    ['?format=json&sector=xt:nowhere', 'sector', 'xt:nowhere', 'must be the id of an existing Sector'],
    ['?format=json&secter=xt:sector', 'secter', 'xt:sector', 'is not a parameter of an export'],
  ])('answers %s with 400 naming the parameter, the value and the rule', async (query, parameter, value, rule) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; parameter: string; value: unknown; rule: string; message: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.value).toEqual(value);
    expect(body.error.rule.startsWith(rule)).toBe(true);
    expect(body.error.message).toBe(`Parameter "${parameter}" ${body.error.rule}; got ${JSON.stringify(value)}.`);
  });

  it('needs a valid key when the server needs one for every read', async () => {
    const locked = await startTestServer({ HELIXGRAPH_READ_ACCESS: 'key', HELIXGRAPH_API_KEYS: `reader:${READER}` });
    try {
      const none = await get(`?format=json&sector=${P}sector`, {}, locked.base);
      expect(none.status).toBe(401);
      expect(((await none.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      const wrong = await get(`?format=json&sector=${P}sector`, { authorization: 'Bearer not-the-key-0123456789' }, locked.base);
      expect(wrong.status).toBe(401);
      const ok = await get(`?format=json&sector=${P}sector`, { authorization: `Bearer ${READER}` }, locked.base);
      expect(ok.status).toBe(200);
    } finally {
      await locked.stop();
    }
  });
});

describe('helixgraph export (CLI)', () => {
  it('writes the same file as the HTTP download, and refuses a bad option with exit code 2', async () => {
    const out = path.join(os.tmpdir(), `helixgraph-export-${process.pid}.gexf`);
    const cli = fromRoot('dist', 'src', 'cli', 'main.js');
    const env = { PATH: process.env.PATH ?? '', NEO4J_URI: inject('neo4jUri') };
    const ok = spawnSync(process.execPath, [cli, 'export', '--format', 'gexf', '--province', `${P}province`, '--out', out], { env, encoding: 'utf8', timeout: 60_000 });
    expect(ok.stderr).toMatch(/^helixgraph: wrote 5 nodes, 5 links and 2 sources as gexf to .* in \d+\.\d s\n$/);
    expect(ok.status).toBe(0);
    const written = fs.readFileSync(out, 'utf8');
    fs.rmSync(out);
    expect(written).toBe((await exportOf({ format: 'gexf', province: `${P}province` })).body);
    const bad = spawnSync(process.execPath, [cli, 'export', '--format', 'gexf', '--depth', '2'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('helixgraph: Parameter "depth" needs "around" (the id of the node whose neighbourhood to export); got "2".');
  });
});
