import 'reflect-metadata';

import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import { ActorResolver, EnterpriseResolver, InvestorResolver } from './resolvers/actor.resolver';
import { ActorMeasuresResolver, AnalyticsQueryResolver, MeasuresRunResolver, NeighbourhoodLinkResolver } from './resolvers/analytics.resolver';
import {
  ContextListResolver,
  CraftVillageResolver,
  EventResolver,
  InvestmentResolver,
  MarketResolver,
  OutputResolver,
  ProgramResolver,
  ProjectResolver,
  ProvinceResolver,
  SectorResolver,
} from './resolvers/context.resolver';
import { ChangeResolver } from './resolvers/change.resolver';
import { CurationResolver } from './resolvers/curation.resolver';
import { DashboardResolver, ProjectReportResolver } from './resolvers/dashboard.resolver';
import { EntityResolver, LinkResolver, NodeQueryResolver } from './resolvers/node.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import * as actorTypes from './types/actor.type';
import * as contextTypes from './types/context.type';
import { Source } from './types/node.type';

// eslint-disable-next-line @typescript-eslint/ban-types
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeQueryResolver,
  EntityResolver,
  LinkResolver,
  ActorResolver,
  EnterpriseResolver,
  InvestorResolver,
  ContextListResolver,
  CraftVillageResolver,
  ProvinceResolver,
  SectorResolver,
  ProgramResolver,
  ProjectResolver,
  EventResolver,
  OutputResolver,
  InvestmentResolver,
  MarketResolver,
  SearchResolver,
  DashboardResolver,
  ProjectReportResolver,
  CurationResolver,
  ChangeResolver,
  AnalyticsQueryResolver,
  ActorMeasuresResolver,
  MeasuresRunResolver,
  NeighbourhoodLinkResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** Builds helixgraph's GraphQL schema from the type-graphql classes (once per process). */
export function buildHelixSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    // Types reached only through interfaces must be listed so they appear in the schema.
    // eslint-disable-next-line @typescript-eslint/ban-types
    orphanedTypes: [Source, ...Object.values(actorTypes), ...Object.values(contextTypes)] as Function[],
    validate: false,
    emitSchemaFile: false,
  });
  return cached;
}
