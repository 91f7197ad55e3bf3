import { writeTemplateWorkbook } from '../ingest/xlsx';

export const TEMPLATE_USAGE = `usage: helixgraph template --out FILE.xlsx

Writes an empty survey workbook for helixgraph import: sheets sources, nodes and links with the
import format's column headings and drop-down lists for the enumerated columns (label, type,
evidence, sphere, kind, currency, status), and a dictionary sheet naming every label, property,
relationship type and evidence level in Vietnamese and English.`;

/** `helixgraph template --out FILE.xlsx`: writes the survey workbook; needs no database. */
export async function templateCommand(args: string[]): Promise<void> {
  const i = args.indexOf('--out');
  const out = i >= 0 ? args[i + 1] : undefined;
  if (!out || !/\.xlsx$/i.test(out) || args.length !== 2) {
    process.stderr.write(`${TEMPLATE_USAGE}\n`);
    process.exit(2);
  }
  await writeTemplateWorkbook(out);
  console.log(`helixgraph: wrote the survey template to ${out}`);
}
