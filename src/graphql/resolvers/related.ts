import type { LinkItem, LinkQuery, NodeProps } from '../../db/repositories/node.repository';
import { compiledConnection } from '../compile/compiledReader';
import { decodeRelationCursor } from '../compile/cursors';
import type { Context } from '../context';
import type { ConnectionValue } from '../pagination';
import { pageSize } from '../compile/compiledReader';

/** Which relationships lead from a node to the items of one of its relationship fields. */
export interface RelationSpec {
  types: readonly string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Labels of the nodes at the other end (null: any). */
  labels?: readonly string[] | null;
}

/**
 * One page of a node's relationships through the links loader (one batched round trip for all
 * parents of a level; the far nodes primed into the node loader), for parents the read compiler
 * did not read. Keyset cursors, the same as the compiled statements'. `evidence` defaults to the
 * request's (synthetic assignments left out unless the deployment says otherwise: a field that
 * returns bare nodes cannot say that a tie is made up, so it does not show made-up ties).
 */
export async function relatedItems(
  ctx: Context,
  parent: NodeProps,
  spec: RelationSpec,
  args: { first?: number | null; after?: string | null },
  evidence: readonly string[] | null = ctx.evidence,
): Promise<{ items: LinkItem[]; total: number }> {
  const first = pageSize(args.first);
  const query: LinkQuery = {
    id: parent.id,
    types: spec.types,
    direction: spec.direction,
    labels: spec.labels ?? null,
    evidence,
    after: typeof args.after === 'string' ? decodeRelationCursor(args.after) : null,
    limit: first + 1,
  };
  return ctx.loaders.links.load(query);
}

/** A relationship field as a connection of the far nodes, through the loader. */
export async function relatedConnection(
  ctx: Context,
  parent: NodeProps,
  spec: RelationSpec,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionValue<NodeProps>> {
  const result = await relatedItems(ctx, parent, spec, args);
  return compiledConnection({ items: result.items.map((i) => ({ ...i.node, _c: i._c })), total: result.total }, args);
}

/** A to-one relationship field: the first node at the other end, or null. */
export async function relatedOne(ctx: Context, parent: NodeProps, spec: RelationSpec): Promise<NodeProps | null> {
  const result = await relatedItems(ctx, parent, spec, { first: 1 });
  return result.items[0]?.node ?? null;
}
