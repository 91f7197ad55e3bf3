import { ACTOR_KINDS, NODE_LABELS, type LinkType, type NodeLabel } from './model';

/**
 * The read model as data: for each GraphQL type of the graph, the labels it covers, the stored
 * properties it answers as they are, and its relationship fields (relationship types, direction,
 * labels at the far end, one or many). The GraphQL layer generates the relationship resolvers from
 * it and compiles selections against it into Cypher; nothing else says what a relationship field
 * follows. `test/unit/readModel.test.ts` checks every hop against LINK_RULES and every declared
 * property against the schema.
 */

/** One step along a relationship: which types, which way, and which labels at the far end (null: any entity). */
export interface Hop {
  readonly types: readonly LinkType[];
  readonly direction: 'OUT' | 'IN' | 'BOTH';
  readonly labels: readonly NodeLabel[] | null;
}

/**
 * A relationship field. Its items are the nodes at the end of `path` (one or two hops), or, when
 * `alternatives` is given, of the first alternative path that reaches any (a province "directly or
 * through the craft village"). Items are ordered by relationship type, then name (case-folded),
 * then id: the order every relationship list of the API has.
 */
export interface RelationField {
  readonly name: string;
  readonly description?: string;
  /** The GraphQL type of the items (a type of READ_MODEL, or an interface: Actor, Entity). */
  readonly target: string;
  /** A connection (first/after, totalCount) or a single node (null when there is none). */
  readonly many: boolean;
  readonly path: readonly Hop[];
  /** Further paths tried in order when `path` reaches nothing (to-one fields only). */
  readonly alternatives?: ReadonlyArray<readonly Hop[]>;
}

/** A GraphQL type of the graph and where its data lives. */
export interface TypeModel {
  readonly name: string;
  /** The labels (the `label` property) of the nodes of this type. */
  readonly labels: readonly string[];
  /** The interface (or interfaces) it implements, nearest first. */
  readonly interfaces: readonly string[];
  /** Properties answered as stored (besides `id`, always read). */
  readonly properties: readonly string[];
  readonly relations: readonly RelationField[];
}

const hop = (types: readonly LinkType[], direction: Hop['direction'], labels: readonly NodeLabel[] | null = null): Hop => ({ types, direction, labels });
const many = (name: string, target: string, path: readonly Hop[], description?: string): RelationField => ({ name, target, many: true, path, description });
const one = (name: string, target: string, path: readonly Hop[], description?: string): RelationField => ({ name, target, many: false, path, description });

/**
 * Properties of every entity answered as stored. `evidence`, `placeholder` and `estimate` are
 * derived from the stored level and the earlier flags (see `src/domain/evidence.ts`), and
 * `propertyEvidence` is parsed from its stored string: the compiler reads what they need.
 */
export const ENTITY_PROPERTIES = ['name', 'nameEn', 'description', 'evidenceNote', 'note'] as const;

/** Fields every entity has beyond its properties: derived evidence, sources, links, degree. */
export const ENTITY_DERIVED = ['evidence', 'placeholder', 'estimate', 'propertyEvidence'] as const;

const ACTOR_PROPERTIES = [...ENTITY_PROPERTIES, 'kind', 'sphere', 'shortName', 'website', 'founded'] as const;

/** Relationship fields every actor has (declared on the Actor interface). */
const ACTOR_RELATIONS: readonly RelationField[] = [
  {
    name: 'province',
    target: 'Province',
    many: false,
    description: 'The province, directly or through the craft village.',
    path: [hop(['LOCATED_IN'], 'OUT', ['Province'])],
    alternatives: [[hop(['LOCATED_IN'], 'OUT', ['CraftVillage']), hop(['LOCATED_IN'], 'OUT', ['Province'])]],
  },
  many('children', 'Actor', [hop(['PART_OF'], 'IN')], 'Organizations that are part of this one.'),
  many('supporters', 'Actor', [hop(['SUPPORTS', 'FUNDS'], 'IN', ACTOR_KINDS)], 'Actors that support this one (SUPPORTS, FUNDS).'),
  many('partners', 'Actor', [hop(['PARTNERS_WITH'], 'BOTH')], 'Partners (PARTNERS_WITH, either direction).'),
  many('sectors', 'Sector', [hop(['ACTIVE_IN'], 'OUT')]),
  many('projects', 'Project', [hop(['IMPLEMENTS', 'MANAGES', 'CONNECTED'], 'BOTH', ['Project'])], 'Projects this actor implements, manages or was connected by.'),
  many('events', 'Event', [hop(['PARTICIPATED_IN', 'ORGANIZED'], 'OUT')], 'Events this actor organized or took part in.'),
  many('markets', 'Market', [hop(['TARGETS_MARKET'], 'OUT')]),
];

