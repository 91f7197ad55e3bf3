import { gql, isAbort } from '../api';
import { h, replace } from '../dom';
import { evidenceLegend, quietBadge } from '../evidence';
import { displayName, formatDate, formatNumber, otherName, plural, t, type MessageKey } from '../i18n';
import { SCOPE_LABELS, type NodeRef } from '../model';
import { SEARCH_SCOPES, routeHash, type SearchScope } from '../router';
import { errorBox, loading, nodeHref, nodeLink, section, typeBadge, typeDot } from '../ui';

interface Hit {
  score: number;
  node: NodeRef & {
    description?: string | null;
    craftEn?: string | null;
    date?: string | null;
    province?: { name: string; nameEn?: string | null } | null;
  };
}

const SEARCH_QUERY = `query Search($q: String!, $kinds: [NodeLabel!]) {
  search(query: $q, kinds: $kinds, first: 30) {
    totalCount
    nodes { score node {
      __typename id name nameEn description placeholder evidence evidenceNote
      ... on Actor { shortName sphere province { name nameEn } }
      ... on CraftVillage { craftEn province { name nameEn } }
      ... on Event { date }
    } }
  }
}`;

/** Where a first-time visitor can start: the founding task, its implementer, its program, a village. */
const START_IDS = ['project:ntbic-craft-villages-2020', 'org:ntbic', 'program:de-an-844', 'village:bat-trang'];
const START_QUERY = `query Start($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entity { name nameEn placeholder evidence evidenceNote } ... on Actor { shortName } } }`;

const SCOPE_KEYS: Record<SearchScope, MessageKey> = {
  all: 'scopeAll',
  actors: 'scopeActors',
  villages: 'scopeVillages',
  programs: 'scopePrograms',
  events: 'scopeEvents',
};

/** The longest search the server accepts (src/graphql/resolvers/search.resolver.ts). */
export const MAX_QUERY_LENGTH = 200;

/**
 * What the server would refuse in a search, said in the page's language, or null when it is fine:
 * more than MAX_QUERY_LENGTH characters, or no letter or digit at all (only symbols or emoji).
 */
export function searchProblem(q: string): string | null {
  if (q.length > MAX_QUERY_LENGTH) return t('searchTooLong', { max: formatNumber(MAX_QUERY_LENGTH), n: formatNumber(q.length) });
  if (!/[\p{L}\p{N}]/u.test(q)) return t('searchNoLetters');
  return null;
}

/** Typing waits this long for the next key before asking the server. */
export const DEBOUNCE_MS = 200;

function detail(hit: Hit['node']): string {
  const bits: string[] = [];
  const other = otherName(hit);
  if (other) bits.push(other);
  if (hit.craftEn) bits.push(hit.craftEn);
  if (hit.province) bits.push(displayName(hit.province));
  if (hit.date) bits.push(formatDate(hit.date));
  return bits.join(' · ');
}

function snippet(text: string | null | undefined): string | null {
  if (!text) return null;
  return text.length > 180 ? `${text.slice(0, 179)}…` : text;
}

