import http from 'node:http';

import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';

import { graphqlHttpHandler, isGraphqlPath } from '../../src/server/graphqlHttp';
import { TYPE_DEFS } from './typeDefs';
import type { BenchServer } from './types';

export interface Neo4jGraphqlOptions {
  uri: string;
  /** Run the library's own compatibility check (it requires APOC core in the database). */
  checkCompat?: boolean;
  driver?: Driver;
}

/**
 * @neo4j/graphql serving the helixgraph model (./typeDefs.ts) on the same Neo4j, behind the same
 * HTTP stack as helixgraph (Apollo Server 5 driven from node:http by src/server/graphqlHttp.ts),
 * so the two differ only in how they turn GraphQL into Cypher.
 */
export async function startNeo4jGraphqlServer(options: Neo4jGraphqlOptions): Promise<BenchServer & { compat: string }> {
  const driver = options.driver ?? neo4j.driver(options.uri, undefined, { maxConnectionPoolSize: 100 });
  const lib = new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver });
  let compat = 'not checked';
  if (options.checkCompat) {
    await lib.checkNeo4jCompat();
    compat = 'checkNeo4jCompat passed';
  }
  const schema = await lib.getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const graphql = graphqlHttpHandler({ apollo, context: async () => ({}), maxBodyBytes: 100_000, corsOrigins: [] });
  const httpServer = http.createServer((req, res) => {
    if (isGraphqlPath(req.url)) graphql(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as { port: number }).port;
  return {
    name: 'neo4j-graphql',
    url: `http://127.0.0.1:${port}/graphql`,
    pid: process.pid,
    compat,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      if (!options.driver) await driver.close();
    },
  };
}
