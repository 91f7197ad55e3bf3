import 'reflect-metadata';

import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import { ActorResolver } from './resolvers/actor.resolver';
import { ActorMeasuresResolver, AnalyticsQueryResolver, MeasuresRunResolver, NeighbourhoodLinkResolver } from './resolvers/analytics.resolver';
import { ChangeResolver } from './resolvers/change.resolver';
import { CurationResolver } from './resolvers/curation.resolver';
import { DashboardResolver, ProjectReportResolver } from './resolvers/dashboard.resolver';
import { EntityResolver, LinkResolver, NodeQueryResolver } from './resolvers/node.resolver';
import { READ_MODEL_RESOLVERS, resolveCompiledRelationsDirectly } from './resolvers/readModel.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { SphereBrokersResolver } from './resolvers/sphereBrokers.resolver';
import { ViewerResolver } from './resolvers/viewer.resolver';
import * as actorTypes from './types/actor.type';
import * as contextTypes from './types/context.type';
import { Source } from './types/node.type';

// eslint-disable-next-line @typescript-eslint/ban-types
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeQueryResolver,
  EntityResolver,
  LinkResolver,
  ActorResolver,
  ...READ_MODEL_RESOLVERS,
  SearchResolver,
  DashboardResolver,
  ProjectReportResolver,
  CurationResolver,
  ChangeResolver,
  AnalyticsQueryResolver,
  ActorMeasuresResolver,
  MeasuresRunResolver,
  NeighbourhoodLinkResolver,
  SphereBrokersResolver,
  ViewerResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/**
 * The read model's interfaces resolve their concrete type synchronously from the record's `label`
 * (type-graphql wraps every resolveType in an async function: a promise per item of every list).
 */
function syncResolveType(schema: GraphQLSchema): GraphQLSchema {
  for (const name of ['Node', 'Entity', 'Actor']) {
    const type = schema.getType(name);
    if (isInterfaceType(type)) type.resolveType = (value) => (value as { label?: string }).label;
  }
  return schema;
}

/** Builds helixgraph's GraphQL schema from the type-graphql classes (once per process). */
export function buildHelixSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    // Types reached only through interfaces must be listed so they appear in the schema.
    // eslint-disable-next-line @typescript-eslint/ban-types
    orphanedTypes: [Source, ...Object.values(actorTypes), ...Object.values(contextTypes)] as Function[],
    validate: false,
    emitSchemaFile: false,
  })
    .then(syncResolveType)
    .then(resolveCompiledRelationsDirectly);
  return cached;
}
