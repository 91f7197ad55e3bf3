import './styles.css';

import { h, replace } from './dom';
import { getLang, onLangChange, setLang, t, type Lang, type MessageKey } from './i18n';
import { brokersPage } from './pages/brokers.page';
import { dashboardPage } from './pages/dashboard.page';
import { editPage } from './pages/edit.page';
import { te } from './editing/messages';
import { ensureViewer, knownViewer, canEdit } from './editing/session';
import { apiKey, onKeyChange } from './key';
import { entityPage } from './pages/entity.page';
import { gapsPage } from './pages/gaps.page';
import { searchPage } from './pages/search.page';
import { parseHash, type Route } from './router';

/**
 * The explorer: a header (pages, language), the current page, a footer. Pages are chosen by the
 * location hash; leaving a page aborts its requests and releases its map.
 */
const app = document.getElementById('app')!;
const main = h('main', { id: 'page', tabindex: '-1' });
let leave: (() => void) | undefined;

const NAV: Array<{ page: Route['page']; href: string; key: MessageKey }> = [
  { page: 'search', href: '#/', key: 'navSearch' },
  { page: 'dashboard', href: '#/dashboard', key: 'navDashboard' },
  { page: 'gaps', href: '#/gaps', key: 'navGaps' },
  { page: 'brokers', href: '#/brokers', key: 'navBrokers' },
];

/** The page's heading, or the page itself: where focus goes after a navigation. */
function focusHeading(preventScroll: boolean): void {
  const heading = main.querySelector<HTMLElement>('h1');
  const target = heading ?? main;
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  target.focus({ preventScroll });
}

function skipLink(): HTMLElement {
  // Not href="#page": the hash is the router's. The link moves focus to the page's heading.
  return h(
    'a',
    {
      class: 'skip-link',
      href: '#page',
      onclick: (event: Event) => {
        event.preventDefault();
        focusHeading(false);
      },
    },
    t('skipToContent'),
  );
}

function header(route: Route): HTMLElement {
  const langButton = (lang: Lang, label: string) =>
    h('button', { type: 'button', class: 'lang-button', lang, 'data-lang': lang, 'aria-pressed': String(getLang() === lang), onclick: () => setLang(lang) }, label);
  return h(
    'header',
    { class: 'topbar' },
    h('a', { class: 'brand', href: '#/' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), 'helixgraph'),
    h(
      'nav',
      { 'aria-label': 'helixgraph' },
      NAV.map((item) => h('a', { href: item.href, 'data-nav': item.page, 'aria-current': route.page === item.page ? 'page' : null }, t(item.key))),
    ),
    keyStatus(route),
    h('div', { class: 'lang', role: 'group', 'aria-label': t('language') }, langButton('vi', 'VI'), langButton('en', 'EN')),
  );
}

/** Whether this session edits, and as whom: a link to #/edit ("Edit", or "✎ name" with an editor key). */
function keyStatus(route: Route): HTMLElement {
  const viewer = knownViewer();
  const editing = canEdit(viewer);
  return h(
    'a',
    { class: editing ? 'key-status is-editing' : 'key-status', href: '#/edit', 'data-nav': 'edit', 'data-editing': String(editing), 'aria-current': route.page === 'edit' ? 'page' : null },
    editing ? te('editingAs', { name: viewer?.name ?? '' }) : te('navEdit'),
  );
}

function render(): void {
  leave?.();
  leave = undefined;
  const route = parseHash(location.hash);
  const controller = new AbortController();
  document.documentElement.lang = getLang();
  document.title = t('appTitle');
  replace(app, skipLink(), header(route), main, h('footer', { class: 'footer' }, t('footer')));
  let cleanup: (() => void) | void = undefined;
  switch (route.page) {
    case 'search':
      cleanup = searchPage(main, route, controller.signal);
      break;
    case 'entity':
      cleanup = entityPage(main, route.id, controller.signal);
      break;
    case 'dashboard':
      dashboardPage(main, controller.signal);
      break;
    case 'edit':
      editPage(main, controller.signal);
      break;
    case 'gaps':
      gapsPage(main, route, controller.signal);
      break;
    case 'brokers':
      brokersPage(main, route.params, controller.signal);
      break;
    case 'notFound':
      replace(main, h('div', { class: 'card' }, h('h1', null, t('notFoundTitle')), h('p', null, t('notFoundText')), h('a', { href: '#/' }, t('backToSearch'))));
      break;
  }
  leave = () => {
    controller.abort();
    cleanup?.();
  };
}

// Scroll positions by history entry: each entry gets a key in history.state; Back and Forward
// come to an entry with a key and get its position back once the page is tall enough.
const SCROLL_KEY = 'helixgraph.scroll';
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
const positions: Record<string, number> = (() => {
  try {
    return JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
})();

function entryKey(): string {
  const state = history.state as { key?: string } | null;
  if (state?.key) return state.key;
  const key = Math.random().toString(36).slice(2);
  history.replaceState({ ...(state ?? {}), key }, '');
  return key;
}

let currentKey = entryKey();
let restoring: number | undefined;

window.addEventListener(
  'scroll',
  () => {
    if (restoring !== undefined) return;
    positions[currentKey] = window.scrollY;
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify(positions));
    } catch {
      // not kept across reloads
    }
  },
  { passive: true },
);

/** Scrolls to `y` as soon as the page is tall enough (its answers arrive), for at most 5 s. */
function restoreScroll(y: number): void {
  window.clearInterval(restoring);
  const started = Date.now();
  const attempt = () => {
    if (document.documentElement.scrollHeight - window.innerHeight >= y - 1 || Date.now() - started > 5000) {
      window.scrollTo(0, y);
      window.clearInterval(restoring);
      restoring = undefined;
      main.dataset.scrollRestored = String(Math.round(window.scrollY));
      return true;
    }
    return false;
  };
  if (!attempt()) restoring = window.setInterval(attempt, 50);
}

/** After a navigation: focus moves to the new page's heading as soon as it is drawn. */
function focusWhenDrawn(preventScroll: boolean): void {
  if (main.querySelector('h1')) {
    focusHeading(preventScroll);
    return;
  }
  const observer = new MutationObserver(() => {
    if (!main.querySelector('h1')) return;
    observer.disconnect();
    focusHeading(preventScroll);
  });
  observer.observe(main, { childList: true, subtree: true });
  window.setTimeout(() => observer.disconnect(), 10_000);
}

window.addEventListener('hashchange', () => {
  const known = (history.state as { key?: string } | null)?.key;
  currentKey = entryKey();
  render();
  const saved = known ? positions[known] : undefined;
  if (saved !== undefined && saved > 0) restoreScroll(saved);
  else {
    window.clearInterval(restoring);
    restoring = undefined;
    window.scrollTo(0, 0);
  }
  focusWhenDrawn(true);
});
onLangChange(render);
// A key entered or forgotten changes what every page offers: draw the page again.
onKeyChange(render);
render();
// A key kept from earlier in this session: once the server says whose it is, the header says so.
if (apiKey()) void ensureViewer().then((v) => v && document.querySelector('.key-status')?.replaceWith(keyStatus(parseHash(location.hash))));
