import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { removeByIdPrefix } from '../helpers/cleanup';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';

const ADMIN = 'admin-key-analytics-cache-0123456789';
const P = 'test:acache:';
const AUTH = { authorization: `Bearer ${ADMIN}` };
const BOOKMARKS = 'x-helixgraph-bookmarks';
/**
 * An answer that needs the network and the village records. Besides those five reads (actors,
 * ties, affiliations, villages, sector activity) and the version, its resolver reads the cells'
 * nodes, however many the store has: the tests compare a request with a repeated one.
 */
const SNAPSHOT_READS = 5;
const COVERAGE = '{ coverage(by: PROVINCE) { emptyCells } }';
const UNREACHED = '{ gaps { unreachedEnterprises { id } } }';
const UPSERT = 'mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome } }';
const DELETE = 'mutation ($id: ID!) { deleteEntity(id: $id) { deleted } }';

const enterprise = {
  id: `${P}lonely`,
  label: 'ENTERPRISE',
  name: 'Analytics cache test enterprise',
  newSources: [{ id: `${P}src`, title: 'Analytics cache test source', url: 'https://example.org/analytics-cache' }],
};

let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  const uri = inject('neo4jUri');
  const env = { HELIXGRAPH_API_KEYS: `admin:${ADMIN}`, HELIXGRAPH_QUERY_TIMEOUT_MS: '60000', NEO4J_URI: uri };
  // Two API processes on one Neo4j, as two replicas: each keeps its own snapshots.
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
});

afterAll(async () => {
  await a?.post(DELETE, { id: enterprise.id }, AUTH).catch(() => {});
  await Promise.all([a?.stop(), b?.stop()]);
  await removeByIdPrefix(inject('neo4jUri'), P);
});

const roundTrips = (r: { extensions?: Record<string, any> }) => r.extensions!.queryStats.roundTrips as number;

describe('analytics snapshots kept between requests', () => {
  it('reads the network once for a version of the graph: a repeated question costs one statement (the version)', async () => {
    const first = await b.post(COVERAGE);
    expect(first.errors).toBeUndefined();
    const second = await b.post(COVERAGE);
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(roundTrips(first) - roundTrips(second)).toBe(SNAPSHOT_READS);
  });

  it('shares one read among concurrent requests of a new version', async () => {
    const write = await a.post(UPSERT, { input: { ...enterprise, id: `${P}burst`, name: 'Analytics cache burst' } }, AUTH);
    expect(write.errors).toBeUndefined();
    const seen = { [BOOKMARKS]: (write.extensions!.bookmarks as string[]).join(',') };
    const answers = await Promise.all(Array.from({ length: 12 }, () => b.post(COVERAGE, {}, seen)));
    for (const r of answers) expect(r.errors).toBeUndefined();
    const cached = roundTrips(await b.post(COVERAGE, {}, seen));
    // Twelve answers like a repeated one, and one read of the network and villages for them all.
    expect(answers.reduce((sum, r) => sum + roundTrips(r), 0)).toBe(12 * cached + SNAPSHOT_READS);
    expect((await a.post(DELETE, { id: `${P}burst` }, AUTH)).errors).toBeUndefined();
  });

  it('answers from the graph as it is after a write on another process (no stale snapshot)', async () => {
    const before = await b.post<{ gaps: { unreachedEnterprises: { id: string }[] } }>(UNREACHED);
    expect(before.errors).toBeUndefined();
    expect(before.data!.gaps.unreachedEnterprises.map((e) => e.id)).not.toContain(enterprise.id);
    // Asked again: from B's snapshot (the version, and the enterprises' nodes).
    const cached = await b.post(UNREACHED);
    expect(roundTrips(cached)).toBeLessThan(roundTrips(before));
    expect(cached.data).toEqual(before.data);

    const created = await a.post(UPSERT, { input: enterprise }, AUTH);
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertEntity.outcome).toBe('CREATED');
    const afterCreate = await b.post<{ gaps: { unreachedEnterprises: { id: string }[] } }>(UNREACHED, {}, { [BOOKMARKS]: (created.extensions!.bookmarks as string[]).join(',') });
    expect(afterCreate.errors).toBeUndefined();
    expect(afterCreate.data!.gaps.unreachedEnterprises.map((e) => e.id)).toContain(enterprise.id);

    const deleted = await a.post(DELETE, { id: enterprise.id }, AUTH);
    expect(deleted.errors).toBeUndefined();
    const afterDelete = await b.post<{ gaps: { unreachedEnterprises: { id: string }[] } }>(UNREACHED, {}, { [BOOKMARKS]: (deleted.extensions!.bookmarks as string[]).join(',') });
    expect(afterDelete.errors).toBeUndefined();
    expect(afterDelete.data!.gaps.unreachedEnterprises.map((e) => e.id)).not.toContain(enterprise.id);
  });

  it('reads the graph again after an update of one property', async () => {
    const created = await a.post(UPSERT, { input: { ...enterprise, id: `${P}renamed`, name: 'Before rename' } }, AUTH);
    expect(created.errors).toBeUndefined();
    const seen = { [BOOKMARKS]: (created.extensions!.bookmarks as string[]).join(',') };
    await b.post(COVERAGE, {}, seen);
    const cached = await b.post(COVERAGE, {}, seen);
    const renamed = await a.post('mutation ($input: EntityPatch!) { updateEntity(input: $input) { changeId } }', { input: { id: `${P}renamed`, set: { name: 'After rename' }, sourceIds: [`${P}src`] } }, AUTH);
    expect(renamed.errors).toBeUndefined();
    const after = await b.post(COVERAGE, {}, { [BOOKMARKS]: (renamed.extensions!.bookmarks as string[]).join(',') });
    expect(after.errors).toBeUndefined();
    expect(roundTrips(after) - roundTrips(cached)).toBe(SNAPSHOT_READS);
    expect((await a.post(DELETE, { id: `${P}renamed` }, AUTH)).errors).toBeUndefined();
  });
});
