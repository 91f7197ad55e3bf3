#!/usr/bin/env node
import fs from 'node:fs';

import { printSchema } from 'graphql';

import { ConfigError, loadConfig } from '../config';
import { Neo4jUnreachableError } from '../db/database';
import { EmbeddedNeo4jError } from '../db/embedded';
import { buildHelixSchema } from '../graphql/schema';
import { ListenError, startHelixgraph } from '../index';
import { BulkImportError } from '../ingest/bulk';
import { DatasetInvalidError } from '../ingest/dataset';
import { ImportIncompleteError } from '../ingest/importer';
import { fromRoot } from '../paths';
import { jsonLogger, textLogger } from '../server/logger';
import { analyticsCommand } from './analytics.command';
import { exportCommand } from './export.command';
import { importCommand } from './import.command';
import { templateCommand } from './template.command';
import { runGenerate, UsageError } from './generate';

const USAGE = `usage: helixgraph <command>

commands:
  start            start Neo4j (embedded unless NEO4J_URI is set) and serve GraphQL
  schema [--check] write schema/schema.graphql from the code (--check: fail if it differs)
  import PATH      validate and import a JSON dataset, an .xlsx workbook or a folder of CSV files
                   (--dry-run, --batch-size N, --by NAME, --comment TEXT)
  template --out FILE.xlsx
                   write an empty survey workbook (headings, drop-down lists, a bilingual dictionary)
  generate --actors N [--seed S] [--out FILE] [--bulk]
                   generate a synthetic ecosystem (ids gen:…, all placeholders) and import it in
                   streamed batches, printing the rate (or write it to FILE as JSON); --bulk
                   writes a new embedded store with Neo4j's offline importer (much faster)
  export --format graphml|gexf|json|jsonld|xlsx [--kinds K,...] [--sector ID] [--province ID]
         [--around ID --depth N] [--out FILE]
                   write the graph or a part of it for Gephi, Cytoscape, networkx, re-import or RDF
  analytics [--exact-up-to N] [--pivots K] [--seed S]
                   recompute the network measures of every actor and store them on the actors
`;

const log = (line: string) => console.log(`helixgraph: ${line}`);

/** Runs `start`: serves until SIGINT/SIGTERM, then shuts down in order and exits. */
async function start(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const logger = config.logFormat === 'json' ? jsonLogger() : textLogger(log);
  const say = (line: string) => logger.info(line);
  const app = await startHelixgraph(config, logger);
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`GraphQL at ${app.url}  (health: /health, readiness: /ready)`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    const force = setTimeout(() => {
      console.error('helixgraph: shutdown took too long; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    app.stop().then(
      () => {
        say('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        console.error(`helixgraph: error while stopping: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/** Writes (or checks) the committed SDL file. */
async function schema(check: boolean): Promise<void> {
  const sdl = `${printSchema(await buildHelixSchema())}\n`;
  const file = fromRoot('schema', 'schema.graphql');
  if (check) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== sdl) {
      console.error('helixgraph: schema/schema.graphql is out of date; run `npm run schema` and commit it');
      process.exit(1);
    }
    log('schema/schema.graphql is up to date');
    return;
  }
  fs.writeFileSync(file, sdl);
  log(`wrote ${file}`);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return start();
    case 'schema':
      return schema(rest.includes('--check'));
    case 'import':
      return importCommand(rest);
    case 'generate':
      return runGenerate(rest, log);
    case 'export':
      return exportCommand(rest);
    case 'template':
      return templateCommand(rest);
    case 'analytics':
      return analyticsCommand(rest);
    default:
      process.stderr.write(USAGE);
      process.exit(command ? 2 : 0);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof EmbeddedNeo4jError || err instanceof UsageError || err instanceof BulkImportError) {
    console.error(`helixgraph: ${err.message}`);
  } else if (err instanceof DatasetInvalidError || err instanceof ImportIncompleteError || err instanceof Neo4jUnreachableError || err instanceof ListenError) {
    console.error(`helixgraph: ${err.message}`);
  } else {
    console.error('helixgraph: failed:', err);
  }
  process.exit(1);
});
