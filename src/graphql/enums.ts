import { registerEnumType } from 'type-graphql';

import { ACTOR_KINDS, EVENT_KINDS, EVIDENCE_LEVELS, HELIX_SPHERES, INVESTMENT_STATUSES, LINK_TYPES, OUTPUT_KINDS } from '../domain/model';

/** GraphQL's SCREAMING_CASE name for a PascalCase label: SupportOrganization -> SUPPORT_ORGANIZATION. */
export function screamingCase(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

function identity<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

/** Actor kinds: GraphQL names in SCREAMING_CASE, values are the Neo4j labels. */
export const ActorKindEnum = Object.fromEntries(ACTOR_KINDS.map((k) => [screamingCase(k), k])) as Record<string, string>;
registerEnumType(ActorKindEnum, { name: 'ActorKind', description: 'The kind of an ecosystem actor.' });

export const HelixSphereEnum = identity(HELIX_SPHERES);
registerEnumType(HelixSphereEnum, {
  name: 'HelixSphere',
  description: 'The sphere of the (quadruple) helix an actor belongs to, with finance and international added.',
});

export const EventKindEnum = identity(EVENT_KINDS);
registerEnumType(EventKindEnum, { name: 'EventKind' });

export const OutputKindEnum = identity(OUTPUT_KINDS);
registerEnumType(OutputKindEnum, { name: 'OutputKind' });

export const InvestmentStatusEnum = identity(INVESTMENT_STATUSES);
registerEnumType(InvestmentStatusEnum, { name: 'InvestmentStatus' });

export const EvidenceEnum = identity(EVIDENCE_LEVELS);
registerEnumType(EvidenceEnum, {
  name: 'Evidence',
  description: 'How well a record, a relationship or a figure is supported by its sources, strongest first.',
  valuesConfig: {
    STATED: { description: 'A cited source states it.' },
    INFERRED: { description: 'It follows from what the sources state, but none states it (evidenceNote says how).' },
    PLACEHOLDER: { description: 'A stand-in for something a source says exists but does not name: its existence is stated, its identity is not.' },
    ESTIMATED: { description: 'A figure derived or rounded from stated figures (evidenceNote gives the method).' },
    SYNTHETIC: {
      description: 'An assignment made up to fill a gap the sources leave (a village, an attendance, a per-event split): never evidence. Left out of every answer unless asked for.',
    },
  },
});

export const LinkTypeEnum = identity(LINK_TYPES);
registerEnumType(LinkTypeEnum, { name: 'LinkType', description: 'The whitelist of relationship types.' });

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(Direction, { name: 'Direction', description: 'Which way a relationship points, seen from this node.' });

export enum SortField {
  NAME = 'NAME',
  DATE = 'DATE',
  LINKS = 'LINKS',
  DEGREE_CENTRALITY = 'DEGREE_CENTRALITY',
  BETWEENNESS = 'BETWEENNESS',
  CLOSENESS = 'CLOSENESS',
  PAGERANK = 'PAGERANK',
  EFFECTIVE_SIZE = 'EFFECTIVE_SIZE',
  CONSTRAINT = 'CONSTRAINT',
  BROKERAGE = 'BROKERAGE',
}
registerEnumType(SortField, {
  name: 'SortField',
  description:
    'NAME (case-insensitive); DATE (date, founded or start date); LINKS (number of relationships); DEGREE_CENTRALITY, BETWEENNESS, CLOSENESS, PAGERANK, EFFECTIVE_SIZE, CONSTRAINT, BROKERAGE (the stored network measures of actors, see Actor.measures; actors without them come last).',
});

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

/** Every node label that `search` and lists can be restricted to. */
export const NodeLabelEnum = Object.fromEntries(
  [...ACTOR_KINDS, 'CraftVillage', 'Province', 'Sector', 'Program', 'Project', 'Event', 'Output', 'Investment', 'Market'].map((l) => [
    screamingCase(l),
    l,
  ]),
) as Record<string, string>;
registerEnumType(NodeLabelEnum, { name: 'NodeLabel', description: 'The type of a node in the graph.' });

export enum GroupBy {
  KIND = 'KIND',
  SPHERE = 'SPHERE',
  SECTOR = 'SECTOR',
  PROVINCE = 'PROVINCE',
  VILLAGE = 'VILLAGE',
  PROGRAM = 'PROGRAM',
  YEAR = 'YEAR',
}
registerEnumType(GroupBy, { name: 'GroupBy', description: 'The dimension a dashboard count is grouped by.' });

export enum InvestmentGroupBy {
  NONE = 'NONE',
  SECTOR = 'SECTOR',
  PROVINCE = 'PROVINCE',
  VILLAGE = 'VILLAGE',
  INVESTOR = 'INVESTOR',
  PROGRAM = 'PROGRAM',
  YEAR = 'YEAR',
  STATUS = 'STATUS',
}
registerEnumType(InvestmentGroupBy, { name: 'InvestmentGroupBy' });

export enum TimeInterval {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(TimeInterval, { name: 'TimeInterval' });
