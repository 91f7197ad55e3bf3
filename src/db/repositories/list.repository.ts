import { EVIDENCE_LEVELS } from '../../domain/model';
import { MEASURE_PROPERTIES, type MeasureName } from '../../domain/measures';
import type { Executor } from '../executor';
import { toNodeProps, type NodeProps } from './node.repository';

/** A list filter; null or absent fields do not filter. */
export interface ListFilter {
  labels: readonly string[];
  kinds?: readonly string[] | null;
  spheres?: readonly string[] | null;
  eventKinds?: readonly string[] | null;
  sectorIds?: readonly string[] | null;
  provinceIds?: readonly string[] | null;
  villageIds?: readonly string[] | null;
  programIds?: readonly string[] | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  placeholder?: boolean | null;
  /** Evidence levels the entities and the ties the filters follow must rest on (default: every level). */
  evidence?: readonly string[];
  /** Louvain communities of the stored network measures (m_community). */
  communities?: readonly number[] | null;
  /** A stored network measure within [min, max] (either bound may be absent). */
  measure?: { name: MeasureName; min?: number | null; max?: number | null } | null;
}

export interface ListOrder {
  /** NAME, DATE, LINKS, or a stored network measure (BETWEENNESS, PAGERANK…). */
  sort: string;
  descending: boolean;
}

export function filterParams(f: ListFilter): Record<string, unknown> {
  return {
    labels: f.labels,
    kinds: f.kinds ?? null,
    spheres: f.spheres ?? null,
    eventKinds: f.eventKinds ?? null,
    sectorIds: f.sectorIds ?? null,
    provinceIds: f.provinceIds ?? null,
    villageIds: f.villageIds ?? null,
    programIds: f.programIds ?? null,
    dateFrom: f.dateFrom ?? null,
    dateTo: f.dateTo ?? null,
    placeholder: f.placeholder ?? null,
    evidence: f.evidence ?? EVIDENCE_LEVELS,
    communities: f.communities ?? null,
    measureKey: f.measure ? MEASURE_PROPERTIES[f.measure.name] : null,
    measureMin: f.measure?.min ?? null,
    measureMax: f.measure?.max ?? null,
  };
}

/**
 * Index entries list/findNodesInNameOrder reads at most before the general statement takes over:
 * enough for a page of 100 when the filters keep 0.5% of the entities; at most ~40 ms lost
 * (measured on a million actors) when they keep fewer.
 */
export const NAME_ORDER_SCAN = 20_000;

/** Deeper pages (offset + limit) take the general statement: the window would rarely hold them. */
export const NAME_ORDER_MAX_DEPTH = 2_000;

/**
 * Whether a page can be read in sortName index order (list/findNodesInNameOrder): sorted by name
 * ascending, not deep, and filtered only by what that statement tests.
 */
export function nameOrderApplies(filter: ListFilter, order: ListOrder, offset: number, limit: number): boolean {
  return (
    order.sort === 'NAME' &&
    !order.descending &&
    offset + limit <= NAME_ORDER_MAX_DEPTH &&
    !filter.provinceIds &&
    !filter.villageIds &&
    !filter.programIds &&
    !filter.dateFrom &&
    !filter.dateTo &&
    !filter.communities &&
    !filter.measure
  );
}

/** Filtered, sorted lists of entities and their sizes. */
export class ListRepository {
  /** `nameOrderScan` (tests) changes how many index entries the name-order read may take. */
  constructor(
    private readonly db: Executor,
    private readonly nameOrderScan = NAME_ORDER_SCAN,
  ) {}

  /**
   * `limit` entities matching `filter` in `order`, starting at `offset`. A first page sorted by
   * name is read in index order when the filters allow it (one round trip, a cost independent of
   * the graph's size); when the first NAME_ORDER_SCAN entries by name hold too few matches (a
   * rare label, a small sector) the general statement answers instead, in a second round trip
   * (a bounded cost: one more, however long the list).
   */
  async find(filter: ListFilter, order: ListOrder, offset: number, limit: number): Promise<NodeProps[]> {
    const params = { ...filterParams(filter), ...order, offset, limit };
    if (nameOrderApplies(filter, order, offset, limit)) {
      const [row] = await this.db.read('list/findNodesInNameOrder', { ...params, scan: this.nameOrderScan });
      if (row?.complete === true) return (row.nodes as unknown[]).map(toNodeProps);
    }
    const rows = await this.db.read('list/findNodes', params);
    return rows.map((r) => toNodeProps(r.node));
  }

  /** How many entities match `filter`. */
  async count(filter: ListFilter): Promise<number> {
    const [row] = await this.db.read('list/countNodes', filterParams(filter));
    return (row?.total as number) ?? 0;
  }
}
