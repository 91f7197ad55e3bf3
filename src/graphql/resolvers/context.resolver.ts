import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { ACTOR_KINDS } from '../../domain/model';
import type { Context } from '../context';
import { PageArgs } from '../pagination';
import { Enterprise, Investor } from '../types/actor.type';
import {
  ActorConnection,
  CraftVillageConnection,
  EnterpriseConnection,
  EventConnection,
  InvestmentConnection,
  MarketConnection,
  OutputConnection,
  ProgramConnection,
  ProjectConnection,
  ProvinceConnection,
  SectorConnection,
  SourceConnection,
} from '../types/connections';
import { CraftVillage, Event, Investment, Market, Output, Program, Project, Province, Sector } from '../types/context.type';
import { ListFilter, ListOrder } from '../types/list.input';
import type { NodeProps } from '../types/node.type';
import { listConnection } from './list';
import { relatedConnection, relatedOne } from './related';

const filterArg = () => ListFilter;
const orderArg = () => ListOrder;

/** Root lists of every context type: the same filters, sorting and pagination as `actors`. */
@Resolver()
export class ContextListResolver {
  @Query(() => CraftVillageConnection)
  craftVillages(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['CraftVillage'], f, o, p);
  }

  @Query(() => ProvinceConnection)
  provinces(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Province'], f, o, p);
  }

  @Query(() => SectorConnection)
  sectors(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Sector'], f, o, p);
  }

  @Query(() => ProgramConnection)
  programs(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Program'], f, o, p);
  }

  @Query(() => ProjectConnection)
  projects(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Project'], f, o, p);
  }

  @Query(() => EventConnection)
  events(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Event'], f, o, p);
  }

  @Query(() => OutputConnection)
  outputs(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Output'], f, o, p);
  }

  @Query(() => InvestmentConnection)
  investments(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Investment'], f, o, p);
  }

  @Query(() => MarketConnection)
  markets(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs, @Arg('filter', filterArg, { nullable: true }) f?: ListFilter, @Arg('orderBy', orderArg, { nullable: true }) o?: ListOrder) {
    return listConnection(ctx, ['Market'], f, o, p);
  }

  @Query(() => SourceConnection, { description: 'Every source document the graph cites.' })
  sources(@Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return listConnection(ctx, ['Source'], undefined, undefined, p);
  }
}

@Resolver(() => CraftVillage)
export class CraftVillageResolver {
  @FieldResolver(() => Province, { nullable: true })
  province(@Root() v: NodeProps, @Ctx() ctx: Context) {
    return relatedOne(ctx, v, { types: ['LOCATED_IN'], direction: 'OUT', labels: ['Province'] });
  }

  @FieldResolver(() => SectorConnection)
  sectors(@Root() v: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, v, { types: ['ACTIVE_IN'], direction: 'OUT' }, p);
  }

  @FieldResolver(() => EnterpriseConnection, { description: 'Enterprises located in the village.' })
  enterprises(@Root() v: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, v, { types: ['LOCATED_IN'], direction: 'IN', labels: ['Enterprise'] }, p);
  }

  @FieldResolver(() => ActorConnection, { description: 'Organizations that support the village.' })
  supporters(@Root() v: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, v, { types: ['SUPPORTS'], direction: 'IN' }, p);
  }
}

@Resolver(() => Province)
export class ProvinceResolver {
  @FieldResolver(() => CraftVillageConnection)
  villages(@Root() v: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, v, { types: ['LOCATED_IN'], direction: 'IN', labels: ['CraftVillage'] }, p);
  }

  @FieldResolver(() => ActorConnection, { description: 'Actors located directly in the province.' })
  actors(@Root() v: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, v, { types: ['LOCATED_IN'], direction: 'IN', labels: ACTOR_KINDS }, p);
  }
}

