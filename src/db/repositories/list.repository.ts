import { MEASURE_PROPERTIES, type MeasureName } from '../../analytics/measures';
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

function filterParams(f: ListFilter): Record<string, unknown> {
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
    communities: f.communities ?? null,
    measureKey: f.measure ? MEASURE_PROPERTIES[f.measure.name] : null,
    measureMin: f.measure?.min ?? null,
    measureMax: f.measure?.max ?? null,
  };
}

/** Filtered, sorted lists of entities and their sizes. */
export class ListRepository {
  constructor(private readonly db: Executor) {}

  /** `limit` entities matching `filter` in `order`, starting at `offset`. */
  async find(filter: ListFilter, order: ListOrder, offset: number, limit: number): Promise<NodeProps[]> {
    const rows = await this.db.read('list/findNodes', { ...filterParams(filter), ...order, offset, limit });
    return rows.map((r) => toNodeProps(r.node));
  }

  /** How many entities match `filter`. */
  async count(filter: ListFilter): Promise<number> {
    const [row] = await this.db.read('list/countNodes', filterParams(filter));
    return (row?.total as number) ?? 0;
  }
}
