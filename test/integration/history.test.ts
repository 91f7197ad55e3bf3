import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';
import { entitySnapshot } from '../helpers/snapshot';

const EDITOR = 'editor-key-history-0123456789';
const ADMIN = 'admin-key-history-0123456789ab';
const P = 'test:hist:';
let server: TestServer;

const CHANGE = `id seq at by operation comment sourceIds restores entryCount
  entries { kind target type from to before after changedProperties }`;
const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome changeId } }`;
const UPDATE = `mutation ($input: EntityPatch!) { updateEntity(input: $input) { outcome changeId } }`;
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { outcome changeId } }`;
const DELETE = `mutation ($id: ID!, $comment: String) { deleteEntity(id: $id, comment: $comment) { deleted linksRemoved changeId } }`;
const UNLINK = `mutation ($type: LinkType!, $from: ID!, $to: ID!) { unlink(type: $type, from: $from, to: $to) { deleted changeId } }`;
const RESTORE = `mutation ($id: ID!) { restoreEntity(id: $id) { changeId restored } }`;
const RESTORE_LINK = `mutation ($type: LinkType!, $from: ID!, $to: ID!) { restoreLink(type: $type, from: $from, to: $to) { changeId restored } }`;
const HISTORY = `query ($id: ID, $link: LinkKeyInput, $first: Int, $after: String, $includeLinks: Boolean) {
  history(id: $id, link: $link, first: $first, after: $after, includeLinks: $includeLinks) { totalCount pageInfo { hasNextPage endCursor } nodes { ${CHANGE} } } }`;
const CHANGES = `query ($since: String, $until: String, $kinds: [ChangeOperation!], $by: String, $first: Int) {
  changes(since: $since, until: $until, kinds: $kinds, by: $by, first: $first) { totalCount nodes { id operation by comment } } }`;

const source = { id: `${P}src`, title: 'History test survey', date: '2026-11' };