const actorType = (name: NodeLabel, relations: readonly RelationField[] = []): TypeModel => ({
  name,
  labels: [name],
  interfaces: ['Actor', 'Entity', 'Node'],
  properties: ACTOR_PROPERTIES,
  relations,
});

const contextType = (name: NodeLabel, properties: readonly string[], relations: readonly RelationField[]): TypeModel => ({
  name,
  labels: [name],
  interfaces: ['Entity', 'Node'],
  properties: [...ENTITY_PROPERTIES, ...properties],
  relations,
});

/** The interfaces: the relationship fields declared on them hold for every type implementing them. */
export const INTERFACE_MODEL: readonly TypeModel[] = [
  { name: 'Node', labels: [...NODE_LABELS, 'Source'], interfaces: [], properties: [], relations: [] },
  { name: 'Entity', labels: NODE_LABELS, interfaces: ['Node'], properties: ENTITY_PROPERTIES, relations: [] },
  { name: 'Actor', labels: ACTOR_KINDS, interfaces: ['Entity', 'Node'], properties: ACTOR_PROPERTIES, relations: ACTOR_RELATIONS },
];

/** The object types of the graph. */
export const TYPE_MODEL: readonly TypeModel[] = [
  { name: 'Source', labels: ['Source'], interfaces: ['Node'], properties: ['title', 'publisher', 'url', 'date', 'language', 'note'], relations: [] },
  actorType('Enterprise', [
    one('village', 'CraftVillage', [hop(['LOCATED_IN'], 'OUT', ['CraftVillage'])]),
    many('investments', 'Investment', [hop(['RECEIVED'], 'OUT')], 'Investments this enterprise received.'),
  ]),
  actorType('SupportOrganization'),
  actorType('Intermediary'),
  actorType('GovernmentAgency'),
  actorType('ResearchInstitute'),
  actorType('Investor', [many('investments', 'Investment', [hop(['INVESTED'], 'OUT')], 'Investments this investor made.')]),
  actorType('InternationalOrganization'),
  contextType('CraftVillage', ['craft', 'craftEn', 'commune', 'district'], [
    one('province', 'Province', [hop(['LOCATED_IN'], 'OUT', ['Province'])]),
    many('sectors', 'Sector', [hop(['ACTIVE_IN'], 'OUT')]),
    many('enterprises', 'Enterprise', [hop(['LOCATED_IN'], 'IN', ['Enterprise'])], 'Enterprises located in the village.'),
    many('supporters', 'Actor', [hop(['SUPPORTS'], 'IN')], 'Organizations that support the village.'),
  ]),
  contextType('Province', ['region'], [
    many('villages', 'CraftVillage', [hop(['LOCATED_IN'], 'IN', ['CraftVillage'])]),
    many('actors', 'Actor', [hop(['LOCATED_IN'], 'IN', ACTOR_KINDS)], 'Actors located directly in the province.'),
  ]),
  contextType('Sector', ['code'], [
    many('villages', 'CraftVillage', [hop(['ACTIVE_IN'], 'IN', ['CraftVillage'])]),
    many('actors', 'Actor', [hop(['ACTIVE_IN'], 'IN', ACTOR_KINDS)]),
  ]),
  contextType('Program', ['code', 'decisionDate', 'startDate', 'endDate'], [
    many('managers', 'Actor', [hop(['MANAGES'], 'IN')], 'Agencies that own or manage the program.'),
    many('projects', 'Project', [hop(['FUNDS'], 'OUT', ['Project'])], 'Projects the program funds.'),
  ]),
  contextType('Project', ['code', 'startDate', 'endDate', 'acceptedDate'], [
    one('program', 'Program', [hop(['FUNDS'], 'IN', ['Program'])], 'The program that funds the project.'),
    many('implementers', 'Actor', [hop(['IMPLEMENTS'], 'IN')], 'Organizations that implement the project.'),
    many('events', 'Event', [hop(['ORGANIZED'], 'OUT')]),
    many('outputs', 'Output', [hop(['PRODUCED'], 'OUT')]),
    many('connectedEnterprises', 'Actor', [hop(['CONNECTED'], 'OUT')], 'Enterprises (and other actors) the project connected.'),
    many('investments', 'Investment', [hop(['RESULT_OF'], 'IN', ['Investment'])], 'Investments that came out of the project.'),
    many('markets', 'Market', [hop(['TARGETS_MARKET'], 'OUT')]),
  ]),
  contextType('Event', ['kind', 'date', 'place', 'participantVisits'], [
    many('participants', 'Actor', [hop(['PARTICIPATED_IN'], 'IN')], 'Actors that took part.'),
    many('organizers', 'Actor', [hop(['ORGANIZED'], 'IN', ACTOR_KINDS)], 'Organizations that organized it.'),
    one('project', 'Project', [hop(['ORGANIZED'], 'IN', ['Project'])]),
  ]),
  contextType('Output', ['kind', 'date'], [one('project', 'Project', [hop(['PRODUCED'], 'IN', ['Project'])])]),
  contextType('Investment', ['amount', 'currency', 'status', 'date'], [
    one('investor', 'Investor', [hop(['INVESTED'], 'IN', ['Investor'])]),
    one('enterprise', 'Enterprise', [hop(['RECEIVED'], 'IN', ['Enterprise'])]),
    one('project', 'Project', [hop(['RESULT_OF'], 'OUT', ['Project'])]),
  ]),
  contextType('Market', ['countryCode'], [many('actors', 'Actor', [hop(['TARGETS_MARKET'], 'IN', ACTOR_KINDS)], 'Actors that target this market.')]),
];

