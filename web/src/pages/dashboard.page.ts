import { gql, isAbort } from '../api';
import { barList, timeChart, type TimePoint } from '../components/charts';
import { h, replace, type Child } from '../dom';
import { UNKNOWN_KEY, compositionBadges, evidenceBadge, evidenceLegend, numberOrUnknown, weakest, type Evidence } from '../evidence';
import { displayName, eventKindName, formatDate, formatMoney, formatNumber, getLang, outputKindName, plural, sphereName, statusName, t, typeName } from '../i18n';
import { KIND_TO_TYPE, SPHERE_COLOURS, TYPE_COLOURS, type NodeRef } from '../model';
import { errorBox, loading, nodeHref, nodeLink, queryLink, section } from '../ui';

/** The founding task whose report the dashboard shows. */
export const FOUNDING_PROJECT = 'project:ntbic-craft-villages-2020';

interface Share {
  evidence: Evidence;
  count: number;
  amount?: number | null;
}

interface GroupCount {
  key: string;
  label: string;
  count: number;
  evidence: Share[];
}

interface Total {
  key: string;
  label: string;
  currency: string;
  amount: number;
  enterprises: number;
  evidence: Share[];
}

interface Evidenced {
  evidence: Evidence;
  evidenceNote?: string | null;
}

interface Named {
  id: string;
  name: string;
  nameEn?: string | null;
}

interface DashboardData {
  kinds: GroupCount[];
  spheres: GroupCount[];
  sectorCounts: GroupCount[];
  provinceCounts: GroupCount[];
  sectors: { nodes: Named[] };
  provinces: { nodes: Named[] };
  eventsOverTime: Array<TimePoint & { eventsWithoutVisits: number; evidence: Share[] }>;
  investmentTotals: Total[];
  investmentByProvince: Total[];
  investments: { nodes: Array<Evidenced & { project?: { id: string } | null }> };
  projectReport: {
    eventsByKind: Array<{ kind: string; count: number; participantVisits: number | null; participantVisitsEvidence: Evidence | null }>;
    eventCount: number;
    participantVisits: number | null;
    participantVisitsEvidence: Evidence | null;
    participantVisitsReported: string | null;
    enterprisesConnected: number;
    enterprisesInvested: number;
    amounts: Array<{ currency: string; status: string; amount: number; evidence: Evidence }>;
    lastEventDate: string | null;
    lastEventDateEvidence: Evidence | null;
    eventsWithoutDate: number;
    investorCount: number | null;
    lastEvent: (NodeRef & Evidenced & { date?: string | null }) | null;
    outputsByKind: Array<{ kind: string; count: number }>;
    project: NodeRef &
      Evidenced & {
        acceptedDate?: string | null;
        propertyEvidence: Array<{ property: string; evidence: Evidence }>;
        connected: { nodes: Array<{ evidence: Evidence; node: { evidence: Evidence } }> };
      };
    programs: Array<NodeRef & Evidenced>;
    implementers: Array<NodeRef & Evidenced>;
    markets: Array<NodeRef & Evidenced>;
  } | null;
}

const EV = 'evidence evidenceNote';
const SHARES = 'evidence { evidence count }';

// Every figure asks for its composition; all on the server's default evidence (every level but SYNTHETIC).
const DASHBOARD_QUERY = `query Dashboard($project: ID!) {
  kinds: counts(by: KIND) { key label count ${SHARES} }
  spheres: counts(by: SPHERE) { key label count ${SHARES} }
  sectorCounts: counts(by: SECTOR) { key label count ${SHARES} }
  provinceCounts: counts(by: PROVINCE) { key label count ${SHARES} }
  sectors(first: 100) { nodes { id name nameEn } }
  provinces(first: 100) { nodes { id name nameEn } }
  eventsOverTime(interval: MONTH) { period events participantVisits eventsWithoutVisits ${SHARES} }
  investmentTotals(by: SECTOR, statuses: [COMMITTED]) { key label currency amount enterprises evidence { evidence count amount } }
  investmentByProvince: investmentTotals(by: PROVINCE, statuses: [COMMITTED]) { key label currency amount enterprises evidence { evidence count amount } }
  investments(first: 100) { nodes { ${EV} project { id } } }
  projectReport(id: $project) {
    eventsByKind { kind count participantVisits participantVisitsEvidence } eventCount
    participantVisits participantVisitsEvidence participantVisitsReported
    enterprisesConnected enterprisesInvested amounts { currency status amount evidence }
    lastEventDate lastEventDateEvidence eventsWithoutDate investorCount
    lastEvent { __typename id name nameEn placeholder date ${EV} }
    outputsByKind { kind count }
    project { __typename id name nameEn acceptedDate ${EV} propertyEvidence { property evidence }
      connected: links(types: [CONNECTED], direction: OUT, first: 100) { nodes { evidence node { evidence } } } }
    programs { __typename id name nameEn ${EV} }
    implementers { __typename id name nameEn shortName sphere ${EV} }
    markets { __typename id name nameEn ${EV} }
  }
}`;