const snapshot = () => entitySnapshot(server.app.db.executor, P);

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:lan.ntbic:${EDITOR},admin:${ADMIN}` });
  await server.ok(UPSERT, { input: { id: `${P}village`, label: 'CRAFT_VILLAGE', name: 'Làng thử', newSources: [source] } }, EDITOR);
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await server.stop();
});

describe('every write is recorded', () => {
  it('records an upsert by the key’s name with its sources and comment; the same write again records nothing', async () => {
    const input = { id: `${P}ent`, label: 'ENTERPRISE', name: 'Xưởng gốm lịch sử', properties: { founded: '2019' }, sourceIds: [source.id], comment: 'from the November survey' };
    const first = await server.ok(UPSERT, { input }, EDITOR);
    expect(first.upsertEntity).toEqual({ outcome: 'CREATED', changeId: expect.stringMatching(/^change:\d+$/) });
    const again = await server.ok(UPSERT, { input }, EDITOR);
    expect(again.upsertEntity).toEqual({ outcome: 'UNCHANGED', changeId: null });

    const { history } = await server.ok(HISTORY, { id: `${P}ent` });
    expect(history.totalCount).toBe(1);
    const [change] = history.nodes;
    expect(change).toMatchObject({ id: first.upsertEntity.changeId, by: 'lan.ntbic', operation: 'UPSERT_ENTITY', comment: 'from the November survey', sourceIds: [source.id], restores: null, entryCount: 1 });
    expect(JSON.stringify(change)).not.toContain(EDITOR);
    expect(Date.now() - Date.parse(change.at)).toBeLessThan(60_000);
    expect(change.entries).toEqual([
      {
        kind: 'NODE',
        target: `${P}ent`,
        type: null,
        from: null,
        to: null,
        before: null,
        after: expect.objectContaining({ id: `${P}ent`, name: 'Xưởng gốm lịch sử', founded: '2019', sourceIds: [source.id], label: 'Enterprise' }),
        changedProperties: expect.arrayContaining(['founded', 'id', 'name', 'sourceIds']),
      },
    ]);
  });

  it('records an update with the old and the new value of each property it changed', async () => {
    const res = await server.ok(UPDATE, { input: { id: `${P}ent`, set: { founded: '2018', nameEn: 'History pottery' }, sourceIds: [source.id] } }, EDITOR);
    expect(res.updateEntity.outcome).toBe('UPDATED');
    const { history } = await server.ok(HISTORY, { id: `${P}ent`, first: 1 });
    const [entry] = history.nodes[0].entries;
    expect(history.nodes[0].operation).toBe('UPDATE_ENTITY');
    expect(entry.changedProperties).toEqual(['founded', 'nameEn']);
    expect([entry.before.founded, entry.after.founded]).toEqual(['2019', '2018']);
    expect([entry.before.nameEn, entry.after.nameEn]).toEqual([undefined, 'History pottery']);
    expect(history.pageInfo.hasNextPage).toBe(true);
    const next = await server.ok(HISTORY, { id: `${P}ent`, first: 1, after: history.pageInfo.endCursor });
    expect(next.history.nodes.map((c: { operation: string }) => c.operation)).toEqual(['UPSERT_ENTITY']);
  });

  it('records a link under both ends and under the link itself', async () => {
    const res = await server.ok(LINK, { input: { type: 'LOCATED_IN', from: `${P}ent`, to: `${P}village`, sourceIds: [source.id] } }, EDITOR);
    const byLink = await server.ok(HISTORY, { link: { type: 'LOCATED_IN', from: `${P}ent`, to: `${P}village` } });
    expect(byLink.history.nodes.map((c: { id: string }) => c.id)).toEqual([res.link.changeId]);
    expect(byLink.history.nodes[0].entries[0]).toMatchObject({ kind: 'LINK', target: `LOCATED_IN|${P}ent|${P}village`, type: 'LOCATED_IN', before: null, after: { sourceIds: [source.id] } });
    const village = await server.ok(HISTORY, { id: `${P}village` });
    expect(village.history.nodes[0].id).toBe(res.link.changeId);
    const villageAlone = await server.ok(HISTORY, { id: `${P}village`, includeLinks: false });
    expect(villageAlone.history.nodes.map((c: { operation: string }) => c.operation)).toEqual(['UPSERT_ENTITY']);
  });

  it('lists the changes of the whole graph by time, operation and author', async () => {
    const since = new Date(Date.now() - 10 * 60_000).toISOString();
    const mine = await server.ok(CHANGES, { since, by: 'lan.ntbic', first: 100 });
    expect(mine.changes.nodes.map((c: { operation: string }) => c.operation)).toEqual(['LINK', 'UPDATE_ENTITY', 'UPSERT_ENTITY', 'UPSERT_ENTITY']);
    const links = await server.ok(CHANGES, { since, by: 'lan.ntbic', kinds: ['LINK'] });
    expect(links.changes.totalCount).toBe(1);
    const future = await server.ok(CHANGES, { since: '2999-01-01', by: 'lan.ntbic' });
    expect(future.changes.totalCount).toBe(0);
    const bad = await server.gql(CHANGES, { since: 'last month' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toContain('since');
  });
});

describe('restore', () => {
  it('restores a deleted entity exactly as it was, with its links and sources, and records the restore', async () => {
    await server.ok(UPSERT, { input: { id: `${P}org`, label: 'SUPPORT_ORGANIZATION', name: 'Tổ chức hỗ trợ thử', sourceIds: [source.id] } }, EDITOR);
    await server.ok(LINK, { input: { type: 'SUPPORTS', from: `${P}org`, to: `${P}ent`, role: 'mentor', since: '2020', sourceIds: [source.id] } }, EDITOR);
    await server.ok(LINK, { input: { type: 'LOCATED_IN', from: `${P}org`, to: `${P}village`, sourceIds: [source.id] } }, EDITOR);
    const before = await snapshot();

    const deleted = await server.ok(DELETE, { id: `${P}org`, comment: 'closed' }, ADMIN);
    expect(deleted.deleteEntity).toMatchObject({ deleted: true, linksRemoved: 2 });
    expect(await snapshot()).not.toEqual(before);

    const restored = await server.ok(RESTORE, { id: `${P}org` }, ADMIN);
    expect(restored.restoreEntity.restored).toBe(deleted.deleteEntity.changeId);
    expect(await snapshot()).toEqual(before);

    const { history } = await server.ok(HISTORY, { id: `${P}org`, first: 2 });
    expect(history.nodes.map((c: { operation: string; by: string }) => [c.operation, c.by])).toEqual([
      ['RESTORE', 'admin#2'],
      ['DELETE_ENTITY', 'admin#2'],
    ]);
    expect(history.nodes[0]).toMatchObject({ id: restored.restoreEntity.changeId, restores: deleted.deleteEntity.changeId, entryCount: 3 });
  });

  it('refuses to restore what a later change modified, naming that change, and writes nothing', async () => {
    const deleted = await server.ok(DELETE, { id: `${P}org` }, ADMIN);
    // A later write recreates the id: restoring the deleted one would overwrite it.
    const later = await server.ok(UPSERT, { input: { id: `${P}org`, label: 'SUPPORT_ORGANIZATION', name: 'Another organization', sourceIds: [source.id] } }, EDITOR);
    const before = await snapshot();
    const res = await server.gql(RESTORE, { id: `${P}org` }, ADMIN);
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain(later.upsertEntity.changeId);
    expect(await snapshot()).toEqual(before);

    // Once that one is deleted too, restoring gives back the second (its last deletion), not the first.
    await server.ok(DELETE, { id: `${P}org` }, ADMIN);
    const again = await server.ok(RESTORE, { id: `${P}org` }, ADMIN);
    expect(again.restoreEntity.restored).not.toBe(deleted.deleteEntity.changeId);
    const [row] = (await server.app.db.executor.runText('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: `${P}org` }, 'READ')) as Array<{ name: string }>;
    expect(row.name).toBe('Another organization');
  });

  it('restores an unlinked relationship, and refuses one whose end is gone, naming the change that removed it', async () => {
    const link = { type: 'LOCATED_IN', from: `${P}ent`, to: `${P}village` };
    const before = await snapshot();
    await server.ok(UNLINK, link, ADMIN);
    await server.ok(RESTORE_LINK, link, ADMIN);
    expect(await snapshot()).toEqual(before);

    await server.ok(UNLINK, link, ADMIN);
    const village = await server.ok(DELETE, { id: `${P}village` }, ADMIN);
    const res = await server.gql(RESTORE_LINK, link, ADMIN);
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain(village.deleteEntity.changeId);
    await server.ok(RESTORE, { id: `${P}village` }, ADMIN);
    await server.ok(RESTORE_LINK, link, ADMIN);
    expect(await snapshot()).toEqual(before);
  });

  it('needs an admin key', async () => {
    const res = await server.gql(RESTORE, { id: `${P}org` }, EDITOR);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('JSON-LD export', () => {
  it('states each change as a prov:Activity associated with its editor and using its sources', async () => {
    const res = await fetch(`${server.base}/export?format=jsonld&around=${encodeURIComponent(`${P}ent`)}&depth=1`);
    expect(res.status).toBe(200);
    const quads: string[] = (await jsonld.toRDF((await res.json()) as object, { format: 'application/n-quads', safe: true })).split('\n');
    const PROV = 'http://www.w3.org/ns/prov#';
    const { history } = await server.ok(HISTORY, { id: `${P}ent`, first: 100, includeLinks: false });
    const created = history.nodes.find((c: { operation: string }) => c.operation === 'UPSERT_ENTITY');
    const activity = `<urn:helixgraph:id:${created.id}>`;
    expect(quads).toContain(`${activity} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${PROV}Activity> .`);
    expect(quads).toContain(`${activity} <${PROV}wasAssociatedWith> <urn:helixgraph:agent:lan.ntbic> .`);
    expect(quads).toContain(`${activity} <${PROV}used> <urn:helixgraph:id:${source.id}> .`);
    expect(quads).toContain(`${activity} <${PROV}generated> <urn:helixgraph:id:${P}ent> .`);
    expect(quads).toContain(`<urn:helixgraph:agent:lan.ntbic> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${PROV}Agent> .`);
  });
});
