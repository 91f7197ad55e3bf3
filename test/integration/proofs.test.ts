import { describe, expect, inject, it } from 'vitest';

import { faultClaims, runFault } from '../../bench/proof/fault';
import { runLoad } from '../../bench/proof/load';

/**
 * The load and fault proofs (`npm run proof:load`, `npm run proof:fault`) in small: a few clients
 * for a few seconds, asserting what the proofs claim and never how fast anything was. Both run
 * the built API (dist/, built by the global setup) as a child process.
 */
describe('the load proof, in small', () => {
  it('answers a few clients of mixed reads and writes without one error, and stores every acknowledged write once', async () => {
    const r = await runLoad({ clients: 4, seconds: 3, neo4jUri: inject('neo4jUri') });
    expect(r.errorList).toEqual([]);
    expect(r.errors).toBe(0);
    expect(r.requests).toBeGreaterThan(0);
    expect(r.apiAliveAtEnd).toBe(true);
    expect(r.internalErrorsLogged).toBe(0);
    expect(r.writes.ackedEntities).toBeGreaterThan(0);
    expect(r.writes).toMatchObject({
      ackedEntitiesPresentOnce: r.writes.ackedEntities,
      ackedEntitiesMissing: [],
      ackedLinksPresentOnce: r.writes.ackedLinks,
      ackedLinksMissing: [],
      failedEntities: 0,
      failedLinks: 0,
      duplicates: [],
      incomplete: [],
      strangers: [],
      ok: true,
    });
  }, 300_000);
});

describe('the fault proof, in small', () => {
  it('survives Neo4j killed and restarted: /ready goes 503 then 200, failures say UNAVAILABLE, acknowledged writes are stored once', async () => {
    const r = await runFault({ clients: 4, before: 3, outage: 3, after: 3, dataset: false });
    expect(faultClaims(r)).toEqual({
      apiSurvived: true,
      readyTurned503: true,
      readyBackTo200: true,
      failuresClear: true,
      outageAnsweredUnavailable: true,
      acknowledgedWritesOnce: true,
    });
    expect(r.writes.ackedEntities).toBeGreaterThan(0);
    expect(r.writes).toMatchObject({ ackedEntitiesMissing: [], ackedLinksMissing: [], duplicates: [], incomplete: [], strangers: [] });
    expect(r.internalErrorsLogged).toBe(0);
  }, 600_000);
});
