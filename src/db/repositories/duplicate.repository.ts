import { nameWords, type NamedRecord } from '../../domain/duplicates';
import type { Executor, Row } from '../executor';

/** Most stored candidates read per name key and per place (the reads stay bounded on a large store). */
export const CANDIDATE_LIMIT = 50;

/** Items sent per read (a large import asks in several round trips). */
const ITEMS_PER_READ = 500;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const toRecord = (r: Row): NamedRecord => ({ id: String(r.id), label: String(r.label), names: (r.names as string[]) ?? [], places: (r.places as string[]) ?? [] });

/** The places (provinces, villages) each stored entity of `ids` is located in (ids that do not exist are absent). */
export async function storedPlaces(db: Executor, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const part of chunks([...new Set(ids)], ITEMS_PER_READ)) {
    for (const r of await db.read('duplicate/getPlacesOf', { ids: part })) out.set(String(r.id), (r.places as string[]) ?? []);
  }
  return out;
}

/**
 * The stored entities that may be duplicates of `candidates`: those of the same label whose search
 * names hold every word of one of a candidate's name keys (full-text index), and those of the same
 * label located in one of a candidate's places; at most CANDIDATE_LIMIT per key and per place.
 * The caller decides which are duplicates (src/domain/duplicates.ts).
 */
export async function findStoredCandidates(db: Executor, candidates: readonly NamedRecord[]): Promise<NamedRecord[]> {
  const byName = new Map<string, { key: string; label: string; query: string }>();
  const byPlace = new Map<string, { place: string; label: string }>();
  for (const c of candidates) {
    for (const name of c.names) {
      const words = nameWords(name).slice(0, 12);
      if (words.length === 0) continue;
      const key = `${c.label}|${words.join(' ')}`;
      // Folded words hold only letters and digits: nothing of Lucene's syntax can get in.
      if (!byName.has(key)) byName.set(key, { key, label: c.label, query: `searchName:(${words.join(' AND ')})` });
    }
    for (const place of c.places) byPlace.set(`${c.label}|${place}`, { place, label: c.label });
  }
  const found = new Map<string, NamedRecord>();
  for (const items of chunks([...byName.values()], ITEMS_PER_READ)) {
    for (const r of await db.read('duplicate/findByNameTerms', { items, limit: CANDIDATE_LIMIT })) found.set(String(r.id), toRecord(r));
  }
  for (const items of chunks([...byPlace.values()], ITEMS_PER_READ)) {
    for (const r of await db.read('duplicate/findInPlaces', { items, limit: CANDIDATE_LIMIT })) found.set(String(r.id), toRecord(r));
  }
  return [...found.values()];
}
