import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { linkEvidence } from '../../db/repositories/node.repository';
import { propertyEvidenceOf, type PropertyEvidence as StoredPropertyEvidence } from '../../domain/evidence';
import { BadInputError } from '../../errors';
import { ID_PATTERN } from '../../ingest/validate';
import { compiledConnection, compiledValue, readNode, readNodes, type CompiledList } from '../compile/compiledReader';
import type { Context } from '../context';
import { Direction, EvidenceEnum, LinkTypeEnum } from '../enums';
import { EVIDENCE_ARG_DESCRIPTION, evidenceArg } from '../evidence';
import { PageArgs, type ConnectionValue } from '../pagination';
import { PropertyEvidence } from '../types/evidence.type';
import { Link, LinkConnection } from '../types/link.type';
import { Entity, Node, Source, type NodeProps } from '../types/node.type';
import { relatedItems } from './related';

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
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Record<string, unknown> | null> {
    checkId(id, 'id');
    return readNode(ctx, info, id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Entities by id, in the order given (null for unknown ids); at most ${MAX_IDS}.` })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Array<Record<string, unknown> | null>> {
    if (ids.length > MAX_IDS) throw new BadInputError('ids', `${ids.length} ids`, `may hold at most ${MAX_IDS} ids`);
    ids.forEach((id) => checkId(id, 'ids'));
    return readNodes(ctx, info, ids);
  }
}

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Source], { description: 'The documents this record comes from.' })
  sources(@Root() entity: NodeProps, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): unknown {
    const compiled = compiledValue(entity, info, 'Entity');
    return compiled ? compiled.value : loadSources(ctx, entity.sourceIds);
  }

  @FieldResolver(() => [PropertyEvidence], {
    name: 'propertyEvidence',
    description: 'Properties whose evidence differs from the record’s (e.g. an event that is stated but whose date is synthetic).',
  })
  propertyEvidenceList(@Root() entity: NodeProps): StoredPropertyEvidence[] {
    const parsed = entity.propertyEvidenceList;
    return Array.isArray(parsed) ? (parsed as StoredPropertyEvidence[]) : propertyEvidenceOf(entity.propertyEvidence);
  }

  @FieldResolver(() => LinkConnection, { description: 'Relationships of this node, optionally by type and direction.' })
  async links(
    @Root() entity: NodeProps,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('types', () => [LinkTypeEnum], { nullable: true }) types?: string[],
    @Arg('direction', () => Direction, { defaultValue: Direction.BOTH }) direction: Direction = Direction.BOTH,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<ConnectionValue<Link>> {
    const levels = evidenceArg(ctx, evidence);
    const compiled = compiledValue(entity, info, 'Entity');
    if (compiled) return compiledConnection(compiled.value as CompiledList, pageArgs);
    const result = await relatedItems(ctx, entity, { types: types && types.length > 0 ? types : null, direction, labels: null }, pageArgs, levels);
    const items = result.items.map((i) => ({
      type: i.type,
      direction: i.outgoing ? Direction.OUT : Direction.IN,
      role: i.link.role as string | undefined,
      since: i.link.since as string | undefined,
      until: i.link.until as string | undefined,
      ...linkEvidence(i.link),
      note: i.link.note as string | undefined,
      sourceIds: (i.link.sourceIds as string[] | undefined) ?? [],
      node: i.node,
      _c: i._c,
    }));
    return compiledConnection({ items, total: result.total }, pageArgs);
  }

  @FieldResolver(() => Int, { description: 'Number of relationships of this node (its degree in the whole graph).' })
  degree(@Root() entity: NodeProps, @Ctx() ctx: Context): number | Promise<number> {
    return typeof entity.degree === 'number' ? entity.degree : ctx.loaders.degree.load(entity.id);
  }
}

@Resolver(() => Link)
export class LinkResolver {
  @FieldResolver(() => [Source], { description: 'The documents this relationship comes from.' })
  sources(@Root() link: Link, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): unknown {
    const compiled = compiledValue(link, info, 'Link');
    return compiled ? compiled.value : loadSources(ctx, link.sourceIds);
  }
}