@Resolver(() => Sector)
export class SectorResolver {
  @FieldResolver(() => CraftVillageConnection)
  villages(@Root() s: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, s, { types: ['ACTIVE_IN'], direction: 'IN', labels: ['CraftVillage'] }, p);
  }

  @FieldResolver(() => ActorConnection)
  actors(@Root() s: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, s, { types: ['ACTIVE_IN'], direction: 'IN', labels: ACTOR_KINDS }, p);
  }
}

@Resolver(() => Program)
export class ProgramResolver {
  @FieldResolver(() => ActorConnection, { description: 'Agencies that own or manage the program.' })
  managers(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['MANAGES'], direction: 'IN' }, p);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects the program funds.' })
  projects(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['FUNDS'], direction: 'OUT', labels: ['Project'] }, p);
  }
}

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => Program, { nullable: true, description: 'The program that funds the project.' })
  program(@Root() x: NodeProps, @Ctx() ctx: Context) {
    return relatedOne(ctx, x, { types: ['FUNDS'], direction: 'IN', labels: ['Program'] });
  }

  @FieldResolver(() => ActorConnection, { description: 'Organizations that implement the project.' })
  implementers(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['IMPLEMENTS'], direction: 'IN' }, p);
  }

  @FieldResolver(() => EventConnection)
  events(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['ORGANIZED'], direction: 'OUT' }, p);
  }

  @FieldResolver(() => OutputConnection)
  outputs(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['PRODUCED'], direction: 'OUT' }, p);
  }

  @FieldResolver(() => ActorConnection, { description: 'Enterprises (and other actors) the project connected.' })
  connectedEnterprises(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['CONNECTED'], direction: 'OUT' }, p);
  }

  @FieldResolver(() => InvestmentConnection, { description: 'Investments that came out of the project.' })
  investments(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['RESULT_OF'], direction: 'IN', labels: ['Investment'] }, p);
  }

  @FieldResolver(() => MarketConnection)
  markets(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['TARGETS_MARKET'], direction: 'OUT' }, p);
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => ActorConnection, { description: 'Actors that took part.' })
  participants(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['PARTICIPATED_IN'], direction: 'IN' }, p);
  }

  @FieldResolver(() => ActorConnection, { description: 'Organizations that organized it.' })
  organizers(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['ORGANIZED'], direction: 'IN', labels: ACTOR_KINDS }, p);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() x: NodeProps, @Ctx() ctx: Context) {
    return relatedOne(ctx, x, { types: ['ORGANIZED'], direction: 'IN', labels: ['Project'] });
  }
}

@Resolver(() => Output)
export class OutputResolver {
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() x: NodeProps, @Ctx() ctx: Context) {
    return relatedOne(ctx, x, { types: ['PRODUCED'], direction: 'IN', labels: ['Project'] });
  }
}

@Resolver(() => Investment)
export class InvestmentResolver {
  @FieldResolver(() => Investor, { nullable: true })
  investor(@Root() x: NodeProps, @Ctx() ctx: Context) {
    return relatedOne(ctx, x, { types: ['INVESTED'], direction: 'IN', labels: ['Investor'] });
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  enterprise(@Root() x: NodeProps, @Ctx() ctx: Context) {
    return relatedOne(ctx, x, { types: ['RECEIVED'], direction: 'IN', labels: ['Enterprise'] });
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() x: NodeProps, @Ctx() ctx: Context) {
    return relatedOne(ctx, x, { types: ['RESULT_OF'], direction: 'OUT', labels: ['Project'] });
  }
}

@Resolver(() => Market)
export class MarketResolver {
  @FieldResolver(() => ActorConnection, { description: 'Actors that target this market.' })
  actors(@Root() x: NodeProps, @Ctx() ctx: Context, @Args(() => PageArgs) p: PageArgs) {
    return relatedConnection(ctx, x, { types: ['TARGETS_MARKET'], direction: 'IN', labels: ACTOR_KINDS }, p);
  }
}

