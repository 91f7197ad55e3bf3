import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Executor } from '../../src/db/executor';
import { filterParams, nameOrderApplies, type ListFilter } from '../../src/db/repositories/list.repository';
import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS } from '../../src/domain/model';
import { listShape } from '../../src/db/compiled/listCypher';
import { planRoot, textOf, type Compiled } from '../../src/graphql/compile/compiledReader';
import { buildHelixSchema } from '../../src/graphql/schema';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let db: Executor;
let entry: Compiled;
const ACTORS = ['Enterprise', 'Investor', 'ResearchInstitute', 'SupportOrganization', 'Intermediary', 'GovernmentAgency', 'InternationalOrganization'];

beforeAll(async () => {
  server = await startTestServer();
  db = server.app.db.executor;
  const schema = await buildHelixSchema();
  const field = (parse('{ actors { nodes { id } } }').definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
  expect(field.kind).toBe(Kind.FIELD);
  entry = planRoot(schema, {}, [field], null);
});
afterAll(async () => {
  await server.stop();
});

type Position = { key: string | null; id: string } | null;

/** One page of a compiled list statement: ids, the last item's position, and whether the window held the page. */
async function page(variant: 'general' | 'nameOrder', filter: ListFilter, after: Position, limit: number, scan: number) {
  const params = { ...filterParams({ evidence: EVIDENCE_LEVELS, ...filter }), sort: 'NAME', descending: false, limit, afterKey: after?.key ?? null, afterId: after?.id ?? null, scan };
  const order = { sort: 'NAME', descending: false };
  const text = textOf(entry, listShape(variant, 'Actor', { evidence: EVIDENCE_LEVELS, ...filter }, order, after !== null, EVIDENCE_LEVELS.length));
  const rows = await db.readCompiled(`compiled/actors`, text, params, false);
  const items = rows.filter((r) => r.item !== null);
  return {
    ids: items.map((r) => (r.item as { id: string }).id),
    positions: items.map((r) => ({ key: r.key as string | null, id: (r.item as { id: string }).id })),
    complete: rows[0]?.complete as boolean | undefined,
  };
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
  // and pages it cannot (`complete` false: the general statement then answers); 20,000 reads the
  // whole index. Pages start at the beginning and after the general statement's 3rd and 41st items.
  for (const scan of [7, 20_000]) {
    for (const [name, filter] of Object.entries(filters)) {
      it(`read in index order (window ${scan}) equals the general statement's when complete: ${name}`, async () => {
        const all = await page('general', filter, null, 1000, scan);
        const starts: Position[] = [null, all.positions[2] ?? null, all.positions[40] ?? null];
        let completeSeen = 0;
        for (const after of starts) {
          for (const limit of [3, 20]) {
            const want = await page('general', filter, after, limit, scan);
            const got = await page('nameOrder', filter, after, limit, scan);
            if (got.complete) {
              completeSeen += 1;
              expect(got.ids, `${name} after ${JSON.stringify(after)} limit ${limit}`).toEqual(want.ids);
            } else expect(got.ids.length, 'an incomplete window holds fewer items than the page').toBeLessThan(limit);
          }
        }
        if (scan === 20_000) expect(completeSeen).toBe(starts.length * 2);
      });
    }
  }

  it('is read in index order only when the filters allow it', () => {
    const asc = { sort: 'NAME', descending: false };
    expect(nameOrderApplies({ labels: ['Enterprise'], sectorIds: ['s'] }, asc)).toBe(true);
    expect(nameOrderApplies({ labels: ['Enterprise'] }, { sort: 'NAME', descending: true })).toBe(false);
    expect(nameOrderApplies({ labels: ['Enterprise'] }, { sort: 'DATE', descending: false })).toBe(false);
    expect(nameOrderApplies({ labels: ['Enterprise'], villageIds: ['v'] }, asc)).toBe(false);
  });

  it('answers a first page of enterprises by name, with their sectors and sources, in one round trip', async () => {
    const res = await server.gql('{ actors(first: 10, filter: { kinds: [ENTERPRISE] }) { totalCount nodes { id name sources { id } ... on Enterprise { sectors { nodes { id } } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.actors.nodes).toHaveLength(10);
    expect(res.extensions!.queryStats!.roundTrips).toBe(1);
  });
});
