import { gql, isAbort } from '../api';
import { barList, timeChart, type TimePoint } from '../components/charts';
import { h, replace } from '../dom';
import { displayName, eventKindName, formatDate, formatMoney, formatNumber, outputKindName, plural, sphereName, statusName, t, typeName } from '../i18n';
import { KIND_TO_TYPE, SPHERE_COLOURS, TYPE_COLOURS, type NodeRef } from '../model';
import { errorBox, loading, nodeHref, nodeLink, section } from '../ui';

/** The founding task whose report the dashboard shows. */
export const FOUNDING_PROJECT = 'project:ntbic-craft-villages-2020';

interface GroupCount {
  key: string;
  label: string;
  count: number;
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
  eventsOverTime: TimePoint[];
  investmentTotals: Array<{ key: string; label: string; currency: string; amount: number; enterprises: number }>;
  projectReport: {
    eventsByKind: Array<{ kind: string; count: number }>;
    eventCount: number;
    participantVisits: number;
    participantVisitsEstimated: boolean;
    enterprisesConnected: number;
    enterprisesInvested: number;
    amounts: Array<{ currency: string; status: string; amount: number }>;
    lastEventDate: string | null;
    lastEvent: (NodeRef & { date?: string | null }) | null;
    outputsByKind: Array<{ kind: string; count: number }>;
    project: NodeRef & { acceptedDate?: string | null };
    programs: NodeRef[];
    implementers: NodeRef[];
    markets: NodeRef[];
  } | null;
}

const DASHBOARD_QUERY = `query Dashboard($project: ID!) {
  kinds: counts(by: KIND) { key label count }
  spheres: counts(by: SPHERE) { key label count }
  sectorCounts: counts(by: SECTOR) { key label count }
  provinceCounts: counts(by: PROVINCE) { key label count }
  sectors(first: 100) { nodes { id name nameEn } }
  provinces(first: 100) { nodes { id name nameEn } }
  eventsOverTime(interval: MONTH) { period events participantVisits }
  investmentTotals(by: SECTOR, statuses: [COMMITTED]) { key label currency amount enterprises }
  projectReport(id: $project) {
    eventsByKind { kind count } eventCount participantVisits participantVisitsEstimated
    enterprisesConnected enterprisesInvested amounts { currency status amount } lastEventDate
    lastEvent { __typename id name nameEn placeholder date }
    outputsByKind { kind count }
    project { __typename id name nameEn acceptedDate }
    programs { __typename id name nameEn }
    implementers { __typename id name nameEn shortName sphere }
    markets { __typename id name nameEn }
  }
}`;

function figure(id: string, value: string, label: string, note?: string): HTMLElement {
  return h('div', { class: 'figure', 'data-figure': id }, h('span', { class: 'figure-value' }, value), h('span', { class: 'figure-label' }, label), note ? h('span', { class: 'figure-note' }, note) : null);
}

function report(r: NonNullable<DashboardData['projectReport']>): HTMLElement {
  const committed = r.amounts.filter((a) => a.status === 'COMMITTED');
  const other = r.amounts.filter((a) => a.status !== 'COMMITTED');
  return section(
    t('reportTitle'),
    { class: 'card report', 'data-report': r.project.id },
    h('p', { class: 'report-project' }, nodeLink(r.project), r.project.acceptedDate ? h('span', { class: 'muted' }, ` · ${t('fieldAcceptedDate')} ${formatDate(r.project.acceptedDate)}`) : null),
    h(
      'div',
      { class: 'figures' },
      figure('participantVisits', formatNumber(r.participantVisits), t('participantVisits'), r.participantVisitsEstimated ? t('visitsEstimated') : undefined),
      figure('enterprisesConnected', formatNumber(r.enterprisesConnected), t('enterprisesConnected')),
      figure('enterprisesInvested', formatNumber(r.enterprisesInvested), t('enterprisesInvested')),
      ...committed.map((a) => figure(`committed-${a.currency}`, formatMoney(a.amount, a.currency), t('committed'))),
      ...other.map((a) => figure(`${a.status.toLowerCase()}-${a.currency}`, formatMoney(a.amount, a.currency), statusName(a.status))),
      figure('lastEvent', formatDate(r.lastEventDate), t('lastEvent'), r.lastEvent ? displayName(r.lastEvent) : undefined),
    ),
    h(
      'div',
      { class: 'grid two' },
      h(
        'div',
        null,
        h('h3', null, `${t('eventsByKind')} · ${plural(r.eventCount, 'totalEvents', 'totalEvents')}`),
        barList(
          r.eventsByKind.map((e) => ({ key: e.kind, label: eventKindName(e.kind), value: e.count })),
          { testId: 'events-by-kind' },
        ),
        r.outputsByKind.some((o) => o.count > 0)
          ? [h('h3', null, t('outputs')), barList(r.outputsByKind.filter((o) => o.count > 0).map((o) => ({ key: o.kind, label: outputKindName(o.kind), value: o.count })))]
          : null,
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', null, t('programs')),
        h('dd', null, r.programs.map((p) => h('div', null, nodeLink(p)))),
        h('dt', null, t('implementers')),
        h('dd', null, r.implementers.map((p) => h('div', null, nodeLink(p)))),
        h('dt', null, t('markets')),
        h('dd', null, r.markets.map((p) => h('div', null, nodeLink(p)))),
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
      replace(
        root,
        h(
          'div',
          { class: 'dashboard' },
          h('h1', null, t('dashboardTitle')),
          d.projectReport ? report(d.projectReport) : null,
          h(
            'div',
            { class: 'grid two' },
            section(
              t('byKind'),
              {},
              barList(
                d.kinds.map((c) => ({ key: c.key, label: typeName(KIND_TO_TYPE[c.key] ?? c.key), value: c.count, colour: TYPE_COLOURS[KIND_TO_TYPE[c.key]] })),
                { testId: 'by-kind' },
              ),
            ),
            section(
              t('bySphere'),
              {},
              barList(
                d.spheres.map((c) => ({ key: c.key, label: sphereName(c.key), value: c.count, colour: SPHERE_COLOURS[c.key] })),
                { testId: 'by-sphere' },
              ),
            ),
            section(t('bySector'), {}, barList(d.sectorCounts.map((c) => ({ key: c.key, label: named(c.key, c.label), value: c.count, href: href(c.key) })), { testId: 'by-sector' })),
            section(t('byProvince'), {}, barList(d.provinceCounts.map((c) => ({ key: c.key, label: named(c.key, c.label), value: c.count, href: href(c.key) })), { testId: 'by-province' })),
            section(t('eventsOverTime'), {}, timeChart(d.eventsOverTime, { events: t('eventsLegend'), visits: t('visitsLegend') })),
            section(
              t('investmentBySector'),
              {},
              barList(
                d.investmentTotals.map((i) => ({
                  key: `${i.key}:${i.currency}`,
                  label: named(i.key, i.label),
                  value: i.amount,
                  valueLabel: `${formatMoney(i.amount, i.currency)} · ${plural(i.enterprises, 'enterprisesN', 'enterprisesN')}`,
                  href: href(i.key),
                })),
                { testId: 'investment-by-sector' },
              ),
            ),
          ),
        ),
      );
    } catch (err) {
      if (!isAbort(err)) replace(root, errorBox(err, () => void load()));
    }
  }
  void load();
}
