import { ACTOR_KINDS, EVIDENCE_LEVELS } from '../../domain/model';
import type { Hop, RelationField } from '../../domain/readModel';
import type { DerivedField, EvidenceFilter, LinksPlan, NodePlan, PagePlan, RelationPlan, RootPlan, SourcesPlan } from './plan';
import { listRootCypher, type ListShape } from './listCypher';
import { searchRootCypher } from './searchCypher';

/**
 * Turns a plan (plan.ts) into one Cypher statement. The text depends only on the plan's shape:
 * labels, relationship types and property names come from the read model and the schema (never
 * from a request), and every value is a `$` parameter; so Neo4j's plan cache holds one plan per
 * document. Nested lists are `COLLECT { … ORDER BY … LIMIT }` subqueries over typed patterns, a
 * total is a `COUNT { }` only where `totalCount` is selected, and only the selected properties are
 * read (map projections). A list's root follows the shape of its filter and order (listCypher.ts). The golden files under cypher/compiled/ are this function's output for
 * the benchmark's and the README's documents.
 */
export function compileCypher(plan: RootPlan, shape?: ListShape): string {
  switch (plan.kind) {
    case 'node':
      return `MATCH (n0:Entity {id: $id})\nRETURN ${projection('n0', plan.node, 1, '')} AS item`;
    case 'nodes':
      return `UNWIND $ids AS id\nOPTIONAL MATCH (n0:Entity {id: id})\nRETURN ${projection('n0', plan.node, 1, '')} AS item`;
    case 'search':
      return `${searchRootCypher(plan.page.total)}\nRETURN ${projection('n0', plan.node, 1, '')} AS item, score${plan.page.total ? ', total' : ''}`;
    case 'list': {
      if (!shape) throw new Error('a list statement needs the shape of its filter and order');
      return `${listRootCypher(shape, plan.page.total)}\nRETURN ${projection('n0', plan.node, 1, '')} AS item, key${shape.variant === 'nameOrder' ? ', complete' : ''}${plan.page.total ? ', total' : ''}`;
    }
  }
}

/** Properties no answer ever shows (import and search bookkeeping): left out of `{.*}`. */
const INTERNAL = ['contentHash', 'searchName', 'searchText', 'sortName'];

const LEVELS = `[${EVIDENCE_LEVELS.map((l) => `'${l}'`).join(', ')}]`;

/** The Cypher of a derived field of the record in `v`. */
function derived(v: string, field: DerivedField): string {
  switch (field) {
    case 'evidence':
      return `CASE WHEN ${v}.evidence IN ${LEVELS} THEN ${v}.evidence WHEN ${v}.placeholder = true THEN 'PLACEHOLDER' WHEN ${v}.estimate = true THEN 'ESTIMATED' ELSE 'STATED' END`;
    case 'placeholder':
      return `coalesce(${v}.placeholder, false) = true`;
    case 'estimate':
      return `coalesce(${v}.estimate, false) = true`;
    case 'propertyEvidence':
      return `${v}.propertyEvidence`;
    case 'degree':
      return `COUNT { (${v})--(:Entity) }`;
  }
}

const indent = (depth: number) => '  '.repeat(depth);

/** The map projection of the node in `v`: its properties, derived fields and nested fields. */
function projection(v: string, plan: NodePlan, depth: number, cursor: string): string {
  const entries: string[] = plan.all ? ['.*', ...INTERNAL.map((p) => `${p}: null`)] : ['.id', '.label', ...unique(plan.props).map((p) => `.${p}`)];
  for (const d of unique(plan.derived)) entries.push(`${d}: ${derived(v, d)}`);
  const nested: string[] = [];
  for (const r of plan.relations) nested.push(`\`${r.key}\`: ${guarded(v, r.onLabels, relation(v, r, depth))}`);
  for (const l of plan.links) nested.push(`\`${l.key}\`: ${guarded(v, l.onLabels, links(v, l, depth))}`);
  for (const s of plan.sources) nested.push(`\`${s.key}\`: ${sources(v, s, depth)}`);
  if (cursor) entries.push(`_c: ${cursor}`);
  if (nested.length === 0) return `${v} {${entries.join(', ')}}`;
  const pad = indent(depth);
  return `${v} {${entries.join(', ')},\n${nested.map((n) => `${pad}${n}`).join(',\n')}}`;
}

function guarded(v: string, onLabels: readonly string[] | null, value: string): string {
  return onLabels ? `CASE WHEN ${v}:${labelExpression(onLabels)} THEN ${value} END` : value;
}

/** `Actor` for every actor kind, else `A|B`. */
function labelExpression(labels: readonly string[]): string {
  if (labels.length === ACTOR_KINDS.length && ACTOR_KINDS.every((k) => labels.includes(k))) return 'Actor';
  return labels.join('|');
}

function arrow(h: Hop, r: string): string {
  const rel = `[${r}:${h.types.join('|')}]`;
  return h.direction === 'OUT' ? `-${rel}->` : h.direction === 'IN' ? `<-${rel}-` : `-${rel}-`;
}

