import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';

import type { NodeProps } from '../../db/repositories/node.repository';
import { EvidenceEnum } from '../enums';
import { PropertyEvidence } from './evidence.type';

export type { NodeProps };

@InterfaceType({
  description: 'Anything with a global id (Relay). Every entity of the graph is a Node.',
  resolveType: (value: NodeProps) => value.label,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A public document a fact comes from (provenance).' })
export class Source extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'Language code, e.g. vi or en.' })
  language?: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InterfaceType({
  implements: Node,
  description: 'An entity of the graph with a name and provenance (every node except Source).',
  resolveType: (value: NodeProps) => value.label,
})
export abstract class Entity extends Node {
  @Field(() => String, { description: 'Name in the original language (Vietnamese names keep their diacritics).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => EvidenceEnum, { description: 'What this record rests on: STATED, INFERRED, ESTIMATED, PLACEHOLDER (an anonymous stand-in) or SYNTHETIC.' })
  evidence!: string;

  @Field(() => String, { nullable: true, description: 'Why the record or its properties have the evidence they have: the method of an estimate, the reasoning of an inference.' })
  evidenceNote?: string;

  @Field(() => [PropertyEvidence], {
    name: 'propertyEvidence',
    description: 'Properties whose evidence differs from the record’s (e.g. an event that is stated but whose date is synthetic).',
  })
  propertyEvidenceList!: PropertyEvidence[];

  @Field(() => Boolean, { description: 'True when this is a stand-in or synthetic (evidence PLACEHOLDER or SYNTHETIC).' })
  placeholder!: boolean;

  @Field(() => Boolean, { description: 'True when the record or one of its properties is not stated as is (ESTIMATED or SYNTHETIC).' })
  estimate!: boolean;

  @Field(() => String, { nullable: true })
  note?: string;
}
