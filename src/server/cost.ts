import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  type GraphQLObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

import { DEFAULT_FIRST } from '../graphql/pagination';
import { fieldWeight, type StoreSize } from './fieldWeights';

/** The page size assumed for a list field: its `first` argument, else the default page. */
function pageSize(field: FieldNode, variables: Record<string, unknown>): number {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return DEFAULT_FIRST;
  const value = valueFromASTUntyped(arg.value, variables);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_FIRST;
}

/** Whether a field returns a Relay connection (its type's name ends in `Connection`). */
function isConnection(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection');
}

/**
 * GitHub-style node estimate of an operation: every connection field may return `first` items
 * (default 20), and everything below it is multiplied by that. The estimate is the sum, over all
 * connection fields, of the items they may return given their parents — the most nodes the query
 * could touch. Computed from the document and the variables before execution.
 *
 * The estimate of a selection is linear in its multiplier, so each fragment is costed once and
 * reused: a "fragment bomb" (fragments spreading each other twice, 30 levels deep) is costed in
 * linear time and refused for its (astronomical) estimate. Cycles are refused by GraphQL validation
 * and, here, costed as zero on re-entry.
 */
export function estimateNodes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  return walk(schema, document, operation, variables, () => 0);
}

/**
 * What the per-client budget charges an operation: its node estimate plus the declared work of
 * every field it selects (FIELD_WEIGHTS: the analytics fields that rebuild the actor network, …),
 * a field under a connection counted once per item it may be selected for.
 */
export function estimateCharge(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  store: StoreSize = { nodes: null },
): number {
  return walk(schema, document, operation, variables, (parentType, field, node) => fieldWeight(parentType.name, field.name, argumentsOf(field, node, variables), store));
}

type Weigh = (parentType: GraphQLNamedType, field: GraphQLField<unknown, unknown>, node: FieldNode) => number;

/** A field's arguments with their defaults, or {} when they do not coerce (validation reports that). */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}

function walk(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, weigh: Weigh): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const fragmentCost = new Map<string, number>();
  const inProgress = new Set<string>();

  const cost = (selections: SelectionSetNode, parentType: GraphQLNamedType | null | undefined): number => {
    let total = 0;
    for (const sel of selections.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = fieldOf(parentType, sel.name.value);
        if (field && parentType) total += weigh(parentType, field, sel);
        if (!sel.selectionSet) continue;
        const type = field ? getNamedType(getNullableType(field.type)) : undefined;
        const below = cost(sel.selectionSet, type);
        total += type && isConnection(type) ? pageSize(sel, variables) * (1 + below) : below;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        total += cost(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parentType);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(name)) continue;
        if (!fragmentCost.has(name)) {
          inProgress.add(name);
          fragmentCost.set(name, cost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)));
          inProgress.delete(name);
        }
        total += fragmentCost.get(name)!;
      }
      if (total > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
    }
    return total;
  };
  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return cost(operation.selectionSet, rootType);
}

function fieldOf(type: GraphQLNamedType | null | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (type && (isObjectType(type) || isInterfaceType(type))) return (type as GraphQLObjectType).getFields()[name];
  return undefined;
}