/** The pattern of a path from `v` to `m`, with its relationship variables (the last is `r`). */
function pathPattern(v: string, path: readonly Hop[], r: string, m: string): { pattern: string; rels: string[]; nodes: string[] } {
  let pattern = `(${v})`;
  const rels: string[] = [];
  const nodes: string[] = [];
  path.forEach((h, i) => {
    const last = i === path.length - 1;
    const rv = last ? r : `${r}_${i}`;
    const nv = last ? m : `${m}_${i}`;
    pattern += `${arrow(h, rv)}(${nv}:${h.labels ? labelExpression(h.labels) : 'Entity'})`;
    rels.push(rv);
    nodes.push(nv);
  });
  return { pattern, rels, nodes };
}

function evidenceTest(filter: EvidenceFilter, vars: readonly string[]): string[] {
  if (!filter) return [];
  return vars.map((x) => `coalesce(${x}.evidence, 'STATED') IN $${filter.param}`);
}

/** The order of every relationship list, and the keyset position an item has in it. */
const orderKey = (r: string, m: string) => `[type(${r}), coalesce(toLower(${m}.name), ''), ${m}.id, elementId(${r})]`;

function where(tests: string[]): string {
  return tests.length > 0 ? ` WHERE ${tests.join(' AND ')}` : '';
}

function relation(v: string, rel: RelationPlan, depth: number): string {
  const r = `r${depth}`;
  const m = `m${depth}`;
  const f: RelationField = rel.field;
  const pad = indent(depth + 1);
  if (!rel.page) {
    const paths = [f.path, ...(f.alternatives ?? [])];
    const item = projection(m, rel.node, depth + 1, '');
    if (paths.length === 1) {
      const p = pathPattern(v, f.path, r, m);
      return `head(COLLECT {\n${pad}MATCH ${p.pattern}${where(evidenceTest(rel.evidence, [...p.rels, ...p.nodes]))}\n${pad}WITH ${r}, ${m} ORDER BY ${orderKey(r, m)} LIMIT 1\n${pad}RETURN ${item} })`;
    }
    // Alternatives: the first path that reaches a node wins.
    const branches = paths.map((path, i) => {
      const p = pathPattern(v, path, r, m);
      return `${pad}  MATCH ${p.pattern}${where(evidenceTest(rel.evidence, [...p.rels, ...p.nodes]))}\n${pad}  RETURN ${r}, ${m}, ${i} AS alternative`;
    });
    return `head(COLLECT {\n${pad}CALL (${v}) {\n${branches.join(`\n${pad}  UNION\n`)}\n${pad}}\n${pad}WITH ${r}, ${m} ORDER BY alternative, ${orderKey(r, m)} LIMIT 1\n${pad}RETURN ${item} })`;
  }
  const p = pathPattern(v, f.path, r, m);
  const filters = evidenceTest(rel.evidence, [...p.rels, ...p.nodes]);
  return connection(p.pattern, filters, r, m, rel.page, projection(m, rel.node, depth + 1, rel.page.cursors ? orderKey(r, m) : ''), depth);
}

/** A connection's value: `{items, total}`, items ordered and cut by the keyset position `after`. */
function connection(pattern: string, filters: string[], r: string, m: string, page: PagePlan, item: string, depth: number): string {
  const pad = indent(depth + 1);
  const after = `($${page.param}_after IS NULL OR ${orderKey(r, m)} > $${page.param}_after)`;
  const items = `COLLECT {\n${pad}MATCH ${pattern}${where([...filters, after])}\n${pad}WITH ${r}, ${m} ORDER BY ${orderKey(r, m)} LIMIT toInteger($${page.param}_limit)\n${pad}RETURN ${item} }`;
  const total = page.total ? `, total: COUNT { MATCH ${pattern}${where(filters)} }` : '';
  return `{items: ${items}${total}}`;
}

function links(v: string, l: LinksPlan, depth: number): string {
  const r = `r${depth}`;
  const m = `m${depth}`;
  const pattern = `(${v})-[${r}]-(${m}:Entity)`;
  const filters = [
    `($${l.page.param}_types IS NULL OR type(${r}) IN $${l.page.param}_types)`,
    `($${l.page.param}_direction = 'BOTH' OR ($${l.page.param}_direction = 'OUT') = (startNode(${r}) = ${v}))`,
    ...evidenceTest(l.evidence, [r, m]),
  ];
  const entries = ['type: type(' + r + ')', `direction: CASE WHEN startNode(${r}) = ${v} THEN 'OUT' ELSE 'IN' END`];
  for (const p of unique(l.props)) entries.push(`${p}: ${r}.${p}`);
  for (const d of unique(l.derived)) entries.push(`${d}: ${derived(r, d)}`);
  for (const s of l.sources) entries.push(`\`${s.key}\`: ${sources(r, s, depth + 1)}`);
  if (l.node) entries.push(`node: ${projection(m, l.node, depth + 2, '')}`);
  if (l.page.cursors) entries.push(`_c: ${orderKey(r, m)}`);
  const pad = indent(depth + 1);
  const item = `{${entries.join(`,\n${pad}  `)}}`;
  return connection(pattern, filters, r, m, l.page, item, depth);
}

function sources(v: string, s: SourcesPlan, depth: number): string {
  const x = `s${depth}`;
  const entries = ['.id', '.label', ...unique(s.props).map((p) => `.${p}`)];
  return `COLLECT { UNWIND coalesce(${v}.sourceIds, []) AS sid MATCH (${x}:Source {id: sid}) RETURN ${x} {${entries.join(', ')}} }`;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)].filter((x) => x !== ('id' as T) && x !== ('label' as T));
}
