import { evidenceOf, propertyEvidenceOf } from '../../domain/evidence';
import type { Executor, Row } from '../executor';

/** A node's properties, with the flags every entity exposes made explicit. */
export type NodeProps = Record<string, unknown> & { id: string; label: string; sourceIds?: string[] };

/**
 * Normalizes stored properties: the evidence level made explicit (from the earlier flags for
 * records imported before levels existed), the per-property levels parsed, flags default to false.
 */
export function toNodeProps(raw: unknown): NodeProps {
  const p = raw as NodeProps;
  return {
    ...p,
    evidence: evidenceOf(p),
    propertyEvidenceList: propertyEvidenceOf(p.propertyEvidence),
    placeholder: p.placeholder === true,
    estimate: p.estimate === true,
  };
}

/** The evidence fields of a stored relationship's properties, for the API's Link types. */
export function linkEvidence(props: Record<string, unknown>) {
  return {
    evidence: evidenceOf(props),
    evidenceNote: props.evidenceNote as string | undefined,
    placeholder: props.placeholder === true,
    estimate: props.estimate === true,
  };
}

/** Which relationships of a node to read, and which page of them. */
export interface LinkQuery {
  id: string;
  types: readonly string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  labels: readonly string[] | null;
  /** Evidence levels of the relationships (and far nodes) to read; null: any. */
  evidence: readonly string[] | null;
  /** The keyset position to start after ([type, case-folded name, id, relationship id]), or null. */
  after: readonly string[] | null;
  limit: number;
}

export interface LinkItem {
  type: string;
  outgoing: boolean;
  link: Record<string, unknown>;
  node: NodeProps;
  /** The item's keyset position (see LinkQuery.after). */
  _c: [string, string, string, string];
}

export interface LinkPage {
  total: number;
  items: LinkItem[];
}

/** The key DataLoader caches a LinkQuery under. */
export function linkQueryKey(q: LinkQuery): string {
  return JSON.stringify([q.id, q.types, q.direction, q.labels, q.evidence, q.after, q.limit]);
}

/** Batch reads of nodes, sources and relationships: each method is one round trip. */
export class NodeRepository {
  constructor(private readonly db: Executor) {}

  /** Nodes by id, in the order asked, null for unknown ids. */
  async getNodes(ids: readonly string[]): Promise<Array<NodeProps | null>> {
    const rows = await this.db.read('node/getNodesByIds', { ids });
    return rows.map((r) => (r.node ? toNodeProps(r.node) : null));
  }

  /** Sources by id, in the order asked, null for unknown ids. */
  async getSources(ids: readonly string[]): Promise<Array<Row | null>> {
    const rows = await this.db.read('node/getSourcesByIds', { ids });
    return rows.map((r) => (r.source as Row | null) ?? null);
  }

  /** One page of relationships for each query, in the order asked. */
  async getLinks(queries: readonly LinkQuery[]): Promise<LinkPage[]> {
    // Each query is keyed by its position in the batch (not its JSON, which doubled the bytes sent).
    const keys = queries.map((q, key) => ({ key, id: q.id, types: q.types, direction: q.direction, labels: q.labels, evidence: q.evidence, after: q.after, limit: q.limit }));
    const rows = await this.db.read('node/getLinksOfNodes', { keys });
    const byKey = new Map(rows.map((r) => [r.key as number, r]));
    return keys.map((k) => {
      const row = byKey.get(k.key);
      if (!row) return { total: 0, items: [] };
      const items = (row.items as Array<Omit<LinkItem, 'node'> & { node: unknown }>).map((i) => ({ ...i, node: toNodeProps(i.node) }));
      return { total: row.total as number, items };
    });
  }

  /** Number of relationships of each node, in the order asked (0 for unknown ids). */
  async getDegrees(ids: readonly string[]): Promise<number[]> {
    const rows = await this.db.read('node/countLinksOfNodes', { ids });
    const byId = new Map(rows.map((r) => [r.id as string, r.degree as number]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  /** Whether the database holds no entity yet. */
  async isEmpty(): Promise<boolean> {
    const [row] = await this.db.read('node/countEmptyDatabase');
    return (row?.entities as number) === 0;
  }
}
