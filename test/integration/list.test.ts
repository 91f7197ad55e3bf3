import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ListRepository, nameOrderApplies, type ListFilter } from '../../src/db/repositories/list.repository';
import type { Executor } from '../../src/db/executor';
import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS } from '../../src/domain/model';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let db: Executor;
const ACTORS = ['Enterprise', 'Investor', 'ResearchInstitute', 'SupportOrganization', 'Intermediary', 'GovernmentAgency', 'InternationalOrganization'];

beforeAll(async () => {
  server = await startTestServer();
  db = server.app.db.executor;
});
afterAll(async () => {
  await server.stop();
});

/** The general statement's page: every candidate read, then sorted. The reference. */
async function general(filter: ListFilter, offset: number, limit: number): Promise<string[]> {
  const rows = await db.read('list/findNodes', {
    labels: filter.labels, kinds: filter.kinds ?? null, spheres: null, eventKinds: null, sectorIds: filter.sectorIds ?? null,
    provinceIds: null, villageIds: null, programIds: null, dateFrom: null, dateTo: null, placeholder: filter.placeholder ?? null,
    communities: null, measureKey: null, measureMin: null, measureMax: null, sort: 'NAME', descending: false, offset, limit,
    evidence: filter.evidence ?? EVIDENCE_LEVELS,
  });
  return rows.map((r) => (r.node as { id: string }).id);
}

describe('a page sorted by name', () => {
  const filters: Record<string, ListFilter> = {
    'all actors': { labels: ACTORS },
    enterprises: { labels: ['Enterprise'], kinds: ['Enterprise'] },
    'handicraft enterprises': { labels: ['Enterprise'], sectorIds: ['sector:handicrafts'] },
    'a rare label': { labels: ['Investor'] },
    'real (not placeholder) actors': { labels: ACTORS, placeholder: false },
    'a sector no one is in': { labels: ACTORS, sectorIds: ['sector:none'] },
    'handicraft enterprises on the default evidence': { labels: ['Enterprise'], sectorIds: ['sector:handicrafts'], evidence: DEFAULT_EVIDENCE },
    'actors on the default evidence': { labels: ACTORS, evidence: DEFAULT_EVIDENCE },
  };

  // A window of 7 index entries forces both outcomes on the founding data: pages the window fills
  // and pages it cannot (the general statement then answers); 20,000 reads the whole index.
  for (const scan of [7, 20_000]) {
    for (const [name, filter] of Object.entries(filters)) {
      it(`read in index order (window ${scan}) equals the general statement's: ${name}`, async () => {
        const list = new ListRepository(db, scan);
        for (const [offset, limit] of [[0, 3], [0, 20], [2, 5], [40, 10]] as const) {
          const want = await general(filter, offset, limit);
          const got = (await list.find(filter, { sort: 'NAME', descending: false }, offset, limit)).map((n) => n.id);
          expect(got, `${name} offset ${offset} limit ${limit}`).toEqual(want);
        }
      });
    }
  }

  it('is read in index order only when the filters and the depth allow it', () => {
    const asc = { sort: 'NAME', descending: false };
    expect(nameOrderApplies({ labels: ['Enterprise'], sectorIds: ['s'] }, asc, 0, 100)).toBe(true);
    expect(nameOrderApplies({ labels: ['Enterprise'] }, { sort: 'NAME', descending: true }, 0, 100)).toBe(false);
    expect(nameOrderApplies({ labels: ['Enterprise'] }, { sort: 'DATE', descending: false }, 0, 100)).toBe(false);
    expect(nameOrderApplies({ labels: ['Enterprise'], villageIds: ['v'] }, asc, 0, 100)).toBe(false);
    expect(nameOrderApplies({ labels: ['Enterprise'] }, asc, 5000, 100)).toBe(false);
  });

  it('answers a first page of enterprises by name in one round trip', async () => {
    const res = await server.gql('{ actors(first: 10, filter: { kinds: [ENTERPRISE] }) { nodes { id name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.actors.nodes).toHaveLength(10);
    expect(res.extensions!.queryStats!.roundTrips).toBe(1);
  });
});
