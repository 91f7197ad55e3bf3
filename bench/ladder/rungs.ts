/**
 * The ladder's rungs: from the floor (a bare node:http handler and the driver) up to helixgraph as
 * it runs, one layer added a rung, each over the same Neo4j and the same statements
 * (bench/floor/getNode.cypher, getEnterprisePage.cypher; rungs 6 and 7 send what helixgraph sends).
 * Rungs 1–5 read through a driver with `disableLosslessIntegers`.
 */
import http from 'node:http';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';

import { openDatabase } from '../../src/db/database';
import { buildHelixSchema } from '../../src/graphql/schema';
import { httpServerOptions } from '../../src/index';
import { createGraphqlLayer } from '../../src/server/app';
import { textLogger } from '../../src/server/logger';
import { MAX_JSON_DEPTH } from '../../src/server/jsonDepth';
import { answerFloor, loadFloorStatements, startFloorServer } from '../servers/floor';
import { benchConfig, startHelixgraphServer } from '../servers/helixgraph';
import type { BenchServer } from '../servers/types';
import { apolloHandler } from './apolloHandler';
import { trivialSchema } from './trivialSchema';

/** What a rung is sent: the floor's `POST /<statement>`, the trivial schema's documents, or helixgraph's. */
export type RungProtocol = 'floor' | 'trivial' | 'helixgraph';

export interface Rung {
  key: string;
  title: string;
  protocol: RungProtocol;
}

export const RUNGS: readonly Rung[] = [
  { key: 'floor', title: 'floor: bare `node:http` handler + driver', protocol: 'floor' },
  { key: 'express', title: 'the same handler behind Express 5 + `express.json()`', protocol: 'floor' },
  { key: 'apollo-express', title: 'Apollo Server 5, one resolver, on Express 5 (`@as-integrations/express5`)', protocol: 'trivial' },
  { key: 'apollo-http', title: 'the same Apollo on a bare `node:http` handler (`executeHTTPGraphQLRequest`)', protocol: 'trivial' },
  { key: 'plugins', title: "+ helixgraph's Apollo options, plugins and request context (limits, armor, node estimate, query stats, bookmarks, metrics, error masking)", protocol: 'trivial' },
  { key: 'schema', title: "+ helixgraph's schema (type-graphql, its resolvers, loaders, executor): its whole GraphQL layer on `node:http`", protocol: 'helixgraph' },
  { key: 'helixgraph', title: 'helixgraph as it runs (`bench/servers/helixgraph.ts`: Express, compression, CORS, the routes)', protocol: 'helixgraph' },
];

const listen = (server: http.Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));

const close = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
};

/** The driver of rungs 1–5: the floor's pool, plain numbers for integers. */
const ladderDriver = (uri: string): Driver => neo4j.driver(uri, undefined, { maxConnectionPoolSize: 100, disableLosslessIntegers: true });

/** Starts rung `key` in this process on the Neo4j at `uri`. */
export async function startRung(key: string, uri: string): Promise<BenchServer> {
  const name = `ladder:${key}`;
  const database = 'neo4j';
  if (key === 'helixgraph') return { ...(await startHelixgraphServer({ uri })), name };
  if (key === 'floor') {
    const driver = ladderDriver(uri);
    const floor = await startFloorServer({ uri, driver, name });
    return { ...floor, stop: async () => (await floor.stop(), await driver.close()) };
  }
  const statements = loadFloorStatements();
  if (key === 'express') {
    const driver = ladderDriver(uri);
    const app = express();
    app.post('/:name', express.json({ limit: '100kb' }), (req, res) => {
      const text = statements.get(req.params.name);
      if (text === undefined) res.status(404).end();
      else void answerFloor(res, driver, database, text, req.body ?? {});
    });
    const server = http.createServer(app);
    const port = await listen(server);
    return { name, url: `http://127.0.0.1:${port}`, pid: process.pid, stop: async () => (await close(server), await driver.close()) };
  }
  if (key === 'apollo-express' || key === 'apollo-http') {
    const driver = ladderDriver(uri);
    const apollo = new ApolloServer({ schema: trivialSchema(driver, statements) });
    await apollo.start();
    let server: http.Server;
    if (key === 'apollo-express') {
      const app = express();
      app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
      server = http.createServer(app);
    } else {
      server = http.createServer(apolloHandler(apollo, async () => ({}), { maxBodyBytes: 100_000 }));
    }
    const port = await listen(server);
    return { name, url: `http://127.0.0.1:${port}/graphql`, pid: process.pid, stop: async () => (await apollo.stop(), await close(server), await driver.close()) };
  }
  if (key === 'plugins' || key === 'schema') {
    // helixgraph's GraphQL layer (src/server/app.ts createGraphqlLayer) with the configuration the
    // benchmark gives helixgraph; rung 5 swaps in the one-resolver schema.
    const config = benchConfig(uri);
    const db = await openDatabase(config);
    const driver = key === 'plugins' ? ladderDriver(uri) : undefined;
    const schema = driver ? trivialSchema(driver, statements) : await buildHelixSchema();
    const server = http.createServer();
    const layer = await createGraphqlLayer(httpServerOptions(config, schema, db.executor, textLogger(() => {})), server);
    server.on('request', apolloHandler(layer.apollo, (req) => layer.context(req.headers, req.socket.remoteAddress), { maxBodyBytes: layer.limits.maxBodyBytes, maxJsonDepth: MAX_JSON_DEPTH }));
    const port = await listen(server);
    return {
      name,
      url: `http://127.0.0.1:${port}/graphql`,
      pid: process.pid,
      stop: async () => {
        await layer.apollo.stop();
        await close(server);
        await driver?.close();
        await db.close();
      },
    };
  }
  throw new Error(`unknown rung ${key} (one of ${RUNGS.map((r) => r.key).join(', ')})`);
}
