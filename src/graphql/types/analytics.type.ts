import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { FOLDS } from '../../analytics/projection';
import { MEASURE_NAMES } from '../../analytics/measures';
import { ActorKindEnum, EvidenceEnum, HelixSphereEnum, LinkTypeEnum } from '../enums';
import { Actor } from './actor.type';
import { Link } from './link.type';
import { Entity, type NodeProps } from './node.type';

const identity = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ProjectionFoldEnum = identity(FOLDS);
registerEnumType(ProjectionFoldEnum, {
  name: 'ProjectionFold',
  description:
    'A context that ties the actors affiliated with it: EVENT (organizers and participants), PROJECT (implementers, managers and funders with the actors it connected), INVESTMENT (investor and enterprise), VILLAGE (actors located in a craft village and its supporters).',
});

export const MeasureEngineEnum = identity(['GDS', 'HELIXGRAPH'] as const);
registerEnumType(MeasureEngineEnum, {
  name: 'MeasureEngine',
  description:
    'What computed a measure: GDS (Neo4j Graph Data Science, inside the database: degree, PageRank, Louvain, and betweenness and closeness when exact) or HELIXGRAPH (helixgraph’s own code: every measure on a Neo4j without GDS, and always Burt’s and Gould–Fernandez’s measures and the sampled betweenness and closeness, whose error only it states).',
});

export const NetworkMeasureEnum = identity(MEASURE_NAMES);
registerEnumType(NetworkMeasureEnum, { name: 'NetworkMeasure', description: 'A stored network measure of an actor (see Actor.measures).' });

export enum HelixGroupBy {
  NONE = 'NONE',
  PROVINCE = 'PROVINCE',
  SECTOR = 'SECTOR',
}
registerEnumType(HelixGroupBy, { name: 'HelixGroupBy', description: 'Helix linkage for the whole network, or per province or sector.' });

export enum CoverageBy {
  PROVINCE = 'PROVINCE',
  VILLAGE = 'VILLAGE',
}
registerEnumType(CoverageBy, { name: 'CoverageBy', description: 'The place dimension of the coverage matrix.' });

export enum SuggestionMethod {
  ADAMIC_ADAR = 'ADAMIC_ADAR',
  VILLAGE_SIMILARITY = 'VILLAGE_SIMILARITY',
}
registerEnumType(SuggestionMethod, {
  name: 'SuggestionMethod',
  description:
    'ADAMIC_ADAR: shared neighbours in the actor network, each weighing 1/ln(its degree). VILLAGE_SIMILARITY: for a village, the summed Adamic–Adar similarity (shared sector or province) of the villages a candidate already reaches.',
});

@InputType({ description: 'How the actor network is built from the graph (see docs/analytics.md). Absent fields take the defaults.' })
export class ProjectionInput {
  @Field(() => [LinkTypeEnum], {
    nullable: true,
    description: 'Direct actor–actor relationship types that tie two actors (default: PART_OF, FUNDS, SUPPORTS, PARTNERS_WITH).',
  })
  linkTypes?: string[];

  @Field(() => [ProjectionFoldEnum], { nullable: true, description: 'Contexts that tie their actors (default: EVENT, PROJECT, INVESTMENT).' })
  via?: string[];

  @Field(() => Int, { nullable: true, description: 'A context with more members ties them to its hosts only (default 100).' })
  maxCoMembers?: number;
}

@ObjectType({ description: 'How an actor network was built.' })
export class Projection {
  @Field(() => [LinkTypeEnum])
  linkTypes!: string[];

  @Field(() => [ProjectionFoldEnum])
  via!: string[];

  @Field(() => Int)
  maxCoMembers!: number;
}

@ObjectType()
export class MeasureTiming {
  @Field(() => String, { description: 'degree, betweenness, closeness, pagerank, communities, burt or gouldFernandez.' })
  measure!: string;

  @Field(() => MeasureEngineEnum, { description: 'Which engine computed it.' })
  engine!: string;

