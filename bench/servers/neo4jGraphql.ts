import http from 'node:http';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';

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
 * HTTP stack as helixgraph (Apollo Server 5 on Express 5), so the two differ only in how they turn
 * GraphQL into Cypher.
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
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
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
