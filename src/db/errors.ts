import { Neo4jError } from 'neo4j-driver';

import { BadBookmarksError, BOOKMARKS_HEADER, QueryTooLargeError, TimeoutError, UnavailableError } from '../errors';

/**
 * Codes of a database that cannot serve right now: unreachable or connection lost (the driver's own
 * codes, e.g. "Failed to connect to server" while Neo4j is down, "Connection was closed by server"
 * when it dies mid-query), and a database that is stopping or still starting (Neo4j's
 * DatabaseUnavailable, seen while it shuts down after SIGTERM). See bench/proof/fault.ts.
 */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Neo4j out of transaction memory. Neo4j 5.26 answers MemoryPoolOutOfMemoryError both when one
 * transaction passes db.memory.transaction.max (the message names that setting: the same work will
 * fail again) and when all of them together pass dbms.memory.transaction.total.max (the server is
 * short of memory right now: retry later); other versions answer TransactionMemoryLimit for the first.
 */
const MEMORY_CODES = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit', 'Neo.TransientError.General.OutOfMemoryError']);

/** Whether a driver error says that one transaction used more memory than Neo4j allows one transaction. */
export function isTransactionMemoryLimit(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    (err.code === 'Neo.TransientError.General.TransactionMemoryLimit' || (MEMORY_CODES.has(err.code) && /db\.memory\.transaction\.max\b/.test(err.message)))
  );
}

/**
 * Maps a driver error to helixgraph's error classes: connection loss becomes UnavailableError,
 * bookmarks Neo4j cannot read BadBookmarksError, bookmarks it has not caught up with in time
 * UnavailableError,
 * a transaction timeout becomes TimeoutError, a transaction over its memory limit
 * QueryTooLargeError, a server short of transaction memory UnavailableError; anything else is returned unchanged (and masked as
 * an internal error by the server's error formatter, which logs the original).
 */
export function mapDriverError(err: unknown): unknown {
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code)) return new UnavailableError();
    // A client's bookmarks (x-helixgraph-bookmarks) that Neo4j cannot read, or that it has not
    // caught up with in db.transaction.bookmark_ready_timeout (a lagging member, or a bookmark
    // of another database's future).
    if (err.code === 'Neo.ClientError.Transaction.InvalidBookmark' || err.code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
      return new BadBookmarksError('holds a bookmark this database did not issue');
    }
    if (err.code === 'Neo.TransientError.Transaction.BookmarkTimeout') {
      return new UnavailableError(`The database has not caught up with the bookmarks of ${BOOKMARKS_HEADER} yet; retry in a few seconds.`);
    }
    if (isTransactionMemoryLimit(err)) return new QueryTooLargeError();
    if (MEMORY_CODES.has(err.code)) return new UnavailableError('The database is short of memory right now; retry in a few seconds.');
    if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || err.code === 'Neo.TransientError.Transaction.LockClientStopped') {
      return new TimeoutError();
    }
    if (/ECONNREFUSED|ECONNRESET|connection/i.test(err.message) && err.code === 'N/A') return new UnavailableError();
  }
  return err;
}