  @Field(() => Float, { description: 'Wall-clock milliseconds.' })
  ms!: number;

  @Field(() => Float, { description: 'CPU milliseconds of the server process (the cost, whatever else the machine runs).' })
  cpuMs!: number;
}

export const MeasuresJobStateEnum = identity(['RUNNING', 'DONE', 'FAILED', 'CANCELLED'] as const);
registerEnumType(MeasuresJobStateEnum, { name: 'MeasuresJobState', description: 'Where a background recompute of the measures is.' });

@ObjectType({
  description:
    'A recompute of the network measures running (or run) in the background on this API process: one at a time, in a worker thread, so the API keeps answering; cancellable. The stored measures change only when it is DONE.',
})
export class MeasuresJob {
  @Field(() => ID)
  id!: string;

  @Field(() => MeasuresJobStateEnum)
  state!: string;

  @Field(() => String, { description: 'The phase it is in (or stopped in): read, project, degree, betweenness, closeness, pagerank, communities, stream, burt, gouldFernandez, write, done.' })
  phase!: string;

  @Field(() => Int, { description: 'How far it is, 0 to 100 (by phase: a rough share of the work, not of the time).' })
  percent!: number;

  @Field(() => String, { description: 'When it started (ISO 8601).' })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'When it finished, failed or was cancelled.' })
  finishedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'The computedAt of the run it stored (DONE only).' })
  computedAt!: string | null;
}

@ObjectType({ description: 'How and when the stored network measures were computed, and how exact they are.' })
export class MeasuresRun {
  @Field(() => String, { description: 'When (ISO 8601, UTC).' })
  computedAt!: string;

  @Field(() => [EvidenceEnum], { description: 'The evidence levels of the records and relationships the stored measures were computed on.' })
  evidence!: string[];

  @Field(() => Projection)
  projection!: Projection;

  @Field(() => String, { nullable: true, description: 'The Graph Data Science version that computed the measures whose timings say GDS; null when GDS computed none.' })
  gdsVersion!: string | null;

  @Field(() => Int)
  actors!: number;

  @Field(() => Int, { description: 'Tied pairs of actors.' })
  ties!: number;

  @Field(() => Int, { description: 'Directed arcs of flow (reciprocal ties count twice).' })
  arcs!: number;

  @Field(() => Boolean, { description: 'True when betweenness is exact (all actors as sources).' })
  betweennessExact!: boolean;

  @Field(() => Int, { description: 'Sources betweenness and closeness used: all actors when exact (also when the pivots asked were at least the actors), else the sampled pivots.' })
  pivots!: number;

  @Field(() => Float, {
    description:
      'Largest estimated standard error of one actor’s betweenness (0 when exact). A per-actor figure, not a bound on the largest error over all actors, which can be several times it (up to 4.8× in an outside check); errorBound holds for all at once.',
  })
  maxStandardError!: number;

  @Field(() => Float, {
    description: 'With probability errorConfidence every actor’s betweenness is within this of its exact value (Hoeffding; 0 when exact).',
  })
  errorBound!: number;

  @Field(() => Float)
  errorConfidence!: number;

  @Field(() => Float, {
    description:
      'Largest estimated standard error of one actor’s closeness: sampled from the same pivots as betweenness above the same size (0 when exact). Pivots, and every actor of a component holding fewer than two pivots, get their exact value from a search of their own and count 0. A per-actor figure, not a bound on the largest error over all actors, which can be several times it (up to 4.8× in an outside check).',
  })
  closenessMaxStandardError!: number;

  @Field(() => Int, { description: 'Louvain communities (isolates are communities of one).' })
  communities!: number;

  @Field(() => Float, { description: 'Modularity of the Louvain partition.' })
  modularity!: number;

  @Field(() => Int, { description: 'Seed of the betweenness sample and of Louvain.' })
  seed!: number;

  @Field(() => Int, { description: 'Contexts too large to tie their members to each other (maxCoMembers).' })
  cappedContexts!: number;

  @Field(() => [MeasureTiming])
  timings!: MeasureTiming[];

