import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

const EDITOR = 'editor-key-0123456789abcdef';
const ADMIN = 'admin-key-0123456789abcdefgh';
const READER = 'reader-key-0123456789abcdef';
const P = 'test:cur:';
let server: TestServer;

const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome node { id name ... on Actor { kind sphere } sources { id } } } }`;
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { outcome type from { id } to { id } } }`;

const enterprise = (extra: Record<string, unknown> = {}) => ({
  id: `${P}ent`,
  label: 'ENTERPRISE',
  name: 'Xưởng gốm thử nghiệm',
  properties: { nameEn: 'Test pottery workshop', founded: '2019' },
  newSources: [{ id: `${P}src`, title: 'Curation test source', url: 'https://example.org/curation', date: '2026-11' }],
  ...extra,
});

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await server.app.db.executor.runText(cypher, params, 'READ');
  return row.n as number;
}

const entitiesWithPrefix = () => count('MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n', { p: P });

beforeAll(async () => {
  server = await startTestServer({ HELIXGRAPH_API_KEYS: `editor:${EDITOR},admin:${ADMIN},reader:${READER}` });
});
afterAll(async () => {
  await server.app.db.executor.runText('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await server.stop();
});

describe('misplaced fields', () => {
  it('refuses id, label, name or sources inside properties, naming each, and writes nothing', async () => {
    const res = await server.gql(UPSERT, { input: enterprise({ properties: { id: `${P}other`, label: 'Investor', name: 'x', nameEn: 'ok' } }) }, EDITOR);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0].extensions?.problems as Array<{ field: string }>).map((p) => p.field)).toEqual(['properties.id', 'properties.label', 'properties.name']);
    expect(await entitiesWithPrefix()).toBe(0);
  });
});

describe('access', () => {
  it('refuses a write without a key with UNAUTHENTICATED, and writes nothing', async () => {
    const res = await server.gql(UPSERT, { input: enterprise() });
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await entitiesWithPrefix()).toBe(0);
  });

  it('refuses a write with a wrong key as if there were none', async () => {
    const res = await server.gql(UPSERT, { input: enterprise() }, 'not-a-key-0123456789abcdef');
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await entitiesWithPrefix()).toBe(0);
  });

  it('refuses a write with a reader key with FORBIDDEN, and writes nothing', async () => {
    const res = await server.gql(UPSERT, { input: enterprise() }, READER);
    expect(res.status).toBe(403);
    expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(await entitiesWithPrefix()).toBe(0);
  });

  it('refuses a delete with an editor key with FORBIDDEN', async () => {
    const res = await server.gql('mutation { deleteEntity(id: "org:most") { deleted } }', {}, EDITOR);
    expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(await count('MATCH (n:Entity {id: "org:most"}) RETURN count(n) AS n')).toBe(1);
  });

  it('leaves reads open by default', async () => {
    const res = await server.gql('{ node(id: "org:most") { id } }');
    expect(res.data).toEqual({ node: { id: 'org:most' } });
  });
});

