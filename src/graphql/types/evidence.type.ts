import { Field, Float, Int, ObjectType } from 'type-graphql';

import { EvidenceEnum } from '../enums';

@ObjectType({ simpleResolvers: true, description: 'The evidence of one property where it differs from its record’s.' })
export class PropertyEvidence {
  @Field(() => String)
  property!: string;

  @Field(() => EvidenceEnum)
  evidence!: string;
}

@ObjectType({ description: 'How much of a figure rests on one evidence level (its weakest element: record, relationship or property).' })
export class EvidenceShare {
  @Field(() => EvidenceEnum)
  evidence!: string;

  @Field(() => Int, { description: 'Items of the figure (entities, investments, events) resting on this level.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'For amounts: the part of the amount resting on this level.' })
  amount?: number | null;
}
