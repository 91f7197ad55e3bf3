import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { EvidenceEnum, LinkTypeEnum, NodeLabelEnum } from '../enums';
import { Entity, type NodeProps } from './node.type';

export enum WriteOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(WriteOutcome, { name: 'WriteOutcome', description: 'What a write did (UNCHANGED: the same data was already there).' });

@InputType({ description: 'A source document, created or updated by id.' })
export class SourceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => String, { nullable: true, description: 'http(s) URL.' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string;

  @Field(() => String, { nullable: true })
  language?: string;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType({ description: 'The whole record of an entity, created or replaced by id (upsert).' })
export class EntityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => NodeLabelEnum)
  label!: string;

  @Field(() => String)
  name!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Other properties of the label (nameEn, description, sphere, founded, kind, date, amount, …): see docs/import-format.md.',
  })
  properties?: Record<string, unknown>;

  @Field(() => [ID], { nullable: true, description: 'Existing sources this record comes from.' })
  sourceIds?: string[];

  @Field(() => [SourceInput], { nullable: true, description: 'New sources to create and cite.' })
  newSources?: SourceInput[];

  @Field(() => String, { nullable: true, description: 'Why: recorded with the change in the history.' })
  comment?: string;
}

@InputType({ description: 'A change to some properties of an existing entity.' })
export class EntityPatch {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Properties to set.' })
  set?: Record<string, unknown>;

  @Field(() => [String], { nullable: true, description: 'Properties to remove.' })
  unset?: string[];

  @Field(() => [ID], { nullable: true, description: 'Sources of this change (added to the record\'s sources).' })
  sourceIds?: string[];

  @Field(() => [SourceInput], { nullable: true })
  newSources?: SourceInput[];

  @Field(() => String, { nullable: true, description: 'Why: recorded with the change in the history.' })
  comment?: string;
}

@InputType({ description: 'A typed relationship, created or updated by (type, from, to).' })
export class LinkInput {
  @Field(() => LinkTypeEnum)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => String, { nullable: true })
  since?: string;

  @Field(() => String, { nullable: true })
  until?: string;

  @Field(() => EvidenceEnum, { nullable: true, description: 'What the relationship rests on (default STATED; from placeholder/estimate when only those are given).' })
  evidence?: string;

  @Field(() => String, { nullable: true, description: 'Why it has this evidence (how it was inferred or estimated).' })
  evidenceNote?: string;

  @Field(() => Boolean, { nullable: true, description: 'Earlier flag: PLACEHOLDER when no evidence is given; must agree with evidence otherwise.' })
  placeholder?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Earlier flag: ESTIMATED when no evidence is given.' })
  estimate?: boolean;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => [ID], { nullable: true })
  sourceIds?: string[];

  @Field(() => [SourceInput], { nullable: true })
  newSources?: SourceInput[];

  @Field(() => String, { nullable: true, description: 'Why: recorded with the change in the history.' })
  comment?: string;
}

@ObjectType()
export class EntityWriteResult {
  @Field(() => WriteOutcome)
  outcome!: WriteOutcome;

  @Field(() => ID, { nullable: true, description: 'The change recorded in the history (null when the write changed nothing).' })
  changeId!: string | null;

  @Field(() => Entity)
  node!: NodeProps;
}

@ObjectType()
export class LinkWriteResult {
  @Field(() => WriteOutcome)
  outcome!: WriteOutcome;

  @Field(() => ID, { nullable: true, description: 'The change recorded in the history (null when the write changed nothing).' })
  changeId!: string | null;

  @Field(() => LinkTypeEnum)
  type!: string;

  @Field(() => Entity)
  from!: NodeProps;

  @Field(() => Entity)
  to!: NodeProps;
}

@ObjectType()
export class SourceWriteResult {
  @Field(() => WriteOutcome)
  outcome!: WriteOutcome;

  @Field(() => ID, { nullable: true, description: 'The change recorded in the history (null when the write changed nothing).' })
  changeId!: string | null;

  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class DeleteResult {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: 'False when there was nothing to delete.' })
  deleted!: boolean;

  @Field(() => Int)
  linksRemoved!: number;

  @Field(() => ID, { nullable: true, description: 'The change recorded in the history (null when the write changed nothing).' })
  changeId!: string | null;
}

@ObjectType()
export class UnlinkResult {
  @Field(() => Boolean, { description: 'False when there was no such relationship.' })
  deleted!: boolean;

  @Field(() => ID, { nullable: true, description: 'The change recorded in the history (null when the write changed nothing).' })
  changeId!: string | null;
}

