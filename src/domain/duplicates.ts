/**
 * Likely duplicates: two records of the same label that may name one thing, e.g. "Làng gốm Bát
 * Tràng" and "Bat Trang pottery village" imported from two surveys. Pure logic, no I/O; the
 * importer and the curation mutations feed it the records they write and the ones the store holds.
 *
 * A match is a warning with its evidence (which rule, which names, the similarity, the place
 * shared), never a decision: only a curator's `mergeEntities` makes two records one.
 *
 * The two rules, both only between records of the same label:
 *
 *  - SAME_NAME: one name of each (name, English name or short name), folded as search folds it
 *    (src/domain/search.ts: diacritics and case removed, đ → d, punctuation dropped) and with
 *    the generic words that say what kind of thing it is dropped ("làng", "làng nghề", "village",
 *    "craft village", "công ty TNHH", "Co., Ltd", …), is the same. No place is needed.
 *  - SIMILAR_NAME: the two records share a province or village they are located in (a LOCATED_IN
 *    relationship that is not SYNTHETIC, directly or through their village) and their names are at
 *    least SIMILARITY_THRESHOLD similar: the Sørensen–Dice coefficient of the character bigrams of
 *    their words, taken as a set (order does not matter), after the generic words are dropped and a
 *    few English craft words are read as their Vietnamese equivalent (pottery → gốm, silk → lụa,
 *    …, CRAFT_WORDS). Names whose numbers differ ("HC-01", "HC-02") are never similar.
 *
 * So "Làng gốm Bát Tràng" and "Bat Trang pottery village" are reported when either record carries
 * the other's name (an English name beside the Vietnamese one: SAME_NAME), or when both are located
 * in Hà Nội (SIMILAR_NAME, similarity 1.00); with neither, they are not: two names in two
 * languages and nothing else in common are too little to call them likely the same.
 */
import { searchTerms } from './search';

/** The similarity (0..1) at or above which two names in a shared place are reported. */
export const SIMILARITY_THRESHOLD = 0.8;

/**
 * Word sequences that say what kind of thing a name names rather than which one, dropped from a
 * name before it is compared (longest first). "nghề" or "công" alone are kept: "công nghệ" is
 * technology, not a generic word.
 */
export const GENERIC_PHRASES: readonly string[] = [
  'lang nghe truyen thong',
  'lang nghe',
  'lang',
  'traditional craft village',
  'craft village',
  'village',
  'cong ty co phan',
  'cong ty tnhh',
  'cong ty',
  'co phan',
  'tnhh',
  'hop tac xa',
  'cooperative',
  'company limited',
  'company',
  'co ltd',
  'ltd',
  'jsc',
];

/** English craft words read as the folded Vietnamese word for similarity (not for SAME_NAME). */
export const CRAFT_WORDS: Readonly<Record<string, string>> = {
  pottery: 'gom',
  ceramic: 'gom',
  ceramics: 'gom',
  porcelain: 'su',
  silk: 'lua',
  rattan: 'may',
  bamboo: 'tre',
  lacquer: 'son',
  embroidery: 'theu',
  incense: 'huong',
  wood: 'go',
  woodwork: 'go',
  carpentry: 'moc',
  bronze: 'dong',
  silver: 'bac',
  stone: 'da',
  weaving: 'det',
  paper: 'giay',
  hat: 'non',
  hats: 'non',
};

const PHRASES = GENERIC_PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** The folded words of a name with the generic phrases dropped (all of them when nothing else is left). */
export function nameWords(name: string): string[] {
  const words = searchTerms(name, 1000);
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = PHRASES.find((p) => p.every((w, j) => words[i + j] === w));
    if (phrase) i += phrase.length;
    else kept.push(words[i++]);
  }
  return kept.length > 0 ? kept : words;
}

/** The key two names share under SAME_NAME: `nameWords` joined by spaces ("" for a name without letters or digits). */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** The words compared by similarity: nameWords with the craft words read in Vietnamese, as a sorted set. */
export function similarityWords(name: string): string[] {
  return [...new Set(nameWords(name).map((w) => CRAFT_WORDS[w] ?? w))].sort();
}

function bigrams(words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) {
    const padded = `_${w}_`;
    for (let i = 0; i < padded.length - 1; i++) {
      const g = padded.slice(i, i + 2);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
  }
  return out;
}

const numbersOf = (words: readonly string[]) => words.filter((w) => /\d/.test(w)).join(' ');

/**
 * How similar two names are, 0..1: the Sørensen–Dice coefficient of the character bigrams of their
 * similarity words (each word padded, so "bat" and "tab" differ); 0 when their numbers differ or
 * either has no word.
 */
