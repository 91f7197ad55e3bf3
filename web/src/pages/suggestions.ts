import { h } from '../dom';
import { isStandIn, quietBadge } from '../evidence';
import { displayName, formatNumber, getLang, t } from '../i18n';
import type { NodeRef } from '../model';
import { nodeLink, typeBadge } from '../ui';

export interface Suggestion {
  actor: NodeRef & { evidence: string; evidenceNote?: string | null };
  method: 'ADAMIC_ADAR' | 'VILLAGE_SIMILARITY';
  score: number;
  commonNeighbours: number;
  crossesSpheres: boolean;
  crossesCommunities: boolean;
  via: NodeRef[];
  reason: string;
}

export const SUGGESTION_FIELDS = `actor { __typename id name nameEn placeholder evidence evidenceNote shortName sphere } method score commonNeighbours
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

/**
 * Named actors first, then stand-ins (placeholders and synthetic records), each group in the
 * server's order: a supporter nobody can contact never leads the list.
 */
export function namedFirst(items: readonly Suggestion[]): Suggestion[] {
  return [...items.filter((s) => !isStandIn(s.actor.evidence)), ...items.filter((s) => isStandIn(s.actor.evidence))];
}

/** Suggested links, named actors first (else best first), each with its evidence, reason and score. */
export function suggestionList(items: readonly Suggestion[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, t('suggestionsNone'));
  const ordered = namedFirst(items);
  return h(
    'div',
    null,
    h(
      'ol',
      { class: 'suggestions' },
      ordered.map((s) =>
        h(
          'li',
          { 'data-suggestion': s.actor.id, 'data-evidence': s.actor.evidence, class: isStandIn(s.actor.evidence) ? 'is-standin' : null },
          h(
            'div',
            { class: 'suggestion-head' },
            nodeLink(s.actor),
            typeBadge(s.actor.__typename),
            quietBadge(s.actor.evidence, s.actor.evidenceNote),
            h('span', { class: 'muted small' }, `${t('score')} ${formatNumber(s.score, 2)}`),
          ),
          h('p', { class: 'reason' }, reasonText(s)),
        ),
      ),
    ),
    ordered.some((s) => isStandIn(s.actor.evidence)) ? h('p', { class: 'muted small' }, t('suggestionsStandIns')) : null,
    h('p', { class: 'muted small', 'data-score-help': 'true' }, t('scoreHelp')),
  );
}
