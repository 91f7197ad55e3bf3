import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, GraphQLSchema, SelectionSetNode } from 'graphql';

import { compileCypher } from '../../db/compiled/compileCypher';
import { listShape, shapeKey, type ListShape } from '../../db/compiled/listCypher';
import { SEARCH_SCAN_LIMIT } from '../../db/compiled/searchCypher';
import { emptyNodePlan, type EvidenceFilter, type NodePlan, type RootPlan } from '../../db/compiled/plan';
import { filterParams, nameOrderApplies, NAME_ORDER_SCAN, type ListFilter as RepoFilter } from '../../db/repositories/list.repository';
import { EVIDENCE_LEVELS } from '../../domain/model';
import { ROOT_LISTS, type RootList } from '../../domain/readModel';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { SortField, SortOrder } from '../enums';
import { evidenceArg } from '../evidence';
import { NAME_SEPARATOR } from '../../domain/search';
import { DEFAULT_FIRST, MAX_FIRST, toConnection, toPage, type ConnectionValue } from '../pagination';
import { checkFilter, type ListFilter, type ListOrder } from '../types/list.input';
import { decodeListCursor, decodeRelationCursor, encodeListCursor, encodeRelationCursor, type RelationPosition } from './cursors';
import { argumentsOf, planEnv, planNode, planPage, type PageBinder } from './planSelection';

/**
 * Runs a root field of the read model as one compiled statement (src/db/compiled/): the plan and
 * its Cypher are made once per document and field (cached on the field's AST node, which Apollo's
 * document cache keeps between requests), the parameters are bound per request from its
 * variables, and the statement's rows are the field's answer, nested fields included: the
 * generated resolvers (src/graphql/resolvers/readModel.resolver.ts) find their values in their
 * parent's map.
 */

/** Longest statement the compiler sends; a larger selection is read shallowly, its nested fields by their resolvers. */
export const MAX_COMPILED_LENGTH = 100_000;

export interface Compiled {
  plan: RootPlan;
  binders: PageBinder[];
  /** Statements made so far: one, or one per list shape. */
  texts: Map<string, string>;
}

const cache = new WeakMap<FieldNode, Map<string, Compiled>>();

/** The request's default evidence filter: none when the server answers on every level. */
function defaultEvidence(ctx: Context): EvidenceFilter {
  return EVIDENCE_LEVELS.every((l) => ctx.evidence.includes(l)) ? null : { param: 'ev' };
}

function fieldSets(fieldNodes: readonly FieldNode[]): SelectionSetNode[] {
  return fieldNodes.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => s !== undefined);
}

/**
 * The plan of a root field of the read model (`node`, `nodes` or a root list), from its field
 * nodes (one or more, merged) in a document. Pure: the golden-file test calls it too.
 */
export function planRoot(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>, fieldNodes: readonly FieldNode[], evidence: EvidenceFilter): Compiled {
  const env = planEnv(schema, fragments, evidence);
  const name = fieldNodes[0].name.value;
  const sets = fieldSets(fieldNodes);
  const list = ROOT_LISTS.find((l) => l.field === name);
  let plan: RootPlan;
  if (name === 'node' || name === 'nodes') plan = { kind: name, node: planNode(env, sets, 'Node') };
  else if (name === 'search') {
    const planned = planPage(env, sets, 'SearchHitConnection');
    const nodeSets: SelectionSetNode[] = [];
    let opaque = planned.opaque;
    for (const set of planned.itemSets) {
      for (const s of set.selections) {
        // Fragments and directives on a hit: its fields are left to the resolvers, which then need whole records.
        if (s.kind !== 'Field' || (s.directives && s.directives.length > 0)) opaque = true;
        else if (s.name.value === 'node' && s.selectionSet) nodeSets.push(s.selectionSet);
      }
    }
    const node = planNode(env, nodeSets, 'Entity');
    if (opaque) node.all = true;
    plan = { kind: 'search', page: { param: 'page', ...planned.page }, node };
  } else if (list) {
    const planned = planPage(env, sets, `${list.target}Connection`);
    const node = planNode(env, planned.itemSets, list.target);
    if (planned.opaque) node.all = true;
    plan = { kind: 'list', labels: list.labels, filtered: list.filtered, page: { param: 'page', ...planned.page }, node };
  } else throw new Error(`read model: ${name} is not a compiled root field`);
  const entry: Compiled = { plan, binders: env.binders, texts: new Map() };
  if (compileCypher(plan, SIZE_PROBE).length <= MAX_COMPILED_LENGTH) return entry;
  // Too large to send as one statement: the root alone, its nested fields by their resolvers.
  return { plan: { ...plan, node: { ...emptyNodePlan(), all: true } }, binders: [], texts: new Map() };
}

