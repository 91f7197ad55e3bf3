import { isLinkType, isNodeLabel, linkAllowed } from '../domain/model';
import type { Executor, Row } from '../db/executor';
import { recordChange, type ChangeAuthor, type TxRun } from './changes';
import { recordOfNode } from './curation';
import type { LinkRecord, NodeRecord } from './dataset';
import { linkRow, nodeRow } from './importer';

/** Most relationships one merge moves (it runs in one transaction); a larger one is refused. */
export const MERGE_LINK_LIMIT = 5000;

/** A merge refused before anything was written: BAD_USER_INPUT (the arguments) or CONFLICT (the records). */
export class MergeRefusedError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'CONFLICT',
    /** The argument the refusal is about, when it is one. */
    readonly field: 'keep' | 'remove' | null = null,
  ) {
    super(message);
    this.name = 'MergeRefusedError';
  }
}

/** What a merge did with one relationship of the removed entity. */
export interface MergedLink {
  type: string;
  from: string;
  to: string;
  /** Its ends after the merge (the removed entity replaced by the kept one). */
  newFrom: string;
  newTo: string;
  /**
   * MOVED: recreated on the kept entity as it was; MERGED: the kept entity already had this
   * relationship, which keeps its properties and gains the removed one's sources; DROPPED_SELF_LOOP:
   * it joined the two entities, so it would join the kept one to itself and is dropped.
   */
  action: 'MOVED' | 'MERGED' | 'DROPPED_SELF_LOOP';
}

export interface MergeOutcome {
  keep: string;
  removed: string;
  changeId: string;
  links: MergedLink[];
  /** Sources the removed entity cited that the kept one now cites too. */
  sourcesAdded: string[];
  /** Properties of the removed entity whose value the kept one does not have (in the history, not kept). */
  propertiesNotKept: string[];
}

const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];

function without(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => !keys.includes(k) && v !== null && v !== undefined));
}

interface Pair {
  keep: NodeRecord;
  remove: NodeRecord;
  links: Row[];
  /** What was read, to see whether it changed before the change log's lock was taken. */
  signature: string;
}

/** Reads and checks both entities and the relationships of the one to remove; throws MergeRefusedError. */
async function readPair(run: TxRun, keep: string, remove: string): Promise<Pair> {
  const rows = await run('node/getNodesByIds', { ids: [keep, remove] });
  const node = (id: string) => rows.find((r) => r.id === id)?.node as Record<string, unknown> | null | undefined;
  for (const [field, id] of [['keep', keep], ['remove', remove]] as const) {
    const n = node(id);
    if (!n) throw new MergeRefusedError(`Cannot merge: ${field}: ${JSON.stringify(id)} is not the id of an entity. Nothing was written.`, 'BAD_USER_INPUT', field);
    if (!isNodeLabel(String(n.label))) {
      throw new MergeRefusedError(`Cannot merge: ${field}: ${id} is a ${String(n.label)}, not an entity; only entities are merged. Nothing was written.`, 'BAD_USER_INPUT', field);
    }
  }
  const k = node(keep)!;
  const r = node(remove)!;
  if (k.label !== r.label) {
    throw new MergeRefusedError(
      `Cannot merge ${remove} (${String(r.label)}) into ${keep} (${String(k.label)}): entities of different labels are not merged (their relationships follow different rules); ` +
        `if one of them has the wrong label, delete it and upsert it with the right one first. Nothing was written.`,
      'CONFLICT',
    );
  }
  const links = await run('curation/getMergeLinks', { keep, remove, limit: MERGE_LINK_LIMIT + 1 });
  if (links.length > MERGE_LINK_LIMIT) {
    throw new MergeRefusedError(`Cannot merge ${remove}: it has more than ${MERGE_LINK_LIMIT} relationships, more than one merge moves in one transaction. Nothing was written.`, 'CONFLICT', 'remove');
  }
  return { keep: recordOfNode(keep, k), remove: recordOfNode(remove, r), links, signature: JSON.stringify([k, r, links]) };
}

/**
 * Merges `remove` into `keep` (two entities of the same label), in one transaction recorded as a
 * MERGE_ENTITIES change: every relationship of `remove` is moved onto `keep` (one `keep` already has
 * is merged into it, gaining the sources of the moved one; one between the two is dropped, as it
 * would join `keep` to itself), every source `remove` cites is cited by `keep`, and `remove` is
 * deleted. `keep`'s own properties stay as they are; those of `remove` it lacks are listed in
 * `propertiesNotKept` and stay in the history. The change records the before and after of every
 * record touched, so restoreEntity(remove) undoes the merge whole. Refused (MergeRefusedError,
 * nothing written) for the same id twice, an unknown id, a source, different labels, or a moved
 * relationship the whitelist does not allow between its new ends.
 */
