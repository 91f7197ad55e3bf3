/**
 * Diacritic-insensitive search text for Vietnamese and English.
 *
 * The same folding is applied to what is indexed and to what users type, so "bat trang",
 * "BÁT TRÀNG" and "Bát Tràng" all meet as "bat trang".
 */

/** Folds text for search: NFD, combining marks removed, đ/Đ to d, lower case, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The terms of a search string: folded words of letters and digits, at most `maxTerms`. */
export function searchTerms(input: string, maxTerms = 12): string[] {
  return foldForSearch(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, maxTerms);
}

/** What separates the names of one record in its stored `searchName` (Lucene ignores it). */
export const NAME_SEPARATOR = ' | ';

/**
 * The stored search names of a record: each of its names (name, English name, short name) folded
 * and reduced to its terms, separated by NAME_SEPARATOR, so that the full-text index finds each
 * term and a search can tell an exact name match ("ntbic" = NTBIC's short name) from a partial one.
 */
export function searchNamesOf(names: ReadonlyArray<unknown>): string {
  const keys = names.filter((x): x is string => typeof x === 'string').map((x) => searchTerms(x, 1000).join(' ')).filter((k) => k !== '');
  return [...new Set(keys)].join(NAME_SEPARATOR);
}

/** The form of a search string that is compared with a record's search names for an exact match. */
export function exactSearchKey(input: string): string {
  return searchTerms(input).join(' ');
}

/**
 * Builds the Lucene query for a user's search string. Every term must match (AND), either whole
 * or, for the last one, as a prefix (search as you type); names weigh three times as much as
 * descriptions. Terms hold only letters and digits, so no Lucene syntax from the user survives.
 * Returns null when the input has no searchable term.
 */
export function buildLuceneQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  const clause = (t: string, i: number) => {
    const last = i === terms.length - 1;
    const forms = last ? `${t} OR ${t}*` : t;
    return `(searchName:(${forms})^3 OR searchText:(${forms}))`;
  };
  return terms.map(clause).join(' AND ');
}

/**
 * The key lists sort names by (`sortName`, stored and indexed): the name lower-cased, so "an Phú"
 * and "An Phú" sort together. Stored rather than computed in each query, so that a page sorted by
 * name can be read in index order (cypher/migrations/004_sort_name.cypher).
 */
export function sortKeyOf(name: string): string {
  return name.toLowerCase();
}
