import { ApiError } from './api';
import { h, type Child } from './dom';
import { displayName, getLang, t, textLang, typeName } from './i18n';
import { NO_SPHERE_COLOUR, TYPE_COLOURS, isActorType, type NodeRef } from './model';
import { routeHash } from './router';

/** The hash that opens a node's page. */
export function nodeHref(node: { __typename?: string; id: string }): string {
  return routeHash({ page: 'entity', id: node.id }, isActorType(node.__typename ?? ''));
}

/** A link to a node's page, with a dot of its type's colour. */
export function nodeLink(node: NodeRef, options: { dot?: boolean } = {}): HTMLAnchorElement {
  const name = displayName(node);
  const label = node.shortName && !name.includes(node.shortName) ? `${name} (${node.shortName})` : name;
  return h(
    'a',
    { href: nodeHref(node), class: node.placeholder ? 'node-link is-placeholder' : 'node-link', 'data-id': node.id, 'data-evidence': node.evidence ?? null },
    options.dot === false ? null : typeDot(node.__typename),
    label,
  );
}

export function typeDot(typename: string): HTMLSpanElement {
  return h('span', { class: 'dot', style: `background:${TYPE_COLOURS[typename] ?? NO_SPHERE_COLOUR}`, 'aria-hidden': 'true' });
}

export function typeBadge(typename: string): HTMLSpanElement {
  return h('span', { class: 'badge', style: `--badge:${TYPE_COLOURS[typename] ?? NO_SPHERE_COLOUR}` }, typeName(typename));
}

/**
 * A piece of the data's own text (a note, a description, a source title): marked with its language,
 * and labelled "(in English)" / "(tiếng Anh)" when it is not in the page's language.
 */
export function dataText(text: string, tag: 'span' | 'p' = 'span', attrs: Record<string, string> = {}, known?: string | null): HTMLElement {
  const lang = known === 'vi' || known === 'en' ? known : textLang(text);
  return h(
    tag,
    { ...attrs, lang },
    text,
    lang !== getLang() ? [' ', h('span', { class: 'lang-tag', lang: getLang() }, `(${t(lang === 'en' ? 'dataInEnglish' : 'dataInVietnamese')})`)] : null,
  );
}

/**
 * "The query behind this": opens the bundled GraphiQL (GET /graphql) with a figure's document and
 * variables preloaded (in the address's hash, see web/src/graphiql.ts).
 */
export function queryLink(id: string, query: string, variables?: Record<string, unknown>): HTMLAnchorElement {
  const params = new URLSearchParams({ query });
  if (variables && Object.keys(variables).length) params.set('variables', JSON.stringify(variables, null, 2));
  return h('a', { class: 'query-link', href: `graphql#${params.toString()}`, 'data-query-behind': id, title: t('queryBehindTitle') }, t('queryBehind'));
}

/** A titled card. */
export function section(title: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card', ...attrs }, h('h2', null, title), ...children);
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

/** Errors that a retry may cure: the server unreachable, slow or briefly unavailable. */
const RETRYABLE = new Set(['NETWORK', 'TIMEOUT', 'UNAVAILABLE', 'HTTP', 'INTERNAL_SERVER_ERROR']);

/**
 * An error box in the page's language: what happened and what to do. A retry button only when a
 * retry can succeed (never for input the server refuses); the server's own words, when shown, are
 * marked as English.
 */
export function errorBox(err: unknown, retry?: () => void): HTMLElement {
  const code = err instanceof ApiError ? err.code : undefined;
  const message = err instanceof Error ? err.message : String(err);
  const canRetry = retry && (code === undefined || RETRYABLE.has(code));
  const text =
    code === 'NETWORK'
      ? t('errorNetwork')
      : code === 'TIMEOUT' || code === 'UNAVAILABLE'
        ? t('errorTimeout')
        : code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED'
          ? t('errorBadInput')
          : t('errorOther');
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-error-code': code ?? null },
    h('strong', null, t('error')),
    h('p', null, text),
    code !== 'NETWORK' && code !== 'TIMEOUT' && code !== 'UNAVAILABLE' ? dataText(message, 'p', { class: 'muted small' }) : null,
    canRetry ? h('button', { type: 'button', onclick: retry }, t('retry')) : null,
  );
}
