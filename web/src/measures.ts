import { h } from './dom';
import { evidenceName } from './evidence';
import { formatNumber, t, type MessageKey } from './i18n';

/** The stored network measures a page can rank by or show, with their definitions (docs/analytics.md §2). */
export interface MeasureInfo {
  /** The key in ActorMeasures (`brokerage` is brokerage.total). */
  key: 'degree' | 'betweenness' | 'closeness' | 'pagerank' | 'constraint' | 'effectiveSize' | 'brokerage';
  /** The SortField that orders actors by it. */
  sort: string;
  label: MessageKey;
  definition: MessageKey;
  digits: number;
  /** Low is the broker's end (constraint): ranked ascending. */
  lowFirst?: boolean;
}

export const MEASURES: readonly MeasureInfo[] = [
  { key: 'betweenness', sort: 'BETWEENNESS', label: 'betweenness', definition: 'measureDefBetweenness', digits: 3 },
  { key: 'brokerage', sort: 'BROKERAGE', label: 'brokerageTotal', definition: 'measureDefBrokerage', digits: 0 },
  { key: 'constraint', sort: 'CONSTRAINT', label: 'constraint', definition: 'measureDefConstraint', digits: 2, lowFirst: true },
  { key: 'effectiveSize', sort: 'EFFECTIVE_SIZE', label: 'effectiveSize', definition: 'measureDefEffectiveSize', digits: 1 },
  { key: 'pagerank', sort: 'PAGERANK', label: 'pagerank', definition: 'measureDefPagerank', digits: 3 },
  { key: 'degree', sort: 'DEGREE_CENTRALITY', label: 'degree', definition: 'measureDefDegree', digits: 0 },
  { key: 'closeness', sort: 'CLOSENESS', label: 'closeness', definition: 'measureDefCloseness', digits: 3 },
];

export const ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_KEYS: Record<Role, MessageKey> = {
  coordinator: 'roleCoordinator',
  itinerant: 'roleItinerant',
  gatekeeper: 'roleGatekeeper',
  representative: 'roleRepresentative',
  liaison: 'roleLiaison',
};
export const ROLE_DEFINITIONS: Record<Role, MessageKey> = {
  coordinator: 'roleDefCoordinator',
  itinerant: 'roleDefItinerant',
  gatekeeper: 'roleDefGatekeeper',
  representative: 'roleDefRepresentative',
  liaison: 'roleDefLiaison',
};

/** The stored measures as the API gives them (Actor.measures). */
export interface Measures {
  degree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  community: number;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: Record<Role | 'total', number>;
  computedAt: string;
}

/** How the stored measures were computed (Query.measuresRun): exact or sampled, and the error. */
export interface MeasuresRunInfo {
  betweennessExact: boolean;
  pivots: number;
  actors: number;
  maxStandardError: number;
  errorBound: number;
  errorConfidence: number;
  closenessMaxStandardError: number;
  evidence: string[];
}

export const MEASURES_RUN_FIELDS = 'betweennessExact pivots actors maxStandardError errorBound errorConfidence closenessMaxStandardError evidence';

/** The GraphQL selection of Actor.measures. */
export const MEASURE_FIELDS = `degree betweenness closeness pagerank community constraint effectiveSize
  brokerage { coordinator itinerant gatekeeper representative liaison total } computedAt`;

/** An actor's value of a measure, null when it has none (an isolate's constraint). */
export function measureValue(m: Measures | null | undefined, key: MeasureInfo['key']): number | null {
  if (!m) return null;
  return key === 'brokerage' ? m.brokerage.total : m[key];
}

/** The address of the measures' documentation, as the explorer serves it. */
export const DOCS_HREF = 'docs/analytics.md';

export function docsLink(): HTMLAnchorElement {
  return h('a', { href: DOCS_HREF, class: 'docs-link', 'data-docs': 'analytics', target: '_blank', rel: 'noopener' }, t('docsLink'));
}

/** How exact betweenness and closeness are, in words: exact, or the sample and its stated error. */
export function runAccuracy(run: MeasuresRunInfo): HTMLElement {
  const lines = run.betweennessExact
    ? [t('measureExact', { n: formatNumber(run.actors) })]
    : [
        t('measureSampled', {
          pivots: formatNumber(run.pivots),
          n: formatNumber(run.actors),
          se: formatNumber(run.maxStandardError, 4),
          conf: formatNumber(run.errorConfidence * 100),
          bound: formatNumber(run.errorBound, 4),
        }),
        run.closenessMaxStandardError > 0 ? t('measureClosenessSampled', { se: formatNumber(run.closenessMaxStandardError, 4) }) : '',
      ];
  return h(
    'p',
    { class: 'muted small', 'data-accuracy': run.betweennessExact ? 'exact' : 'sampled' },
    lines.filter(Boolean).join(' '),
    ' ',
    t('measuresOnEvidence', { levels: run.evidence.map(evidenceName).join(', ') }),
  );
}
