import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';

import { mapDriverError } from '../../src/db/errors';
import { TimeoutError, UnavailableError } from '../../src/errors';

/** A driver error as the driver builds it (GQL status as it polyfills it for these). */
const newError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error.', {} as never);

/**
 * The errors below are the ones the driver raised in the fault proof (bench/proof/fault.ts, and
 * Neo4j stopped with SIGTERM instead of SIGKILL): code and message as seen.
 */
describe('mapDriverError', () => {
  it.each([
    ['Neo4j down (connection refused)', 'ServiceUnavailable', 'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver.'],
    ['Neo4j killed mid-query', 'ServiceUnavailable', 'Connection was closed by server'],
    ['a routing session gone', 'SessionExpired', 'Server at 127.0.0.1:7687 is unavailable'],
    ['Neo4j shutting down', 'Neo.TransientError.General.DatabaseUnavailable', 'The database is not currently available to serve your request, refer to the database logs for more details.'],
    ['Neo4j stopping, waited for it', 'Neo.TransientError.General.DatabaseUnavailable', 'Timeout waiting for database to become available and allow new transactions. Waited 1s. 1 reasons for blocking: `Database unavailable`.'],
    ['the pool waited too long for a connection', 'N/A', 'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100, Idle conn count = 0.'],
    ['a reset socket', 'N/A', 'read ECONNRESET'],
  ])('answers UNAVAILABLE for %s', (_case, code, message) => {
    const mapped = mapDriverError(newError(message, code));
    expect(mapped).toBeInstanceOf(UnavailableError);
    expect((mapped as UnavailableError).extensions.code).toBe('UNAVAILABLE');
    expect((mapped as Error).message).toBe('The database is unavailable; retry in a few seconds.');
  });

  it('answers TIMEOUT for a transaction that ran past its timeout (seen on the restarted, cold Neo4j)', () => {
    const mapped = mapDriverError(
      newError('The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client.', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    );
    expect(mapped).toBeInstanceOf(TimeoutError);
    expect((mapped as TimeoutError).extensions.code).toBe('TIMEOUT');
  });

  it('returns any other error unchanged, to be masked and logged as an internal error', () => {
    const syntax = newError("Invalid input '{'", 'Neo.ClientError.Statement.SyntaxError');
    const plain = new Error('a bug');
    expect(mapDriverError(syntax)).toBe(syntax);
    expect(mapDriverError(plain)).toBe(plain);
  });
});
