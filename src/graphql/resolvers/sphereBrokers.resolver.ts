import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import type { HelixSphere } from '../../domain/model';
import { BadInputError } from '../../errors';
import type { Context } from '../context';
import { EvidenceEnum, HelixSphereEnum } from '../enums';
import { EVIDENCE_ARG_DESCRIPTION, evidenceArg } from '../evidence';
import { SphereBroker, SphereBrokerRole } from '../types/sphereBrokers.type';
import { analyticsOf, nodesById } from './analytics.resolver';

export const MAX_SPHERE_BROKERS = 50;

@Resolver()
export class SphereBrokersResolver {
  @Query(() => [SphereBroker], {
    description: `Who brokers between the actors of two helix spheres (the same sphere twice: within it) in the actor network of the default projection: actors tied to an actor of each sphere that are not tied to each other, most such pairs first (at most ${MAX_SPHERE_BROKERS}), each with its ties to both spheres and what each tie rests on.`,
  })
  async sphereBrokers(
    @Ctx() ctx: Context,
    @Arg('between', () => [HelixSphereEnum], { description: 'Two spheres (the same one twice for brokers within a sphere).' }) between: string[],
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('evidence', () => [EvidenceEnum], { nullable: true, description: EVIDENCE_ARG_DESCRIPTION }) evidence?: string[],
  ): Promise<SphereBroker[]> {
    if (between.length !== 2) throw new BadInputError('between', between, 'must name exactly two helix spheres');
    if (!Number.isInteger(first) || first < 1 || first > MAX_SPHERE_BROKERS) throw new BadInputError('first', first, `must be an integer from 1 to ${MAX_SPHERE_BROKERS}`);
    const service = analyticsOf(ctx, evidenceArg(ctx, evidence));
    const brokers = await service.sphereBrokers(between[0] as HelixSphere, between[1] as HelixSphere, first);
    const ids = new Set<string>();
    for (const b of brokers) {
      ids.add(b.actorId);
      for (const t of b.ties) {
        ids.add(t.actorId);
        for (const p of t.provenance) if (p.context) ids.add(p.context);
      }
    }
    const nodes = await nodesById(ctx, ids);
    return brokers
      .filter((b) => nodes.has(b.actorId))
      .map((b) => ({
        actor: nodes.get(b.actorId)!,
        role: b.role as SphereBrokerRole,
        pairs: b.pairs,
        ties: b.ties
          .filter((t) => nodes.has(t.actorId))
          .map((t) => ({
            actor: nodes.get(t.actorId)!,
            sphere: t.sphere,
            evidence: t.evidence,
            bases: t.provenance.map((p) => ({ via: p.via, context: p.context ? (nodes.get(p.context) ?? null) : null, evidence: p.evidence ?? 'STATED' })),
          })),
      }));
  }
}
