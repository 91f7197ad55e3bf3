import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { linkEvidence } from '../../db/repositories/node.repository';
import { BadInputError } from '../../errors';
import { ID_PATTERN } from '../../ingest/validate';
import type { Context } from '../context';
import { Direction, EvidenceEnum, LinkTypeEnum } from '../enums';
import { EVIDENCE_ARG_DESCRIPTION, evidenceArg } from '../evidence';
import { PageArgs, toConnection, toPage, type ConnectionValue } from '../pagination';
import { Link, LinkConnection } from '../types/link.type';
import { Entity, Node, Source, type NodeProps } from '../types/node.type';

const MAX_IDS = 100;

function checkId(id: string, argument: string): void {
  if (!ID_PATTERN.test(id)) throw new BadInputError(argument, id, 'is not an id (1 to 200 letters, digits or ":._-")');
}

async function loadSources(ctx: Context, ids: unknown): Promise<unknown[]> {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  const found = await ctx.loaders.source.loadMany(list);
  return found.filter((s) => s !== null && !(s instanceof Error));
}

@Resolver()
export class NodeQueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity or source by its id; null when there is none.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeProps | null> {
    checkId(id, 'id');
    return ctx.loaders.node.load(id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Entities by id, in the order given (null for unknown ids); at most ${MAX_IDS}.` })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<Array<NodeProps | null>> {
    if (ids.length > MAX_IDS) throw new BadInputError('ids', `${ids.length} ids`, `may hold at most ${MAX_IDS} ids`);
    ids.forEach((id) => checkId(id, 'ids'));
    return Promise.all(ids.map((id) => ctx.loaders.node.load(id)));
  }
}

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Source], { description: 'The documents this record comes from.' })
  sources(@Root() entity: NodeProps, @Ctx() ctx: Context): Promise<unknown[]> {
    return loadSources(ctx, entity.sourceIds);
  }

  @FieldResolver(() => LinkConnection, { description: 'Relationships of this node, optionally by type and direction.' })
  async links(
    @Root() entity: NodeProps,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('types', () => [LinkTypeEnum], { nullable: true }) types?: string[],
    @Arg('direction', () => Direction, { defaultValue: Direction.BOTH }) direction: Direction = Direction.BOTH,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<ConnectionValue<Link>> {
    const page = toPage(pageArgs);
    const result = await ctx.loaders.links.load({
      id: entity.id,
      types: types && types.length > 0 ? types : null,
      direction,
      labels: null,
      evidence: evidenceArg(ctx, evidence),
      offset: page.offset,
      limit: page.limit + 1,
    });
    const links = result.items.map(
      (i): Link => ({
        type: i.type,
        direction: i.outgoing ? Direction.OUT : Direction.IN,
        role: i.link.role as string | undefined,
        since: i.link.since as string | undefined,
        until: i.link.until as string | undefined,
        ...linkEvidence(i.link),
        note: i.link.note as string | undefined,
        sourceIds: (i.link.sourceIds as string[] | undefined) ?? [],
        node: i.node,
      }),
    );
    return toConnection(links, page, () => result.total);
  }

  @FieldResolver(() => Int, { description: 'Number of relationships of this node (its degree in the whole graph).' })
  degree(@Root() entity: NodeProps, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.degree.load(entity.id);
  }
}

@Resolver(() => Link)
export class LinkResolver {
  @FieldResolver(() => [Source], { description: 'The documents this relationship comes from.' })
  sources(@Root() link: Link, @Ctx() ctx: Context): Promise<unknown[]> {
    return loadSources(ctx, link.sourceIds);
  }
}