/** The compiled form of this root field in this request's document, made on first use. */
function compiled(info: GraphQLResolveInfo, ctx: Context): Compiled {
  const evidence = defaultEvidence(ctx);
  const cacheKey = evidence ? `ev:${ctx.evidence.join(',')}` : 'all';
  const perNode = cache.get(info.fieldNodes[0]) ?? new Map<string, Compiled>();
  cache.set(info.fieldNodes[0], perNode);
  let entry = perNode.get(cacheKey);
  if (!entry) {
    entry = planRoot(info.schema, info.fragments, info.fieldNodes, evidence);
    perNode.set(cacheKey, entry);
  }
  return entry;
}

/** The statement of a compiled root field (of a list: per shape of its filter and order), made once. */
export function textOf(entry: Compiled, shape?: ListShape): string {
  const key = shape ? shapeKey(shape) : 'root';
  let text = entry.texts.get(key);
  if (text === undefined) {
    text = compileCypher(entry.plan, shape);
    entry.texts.set(key, text);
  }
  return text;
}

/** The largest list shape, to bound a statement's size before any request uses it. */
const SIZE_PROBE: ListShape = {
  variant: 'general',
  label: 'Entity',
  filters: ['kinds', 'spheres', 'eventKinds', 'sectorIds', 'provinceIds', 'villageIds', 'programIds', 'dateFrom', 'dateTo', 'placeholder', 'evidence', 'communities', 'measure'],
  sort: 'NAME',
  descending: false,
  after: true,
};

/** The label every candidate of a root list has. */
function candidateLabel(list: RootList): string {
  return list.labels.length === 1 ? list.labels[0] : 'Actor';
}

/** The page size a `first` argument asks for, checked. */
export function pageSize(first: unknown): number {
  const n = first ?? DEFAULT_FIRST;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_FIRST) throw new BadInputError('first', first, `must be an integer from 1 to ${MAX_FIRST}`);
  return n;
}

/**
 * Binds every paged field's parameters for this request. A nested field's bad argument is not
 * thrown here: its parameters get harmless values and its resolver, which checks the same
 * arguments again, refuses it at its own path (as it would without the compiler).
 */
function bind(entry: Compiled, info: GraphQLResolveInfo, ctx: Context, params: Record<string, unknown>): void {
  if (!EVIDENCE_LEVELS.every((l) => ctx.evidence.includes(l))) params.ev = [...ctx.evidence];
  for (const b of entry.binders) {
    try {
      const args = argumentsOf(b, info.variableValues);
      params[`${b.param}_limit`] = pageSize(args.first) + 1;
      params[`${b.param}_after`] = typeof args.after === 'string' ? decodeRelationCursor(args.after) : null;
      if (b.kind === 'links') {
        const types = args.types as string[] | null | undefined;
        params[`${b.param}_types`] = types && types.length > 0 ? types : null;
        params[`${b.param}_direction`] = args.direction ?? 'BOTH';
        if (b.ownEvidence) params[`${b.param}_evidence`] = evidenceArg(ctx, args.evidence as string[] | null | undefined);
      }
    } catch {
      params[`${b.param}_limit`] = 1;
      params[`${b.param}_after`] = null;
      params[`${b.param}_types`] = null;
      params[`${b.param}_direction`] = 'BOTH';
      params[`${b.param}_evidence`] = [...ctx.evidence];
    }
  }
}

async function run(ctx: Context, name: string, text: string, params: Record<string, unknown>, convert: boolean) {
  return ctx.db.readCompiled(`compiled/${name}`, text, params, convert);
}

