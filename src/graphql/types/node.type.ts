import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';

import type { NodeProps } from '../../db/repositories/node.repository';

export type { NodeProps };

@InterfaceType({
  description: 'Anything with a global id (Relay). Every entity of the graph is a Node.',
  resolveType: (value: NodeProps) => value.label,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ implements: Node, description: 'A public document a fact comes from (provenance).' })
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

  @Field(() => Boolean, { description: 'True when this stands for something real whose identity is not public.' })
  placeholder!: boolean;

  @Field(() => Boolean, { description: 'True when a figure of this record is an estimate.' })
  estimate!: boolean;

  @Field(() => String, { nullable: true })
  note?: string;
}
