import { Neo4jError } from 'neo4j-driver';

import { TimeoutError, UnavailableError } from '../errors';

/**
 * Codes of a database that cannot serve right now: unreachable or connection lost (the driver's own
 * codes, e.g. "Failed to connect to server" while Neo4j is down, "Connection was closed by server"
 * when it dies mid-query), and a database that is stopping or still starting (Neo4j's
 * DatabaseUnavailable, seen while it shuts down after SIGTERM). See bench/proof/fault.ts.
 */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Maps a driver error to helixgraph's error classes: connection loss becomes UnavailableError,
 * a transaction timeout becomes TimeoutError; anything else is returned unchanged (and masked as
 * an internal error by the server's error formatter, which logs the original).
 */
export function mapDriverError(err: unknown): unknown {
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code)) return new UnavailableError();
    if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || err.code === 'Neo.TransientError.Transaction.LockClientStopped') {
      return new TimeoutError();
    }
    if (/ECONNREFUSED|ECONNRESET|connection/i.test(err.message) && err.code === 'N/A') return new UnavailableError();
  }
  return err;
}
