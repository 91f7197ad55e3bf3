import { gql, isAbort } from '../api';
import { h, replace } from '../dom';
import { EVIDENCE_OF_CHOICE, evidenceBadge, evidenceLegend, quietBadge, type Evidence } from '../evidence';
import { displayName, formatNumber, plural, sphereName, t, typeName, type MessageKey } from '../i18n';
import { MEASURE_FIELDS, MEASURES, MEASURES_RUN_FIELDS, ROLE_DEFINITIONS, ROLE_KEYS, ROLES, docsLink, measureValue, runAccuracy, type MeasureInfo, type Measures, type MeasuresRunInfo } from '../measures';
import { ACTOR_KINDS, KIND_TO_TYPE, NODE_REF, SPHERES, type NodeRef } from '../model';
import { routeHash, type BrokersParams } from '../router';
import { errorBox, loading, nodeLink, section, typeBadge } from '../ui';

/** The evidence an actor of the ranking may rest on (its own record); the sphere view builds its network on the same. */
export const BROKER_EVIDENCE: Record<string, { levels: Evidence[]; label: MessageKey }> = {
  estimates: { levels: EVIDENCE_OF_CHOICE.estimates, label: 'evidenceAll' },
  sources: { levels: EVIDENCE_OF_CHOICE.sources, label: 'evidenceSources' },
  stated: { levels: ['STATED'], label: 'evidenceStatedOnly' },
  synthetic: { levels: EVIDENCE_OF_CHOICE.synthetic, label: 'evidenceWithSynthetic' },
};

/** How many actors the ranking lists. */
export const RANKED = 25;

interface RankedActor extends NodeRef {
  kind: string;
  province?: { id: string; name: string; nameEn?: string | null } | null;
  measures: Measures | null;
}

interface RankingData {
  actors: { totalCount: number; nodes: RankedActor[] };
  provinces: { nodes: Array<{ id: string; name: string; nameEn?: string | null }> };
  measuresRun: MeasuresRunInfo | null;
}

interface BrokerTie {
  actor: NodeRef;
  sphere: string;
  evidence: Evidence;
  bases: Array<{ via: string; evidence: Evidence; context: (NodeRef & { name: string }) | null }>;
}

interface SphereBroker {
  actor: NodeRef;
  role: string;
  pairs: number;
  ties: BrokerTie[];
}

const RANKING_QUERY = `query Brokers($orderBy: ListOrder!, $filter: ListFilter!, $first: Int!) {
  actors(first: $first, orderBy: $orderBy, filter: $filter) {
    totalCount
    nodes { ${NODE_REF} ... on Actor { kind province { id name nameEn } measures { ${MEASURE_FIELDS} } } }
  }
  provinces(first: 100, orderBy: { field: NAME }) { nodes { id name nameEn } }
  measuresRun { ${MEASURES_RUN_FIELDS} }
}`;

const SPHERE_QUERY = `query SphereBrokers($between: [HelixSphere!]!, $evidence: [Evidence!]) {
  sphereBrokers(between: $between, first: 10, evidence: $evidence) {
    actor { ${NODE_REF} } role pairs
    ties { actor { ${NODE_REF} } sphere evidence bases { via evidence context { __typename id ... on Entity { name nameEn placeholder evidence } } } }
  }
}`;

function measureOf(key: string | undefined): MeasureInfo {
  return MEASURES.find((m) => m.key === key) ?? MEASURES[0];
}

