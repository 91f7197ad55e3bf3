/**
 * Runs one server under test in its own process, so the load generator and each server have an
 * event loop of their own: `node dist/bench/servers/child.js <helixgraph|floor|neo4j-graphql> <bolt uri>`.
 * `ladder:<rung>` runs a rung of the ladder (bench/ladder/rungs.ts).
 * Prints `BENCH_READY {"url":…,"compat":…}` once listening; stops on SIGTERM or when stdin closes.
 * Over IPC, `{type: 'cpu-profile-start'}` and `{type: 'cpu-profile-stop', file}` profile this
 * process for a window (bench/cpuProfile.ts) and write the `.cpuprofile` to `file`.
 */
import fs from 'node:fs';
import path from 'node:path';

import { startCpuProfile, stopCpuProfile } from '../cpuProfile';
import { startRung } from '../ladder/rungs';
import { startFloorServer } from './floor';
import { startHelixgraphServer } from './helixgraph';
import { startNeo4jGraphqlServer } from './neo4jGraphql';
import type { BenchServer } from './types';

async function main(): Promise<void> {
  const [kind, uri] = process.argv.slice(2);
  let server: BenchServer & { compat?: string };
  if (kind === 'helixgraph') server = await startHelixgraphServer({ uri });
  else if (kind === 'floor') server = await startFloorServer({ uri });
  else if (kind === 'neo4j-graphql') server = await startNeo4jGraphqlServer({ uri, checkCompat: process.argv.includes('--check-compat') });
  else if (kind.startsWith('ladder:')) server = await startRung(kind.slice('ladder:'.length), uri);
  else throw new Error(`unknown server kind ${kind}`);
  process.on('message', (m: { type?: string; file?: string }) => {
    const answer = (type: string, work: () => Promise<Record<string, unknown>>) =>
      work().then(
        (extra) => process.send?.({ type, ...extra }),
        (err: Error) => process.send?.({ type: `${m.type}-failed`, error: err.message }),
      );
    if (m.type === 'cpu-profile-start') void answer('cpu-profile-started', async () => (await startCpuProfile(), {}));
    if (m.type === 'cpu-profile-stop') {
      void answer('cpu-profile-written', async () => {
        const profile = await stopCpuProfile();
        fs.mkdirSync(path.dirname(m.file!), { recursive: true });
        fs.writeFileSync(m.file!, JSON.stringify(profile));
        return { file: m.file };
      });
    }
  });
  const stop = () => void server.stop().then(() => process.exit(0), () => process.exit(1));
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  console.log(`BENCH_READY ${JSON.stringify({ url: server.url, compat: server.compat ?? null })}`);
}

main().catch((err: unknown) => {
  console.log(`BENCH_ERROR ${JSON.stringify({ message: (err as Error).message })}`);
  process.exit(2);
});