  @Field(() => Float, { description: 'Milliseconds computing all measures (wall clock).' })
  computeMs!: number;

  @Field(() => Float, { description: 'CPU milliseconds computing all measures.' })
  computeCpuMs!: number;

  @Field(() => Float, { description: 'Milliseconds reading the network from Neo4j.' })
  readMs!: number;

  @Field(() => Float, { description: 'Milliseconds writing the measures back.' })
  writeMs!: number;

  @Field(() => Float)
  totalMs!: number;
}

@ObjectType({
  description:
    'Gould–Fernandez brokerage roles, counted over ordered open two-paths A → B → C with groups = helix sphere, as statnet’s brokerage(). A mutual (undirected) tie is an arc each way, so an open two-path A – B – C between mutual ties counts twice: coordinator, itinerant and liaison are twice the number of unordered pairs, and the pair counts once as gatekeeper and once as representative. Example: a government broker tied both ways to two government actors, two enterprises and a university has 10 unordered open two-paths and counts coordinator 2, itinerant 2, gatekeeper 6, representative 6, liaison 4, total 20.',
})
export class BrokerageRoleCounts {
  @Field(() => Int, { description: 'A, B, C in one sphere; on mutual ties twice the number of unordered pairs A, C (each pair counts A → B → C and C → B → A).' })
  coordinator!: number;

  @Field(() => Int, { description: 'A and C in one sphere, the broker in another; on mutual ties twice the number of unordered pairs A, C.' })
  itinerant!: number;

  @Field(() => Int, { description: 'B and C in one sphere, A outside: the broker lets an outsider in.' })
  gatekeeper!: number;

  @Field(() => Int, { description: 'A and B in one sphere, C outside: the broker speaks for its sphere.' })
  representative!: number;

  @Field(() => Int, { description: 'A, B and C in three spheres; on mutual ties twice the number of unordered pairs A, C.' })
  liaison!: number;

  @Field(() => Int, { description: 'All five roles: the ordered open two-paths through the actor (on mutual ties, twice the unordered ones).' })
  total!: number;
}

@ObjectType({ description: 'The network measures stored on an actor by the last recompute (see measuresRun for how).' })
export class ActorMeasures {
  @Field(() => Int, { description: 'Distinct actors tied to this one.' })
  degree!: number;

  @Field(() => Float, { description: 'degree / (actors − 1).' })
  degreeCentrality!: number;

  @Field(() => Float, { description: 'Summed tie weights (relationships and shared contexts).' })
  strength!: number;

  @Field(() => Float, { description: 'Normalized betweenness (0..1), exact or estimated (see measuresRun).' })
  betweenness!: number;

  @Field(() => Float, { description: 'Closeness with the Wasserman–Faust correction for disconnected networks.' })
  closeness!: number;

  @Field(() => Float, { description: 'PageRank (damping 0.85) on the directed network of flows; sums to 1.' })
  pagerank!: number;

  @Field(() => Int, { description: 'Louvain community (0 = the largest).' })
  community!: number;

  @Field(() => Float, { nullable: true, description: "Burt's effective size (null for an isolate)." })
  effectiveSize!: number | null;

  @Field(() => Float, { nullable: true, description: 'Effective size / degree (null for an isolate).' })
  efficiency!: number | null;

  @Field(() => Float, { nullable: true, description: "Burt's constraint: low for a broker across structural holes (null for an isolate)." })
  constraint!: number | null;

  @Field(() => BrokerageRoleCounts)
  brokerage!: BrokerageRoleCounts;

  @Field(() => String)
  computedAt!: string;
}

@ObjectType({
  description:
    'A path: a sequence of distinct entities, nodes in order; links[i] joins nodes[i] to nodes[i+1] (its direction seen from nodes[i]). Where two consecutive entities are joined by several relationships of the allowed types (e.g. SUPPORTS and LOCATED_IN), the path is still one path and links[i] is one of them (with all: true, the first by type name).',
})
export class Path {
  @Field(() => Int, { description: 'Number of links.' })
  length!: number;

