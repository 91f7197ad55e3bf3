import type { ListFilter as RepoFilter } from '../../db/repositories/list.repository';
import type { NodeProps } from '../../db/repositories/node.repository';
import type { Context } from '../context';
import { SortField, SortOrder } from '../enums';
import { evidenceArg } from '../evidence';
import { toConnection, toPage, type ConnectionValue } from '../pagination';
import { checkFilter, type ListFilter, type ListOrder } from '../types/list.input';

/**
 * A root list as a connection: arguments checked first (nothing reaches Neo4j for bad input),
 * one round trip for the page, and one more for `totalCount` only when it is selected.
 */
export async function listConnection(
  ctx: Context,
  labels: readonly string[],
  filter: ListFilter | undefined,
  order: ListOrder | undefined,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionValue<NodeProps>> {
  checkFilter(filter);
  const page = toPage(args);
  const repoFilter: RepoFilter = { ...(filter ?? {}), labels, evidence: evidenceArg(ctx, filter?.evidence, 'filter.evidence') };
  if (filter?.kinds && filter.kinds.length > 0) {
    repoFilter.labels = labels.filter((l) => filter.kinds!.includes(l));
  }
  const sort = { sort: order?.field ?? SortField.NAME, descending: order?.order === SortOrder.DESC };
  const items = await ctx.lists.find(repoFilter, sort, page.offset, page.limit + 1);
  return toConnection(items, page, () => ctx.lists.count(repoFilter));
}