const REPORT = (fields: string) => `query Figure($project: ID!) {\n  projectReport(id: $project) {\n    ${fields}\n  }\n}\n`;

/** The document behind each figure of the page, as a dashboard would send it (opened in GraphiQL). */
export const FIGURE_QUERIES: Record<string, { query: string; project?: boolean }> = {
  participantVisits: { query: REPORT('participantVisits participantVisitsReported participantVisitsEvidence'), project: true },
  enterprisesConnected: {
    query: REPORT('enterprisesConnected\n    project { links(types: [CONNECTED], direction: OUT, first: 100) { totalCount nodes { evidence node { id name evidence } } } }'),
    project: true,
  },
  enterprisesInvested: { query: REPORT('enterprisesInvested investorCount'), project: true },
  committed: { query: REPORT('amounts { currency status amount evidence }'), project: true },
  lastEvent: { query: REPORT('lastEventDate lastEventDateEvidence eventsWithoutDate lastEvent { id name date evidence }'), project: true },
  eventsByKind: { query: REPORT('eventCount eventsByKind { kind count participantVisits participantVisitsEvidence }'), project: true },
  byKind: { query: 'query ActorsByKind {\n  counts(by: KIND) { key label count evidence { evidence count } }\n}\n' },
  bySphere: { query: 'query ActorsBySphere {\n  counts(by: SPHERE) { key label count evidence { evidence count } }\n}\n' },
  bySector: { query: 'query ActorsBySector {\n  counts(by: SECTOR) { key label count evidence { evidence count } }\n}\n' },
  byProvince: { query: 'query ActorsByProvince {\n  counts(by: PROVINCE) { key label count evidence { evidence count } }\n}\n' },
  eventsOverTime: { query: 'query EventsOverTime {\n  eventsOverTime(interval: MONTH) { period events participantVisits eventsWithoutVisits evidence { evidence count } }\n}\n' },
  investmentBySector: {
    query: 'query InvestmentBySector {\n  investmentTotals(by: SECTOR, statuses: [COMMITTED]) { key label currency amount enterprises evidence { evidence count amount } }\n}\n',
  },
  investmentByProvince: {
    query: 'query InvestmentByProvince {\n  investmentTotals(by: PROVINCE, statuses: [COMMITTED]) { key label currency amount enterprises evidence { evidence count amount } }\n}\n',
  },
};

/** The "query behind this" link of a figure. */
function behind(id: string): HTMLAnchorElement {
  const q = FIGURE_QUERIES[id];
  return queryLink(id, q.query, q.project ? { project: FOUNDING_PROJECT } : undefined);
}

/**
 * The source's own words for the visits, in the page's language: the API gives
 * "gần 1000 lượt khách (nearly 1,000 participant visits)"; the figure shows "gần 1.000" or
 * "nearly 1,000" (the unit is the figure's label).
 */
export function reportedVisits(reported: string): string {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(reported);
  const phrase = m ? (getLang() === 'vi' ? m[1] : m[2]) : reported;
  const bare = phrase.replace(/\s*(participant visits|visits|lượt khách|lượt)$/i, '').trim() || phrase;
  return bare.replace(/\d{4,}/g, (digits) => formatNumber(Number(digits)));
}

/** The label of a group, "unknown (no record on this evidence)" for UNKNOWN. */
function groupLabel(key: string, label: string): string {
  return key === UNKNOWN_KEY ? t('unknownGroup') : label;
}

/** A figure: its value, the evidence it rests on (badge, its note as tooltip), its label and a note. */
function figure(id: string, value: string, label: string, evidence: Evidence | null, note?: Child, evidenceNote?: string | null): HTMLElement {
  return h(
    'div',
    { class: 'figure', 'data-figure': id, 'data-evidence': evidence ?? 'UNKNOWN' },
    h('span', { class: 'figure-value' }, value),
    h('span', { class: 'figure-label' }, label, ' ', evidenceBadge(evidence, evidenceNote)),
    note ? h('span', { class: 'figure-note' }, note) : null,
    FIGURE_QUERIES[id.replace(/-.*$/, '')] ? behind(id.replace(/-.*$/, '')) : null,
  );
}

