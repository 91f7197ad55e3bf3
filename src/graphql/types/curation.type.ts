import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

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

  @Field(() => [DuplicateWarning], { description: 'Likely duplicates of this entity already in the store (warnings: the write went ahead; see mergeEntities).' })
  duplicates!: DuplicateWarning[];
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


export enum DuplicateRule {
  SAME_NAME = 'SAME_NAME',
  SIMILAR_NAME = 'SIMILAR_NAME',
}
registerEnumType(DuplicateRule, {
  name: 'DuplicateRule',
  description:
    'Why two records of one label may be one thing. SAME_NAME: a name of each is the same once folded (diacritics, đ, case, punctuation and generic words such as "làng", "village", "công ty TNHH" removed). ' +
    'SIMILAR_NAME: they are located in the same province or village (not by a synthetic assignment) and their folded names are at least 0.8 similar (Dice coefficient of character bigrams, a few English craft words read in Vietnamese).',
});

@ObjectType({ description: 'A likely duplicate of the record written: a warning with its evidence, never a decision (the write went ahead). See mergeEntities.' })
export class DuplicateWarning {
  @Field(() => DuplicateRule)
  rule!: DuplicateRule;

  @Field(() => ID, { description: 'The record written.' })
  id!: string;

  @Field(() => ID, { description: 'The record it may duplicate.' })
  otherId!: string;

  @Field(() => NodeLabelEnum)
  label!: string;

  @Field(() => String, { description: 'The name of the record written that was compared.' })
  name!: string;

  @Field(() => String, { description: 'The name of the other record it was compared with.' })
  otherName!: string;

  @Field(() => Float, { description: 'How similar the two names are, 0..1 (1 for SAME_NAME), two decimals.' })
  similarity!: number;

  @Field(() => String, { nullable: true, description: 'For SAME_NAME: the folded name both reduce to.' })
  key!: string | null;

  @Field(() => [ID], { description: 'Provinces and villages both are located in.' })
  sharedPlaces!: string[];

  @Field(() => String, { description: 'One sentence: the rule, the names, the similarity and the place.' })
  reason!: string;
}

export enum MergeLinkAction {
  MOVED = 'MOVED',
  MERGED = 'MERGED',
  DROPPED_SELF_LOOP = 'DROPPED_SELF_LOOP',
}
registerEnumType(MergeLinkAction, {
  name: 'MergeLinkAction',
  description:
    'What a merge did with a relationship of the removed entity. MOVED: recreated on the kept entity as it was. MERGED: the kept entity had the same relationship, which keeps its properties and gains the sources of the removed one. ' +
    'DROPPED_SELF_LOOP: it joined the two entities, so it would join the kept one to itself. Each is in the merge change\'s entries (before and after).',
});

@ObjectType({ description: 'A relationship of the removed entity and what the merge did with it.' })
export class MergedLink {
  @Field(() => LinkTypeEnum)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => ID, { description: 'Its start after the merge.' })
  newFrom!: string;

  @Field(() => ID, { description: 'Its end after the merge.' })
  newTo!: string;

  @Field(() => MergeLinkAction)
  action!: MergeLinkAction;
}

@ObjectType({ description: 'What mergeEntities did; restoreEntity(id: removed) undoes it whole.' })
export class MergeResult {
  @Field(() => Entity, { description: 'The kept entity, as it is after the merge.' })
  keep!: NodeProps;

  @Field(() => ID, { description: 'The id of the entity merged away (deleted).' })
  removed!: string;

  @Field(() => ID, { description: 'The MERGE_ENTITIES change recorded in the history.' })
  changeId!: string;

  @Field(() => [MergedLink])
  links!: MergedLink[];

  @Field(() => [ID], { description: 'Sources the removed entity cited that the kept one now cites too.' })
  sourcesAdded!: string[];

  @Field(() => [String], { description: 'Properties of the removed entity (name included) whose value the kept entity does not have: not copied (they stay in the history); set them with updateEntity if they belong.' })
  propertiesNotKept!: string[];
}
