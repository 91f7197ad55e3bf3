import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { networkDataFromDataset } from '../../src/analytics/dataset';
import type { NetworkData } from '../../src/analytics/projection';
import { AnalyticsRepository } from '../../src/db/repositories/analytics.repository';
import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS } from '../../src/domain/model';
import type { Dataset } from '../../src/ingest/dataset';
import { startTestServer, type TestServer } from '../helpers/server';
import founding from '../../data/founding.json';

/**
 * Network analytics over GraphQL against the founding dataset, with answers explained from the
 * data (data/README.md): 40 enterprises connected by NTBIC's project (managed by MOST) and met at
 * its 12 events; 10 handicraft enterprises invested in by 3 investors who attended the connection
 * workshop and demo day with them; 4 enterprises partnering a Japanese organization.
 *
 * These tests check the algorithms on the richest network the founding data gives, so the server
 * runs on every evidence level (HELIXGRAPH_EVIDENCE=ALL): the synthetic assignments (villages,
 * event attendance, the three investors) included. What the default evidence answers is checked
 * in evidence.test.ts.
 */

const EDITOR = 'analytics-test-editor-key-0123456789';
const NTBIC = 'org:ntbic';
const MOST = 'org:most';
const INVESTED = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((n) => `ph:ent:HC:${n}`);
const INVESTORS = ['ph:inv:01', 'ph:inv:02', 'ph:inv:03'];

