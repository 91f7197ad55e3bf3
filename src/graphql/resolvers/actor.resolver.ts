import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { ACTOR_KINDS } from '../../domain/model';
import type { Context } from '../context';
import { PageArgs, type ConnectionValue } from '../pagination';
import { Actor, Enterprise, Investor, ParentLink } from '../types/actor.type';
import {
  ActorConnection,
  EventConnection,
  InvestmentConnection,
  MarketConnection,
  ProjectConnection,
  SectorConnection,
} from '../types/connections';
import { CraftVillage, Province } from '../types/context.type';
import { ListFilter, ListOrder } from '../types/list.input';
import type { NodeProps } from '../types/node.type';
import { listConnection } from './list';
import { relatedConnection, relatedOne } from './related';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: 'Actors of every kind, filtered and sorted.' })
  actors(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ListFilter, { nullable: true }) filter?: ListFilter,
    @Arg('orderBy', () => ListOrder, { nullable: true }) orderBy?: ListOrder,
  ): Promise<ConnectionValue<NodeProps>> {
    return listConnection(ctx, ACTOR_KINDS, filter, orderBy, page);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province, directly or through the craft village.' })
  async province(@Root() actor: NodeProps, @Ctx() ctx: Context): Promise<NodeProps | null> {
    const place = await relatedOne(ctx, actor, { types: ['LOCATED_IN'], direction: 'OUT', labels: ['Province', 'CraftVillage'] });
    if (!place || place.label === 'Province') return place;
    return relatedOne(ctx, place, { types: ['LOCATED_IN'], direction: 'OUT', labels: ['Province'] });
  }

  @FieldResolver(() => ParentLink, { nullable: true, description: 'The organization this one is part of, with validity dates.' })
  async parent(@Root() actor: NodeProps, @Ctx() ctx: Context): Promise<ParentLink | null> {
    const result = await ctx.loaders.links.load({ id: actor.id, types: ['PART_OF'], direction: 'OUT', labels: null, evidence: ctx.evidence, offset: 0, limit: 1 });
    const item = result.items[0];
    if (!item) return null;
    return { organization: item.node, since: item.link.since as string | undefined, until: item.link.until as string | undefined };
  }

  @FieldResolver(() => ActorConnection, { description: 'Organizations that are part of this one.' })
  children(@Root() actor: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, actor, { types: ['PART_OF'], direction: 'IN' }, page);
  }

  @FieldResolver(() => ActorConnection, { description: 'Actors that support this one (SUPPORTS, FUNDS).' })
  supporters(@Root() actor: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, actor, { types: ['SUPPORTS', 'FUNDS'], direction: 'IN', labels: ACTOR_KINDS }, page);
  }

  @FieldResolver(() => ActorConnection, { description: 'Partners (PARTNERS_WITH, either direction).' })
  partners(@Root() actor: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, actor, { types: ['PARTNERS_WITH'], direction: 'BOTH' }, page);
  }

  @FieldResolver(() => SectorConnection)
  sectors(@Root() actor: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, actor, { types: ['ACTIVE_IN'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects this actor implements, manages or was connected by.' })
  projects(@Root() actor: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, actor, { types: ['IMPLEMENTS', 'MANAGES', 'CONNECTED'], direction: 'BOTH', labels: ['Project'] }, page);
  }

  @FieldResolver(() => EventConnection, { description: 'Events this actor organized or took part in.' })
  events(@Root() actor: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, actor, { types: ['PARTICIPATED_IN', 'ORGANIZED'], direction: 'OUT' }, page);
  }

  @FieldResolver(() => MarketConnection)
  markets(@Root() actor: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, actor, { types: ['TARGETS_MARKET'], direction: 'OUT' }, page);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => CraftVillage, { nullable: true })
  village(@Root() e: NodeProps, @Ctx() ctx: Context): Promise<NodeProps | null> {
    return relatedOne(ctx, e, { types: ['LOCATED_IN'], direction: 'OUT', labels: ['CraftVillage'] });
  }

  @FieldResolver(() => InvestmentConnection, { description: 'Investments this enterprise received.' })
  investments(@Root() e: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, e, { types: ['RECEIVED'], direction: 'OUT' }, page);
  }
}

@Resolver(() => Investor)
export class InvestorResolver {
  @FieldResolver(() => InvestmentConnection, { description: 'Investments this investor made.' })
  investments(@Root() i: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return relatedConnection(ctx, i, { types: ['INVESTED'], direction: 'OUT' }, page);
  }
}
