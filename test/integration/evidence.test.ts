import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Every answer says what evidence it rests on, and none rests on invented structure unless asked:
 * one test per finding of issue 12 ("Evidence-aware answers"), through GraphQL over HTTP, on the
 * founding dataset, on the server's default evidence (every level but SYNTHETIC).
 */

const EDITOR = 'evidence-test-editor-key-0123456789';
const ADMIN = 'evidence-test-admin-key-0123456789';
const TASK = 'project:ntbic-craft-villages-2020';
const ALL = '[STATED, INFERRED, PLACEHOLDER, ESTIMATED, SYNTHETIC]';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR},admin:${ADMIN}` });
  // Other test files may have stored measures on every level: store them on the default evidence.
  await server.ok('mutation { recomputeMeasures { computedAt } }', {}, EDITOR);
});
afterAll(async () => {
  // Leave the shared database as the founding dataset made it.
  await server.gql('mutation { deleteEntity(id: "ev:test-2") { deleted } }', {}, ADMIN);
  await server.gql('mutation { unlink(type: PARTNERS_WITH, from: "org:ntbic", to: "org:vast") { deleted } }', {}, ADMIN);
  await server.stop();
});

describe('investment totals', () => {
  it('puts the USD 360,000 in UNKNOWN by province and by village: the document names no place', async () => {
    for (const by of ['PROVINCE', 'VILLAGE']) {
      const data = await server.ok(`{ investmentTotals(by: ${by}) { key label currency amount investments enterprises evidence { evidence count amount } } }`);
      expect(data.investmentTotals, by).toEqual([
        {
          key: 'UNKNOWN',
          label: 'Unknown (no record on this evidence)',
          currency: 'USD',
          amount: 360000,
          investments: 10,
          enterprises: 10,
          evidence: [{ evidence: 'ESTIMATED', count: 10, amount: 360000 }],
        },
      ]);
    }
  });

  it('gives the synthetic split only when asked for, and says it is synthetic', async () => {
    const data = await server.ok(`{ investmentTotals(by: PROVINCE, evidence: ${ALL}) { key amount evidence { evidence amount } } }`);
    expect(data.investmentTotals.reduce((s: number, t: any) => s + t.amount, 0)).toBe(360000);
    expect(data.investmentTotals.some((t: any) => t.key === 'UNKNOWN')).toBe(false);
    for (const t of data.investmentTotals) expect(t.evidence).toEqual([{ evidence: 'SYNTHETIC', amount: t.amount }]);
  });

  it('knows no investor of the 10 investments: by investor the whole amount is UNKNOWN', async () => {
    const data = await server.ok('{ investmentTotals(by: INVESTOR) { key amount } }');
    expect(data.investmentTotals).toEqual([{ key: 'UNKNOWN', amount: 360000 }]);
  });
});

describe('gaps and coverage', () => {
  it('finds 27 of the 28 villages without a recorded supporter, and all 40 enterprises reached only through the one project', async () => {
    const data = await server.ok(`{ gaps { evidence unreachedVillages { village { id } } unreachedEnterprises { id }
      projectOnlyEnterprises { enterprise { id evidence } project { id } } } craftVillages(first: 100) { totalCount } }`);
    expect(data.gaps.evidence).toEqual(['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED']);
    expect(data.craftVillages.totalCount).toBe(28);
    expect(data.gaps.unreachedVillages).toHaveLength(27);
    expect(data.gaps.unreachedVillages.map((v: any) => v.village.id)).not.toContain('village:nam-o');
    // NTBIC implemented the project that connected them: that is their only recorded supporter.
    expect(data.gaps.unreachedEnterprises).toEqual([]);
    expect(data.gaps.projectOnlyEnterprises).toHaveLength(40);
    expect(data.gaps.projectOnlyEnterprises.every((p: any) => p.enterprise.evidence === 'PLACEHOLDER' && p.project.id === TASK)).toBe(true);
  });

  it('reaches every village only through the synthetic placements, and says so when asked for them', async () => {
    const data = await server.ok(`{ gaps(evidence: ${ALL}) { evidence unreachedVillages { village { id } } } }`);
    expect(data.gaps.evidence).toContain('SYNTHETIC');
    expect(data.gaps.unreachedVillages).toEqual([]);
  });

  it('counts no enterprise in any village, province or sector it was only assigned to', async () => {
    const byVillage = await server.ok('{ counts(by: VILLAGE) { key count evidence { evidence count } } }');
    expect(byVillage.counts).toEqual([
      { key: 'village:nam-o', count: 1, evidence: [{ evidence: 'STATED', count: 1 }] },
      // 34 real organizations and 41 stand-ins (the 40 enterprises and the Japanese partner) in no village on record.
      { key: 'UNKNOWN', count: 75, evidence: [{ evidence: 'STATED', count: 34 }, { evidence: 'PLACEHOLDER', count: 41 }] },
    ]);
    const bySector = await server.ok('{ counts(by: SECTOR, labels: [ENTERPRISE]) { key count evidence { evidence count } } }');
    // The 10 invested enterprises are handicraft enterprises (stated); the sectors of the other 30 are not known.
    expect(bySector.counts).toEqual([
      { key: 'sector:handicrafts', count: 10, evidence: [{ evidence: 'PLACEHOLDER', count: 10 }] },
      { key: 'UNKNOWN', count: 30, evidence: [{ evidence: 'PLACEHOLDER', count: 30 }] },
    ]);
  });

  it('builds the coverage matrix on the evidence it names', async () => {
    const data = await server.ok('{ coverage(by: VILLAGE) { evidence cells { place { id } counts { kind count } } } }');
    expect(data.coverage.evidence).toEqual(['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED']);
    const enterprises = data.coverage.cells.flatMap((c: any) => c.counts.filter((k: any) => k.kind === 'ENTERPRISE' && k.count > 0));
    expect(enterprises).toEqual([]);
    const all = await server.ok(`{ coverage(by: VILLAGE, evidence: ${ALL}) { cells { counts { kind count } } } }`);
    expect(all.coverage.cells.some((c: any) => c.counts.some((k: any) => k.kind === 'ENTERPRISE' && k.count > 0))).toBe(true);
  });
});

describe('network measures and suggestions', () => {
  it('were computed on the evidence measuresRun names, without the synthetic investors', async () => {
    const data = await server.ok('{ measuresRun { evidence actors } }');
    expect(data.measuresRun).toEqual({ evidence: ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED'], actors: 76 });
  });

  it('rank no placeholder among the top brokers', async () => {
    const data = await server.ok('{ actors(first: 5, orderBy: { field: BETWEENNESS, order: DESC }) { nodes { id evidence } } }');
    expect(data.actors.nodes.map((n: any) => n.evidence)).toEqual(['STATED', 'STATED', 'STATED', 'STATED', 'STATED']);
    expect(data.actors.nodes[0].id).toBe('org:ntbic');
  });

  it('find no tie to the finance sphere: the investors and their ties are made up', async () => {
    const data = await server.ok('{ helixLinkage { ties pairs { a b ties } } }');
    expect(data.helixLinkage[0].ties).toBeGreaterThan(0);
    expect(data.helixLinkage[0].pairs.filter((p: any) => p.ties > 0 && (p.a === 'FINANCE' || p.b === 'FINANCE'))).toEqual([]);
    const all = await server.ok(`{ helixLinkage(evidence: ${ALL}) { pairs { a b ties } } }`);
    expect(all.helixLinkage[0].pairs.some((p: any) => p.ties > 0 && (p.a === 'FINANCE' || p.b === 'FINANCE'))).toBe(true);
  });

  it('never lead a real village’s suggestions with a placeholder or a synthetic actor', async () => {
    const villages = await server.ok('{ craftVillages(first: 100) { nodes { id } } }');
    let suggested = 0;
    for (const v of villages.craftVillages.nodes) {
      const data = await server.ok('query ($id: ID!) { suggestedLinks(for: $id, first: 5) { actor { id evidence } } }', { id: v.id });
      suggested += data.suggestedLinks.length;
      for (const s of data.suggestedLinks) expect(s.actor.evidence, `${v.id} ← ${s.actor.id}`).toBe('STATED');
    }
    expect(suggested).toBeGreaterThan(0);
  });
});

describe('the founding figures and their evidence', () => {
  it('reports visits as the document states them, events by kind without invented visit figures, dates only where sourced', async () => {
    const data = await server.ok(`query ($id: ID!) { projectReport(id: $id) {
      evidence participantVisits participantVisitsEvidence participantVisitsReported
      eventsByKind { kind count participantVisits participantVisitsEvidence }
      firstEventDate firstEventDateEvidence lastEventDate lastEventDateEvidence eventsWithoutDate
      investorCount programs { id }
    } }`, { id: TASK });
    const r = data.projectReport;
    expect([r.participantVisits, r.participantVisitsEvidence, r.participantVisitsReported]).toEqual([960, 'ESTIMATED', 'gần 1000 lượt khách (nearly 1,000 participant visits)']);
    expect(r.eventsByKind.map((k: any) => [k.kind, k.count, k.participantVisits, k.participantVisitsEvidence])).toEqual([
      ['SCIENTIFIC_WORKSHOP', 2, null, null],
      ['CONSULTATION_WORKSHOP', 5, null, null],
      ['TRAINING_COURSE', 2, null, null],
      ['CONNECTION_WORKSHOP', 2, null, null],
      ['DEMO_DAY', 1, null, null],
    ]);
    expect([r.firstEventDate, r.firstEventDateEvidence, r.lastEventDate, r.lastEventDateEvidence, r.eventsWithoutDate]).toEqual(['2020-08', 'STATED', '2020-08', 'STATED', 11]);
    expect(r.investorCount).toBeNull();
    // Project 844 funding the task is an inference, and the default evidence includes inferences.
    expect(r.programs).toEqual([{ id: 'program:de-an-844' }]);
    const stated = await server.ok('query ($id: ID!) { projectReport(id: $id, evidence: [STATED, PLACEHOLDER]) { programs { id } participantVisits } }', { id: TASK });
    expect(stated.projectReport).toEqual({ programs: [], participantVisits: null });
  });

  it('says what the visits of a period rest on, apart from its dates, and lists shares strongest first', async () => {
    const all = await server.ok(`{ eventsOverTime(interval: MONTH, projectId: "${TASK}", evidence: ${ALL}) { period participantVisits participantVisitsEvidence evidence { evidence } } }`);
    const aug = all.eventsOverTime.find((b: any) => b.period === '2020-08');
    expect(aug).toEqual({ period: '2020-08', participantVisits: 180, participantVisitsEvidence: 'SYNTHETIC', evidence: [{ evidence: 'STATED' }] });
    const counts = await server.ok('{ counts(by: SECTOR) { key evidence { evidence } } }');
    const order = ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'];
    for (const c of counts.counts) {
      const levels = c.evidence.map((e: any) => order.indexOf(e.evidence));
      expect(levels, c.key).toEqual([...levels].sort((x: number, y: number) => x - y));
    }
    expect(counts.counts.find((c: any) => c.key === 'sector:handicrafts').evidence.map((e: any) => e.evidence)).toEqual(['STATED', 'PLACEHOLDER']);
  });

  it('tells a stated event with a synthetic date from the one whose date the document gives', async () => {
    const data = await server.ok(`{ events(first: 20, filter: { eventKinds: [CONNECTION_WORKSHOP] }) { nodes { date evidence propertyEvidence { property evidence } } } }`);
    const byDate = Object.fromEntries(data.events.nodes.map((e: any) => [e.date, e]));
    expect(byDate['2020-08']).toEqual({
      date: '2020-08',
      evidence: 'STATED',
      propertyEvidence: [
        { property: 'place', evidence: 'SYNTHETIC' },
        { property: 'participantVisits', evidence: 'SYNTHETIC' },
      ],
    });
    expect(byDate['2020-07'].propertyEvidence).toContainEqual({ property: 'date', evidence: 'SYNTHETIC' });
  });

  it('counts in dataQuality the synthetic and inferred links as well as the flagged nodes and properties', async () => {
    const data = await server.ok('{ dataQuality { nodes links nodeEvidence { evidence count } linkEvidence { evidence count } propertyEvidence { evidence count } } }');
    const q = data.dataQuality;
    const of = (list: any[]) => Object.fromEntries(list.map((x) => [x.evidence, x.count]));
    expect(of(q.nodeEvidence)).toEqual({ STATED: 96, INFERRED: 0, PLACEHOLDER: 51, ESTIMATED: 0, SYNTHETIC: 3 });
    expect(of(q.linkEvidence)).toEqual({ STATED: 215, INFERRED: 3, PLACEHOLDER: 0, ESTIMATED: 0, SYNTHETIC: 180 });
    expect(of(q.propertyEvidence)).toEqual({ STATED: 0, INFERRED: 10, PLACEHOLDER: 0, ESTIMATED: 11, SYNTHETIC: 35 });
    expect([q.nodes, q.links]).toEqual([150, 398]);
  });

  it('flags as inferences the two ties no source states: MOST manages the task, Project 844 funds it', async () => {
    const data = await server.ok(`query ($id: ID!) { node(id: $id) { ... on Entity { links(types: [MANAGES, FUNDS], direction: IN) { nodes { type evidence evidenceNote node { id } } } } } }`, { id: TASK });
    const links = data.node.links.nodes;
    expect(links.map((l: any) => [l.type, l.node.id, l.evidence])).toEqual([
      ['FUNDS', 'program:de-an-844', 'INFERRED'],
      ['MANAGES', 'org:most', 'INFERRED'],
    ]);
    for (const l of links) expect(l.evidenceNote).toMatch(/^Inferred, not stated/);
  });

  it('shows the synthetic ties of a traversal only when asked for', async () => {
    const q = `query ($e: [Evidence!]) { neighbourhood(id: "ph:ent:HC:01", depth: 1, evidence: $e) { nodes { node { id } } links { type evidence } } }`;
    const dflt = await server.ok(q);
    expect(dflt.neighbourhood.links.every((l: any) => l.evidence !== 'SYNTHETIC')).toBe(true);
    expect(dflt.neighbourhood.links.map((l: any) => l.type).sort()).toEqual(['ACTIVE_IN', 'CONNECTED', 'RECEIVED', 'RESULT_OF']);
    const all = await server.ok(q, { e: ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] });
    expect(all.neighbourhood.links.filter((l: any) => l.evidence === 'SYNTHETIC').map((l: any) => l.type)).toContain('LOCATED_IN');
  });
});

describe('root lists', () => {
  it('answers a page of sources as long as asked, as totalCount says', async () => {
    const data = await server.ok('{ sources(first: 5) { totalCount nodes { id title } pageInfo { hasNextPage } } }');
    expect(data.sources.totalCount).toBe(81);
    expect(data.sources.nodes).toHaveLength(5);
    expect(data.sources.pageInfo.hasNextPage).toBe(true);
    const titles = data.sources.nodes.map((s: any) => s.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
  });

  it('gives, for every root list and sort order, a first page as long as totalCount allows', async () => {
    const lists = ['actors', 'craftVillages', 'provinces', 'sectors', 'programs', 'projects', 'events', 'outputs', 'investments', 'markets'];
    for (const list of lists) {
      for (const field of ['NAME', 'DATE', 'LINKS']) {
        for (const order of ['ASC', 'DESC']) {
          const data = await server.ok(`{ ${list}(first: 7, orderBy: { field: ${field}, order: ${order} }) { totalCount nodes { id } } }`);
          const page = data[list];
          expect(page.totalCount, `${list} ${field} ${order}`).toBeGreaterThan(0);
          expect(page.nodes.length, `${list} ${field} ${order}`).toBe(Math.min(7, page.totalCount));
        }
      }
    }
  });
});

describe('search', () => {
  it('finds NTBIC first for "ntbic", before the events whose names contain it', async () => {
    const data = await server.ok('{ search(query: "ntbic", first: 5) { nodes { node { id } } } }');
    expect(data.search.nodes[0].node.id).toBe('org:ntbic');
  });

  it('ranks an exact folded name first ("bat trang" is Bát Tràng the village, before Bát Tràng pottery)', async () => {
    const data = await server.ok('{ search(query: "Lang gom Bat Trang", first: 3) { nodes { node { id } } } }');
    expect(data.search.nodes[0].node.id).toBe('village:bat-trang');
  });
});

describe('writes', () => {
  it('refuses an unknown evidence level and a malformed property evidence, naming both', async () => {
    const res = await server.gql(
      `mutation { upsertEntity(input: { id: "ev:test-1", label: ENTERPRISE, name: "Evidence test",
        properties: { evidence: "ROUGHLY", propertyEvidence: "founded:ESTIMATED" }, sourceIds: ["src:nacentech-2020-12"] }) { outcome } }`,
      {},
      EDITOR,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const problems = JSON.stringify(res.errors?.[0].extensions?.problems);
    expect(problems).toContain('evidence');
    expect(problems).toContain('propertyEvidence');
    const after = await server.ok('{ node(id: "ev:test-1") { id } }');
    expect(after.node).toBeNull();
  });

  it('records the evidence a link is written with', async () => {
    await server.ok(
      `mutation { link(input: { type: PARTNERS_WITH, from: "org:ntbic", to: "org:vast", evidence: INFERRED, evidenceNote: "Inferred from a test",
        sourceIds: ["src:nacentech-2020-12"] }) { outcome } }`,
      {},
      EDITOR,
    );
    const data = await server.ok('{ node(id: "org:ntbic") { ... on Entity { links(types: [PARTNERS_WITH], direction: OUT, first: 50) { nodes { node { id } evidence evidenceNote placeholder } } } } }');
    expect(data.node.links.nodes.find((l: any) => l.node.id === 'org:vast')).toEqual({ node: { id: 'org:vast' }, evidence: 'INFERRED', evidenceNote: 'Inferred from a test', placeholder: false });
    const contradiction = await server.gql(
      `mutation { link(input: { type: PARTNERS_WITH, from: "org:ntbic", to: "org:vast", evidence: STATED, placeholder: true, sourceIds: ["src:nacentech-2020-12"] }) { outcome } }`,
      {},
      EDITOR,
    );
    expect(contradiction.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores the evidence a write gives, and derives the earlier flags from it', async () => {
    const res = await server.ok(
      `mutation { upsertEntity(input: { id: "ev:test-2", label: ENTERPRISE, name: "Evidence test 2",
        properties: { evidence: "PLACEHOLDER", founded: "2019", propertyEvidence: "founded=ESTIMATED", evidenceNote: "founded: rounded" },
        sourceIds: ["src:nacentech-2020-12"] }) { outcome node { ... on Entity { evidence evidenceNote placeholder estimate propertyEvidence { property evidence } } } } }`,
      {},
      EDITOR,
    );
    expect(res.upsertEntity.node).toEqual({
      evidence: 'PLACEHOLDER',
      evidenceNote: 'founded: rounded',
      placeholder: true,
      estimate: true,
      propertyEvidence: [{ property: 'founded', evidence: 'ESTIMATED' }],
    });
  });
});