let server: TestServer;
let run: Record<string, any>;

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR}`, HELIXGRAPH_EVIDENCE: 'ALL' });
  const data = await server.ok(
    `mutation { recomputeMeasures { computedAt actors ties arcs betweennessExact pivots maxStandardError errorBound errorConfidence
       communities modularity seed cappedContexts projection { linkTypes via maxCoMembers } timings { measure ms } computeMs readMs writeMs totalMs } }`,
    {},
    EDITOR,
  );
  run = data.recomputeMeasures;
});
afterAll(async () => {
  await server.stop();
});

describe('recomputeMeasures and measuresRun', () => {
  it('computes every measure exactly on the 79 actors, on the default projection, and says how', () => {
    expect(run).toMatchObject({
      actors: 79,
      ties: 347,
      // Every tie is mutual contact (two arcs) except BIPP FUNDS NTBIC and HCMUT-TBI, and MOST SUPPORTS VSV.
      arcs: 2 * 347 - 3,
      betweennessExact: true,
      pivots: 79,
      maxStandardError: 0,
      errorBound: 0,
      errorConfidence: 0.95,
      communities: 14,
      seed: 844,
      cappedContexts: 0,
      projection: { linkTypes: ['PART_OF', 'FUNDS', 'SUPPORTS', 'PARTNERS_WITH'], via: ['EVENT', 'PROJECT', 'INVESTMENT'], maxCoMembers: 100 },
    });
    expect(run.timings.map((t: { measure: string }) => t.measure)).toEqual(['degree', 'betweenness', 'closeness', 'pagerank', 'communities', 'burt', 'gouldFernandez']);
    expect(run.totalMs).toBeGreaterThanOrEqual(run.readMs);
  });

  it('says how fresh the stored measures are, on the run and on every actor', async () => {
    const data = await server.ok(`{ measuresComputedAt measuresRun { computedAt actors } node(id: "${NTBIC}") { ... on Actor { measures { computedAt } } } }`);
    expect(data.measuresComputedAt).toBe(run.computedAt);
    expect(data.measuresRun).toEqual({ computedAt: run.computedAt, actors: 79 });
    expect(data.node.measures.computedAt).toBe(run.computedAt);
  });

  it('refuses to recompute without an editor key, and changes nothing', async () => {
    const res = await server.gql('mutation { recomputeMeasures { computedAt } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.ok('{ measuresComputedAt }')).measuresComputedAt).toBe(run.computedAt);
  });

  it('rejects a projection with an indirect relationship type before any work', async () => {
    const res = await server.gql('mutation { recomputeMeasures(projection: { linkTypes: [LOCATED_IN] }) { computedAt } }', {}, EDITOR);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'projection.linkTypes' });
  });

  it('gives the same communities on a second run (seeded Louvain, helixgraph engine)', async () => {
    // GDS's Louvain takes no seed: its community numbers may differ between runs. Ours is seeded.
    await server.ok('mutation { recomputeMeasures(engine: HELIXGRAPH) { computedAt } }', {}, EDITOR);
    const before = await server.ok('{ actors(first: 100) { nodes { id measures { community betweenness } } } }');
    await server.ok('mutation { recomputeMeasures(engine: HELIXGRAPH) { computedAt } }', {}, EDITOR);
    const after = await server.ok('{ actors(first: 100) { nodes { id measures { community betweenness } } } }');
    expect(after).toEqual(before);
  });
});

describe('the network read from Neo4j', () => {
  /** Rows in a canonical order, lists inside them sorted. */
  const canonical = (d: NetworkData) => ({
    actors: d.actors.map((a) => ({ ...a, villageIds: [...a.villageIds].sort(), provinceIds: [...a.provinceIds].sort(), sectorIds: [...a.sectorIds].sort() })).sort((a, b) => a.id.localeCompare(b.id)),
    ties: d.ties.map((t) => `${t.from} ${t.type} ${t.to}`).sort(),
    affiliations: d.affiliations.map((f) => `${f.contextId} ${f.fold} ${f.role} ${f.actorId} [${[...f.projectIds].sort().join(',')}]`).sort(),
  });

  it('is exactly the one the founding dataset describes (the analytics Cypher reads agree with the file)', async () => {
    const fromDb = await new AnalyticsRepository(server.app.db.executor).readNetwork(EVIDENCE_LEVELS);
    const fromFile = networkDataFromDataset(founding as unknown as Dataset, EVIDENCE_LEVELS);
    expect(fromDb.actors).toHaveLength(79);
    expect(fromDb.affiliations.length).toBeGreaterThan(150);
    expect(canonical(fromDb)).toEqual(canonical(fromFile));
  });

  it('leaves out what the evidence asked does not cover, as the file does (79 actors less the 3 synthetic investors)', async () => {
    const fromDb = await new AnalyticsRepository(server.app.db.executor).readNetwork(DEFAULT_EVIDENCE);
    const fromFile = networkDataFromDataset(founding as unknown as Dataset, DEFAULT_EVIDENCE);
    expect(fromDb.actors).toHaveLength(76);
    expect(fromDb.actors.filter((a) => a.villageIds.length > 0).map((a) => a.id)).toEqual(['org:nam-o-fish-sauce-association']);
    expect(canonical(fromDb)).toEqual(canonical(fromFile));
  });
});

describe('the brokers of the founding dataset', () => {
  const fields = 'id measures { degree betweenness pagerank effectiveSize constraint community brokerage { total } }';

  it('ranks NTBIC first by betweenness, then MOST (which manages the project every enterprise was connected by)', async () => {
    const data = await server.ok(`{ actors(first: 3, orderBy: { field: BETWEENNESS, order: DESC }) { nodes { id } } }`);
    expect(data.actors.nodes.map((n: { id: string }) => n.id)).toEqual([NTBIC, MOST, 'org:bipp']);
  });

  it("counts NTBIC's 47 contacts: 40 enterprises and 3 investors met at its events, NACENTECH, BIPP, the Japanese partner and MOST", async () => {
    const data = await server.ok(`{ ntbic: node(id: "${NTBIC}") { ... on Actor { ${fields} } } most: node(id: "${MOST}") { ... on Actor { ${fields} } } }`);
    expect(data.ntbic.measures.degree).toBe(40 + 3 + 4);
    // MOST: the 40 connected enterprises and NTBIC through the project; NACENTECH, NATEC, VISTI (PART_OF); VSV (SUPPORTS).
    expect(data.most.measures.degree).toBe(40 + 1 + 3 + 1);
  });

  it('makes NTBIC the top broker on every brokerage measure: most PageRank, effective size and roles, least constraint', async () => {
    const top = async (field: string, order = 'DESC') =>
      (await server.ok(`{ actors(first: 1, orderBy: { field: ${field}, order: ${order} }, filter: { measure: { name: DEGREE, min: 2 } }) { nodes { id } } }`)).actors.nodes[0].id;
    expect(await top('PAGERANK')).toBe(NTBIC);
    expect(await top('EFFECTIVE_SIZE')).toBe(NTBIC);
    expect(await top('BROKERAGE')).toBe(NTBIC);
    expect(await top('CONSTRAINT', 'ASC')).toBe(NTBIC);
  });

  it('leaves the Burt measures of an organization tied to nobody undefined (VCVA)', async () => {
    const data = await server.ok(`{ node(id: "org:vcva") { ... on Actor { measures { degree betweenness closeness effectiveSize efficiency constraint brokerage { total } } } } }`);
    expect(data.node.measures).toEqual({ degree: 0, betweenness: 0, closeness: 0, effectiveSize: null, efficiency: null, constraint: null, brokerage: { total: 0 } });
  });

  it('filters actors by measure: exactly NTBIC and MOST have 45 contacts or more', async () => {
    const data = await server.ok(`{ actors(first: 10, filter: { measure: { name: DEGREE, min: 45 } }, orderBy: { field: DEGREE_CENTRALITY, order: DESC }) { totalCount nodes { id } } }`);
    expect(data.actors).toEqual({ totalCount: 2, nodes: [{ id: NTBIC }, { id: MOST }] });
  });

  it('puts the 10 invested enterprises and their 3 investors in one community, and lists it by community', async () => {
    const { node } = await server.ok(`{ node(id: "ph:inv:01") { ... on Actor { measures { community } } } }`);
    const data = await server.ok(`query ($c: [Int!]) { actors(first: 50, filter: { communities: $c }) { nodes { id } } }`, { c: [node.measures.community] });
    expect(data.actors.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...INVESTED, ...INVESTORS].sort());
    const { communities } = await server.ok(`{ communities(first: 2, members: 2) { community size members { id } } }`);
    expect(communities[0]).toEqual({ community: 0, size: 37, members: [{ id: NTBIC }, { id: MOST }] });
    expect(communities[1]).toMatchObject({ size: 13 });
  });

  it('rejects a measure range without bounds', async () => {
    const res = await server.gql('{ actors(filter: { measure: { name: PAGERANK } }) { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.measure' });
  });
});

describe('shortestPath', () => {
  it('goes from an enterprise to MOST through the project when any relationship may be used', async () => {
    const data = await server.ok(`{ shortestPath(from: "ph:ent:HC:01", to: "${MOST}") { length truncated paths { nodes { id } links { type direction } } } }`);
    expect(data.shortestPath).toEqual({
      length: 2,
      truncated: false,
      paths: [
        {
          nodes: [{ id: 'ph:ent:HC:01' }, { id: 'project:ntbic-craft-villages-2020' }, { id: MOST }],
          links: [
            { type: 'CONNECTED', direction: 'IN' },
            { type: 'MANAGES', direction: 'IN' },
          ],
        },
      ],
    });
  });

  it('goes through NTBIC when restricted to events and the organization chart: one path per event attended, with sources', async () => {
    const data = await server.ok(
      `{ shortestPath(from: "ph:ent:HC:01", to: "${MOST}", through: [PARTICIPATED_IN, ORGANIZED, PART_OF], all: true) {
          length truncated paths { nodes { id } links { type direction sources { id } } } } }`,
    );
    const { length, truncated, paths } = data.shortestPath;
    expect({ length, truncated }).toEqual({ length: 4, truncated: false });
    // HC:01 attended the two connection workshops and the demo day.
    expect(paths.map((p: any) => p.nodes.map((n: { id: string }) => n.id))).toEqual(
      ['ph:evt:connect-ws:1', 'ph:evt:connect-ws:2', 'ph:evt:demoday:1'].map((e) => ['ph:ent:HC:01', e, NTBIC, 'org:nacentech', MOST]),
    );
    expect(paths[0].links.map((l: any) => [l.type, l.direction])).toEqual([
      ['PARTICIPATED_IN', 'OUT'],
      ['ORGANIZED', 'IN'],
      ['PART_OF', 'OUT'],
      ['PART_OF', 'OUT'],
    ]);
    for (const link of paths[0].links) expect(link.sources.length).toBeGreaterThan(0);
  });

  it('is null when no path fits in maxHops', async () => {
    const data = await server.ok(`{ shortestPath(from: "ph:ent:HC:01", to: "${MOST}", through: [PARTICIPATED_IN, ORGANIZED, PART_OF], maxHops: 3) { length } }`);
    expect(data.shortestPath).toBeNull();
  });

  it('checks its arguments before any database work', async () => {
    for (const [args, argument] of [
      [`from: "${MOST}", to: "${MOST}"`, 'to'],
      [`from: "${MOST}", to: "${NTBIC}", maxHops: 7`, 'maxHops'],
      [`from: "${MOST}", to: "${NTBIC}", through: []`, 'through'],
    ]) {
      const res = await server.gql(`{ shortestPath(${args}) { length } }`);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(res.extensions?.queryStats?.roundTrips).toBe(0);
    }
  });
});

describe('neighbourhood', () => {
  const orgs = '[SUPPORT_ORGANIZATION, RESEARCH_INSTITUTE, GOVERNMENT_AGENCY, INTERNATIONAL_ORGANIZATION, INVESTOR, INTERMEDIARY]';

  it("draws NTBIC's organizations within two hops: its partner, funder and parent, then MOST and BIPP's other grantee", async () => {
    const data = await server.ok(`{ neighbourhood(id: "${NTBIC}", depth: 2, kinds: ${orgs}) {
        totalNodes totalLinks truncated nodes { node { id } depth } links { type from to sources { id } } } }`);
    const n = data.neighbourhood;
    expect({ totalNodes: n.totalNodes, totalLinks: n.totalLinks, truncated: n.truncated }).toEqual({ totalNodes: 6, totalLinks: 5, truncated: false });
    expect(n.nodes.map((x: any) => [x.node.id, x.depth])).toEqual([
      [NTBIC, 0],
      ['ph:org:intl-jp:1', 1],
      ['org:bipp', 1],
      ['org:nacentech', 1],
      [MOST, 2],
      ['org:hcmut-tbi', 2],
    ]);
    expect(n.links.map((l: any) => `${l.from} ${l.type} ${l.to}`)).toEqual([
      'org:bipp FUNDS org:hcmut-tbi',
      'org:bipp FUNDS org:ntbic',
      'org:nacentech PART_OF org:most',
      'org:ntbic PART_OF org:nacentech',
      'ph:org:intl-jp:1 PARTNERS_WITH org:ntbic',
    ]);
    for (const l of n.links) expect(l.sources.length).toBeGreaterThan(0);
  });

  it('says when the limit cut it', async () => {
    const data = await server.ok(`{ neighbourhood(id: "${NTBIC}", depth: 2, kinds: ${orgs}, limit: 3) { totalNodes truncated nodes { node { id } } links { type } } }`);
    expect(data.neighbourhood).toEqual({
      totalNodes: 6,
      truncated: true,
      nodes: [{ node: { id: NTBIC } }, { node: { id: 'ph:org:intl-jp:1' } }, { node: { id: 'org:bipp' } }],
      links: [{ type: 'FUNDS' }, { type: 'PARTNERS_WITH' }],
    });
  });

  it('follows only the relationship types asked, is null for an unknown id, and bounds depth', async () => {
    const data = await server.ok(`{ a: neighbourhood(id: "${NTBIC}", linkTypes: [PART_OF]) { nodes { node { id } } } b: neighbourhood(id: "nobody:here") { totalNodes } }`);
    expect(data.a.nodes).toEqual([{ node: { id: NTBIC } }, { node: { id: 'org:nacentech' } }]);
    expect(data.b).toBeNull();
    const res = await server.gql(`{ neighbourhood(id: "${NTBIC}", depth: 4) { totalNodes } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
  });
});

