import { findDuplicatesAmong, findDuplicatesIn, type DuplicateMatch, type NamedRecord } from '../domain/duplicates';
import { evidenceOf } from '../domain/evidence';
import type { Executor } from '../db/executor';
import { findStoredCandidates, storedPlaces } from '../db/repositories/duplicate.repository';
import type { Dataset, NodeRecord } from './dataset';
import type { RecordLines } from './validate';

/**
 * A likely duplicate of a record being written: the domain's match (rule, names, similarity,
 * places, reason) with where the record is (file, line, `nodes[i]`) and whether the other record is
 * in the same input or already in the store. A warning: the write goes ahead.
 */
export interface DuplicateWarning extends DuplicateMatch {
  within: 'INPUT' | 'STORE';
  file: string;
  line?: number;
  record: string;
  /** For a duplicate within the input: where the other record is. */
  otherRecord?: string;
  otherLine?: number;
}

/** Formats a warning as one line: `survey.json:12 nodes[3] (village:x): likely a duplicate of …`. */
export function formatDuplicate(w: DuplicateWarning): string {
  const where = w.line === undefined ? w.file : `${w.file}:${w.line}`;
  const other = w.within === 'INPUT' ? ` (in the input, ${w.otherRecord}${w.otherLine === undefined ? '' : ` line ${w.otherLine}`})` : ' (in the store)';
  return `${where} ${w.record} (${w.id}): ${w.reason}${other}`;
}

const namesOf = (n: NodeRecord) => [n.name, n.nameEn, n.shortName].filter((x): x is string => typeof x === 'string' && x.trim() !== '');

/**
 * Likely duplicates of the nodes of a valid dataset, among themselves and against the store. A
 * node's places are the provinces and villages its LOCATED_IN links of this input point to (not
 * SYNTHETIC ones), the places those are in (from the input or the store), and, for a node that
 * already exists, the places the store has for it.
 */
export async function findDatasetDuplicates(db: Executor, dataset: Dataset, file: string, lines: RecordLines = {}): Promise<DuplicateWarning[]> {
  const nodes = dataset.nodes ?? [];
  if (nodes.length === 0) return [];
  const located = new Map<string, string[]>();
  for (const l of dataset.links ?? []) {
    if (l.type !== 'LOCATED_IN' || evidenceOf(l) === 'SYNTHETIC') continue;
    located.set(l.from, [...(located.get(l.from) ?? []), l.to]);
  }
  const targets = [...new Set([...located.values()].flat())];
  const stored = await storedPlaces(db, [...nodes.map((n) => n.id), ...targets]);
  const placesOf = (id: string): string[] => {
    const direct = located.get(id) ?? [];
    const through = direct.flatMap((t) => [...(located.get(t) ?? []), ...(stored.get(t) ?? [])]);
    return [...new Set([...direct, ...through, ...(stored.get(id) ?? [])])];
  };
  const records: NamedRecord[] = nodes.map((n) => ({ id: n.id, label: n.label, names: namesOf(n), places: placesOf(n.id) }));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const inInput = new Set(index.keys());
  const nodeFile = lines.files?.nodes ?? file;
  const at = (id: string) => ({ record: `nodes[${index.get(id)}]`, line: lines.nodes?.[index.get(id)!] });

  const among = findDuplicatesAmong(records).map((m): DuplicateWarning => {
    const other = at(m.otherId);
    return { ...m, within: 'INPUT', file: nodeFile, ...at(m.id), otherRecord: other.record, otherLine: other.line };
  });
  const existing = (await findStoredCandidates(db, records)).filter((e) => !inInput.has(e.id));
  const store = findDuplicatesIn(records, existing).map((m): DuplicateWarning => ({ ...m, within: 'STORE', file: nodeFile, ...at(m.id) }));
  return [...among, ...store].sort((a, b) => index.get(a.id)! - index.get(b.id)! || a.otherId.localeCompare(b.otherId));
}
