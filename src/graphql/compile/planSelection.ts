import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  print,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

import { emptyNodePlan, type EvidenceFilter, type LinksPlan, type NodePlan, type PagePlan, type RelationPlan, type SourcesPlan } from '../../db/compiled/plan';
import { ENTITY_DERIVED, relationField, typeModel, type TypeModel } from '../../domain/readModel';

/**
 * Turns a GraphQL selection into a plan (src/db/compiled/plan.ts) against the read model
 * (src/domain/readModel.ts). What the model declares is compiled: stored properties, derived
 * evidence fields, relationship fields, `links`, `sources`, `degree`. Anything else (analytics,
 * reports, fields under @skip/@include) is left to its resolver, which then receives the whole
 * record (`all`). Each paged field gets a parameter prefix and a binder that reads its arguments
 * from the request's variables at run time: the plan, and so the statement, depends only on the
 * document.
 */

/** A paged field's arguments, read per request: where its parameters come from. */
export interface PageBinder {
  param: string;
  kind: 'relation' | 'links';
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  /** Whether the field's evidence comes from its own `evidence` argument. */
  ownEvidence: boolean;
}

export interface Planned {
  binders: PageBinder[];
}

interface Env {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The request's default evidence filter (null when the server answers on every level). */
  evidence: EvidenceFilter;
  binders: PageBinder[];
  next: number;
}

/** A field met in a selection, with the type it was selected on. */
interface Met {
  node: FieldNode;
  on: string;
}

/**
 * The fields of `sets` (selections on `type`), flattened through fragments. Fields under @skip or
 * @include are not returned: `opaque` says the record must then be read whole.
 */
function collect(env: Env, sets: readonly SelectionSetNode[], type: string, out: Met[], state: { opaque: boolean }): void {
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.directives && s.directives.length > 0) {
        state.opaque = true;
        continue;
      }
      if (s.kind === Kind.FIELD) out.push({ node: s, on: type });
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(env, [s.selectionSet], s.typeCondition?.name.value ?? type, out, state);
      else {
        const fragment = env.fragments[s.name.value];
        if (!fragment || (fragment.directives && fragment.directives.length > 0)) {
          state.opaque = true;
          continue;
        }
        collect(env, [fragment.selectionSet], fragment.typeCondition.name.value, out, state);
      }
    }
  }
}

/** Labels a node of this GraphQL type may have. */
function labelsOf(type: string): readonly string[] {
  return typeModel(type)?.labels ?? [];
}

const within = (inner: readonly string[], outer: readonly string[]) => inner.every((l) => outer.includes(l));

/** Groups fields by response key, keeping only those whose occurrences agree (same arguments). */
function byKey(fields: Met[]): Map<string, Met[]> {
  const out = new Map<string, Met[]>();
  for (const f of fields) {
    const key = f.node.alias?.value ?? f.node.name.value;
    const list = out.get(key) ?? [];
    list.push(f);
    out.set(key, list);
  }
  return out;
}

function sameArguments(ms: Met[]): boolean {
  const first = ms[0].node.arguments?.map(print).join(',') ?? '';
  return ms.every((m) => (m.node.arguments?.map(print).join(',') ?? '') === first);
}

const subSets = (ms: Met[]) => ms.map((m) => m.node.selectionSet).filter((s): s is SelectionSetNode => s !== undefined);