function select(id: string, label: string, value: string, options: Array<[string, string]>, onChange: (value: string) => void): HTMLElement {
  const el = h(
    'select',
    { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
  );
  return h('label', { class: 'field', for: id }, h('span', { class: 'field-label' }, label), el);
}

/** One tie of a broker: the other actor, the tie's evidence, and each reason (direct, or a shared context) with its own. */
function tieItem(tie: BrokerTie): HTMLElement {
  return h(
    'li',
    { 'data-tie': tie.actor.id, 'data-evidence': tie.evidence, 'data-sphere': tie.sphere, 'data-bases': tie.bases.map((b) => `${b.via}:${b.evidence}`).join(' ') },
    nodeLink(tie.actor),
    ' ',
    h('span', { class: 'muted small' }, sphereName(tie.sphere)),
    ' ',
    evidenceBadge(tie.evidence),
    h(
      'ul',
      { class: 'tie-bases small' },
      tie.bases.map((b) =>
        h(
          'li',
          { 'data-basis': b.via, 'data-evidence': b.evidence },
          b.context
            ? [t('tieVia', { fold: t(`fold${b.via}` as MessageKey), name: '' }), nodeLink(b.context, { dot: false })]
            : t('tieDirect', { type: b.via }),
          ' ',
          evidenceBadge(b.evidence),
        ),
      ),
    ),
  );
}

function brokerItem(b: SphereBroker): HTMLElement {
  return h(
    'li',
    { class: 'broker', 'data-broker': b.actor.id, 'data-pairs': String(b.pairs) },
    h('div', { class: 'broker-head' }, nodeLink(b.actor), ' ', typeBadge(b.actor.__typename), quietBadge(b.actor.evidence, b.actor.evidenceNote)),
    h('p', { class: 'small' }, plural(b.pairs, 'brokerPairs1', 'brokerPairs'), ' · ', t(`role${b.role}` as MessageKey)),
    h(
      'details',
      { class: 'broker-ties', open: b.ties.length <= 8 },
      h('summary', null, t('brokerTies', { n: formatNumber(b.ties.length) })),
      h('ul', { class: 'ties' }, b.ties.map(tieItem)),
    ),
  );
}

/**
 * Brokers and measures: actors ranked by any stored measure, filtered by kind, sphere, province and
 * evidence, each measure defined; and who brokers between two chosen helix spheres, with the
 * evidence behind each tie. Every choice lives in the hash.
 */
export function brokersPage(root: HTMLElement, params: BrokersParams, signal: AbortSignal): void {
  const measure = measureOf(params.measure);
  const kind = params.kind && ACTOR_KINDS.includes(params.kind) ? params.kind : '';
  const sphere = params.sphere && (SPHERES as readonly string[]).includes(params.sphere) ? params.sphere : '';
  const province = params.province ?? '';
  const evidenceKey = params.evidence && BROKER_EVIDENCE[params.evidence] ? params.evidence : 'estimates';
  const from = params.from && (SPHERES as readonly string[]).includes(params.from) ? params.from : 'GOVERNMENT';
  const to = params.to && (SPHERES as readonly string[]).includes(params.to) ? params.to : 'INDUSTRY';
  const go = (change: Partial<BrokersParams>) => {
    const next = { measure: measure.key, kind, sphere, province, evidence: evidenceKey === 'estimates' ? '' : evidenceKey, from, to, ...change };
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as BrokersParams;
    // Same page, new choices: replace the entry (Back leaves the page, not each choice).
    history.replaceState(history.state, '', routeHash({ page: 'brokers', params: clean }));
    brokersPage(root, clean, signal);
  };
  const ranking = h('div', { id: 'ranking', 'data-state': 'loading' }, loading());
  const between = h('div', { id: 'sphere-brokers', 'data-state': 'loading' }, loading());
  const sphereOptions = SPHERES.map((s): [string, string] => [s, sphereName(s)]);
  replace(
    root,
    h(
      'div',
      { class: 'brokers-page' },
      h('h1', null, t('brokersTitle')),
      h('p', { class: 'muted' }, t('brokersIntro'), ' ', docsLink()),
      section(
        t('betweenTitle'),
        { class: 'card between-card' },
        h('p', { class: 'small' }, t('betweenIntro')),
        h(
          'div',
          { class: 'filters' },
          select('between-from', t('betweenFrom'), from, sphereOptions, (v) => go({ from: v })),
          select('between-to', t('betweenTo'), to, sphereOptions, (v) => go({ to: v })),
        ),
        between,
      ),
      section(
        t('rankBy'),
        { class: 'card ranking-card' },
        h(
          'div',
          { class: 'filters' },
          select('rank-measure', t('rankBy'), measure.key, MEASURES.map((m): [string, string] => [m.key, t(m.label)]), (v) => go({ measure: v })),
          select('rank-kind', t('filterKind'), kind, [['', t('filterAny')], ...ACTOR_KINDS.map((k): [string, string] => [k, typeName(KIND_TO_TYPE[k])])], (v) => go({ kind: v })),
          select('rank-sphere', t('filterSphere'), sphere, [['', t('filterAny')], ...sphereOptions], (v) => go({ sphere: v })),
          h('span', { id: 'province-slot' }),
          select(
            'rank-evidence',
            t('filterEvidence'),
            evidenceKey,
            Object.entries(BROKER_EVIDENCE).map(([k, v]): [string, string] => [k, t(v.label)]),
            (v) => go({ evidence: v === 'estimates' ? '' : v }),
          ),
        ),
        h('p', { class: 'measure-def', 'data-definition': measure.key }, h('strong', null, `${t(measure.label)}: `), t(measure.definition), ' ', h('span', { class: 'muted' }, `(${measure.lowFirst ? t('lowIsBroker') : t('highFirst')})`)),
        ranking,
      ),
      evidenceLegend({ unmarked: true }),
    ),
  );

  const levels = BROKER_EVIDENCE[evidenceKey].levels;
  async function loadRanking(): Promise<void> {
    try {
      const filter = {
        ...(kind ? { kinds: [kind] } : {}),
        ...(sphere ? { spheres: [sphere] } : {}),
        ...(province ? { provinceIds: [province] } : {}),
        evidence: levels,
      };
      const d = await gql<RankingData>(RANKING_QUERY, { orderBy: { field: measure.sort, order: measure.lowFirst ? 'ASC' : 'DESC' }, filter, first: RANKED }, signal);
      const slot = root.querySelector('#province-slot');
      slot?.replaceWith(
        select('rank-province', t('filterProvince'), province, [['', t('filterAny')], ...d.provinces.nodes.map((p): [string, string] => [p.id, displayName(p)])], (v) => go({ province: v })),
      );
      ranking.dataset.state = 'ready';
      ranking.dataset.measure = measure.key;
      if (d.actors.nodes.length === 0) {
        replace(ranking, h('p', { class: 'muted' }, t('noActors')));
        return;
      }
      replace(
        ranking,
        d.measuresRun ? runAccuracy(d.measuresRun) : null,
        h('p', { class: 'muted small' }, t('actorsShown', { shown: formatNumber(d.actors.nodes.length), total: formatNumber(d.actors.totalCount) })),
        h(
          'ol',
          { class: 'ranked' },
          d.actors.nodes.map((a, i) => {
            const value = measureValue(a.measures, measure.key);
            return h(
              'li',
              { 'data-actor': a.id, 'data-value': value === null ? '' : String(value), 'data-evidence': a.evidence ?? null },
              h('span', { class: 'rank' }, formatNumber(i + 1)),
              h(
                'div',
                { class: 'ranked-body' },
                h('div', null, nodeLink(a), ' ', quietBadge(a.evidence, a.evidenceNote)),
                h('div', { class: 'muted small' }, [typeName(a.__typename), a.sphere ? sphereName(a.sphere) : null, a.province ? displayName(a.province) : null].filter(Boolean).join(' · ')),
                measure.key === 'brokerage' && a.measures && a.measures.brokerage.total > 0
                  ? h(
                      'div',
                      { class: 'roles small' },
                      ROLES.filter((r) => a.measures!.brokerage[r] > 0).map((r) => h('span', { class: 'role', title: t(ROLE_DEFINITIONS[r]) }, `${t(ROLE_KEYS[r])} ${formatNumber(a.measures!.brokerage[r])}`)),
                    )
                  : null,
              ),
              h('span', { class: 'ranked-value' }, value === null ? t('unknown') : formatNumber(value, measure.digits)),
            );
          }),
        ),
      );
    } catch (err) {
      if (isAbort(err)) return;
      ranking.dataset.state = 'error';
      replace(ranking, errorBox(err, () => void loadRanking()));
    }
  }

  async function loadBetween(): Promise<void> {
    try {
      const d = await gql<{ sphereBrokers: SphereBroker[] }>(SPHERE_QUERY, { between: [from, to], evidence: levels }, signal);
      between.dataset.state = 'ready';
      between.dataset.between = `${from},${to}`;
      replace(between, d.sphereBrokers.length === 0 ? h('p', { class: 'muted' }, t('betweenNone')) : h('ol', { class: 'brokers' }, d.sphereBrokers.map(brokerItem)));
    } catch (err) {
      if (isAbort(err)) return;
      between.dataset.state = 'error';
      replace(between, errorBox(err, () => void loadBetween()));
    }
  }
  void loadBetween();
  void loadRanking();
}