describe('upserts', () => {
  it('creates an entity with an editor key, then leaves one node when the same mutation comes again', async () => {
    const first = await server.gql(UPSERT, { input: enterprise() }, EDITOR);
    expect(first.errors).toBeUndefined();
    expect(first.data!.upsertEntity).toEqual({
      outcome: 'CREATED',
      node: { id: `${P}ent`, name: 'Xưởng gốm thử nghiệm', kind: 'ENTERPRISE', sphere: 'INDUSTRY', sources: [{ id: `${P}src` }] },
    });
    const second = await server.gql(UPSERT, { input: enterprise() }, EDITOR);
    expect(second.data!.upsertEntity.outcome).toBe('UNCHANGED');
    expect(await count('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: `${P}ent` })).toBe(1);
  });

  it('links twice and leaves one relationship', async () => {
    const input = { type: 'LOCATED_IN', from: `${P}ent`, to: 'village:bat-trang', sourceIds: [`${P}src`] };
    const first = await server.gql(LINK, { input }, EDITOR);
    expect(first.data!.link).toEqual({ outcome: 'CREATED', type: 'LOCATED_IN', from: { id: `${P}ent` }, to: { id: 'village:bat-trang' } });
    const second = await server.gql(LINK, { input }, EDITOR);
    expect(second.data!.link.outcome).toBe('UNCHANGED');
    expect(await count('MATCH (:Entity {id: $id})-[r:LOCATED_IN]->() RETURN count(r) AS n', { id: `${P}ent` })).toBe(1);
  });

  it('updates some properties, adding the sources of the change', async () => {
    const res = await server.gql(
      `mutation ($input: EntityPatch!) { updateEntity(input: $input) { outcome node { ... on Actor { nameEn website founded } sources { id } } } }`,
      { input: { id: `${P}ent`, set: { website: 'https://example.org/workshop' }, unset: ['founded'], newSources: [{ id: `${P}src2`, title: 'Second source' }] } },
      EDITOR,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateEntity).toEqual({
      outcome: 'UPDATED',
      node: { nameEn: 'Test pottery workshop', website: 'https://example.org/workshop', founded: null, sources: [{ id: `${P}src` }, { id: `${P}src2` }] },
    });
  });

  it('deletes a link and an entity with an admin key', async () => {
    const unlink = await server.gql(`mutation { unlink(type: LOCATED_IN, from: "${P}ent", to: "village:bat-trang") { deleted } }`, {}, ADMIN);
    expect(unlink.data!.unlink).toEqual({ deleted: true });
    const del = await server.gql(`mutation { deleteEntity(id: "${P}ent") { id deleted linksRemoved } }`, {}, ADMIN);
    expect(del.data!.deleteEntity).toEqual({ id: `${P}ent`, deleted: true, linksRemoved: 0 });
    const again = await server.gql(`mutation { deleteEntity(id: "${P}ent") { deleted } }`, {}, ADMIN);
    expect(again.data!.deleteEntity).toEqual({ deleted: false });
  });
});

describe('validation', () => {
  async function refused(query: string, variables: Record<string, unknown>) {
    const before = await entitiesWithPrefix();
    const res = await server.gql(query, variables, EDITOR);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await entitiesWithPrefix()).toBe(before);
    return { message: res.errors![0].message, problems: res.errors![0].extensions!.problems as Array<Record<string, unknown>> };
  }

  it('refuses an unknown kind, naming it', async () => {
    const res = await server.gql(UPSERT, { input: enterprise({ id: `${P}x1`, label: 'STARTUP' }) }, EDITOR);
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toContain('STARTUP');
  });

  it('refuses an empty name', async () => {
    const { problems } = await refused(UPSERT, { input: enterprise({ id: `${P}x2`, name: '' }) });
    expect(problems).toEqual([{ field: 'name', value: '', rule: 'must not be empty' }]);
  });

  it('refuses a negative amount', async () => {
    const { problems, message } = await refused(UPSERT, {
      input: { id: `${P}x3`, label: 'INVESTMENT', name: 'I', properties: { amount: -100, currency: 'USD', status: 'COMMITTED' }, sourceIds: ['src:nacentech-2020-12'] },
    });
    expect(problems).toEqual([{ field: 'amount', value: -100, rule: 'must be at least 0 (no negative amounts)' }]);
    expect(message).toContain('Nothing was written');
  });

  it('refuses a date in the wrong form', async () => {
    const { problems } = await refused(UPSERT, { input: enterprise({ id: `${P}x4`, properties: { founded: '12/2019' } }) });
    expect(problems).toEqual([{ field: 'founded', value: '12/2019', rule: 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD' }]);
  });

  it('refuses an unknown id in a link', async () => {
    const { problems } = await refused(LINK, { input: { type: 'SUPPORTS', from: 'org:ntbic', to: `${P}nobody`, sourceIds: ['src:nacentech-2020-12'] } });
    expect(problems).toEqual([{ field: 'to', value: `${P}nobody`, rule: 'is not the id of a node in this input or the database' }]);
  });

  it('refuses a link type not allowed between these kinds', async () => {
    const { problems } = await refused(LINK, { input: { type: 'INVESTED', from: 'org:most', to: 'org:ntbic', sourceIds: ['src:nacentech-2020-12'] } });
    expect(problems).toEqual([{ field: 'type', value: 'INVESTED', rule: 'is not allowed from a GovernmentAgency to a SupportOrganization' }]);
  });

  it('refuses a write that cites no source', async () => {
    const { problems } = await refused(UPSERT, { input: { id: `${P}x5`, label: 'SECTOR', name: 'Orphan' } });
    expect(problems[0].field).toBe('sourceIds');
  });

  it('refuses an unknown source id and an unknown property, all at once, and writes neither the node nor its new source', async () => {
    const { problems } = await refused(UPSERT, {
      input: enterprise({ id: `${P}x6`, properties: { colour: 'red' }, sourceIds: [`${P}missing`] }),
    });
    expect(problems).toEqual([
      { field: 'colour', value: 'red', rule: 'is not a known property here' },
      { field: 'sources', value: `${P}missing`, rule: 'is not the id of a source in this input or the database' },
    ]);
    expect(await count('MATCH (s:Source {id: $id}) RETURN count(s) AS n', { id: `${P}src3` })).toBe(0);
  });

  it('refuses to update an entity that does not exist', async () => {
    const { problems } = await refused(`mutation ($input: EntityPatch!) { updateEntity(input: $input) { outcome } }`, {
      input: { id: `${P}ghost`, set: { nameEn: 'x' }, sourceIds: ['src:nacentech-2020-12'] },
    });
    expect(problems).toEqual([{ field: 'id', value: `${P}ghost`, rule: 'is not the id of an entity' }]);
  });
});

describe('closed reads', () => {
  it('needs a key for reads when HELIXGRAPH_READ_ACCESS=key', async () => {
    const closed = await startTestServer({ HELIXGRAPH_READ_ACCESS: 'key', HELIXGRAPH_API_KEYS: `reader:${READER}`, HELIXGRAPH_LOAD_DATASET: 'false' });
    try {
      const anonymous = await closed.gql('{ node(id: "org:most") { id } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      const reader = await closed.gql('{ node(id: "org:most") { id } }', {}, READER);
      expect(reader.data).toEqual({ node: { id: 'org:most' } });
    } finally {
      await closed.stop();
    }
  });
});