describe('helixLinkage', () => {
  it('counts ties between spheres: each enterprise tied to NTBIC and MOST (80), investors to the 10 enterprises they met (30), none to academia', async () => {
    const data = await server.ok('{ helixLinkage { group { id } actors ties withinSphere acrossSpheres eiIndex pairs { a b ties } } }');
    const [all] = data.helixLinkage;
    expect(all).toMatchObject({ group: null, actors: 79, ties: 347 });
    const pair = (a: string, b: string) => all.pairs.find((p: any) => p.a === a && p.b === b).ties;
    expect(pair('INDUSTRY', 'GOVERNMENT')).toBe(80);
    expect(pair('INDUSTRY', 'FINANCE')).toBe(30);
    expect(pair('INDUSTRY', 'INTERNATIONAL')).toBe(4);
    expect(pair('INDUSTRY', 'ACADEMIA')).toBe(0);
    expect(pair('INDUSTRY', 'CIVIL_SOCIETY')).toBe(0);
    expect(all.withinSphere + all.acrossSpheres).toBe(347);
    expect(all.eiIndex).toBeCloseTo((all.acrossSpheres - all.withinSphere) / 347, 12);
  });

  it('per sector, gives handicrafts the finance ties (all 10 investments went to handicraft enterprises)', async () => {
    const data = await server.ok('{ helixLinkage(by: SECTOR) { group { id } pairs { a b ties } } }');
    const finance = Object.fromEntries(
      data.helixLinkage.map((g: any) => [g.group.id, g.pairs.find((p: any) => p.a === 'INDUSTRY' && p.b === 'FINANCE').ties]),
    );
    expect(finance).toEqual({ 'sector:handicrafts': 30, 'sector:cuisine': 0, 'sector:tourism-services': 0 });
  });
});