export function nameSimilarity(a: string, b: string): number {
  const wa = similarityWords(a);
  const wb = similarityWords(b);
  if (wa.length === 0 || wb.length === 0 || numbersOf(wa) !== numbersOf(wb)) return 0;
  const ga = bigrams(wa);
  const gb = bigrams(wb);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/** A record as duplicate detection sees it. */
export interface NamedRecord {
  id: string;
  label: string;
  /** Its names: name, English name, short name (absent ones left out). */
  names: readonly string[];
  /** Ids of the provinces and villages it is located in (not by a synthetic assignment). */
  places: readonly string[];
}

export type DuplicateRule = 'SAME_NAME' | 'SIMILAR_NAME';

/** Why `id` may be the same thing as `otherId`: the evidence, never a verdict. */
export interface DuplicateMatch {
  rule: DuplicateRule;
  id: string;
  otherId: string;
  label: string;
  /** The names compared: one of each record's names. */
  name: string;
  otherName: string;
  /** The similarity of the two names (1 for SAME_NAME), rounded to two decimals. */
  similarity: number;
  /** For SAME_NAME: the folded key both names reduce to. */
  key: string | null;
  /** The provinces and villages both are located in (may be empty for SAME_NAME). */
  sharedPlaces: string[];
  /** One sentence stating the rule, the names and the place, as a likelihood. */
  reason: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Compares two records: a SAME_NAME match when they have the same label and a name of each has
 * the same key, else a SIMILAR_NAME match when they share a place and their most similar names are
 * at least `threshold` similar, else null. Never matches a record with itself (same id).
 */
export function compareRecords(a: NamedRecord, b: NamedRecord, threshold = SIMILARITY_THRESHOLD): DuplicateMatch | null {
  if (a.id === b.id || a.label !== b.label) return null;
  const shared = a.places.filter((p) => b.places.includes(p)).sort();
  const where = shared.length > 0 ? `; both are located in ${shared.join(', ')}` : '';
  for (const name of a.names) {
    const key = nameKey(name);
    if (key === '') continue;
    const otherName = b.names.find((n) => nameKey(n) === key);
    if (otherName !== undefined) {
      return {
        rule: 'SAME_NAME',
        id: a.id,
        otherId: b.id,
        label: a.label,
        name,
        otherName,
        similarity: 1,
        key,
        sharedPlaces: shared,
        reason: `likely a duplicate of ${b.id}: the same label (${a.label}) and the same name once folded ("${name}" and "${otherName}" both read "${key}")${where}`,
      };
    }
  }
  if (shared.length === 0) return null;
  let best: { name: string; otherName: string; similarity: number } | null = null;
  for (const name of a.names) {
    for (const otherName of b.names) {
      const similarity = nameSimilarity(name, otherName);
      if (!best || similarity > best.similarity) best = { name, otherName, similarity };
    }
  }
  if (!best || best.similarity < threshold) return null;
  const similarity = round2(best.similarity);
  return {
    rule: 'SIMILAR_NAME',
    id: a.id,
    otherId: b.id,
    label: a.label,
    name: best.name,
    otherName: best.otherName,
    similarity,
    key: null,
    sharedPlaces: shared,
    reason:
      `possibly a duplicate of ${b.id}: the same label (${a.label})${where}, and the names "${best.name}" and "${best.otherName}" are ` +
      `${similarity.toFixed(2)} similar (reported from ${threshold.toFixed(2)})`,
  };
}

/** Each candidate compared with each existing record (of its label); one match per pair at most. */
export function findDuplicatesIn(candidates: readonly NamedRecord[], existing: readonly NamedRecord[], threshold = SIMILARITY_THRESHOLD): DuplicateMatch[] {
  const byLabel = new Map<string, NamedRecord[]>();
  for (const e of existing) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
  const out: DuplicateMatch[] = [];
  for (const c of candidates) {
    const seen = new Set<string>();
    for (const e of byLabel.get(c.label) ?? []) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const m = compareRecords(c, e, threshold);
      if (m) out.push(m);
    }
  }
  return out;
}

/**
 * Likely duplicates among the records of one input, each pair once (the later record named as
 * the duplicate of the earlier). SAME_NAME pairs are found through their keys; SIMILAR_NAME pairs
 * only among records sharing a place and a word (a word held by more than `maxWordGroup` records of
 * one label in one place is too common to pair on), so an input of many records is not compared
 * pair by pair.
 */
export function findDuplicatesAmong(records: readonly NamedRecord[], threshold = SIMILARITY_THRESHOLD, maxWordGroup = 200): DuplicateMatch[] {
  const pairs = new Set<string>();
  const out: DuplicateMatch[] = [];
  const index = new Map(records.map((r, i) => [r, i]));
  const consider = (x: NamedRecord, y: NamedRecord) => {
    const [first, later] = index.get(x)! < index.get(y)! ? [x, y] : [y, x];
    const pair = `${first.id}\u0000${later.id}`;
    if (first.id === later.id || pairs.has(pair)) return;
    pairs.add(pair);
    const m = compareRecords(later, first, threshold);
    if (m) out.push(m);
  };
  const groups = new Map<string, NamedRecord[]>();
  const push = (key: string, r: NamedRecord) => {
    const g = groups.get(key);
    if (!g) groups.set(key, [r]);
    else if (g[g.length - 1] !== r) g.push(r);
  };
  for (const r of records) {
    for (const name of r.names) {
      const key = nameKey(name);
      if (key !== '') push(`name\u0000${r.label}\u0000${key}`, r);
      for (const place of r.places) for (const w of similarityWords(name)) push(`word\u0000${r.label}\u0000${place}\u0000${w}`, r);
    }
  }
  for (const [key, group] of groups) {
    if (key.startsWith('word') && group.length > maxWordGroup) continue;
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) consider(group[i], group[j]);
  }
  const position = new Map<string, number>();
  records.forEach((r, i) => position.has(r.id) || position.set(r.id, i));
  return out.sort((a, b) => position.get(a.id)! - position.get(b.id)! || position.get(a.otherId)! - position.get(b.otherId)!);
}
