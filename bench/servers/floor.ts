import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import neo4j, { type Driver } from 'neo4j-driver';

import { toNative } from '../../src/db/executor';
import { fromRoot } from '../../src/paths';
import type { BenchServer } from './types';

/** The floor's statements, read once from bench/floor/*.cypher. */
export function loadFloorStatements(dir = fromRoot('bench', 'floor')): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.cypher')) out.set(f.replace(/\.cypher$/, ''), fs.readFileSync(path.join(dir, f), 'utf8'));
  return out;
}

/**
 * The floor's work for one statement: an auto-commit read (RUN and PULL in one write, as
 * helixgraph's executor reads), its records as plain objects. Shared by the floor and the rungs of
 * the benchmark's ladder, so every rung runs the same database work.
 */
export async function floorRows(driver: Driver, database: string, text: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(text, params);
    return result.records.map((r) => toNative(r.toObject()) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/** Answers `{ rows }` of one floor statement as JSON (500 with the message when it fails). */
export async function answerFloor(res: http.ServerResponse, driver: Driver, database: string, text: string, params: Record<string, unknown>): Promise<void> {
  try {
    const body = JSON.stringify({ rows: await floorRows(driver, database, text, params) });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (err) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (err as Error).message }));
  }
}

/**
 * The floor: a bare node:http handler that runs one hand-written Cypher statement per request
 * through neo4j-driver in the cheapest way the driver offers (an auto-commit read: RUN and PULL
 * in one write, as helixgraph's executor reads) and answers its rows as JSON. `POST /<statement>` with the parameters as the JSON body.
 */
export async function startFloorServer(options: { uri: string; database?: string; driver?: Driver; name?: string }): Promise<BenchServer> {
  const statements = loadFloorStatements();
  const driver = options.driver ?? neo4j.driver(options.uri, undefined, { maxConnectionPoolSize: 100, disableLosslessIntegers: false });
  const database = options.database ?? 'neo4j';
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    const text = statements.get(name);
    if (req.method !== 'POST' || text === undefined) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      let params: Record<string, unknown>;
      try {
        params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch (err) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (err as Error).message }));
        return;
      }
      await answerFloor(res, driver, database, text, params);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    name: options.name ?? 'floor',
    url: `http://127.0.0.1:${port}`,
    pid: process.pid,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      if (!options.driver) await driver.close();
    },
  };
}
