import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { ERROR_CONFIDENCE } from '../../analytics/centrality';
import { DEFAULT_SUPPORTER_KINDS } from '../../analytics/gaps';
import { COMPUTED_AT_PROPERTY } from '../../analytics/measures';
import { DEFAULT_PROJECTION, type Fold, type ProjectionOptions } from '../../analytics/projection';
import { AnalyticsService, type MeasuresRun as Run } from '../../analytics/service';
import type { Suggestion } from '../../analytics/suggestions';
import { AnalyticsRepository, type GraphLink } from '../../db/repositories/analytics.repository';
import { GdsRepository } from '../../db/repositories/gds.repository';
import { linkEvidence } from '../../db/repositories/node.repository';
import { ACTOR_KINDS, ACTOR_TIE_TYPES, LINK_TYPES, type ActorKind, type EvidenceLevel, type LinkType } from '../../domain/model';
import { BadInputError } from '../../errors';
import { ID_PATTERN } from '../../ingest/validate';
import type { JobOptions } from '../../jobs/measuresJob';
import { requireRole } from '../access';
import type { Context } from '../context';
import { ActorKindEnum, Direction, EvidenceEnum, LinkTypeEnum, NodeLabelEnum } from '../enums';
import { EVIDENCE_ARG_DESCRIPTION, evidenceArg } from '../evidence';
import { Actor } from '../types/actor.type';
import {
  ActorMeasures,
  Community,
  Coverage,
  CoverageBy,
  Gaps,
  HelixGroupBy,
  HelixLinkage,
  MeasureEngineEnum,
  MeasuresJob,
  MeasuresRun,
  Neighbourhood,
  NeighbourhoodLink,
  ProjectionInput,
  ShortestPaths,
  SuggestedLink,
  SuggestionMethod,
} from '../types/analytics.type';
import type { Link } from '../types/link.type';
import { Source, type NodeProps } from '../types/node.type';

export const MAX_HOPS = 6;
export const DEFAULT_HOPS = 4;
export const MAX_PATHS = 100;
export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 500;
export const DEFAULT_NEIGHBOURHOOD = 100;
export const NEIGHBOURHOOD_LINK_LIMIT = 5000;
export const MAX_SUGGESTIONS = 50;
/** Shared neighbours listed as the reason of one suggestion. */
export const MAX_REASONS = 20;

const services = new WeakMap<Context, Map<string, AnalyticsService>>();

/**
 * The analytics service of this request on the evidence asked (networks come from the process's
 * snapshot of the graph's current version, or are read once per request, evidence and projection).
 */
export function analyticsOf(ctx: Context, evidence: readonly EvidenceLevel[] = ctx.evidence): AnalyticsService {
  let byEvidence = services.get(ctx);
  if (!byEvidence) services.set(ctx, (byEvidence = new Map()));
  const key = evidence.join(',');
  let service = byEvidence.get(key);
  if (!service) byEvidence.set(key, (service = new AnalyticsService(new AnalyticsRepository(ctx.db), evidence, new GdsRepository(ctx.db), ctx.analytics)));
  return service;
}

function checkId(id: string, argument: string): void {
  if (!ID_PATTERN.test(id)) throw new BadInputError(argument, id, 'is not an id (1 to 200 letters, digits or ":._-")');
}

function checkInt(value: number, argument: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new BadInputError(argument, value, `must be an integer from ${min} to ${max}`);
}

function checkList(values: readonly unknown[] | undefined | null, argument: string): void {
  if (values && values.length === 0) throw new BadInputError(argument, values, 'must name at least one value (or be left out)');
}

/** Validates a projection argument before any database work; absent fields take the defaults. */
export function toProjection(input: ProjectionInput | undefined | null): ProjectionOptions {
  if (!input) return DEFAULT_PROJECTION;
  const linkTypes = (input.linkTypes ?? DEFAULT_PROJECTION.linkTypes) as LinkType[];
  for (const t of linkTypes) {
    if (!ACTOR_TIE_TYPES.includes(t)) {
      throw new BadInputError('projection.linkTypes', t, `must be a direct actor–actor type: ${ACTOR_TIE_TYPES.join(', ')}`);
    }
  }
  const maxCoMembers = input.maxCoMembers ?? DEFAULT_PROJECTION.maxCoMembers;
  checkInt(maxCoMembers, 'projection.maxCoMembers', 2, 100_000);
  return { linkTypes, via: (input.via ?? DEFAULT_PROJECTION.via) as Fold[], maxCoMembers };
}

