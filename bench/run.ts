/**
 * `npm run bench` — helixgraph against the raw-Cypher floor and @neo4j/graphql, one run, one
 * Neo4j, one generated dataset. Writes bench/results/latest.md and latest.json and prints the table.
 *
 *   npm run bench                       10,000 actors; scale section at 10k and 100k (stores cached)
 *   npm run bench -- --quick            seconds: a smoke test (also run by the test suite)
 *   npm run bench -- --actors 100000 --scale 10000,100000,1000000 --scale-generate
 *   npm run bench -- --ladder-only      the layer ladder alone (about 4 min) → bench/results/ladder.md, ladder.json
 *   npm run bench -- --no-ladder        everything but the ladder; --ladder-seconds N per rung and round (default 3)
 */
import fs from 'node:fs';

import { fromRoot } from '../src/paths';
import { runBenchmark } from './harness';
import { renderMarkdown } from './report';

function arg(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const actors = Number(arg(argv, '--actors') ?? (quick ? 1000 : 10_000));
  const ladder = argv.includes('--ladder-only') ? 'only' : argv.includes('--no-ladder') ? 'skip' : 'with';
  const ladderSeconds = arg(argv, '--ladder-seconds');
  const result = await runBenchmark({
    quick,
    actors,
    seed: Number(arg(argv, '--seed') ?? 1),
    childProcesses: !quick,
    scaleSizes: (arg(argv, '--scale') ?? '10000,100000,1000000').split(',').map(Number).filter((n) => n > 0),
    generateScale: argv.includes('--scale-generate'),
    ladder,
    ladderSeconds: ladderSeconds === undefined ? undefined : Number(ladderSeconds),
    log: (line) => console.error(`bench: ${line}`),
  });
  const md = renderMarkdown(result);
  // Quick runs are smoke tests: their figures go to the git-ignored tmp/ folder, never to latest.md.
  const dir = quick ? fromRoot('bench', 'results', 'tmp') : fromRoot('bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const name = `${quick ? 'quick' : ladder === 'only' ? '' : 'latest'}${ladder === 'only' ? `${quick ? '-' : ''}ladder` : ''}`;
  fs.writeFileSync(`${dir}/${name}.md`, md);
  fs.writeFileSync(`${dir}/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(md);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error('bench: failed:', err);
  process.exit(1);
});
