import { gql, isAbort } from '../api';
import { h, replace, type Child } from '../dom';
import { formatNumber, getLang } from '../i18n';
import { errorBox, loading } from '../ui';
import { te, type EditKey } from './messages';

interface ChangeEntry {
  kind: 'NODE' | 'SOURCE' | 'LINK';
  target: string;
  type: string | null;
  from: string | null;
  to: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedProperties: string[];
}

export interface Change {
  id: string;
  at: string;
  by: string;
  operation: string;
  comment: string | null;
  sourceIds: string[];
  entryCount: number;
  entries: ChangeEntry[];
}

interface HistoryPage {
  history: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Change[] };
}

/** How many changes a page of the history shows. */
export const HISTORY_PAGE = 10;

const HISTORY_QUERY = `query History($id: ID!, $first: Int!, $after: String) {
  history(id: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id at by operation comment sourceIds entryCount entries { kind target type from to before after changedProperties } }
  }
}`;

const LATEST_STATE_QUERY = `query LatestState($id: ID!) { history(id: $id, includeLinks: false, first: 1) { nodes { entries { kind target after } } } }`;

/** The stored properties of an entity as its latest recorded change left them (null when none is recorded). */
export async function latestState(id: string, signal?: AbortSignal): Promise<Record<string, unknown> | null> {
  const data = await gql<{ history: { nodes: Array<{ entries: Array<{ kind: string; target: string; after: Record<string, unknown> | null }> }> } }>(LATEST_STATE_QUERY, { id }, signal);
  const entry = data.history.nodes[0]?.entries.find((e) => e.kind === 'NODE' && e.target === id);
  return entry?.after ?? null;
}

/** "2 Dec 2026, 05:12" in the page's language and the reader's time zone. */
function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString(getLang() === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** One touched record: what it is, and created / removed / each changed property with before → after. */
function entryView(entry: ChangeEntry): HTMLElement {
  const what = entry.kind === 'LINK' ? `${entry.type} ${entry.from} → ${entry.to}` : entry.target;
  const props: Child =
    entry.before === null
      ? h('span', { class: 'change-kind' }, te('historyCreated'))
      : entry.after === null
        ? h('span', { class: 'change-kind' }, te('historyRemoved'))
        : [
            h('span', { class: 'change-kind' }, te('historyChanged', { props: entry.changedProperties.join(', ') })),
            h(
              'ul',
              { class: 'change-props' },
              entry.changedProperties.map((p) =>
                h(
                  'li',
                  { 'data-property': p },
                  h('code', null, p),
                  ': ',
                  h('del', null, entry.before?.[p] === undefined ? '∅' : short(entry.before[p])),
                  ' → ',
                  h('ins', null, entry.after?.[p] === undefined ? '∅' : short(entry.after[p])),
                ),
              ),
            ),
          ];
  return h('li', { 'data-entry-kind': entry.kind, 'data-target': entry.target, 'data-changed': entry.changedProperties.join(' ') }, h('code', { class: 'change-target' }, what), ' ', props);
}

function changeView(change: Change): HTMLElement {
  return h(
    'li',
    { class: 'change', 'data-change': change.id, 'data-operation': change.operation, 'data-by': change.by },
    h(
      'div',
      { class: 'change-head' },
      h('strong', null, te(`op${change.operation}` as EditKey)),
      ' · ',
      h('time', { datetime: change.at }, when(change.at)),
      ' · ',
      te('historyBy', { by: change.by }),
      h('span', { class: 'muted small' }, ` · ${change.id}`),
    ),
    change.comment ? h('p', { class: 'change-comment' }, change.comment) : null,
    h('ul', { class: 'change-entries' }, change.entries.map(entryView)),
    change.entryCount > change.entries.length ? h('p', { class: 'muted small' }, te('historyOthers', { n: formatNumber(change.entryCount - change.entries.length) })) : null,
    change.sourceIds.length ? h('p', { class: 'muted small' }, te('historySources', { ids: change.sourceIds.join(', ') })) : null,
  );
}

/** The history card of an entity: its recorded changes and its links', newest first, HISTORY_PAGE at a time. */
export function historyCard(id: string, signal: AbortSignal): HTMLElement {
  const list = h('ol', { class: 'changes', 'data-history': id });
  const more = h('div', null);
  const count = h('p', { class: 'muted small', 'data-history-count': '' });
  const body = h('div', null, loading());
  let shown = 0;
  const load = async (after: string | null) => {
    try {
      const data = await gql<HistoryPage>(HISTORY_QUERY, { id, first: HISTORY_PAGE, after }, signal);
      const page = data.history;
      if (after === null) replace(body, page.nodes.length ? [count, list, more] : h('p', { class: 'muted' }, te('historyNone')));
      for (const change of page.nodes) list.appendChild(changeView(change));
      shown += page.nodes.length;
      list.dataset.state = 'ready';
      count.dataset.historyCount = String(page.totalCount);
      replace(count, te('historyOf', { n: formatNumber(shown), total: formatNumber(page.totalCount) }));
      replace(more, page.pageInfo.hasNextPage ? h('button', { type: 'button', 'data-history-more': 'true', onclick: () => void load(page.pageInfo.endCursor) }, te('historyMore')) : null);
    } catch (err) {
      if (!isAbort(err)) replace(after === null ? body : more, errorBox(err, () => void load(after)));
    }
  };
  void load(null);
  return h('section', { class: 'card history-card', 'data-history-card': id }, h('h2', null, te('historyTitle')), h('p', { class: 'muted small' }, te('historyIntro')), body);
}