/** Nodes by id (one batched round trip), skipping ids no longer in the graph. */
export async function nodesById(ctx: Context, ids: Iterable<string>): Promise<Map<string, NodeProps>> {
  const list = [...new Set(ids)];
  const found = await ctx.loaders.node.loadMany(list);
  const out = new Map<string, NodeProps>();
  found.forEach((n, i) => {
    if (n && !(n instanceof Error)) out.set(list[i], n);
  });
  return out;
}

const displayName = (n: NodeProps | undefined, id: string) => (n ? ((n.shortName as string | undefined) ?? (n.name as string)) : id);

function linkProps(l: GraphLink) {
  return {
    role: l.props.role as string | undefined,
    since: l.props.since as string | undefined,
    until: l.props.until as string | undefined,
    ...linkEvidence(l.props),
    sourceIds: (l.props.sourceIds as string[] | undefined) ?? [],
  };
}

function toRun(run: Run): MeasuresRun {
  return { ...run, errorConfidence: ERROR_CONFIDENCE, projection: { ...run.projection, linkTypes: [...run.projection.linkTypes], via: [...run.projection.via] } };
}

/** The measures stored on an actor node, or null when none were computed. */
export function measuresOf(p: NodeProps): ActorMeasures | null {
  if (typeof p[COMPUTED_AT_PROPERTY] !== 'string') return null;
  const num = (k: string) => (typeof p[k] === 'number' ? (p[k] as number) : 0);
  const opt = (k: string) => (typeof p[k] === 'number' ? (p[k] as number) : null);
  return {
    degree: num('m_degree'),
    degreeCentrality: num('m_degreeCentrality'),
    strength: num('m_strength'),
    betweenness: num('m_betweenness'),
    closeness: num('m_closeness'),
    pagerank: num('m_pagerank'),
    community: num('m_community'),
    effectiveSize: opt('m_effectiveSize'),
    efficiency: opt('m_efficiency'),
    constraint: opt('m_constraint'),
    brokerage: {
      coordinator: num('m_coordinator'),
      itinerant: num('m_itinerant'),
      gatekeeper: num('m_gatekeeper'),
      representative: num('m_representative'),
      liaison: num('m_liaison'),
      total: num('m_brokerage'),
    },
    computedAt: p[COMPUTED_AT_PROPERTY] as string,
  };
}

function reasonOf(s: Suggestion, names: (id: string) => string, sphereOf: (id: string) => string, seed: string): string {
  const listed = s.via.slice(0, 5).map(names).join(', ') + (s.via.length > 5 ? ` and ${s.via.length - 5} more` : '');
  if (s.method === SuggestionMethod.VILLAGE_SIMILARITY) {
    return `already reaches ${s.commonNeighbours} similar village${s.commonNeighbours === 1 ? '' : 's'} (same sector or province): ${listed}`;
  }
  const parts = [`${s.commonNeighbours} shared neighbour${s.commonNeighbours === 1 ? '' : 's'}: ${listed}`];
  if (s.crossesSpheres) parts.push(`crosses helix spheres (${sphereOf(seed)} → ${sphereOf(s.candidateId)})`);
  if (s.crossesCommunities) parts.push('crosses network communities');
  return parts.join('; ');
}

@ArgsType()
export class RecomputeArgs {
  @Field(() => ProjectionInput, { nullable: true })
  projection?: ProjectionInput;

  @Field(() => Int, { nullable: true, description: 'Exact betweenness and closeness up to this many actors (default 5000), sampled above.' })
  exactUpTo?: number;

  @Field(() => Int, { nullable: true, description: 'Sources sampled above exactUpTo (default 500); at or above the number of actors, betweenness and closeness are exact.' })
  pivots?: number;

  @Field(() => Int, { nullable: true, description: 'Seed of the sample and of Louvain (default 844; GDS’s Louvain has no seed).' })
  seed?: number;

  @Field(() => [EvidenceEnum], {
    nullable: true,
    description: 'Evidence levels of the records and relationships the measures are computed on (default: the server’s HELIXGRAPH_EVIDENCE); measuresRun.evidence records them.',
  })
  evidence?: string[];

