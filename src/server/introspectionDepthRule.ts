import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Deepest `__schema` or `__type` selection accepted (fragments flattened; the `__schema` field
 * itself is level 1). graphql-js 16's `getIntrospectionQuery()` with every option is 15 deep (its
 * `TypeRef` fragment nests `ofType` so that `[[String!]!]!` and deeper wrappings are read); the
 * margin lets tools that nest a few more `ofType`s through. `ofType` is a single object, so depth
 * here costs work linearly; the fan-out (`fields` within `fields` …) is bounded separately by
 * graphql-js's own MaxIntrospectionDepthRule, which Apollo runs with every specified rule.
 */
export const INTROSPECTION_MAX_DEPTH = 18;

/**
 * A validation rule bounding introspection by its own depth limit, so that the ordinary depth limit
 * (graphql-armor's, which skips `__schema`) can stay low for data queries while standard tools
 * (GraphiQL, codegen, Apollo Sandbox, graphql-inspector) download the schema. `__type` is held to
 * both this limit and the ordinary one. Fragments are costed once each (a fragment bomb is linear)
 * and a fragment cycle counts as depth 0 on re-entry (NoFragmentCyclesRule reports it).
 */
export function introspectionDepthRule(maxDepth: number = INTROSPECTION_MAX_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const fragmentDepth = new Map<string, number>();
    const inProgress = new Set<string>();

    const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
      if (!selectionSet) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, spreadDepth(selection.name.value));
        }
      }
      return deepest;
    };

    const spreadDepth = (name: string): number => {
      const known = fragmentDepth.get(name);
      if (known !== undefined) return known;
      if (inProgress.has(name)) return 0;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment) return 0;
      inProgress.add(name);
      const depth = depthOf(fragment.selectionSet);
      inProgress.delete(name);
      fragmentDepth.set(name, depth);
      return depth;
    };

    return {
      Field(node) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
        const depth = 1 + depthOf(node.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Introspection depth limit of ${maxDepth} exceeded, found ${depth} (at ${node.name.value}).`, {
              nodes: [node],
              extensions: { limit: 'introspectionDepth' },
            }),
          );
        }
        return false; // nothing below an introspection root is another one
      },
    };
  };
}
