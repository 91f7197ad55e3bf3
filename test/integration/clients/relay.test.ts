import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../../src/paths';
import { startTestServer, type TestServer } from '../../helpers/server';

/**
 * relay-compiler 21 compiling a small Relay project (test/fixtures/relay) against the committed
 * schema/schema.graphql: a fragment refetchable through Query.node, a paginated connection on Query
 * and one on an entity. Relay's own persisted-queries file (sha256 → text) is then the trusted
 * manifest of a server that runs nothing else, and the compiled operations run there by id: the
 * Node and connection conventions hold on the real answers.
 */
const run = promisify(execFile);
const PROJECT = fromRoot('dist', 'relay-test');
const RELAY = fromRoot('node_modules', 'relay-compiler', 'cli.js');

let server: TestServer | undefined;

beforeAll(() => {
  rmSync(PROJECT, { recursive: true, force: true });
  cpSync(fromRoot('test', 'fixtures', 'relay'), PROJECT, { recursive: true });
  // The README's relay.config.json, with the schema's absolute path.
  writeFileSync(
    path.join(PROJECT, 'relay.config.json'),
    JSON.stringify({ src: './src', schema: fromRoot('schema', 'schema.graphql'), language: 'typescript', persistConfig: { file: './persisted_queries.json', algorithm: 'SHA256' } }),
  );
  writeFileSync(path.join(PROJECT, 'persisted_queries.json'), '{}');
});
afterAll(async () => {
  await server?.stop();
});

/** The operation id relay-compiler wrote into an artifact (its params.id). */
function operationId(name: string): string {
  const artifact = readFileSync(path.join(PROJECT, 'src', '__generated__', `${name}.graphql.ts`), 'utf8');
  const id = /"id": "([0-9a-f]{64})"/.exec(artifact)?.[1];
  expect(id, name).toBeDefined();
  return id!;
}

async function byId<T>(id: string, variables: Record<string, unknown>): Promise<T> {
  // A Relay network layer that sends persisted operations: { documentId, variables } as JSON.
  const res = await fetch(server!.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: id, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return body.data!;
}

type Page = { actors: { totalCount: number; edges: Array<{ cursor: string; node: { __typename: string; id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };

describe('relay-compiler against schema/schema.graphql', () => {
  it('compiles Node refetching and connections without a schema error', async () => {
    await run(process.execPath, [RELAY], { cwd: PROJECT, timeout: 120_000 });
    expect(readdirSync(path.join(PROJECT, 'src', '__generated__')).sort()).toEqual(
      [
        'ActorCardRefetchQuery',
        'ActorCard_actor',
        'ActorLinksPaginationQuery',
        'ActorLinks_actor',
        'ActorListPaginationQuery',
        'ActorList_query',
        'AppQuery',
        'CurationDeleteEntityMutation',
        'CurationUpsertSourceMutation',
      ].map((n) => `${n}.graphql.ts`),
    );
    const persisted = JSON.parse(readFileSync(path.join(PROJECT, 'persisted_queries.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(persisted)).toHaveLength(6);
    // Relay selects `id` on every type that has one, and keys its store by id alone: the write
    // results' `id` is the entity's (README: "Relay", the one convention the curation API breaks).
    expect(persisted[operationId('CurationUpsertSourceMutation')]).toContain('upsertSource(input: $input) {\n    outcome\n    id\n  }');
    expect(persisted[operationId('CurationDeleteEntityMutation')]).toContain('deleteEntity(id: $id) {\n    deleted\n    id\n  }');
  });

  it('runs the compiled operations by id on a server whose only trusted documents are Relay\'s', async () => {
    expect(existsSync(path.join(PROJECT, 'persisted_queries.json'))).toBe(true);
    server = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_TRUSTED_DOCUMENTS: 'only', HELIXGRAPH_TRUSTED_DOCUMENTS_FILE: path.join(PROJECT, 'persisted_queries.json') });

    const app = await byId<Page & { node: { __typename: string; id: string; name: string; links: { edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean } } } }>(
      operationId('AppQuery'),
      { id: 'org:ntbic' },
    );
    expect(app.node).toMatchObject({ __typename: 'SupportOrganization', id: 'org:ntbic', name: expect.stringContaining('Ươm tạo') });
    expect(app.node.links.edges.length).toBeGreaterThan(0);
    expect(app.node.links.edges.every((e) => typeof e.cursor === 'string')).toBe(true);
    expect(app.actors.edges).toHaveLength(10);
    expect(app.actors.pageInfo.hasNextPage).toBe(true);
    expect(app.actors.pageInfo.endCursor).toBe(app.actors.edges[9].cursor);

    // The next page, as usePaginationFragment asks for it: after the endCursor, no actor twice.
    const next = await byId<Page>(operationId('ActorListPaginationQuery'), { first: 10, after: app.actors.pageInfo.endCursor });
    const first = new Set(app.actors.edges.map((e) => e.node.id));
    expect(next.actors.edges.length).toBeGreaterThan(0);
    expect(next.actors.edges.filter((e) => first.has(e.node.id))).toEqual([]);
    expect(next.actors.totalCount).toBe(app.actors.totalCount);

    // Refetching through Query.node by the global id gives the same entity.
    const refetched = await byId<{ node: { __typename: string; id: string; name: string } }>(operationId('ActorCardRefetchQuery'), { id: app.actors.edges[3].node.id });
    expect(refetched.node).toMatchObject({ __typename: app.actors.edges[3].node.__typename, id: app.actors.edges[3].node.id });
  });
});