  @Field(() => MeasureEngineEnum, {
    nullable: true,
    description: 'Compute the measures GDS has in GDS, or all in helixgraph (default: GDS when Neo4j has it); measuresRun.timings say which computed each.',
  })
  engine?: 'GDS' | 'HELIXGRAPH';
}

/** Validates a recompute's arguments before any work. */
function recomputeOptions(ctx: Context, args: RecomputeArgs): JobOptions {
  const { exactUpTo, pivots, seed, engine } = args;
  const evidence = evidenceArg(ctx, args.evidence);
  const projection = toProjection(args.projection);
  if (exactUpTo !== undefined && exactUpTo !== null) checkInt(exactUpTo, 'exactUpTo', 0, 1_000_000);
  if (pivots !== undefined && pivots !== null) checkInt(pivots, 'pivots', 2, 1_000_000);
  if (seed !== undefined && seed !== null) checkInt(seed, 'seed', 0, 2 ** 31 - 1);
  return { evidence, projection, exactUpTo: exactUpTo ?? undefined, pivots: pivots ?? undefined, seed: seed ?? undefined, engine: engine ?? 'AUTO' };
}

@Resolver()
export class AnalyticsQueryResolver {
  @Query(() => ShortestPaths, {
    nullable: true,
    description: `The shortest path between two entities (ignoring direction) through the given relationship types, within maxHops (1 to ${MAX_HOPS}); every shortest path (up to ${MAX_PATHS}) with all: true, a path being a distinct sequence of entities (parallel relationships between two of them do not make more paths); null when there is none.`,
  })
  async shortestPath(
    @Ctx() ctx: Context,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: DEFAULT_HOPS }) maxHops: number,
    @Arg('through', () => [LinkTypeEnum], { nullable: true, description: 'Relationship types the path may use (default: all).' }) through?: string[],
    @Arg('all', () => Boolean, { defaultValue: false }) all: boolean = false,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<ShortestPaths | null> {
    checkId(from, 'from');
    checkId(to, 'to');
    if (from === to) throw new BadInputError('to', to, 'must differ from "from"');
    checkInt(maxHops, 'maxHops', 1, MAX_HOPS);
    checkList(through, 'through');
    const levels = evidenceArg(ctx, evidence);
    const rows = await new AnalyticsRepository(ctx.db).shortestPaths(from, to, through ?? LINK_TYPES, levels, maxHops, all, MAX_PATHS + 1);
    if (rows.length === 0) return null;
    const paths = rows.slice(0, MAX_PATHS).map((row) => ({
      length: row.links.length,
      nodes: row.nodes,
      links: row.links.map(
        (l, i): Link => ({
          type: l.type,
          direction: l.from === row.nodes[i].id ? Direction.OUT : Direction.IN,
          ...linkProps(l),
          note: l.props.note as string | undefined,
          node: row.nodes[i + 1],
        }),
      ),
    }));
    return { length: paths[0].length, paths, truncated: rows.length > MAX_PATHS };
  }

  @Query(() => Neighbourhood, {
    nullable: true,
    description: `The subgraph within depth hops (1 to ${MAX_DEPTH}) of an entity, through the given relationship types and node kinds, at most limit nodes (1 to ${MAX_NEIGHBOURHOOD}) and ${NEIGHBOURHOOD_LINK_LIMIT} links; null when no entity has this id.`,
  })
  async neighbourhood(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('kinds', () => [NodeLabelEnum], { nullable: true, description: 'Node types allowed besides the centre (default: all).' }) kinds?: string[],
    @Arg('linkTypes', () => [LinkTypeEnum], { nullable: true, description: 'Relationship types followed (default: all).' }) linkTypes?: string[],
    @Arg('limit', () => Int, { defaultValue: DEFAULT_NEIGHBOURHOOD }) limit: number = DEFAULT_NEIGHBOURHOOD,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<Neighbourhood | null> {
    checkId(id, 'id');
    checkInt(depth, 'depth', 1, MAX_DEPTH);
    checkInt(limit, 'limit', 1, MAX_NEIGHBOURHOOD);
    checkList(kinds, 'kinds');
    checkList(linkTypes, 'linkTypes');
    const levels = evidenceArg(ctx, evidence);
    const row = await new AnalyticsRepository(ctx.db).neighbourhood(id, depth, linkTypes ?? LINK_TYPES, kinds ?? null, levels, limit, NEIGHBOURHOOD_LINK_LIMIT);
    if (!row) return null;
    return {
      nodes: row.nodes,
      links: row.links.map((l) => ({ type: l.type, from: l.from, to: l.to, ...linkProps(l) })),
      totalNodes: row.totalNodes,
      totalLinks: row.totalLinks,
      truncated: row.totalNodes > row.nodes.length || row.totalLinks > row.links.length,
    };
  }

  @Query(() => MeasuresRun, { nullable: true, description: 'How and when the stored network measures were computed; null before the first recompute.' })
  async measuresRun(@Ctx() ctx: Context): Promise<MeasuresRun | null> {
    const run = await analyticsOf(ctx).lastRun();
    return run ? toRun(run) : null;
  }

  @Query(() => String, { nullable: true, description: 'When the stored network measures were computed (ISO 8601); null if never.' })
  async measuresComputedAt(@Ctx() ctx: Context): Promise<string | null> {
    return (await analyticsOf(ctx).lastRun())?.computedAt ?? null;
  }

  @Query(() => [Community], { description: 'The Louvain communities of the stored measures, largest first.' })
  async communities(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many communities (1 to 100).' }) first: number,
    @Arg('members', () => Int, { defaultValue: 5, description: 'Most central members listed per community (0 to 50).' }) members: number,
  ): Promise<Community[]> {
    checkInt(first, 'first', 1, 100);
    checkInt(members, 'members', 0, 50);
    const rows = await new AnalyticsRepository(ctx.db).getCommunities(0, first, members);
    const nodes = await nodesById(ctx, rows.flatMap((r) => r.memberIds));
    return rows.map((r) => ({
      community: r.community,
      size: r.size,
      spheres: r.spheres.filter((s) => s.count > 0).map((s) => ({ sphere: s.key, count: s.count })),
      kinds: r.kinds.filter((k) => k.count > 0).map((k) => ({ kind: k.key, count: k.count })),
      members: r.memberIds.map((id) => nodes.get(id)).filter((n): n is NodeProps => n !== undefined),
    }));
  }

  @Query(() => [HelixLinkage], { description: 'Ties between helix spheres in the actor network, overall or per province or sector (most ties first).' })
  async helixLinkage(
    @Ctx() ctx: Context,
    @Arg('by', () => HelixGroupBy, { defaultValue: HelixGroupBy.NONE }) by: HelixGroupBy,
    @Arg('projection', () => ProjectionInput, { nullable: true }) projection?: ProjectionInput,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<HelixLinkage[]> {
    const options = toProjection(projection);
    const groups = await analyticsOf(ctx, evidenceArg(ctx, evidence)).helix(by, options);
    const nodes = await nodesById(ctx, groups.flatMap((g) => (g.key ? [g.key] : [])));
    return groups.map((g) => ({ ...g, group: g.key ? (nodes.get(g.key) ?? null) : null }));
  }

  @Query(() => Coverage, { description: 'The coverage matrix: sector × province (or village) × actor kind → actors reaching the cell.' })
  async coverage(
    @Ctx() ctx: Context,
    @Arg('by', () => CoverageBy, { defaultValue: CoverageBy.PROVINCE }) by: CoverageBy,
    @Arg('kinds', () => [ActorKindEnum], { nullable: true, description: 'Kinds whose absence makes a cell empty (default: all).' }) kinds?: string[],
    @Arg('projection', () => ProjectionInput, { nullable: true }) projection?: ProjectionInput,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<Coverage> {
    checkList(kinds, 'kinds');
    const options = toProjection(projection);
    const wanted = (kinds ?? ACTOR_KINDS) as ActorKind[];
    const levels = evidenceArg(ctx, evidence);
    const matrix = await analyticsOf(ctx, levels).coverage(by, wanted, options);
    const nodes = await nodesById(ctx, matrix.cells.flatMap((c) => [c.sectorId, c.placeId]));
    return {
      by,
      cells: matrix.cells
        .filter((c) => nodes.has(c.sectorId) && nodes.has(c.placeId))
        .map((c) => ({
          sector: nodes.get(c.sectorId)!,
          place: nodes.get(c.placeId)!,
          counts: ACTOR_KINDS.map((kind) => ({ kind, count: c.counts[kind] })),
          missingKinds: wanted.filter((k) => c.counts[k] === 0),
        })),
      emptyCells: matrix.empty.length,
      evidence: levels,
    };
  }

  @Query(() => Gaps, { description: 'Villages and enterprises no supporter reaches, enterprises hanging on one project, sectors with events but no investment.' })
  async gaps(
    @Ctx() ctx: Context,
    @Arg('supporterKinds', () => [ActorKindEnum], {
      nullable: true,
      description: 'Kinds that count as supporters (default: SUPPORT_ORGANIZATION, INTERMEDIARY, RESEARCH_INSTITUTE, INVESTOR).',
    })
    supporterKinds?: string[],
    @Arg('projection', () => ProjectionInput, { nullable: true }) projection?: ProjectionInput,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<Gaps> {
    checkList(supporterKinds, 'supporterKinds');
    const options = toProjection(projection);
    const levels = evidenceArg(ctx, evidence);
    const g = await analyticsOf(ctx, levels).gaps(supporterKinds as ActorKind[] | undefined, options);
    const nodes = await nodesById(ctx, [
      ...g.unreached.villages.map((v) => v.villageId),
      ...g.unreached.enterprises,
      ...g.projectOnly.flatMap((p) => [p.enterpriseId, p.projectId]),
      ...g.sectorsWithEventsButNoInvestment.map((s) => s.sectorId),
    ]);
    const has = <T>(x: T | undefined): x is T => x !== undefined;
    return {
      evidence: levels,
      supporterKinds: supporterKinds ?? [...DEFAULT_SUPPORTER_KINDS],
      unreachedVillages: g.unreached.villages
        .map((v) => (nodes.has(v.villageId) ? { village: nodes.get(v.villageId)!, enterprises: v.enterprises } : undefined))
        .filter(has),
      unreachedEnterprises: g.unreached.enterprises.map((id) => nodes.get(id)).filter(has),
      projectOnlyEnterprises: g.projectOnly
        .map((p) => (nodes.has(p.enterpriseId) && nodes.has(p.projectId) ? { enterprise: nodes.get(p.enterpriseId)!, project: nodes.get(p.projectId)! } : undefined))
        .filter(has),
      sectorsWithEventsButNoInvestment: g.sectorsWithEventsButNoInvestment
        .map((s) => (nodes.has(s.sectorId) ? { sector: nodes.get(s.sectorId)!, events: s.events, investments: s.investments } : undefined))
        .filter(has),
    };
  }

  @Query(() => [SuggestedLink], {
    nullable: true,
    description:
      'Suggested new ties for an actor (Adamic–Adar over the actor network, boosted across helix spheres and communities, existing links excluded) or supporters for a craft village (a gap); null when no entity has this id.',
  })
  async suggestedLinks(
    @Ctx() ctx: Context,
    @Arg('for', () => ID, { description: 'An actor id, or a craft village id.' }) target: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('kinds', () => [ActorKindEnum], { nullable: true, description: 'Candidate kinds (default: any actor; for a village, the supporter kinds).' })
    kinds?: string[],
    @Arg('sphereBoost', () => Float, { defaultValue: 0.5, description: 'Score × (1 + sphereBoost) when the tie crosses helix spheres.' }) sphereBoost: number = 0.5,
    @Arg('communityBoost', () => Float, { defaultValue: 0.5, description: 'Score × (1 + communityBoost) when the tie crosses communities.' })
    communityBoost: number = 0.5,
    @Arg('projection', () => ProjectionInput, { nullable: true }) projection?: ProjectionInput,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<SuggestedLink[] | null> {
    checkId(target, 'for');
    checkInt(first, 'first', 1, MAX_SUGGESTIONS);
    checkList(kinds, 'kinds');
    for (const [name, value] of [['sphereBoost', sphereBoost], ['communityBoost', communityBoost]] as const) {
      if (!Number.isFinite(value) || value < 0 || value > 10) throw new BadInputError(name, value, 'must be a number from 0 to 10');
    }
    const options = toProjection(projection);
    const node = await ctx.loaders.node.load(target);
    if (!node) return null;
    const isActor = (ACTOR_KINDS as readonly string[]).includes(node.label);
    if (!isActor && node.label !== 'CraftVillage') throw new BadInputError('for', target, `must be an actor or a craft village; it is a ${node.label}`);
    const service = analyticsOf(ctx, evidenceArg(ctx, evidence));
    const suggestions = isActor
      ? await service.suggestForActor(target, { first, kinds: kinds as ActorKind[] | undefined, sphereBoost, communityBoost }, options)
      : await service.suggestForVillage(target, { first, kinds: kinds as ActorKind[] | undefined }, options);
    const nodes = await nodesById(ctx, [target, ...suggestions.flatMap((s) => [s.candidateId, ...s.via.slice(0, MAX_REASONS)])]);
    const names = (id: string) => displayName(nodes.get(id), id);
    const sphereOf = (id: string) => (nodes.get(id)?.sphere as string | undefined) ?? '?';
    return suggestions
      .filter((s) => nodes.has(s.candidateId))
      .map((s) => ({
        actor: nodes.get(s.candidateId)!,
        method: s.method as SuggestionMethod,
        score: s.score,
        adamicAdar: s.adamicAdar,
        commonNeighbours: s.commonNeighbours,
        crossesSpheres: s.crossesSpheres,
        crossesCommunities: s.crossesCommunities,
        via: s.via
          .slice(0, MAX_REASONS)
          .map((id) => nodes.get(id))
          .filter((n): n is NodeProps => n !== undefined),
        reason: reasonOf(s, names, sphereOf, target),
      }));
  }

  @Mutation(() => MeasuresRun, {
    description:
      'Recomputes every network measure on the actor network and writes it onto the actors (m_* properties) with the time, replacing the previous run, and answers once it is stored. It runs as the background job startMeasuresRecompute starts (so the API keeps answering meanwhile); refused while another runs. Needs an editor key: writes to the graph are guarded by the curation roles.',
  })
  async recomputeMeasures(@Ctx() ctx: Context, @Args() args: RecomputeArgs): Promise<MeasuresRun> {
    requireRole(ctx.caller, 'editor');
    const options = recomputeOptions(ctx, args);
    if (!ctx.jobs) return toRun(await analyticsOf(ctx, options.evidence).recompute(options));
    const job = await ctx.jobs.start(options);
    return toRun(await ctx.jobs.wait(job.id));
  }

  @Mutation(() => MeasuresJob, {
    description:
      'Starts recomputing every network measure as a background job and answers at once; measuresJob follows its phase and percentage, cancelMeasuresRecompute stops it. One at a time: refused while another runs. Needs an editor key.',
  })
  async startMeasuresRecompute(@Ctx() ctx: Context, @Args() args: RecomputeArgs): Promise<MeasuresJob> {
    requireRole(ctx.caller, 'editor');
    const options = recomputeOptions(ctx, args);
    if (!ctx.jobs) throw new BadInputError('startMeasuresRecompute', null, 'this server runs no background jobs; use recomputeMeasures');
    return ctx.jobs.start(options);
  }

  @Mutation(() => MeasuresJob, {
    nullable: true,
    description: 'Cancels the running recompute (the stored measures stay those of the last run); null when none runs. Needs an editor key.',
  })
  async cancelMeasuresRecompute(@Ctx() ctx: Context): Promise<MeasuresJob | null> {
    requireRole(ctx.caller, 'editor');
    return (await ctx.jobs?.cancel()) ?? null;
  }

  @Query(() => MeasuresJob, { nullable: true, description: 'The recompute running on this API process, else the last one it ran; null before any.' })
  measuresJob(@Ctx() ctx: Context): MeasuresJob | null {
    return ctx.jobs?.status() ?? null;
  }
}

@Resolver(() => MeasuresRun)
export class MeasuresRunResolver {
  @FieldResolver(() => MeasuresJob, { nullable: true, description: 'The recompute running on this API process, else the last one it ran (measuresJob).' })
  job(@Ctx() ctx: Context): MeasuresJob | null {
    return ctx.jobs?.status() ?? null;
  }
}

@Resolver(() => Actor)
export class ActorMeasuresResolver {
  @FieldResolver(() => ActorMeasures, { nullable: true, description: 'Network measures stored by the last recompute; null when never computed for this actor.' })
  measures(@Root() actor: NodeProps): ActorMeasures | null {
    return measuresOf(actor);
  }
}

@Resolver(() => NeighbourhoodLink)
export class NeighbourhoodLinkResolver {
  @FieldResolver(() => [Source], { description: 'The documents this relationship comes from.' })
  async sources(@Root() link: NeighbourhoodLink, @Ctx() ctx: Context): Promise<unknown[]> {
    const found = await ctx.loaders.source.loadMany(link.sourceIds);
    return found.filter((s) => s !== null && !(s instanceof Error));
  }
}
