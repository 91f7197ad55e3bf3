import type { Executor } from '../../db/executor';
import { ExportRepository } from '../../db/repositories/export.repository';
import { toGexf } from './gexf';
import type { ExportGraph } from './graph';
import { toGraphml } from './graphml';
import { toJson } from './json';
import { toJsonld } from './jsonld';
import { describeSelection, EXPORT_FORMATS, exportFileName, type ExportFormat, type ExportOptions, type ExportSelection } from './options';

const SERIALIZERS: Record<ExportFormat, (graph: ExportGraph) => string> = {
  graphml: toGraphml,
  gexf: toGexf,
  json: toJson,
  jsonld: toJsonld,
};

/** An export ready to write or send. */
export interface ExportFile {
  body: string;
  contentType: string;
  fileName: string;
  nodes: number;
  links: number;
  sources: number;
}

function intersect(sets: string[][]): string[] {
  const [first, ...rest] = sets;
  const others = rest.map((s) => new Set(s));
  return first.filter((id) => others.every((s) => s.has(id)));
}

/**
 * Reads the part of the graph a selection names. The whole graph carries every source; a part
 * carries its nodes, the links among them and every source they cite, so that it stands on its own
 * (its JSON export imports cleanly into an empty database). Anchored criteria (sector, province,
 * around) are resolved to id sets first and intersected; `kinds` then filters by label.
 */
export async function readExportGraph(db: Executor, selection: ExportSelection, withChanges = false): Promise<ExportGraph> {
  const repo = new ExportRepository(db);
  const labels = selection.kinds ?? null;
  const anchored: string[][] = [];
  if (selection.sector) anchored.push(await repo.sectorMembers(selection.sector));
  if (selection.province) anchored.push(await repo.provinceMembers(selection.province));
  const walk = { types: selection.around?.linkTypes ?? null, evidence: selection.around?.evidence ?? null };
  if (selection.around) anchored.push(await repo.neighbourhood(selection.around.id, selection.around.depth, walk));
  const description = describeSelection(selection);

  if (anchored.length === 0) {
    const nodes = await repo.allNodes(labels);
    const links = await repo.linksFrom(
      nodes.map((n) => n.id),
      labels,
      null,
    );
    const sources = labels === null ? await repo.allSources() : await repo.citedSources(nodes, links);
    const changes = withChanges ? await repo.changes(labels === null ? null : [...nodes.map((n) => n.id), ...sources.map((s) => s.id)]) : undefined;
    return { description, nodes, links, sources, changes };
  }
  const nodes = await repo.nodesByIds(intersect(anchored), labels);
  const selected = nodes.map((n) => n.id);
  const links = await repo.linksFrom(selected, null, selected, walk);
  const sources = await repo.citedSources(nodes, links);
  const changes = withChanges ? await repo.changes([...selected, ...sources.map((s) => s.id)]) : undefined;
  return { description, nodes, links, sources, changes };
}

/** Reads the selected part of the graph and writes it in the requested format. */
export async function exportGraph(db: Executor, options: ExportOptions): Promise<ExportFile> {
  // JSON-LD states the change history as PROV activities; the other formats carry the graph alone.
  const graph = await readExportGraph(db, options.selection, options.format === 'jsonld');
  return {
    body: SERIALIZERS[options.format](graph),
    contentType: EXPORT_FORMATS[options.format].contentType,
    fileName: exportFileName(options),
    nodes: graph.nodes.length,
    links: graph.links.length,
    sources: graph.sources.length,
  };
}
