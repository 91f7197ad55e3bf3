import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/paths';
import { startTestServer, type TestServer } from '../helpers/server';
import { entitySnapshot } from '../helpers/snapshot';

const EDITOR = 'editor-key-duplicates-0123456789';
const ADMIN = 'admin-key-duplicates-0123456789ab';
const P = 'test:dup:';
const CLI = fromRoot('dist', 'src', 'cli', 'main.js');
let server: TestServer;
let dir: string;

const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome changeId
  duplicates { rule id otherId label name otherName similarity key sharedPlaces reason } } }`;
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { outcome } }`;
const MERGE = `mutation ($keep: ID!, $remove: ID!, $comment: String) { mergeEntities(keep: $keep, remove: $remove, comment: $comment) {
  keep { id sources { id } } removed changeId links { type from to newFrom newTo action } sourcesAdded propertiesNotKept } }`;
const RESTORE = `mutation ($id: ID!) { restoreEntity(id: $id) { changeId restored } }`;
const HISTORY = `query ($id: ID) { history(id: $id, first: 1) { nodes { id operation by comment sourceIds entryCount
  entries { kind target before after } } } }`;
const CHANGES = `{ changes(kinds: [MERGE_ENTITIES], first: 100) { totalCount } }`;

const src = { id: `${P}src`, title: 'Duplicates test survey', date: '2026-11' };
const src2 = { id: `${P}src2`, title: 'Duplicates test survey, second team', date: '2026-11' };

const snapshot = () => entitySnapshot(server.app.db.executor, P);

