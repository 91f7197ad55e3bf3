import './styles.css';

import { h, replace } from './dom';
import { getLang, onLangChange, setLang, t, type Lang, type MessageKey } from './i18n';
import { dashboardPage } from './pages/dashboard.page';
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
];

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
    h('div', { class: 'lang', role: 'group', 'aria-label': t('language') }, langButton('vi', 'VI'), langButton('en', 'EN')),
  );
}

function render(): void {
  leave?.();
  leave = undefined;
  const route = parseHash(location.hash);
  const controller = new AbortController();
  document.documentElement.lang = getLang();
  document.title = t('appTitle');
  replace(app, header(route), main, h('footer', { class: 'footer' }, t('footer')));
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
    case 'gaps':
      gapsPage(main, route, controller.signal);
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

window.addEventListener('hashchange', () => {
  render();
  window.scrollTo(0, 0);
});
onLangChange(render);
render();