/** A root list: a query field answering a filtered, sorted page of the nodes of some labels. */
export interface RootList {
  readonly field: string;
  /** The GraphQL type of the items. */
  readonly target: string;
  readonly labels: readonly string[];
  /** Whether it takes `filter` and `orderBy` (the Source list takes neither). */
  readonly filtered: boolean;
  readonly description?: string;
}

const rootList = (field: string, target: string, labels: readonly string[], description?: string): RootList => ({ field, target, labels, filtered: true, description });

/** The root lists of the API. */
export const ROOT_LISTS: readonly RootList[] = [
  rootList('actors', 'Actor', ACTOR_KINDS, 'Actors of every kind, filtered and sorted.'),
  rootList('craftVillages', 'CraftVillage', ['CraftVillage']),
  rootList('provinces', 'Province', ['Province']),
  rootList('sectors', 'Sector', ['Sector']),
  rootList('programs', 'Program', ['Program']),
  rootList('projects', 'Project', ['Project']),
  rootList('events', 'Event', ['Event']),
  rootList('outputs', 'Output', ['Output']),
  rootList('investments', 'Investment', ['Investment']),
  rootList('markets', 'Market', ['Market']),
  { field: 'sources', target: 'Source', labels: ['Source'], filtered: false, description: 'Every source document the graph cites.' },
];

/** The type (object or interface) of this name, or undefined. */
export function typeModel(name: string): TypeModel | undefined {
  return TYPE_MODEL.find((t) => t.name === name) ?? INTERFACE_MODEL.find((t) => t.name === name);
}

/** The relationship field `field` of type `type`, declared on the type or on one of its interfaces. */
export function relationField(type: string, field: string): { field: RelationField; declaredOn: string } | undefined {
  const model = typeModel(type);
  if (!model) return undefined;
  for (const name of [model.name, ...model.interfaces]) {
    const found = typeModel(name)?.relations.find((r) => r.name === field);
    if (found) return { field: found, declaredOn: name };
  }
  return undefined;
}