const upsert = (input: Record<string, unknown>, key = EDITOR) => server.ok(UPSERT, { input: { sourceIds: [src.id], ...input } }, key);
const link = (type: string, from: string, to: string, sourceIds = [src.id]) => server.ok(LINK, { input: { type, from, to, sourceIds } }, EDITOR);

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:dup.editor:${EDITOR},admin:tuan.admin:${ADMIN}` });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helixgraph-dup-'));
  await upsert({ id: `${P}province`, label: 'PROVINCE', name: 'Tỉnh Thử Nghiệm', sourceIds: [], newSources: [src, src2] });
  await upsert({ id: `${P}village-a`, label: 'CRAFT_VILLAGE', name: 'Làng gốm Hạ Thử' });
  await link('LOCATED_IN', `${P}village-a`, `${P}province`);
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('likely duplicates are reported, never refused', () => {
  it('on upsert: the same folded name of the same label, with the rule, the names and the key they share', async () => {
    const res = await upsert({ id: `${P}village-typed`, label: 'CRAFT_VILLAGE', name: 'LANG GOM HA THU' });
    expect(res.upsertEntity).toEqual({
      outcome: 'CREATED',
      changeId: expect.stringMatching(/^change:\d+$/),
      duplicates: [
        {
          rule: 'SAME_NAME',
          id: `${P}village-typed`,
          otherId: `${P}village-a`,
          label: 'CRAFT_VILLAGE',
          name: 'LANG GOM HA THU',
          otherName: 'Làng gốm Hạ Thử',
          similarity: 1,
          key: 'gom ha thu',
          sharedPlaces: [],
          reason: `likely a duplicate of ${P}village-a: the same label (CraftVillage) and the same name once folded ("LANG GOM HA THU" and "Làng gốm Hạ Thử" both read "gom ha thu")`,
        },
      ],
    });
    // An entity of another label with that name is not a duplicate.
    const other = await upsert({ id: `${P}ent-ha-thu`, label: 'ENTERPRISE', name: 'Làng gốm Hạ Thử' });
    expect(other.upsertEntity.duplicates).toEqual([]);
  });

  it('on an import dry run: within the input and against the store, with file and line, and nothing written', () => {
    const file = path.join(dir, 'survey.json');
    const dataset = {
      format: 'helixgraph-dataset',
      version: 1,
      sources: [],
      nodes: [
        { id: `${P}imp-village`, label: 'CraftVillage', name: 'Ha Thu pottery village', sources: [src.id] },
        { id: `${P}imp-firm-1`, label: 'Enterprise', name: 'Công ty TNHH Gốm Hạ Thử Xanh', sources: [src.id] },
        { id: `${P}imp-firm-2`, label: 'Enterprise', name: 'Gom Ha Thu Xanh Co., Ltd', sources: [src.id] },
      ],
      links: [{ type: 'LOCATED_IN', from: `${P}imp-village`, to: `${P}province`, sources: [src.id] }],
    };
    fs.writeFileSync(file, JSON.stringify(dataset, null, 2));
    const r = spawnSync(process.execPath, [CLI, 'import', file, '--dry-run'], {
      env: { PATH: process.env.PATH ?? '', NEO4J_URI: server.app.db.uri },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      `helixgraph: ${file}: valid; nothing was written (--dry-run)`,
      '  2 likely duplicates (warnings: written anyway; see mergeEntities):',
      `    ${file}:6 nodes[0] (${P}imp-village): possibly a duplicate of ${P}village-a: the same label (CraftVillage); both are located in ${P}province, ` +
        `and the names "Ha Thu pottery village" and "Làng gốm Hạ Thử" are 1.00 similar (reported from 0.80) (in the store)`,
      `    ${file}:22 nodes[2] (${P}imp-firm-2): likely a duplicate of ${P}imp-firm-1: the same label (Enterprise) and the same name once folded ` +
        `("Gom Ha Thu Xanh Co., Ltd" and "Công ty TNHH Gốm Hạ Thử Xanh" both read "gom ha thu xanh") (in the input, nodes[1] line 14)`,
    ]);
  });

  it('the dry run wrote nothing; the real run writes everything and reports the same warnings', async () => {
    const ids = [`${P}imp-village`, `${P}imp-firm-1`, `${P}imp-firm-2`];
    const read = async () => (await server.ok(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids })).nodes;
    expect(await read()).toEqual([null, null, null]);
    const file = path.join(dir, 'survey.json');
    const r = spawnSync(process.execPath, [CLI, 'import', file], { env: { PATH: process.env.PATH ?? '', NEO4J_URI: server.app.db.uri }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out.slice(1, 4)).toEqual(['  sources 0 created, 0 updated, 0 unchanged', '  nodes   3 created, 0 updated, 0 unchanged', '  links   1 created, 0 updated, 0 unchanged']);
    expect(out.slice(4, 5)).toEqual(['  2 likely duplicates (warnings: written anyway; see mergeEntities):']);
    expect(out.slice(5).map((l) => l.replace(/: .*\(in the (store|input).*$/, ': … ($1)'))).toEqual([
      `    ${file}:6 nodes[0] (${P}imp-village): … (store)`,
      `    ${file}:22 nodes[2] (${P}imp-firm-2): … (input)`,
    ]);
    expect(await read()).toEqual(ids.map((id) => ({ id })));
  });
});

describe('mergeEntities', () => {
  const K = `${P}village-a`;
  const R = `${P}village-b`;
  let beforeMerge: unknown;
  let merged: Record<string, any>;

  beforeAll(async () => {
    await upsert({ id: R, label: 'CRAFT_VILLAGE', name: 'Hạ Thử pottery village', properties: { craft: 'Gốm' }, sourceIds: [src2.id] });
    await upsert({ id: `${P}org`, label: 'SUPPORT_ORGANIZATION', name: 'Trung tâm hỗ trợ thử' });
    await link('LOCATED_IN', R, `${P}province`, [src2.id]); // K has it too: merged, sources joined
    await link('SUPPORTS', `${P}org`, R); // moved onto K
    await link('LOCATED_IN', R, K); // joins the two: dropped
    beforeMerge = await snapshot();
  });

  it('is refused to an editor key, and for the same id, an unknown id or different labels, writing nothing', async () => {
    const count = async () => (await server.ok(CHANGES)).changes.totalCount;
    const changes = await count();
    const refusal = async (vars: Record<string, string>, key: string) => {
      const res = await server.gql(MERGE, vars, key);
      return { code: res.errors?.[0].extensions?.code, message: res.errors?.[0].message, data: res.data };
    };
    expect(await refusal({ keep: K, remove: R }, EDITOR)).toEqual({ code: 'FORBIDDEN', message: 'This operation needs the admin role; your key has the editor role.', data: null });
    expect(await refusal({ keep: K, remove: K }, ADMIN)).toMatchObject({ code: 'BAD_USER_INPUT', message: `Cannot merge ${K} into itself: keep and remove are the same id. Nothing was written.` });
    expect(await refusal({ keep: K, remove: `${P}nobody` }, ADMIN)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `Cannot merge: remove: "${P}nobody" is not the id of an entity. Nothing was written.`,
    });
    expect(await refusal({ keep: K, remove: `${P}ent-ha-thu` }, ADMIN)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(new RegExp(`^Cannot merge ${P}ent-ha-thu \\(Enterprise\\) into ${K} \\(CraftVillage\\): entities of different labels are not merged`)),
    });
    expect(await snapshot()).toEqual(beforeMerge);
    expect(await count()).toBe(changes);
  });

  it('refuses a relationship the whitelist would not allow on the kept entity, after the change was opened, and writes nothing', async () => {
    // Only data written around the API can hold such a relationship (every write path checks LINK_RULES).
    const illegal = `MATCH (a:Entity {id: $r}), (b:Entity {id: $k}) CREATE (a)-[:INVESTED {sourceIds: [$s]}]->(b)`;
    await server.app.db.executor.runText(illegal, { r: `${P}ent-ha-thu`, k: `${P}province`, s: src.id });
    await upsert({ id: `${P}ent-ha-thu-2`, label: 'ENTERPRISE', name: 'Hạ Thử Pottery' });
    const before = await snapshot();
    const changes = (await server.ok(`{ changes(first: 1) { totalCount } }`)).changes.totalCount;
    const res = await server.gql(MERGE, { keep: `${P}ent-ha-thu-2`, remove: `${P}ent-ha-thu` }, ADMIN);
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe(
      `Cannot merge ${P}ent-ha-thu into ${P}ent-ha-thu-2: its relationship INVESTED ${P}ent-ha-thu → ${P}province would become ${P}ent-ha-thu-2 → ${P}province, ` +
        'which the relationship rules do not allow (INVESTED from Enterprise to Province). Nothing was written.',
    );
    expect(await snapshot()).toEqual(before);
    expect((await server.ok(`{ changes(first: 1) { totalCount } }`)).changes.totalCount).toBe(changes);
    await server.app.db.executor.runText(`MATCH (:Entity {id: $r})-[l:INVESTED]->() DELETE l`, { r: `${P}ent-ha-thu` });
    beforeMerge = await snapshot();
  });

  it('moves the links and sources onto the kept entity, merges a link it already had and drops the one between the two', async () => {
    merged = (await server.ok(MERGE, { keep: K, remove: R, comment: 'one village, two surveys' }, ADMIN)).mergeEntities;
    expect(merged).toEqual({
      keep: { id: K, sources: [{ id: src.id }, { id: src2.id }] },
      removed: R,
      changeId: expect.stringMatching(/^change:\d+$/),
      links: [
        { type: 'LOCATED_IN', from: R, to: `${P}province`, newFrom: K, newTo: `${P}province`, action: 'MERGED' },
        { type: 'LOCATED_IN', from: R, to: K, newFrom: K, newTo: K, action: 'DROPPED_SELF_LOOP' },
        { type: 'SUPPORTS', from: `${P}org`, to: R, newFrom: `${P}org`, newTo: K, action: 'MOVED' },
      ],
      sourcesAdded: [src2.id],
      propertiesNotKept: ['craft', 'name'],
    });
    const after = (await snapshot()) as Array<{ id: string; out: Array<[string, string, Record<string, unknown>]> }>;
    expect(after.map((n) => n.id)).not.toContain(R);
    const out = (id: string) => after.find((n) => n.id === id)!.out.map(([type, to, props]) => [type, to, props.sourceIds]);
    expect(out(K)).toEqual([['LOCATED_IN', `${P}province`, [src.id, src2.id]]]);
    expect(out(`${P}org`)).toEqual([['SUPPORTS', K, [src.id]]]);
    const { nodes } = await server.ok(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [R] });
    expect(nodes).toEqual([null]);
  });

  it('is in the history as a MERGE_ENTITIES change by the admin key’s name, with the before and after of every record it touched', async () => {
    const { history } = await server.ok(HISTORY, { id: K });
    const [change] = history.nodes;
    expect(change).toMatchObject({ id: merged.changeId, operation: 'MERGE_ENTITIES', by: 'tuan.admin', comment: 'one village, two surveys', sourceIds: [src2.id] });
    const entries = Object.fromEntries(change.entries.map((e: any) => [e.target, [e.kind, e.before === null ? null : 'before', e.after === null ? null : 'after']]));
    expect(entries).toEqual({
      [K]: ['NODE', 'before', 'after'],
      [`LOCATED_IN|${R}|${K}`]: ['LINK', 'before', null],
      [`LOCATED_IN|${K}|${P}province`]: ['LINK', 'before', 'after'],
      [`SUPPORTS|${P}org|${K}`]: ['LINK', null, 'after'],
    });
    const removed = await server.ok(HISTORY, { id: R });
    expect(removed.history.nodes[0].id).toBe(merged.changeId);
    expect(removed.history.nodes[0].entries.map((e: any) => [e.target, e.before === null ? null : 'before', e.after === null ? null : 'after'])).toEqual([
      [R, 'before', null],
      [`LOCATED_IN|${R}|${P}province`, 'before', null],
      [`LOCATED_IN|${R}|${K}`, 'before', null],
      [`SUPPORTS|${P}org|${R}`, 'before', null],
    ]);
  });

  it('restoreEntity(removed) gives back exactly what was there before the merge', async () => {
    const res = await server.ok(RESTORE, { id: R }, ADMIN);
    expect(res.restoreEntity).toEqual({ changeId: expect.stringMatching(/^change:\d+$/), restored: merged.changeId });
    expect(await snapshot()).toEqual(beforeMerge);
  });
});
