import { Ctx, Query, Resolver } from 'type-graphql';

import type { Context } from '../context';
import { Viewer } from '../types/viewer.type';

/** Who is calling: lets a client (the explorer) check a key before it offers any write. */
@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { description: 'The role and name of the API key this request presented (ANONYMOUS without one, or with a key this server does not know).' })
  viewer(@Ctx() ctx: Context): Viewer {
    const role = ctx.caller.role;
    return { role: role.toUpperCase(), name: role === 'anonymous' ? null : (ctx.caller.name ?? null) };
  }
}
