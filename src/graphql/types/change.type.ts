import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { CHANGE_OPERATIONS } from '../../ingest/changes';
import { LinkTypeEnum } from '../enums';
import { PageArgs } from '../pagination';

export const ChangeOperationEnum = Object.fromEntries(CHANGE_OPERATIONS.map((o) => [o, o])) as Record<(typeof CHANGE_OPERATIONS)[number], string>;
registerEnumType(ChangeOperationEnum, {
  name: 'ChangeOperation',
  description: 'What a recorded write did: a mutation (UPSERT_ENTITY, UPDATE_ENTITY, DELETE_ENTITY, LINK, UNLINK, UPSERT_SOURCE, MERGE_ENTITIES), an import, or a restore.',
});

export enum ChangeEntryKind {
  NODE = 'node',
  SOURCE = 'source',
  LINK = 'link',
}
registerEnumType(ChangeEntryKind, { name: 'ChangeEntryKind', description: 'What a change entry is about: an entity, a source or a relationship.' });

@ObjectType({ description: 'One entity, source or relationship a change touched, with its stored properties before and after.' })
export class ChangeEntry {
  @Field(() => ChangeEntryKind)
  kind!: string;

  @Field(() => String, { description: 'The id of the entity or source, or TYPE|from|to for a relationship.' })
  target!: string;

  @Field(() => LinkTypeEnum, { nullable: true, description: 'For a relationship: its type.' })
  type?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a relationship: its start.' })
  from?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a relationship: its end.' })
  to?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its properties before the change; null when the change created it.' })
  before?: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its properties after the change; null when the change removed it.' })
  after?: Record<string, unknown> | null;

  @Field(() => [String], { description: 'The properties whose value the change set, changed or removed.' })
  changedProperties!: string[];
}

@ObjectType({ description: 'A recorded write: who made it, when, what it did to which records, on which sources, and why. Written in the same transaction as the write.' })
export class Change {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Its place in the order in which changes committed.' })
  seq!: number;

  @Field(() => String, { description: 'When it was written (ISO 8601, UTC).' })
  at!: string;

  @Field(() => String, { description: "Who wrote it: the API key's name (HELIXGRAPH_API_KEYS), or the import's author." })
  by!: string;

  @Field(() => ChangeOperationEnum)
  operation!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => [ID], { description: 'The sources the write cited.' })
  sourceIds!: string[];

  @Field(() => ID, { nullable: true, description: 'For a restore: the change it undid.' })
  restores?: string | null;

  @Field(() => Int, { description: 'How many records it touched in all.' })
  entryCount!: number;

  @Field(() => [ChangeEntry], { description: 'The records it touched (in `history`, those about the record asked for), at most 100.' })
  entries!: ChangeEntry[];
}

@InputType({ description: 'A relationship by its type and ends.' })
export class LinkKeyInput {
  @Field(() => LinkTypeEnum)
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;
}

@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'An entity or source (give id or link).' })
  id?: string;

  @Field(() => LinkKeyInput, { nullable: true, description: 'A relationship (give id or link).' })
  link?: LinkKeyInput;

  @Field(() => Boolean, { nullable: true, description: "For an entity: also the changes to its relationships (default true)." })
  includeLinks?: boolean;
}

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Changes written at or after this instant (ISO 8601, e.g. 2026-11-01 or 2026-11-01T00:00:00Z).' })
  since?: string;

  @Field(() => String, { nullable: true, description: 'Changes written before this instant (ISO 8601).' })
  until?: string;

  @Field(() => [ChangeOperationEnum], { nullable: true, description: 'Only these operations.' })
  kinds?: string[];

  @Field(() => String, { nullable: true, description: "Only the changes of this key's name." })
  by?: string;
}

@ObjectType({ description: 'What a restore did.' })
export class RestoreResult {
  @Field(() => ID, { description: 'The RESTORE change recorded.' })
  changeId!: string;

  @Field(() => ID, { description: 'The change it undid.' })
  restored!: string;
}
