import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { ErrorCode } from '../../errors';
import {
  deleteEntity,
  deleteLink,
  MissingSourceError,
  UnknownIdError,
  updateEntity,
  upsertEntity,
  upsertLink,
  upsertSource,
} from '../../ingest/curation';
import { DatasetInvalidError, type SourceRecord } from '../../ingest/dataset';
import type { DuplicateWarning as Warning } from '../../ingest/duplicates';
import { mergeEntities, MergeRefusedError } from '../../ingest/merge';
import { ID_PATTERN } from '../../ingest/validate';
import { callerName, requireRole, type Caller } from '../access';
import type { Context } from '../context';
import { LinkTypeEnum } from '../enums';
import {
  DeleteResult,
  DuplicateWarning,
  EntityInput,
  EntityPatch,
  EntityWriteResult,
  LinkInput,
  LinkWriteResult,
  MergeResult,
  SourceInput,
  SourceWriteResult,
  UnlinkResult,
} from '../types/curation.type';
import type { NodeProps } from '../types/node.type';

/** `nodes[0].amount` → `amount`, `sources[1].url` → `newSources[1].url`: fields as the caller named them. */
function callerField(record: string, field: string): string {
  if (record.startsWith('sources[')) return `newSources${record.slice('sources'.length)}.${field}`;
  return field;
}

/**
 * Runs a write and turns what refuses it into BAD_USER_INPUT errors that name the field, the bad
 * value and the rule (all problems at once, also under `extensions.problems`).
 */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof DatasetInvalidError) {
      const problems = err.problems.map((p) => ({ field: callerField(p.record, p.field), value: p.value ?? null, rule: p.rule }));
      const message = problems.map((p) => `${p.field}: ${p.value === null ? 'missing' : JSON.stringify(p.value)} ${p.rule}`).join('; ');
      throw new GraphQLError(`Invalid input: ${message}. Nothing was written.`, { extensions: { code: ErrorCode.BAD_USER_INPUT, problems } });
    }
    if (err instanceof MissingSourceError) {
      throw new GraphQLError(`Invalid input: sourceIds: ${err.message}. Nothing was written.`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems: [{ field: 'sourceIds', value: null, rule: err.message }] },
      });
    }
    if (err instanceof UnknownIdError) {
      throw new GraphQLError(`Invalid input: id: ${JSON.stringify(err.id)} is not the id of an entity. Nothing was written.`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems: [{ field: 'id', value: err.id, rule: 'is not the id of an entity' }] },
      });
    }
    throw err;
  }
}

function sourceRecords(inputs: SourceInput[] | undefined): SourceRecord[] {
  return (inputs ?? []).map((s) => Object.fromEntries(Object.entries({ ...s }).filter(([, v]) => v !== undefined && v !== null)) as SourceRecord);
}

/** Who writes and why, as the change history records it. */
function author(caller: Caller, comment: string | null | undefined) {
  return { by: callerName(caller), comment: comment ?? null };
}

/** A write's duplicate warnings as the API answers them (the importer's file and line left out). */
function warnings(found: Warning[]): DuplicateWarning[] {
  return found.map(({ rule, id, otherId, label, name, otherName, similarity, key, sharedPlaces, reason }) => ({
    rule: rule as DuplicateWarning['rule'],
    id,
    otherId,
    label,
    name,
    otherName,
    similarity,
    key,
    sharedPlaces,
    reason,
  }));
}

async function loadNode(ctx: Context, id: string): Promise<NodeProps> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw new Error(`entity ${id} not found right after it was written`);
  return node;
}

/**
 * Curation: every mutation needs an API key (editor to write, admin to delete), cites at least
 * one source, is validated as a whole before anything is written, and runs in one transaction.
 */
