import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

import { introspectionDepthRule } from './introspectionDepthRule';

export interface ArmorLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/**
 * The document limits, checked by graphql-armor as validation rules (before execution, so before
 * any Cypher): depth (fragments flattened, so a fragment cannot hide depth), aliases, directives
 * (tokens: graphql-js's parser, configured in app.ts). A refusal is reported as a validation error whose `extensions.limit` names the limit.
 * `__schema` is exempt from the ordinary depth limit (the standard introspection query is 15 deep)
 * and held to its own, introspectionDepthRule; `__type` is held to both.
 */
export function armor(limits: ArmorLimits): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const reporter = (limit: string) => [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
    },
  ];
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, onReject: reporter('depth'), propagateOnRejection: false },
    maxAliases: { n: limits.maxAliases, onReject: reporter('aliases'), propagateOnRejection: false },
    maxDirectives: { n: limits.maxDirectives, onReject: reporter('directives'), propagateOnRejection: false },
    // Tokens are limited by graphql-js's own parser option (see app.ts parseOptions): armor's
    // token plugin throws from a hook Apollo answers with a 500.
    maxTokens: { enabled: false },
    // The node estimate (limitsPlugin) replaces armor's cost limit: it accounts for `first`.
    costLimit: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors hides suggestions in production.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = protection.protect();
  return { validationRules: [...(validationRules as ValidationRule[]), introspectionDepthRule()], plugins: plugins as ApolloServerPlugin[] };
}