describe('gaps', () => {
  it('finds the sectors with events but no investment, the enterprises hanging on the project, and nobody unreached', async () => {
    const data = await server.ok(`{ gaps { supporterKinds unreachedVillages { village { id } } unreachedEnterprises { id }
        projectOnlyEnterprises { enterprise { id } project { id } } sectorsWithEventsButNoInvestment { sector { id } events investments } } }`);
    const g = data.gaps;
    expect(g.supporterKinds).toEqual(['SUPPORT_ORGANIZATION', 'INTERMEDIARY', 'RESEARCH_INSTITUTE', 'INVESTOR']);
    // NTBIC's events reach every enterprise, and every village has one.
    expect(g.unreachedVillages).toEqual([]);
    expect(g.unreachedEnterprises).toEqual([]);
    expect(g.sectorsWithEventsButNoInvestment).toEqual([
      { sector: { id: 'sector:cuisine' }, events: 12, investments: 0 },
      { sector: { id: 'sector:tourism-services' }, events: 12, investments: 0 },
    ]);
    // 40 connected − 10 invested − HC:11 and HC:12, which partner the Japanese organization.
    expect(g.projectOnlyEnterprises).toHaveLength(28);
    const ids = g.projectOnlyEnterprises.map((p: any) => p.enterprise.id);
    for (const id of [...INVESTED, 'ph:ent:HC:11', 'ph:ent:HC:12']) expect(ids).not.toContain(id);
    expect(new Set(g.projectOnlyEnterprises.map((p: any) => p.project.id))).toEqual(new Set(['project:ntbic-craft-villages-2020']));
  });

  it('shows that no intermediary or research institute reaches any enterprise, and only the Nam Ô association a village', async () => {
    const data = await server.ok(`{ gaps(supporterKinds: [INTERMEDIARY, RESEARCH_INSTITUTE]) { unreachedVillages { village { id } enterprises } unreachedEnterprises { id } } }`);
    expect(data.gaps.unreachedEnterprises).toHaveLength(40);
    expect(data.gaps.unreachedVillages).toHaveLength(27);
    expect(data.gaps.unreachedVillages.map((v: any) => v.village.id)).not.toContain('village:nam-o');
  });

  it('answers a counterfactual: without the project and its events, 30 enterprises (all but the invested) would be unreached', async () => {
    const data = await server.ok(`{ gaps(projection: { via: [INVESTMENT] }) { unreachedEnterprises { id } } }`);
    const ids = data.gaps.unreachedEnterprises.map((e: { id: string }) => e.id);
    expect(ids).toHaveLength(30);
    for (const id of INVESTED) expect(ids).not.toContain(id);
  });

  it('lists the coverage cells no actor reaches: tourism services in Bến Tre has a village but no enterprise or supporter', async () => {
    const data = await server.ok(`{ coverage(kinds: [SUPPORT_ORGANIZATION, INVESTOR]) { by emptyCells cells { sector { id } place { id } counts { kind count } missingKinds } } }`);
    const cell = data.coverage.cells.find((c: any) => c.sector.id === 'sector:tourism-services' && c.place.id === 'province:ben-tre');
    expect(cell.counts.every((k: { count: number }) => k.count === 0)).toBe(true);
    expect(cell.missingKinds).toEqual(['SUPPORT_ORGANIZATION', 'INVESTOR']);
    const bacNinh = data.coverage.cells.find((c: any) => c.sector.id === 'sector:handicrafts' && c.place.id === 'province:bac-ninh');
    expect(bacNinh.missingKinds).toEqual([]);
    expect(bacNinh.counts.find((k: any) => k.kind === 'INVESTOR').count).toBe(3);
    expect(data.coverage.emptyCells).toBe(data.coverage.cells.reduce((s: number, c: any) => s + c.missingKinds.length, 0));
  });
});