/** `node(id)`: the node and every declared field selected below it, in one statement. */
export async function readNode(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<Record<string, unknown> | null> {
  const entry = compiled(info, ctx);
  const params: Record<string, unknown> = { id };
  bind(entry, info, ctx, params);
  const rows = await run(ctx, info.fieldName, textOf(entry), params, entry.plan.node.all);
  return (rows[0]?.item as Record<string, unknown> | undefined) ?? null;
}

/** `nodes(ids)`: the nodes in the order asked, null for unknown ids. */
export async function readNodes(ctx: Context, info: GraphQLResolveInfo, ids: readonly string[]): Promise<Array<Record<string, unknown> | null>> {
  const entry = compiled(info, ctx);
  const params: Record<string, unknown> = { ids };
  bind(entry, info, ctx, params);
  const rows = await run(ctx, info.fieldName, textOf(entry), params, entry.plan.node.all);
  return rows.map((r) => (r.item as Record<string, unknown> | null) ?? null);
}

/** The repository filter and order of a root list request (its evidence already checked). */
export function listRequest(list: RootList, filter: ListFilter | undefined, order: ListOrder | undefined, evidence: readonly string[]): { repoFilter: RepoFilter; sort: { sort: string; descending: boolean } } {
  const repoFilter: RepoFilter = { ...(filter ?? {}), labels: list.labels, evidence };
  if (filter?.kinds && filter.kinds.length > 0) repoFilter.labels = list.labels.filter((l) => filter.kinds!.includes(l));
  return { repoFilter, sort: { sort: order?.field ?? SortField.NAME, descending: order?.order === SortOrder.DESC } };
}

/** The statement shapes a list request takes: nameOrder first when its filters allow, then general. */
export function listShapes(list: RootList, repoFilter: RepoFilter, sort: { sort: string; descending: boolean }, after: boolean): { nameOrder: ListShape | null; general: ListShape } {
  const shape = (variant: 'general' | 'nameOrder') => listShape(variant, candidateLabel(list), repoFilter, sort, after, EVIDENCE_LEVELS.length);
  return { nameOrder: nameOrderApplies(repoFilter, sort) ? shape('nameOrder') : null, general: shape('general') };
}

/**
 * A root list: arguments checked first (nothing reaches Neo4j for bad input), then one statement
 * for the page, its nested fields and, when selected, `totalCount`. A first page in name order is
 * read in index order; when the first NAME_ORDER_SCAN index entries hold too few matches (a rare
 * label, a small sector) the general statement answers instead, in a second round trip.
 */
export async function readList(
  ctx: Context,
  info: GraphQLResolveInfo,
  list: RootList,
  filter: ListFilter | undefined,
  order: ListOrder | undefined,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionValue<Record<string, unknown>>> {
  checkFilter(filter);
  const first = pageSize(args.first);
  const { repoFilter, sort } = listRequest(list, filter, order, evidenceArg(ctx, filter?.evidence, 'filter.evidence'));
  const after = typeof args.after === 'string' ? decodeListCursor(args.after, sort.sort, sort.descending) : null;
  const entry = compiled(info, ctx);
  const params: Record<string, unknown> = {
    ...filterParams(repoFilter),
    ...sort,
    limit: first + 1,
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
    scan: NAME_ORDER_SCAN,
  };
  bind(entry, info, ctx, params);
  const convert = entry.plan.node.all;
  const shapes = listShapes(list, repoFilter, sort, after !== null);
  let rows = shapes.nameOrder ? await run(ctx, info.fieldName, textOf(entry, shapes.nameOrder), params, convert) : null;
  if (rows === null || rows[0]?.complete === false) rows = await run(ctx, info.fieldName, textOf(entry, shapes.general), params, convert);
  const items = rows.filter((r) => r.item !== null && r.item !== undefined);
  const total = (rows[0]?.total as number | undefined) ?? 0;
  const page = items.slice(0, first);
  const edges = page.map((r) => ({
    cursor: encodeListCursor({ ...sort, key: r.key as string | number | null, id: (r.item as { id: string }).id }),
    node: r.item as Record<string, unknown>,
  }));
  return connectionOf(edges, items.length > first, after !== null, total);
}

/**
 * `search`: one statement for the ranked page of hits, their selected fields and, when selected,
 * `totalCount` (hits among the first SEARCH_SCAN_LIMIT). Offsets for cursors: a relevance ranking
 * has no stable position to resume from.
 */
export async function readSearch(
  ctx: Context,
  info: GraphQLResolveInfo,
  query: { lucene: string; exact: string; labels: readonly string[] | null },
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionValue<{ node: Record<string, unknown>; score: number }>> {
  const page = toPage(args);
  const entry = compiled(info, ctx);
  const params: Record<string, unknown> = { query: query.lucene, exact: query.exact, separator: NAME_SEPARATOR, labels: query.labels, offset: page.offset, limit: page.limit + 1, scan: SEARCH_SCAN_LIMIT };
  bind(entry, info, ctx, params);
  const rows = await run(ctx, info.fieldName, textOf(entry), params, entry.plan.node.all);
  const hits = rows.filter((r) => r.item !== null && r.item !== undefined).map((r) => ({ node: r.item as Record<string, unknown>, score: r.score as number }));
  return toConnection(hits, page, () => (rows[0]?.total as number | undefined) ?? 0);
}

function connectionOf<T>(edges: Array<{ cursor: string; node: T }>, hasNextPage: boolean, hasPreviousPage: boolean, total: number): ConnectionValue<T> {
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
    totalCount: total,
  };
}

/**
 * The value the compiled statement of the root field read for this field of `root` (under
 * `<response key>@<declaring type>`), or undefined when it did not read it (a parent the compiler
 * did not read, a field it left to its resolver).
 */
export function compiledValue(root: object, info: GraphQLResolveInfo, declaredOn: string): { value: unknown } | undefined {
  const key = `${info.path.key}@${declaredOn}`;
  return Object.prototype.hasOwnProperty.call(root, key) ? { value: (root as Record<string, unknown>)[key] } : undefined;
}

/** A compiled relationship list's value: `items` (page size + 1, each with its keyset position `_c`) and `total`. */
export interface CompiledList {
  items: Array<Record<string, unknown> & { _c?: RelationPosition }>;
  total?: number;
}

/** A compiled relationship list as the connection its field answers. */
export function compiledConnection<T>(value: CompiledList, args: { first?: number | null; after?: string | null }): ConnectionValue<T> {
  const first = pageSize(args.first);
  if (typeof args.after === 'string') decodeRelationCursor(args.after);
  const page = value.items.slice(0, first);
  const edges = page.map((item) => ({ cursor: item._c ? encodeRelationCursor(item._c) : '', node: item as unknown as T }));
  return connectionOf(edges, value.items.length > first, typeof args.after === 'string', value.total ?? 0);
}