/** The visits: the source's words when it gives no exact number, our estimate beside it, badged. */
function visitsFigure(r: NonNullable<DashboardData['projectReport']>): HTMLElement {
  const note = r.project.evidenceNote;
  if (r.participantVisitsReported) {
    return figure(
      'participantVisits',
      reportedVisits(r.participantVisitsReported),
      t('participantVisits'),
      'STATED',
      r.participantVisits !== null
        ? h('span', { 'data-estimate': String(r.participantVisits) }, t('visitsEstimate', { n: formatNumber(r.participantVisits) }), ' ', evidenceBadge(r.participantVisitsEvidence, note))
        : null,
      `${t('visitsReported')}: “${r.participantVisitsReported}”`,
    );
  }
  return figure('participantVisits', numberOrUnknown(r.participantVisits), t('participantVisits'), r.participantVisitsEvidence, undefined, note);
}

function report(r: NonNullable<DashboardData['projectReport']>, investments: DashboardData['investments']['nodes']): HTMLElement {
  const committed = r.amounts.filter((a) => a.status === 'COMMITTED');
  const other = r.amounts.filter((a) => a.status !== 'COMMITTED');
  // The enterprises are counted through the project's CONNECTED ties: each rests on the weaker of the tie and the enterprise.
  const connected = weakest(r.project.connected.nodes.flatMap((l) => [l.evidence, l.node.evidence]));
  const ours = investments.filter((i) => i.project?.id === r.project.id);
  const invested = weakest(ours.map((i) => i.evidence));
  const amountNote = ours.find((i) => i.evidenceNote)?.evidenceNote ?? null;
  const facts = (items: ReadonlyArray<NodeRef & Evidenced>) => items.map((p) => h('div', { 'data-evidence': p.evidence }, nodeLink(p), ' ', evidenceBadge(p.evidence, p.evidenceNote)));
  return section(
    t('reportTitle'),
    { class: 'card report', 'data-report': r.project.id },
    h(
      'p',
      { class: 'report-project' },
      nodeLink(r.project),
      ' ',
      evidenceBadge(r.project.evidence),
      r.project.acceptedDate ? h('span', { class: 'muted' }, ` · ${t('fieldAcceptedDate')} ${formatDate(r.project.acceptedDate)}`) : null,
    ),
    h(
      'div',
      { class: 'figures' },
      visitsFigure(r),
      figure('enterprisesConnected', formatNumber(r.enterprisesConnected), t('enterprisesConnected'), connected, undefined, connected === 'PLACEHOLDER' ? t('evidenceHelpPLACEHOLDER') : null),
      figure('enterprisesInvested', formatNumber(r.enterprisesInvested), t('enterprisesInvested'), invested),
      ...committed.map((a) => figure(`committed-${a.currency}`, formatMoney(a.amount, a.currency), t('committed'), a.evidence, undefined, amountNote)),
      ...other.map((a) => figure(`${a.status.toLowerCase()}-${a.currency}`, formatMoney(a.amount, a.currency), statusName(a.status), a.evidence, undefined, amountNote)),
      figure(
        'lastEvent',
        r.lastEventDate ? formatDate(r.lastEventDate) : t('unknown'),
        t('lastEvent'),
        r.lastEventDateEvidence,
        [r.lastEvent ? displayName(r.lastEvent) : null, r.eventsWithoutDate > 0 ? h('span', { class: 'block' }, plural(r.eventsWithoutDate, 'unknownDates1', 'unknownDates')) : null],
        r.lastEvent?.evidenceNote,
      ),
    ),
    h(
      'div',
      { class: 'grid two' },
      h(
        'div',
        null,
        h('h3', null, `${t('eventsByKind')} · ${plural(r.eventCount, 'totalEvents', 'totalEvents')}`),
        barList(
          r.eventsByKind.map((e) => ({
            key: e.kind,
            label: eventKindName(e.kind),
            value: e.count,
            valueLabel: `${formatNumber(e.count)} · ${numberOrUnknown(e.participantVisits)} ${t('visitsLegend')}`,
            badge: e.participantVisitsEvidence ? evidenceBadge(e.participantVisitsEvidence) : null,
          })),
          { testId: 'events-by-kind' },
        ),
        r.eventsByKind.some((e) => e.participantVisits === null) ? h('p', { class: 'muted small' }, t('visitsUnknownByKind')) : null,
        behind('eventsByKind'),
        r.outputsByKind.some((o) => o.count > 0)
          ? [h('h3', null, t('outputs')), barList(r.outputsByKind.filter((o) => o.count > 0).map((o) => ({ key: o.kind, label: outputKindName(o.kind), value: o.count })))]
          : null,
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, t('programs')),
        h('dd', null, facts(r.programs)),
        h('dt', null, t('implementers')),
        h('dd', null, facts(r.implementers)),
        h('dt', null, t('markets')),
        h('dd', null, facts(r.markets)),
      ),
    ),
  );
}