/** The node plan of selections `sets` on GraphQL type `type` (an object type or interface). */
export function planNode(env: Env, sets: readonly SelectionSetNode[], type: string): NodePlan {
  const plan = emptyNodePlan();
  const state = { opaque: false };
  const fields: Met[] = [];
  collect(env, sets, type, fields, state);
  const parentLabels = labelsOf(type);
  for (const [key, ms] of byKey(fields)) {
    // The same key on different types (e.g. Enterprise.investments and Investor.investments) is
    // handled per declaring type below; occurrences on one type must agree to be merged.
    const byDeclaring = new Map<string, Met[]>();
    for (const m of ms) {
      const name = m.node.name.value;
      if (name === '__typename' || name === 'id') continue;
      const rel = relationField(m.on, name);
      const model = typeModel(m.on);
      if (rel) {
        const list = byDeclaring.get(`${rel.declaredOn}`) ?? [];
        list.push(m);
        byDeclaring.set(rel.declaredOn, list);
      } else if (model && model.properties.includes(name)) {
        plan.props.push(name);
      } else if (model && model.name !== 'Source' && (ENTITY_DERIVED as readonly string[]).includes(name)) {
        plan.derived.push(name as (typeof ENTITY_DERIVED)[number]);
      } else if (model && model.name !== 'Source' && name === 'degree') {
        plan.derived.push('degree');
      } else if (model && model.name !== 'Source' && name === 'sources') {
        addSources(plan.sources, `${key}@Entity`, sourceProps(env, subSets([m])));
      } else if (model && model.name !== 'Source' && name === 'links' && sameArguments(ms.filter((x) => x.node.name.value === 'links'))) {
        if (!plan.links.some((l) => l.key === `${key}@Entity`)) plan.links.push(planLinks(env, key, ms.filter((x) => x.node.name.value === 'links'), m.on));
      } else {
        // A field the read model does not declare: its resolver needs the whole record.
        plan.all = true;
      }
    }
    for (const [declaredOn, group] of byDeclaring) {
      if (!sameArguments(group)) continue; // left to the resolvers (they read with their own arguments)
      const rel = relationField(group[0].on, group[0].node.name.value)!;
      const declaringLabels = labelsOf(declaredOn);
      const onLabels = within(parentLabels, declaringLabels) ? null : declaringLabels;
      plan.relations.push(planRelation(env, `${key}@${declaredOn}`, onLabels, rel.field, group, declaredOn));
    }
  }
  if (state.opaque) plan.all = true;
  return plan;
}

function fieldDef(env: Env, type: string, name: string): GraphQLField<unknown, unknown> {
  const t = env.schema.getType(type);
  if (!t || !('getFields' in t)) throw new Error(`read model: ${type} is not an output type of the schema`);
  const f = (t.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name];
  if (!f) throw new Error(`read model: ${type}.${name} is not in the schema`);
  return f;
}

/** Plans a connection's selection: its item selections, whether totalCount and cursors are asked. */
function planPage(env: Env, connectionSets: readonly SelectionSetNode[], connectionType: string): { page: Omit<PagePlan, 'param'>; itemSets: SelectionSetNode[]; opaque: boolean } {
  const fields: Met[] = [];
  const state = { opaque: false };
  collect(env, connectionSets, connectionType, fields, state);
  const itemSets: SelectionSetNode[] = [];
  let total = false;
  let cursors = false;
  for (const f of fields) {
    const name = f.node.name.value;
    if (name === 'totalCount') total = true;
    else if (name === 'nodes' && f.node.selectionSet) itemSets.push(f.node.selectionSet);
    else if (name === 'pageInfo') cursors = true;
    else if (name === 'edges' && f.node.selectionSet) {
      const edgeFields: Met[] = [];
      collect(env, [f.node.selectionSet], `${connectionType}Edge`, edgeFields, state);
      for (const e of edgeFields) {
        if (e.node.name.value === 'cursor') cursors = true;
        else if (e.node.name.value === 'node' && e.node.selectionSet) itemSets.push(e.node.selectionSet);
      }
    }
  }
  return { page: { total, cursors }, itemSets, opaque: state.opaque };
}

