import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../context';
import { Actor, ParentLink } from '../types/actor.type';
import type { NodeProps } from '../types/node.type';
import { relatedItems } from './related';

/**
 * The one actor field the read model does not declare (src/domain/readModel.ts): the parent with
 * the dates of the relationship, read through the links loader. Every other relationship field is
 * generated (readModel.resolver.ts).
 */
@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => ParentLink, { nullable: true, description: 'The organization this one is part of, with validity dates.' })
  async parent(@Root() actor: NodeProps, @Ctx() ctx: Context): Promise<ParentLink | null> {
    const result = await relatedItems(ctx, actor, { types: ['PART_OF'], direction: 'OUT', labels: null }, { first: 1 });
    const item = result.items[0];
    if (!item) return null;
    return { organization: item.node, since: item.link.since as string | undefined, until: item.link.until as string | undefined };
  }
}
