import { ApolloClient, HttpLink, InMemoryCache, gql, type NormalizedCacheObject } from '@apollo/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { startTestServer, type TestServer } from '../../helpers/server';

/**
 * Apollo Client 4's InMemoryCache over answers from the real server (HttpLink, no mocks): entities
 * are normalised by __typename and id, an id names one entity whatever its type, two overlapping
 * queries merge into one record, and aggregates with different arguments are kept apart. Any warning
 * Apollo prints in development ("Cache data may be lost…", fragment matching without possibleTypes)
 * fails the test.
 */
let server: TestServer;
let possibleTypes: Record<string, string[]>;

beforeAll(async () => {
  // Loading the founding dataset into an empty database on a busy machine can outlast the default 15 s.
  server = await startTestServer({ HELIXGRAPH_QUERY_TIMEOUT_MS: '120000' });
  // Apollo's own recipe: the interfaces' implementations, read from the schema by introspection.
  const types = await server.ok<{ __schema: { types: Array<{ name: string; possibleTypes: Array<{ name: string }> | null }> } }>(
    '{ __schema { types { name possibleTypes { name } } } }',
  );
  possibleTypes = Object.fromEntries(types.__schema.types.filter((t) => t.possibleTypes).map((t) => [t.name, t.possibleTypes!.map((p) => p.name)]));
});
afterAll(async () => {
  await server?.stop();
});

let warnings: unknown[][];
beforeEach(() => {
  warnings = [];
  for (const level of ['warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const newClient = () => new ApolloClient({ link: new HttpLink({ uri: server.app.url }), cache: new InMemoryCache({ possibleTypes }) });

/** The cache's normalised contents. */
const extract = (client: ApolloClient) => client.cache.extract() as NormalizedCacheObject;

const ORG = gql`
  query Org {
    node(id: "org:ntbic") {
      id
      ... on Actor {
        name
        kind
        sphere
        province {
          id
          name
        }
      }
    }
  }
`;
const FAMILY = gql`
  query OrgFamily {
    node(id: "org:ntbic") {
      id
      ... on Entity {
        name
        sources {
          id
          title
        }
      }
      ... on Actor {
        shortName
        parent {
          since
          organization {
            id
            name
            parent {
              organization {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`;

/** Every normalised record of the cache: its key, and the __typename and id it holds. */
function records(cache: NormalizedCacheObject) {
  return Object.entries(cache)
    .filter(([key]) => key !== 'ROOT_QUERY')
    .map(([key, value]) => ({ key, typename: (value as { __typename?: string }).__typename, id: (value as { id?: string }).id }));
}

describe('Apollo Client InMemoryCache over helixgraph answers', () => {
  it('normalises every entity as __typename:id, and no id names two types', async () => {
    const client = newClient();
    await client.query({ query: ORG });
    await client.query({ query: FAMILY });
    await client.query({
      query: gql`
        query Everyone {
          actors(first: 100) {
            nodes {
              id
              name
              kind
              province {
                id
                name
              }
            }
          }
          sources(first: 50) {
            nodes {
              id
              title
            }
          }
        }
      `,
    });
    const all = records(extract(client));
    expect(all.length).toBeGreaterThan(60);
    for (const { key, typename, id } of all) expect(key).toBe(`${typename}:${id}`);
    const typesOfId = new Map<string, Set<string>>();
    for (const { typename, id } of all) typesOfId.set(id!, (typesOfId.get(id!) ?? new Set()).add(typename!));
    expect([...typesOfId].filter(([, types]) => types.size > 1)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('merges two overlapping queries of one entity into one record, and answers both from the cache', async () => {
    const client = newClient();
    const org = (await client.query({ query: ORG })).data as { node: { __typename: string; name: string; kind: string } };
    const family = (await client.query({ query: FAMILY })).data as { node: { __typename: string; shortName: string; parent: { organization: { __typename: string; id: string; name: string } } } };
    expect(org.node).toMatchObject({ __typename: 'SupportOrganization', name: expect.stringContaining('Ươm tạo'), kind: 'SUPPORT_ORGANIZATION' });
    expect(family.node.parent.organization.id).toBe('org:nacentech');
    const record = extract(client)['SupportOrganization:org:ntbic'] as Record<string, unknown>;
    expect(record).toMatchObject({ id: 'org:ntbic', name: org.node.name, kind: 'SUPPORT_ORGANIZATION', shortName: family.node.shortName });
    expect(Object.keys(record)).toEqual(expect.arrayContaining(['province', 'sources', 'parent']));
    // Neither answer lost a field to the other: both read back whole without the network.
    expect(client.readQuery({ query: ORG })).toEqual(org);
    expect(client.readQuery({ query: FAMILY })).toEqual(family);
    expect((await client.query({ query: ORG, fetchPolicy: 'cache-only' })).data).toEqual(org);
    // The parent is its own record, reachable by id from anywhere (a fragment on the Entity interface).
    const parent = family.node.parent.organization;
    expect(client.cache.identify(parent)).toBe('ResearchInstitute:org:nacentech');
    expect(client.readFragment({ id: 'ResearchInstitute:org:nacentech', fragment: gql`fragment Named on Entity { name }` })).toEqual({ __typename: 'ResearchInstitute', name: parent.name });
    expect(warnings).toEqual([]);
  });

  it('keeps dashboard aggregates with different arguments apart (no collision of un-keyed rows)', async () => {
    const client = newClient();
    const BY_SECTOR = gql`
      query Counts($evidence: [Evidence!]) {
        counts(by: SECTOR, evidence: $evidence) {
          key
          label
          count
        }
      }
    `;
    type Counts = { counts: Array<{ key: string; count: number }> };
    const all = (await client.query({ query: BY_SECTOR })).data as Counts;
    const stated = (await client.query({ query: BY_SECTOR, variables: { evidence: ['STATED'] } })).data as Counts;
    const handicrafts = (c: Counts) => c.counts.find((row) => row.key === 'sector:handicrafts')!.count;
    expect(handicrafts(all)).toBeGreaterThan(handicrafts(stated));
    expect(client.readQuery({ query: BY_SECTOR })).toEqual(all);
    expect(client.readQuery({ query: BY_SECTOR, variables: { evidence: ['STATED'] } })).toEqual(stated);
    expect(warnings).toEqual([]);
  });
});
