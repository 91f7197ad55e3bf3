import { ApiError } from './api';
import { h, type Child } from './dom';
import { displayName, t, typeName } from './i18n';
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

/** A titled card. */
export function section(title: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card', ...attrs }, h('h2', null, title), ...children);
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

/** An error box with the server's message and a retry button. */
export function errorBox(err: unknown, retry?: () => void): HTMLElement {
  const message = err instanceof ApiError || err instanceof Error ? err.message : String(err);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('strong', null, t('error')),
    h('p', null, message),
    retry ? h('button', { type: 'button', onclick: retry }, t('retry')) : null,
  );
}
