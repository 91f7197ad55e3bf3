import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { ChangeRepository, type ChangeRow } from '../../db/repositories/change.repository';
import { BadInputError, ErrorCode } from '../../errors';
import { linkTarget, restoreEntity, restoreLink, RestoreRefusedError } from '../../ingest/changes';
import { ID_PATTERN } from '../../ingest/validate';
import { callerName, requireRole } from '../access';
import type { Context } from '../context';
import { LinkTypeEnum } from '../enums';
import { Connection, toConnection, toPage, type ConnectionValue } from '../pagination';
import { Change, ChangesArgs, HistoryArgs, RestoreResult } from '../types/change.type';

const ChangeConnection = Connection(() => Change, 'Change');

/** An ISO 8601 instant (a date alone means its midnight UTC), as Neo4j's datetime() reads it. */
function instant(argument: string, value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const ms = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new BadInputError(argument, value, 'must be an ISO 8601 date or date-time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z');
  return new Date(ms).toISOString();
}

function requireId(argument: string, id: string): void {
  if (!ID_PATTERN.test(id)) throw new BadInputError(argument, id, 'is not an id');
}

async function guardedRestore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof RestoreRefusedError) throw new GraphQLError(err.message, { extensions: { code: ErrorCode.CONFLICT, change: err.changeId } });
    throw err;
  }
}

/** The change history: what every write did (history, changes) and restores of what was removed. */
@Resolver()
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description: 'The recorded changes of one entity or source (`id`; with its relationships unless includeLinks is false) or relationship (`link`), newest first.',
  })
  async history(@Ctx() ctx: Context, @Args(() => HistoryArgs) args: HistoryArgs): Promise<ConnectionValue<ChangeRow>> {
    const page = toPage(args);
    if ((args.id == null) === (args.link == null)) throw new BadInputError('id', args.id ?? null, 'or link must be given, not both');
    let target: string;
    if (args.id != null) {
      requireId('id', args.id);
      target = args.id;
    } else {
      requireId('link.from', args.link!.from);
      requireId('link.to', args.link!.to);
      target = linkTarget(args.link!.type, args.link!.from, args.link!.to);
    }
    const withLinks = args.id != null && args.includeLinks !== false;
    const repo = new ChangeRepository(ctx.db);
    const rows = await repo.historyOf(target, withLinks, page.offset, page.limit + 1);
    return toConnection(rows, page, () => repo.countHistoryOf(target, withLinks));
  }

  @Query(() => ChangeConnection, { description: 'The recorded changes of the whole graph, newest first, filtered by time, operation and author.' })
  async changes(@Ctx() ctx: Context, @Args(() => ChangesArgs) args: ChangesArgs): Promise<ConnectionValue<ChangeRow>> {
    const page = toPage(args);
    const filter = { since: instant('since', args.since), until: instant('until', args.until), operations: args.kinds ?? null, by: args.by ?? null };
    const repo = new ChangeRepository(ctx.db);
    const rows = await repo.changes(filter, page.offset, page.limit + 1);
    return toConnection(rows, page, () => repo.countChanges(filter));
  }

  @Mutation(() => RestoreResult, {
    description:
      'Restores a deleted (or merged-away) entity as it was, with its properties, sources and the relationships removed with it, by undoing the change that removed it (admin). ' +
      'Recorded as a RESTORE change. Refused (CONFLICT, naming the change) when a later change touched any of those records.',
  })
  async restoreEntity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment?: string): Promise<RestoreResult> {
    requireRole(ctx.caller, 'admin');
    requireId('id', id);
    return guardedRestore(() => restoreEntity(ctx.db, id, { by: callerName(ctx.caller), comment }));
  }

  @Mutation(() => RestoreResult, { description: 'Restores a deleted relationship as it was, with its properties and sources (admin). Recorded; refused like restoreEntity.' })
  async restoreLink(
    @Ctx() ctx: Context,
    @Arg('type', () => LinkTypeEnum) type: string,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<RestoreResult> {
    requireRole(ctx.caller, 'admin');
    requireId('from', from);
    requireId('to', to);
    return guardedRestore(() => restoreLink(ctx.db, type, from, to, { by: callerName(ctx.caller), comment }));
  }
}
