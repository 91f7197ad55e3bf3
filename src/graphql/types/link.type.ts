import { Field, ObjectType } from 'type-graphql';

import { Direction, EvidenceEnum, LinkTypeEnum } from '../enums';
import { Connection } from '../pagination';
import { Entity, type NodeProps } from './node.type';

@ObjectType({ simpleResolvers: true, description: 'A typed relationship seen from one of its ends, with its properties and sources.' })
export class Link {
  @Field(() => LinkTypeEnum)
  type!: string;

  @Field(() => Direction, { description: 'OUT when this node is the start of the relationship.' })
  direction!: Direction;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => String, { nullable: true, description: 'Start of validity: YYYY, YYYY-MM or YYYY-MM-DD.' })
  since?: string;

  @Field(() => String, { nullable: true, description: 'End of validity.' })
  until?: string;

  @Field(() => EvidenceEnum, { description: 'What the relationship rests on (SYNTHETIC: an assignment made up to fill a gap).' })
  evidence!: string;

  @Field(() => String, { nullable: true, description: 'Why the relationship has this evidence (e.g. how it was inferred).' })
  evidenceNote?: string;

  @Field(() => Boolean, { description: 'True when the relationship is a stand-in or synthetic (evidence PLACEHOLDER or SYNTHETIC).' })
  placeholder!: boolean;

  @Field(() => Boolean, { description: 'True when the relationship is an estimate (evidence ESTIMATED).' })
  estimate!: boolean;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => Entity, { description: 'The node at the other end.' })
  node!: NodeProps;

  sourceIds!: string[];
}

export const LinkConnection = Connection(() => Link, 'Link');