function planRelation(env: Env, key: string, onLabels: readonly string[] | null, field: RelationPlan['field'], group: Met[], declaredOn: string): RelationPlan {
  const sets = subSets(group);
  if (!field.many) return { key, onLabels, field, evidence: env.evidence, page: null, node: planNode(env, sets, field.target) };
  const param = `p${env.next++}`;
  const planned = planPage(env, sets, `${field.target}Connection`);
  env.binders.push({ param, kind: 'relation', field: fieldDef(env, declaredOn, field.name), node: group[0].node, ownEvidence: false });
  const node = planNode(env, planned.itemSets, field.target);
  // Fields under @skip/@include inside the connection: resolvers read what they need, so the
  // items carry the whole record.
  if (planned.opaque) node.all = true;
  return { key, onLabels, field, evidence: env.evidence, page: { param, ...planned.page }, node };
}

function planLinks(env: Env, key: string, group: Met[], on: string): LinksPlan {
  const param = `p${env.next++}`;
  const sets = subSets(group);
  const planned = planPage(env, sets, 'LinkConnection');
  const ownEvidence = group[0].node.arguments?.some((a) => a.name.value === 'evidence') ?? false;
  env.binders.push({ param, kind: 'links', field: fieldDef(env, on === 'Node' ? 'Entity' : on, 'links'), node: group[0].node, ownEvidence });
  const plan: LinksPlan = {
    key: `${key}@Entity`,
    onLabels: null,
    page: { param, ...planned.page },
    evidence: ownEvidence ? { param: `${param}_evidence` } : env.evidence,
    props: [],
    derived: [],
    sources: [],
    node: null,
  };
  const fields: Met[] = [];
  const state = { opaque: planned.opaque };
  collect(env, planned.itemSets, 'Link', fields, state);
  const nodeSets: SelectionSetNode[] = [];
  for (const f of fields) {
    const name = f.node.name.value;
    if (['role', 'since', 'until', 'evidenceNote', 'note'].includes(name)) plan.props.push(name);
    else if (name === 'evidence' || name === 'placeholder' || name === 'estimate') plan.derived.push(name);
    else if (name === 'sources') addSources(plan.sources, `${f.node.alias?.value ?? name}@Link`, sourceProps(env, subSets([f])));
    else if (name === 'node' && f.node.selectionSet) nodeSets.push(f.node.selectionSet);
  }
  if (nodeSets.length > 0 || state.opaque) plan.node = planNode(env, nodeSets, 'Entity');
  if (state.opaque) {
    // A field of a link under a directive: read every link property the resolvers might need.
    plan.props.push('role', 'since', 'until', 'evidenceNote', 'note');
    plan.derived.push('evidence', 'placeholder', 'estimate');
    plan.node!.all = true;
  }
  return plan;
}

/** Adds a `sources` field, or merges its properties into one already planned under the same key. */
function addSources(list: SourcesPlan[], key: string, props: string[]): void {
  const found = list.find((s) => s.key === key);
  if (found) found.props.push(...props);
  else list.push({ key, onLabels: null, props });
}

function sourceProps(env: Env, sets: readonly SelectionSetNode[]): string[] {
  const fields: Met[] = [];
  const state = { opaque: false };
  collect(env, sets, 'Source', fields, state);
  const source = typeModel('Source') as TypeModel;
  if (state.opaque) return [...source.properties];
  return fields.map((f) => f.node.name.value).filter((n) => source.properties.includes(n));
}

/** Starts planning a document's root field: the environment its nested fields are planned in. */
export function planEnv(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>, evidence: EvidenceFilter): Env {
  return { schema, fragments, evidence, binders: [], next: 0 };
}

export { planPage };

/** The arguments of a paged field in this request (coerced, defaults applied). */
export function argumentsOf(binder: PageBinder, variables: Record<string, unknown>): Record<string, unknown> {
  return getArgumentValues(binder.field, binder.node, variables);
}

/** Whether `type` (a return type name) is an entity type or interface of the read model. */
export function isModelType(schema: GraphQLSchema, name: string): boolean {
  const t = schema.getType(name);
  return !!t && (isObjectType(t) || isAbstractType(t)) && typeModel(getNamedType(t).name) !== undefined;
}
