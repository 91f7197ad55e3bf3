import type { EvidenceLevel, LinkType, NodeLabel } from '../../domain/model';
import { citedSources, type ExportChange, type ExportLink, type ExportNode, type ExportSource } from '../../domain/exportGraph';
import type { Executor, Row } from '../executor';

/** How many nodes (or start nodes of links, or sources) one statement reads. */
export const EXPORT_BATCH_SIZE = 1000;

/** A node an export is anchored on, missing from the database or of the wrong label. */
export class ExportAnchorError extends Error {
  constructor(
    readonly parameter: string,
    readonly value: string,
    readonly rule: string,
  ) {
    super(`Parameter "${parameter}" ${rule}; got ${JSON.stringify(value)}.`);
    this.name = 'ExportAnchorError';
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const ids = (rows: Row[]) => rows.map((r) => r.id as string);

/** What a neighbourhood walk and its links may follow: some relationship types, some evidence levels (null: any). */
export interface WalkFilter {
  types?: readonly LinkType[] | null;
  evidence?: readonly EvidenceLevel[] | null;
}

/**
 * Reads what an export writes, in batches so that a large graph never travels in one statement:
 * nodes page by page in id order (or by batches of selected ids), links by batches of start nodes,
 * sources by batches of ids. Each batch is its own read transaction.
 */
export class ExportRepository {
  constructor(
    private readonly db: Executor,
    private readonly batchSize = EXPORT_BATCH_SIZE,
  ) {}

  /**
   * The recorded changes touching any of `idList` (null: every change), oldest first, page by page.
   * Entries keep what they touched, not the before and after states (history answers those).
   */
  async changes(idList: readonly string[] | null): Promise<ExportChange[]> {
    const out: ExportChange[] = [];
    for (let after = 0; ; ) {
      const rows = await this.db.read('export/getChanges', { ids: idList, after, limit: this.batchSize });
      for (const row of rows) out.push({ ...(row.change as Omit<ExportChange, 'entries'>), entries: row.entries as ExportChange['entries'] });
      if (rows.length < this.batchSize) return out;
      after = out[out.length - 1].seq;
    }
  }

  /** Every node with one of `labels` (null: every label), page by page in id order. */
  async allNodes(labels: readonly NodeLabel[] | null): Promise<ExportNode[]> {
    const nodes: ExportNode[] = [];
    for (let after = ''; ; ) {
      const rows = await this.db.read('export/getNodesPage', { after, limit: this.batchSize, labels });
      nodes.push(...rows.map((r) => r.node as ExportNode));
      if (rows.length < this.batchSize) return nodes;
      after = nodes[nodes.length - 1].id;
    }
  }

  /** The nodes among `ids` with one of `labels` (null: any), in id order. */
  async nodesByIds(idList: readonly string[], labels: readonly NodeLabel[] | null): Promise<ExportNode[]> {
    const nodes: ExportNode[] = [];
    for (const batch of chunks([...idList].sort(), this.batchSize)) {
      const rows = await this.db.read('export/getNodesByIds', { ids: batch, labels });
      nodes.push(...rows.map((r) => r.node as ExportNode));
    }
    return nodes;
  }

  /**
   * The links from the given nodes to nodes that are exported too: to any node (whole graph), to
   * nodes with one of `labels`, or to nodes among `within` (a selected subset).
   */
  async linksFrom(from: readonly string[], labels: readonly NodeLabel[] | null, within: readonly string[] | null, filter: WalkFilter = {}): Promise<ExportLink[]> {
    const links: ExportLink[] = [];
    for (const batch of chunks(from, this.batchSize)) {
      const rows = await this.db.read('export/getLinksFrom', { ids: batch, labels, within, types: filter.types ?? null, evidence: filter.evidence ?? null });
      links.push(...rows.map((r) => ({ from: r.from as string, type: r.type as string, to: r.to as string, props: r.props as Record<string, unknown> })));
    }
    return links;
  }

  /** Every provenance record, page by page in id order. */
  async allSources(): Promise<ExportSource[]> {
    const sources: ExportSource[] = [];
    for (let after = ''; ; ) {
      const rows = await this.db.read('export/getSourcesPage', { after, limit: this.batchSize });
      sources.push(...rows.map((r) => r.source as ExportSource));
      if (rows.length < this.batchSize) return sources;
      after = sources[sources.length - 1].id;
    }
  }

  /** The provenance records the given nodes and links cite. */
  async citedSources(nodes: readonly ExportNode[], links: readonly ExportLink[]): Promise<ExportSource[]> {
    const cited = new Set<string>();
    for (const n of nodes) citedSources(n).forEach((id) => cited.add(id));
    for (const l of links) citedSources(l.props).forEach((id) => cited.add(id));
    const sources: ExportSource[] = [];
    for (const batch of chunks([...cited].sort(), this.batchSize)) {
      const rows = await this.db.read('export/getSourcesByIds', { ids: batch });
      sources.push(...rows.map((r) => r.source as ExportSource));
    }
    return sources;
  }

  /** A sector's id and the ids of the nodes active in it; ExportAnchorError if there is no such sector. */
  async sectorMembers(id: string): Promise<string[]> {
    const found = ids(await this.db.read('export/findIdsInSector', { id }));
    if (found.length === 0) throw new ExportAnchorError('sector', id, 'must be the id of an existing Sector');
    return found;
  }

  /** A province's id and the ids of the nodes located in it; ExportAnchorError if there is no such province. */
  async provinceMembers(id: string): Promise<string[]> {
    const found = ids(await this.db.read('export/findIdsInProvince', { id }));
    if (found.length === 0) throw new ExportAnchorError('province', id, 'must be the id of an existing Province');
    return found;
  }

  /**
   * A node's id and the ids of every node at most `depth` hops away, walked breadth-first one hop
   * per statement (`depth` statements at most), through relationships and nodes `filter` allows;
   * ExportAnchorError if there is no such node.
   */
  async neighbourhood(id: string, depth: number, filter: WalkFilter = {}): Promise<string[]> {
    const [anchor] = await this.nodesByIds([id], null);
    if (!anchor) throw new ExportAnchorError('around', id, 'must be the id of an existing node');
    const seen = new Set<string>([id]);
    let frontier = [id];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const batch of chunks(frontier, this.batchSize)) {
        for (const found of ids(await this.db.read('export/findNeighbourIds', { ids: batch, types: filter.types ?? null, evidence: filter.evidence ?? null }))) {
          if (!seen.has(found)) {
            seen.add(found);
            next.push(found);
          }
        }
      }
      frontier = next;
    }
    return [...seen].sort();
  }
}
