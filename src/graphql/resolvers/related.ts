import type { LinkQuery, NodeProps } from '../../db/repositories/node.repository';
import type { Context } from '../context';
import { toConnection, toPage, type ConnectionValue } from '../pagination';

/** Which relationships lead from a node to the items of one of its relationship fields. */
export interface RelationSpec {
  types: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Labels of the nodes at the other end (null: any). */
  labels?: readonly string[] | null;
}

/**
 * A relationship field as a connection, on the request's default evidence (synthetic assignments
 * left out unless the deployment says otherwise: a field that returns bare nodes cannot say that a
 * tie is made up, so it does not show made-up ties): one batched round trip for all parents of this level
 * (through the links loader), the far nodes primed into the node loader.
 */
export async function relatedConnection(
  ctx: Context,
  parent: NodeProps,
  spec: RelationSpec,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionValue<NodeProps>> {
  const page = toPage(args);
  const query: LinkQuery = {
    id: parent.id,
    types: spec.types,
    direction: spec.direction,
    labels: spec.labels ?? null,
    evidence: ctx.evidence,
    offset: page.offset,
    limit: page.limit + 1,
  };
  const result = await ctx.loaders.links.load(query);
  return toConnection(
    result.items.map((i) => i.node),
    page,
    () => result.total,
  );
}

/** A to-one relationship field: the first node at the other end, or null. */
export async function relatedOne(ctx: Context, parent: NodeProps, spec: RelationSpec): Promise<NodeProps | null> {
  const result = await ctx.loaders.links.load({
    id: parent.id,
    types: spec.types,
    direction: spec.direction,
    labels: spec.labels ?? null,
    evidence: ctx.evidence,
    offset: 0,
    limit: 1,
  });
  return result.items[0]?.node ?? null;
}
