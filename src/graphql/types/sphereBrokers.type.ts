import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { EvidenceEnum, HelixSphereEnum } from '../enums';
import { Actor } from './actor.type';
import { Entity, type NodeProps } from './node.type';

export enum SphereBrokerRole {
  COORDINATOR = 'COORDINATOR',
  ITINERANT = 'ITINERANT',
  GATEKEEPER_REPRESENTATIVE = 'GATEKEEPER_REPRESENTATIVE',
  LIAISON = 'LIAISON',
}
registerEnumType(SphereBrokerRole, {
  name: 'SphereBrokerRole',
  description:
    'The Gould–Fernandez role of a broker on the pairs it joins (groups = helix spheres): COORDINATOR (both ends and the broker in one sphere), ITINERANT (both ends in one sphere, the broker in another), GATEKEEPER_REPRESENTATIVE (the broker in one of the two spheres: on mutual ties it is gatekeeper one way and representative the other), LIAISON (three spheres).',
});

@ObjectType({ description: 'One reason two actors are tied in the actor network: a direct relationship, or a shared context.' })
export class TieBasis {
  @Field(() => String, { description: 'The relationship type (PARTNERS_WITH, …) or the fold (EVENT, PROJECT, INVESTMENT, VILLAGE).' })
  via!: string;

  @Field(() => Entity, { nullable: true, description: 'The shared event, project, investment or village; null for a direct relationship.' })
  context!: NodeProps | null;

  @Field(() => EvidenceEnum, { description: 'The weakest of the relationships (and the context and actors) this reason rests on.' })
  evidence!: string;
}

@ObjectType({ description: "A broker's tie to an actor of one of the two spheres." })
export class BrokerTie {
  @Field(() => Actor)
  actor!: NodeProps;

  @Field(() => HelixSphereEnum)
  sphere!: string;

  @Field(() => EvidenceEnum, { description: 'The firmest of its reasons: one stated reason is enough.' })
  evidence!: string;

  @Field(() => [TieBasis], { description: 'Why the two are tied.' })
  bases!: TieBasis[];
}

@ObjectType({ description: 'An actor brokering between the actors of two helix spheres.' })
export class SphereBroker {
  @Field(() => Actor)
  actor!: NodeProps;

  @Field(() => SphereBrokerRole)
  role!: SphereBrokerRole;

  @Field(() => Int, { description: 'Unordered pairs (A in one sphere, C in the other, not tied to each other) that this actor joins: A – broker – C.' })
  pairs!: number;

  @Field(() => [BrokerTie], { description: 'Its ties to the actors of either sphere that take part in at least one such pair.' })
  ties!: BrokerTie[];
}