/** Search as you type (debounced; stale answers dropped), with scope chips; the query lives in the hash. */
export function searchPage(root: HTMLElement, initial: { query: string; kinds: SearchScope }, signal: AbortSignal): () => void {
  let query = initial.query;
  let scope = initial.kinds;
  let timer: number | undefined;
  let inflight: AbortController | undefined;
  const results = h('div', { class: 'results', 'aria-live': 'polite', id: 'search-results' });
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    value: query,
    placeholder: t('searchPlaceholder'),
    'aria-label': t('searchLabel'),
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
  });
  const chips = h(
    'div',
    { class: 'chips', role: 'group' },
    SEARCH_SCOPES.map((value) =>
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'data-scope': value,
          'aria-pressed': String(value === scope),
          onclick: () => {
            scope = value;
            for (const chip of chips.querySelectorAll<HTMLButtonElement>('.chip')) chip.setAttribute('aria-pressed', String(chip.dataset.scope === scope));
            update(true);
          },
        },
        t(SCOPE_KEYS[value]),
      ),
    ),
  );

  function update(now: boolean): void {
    // The hash follows the box without adding history entries (and without a re-render).
    history.replaceState(history.state, '', routeHash({ page: 'search', query, kinds: scope }));
    window.clearTimeout(timer);
    if (now) void run();
    else timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
  }

  async function run(): Promise<void> {
    inflight?.abort();
    const q = query.trim();
    if (q.length < 2) {
      void start();
      return;
    }
    // Input the server would refuse is caught here, in the page's language, with nothing to retry.
    const problem = searchProblem(q);
    if (problem) {
      results.dataset.state = 'invalid';
      replace(results, h('p', { class: 'input-problem', role: 'alert', 'data-problem': 'true' }, problem));
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    const controller = new AbortController();
    inflight = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    results.dataset.state = 'loading';
    try {
      const data = await gql<{ search: { totalCount: number; nodes: Hit[] } }>(SEARCH_QUERY, { q, kinds: SCOPE_LABELS[scope] }, controller.signal);
      if (controller !== inflight) return;
      renderHits(q, data.search.totalCount, data.search.nodes);
    } catch (err) {
      if (!isAbort(err) && controller === inflight) {
        results.dataset.state = 'error';
        replace(results, errorBox(err, () => void run()));
      }
    }
  }

  function renderHits(q: string, total: number, hits: readonly Hit[]): void {
    results.dataset.state = 'ready';
    results.dataset.query = q;
    if (hits.length === 0) {
      replace(results, h('p', { class: 'muted' }, t('searchNoResults', { q })));
      return;
    }
    replace(
      results,
      h('p', { class: 'muted small' }, plural(total, 'searchResult1', 'searchResults')),
      hits.some((hit) => hit.node.evidence && hit.node.evidence !== 'STATED') ? evidenceLegend({ unmarked: true }) : null,
      h(
        'ol',
        { class: 'hits' },
        hits.map(({ node }) =>
          h(
            'li',
            { class: 'hit', 'data-id': node.id, 'data-type': node.__typename, 'data-evidence': node.evidence ?? null },
            h('a', { class: 'hit-link', href: nodeHref(node) }, typeDot(node.__typename), h('span', { class: 'hit-name' }, displayName(node)), node.shortName ? h('span', { class: 'muted' }, ` (${node.shortName})`) : null),
            h('div', { class: 'hit-meta' }, typeBadge(node.__typename), quietBadge(node.evidence, node.evidenceNote), h('span', { class: 'muted small' }, detail(node))),
            snippet(node.description) ? h('p', { class: 'hit-desc' }, snippet(node.description)) : null,
          ),
        ),
      ),
    );
  }

  async function start(): Promise<void> {
    results.dataset.state = 'start';
    replace(results, loading());
    try {
      const data = await gql<{ nodes: Array<NodeRef | null> }>(START_QUERY, { ids: START_IDS }, signal);
      if (query.trim().length >= 2) return;
      const found = data.nodes.filter((n): n is NodeRef => n !== null && 'name' in n);
      replace(results, found.length ? section(t('searchStartTitle'), {}, h('ul', { class: 'start-list' }, found.map((n) => h('li', { 'data-evidence': n.evidence ?? null }, nodeLink(n), ' ', typeBadge(n.__typename), ' ', quietBadge(n.evidence, n.evidenceNote))))) : null);
    } catch (err) {
      if (!isAbort(err)) replace(results, null);
    }
  }

  input.addEventListener('input', () => {
    query = input.value;
    update(false);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = results.querySelector<HTMLAnchorElement>('.hit-link');
      if (first && query.trim() === results.dataset.query) location.hash = first.getAttribute('href') ?? '';
      else update(true);
    }
  });

  replace(
    root,
    h(
      'div',
      { class: 'search-page' },
      h('h1', null, t('searchTitle')),
      h('div', { class: 'search-box' }, input),
      h('p', { class: 'muted small' }, t('searchHint')),
      chips,
      results,
    ),
  );
  input.focus();
  void run();
  return () => {
    window.clearTimeout(timer);
    inflight?.abort();
  };
}
