import { expect, inject } from 'vitest';

import { loadConfig } from '../../src/config';
import { startHelixgraph, type Helixgraph } from '../../src/index';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
  extensions?: { queryStats?: { roundTrips: number; requestId: string } };
}

/** A helixgraph server over the test run's Neo4j, with the founding dataset loaded if empty. */
export interface TestServer {
  app: Helixgraph;
  base: string;
  /** Posts a GraphQL request, with `key` as a Bearer API key when given. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>>;
  /** Like gql, and expects no error: resolves with the data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string): Promise<T>;
  stop(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ NEO4J_URI: inject('neo4jUri'), PORT: '0', ...env });
  const app = await startHelixgraph(config);
  const base = app.url.replace(/\/graphql$/, '');
  const gql: TestServer['gql'] = async (query, variables, key) => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    app,
    base,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>, key?: string): Promise<T> {
      const res = await gql<T>(query, variables, key);
      expect(res.errors).toBeUndefined();
      return res.data!;
    },
    stop: () => app.stop(),
  };
}
