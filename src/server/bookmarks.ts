import type { ApolloServerPlugin } from '@apollo/server';

import { BadBookmarksError } from '../errors';
import type { Context } from '../graphql/context';

/** Most bookmarks one request may carry (Neo4j issues one per database a client wrote to). */
export const MAX_BOOKMARKS = 16;

/**
 * What a bookmark looks like on the wire: Neo4j 5 issues short base64 strings (`FB:kcwQ…`);
 * older servers `neo4j:bookmark:v1:tx42`. Nothing else (no spaces, quotes, commas or controls).
 */
const BOOKMARK = /^[A-Za-z0-9+/=:._-]{1,1024}$/;

/**
 * Parses the x-helixgraph-bookmarks header: comma-separated bookmarks exactly as a response's
 * `extensions.bookmarks` gave them, at most MAX_BOOKMARKS. No header (or an empty one) is no
 * bookmarks. Anything else is refused with BadBookmarksError (400) before any database work.
 */
export function parseBookmarks(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (raw.trim() === '') return [];
  const bookmarks = raw.split(',').map((b) => b.trim());
  if (bookmarks.length > MAX_BOOKMARKS) throw new BadBookmarksError(`holds ${bookmarks.length} bookmarks; at most ${MAX_BOOKMARKS} are accepted`);
  const bad = bookmarks.findIndex((b) => !BOOKMARK.test(b));
  if (bad >= 0) {
    const shown = bookmarks[bad].length > 40 ? `${bookmarks[bad].slice(0, 40)}…` : bookmarks[bad];
    throw new BadBookmarksError(`is not a comma-separated list of bookmarks: entry ${bad + 1} (${JSON.stringify(shown)}) is not one (1 to 1024 of A-Z a-z 0-9 + / = : . _ -)`);
  }
  return [...new Set(bookmarks)];
}

/**
 * Adds `extensions.bookmarks` to the response of every request that committed a write: the
 * bookmarks of its last write. A client that sends them back in x-helixgraph-bookmarks, to this
 * API process or any other of the deployment, reads its own writes even on a Neo4j cluster
 * member that is still catching up (the transaction waits for them).
 */
export function bookmarksPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const written = contextValue.causal?.written;
          if (response.body.kind !== 'single' || !written) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks: written };
        },
      };
    },
  };
}