  @Field(() => [Entity])
  nodes!: NodeProps[];

  @Field(() => [Link])
  links!: Link[];
}

@ObjectType({ description: 'The shortest paths between two entities.' })
export class ShortestPaths {
  @Field(() => Int, { description: 'Links on each path.' })
  length!: number;

  @Field(() => [Path], {
    description: 'One path, or every shortest path (in a stable order) when all: true: each sequence of entities once, however many parallel relationships join them.',
  })
  paths!: Path[];

  @Field(() => Boolean, { description: 'True when more shortest paths (distinct sequences of entities) exist than were returned.' })
  truncated!: boolean;
}

@ObjectType()
export class NeighbourhoodNode {
  @Field(() => Entity)
  node!: NodeProps;

  @Field(() => Int, { description: 'Hops from the centre (0 for the centre).' })
  depth!: number;
}

@ObjectType({ description: 'A relationship between two nodes of a neighbourhood, in its stored direction.' })
export class NeighbourhoodLink {
  @Field(() => LinkTypeEnum)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => String, { nullable: true })
  since?: string;

  @Field(() => String, { nullable: true })
  until?: string;

  @Field(() => EvidenceEnum, { description: 'What the relationship rests on.' })
  evidence!: string;

  @Field(() => String, { nullable: true })
  evidenceNote?: string;

  @Field(() => Boolean)
  placeholder!: boolean;

  @Field(() => Boolean)
  estimate!: boolean;

  sourceIds!: string[];
}

@ObjectType({ description: 'The k-hop subgraph around an entity, ready for a graph drawing.' })
export class Neighbourhood {
  @Field(() => [NeighbourhoodNode], { description: 'The centre first, then by depth, most connected first.' })
  nodes!: NeighbourhoodNode[];

  @Field(() => [NeighbourhoodLink], { description: 'Relationships of the requested types between the returned nodes.' })
  links!: NeighbourhoodLink[];

  @Field(() => Int, { description: 'Nodes within the depth, centre included, before the limit.' })
  totalNodes!: number;

  @Field(() => Int, { description: 'Links between the returned nodes, before the link limit.' })
  totalLinks!: number;

  @Field(() => Boolean, { description: 'True when nodes or links were cut by the limits.' })
  truncated!: boolean;
}

