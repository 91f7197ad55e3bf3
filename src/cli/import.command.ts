import { importPath } from '../ingest/input';
import { formatSummary, progressReporter } from './progress';
import { withDatabase } from './withDatabase';

export const IMPORT_USAGE = `usage: helixgraph import PATH [--batch-size N] [--dry-run]

PATH is a JSON dataset file or a folder of CSV files (sources.csv, nodes.csv, links.csv); see
docs/import-format.md. The whole input is checked first and every problem is listed with its
file and line; nothing is written unless it is all valid. Records are upserted by id.`;

/** `helixgraph import PATH`: validate, then write in batches with progress; print the summary. */
export async function importCommand(args: string[]): Promise<void> {
  const dryRun = args.includes('--dry-run');
  const batchIndex = args.indexOf('--batch-size');
  const batchSize = batchIndex >= 0 ? Number(args[batchIndex + 1]) : 5000;
  const paths = args.filter((a, i) => !a.startsWith('--') && (batchIndex < 0 || i !== batchIndex + 1));
  if (paths.length !== 1 || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    process.stderr.write(`${IMPORT_USAGE}\n`);
    process.exit(2);
  }
  await withDatabase(async (db) => {
    const summary = await importPath(db.executor, paths[0], { batchSize, dryRun, onProgress: progressReporter() });
    console.log(`helixgraph: ${formatSummary(paths[0], summary, dryRun)}`);
  });
}