/** Counts by type, sphere, sector and province; events over time; committed investment; the founding report. */
export function dashboardPage(root: HTMLElement, signal: AbortSignal): void {
  replace(root, loading());
  async function load(): Promise<void> {
    try {
      const d = await gql<DashboardData>(DASHBOARD_QUERY, { project: FOUNDING_PROJECT }, signal);
      const names = new Map<string, Named>([...d.sectors.nodes, ...d.provinces.nodes].map((n) => [n.id, n]));
      const named = (key: string, label: string) => {
        const node = names.get(key);
        return node ? displayName(node) : label;
      };
      const href = (key: string) => (names.has(key) ? nodeHref({ id: key }) : undefined);
      const counted = (c: GroupCount, label: string, colour?: string) => ({
        key: c.key,
        label: groupLabel(c.key, label),
        value: c.count,
        colour,
        href: href(c.key),
        unknown: c.key === UNKNOWN_KEY,
        badge: compositionBadges(c.evidence),
      });
      const money = (i: Total) => ({
        key: `${i.key}:${i.currency}`,
        label: groupLabel(i.key, named(i.key, i.label)),
        value: i.amount,
        valueLabel: `${formatMoney(i.amount, i.currency)} · ${plural(i.enterprises, 'enterprisesN', 'enterprisesN')}`,
        href: href(i.key),
        unknown: i.key === UNKNOWN_KEY,
        badge: compositionBadges(i.evidence),
      });
      const dated = d.eventsOverTime.filter((p) => p.period !== UNKNOWN_KEY);
      const undated = d.eventsOverTime.find((p) => p.period === UNKNOWN_KEY);
      replace(
        root,
        h(
          'div',
          { class: 'dashboard' },
          h('h1', null, t('dashboardTitle')),
          evidenceLegend(),
          d.projectReport ? report(d.projectReport, d.investments.nodes) : null,
          h(
            'div',
            { class: 'grid two' },
            section(
              t('byKind'),
              {},
              barList(
                d.kinds.map((c) => counted(c, typeName(KIND_TO_TYPE[c.key] ?? c.key), TYPE_COLOURS[KIND_TO_TYPE[c.key] ?? c.key])),
                { testId: 'by-kind' },
              ),
              behind('byKind'),
            ),
            section(
              t('bySphere'),
              {},
              barList(
                d.spheres.map((c) => counted(c, sphereName(c.key), SPHERE_COLOURS[c.key])),
                { testId: 'by-sphere' },
              ),
              behind('bySphere'),
            ),
            section(t('bySector'), {}, barList(d.sectorCounts.map((c) => counted(c, named(c.key, c.label))), { testId: 'by-sector' }), behind('bySector')),
            section(t('byProvince'), {}, barList(d.provinceCounts.map((c) => counted(c, named(c.key, c.label))), { testId: 'by-province' }), behind('byProvince')),
            section(
              t('eventsOverTime'),
              {},
              timeChart(dated, { events: t('eventsLegend'), visits: t('visitsLegend'), unknown: t('unknown') }),
              undated && undated.events > 0
                ? h('p', { class: 'muted small', 'data-undated': String(undated.events) }, plural(undated.events, 'unknownDates1', 'unknownDates'))
                : null,
              d.eventsOverTime.some((p) => p.participantVisits === null) ? h('p', { class: 'muted small' }, t('visitsUnknownByKind')) : null,
              behind('eventsOverTime'),
            ),
            section(t('investmentBySector'), {}, barList(d.investmentTotals.map(money), { testId: 'investment-by-sector' }), behind('investmentBySector')),
            section(t('investmentByProvince'), {}, barList(d.investmentByProvince.map(money), { testId: 'investment-by-province' }), behind('investmentByProvince')),
          ),
        ),
      );
    } catch (err) {
      if (!isAbort(err)) replace(root, errorBox(err, () => void load()));
    }
  }
  void load();
}
