import { h } from '../dom';
import { displayName, formatNumber, getLang, t } from '../i18n';
import type { NodeRef } from '../model';
import { nodeLink, typeBadge } from '../ui';

export interface Suggestion {
  actor: NodeRef;
  method: 'ADAMIC_ADAR' | 'VILLAGE_SIMILARITY';
  score: number;
  commonNeighbours: number;
  crossesSpheres: boolean;
  crossesCommunities: boolean;
  via: NodeRef[];
  reason: string;
}

export const SUGGESTION_FIELDS = `actor { __typename id name nameEn placeholder shortName sphere } method score commonNeighbours
  crossesSpheres crossesCommunities via { __typename id ... on Entity { name nameEn } ... on Actor { shortName } } reason`;

/**
 * The reason of a suggestion in the page's language: the server's own sentence in English, the same
 * facts (shared neighbours or similar villages, crossings) in Vietnamese.
 */
export function reasonText(s: Suggestion): string {
  if (getLang() === 'en') return s.reason;
  const names = s.via.slice(0, 5).map((v) => v.shortName || displayName(v));
  const list = names.join(', ') + (s.commonNeighbours > names.length ? ` (+${formatNumber(s.commonNeighbours - names.length)})` : '');
  const n = formatNumber(s.commonNeighbours);
  const parts =
    s.method === 'VILLAGE_SIMILARITY'
      ? [t(s.commonNeighbours === 1 ? 'reasonVillages1' : 'reasonVillages', { n, list })]
      : [t(s.commonNeighbours === 1 ? 'reasonShared1' : 'reasonShared', { n, list })];
  if (s.crossesSpheres) parts.push(t('reasonSpheres'));
  if (s.crossesCommunities) parts.push(t('reasonCommunities'));
  return parts.join('; ');
}

/** Suggested links, best first, each with its reason and score. */
export function suggestionList(items: readonly Suggestion[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, t('suggestionsNone'));
  return h(
    'ol',
    { class: 'suggestions' },
    items.map((s) =>
      h(
        'li',
        { 'data-suggestion': s.actor.id },
        h('div', { class: 'suggestion-head' }, nodeLink(s.actor), typeBadge(s.actor.__typename), h('span', { class: 'muted small' }, `${t('score')} ${formatNumber(s.score, 2)}`)),
        h('p', { class: 'reason' }, reasonText(s)),
      ),
    ),
  );
}
