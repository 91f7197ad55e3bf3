import fs from 'node:fs';

import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { applyMigrations } from '../db/migrations';
import { bulkImport } from '../ingest/bulk';
import { generateBatches, MAX_GENERATED_ACTORS, planDataset } from '../ingest/generate';
import { importRecords } from '../ingest/stream';

export interface GenerateArgs {
  actors: number;
  seed: number;
  /** Write the dataset as JSON to this file instead of importing it. */
  out?: string;
  batchSize: number;
  /** Load a new embedded store with Neo4j's offline importer (src/ingest/bulk.ts) instead of Cypher. */
  bulk: boolean;
}

/** A bad command-line argument: one line naming it, the value and what was expected. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses `--actors N --seed S [--out FILE] [--batch-size N] [--bulk]`. */
export function parseGenerateArgs(argv: string[]): GenerateArgs {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const integer = (flag: string, fallback: number | undefined, min: number, max: number): number => {
    const raw = value(flag);
    if (raw === undefined) {
      if (fallback === undefined) throw new UsageError(`generate needs ${flag} N (an integer from ${min} to ${max})`);
      return fallback;
    }
    const n = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`Invalid ${flag} ${JSON.stringify(raw)}: expected an integer from ${min} to ${max}`);
    return n;
  };
  return {
    actors: integer('--actors', undefined, 1, MAX_GENERATED_ACTORS),
    seed: integer('--seed', 1, -2147483648, 4294967295),
    out: value('--out'),
    batchSize: integer('--batch-size', 20_000, 100, 1_000_000),
    bulk: argv.includes('--bulk'),
  };
}

/**
 * `helixgraph generate --actors N --seed S`: generates a synthetic ecosystem and imports it through
 * the importer in streamed batches (or writes it to `--out FILE`), printing the import rate.
 */
export async function runGenerate(argv: string[], log: (line: string) => void): Promise<void> {
  const args = parseGenerateArgs(argv);
  const plan = planDataset(args.actors);
  log(`generating ${args.actors} actors (seed ${args.seed}): ${plan.villages} villages, ${plan.events} events, ${plan.projects} projects, ${plan.sources} sources`);
  if (args.out) {
    const fd = fs.openSync(args.out, 'w');
    const parts: Record<'sources' | 'nodes' | 'links', string[]> = { sources: [], nodes: [], links: [] };
    // Small enough for one file: collect record lines, then write the three arrays.
    for (const batch of generateBatches({ actors: args.actors, seed: args.seed, batchSize: args.batchSize })) {
      for (const key of ['sources', 'nodes', 'links'] as const) for (const r of batch[key]) parts[key].push(`    ${JSON.stringify(r)}`);
    }
    fs.writeSync(fd, `{\n  "format": "helixgraph-dataset",\n  "version": 1,\n`);
    (['sources', 'nodes', 'links'] as const).forEach((key, i) => fs.writeSync(fd, `  "${key}": [\n${parts[key].join(',\n')}\n  ]${i < 2 ? ',' : ''}\n`));
    fs.writeSync(fd, '}\n');
    fs.closeSync(fd);
    log(`wrote ${args.out}: ${parts.sources.length} sources, ${parts.nodes.length} nodes, ${parts.links.length} links`);
    return;
  }
  const config = loadConfig();
  if (args.bulk) {
    if (config.neo4j.mode !== 'embedded') throw new UsageError('--bulk writes a new embedded store: unset NEO4J_URI (it cannot load a running external Neo4j)');
    const summary = await bulkImport(generateBatches({ actors: args.actors, seed: args.seed, batchSize: args.batchSize }), `generated:${args.actors}:${args.seed}`, {
      dataDir: config.neo4j.dataDir,
      log,
    });
    log(`wrote ${summary.rows} rows in ${summary.seconds.toFixed(1)} s: ${summary.rowsPerSecond} rows/s end to end (generate + validate + CSV ${summary.csvSeconds.toFixed(1)} s, Neo4j's importer ${summary.importSeconds.toFixed(1)} s = ${summary.importRowsPerSecond} rows/s)`);
    const db = await openDatabase(config);
    try {
      // The migrations create the constraints and indexes on the loaded data (and wait for them).
      const t = process.hrtime.bigint();
      await applyMigrations(db.executor);
      const indexSeconds = Number(process.hrtime.bigint() - t) / 1e9;
      log(`migrations (constraints, indexes) run on the loaded data in ${indexSeconds.toFixed(1)} s; the store in ${config.neo4j.dataDir} is ready for \`helixgraph start\``);
    } finally {
      await db.close();
    }
    return;
  }
  const db = await openDatabase(config);
  try {
    await applyMigrations(db.executor);
    let last = 0;
    const summary = await importRecords(db.executor, generateBatches({ actors: args.actors, seed: args.seed, batchSize: args.batchSize }), `generated:${args.actors}:${args.seed}`, {
      onBatch: (s) => {
        if (s.seconds - last >= 5) {
          last = s.seconds;
          log(`  ${s.rows} rows in ${s.seconds.toFixed(0)} s (${s.rowsPerSecond} rows/s)`);
        }
      },
    });
    const c = (x: { created: number; updated: number; unchanged: number }) => `${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`;
    log(`sources: ${c(summary.sources)}; nodes: ${c(summary.nodes)}; links: ${c(summary.links)}`);
    log(
      `imported ${summary.rows} rows in ${summary.batches} batches in ${summary.seconds.toFixed(1)} s: ` +
        `${summary.rowsPerSecond} rows/s end to end (generate + validate + write), ${summary.writeRowsPerSecond} rows/s in the write phase`,
    );
  } finally {
    await db.close();
  }
}
