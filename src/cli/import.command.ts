import os from 'node:os';

import { importPath } from '../ingest/input';
import { formatSummary, progressReporter } from './progress';
import { withDatabase } from './withDatabase';

export const IMPORT_USAGE = `usage: helixgraph import PATH [--batch-size N] [--dry-run] [--by NAME] [--comment TEXT]

PATH is a JSON dataset file, an .xlsx workbook (sheets sources, nodes, links) or a folder of CSV
files (sources.csv, nodes.csv, links.csv); see docs/import-format.md. The whole input is checked
first and every problem is listed with its file and line (sheet, row and column for a workbook);
nothing is written unless it is all valid. Records are upserted by id. Every transaction is
recorded in the change history as an IMPORT by NAME (default cli:<your user name>) with the comment.`;

const VALUE_OPTIONS = ['--batch-size', '--by', '--comment'];

/** `helixgraph import PATH`: validate, then write in batches with progress; print the summary. */
export async function importCommand(args: string[]): Promise<void> {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dryRun = args.includes('--dry-run');
  const batchSize = value('--batch-size') === undefined ? 5000 : Number(value('--batch-size'));
  const by = value('--by') ?? `cli:${os.userInfo().username}`;
  const comment = value('--comment') ?? null;
  const paths = args.filter((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.includes(args[i - 1]));
  if (paths.length !== 1 || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000 || !/^[A-Za-z0-9._@:-]{1,64}$/.test(by)) {
    process.stderr.write(`${IMPORT_USAGE}\n`);
    process.exit(2);
  }
  await withDatabase(async (db) => {
    const summary = await importPath(db.executor, paths[0], { batchSize, dryRun, onProgress: progressReporter(), change: { by, comment: comment ?? undefined } });
    console.log(`helixgraph: ${formatSummary(paths[0], summary, dryRun)}`);
  });
}
