import { NAME_SEPARATOR } from '../../domain/search';
import type { Executor } from '../executor';
import { toNodeProps, type NodeProps } from './node.repository';

export interface SearchHit {
  node: NodeProps;
  score: number;
}

/** How many full-text hits are ranked at most before filtering by label and paginating. */
export const SEARCH_SCAN_LIMIT = 2000;

/** Full-text search over the `entity_search` index. */
export class SearchRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Hits for a Lucene query built by buildLuceneQuery (never raw user text), best first: exact
   * name matches (`exact`, from exactSearchKey) before the rest.
   */
  async search(luceneQuery: string, exact: string, labels: readonly string[] | null, offset: number, limit: number): Promise<SearchHit[]> {
    const rows = await this.db.read('search/searchNodes', { query: luceneQuery, exact, separator: NAME_SEPARATOR, labels, offset, limit, scan: SEARCH_SCAN_LIMIT });
    return rows.map((r) => ({ node: toNodeProps(r.node), score: r.score as number }));
  }
}
