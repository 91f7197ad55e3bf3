import fs from 'node:fs';

import { ExportAnchorError } from '../db/repositories/export.repository';
import { exportGraph, readExportGraph } from '../ingest/export/export';
import { toDataset } from '../ingest/export/json';
import { writeDatasetWorkbook } from '../ingest/xlsx';
import { EXPORT_PARAMETERS, ExportParameterError, parseExportOptions, type RawExportParameters } from '../ingest/export/options';
import { withDatabase } from './withDatabase';

export const EXPORT_USAGE = `usage: helixgraph export --format graphml|gexf|json|jsonld|xlsx [--kinds ENTERPRISE,...]
                        [--sector ID] [--province ID] [--around ID [--depth 1..3] [--linkTypes T,...] [--evidence E,...]] [--out FILE]

Writes the whole graph, or the nodes the options select (they combine with AND), the links among
them and the sources they cite, to FILE or to standard output. json is the import format
(docs/import-format.md); graphml and gexf open in Gephi, Cytoscape and networkx; jsonld carries
PROV-O provenance for every node and link and a prov:Activity for every recorded change; xlsx (to
--out FILE.xlsx only) is the import format as a workbook (sheets sources, nodes, links).`;

/** Reads `--name value` and `--name=value` flags; anything else is a usage error. */
export function parseExportFlags(args: readonly string[]): { parameters: RawExportParameters; out?: string } {
  const parameters: RawExportParameters = {};
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const m = /^--([A-Za-z]+)(?:=(.*))?$/.exec(args[i]);
    if (!m) throw new ExportParameterError(args[i], args[i], 'is not an option of export (options start with --)');
    const [, name, inline] = m;
    const value = inline ?? args[++i];
    if (value === undefined) throw new ExportParameterError(name, undefined, 'needs a value');
    if (name === 'out') out = value;
    else if ((EXPORT_PARAMETERS as readonly string[]).includes(name)) parameters[name] = value;
    else throw new ExportParameterError(name, value, `is not an option of export (known: ${[...EXPORT_PARAMETERS, 'out'].join(', ')})`);
  }
  return { parameters, out };
}

/** `helixgraph export`: validates the options, reads the selection in batches, writes the file. */
export async function exportCommand(args: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseExportFlags>;
  let options: ReturnType<typeof parseExportOptions>;
  let xlsx = false;
  try {
    parsed = parseExportFlags(args);
    // A workbook holds what the json format holds: the selection is parsed as for json.
    xlsx = parsed.parameters.format === 'xlsx';
    if (xlsx && !/\.xlsx$/i.test(parsed.out ?? '')) throw new ExportParameterError('out', parsed.out, 'must name an .xlsx file with --format xlsx');
    options = parseExportOptions(xlsx ? { ...parsed.parameters, format: 'json' } : parsed.parameters);
  } catch (err) {
    if (!(err instanceof ExportParameterError)) throw err;
    process.stderr.write(`helixgraph: ${err.message}\n\n${EXPORT_USAGE}\n`);
    process.exit(2);
  }
  try {
    await withDatabase(async (db) => {
      const started = Date.now();
      if (xlsx) {
        const graph = await readExportGraph(db.executor, options.selection);
        await writeDatasetWorkbook(toDataset(graph), parsed.out!);
        console.error(`helixgraph: wrote ${graph.nodes.length} nodes, ${graph.links.length} links and ${graph.sources.length} sources as xlsx to ${parsed.out}`);
        return;
      }
      const file = await exportGraph(db.executor, options);
      if (parsed.out) fs.writeFileSync(parsed.out, file.body);
      else process.stdout.write(file.body);
      const where = parsed.out ?? 'standard output';
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.error(`helixgraph: wrote ${file.nodes} nodes, ${file.links} links and ${file.sources} sources as ${options.format} to ${where} in ${seconds} s`);
    });
  } catch (err) {
    if (!(err instanceof ExportAnchorError)) throw err;
    console.error(`helixgraph: ${err.message}`);
    process.exit(2);
  }
}