@Resolver()
export class CurationResolver {
  @Mutation(() => EntityWriteResult, { description: 'Create or replace an entity by id (editor). Idempotent.' })
  async upsertEntity(@Ctx() ctx: Context, @Arg('input', () => EntityInput) input: EntityInput): Promise<EntityWriteResult> {
    requireRole(ctx.caller, 'editor');
    // id, label, name and sources have arguments of their own: inside `properties` they would be overridden silently.
    const misplaced = ['id', 'label', 'name', 'sources'].filter((k) => input.properties && Object.prototype.hasOwnProperty.call(input.properties, k));
    if (misplaced.length > 0) {
      throw new GraphQLError(`Invalid input: properties.${misplaced[0]} is not a property: give it as input.${misplaced[0] === 'sources' ? 'sourceIds' : misplaced[0]}. Nothing was written.`, {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          problems: misplaced.map((k) => ({ field: `properties.${k}`, value: input.properties![k] ?? null, rule: `is not a property: give it as input.${k === 'sources' ? 'sourceIds' : k}` })),
        },
      });
    }
    const written = await guarded(() =>
      upsertEntity(
        ctx.db,
        { ...(input.properties ?? {}), id: input.id, label: input.label, name: input.name },
        { sourceIds: input.sourceIds, newSources: sourceRecords(input.newSources) },
        author(ctx.caller, input.comment),
      ),
    );
    return { outcome: written.outcome as EntityWriteResult['outcome'], changeId: written.changeId, node: await loadNode(ctx, input.id), duplicates: warnings(written.duplicates) };
  }

  @Mutation(() => EntityWriteResult, { description: 'Change some properties of an existing entity (editor).' })
  async updateEntity(@Ctx() ctx: Context, @Arg('input', () => EntityPatch) input: EntityPatch): Promise<EntityWriteResult> {
    requireRole(ctx.caller, 'editor');
    const forbidden = ['id', 'label', 'sources'].filter((k) => input.set && k in input.set);
    if (forbidden.length > 0) {
      throw new GraphQLError(`Invalid input: set.${forbidden[0]} cannot be changed by updateEntity. Nothing was written.`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems: [{ field: `set.${forbidden[0]}`, value: null, rule: 'cannot be changed by updateEntity' }] },
      });
    }
    const written = await guarded(() =>
      updateEntity(ctx.db, input.id, input.set ?? {}, input.unset ?? [], { sourceIds: input.sourceIds, newSources: sourceRecords(input.newSources) }, author(ctx.caller, input.comment)),
    );
    return { outcome: written.outcome as EntityWriteResult['outcome'], changeId: written.changeId, node: await loadNode(ctx, input.id), duplicates: warnings(written.duplicates) };
  }

  @Mutation(() => DeleteResult, { description: 'Delete an entity and its relationships (admin); recorded as they were, so restoreEntity can put them back.' })
  async deleteEntity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment?: string): Promise<DeleteResult> {
    requireRole(ctx.caller, 'admin');
    if (!ID_PATTERN.test(id)) throw new GraphQLError(`Invalid input: id: ${JSON.stringify(id)} is not an id.`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return { id, ...(await deleteEntity(ctx.db, id, author(ctx.caller, comment))) };
  }

  @Mutation(() => MergeResult, {
    description:
      'Merges the entity `remove` into `keep` (admin; same label only): moves its relationships (merging one `keep` already has, dropping one between the two) and its sources onto `keep`, ' +
      'then deletes it, in one transaction recorded as a MERGE_ENTITIES change; restoreEntity(id: remove) undoes it whole. Refused with nothing written: BAD_USER_INPUT for the same id twice or an unknown id, CONFLICT for different labels.',
  })
  async mergeEntities(
    @Ctx() ctx: Context,
    @Arg('keep', () => ID) keep: string,
    @Arg('remove', () => ID) remove: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<MergeResult> {
    requireRole(ctx.caller, 'admin');
    for (const [field, id] of [['keep', keep], ['remove', remove]] as const) {
      if (!ID_PATTERN.test(id)) throw new GraphQLError(`Invalid input: ${field}: ${JSON.stringify(id)} is not an id. Nothing was written.`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    try {
      const merged = await mergeEntities(ctx.db, keep, remove, author(ctx.caller, comment));
      return { ...merged, links: merged.links as MergeResult['links'], keep: await loadNode(ctx, keep) };
    } catch (err) {
      if (err instanceof MergeRefusedError) {
        const problems = err.field ? [{ field: err.field, value: err.field === 'keep' ? keep : remove, rule: err.message }] : undefined;
        throw new GraphQLError(err.message, { extensions: { code: ErrorCode[err.code], ...(problems ? { problems } : {}) } });
      }
      throw err;
    }
  }

  @Mutation(() => LinkWriteResult, { description: 'Create or update a typed relationship (editor). Idempotent.' })
  async link(@Ctx() ctx: Context, @Arg('input', () => LinkInput) input: LinkInput): Promise<LinkWriteResult> {
    requireRole(ctx.caller, 'editor');
    const { sourceIds, newSources, comment, ...link } = input;
    const written = await guarded(() => upsertLink(ctx.db, { ...link }, { sourceIds, newSources: sourceRecords(newSources) }, author(ctx.caller, comment)));
    return {
      outcome: written.outcome as LinkWriteResult['outcome'],
      changeId: written.changeId,
      type: input.type,
      from: await loadNode(ctx, input.from),
      to: await loadNode(ctx, input.to),
    };
  }

  @Mutation(() => UnlinkResult, { description: 'Delete a typed relationship (admin); recorded as it was, so restoreLink can put it back.' })
  async unlink(
    @Ctx() ctx: Context,
    @Arg('type', () => LinkTypeEnum) type: string,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<UnlinkResult> {
    requireRole(ctx.caller, 'admin');
    return deleteLink(ctx.db, type, from, to, author(ctx.caller, comment));
  }

  @Mutation(() => SourceWriteResult, { description: 'Create or update a source document (editor).' })
  async upsertSource(
    @Ctx() ctx: Context,
    @Arg('input', () => SourceInput) input: SourceInput,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<SourceWriteResult> {
    requireRole(ctx.caller, 'editor');
    const [record] = sourceRecords([input]);
    const written = await guarded(() => upsertSource(ctx.db, record, author(ctx.caller, comment)));
    return { outcome: written.outcome as SourceWriteResult['outcome'], changeId: written.changeId, id: input.id };
  }
}