export async function mergeEntities(db: Executor, keep: string, remove: string, author: ChangeAuthor): Promise<MergeOutcome> {
  if (keep === remove) throw new MergeRefusedError(`Cannot merge ${keep} into itself: keep and remove are the same id. Nothing was written.`, 'BAD_USER_INPUT', 'remove');
  return db.writeTransaction(async (run) => {
    // Read first to name what the change will touch; read again once the change log's lock is held.
    const first = await readPair(run, keep, remove);
    const moved = first.links.filter((l) => l.newFrom !== l.newTo);
    const { result, changeId } = await recordChange(
      run,
      'MERGE_ENTITIES',
      { by: author.by, comment: author.comment ?? `merges ${remove} into ${keep}` },
      first.remove.sources,
      {
        nodes: [
          { id: keep, kind: 'node' },
          { id: remove, kind: 'node' },
        ],
        linksOf: [remove],
        links: moved.map((l) => ({ type: String(l.type), from: String(l.newFrom), to: String(l.newTo) })),
      },
      async () => {
        const pair = await readPair(run, keep, remove);
        if (pair.signature !== first.signature) {
          throw new MergeRefusedError(`Cannot merge ${remove} into ${keep}: one of them changed while the merge was being prepared; try again. Nothing was written.`, 'CONFLICT');
        }
        const label = pair.keep.label;
        const outcome: MergedLink[] = [];
        const rows = new Map<string, { type: string; from: string; to: string; props: Record<string, unknown> }>();
        for (const l of pair.links) {
          const type = String(l.type);
          const [from, to, newFrom, newTo] = [String(l.from), String(l.to), String(l.newFrom), String(l.newTo)];
          if (newFrom === newTo) {
            outcome.push({ type, from, to, newFrom, newTo, action: 'DROPPED_SELF_LOOP' });
            continue;
          }
          const fromLabel = newFrom === keep ? label : String(l.otherLabel);
          const toLabel = newTo === keep ? label : String(l.otherLabel);
          if (!isLinkType(type) || !isNodeLabel(fromLabel) || !isNodeLabel(toLabel) || !linkAllowed(type, fromLabel, toLabel)) {
            throw new MergeRefusedError(
              `Cannot merge ${remove} into ${keep}: its relationship ${type} ${from} → ${to} would become ${newFrom} → ${newTo}, which the relationship rules do not allow (${type} from ${fromLabel} to ${toLabel}). Nothing was written.`,
              'CONFLICT',
            );
          }
          const key = `${type}|${newFrom}|${newTo}`;
          const props = l.props as Record<string, unknown>;
          const into = rows.get(key)?.props ?? (l.existing as Record<string, unknown> | null);
          if (!into) {
            rows.set(key, { type, from: newFrom, to: newTo, props });
            outcome.push({ type, from, to, newFrom, newTo, action: 'MOVED' });
            continue;
          }
          // The kept relationship keeps its properties and cites the moved one's sources too.
          const record = { ...without(into, ['contentHash', 'sourceIds']), type, from: newFrom, to: newTo, sources: union(into.sourceIds as string[], props.sourceIds as string[]) } as LinkRecord;
          rows.set(key, { type, from: newFrom, to: newTo, props: linkRow(record).props });
          outcome.push({ type, from, to, newFrom, newTo, action: 'MERGED' });
        }
        const sourcesAdded = pair.remove.sources.filter((s) => !pair.keep.sources.includes(s));
        if (sourcesAdded.length > 0) await run('ingest/mergeNodes', { rows: [nodeRow({ ...pair.keep, sources: union(pair.keep.sources, pair.remove.sources) })] });
        if (rows.size > 0) await run('curation/setLinks', { rows: [...rows.values()] });
        await run('curation/deleteNode', { id: remove });
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        const propertiesNotKept = Object.keys(pair.remove)
          .filter((k) => !['id', 'label', 'sources'].includes(k) && !same(pair.remove[k], pair.keep[k]))
          .sort();
        return { links: outcome, sourcesAdded, propertiesNotKept };
      },
    );
    if (!changeId) throw new Error(`the merge of ${remove} into ${keep} recorded no change`);
    return { keep, removed: remove, changeId, ...result };
  });
}