describe('suggestedLinks', () => {
  it('suggests NACENTECH to a tourism enterprise: tied to both its contacts NTBIC and MOST, and in another sphere', async () => {
    const data = await server.ok(`{ suggestedLinks(for: "ph:ent:TS:33", first: 1, kinds: [RESEARCH_INSTITUTE]) {
        actor { id } method adamicAdar score commonNeighbours crossesSpheres via { id } reason } }`);
    const [s] = data.suggestedLinks;
    expect(s).toMatchObject({ actor: { id: 'org:nacentech' }, method: 'ADAMIC_ADAR', commonNeighbours: 2, crossesSpheres: true, via: [{ id: MOST }, { id: NTBIC }] });
    // 1/ln(deg MOST) + 1/ln(deg NTBIC), boosted ×1.5 for crossing from INDUSTRY to ACADEMIA.
    expect(s.adamicAdar).toBeCloseTo(1 / Math.log(45) + 1 / Math.log(47), 10);
    expect(s.score).toBeCloseTo(1.5 * s.adamicAdar, 10);
    expect(s.reason).toBe('2 shared neighbours: MOST, NTBIC; crosses helix spheres (INDUSTRY → ACADEMIA)');
  });

  it('never suggests an existing link', async () => {
    const data = await server.ok(`{ suggestedLinks(for: "ph:ent:HC:11", first: 50) { actor { id } }
       neighbourhood(id: "ph:ent:HC:11", linkTypes: [PARTNERS_WITH, SUPPORTS, FUNDS, PART_OF]) { nodes { node { id } } } }`);
    const suggested = data.suggestedLinks.map((s: any) => s.actor.id);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested).not.toContain('ph:org:intl-jp:1');
    for (const id of suggested) {
      const path = await server.ok(`query ($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxHops: 1) { length } }`, { a: 'ph:ent:HC:11', b: id });
      expect(path.shortestPath).toBeNull();
    }
    // ... nor any actor it already meets in the network: NTBIC, MOST and the workshop co-attendees.
    expect(suggested).not.toContain(NTBIC);
    expect(suggested).not.toContain(MOST);
  });

  it('suggests supporters for a village gap from the villages they already reach (Phù Lãng shares tourism with Nam Ô)', async () => {
    const data = await server.ok(`{ suggestedLinks(for: "village:phu-lang", kinds: [INTERMEDIARY]) { actor { id } method score commonNeighbours via { id } } }`);
    expect(data.suggestedLinks).toHaveLength(1);
    expect(data.suggestedLinks[0]).toMatchObject({
      actor: { id: 'org:nam-o-fish-sauce-association' },
      method: 'VILLAGE_SIMILARITY',
      commonNeighbours: 1,
      via: [{ id: 'village:nam-o' }],
    });
    // Tourism services is one of the sectors of 20 of the 28 villages.
    expect(data.suggestedLinks[0].score).toBeCloseTo(1 / Math.log(20), 10);
  });

  it('is null for an unknown id and refuses a node that is neither an actor nor a village', async () => {
    expect((await server.ok('{ suggestedLinks(for: "nobody:here") { score } }')).suggestedLinks).toBeNull();
    const res = await server.gql('{ suggestedLinks(for: "sector:cuisine") { score } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'for' });
  });
});

describe('helixgraph analytics (CLI)', () => {
  it('recomputes and stores the measures, printing what it did', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['dist/src/cli/main.js', 'analytics'], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), HELIXGRAPH_EVIDENCE: 'ALL' },
    });
    expect(stdout).toMatch(/network measures of 79 actors \(347 ties, 691 arcs, 14 communities, modularity 0\.\d{3}\) computed at (\S+)/);
    expect(stdout).toMatch(/betweenness exact/);
    const at = /computed at (\S+)/.exec(stdout)![1];
    expect((await server.ok('{ measuresComputedAt }')).measuresComputedAt).toBe(at);
  });
});
