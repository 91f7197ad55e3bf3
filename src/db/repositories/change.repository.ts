import type { ExportChange } from '../../domain/exportGraph';
import type { Executor, Row } from '../executor';

/** Internal bookkeeping kept on stored records, never answered in a change's before/after. */
const BOOKKEEPING = new Set(['contentHash', 'searchName', 'searchText', 'sortName', '_writeLock']);

/** One node, source or relationship a change touched, as it was before and after. */
export interface ChangeEntryRow {
  kind: 'node' | 'source' | 'link';
  target: string;
  type: string | null;
  from: string | null;
  to: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Properties whose value differs between before and after (added, removed or changed). */
  changedProperties: string[];
}

/** A recorded change: who, when, what, why, on which sources (the domain's ExportChange), with its entries as stored. */
export interface ChangeRow extends Omit<ExportChange, 'entries'> {
  entryCount: number;
  entries: ChangeEntryRow[];
}

export interface ChangeFilter {
  since: string | null;
  until: string | null;
  operations: string[] | null;
  by: string | null;
}

/** Most entries answered per change (an import's change may hold thousands). */
export const ENTRY_LIMIT = 100;

function clean(state: unknown): Record<string, unknown> | null {
  if (state === null || state === undefined) return null;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(state as object).sort()) if (!BOOKKEEPING.has(key)) out[key] = (state as Record<string, unknown>)[key];
  return out;
}

function changed(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null)).sort();
}

function toChange(row: Row): ChangeRow {
  const c = row.change as Record<string, unknown>;
  return {
    id: String(c.id),
    seq: Number(c.seq),
    at: String(c.at),
    by: String(c.by),
    operation: String(c.operation),
    comment: (c.comment as string | null) ?? null,
    sourceIds: (c.sourceIds as string[] | null) ?? [],
    restores: (c.restores as string | null) ?? null,
    entryCount: Number(row.entryCount ?? 0),
    entries: ((row.entries as Row[]) ?? []).map((e) => {
      const before = clean(e.before);
      const after = clean(e.after);
      return {
        kind: e.kind as ChangeEntryRow['kind'],
        target: String(e.target),
        type: (e.type as string | null) ?? null,
        from: (e.from as string | null) ?? null,
        to: (e.to as string | null) ?? null,
        before,
        after,
        changedProperties: changed(before, after),
      };
    }),
  };
}

/** Reads the change history (the write side is src/ingest/changes.ts). */
export class ChangeRepository {
  constructor(private readonly db: Executor) {}

  /** A page of the changes that touched `target` (an id, or TYPE|from|to), newest first. */
  async historyOf(target: string, withLinks: boolean, offset: number, limit: number): Promise<ChangeRow[]> {
    const rows = await this.db.read('change/findChangesOfTarget', { target, withLinks, offset, limit, entryLimit: ENTRY_LIMIT });
    return rows.map(toChange);
  }

  async countHistoryOf(target: string, withLinks: boolean): Promise<number> {
    const [row] = await this.db.read('change/countChangesOfTarget', { target, withLinks });
    return Number(row?.total ?? 0);
  }

  /** A page of the changes of the whole graph that match `filter`, newest first. */
  async changes(filter: ChangeFilter, offset: number, limit: number): Promise<ChangeRow[]> {
    const rows = await this.db.read('change/findChanges', { ...filter, offset, limit, entryLimit: ENTRY_LIMIT });
    return rows.map(toChange);
  }

  async countChanges(filter: ChangeFilter): Promise<number> {
    const [row] = await this.db.read('change/countChanges', { ...filter });
    return Number(row?.total ?? 0);
  }
}
