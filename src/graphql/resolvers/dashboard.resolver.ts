import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { toNodeProps } from '../../db/repositories/node.repository';
import { ACTOR_KINDS } from '../../domain/model';
import { buildProjectReport, type ProjectFigures, type ProjectReportData } from '../../domain/report';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { EventKindEnum, EvidenceEnum, GroupBy, InvestmentGroupBy, InvestmentStatusEnum, NodeLabelEnum, TimeInterval } from '../enums';
import { EVIDENCE_ARG_DESCRIPTION, evidenceArg } from '../evidence';
import { Actor } from '../types/actor.type';
import { Event, Market, Program, Project } from '../types/context.type';
import { DataQuality, GroupCount, InvestmentTotal, ProjectReport, TimeBucket } from '../types/dashboard.type';
import type { NodeProps } from '../types/node.type';

type ReportRoot = Omit<ProjectReportData, 'investedBySector'> & { investedBySector: Array<{ sector: NodeProps | null; enterprises: number }> };

async function loadAll(ctx: Context, ids: readonly string[]): Promise<NodeProps[]> {
  const found = await ctx.loaders.node.loadMany(ids);
  return found.filter((n): n is NodeProps => n !== null && !(n instanceof Error));
}

@Resolver()
export class DashboardResolver {
  @Query(() => [GroupCount], { description: 'Counts of entities grouped by one dimension (actors unless `labels` says otherwise).' })
  counts(
    @Ctx() ctx: Context,
    @Arg('by', () => GroupBy) by: GroupBy,
    @Arg('labels', () => [NodeLabelEnum], { nullable: true, description: 'Which entities to count (default: all actors).' }) labels?: string[],
    @Arg('placeholder', () => Boolean, { nullable: true, description: 'true: only placeholders; false: only real records.' }) placeholder?: boolean,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ) {
    return ctx.dashboards.countBy(labels && labels.length > 0 ? labels : ACTOR_KINDS, by, placeholder ?? null, evidenceArg(ctx, evidence));
  }

  @Query(() => [InvestmentTotal], { description: 'Invested amounts grouped by one dimension, per currency.' })
  investmentTotals(
    @Ctx() ctx: Context,
    @Arg('by', () => InvestmentGroupBy, { defaultValue: InvestmentGroupBy.NONE }) by: InvestmentGroupBy,
    @Arg('statuses', () => [InvestmentStatusEnum], { nullable: true }) statuses?: string[],
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ) {
    return ctx.dashboards.sumInvestmentsBy(by, statuses && statuses.length > 0 ? statuses : null, evidenceArg(ctx, evidence));
  }

  @Query(() => [TimeBucket], { description: 'Events and participant visits per month or year.' })
  eventsOverTime(
    @Ctx() ctx: Context,
    @Arg('interval', () => TimeInterval, { defaultValue: TimeInterval.MONTH }) interval: TimeInterval,
    @Arg('projectId', () => ID, { nullable: true }) projectId?: string,
    @Arg('kinds', () => [EventKindEnum], { nullable: true }) kinds?: string[],
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ) {
    return ctx.dashboards.eventsOverTime(interval, projectId ?? null, kinds && kinds.length > 0 ? kinds : null, evidenceArg(ctx, evidence));
  }

  @Query(() => ProjectReport, { nullable: true, description: "A project's figures; null when no project has this id." })
  async projectReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<ReportRoot | null> {
    if (id.length > 200) throw new BadInputError('id', `${id.slice(0, 20)}…`, 'is longer than 200 characters');
    const levels = evidenceArg(ctx, evidence);
    const row = await ctx.dashboards.projectReport(id, levels);
    if (!row) return null;
    const figures = row as unknown as ProjectFigures;
    // The report's query also read the nodes it refers to: their fields need no other round trip.
    for (const props of figures.related ?? []) ctx.loaders.node.prime(props.id, toNodeProps(props));
    const report = buildProjectReport(figures, levels);
    const sectors = await ctx.loaders.node.loadMany(report.investedBySector.map((s) => s.sectorId));
    return {
      ...report,
      investedBySector: report.investedBySector.map((s, i) => ({
        sector: sectors[i] instanceof Error ? null : (sectors[i] as NodeProps | null),
        enterprises: s.enterprises,
      })),
    };
  }

  @Query(() => DataQuality, { description: 'How much of the graph carries provenance, and how much is placeholder or estimate.' })
  dataQuality(@Ctx() ctx: Context) {
    return ctx.dashboards.dataQuality();
  }
}

@Resolver(() => ProjectReport)
export class ProjectReportResolver {
  @FieldResolver(() => Project)
  async project(@Root() r: ReportRoot, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(r.projectId);
  }

  @FieldResolver(() => [Program], { description: 'Programs that fund the project (on the evidence asked: the founding task’s FUNDS tie is INFERRED).' })
  programs(@Root() r: ReportRoot, @Ctx() ctx: Context) {
    return loadAll(ctx, r.programIds);
  }

  @FieldResolver(() => [Actor])
  implementers(@Root() r: ReportRoot, @Ctx() ctx: Context) {
    return loadAll(ctx, r.implementerIds);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The last event by date.' })
  async lastEvent(@Root() r: ReportRoot, @Ctx() ctx: Context) {
    return r.lastEventId ? ctx.loaders.node.load(r.lastEventId) : null;
  }

  @FieldResolver(() => [Market], { description: 'Markets the project reached.' })
  markets(@Root() r: ReportRoot, @Ctx() ctx: Context) {
    return loadAll(ctx, r.marketIds);
  }
}