@ObjectType()
export class SphereCount {
  @Field(() => HelixSphereEnum)
  sphere!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class KindCount {
  @Field(() => ActorKindEnum)
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A Louvain community of the stored measures.' })
export class Community {
  @Field(() => Int)
  community!: number;

  @Field(() => Int)
  size!: number;

  @Field(() => [SphereCount], { description: 'Members per helix sphere (spheres with members only).' })
  spheres!: SphereCount[];

  @Field(() => [KindCount], { description: 'Members per actor kind (kinds with members only).' })
  kinds!: KindCount[];

  @Field(() => [Actor], { description: 'The most central members, by PageRank.' })
  members!: NodeProps[];
}

@ObjectType()
export class SpherePairTies {
  @Field(() => HelixSphereEnum)
  a!: string;

  @Field(() => HelixSphereEnum)
  b!: string;

  @Field(() => Int)
  ties!: number;
}

@ObjectType({ description: 'Ties between helix spheres, for the whole network or one province or sector.' })
export class HelixLinkage {
  @Field(() => Entity, { nullable: true, description: 'The province or sector; null for the whole network.' })
  group!: NodeProps | null;

  @Field(() => Int, { description: 'Actors in the group.' })
  actors!: number;

  @Field(() => Int, { description: 'Ties with at least one end in the group.' })
  ties!: number;

  @Field(() => Int)
  withinSphere!: number;

  @Field(() => Int)
  acrossSpheres!: number;

  @Field(() => Float, { nullable: true, description: 'Krackhardt–Stern E-I index over spheres: (across − within) / ties.' })
  eiIndex!: number | null;

  @Field(() => [SpherePairTies], { description: 'All 21 pairs of spheres, zeros included.' })
  pairs!: SpherePairTies[];
}

@ObjectType({ description: 'One sector × place cell of the coverage matrix.' })
export class CoverageCell {
  @Field(() => Entity)
  sector!: NodeProps;

  @Field(() => Entity, { description: 'A province or a craft village.' })
  place!: NodeProps;

  @Field(() => [KindCount], { description: 'Actors of each kind reaching the cell (every kind, zeros included).' })
  counts!: KindCount[];

  @Field(() => [ActorKindEnum], { description: 'The requested kinds that no actor of the cell has.' })
  missingKinds!: string[];
}

@ObjectType({ description: 'Sector × place (province or village) × actor kind: how many actors reach each cell.' })
export class Coverage {
  @Field(() => CoverageBy)
  by!: CoverageBy;

  @Field(() => [EvidenceEnum], { description: 'The evidence levels this matrix rests on (records and relationships on other levels were left out).' })
  evidence!: string[];

  @Field(() => [CoverageCell], { description: 'Every (sector, place) where a village or enterprise of the sector is.' })
  cells!: CoverageCell[];

  @Field(() => Int, { description: 'Cells × requested kinds that no actor reaches.' })
  emptyCells!: number;
}

@ObjectType()
export class UnreachedVillage {
  @Field(() => Entity)
  village!: NodeProps;

  @Field(() => Int, { description: 'Enterprises the graph knows in the village.' })
  enterprises!: number;
}

@ObjectType()
export class ProjectOnlyEnterprise {
  @Field(() => Entity)
  enterprise!: NodeProps;

  @Field(() => Entity, { description: 'The project that connected it and every one of its ties comes through.' })
  project!: NodeProps;
}

@ObjectType()
export class SectorActivityGap {
  @Field(() => Entity)
  sector!: NodeProps;

  @Field(() => Int, { description: 'Events its actors organized or took part in.' })
  events!: number;

  @Field(() => Int)
  investments!: number;
}

@ObjectType({ description: 'Where the ecosystem has holes.' })
export class Gaps {
  @Field(() => [EvidenceEnum], { description: 'The evidence levels these gaps rest on (a tie on another level does not count as reaching).' })
  evidence!: string[];

  @Field(() => [ActorKindEnum], { description: 'The kinds that count as supporters here.' })
  supporterKinds!: string[];

  @Field(() => [UnreachedVillage], { description: 'Villages no supporter supports, is located in, or reaches through an enterprise.' })
  unreachedVillages!: UnreachedVillage[];

  @Field(() => [Entity], { description: 'Enterprises tied to no supporter in the actor network.' })
  unreachedEnterprises!: NodeProps[];

  @Field(() => [ProjectOnlyEnterprise], { description: 'Enterprises whose only ties come through the project that connected them.' })
  projectOnlyEnterprises!: ProjectOnlyEnterprise[];

  @Field(() => [SectorActivityGap])
  sectorsWithEventsButNoInvestment!: SectorActivityGap[];
}

@ObjectType({ description: 'A suggested new tie, its score and its reason.' })
export class SuggestedLink {
  @Field(() => Actor)
  actor!: NodeProps;

  @Field(() => SuggestionMethod)
  method!: SuggestionMethod;

  @Field(() => Float, { description: 'The ranking score: the index, boosted when the tie crosses spheres or communities.' })
  score!: number;

  @Field(() => Float, { description: 'The unboosted Adamic–Adar index.' })
  adamicAdar!: number;

  @Field(() => Int, { description: 'Shared neighbours (or similar villages the candidate reaches).' })
  commonNeighbours!: number;

  @Field(() => Boolean)
  crossesSpheres!: boolean;

  @Field(() => Boolean)
  crossesCommunities!: boolean;

  @Field(() => [Entity], { description: 'The reason: the shared neighbours (or similar villages), most telling first.' })
  via!: NodeProps[];

  @Field(() => String, { description: 'The reason in words.' })
  reason!: string;
}
