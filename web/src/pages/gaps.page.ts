import { gql, isAbort } from '../api';
import { h, replace } from '../dom';
import { displayName, formatNumber, plural, t, typeName } from '../i18n';
import { ACTOR_KINDS, KIND_TO_TYPE, SUPPORTER_KINDS, type NodeRef } from '../model';
import { errorBox, loading, nodeLink, section } from '../ui';
import { suggestionList, SUGGESTION_FIELDS, type Suggestion } from './suggestions';

type CoverageBy = 'PROVINCE' | 'VILLAGE';

interface Cell {
  sector: NodeRef;
  place: NodeRef;
  counts: Array<{ kind: string; count: number }>;
  missingKinds: string[];
}

interface GapsData {
  coverage: { emptyCells: number; cells: Cell[] };
  gaps: {
    unreachedVillages: Array<{ village: NodeRef; enterprises: number }>;
    unreachedEnterprises: NodeRef[];
    projectOnlyEnterprises: Array<{ enterprise: NodeRef; project: NodeRef }>;
    sectorsWithEventsButNoInvestment: Array<{ sector: NodeRef; events: number; investments: number }>;
  };
  craftVillages: { nodes: Array<NodeRef & { supporters: { totalCount: number } }> };
}

const REF = `__typename id ... on Entity { name nameEn placeholder }`;

const GAPS_QUERY = `query Gaps($by: CoverageBy!, $kinds: [ActorKind!]) {
  coverage(by: $by, kinds: $kinds) {
    emptyCells
    cells { sector { ${REF} } place { ${REF} } counts { kind count } missingKinds }
  }
  gaps(supporterKinds: $kinds) {
    unreachedVillages { village { ${REF} } enterprises }
    unreachedEnterprises { ${REF} }
    projectOnlyEnterprises { enterprise { ${REF} } project { ${REF} } }
    sectorsWithEventsButNoInvestment { sector { ${REF} } events investments }
  }
  craftVillages(first: 100) { nodes { __typename id name nameEn placeholder supporters { totalCount } } }
}`;

const SUGGEST_QUERY = `query SuggestForVillage($id: ID!) { suggestedLinks(for: $id, first: 5) { ${SUGGESTION_FIELDS} } }`;

/** White → deep blue by the share of the largest count. */
function heat(count: number, max: number): string {
  if (count === 0) return 'transparent';
  const share = Math.sqrt(count / max);
  const light = 94 - share * 52;
  return `hsl(212 62% ${light.toFixed(0)}%)`;
}

function listOf(kinds: readonly string[]): string {
  return kinds.map((k) => typeName(KIND_TO_TYPE[k]).toLowerCase()).join(', ');
}

/** The coverage matrix as a heatmap: one row per sector × place, one column per actor kind; empty cells marked. */
function heatmap(cells: readonly Cell[]): HTMLElement {
  const max = Math.max(1, ...cells.flatMap((c) => c.counts.map((k) => k.count)));
  const sorted = [...cells].sort((a, b) => displayName(a.sector).localeCompare(displayName(b.sector)) || displayName(a.place).localeCompare(displayName(b.place)));
  const rows: HTMLElement[] = [];
  let sector = '';
  for (const cell of sorted) {
    if (cell.sector.id !== sector) {
      sector = cell.sector.id;
      rows.push(h('tr', { class: 'sector-row' }, h('th', { colspan: String(ACTOR_KINDS.length + 1), scope: 'colgroup' }, nodeLink(cell.sector))));
    }
    const counts = new Map(cell.counts.map((c) => [c.kind, c.count]));
    rows.push(
      h(
        'tr',
        { 'data-sector': cell.sector.id, 'data-place': cell.place.id },
        h('th', { scope: 'row' }, nodeLink(cell.place, { dot: false })),
        ACTOR_KINDS.map((kind) => {
          const count = counts.get(kind) ?? 0;
          const empty = cell.missingKinds.includes(kind);
          const title = empty
            ? t('emptyCellTitle', { kind: typeName(KIND_TO_TYPE[kind]).toLowerCase(), sector: displayName(cell.sector), place: displayName(cell.place) })
            : `${typeName(KIND_TO_TYPE[kind])}: ${count}`;
          return h(
            'td',
            {
              class: empty ? 'cell empty' : count === 0 ? 'cell zero' : 'cell',
              style: empty || count === 0 ? null : `background:${heat(count, max)};color:${count / max > 0.45 ? '#fff' : '#1f2933'}`,
              'data-kind': kind,
              'data-count': String(count),
              'data-empty': String(empty),
              title,
            },
            empty ? h('span', { 'aria-label': title }, '×') : formatNumber(count),
          );
        }),
      ),
    );
  }
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'heatmap', 'data-chart': 'coverage' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t('coveragePlace')),
          ACTOR_KINDS.map((kind) => h('th', { scope: 'col', class: SUPPORTER_KINDS.includes(kind) ? 'kind supporter' : 'kind' }, h('span', null, typeName(KIND_TO_TYPE[kind])))),
        ),
      ),
      h('tbody', null, rows),
    ),
  );
}

function simpleList(items: readonly NodeRef[], none: string, extra?: (n: NodeRef, i: number) => string | null): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted', 'data-empty-list': 'true' }, none);
  return h(
    'ul',
    { class: 'node-list' },
    items.map((n, i) => h('li', null, nodeLink(n), extra?.(n, i) ? h('span', { class: 'muted small' }, ` · ${extra(n, i)}`) : null)),
  );
}

function byProject(items: ReadonlyArray<{ enterprise: NodeRef; project: NodeRef }>): Array<[NodeRef, NodeRef[]]> {
  const groups = new Map<string, [NodeRef, NodeRef[]]>();
  for (const { enterprise, project } of items) {
    const group = groups.get(project.id) ?? [project, []];
    group[1].push(enterprise);
    groups.set(project.id, group);
  }
  return [...groups.values()];
}

/** Coverage heatmap, unreached villages and enterprises, project-only enterprises, and suggested supporters. */
export function gapsPage(root: HTMLElement, signal: AbortSignal): void {
  let by: CoverageBy = 'PROVINCE';
  let chosenVillage: string | null = null;
  replace(root, loading());

  async function load(): Promise<void> {
    try {
      const d = await gql<GapsData>(GAPS_QUERY, { by, kinds: SUPPORTER_KINDS }, signal);
      render(d);
    } catch (err) {
      if (!isAbort(err)) replace(root, errorBox(err, () => void load()));
    }
  }

  function render(d: GapsData): void {
    const g = d.gaps;
    const unreached = new Set(g.unreachedVillages.map((v) => v.village.id));
    // Villages to suggest supporters for: unreached first, then those without a direct supporter.
    const candidates = [
      ...g.unreachedVillages.map((v) => v.village),
      ...d.craftVillages.nodes.filter((v) => !unreached.has(v.id) && v.supporters.totalCount === 0),
      ...d.craftVillages.nodes.filter((v) => !unreached.has(v.id) && v.supporters.totalCount > 0),
    ];
    chosenVillage = chosenVillage ?? candidates[0]?.id ?? null;
    const noSupporter = new Set(d.craftVillages.nodes.filter((v) => v.supporters.totalCount === 0).map((v) => v.id));
    const suggestions = h('div', { id: 'village-suggestions' });
    const select = h(
      'select',
      {
        id: 'village-select',
        'aria-label': t('chooseVillage'),
        onchange: (event: Event) => {
          chosenVillage = (event.target as HTMLSelectElement).value;
          void suggest();
        },
      },
      candidates.map((v) =>
        h('option', { value: v.id, selected: v.id === chosenVillage }, `${displayName(v)}${unreached.has(v.id) ? ' ⚠' : noSupporter.has(v.id) ? ` (${t('villageNoSupporter')})` : ''}`),
      ),
    );
    async function suggest(): Promise<void> {
      if (!chosenVillage) return;
      replace(suggestions, loading());
      try {
        const s = await gql<{ suggestedLinks: Suggestion[] | null }>(SUGGEST_QUERY, { id: chosenVillage }, signal);
        replace(suggestions, suggestionList(s.suggestedLinks ?? []));
      } catch (err) {
        if (!isAbort(err)) replace(suggestions, errorBox(err, () => void suggest()));
      }
    }
    const byToggle = (value: CoverageBy, label: string) =>
      h(
        'button',
        {
          type: 'button',
          class: 'toggle',
          'aria-pressed': String(by === value),
          onclick: () => {
            if (by === value) return;
            by = value;
            void load();
          },
        },
        label,
      );
    replace(
      root,
      h(
        'div',
        { class: 'gaps' },
        h('h1', null, t('gapsTitle')),
        section(
          t('coverage'),
          { class: 'card coverage-card' },
          h(
            'div',
            { class: 'toolbar' },
            h('div', { class: 'segmented', role: 'group' }, byToggle('PROVINCE', t('coverageByProvince')), byToggle('VILLAGE', t('coverageByVillage'))),
            h('strong', { class: 'empty-count', 'data-empty-cells': String(d.coverage.emptyCells) }, plural(d.coverage.emptyCells, 'coverageEmpty', 'coverageEmpty')),
          ),
          h(
            'ul',
            { class: 'legend' },
            h('li', null, h('span', { class: 'swatch empty' }, '×'), t('coverageLegendEmpty', { kinds: listOf(SUPPORTER_KINDS) })),
            h('li', null, h('span', { class: 'swatch scale' }), t('coverageLegendScale')),
          ),
          heatmap(d.coverage.cells),
        ),
        h(
          'div',
          { class: 'grid two' },
          section(
            t('unreachedVillages'),
            { 'data-list': 'unreached-villages' },
            simpleList(
              g.unreachedVillages.map((v) => v.village),
              t('unreachedVillagesNone'),
              (_, i) => plural(g.unreachedVillages[i].enterprises, 'enterprisesInVillage', 'enterprisesInVillage'),
            ),
          ),
          section(t('unreachedEnterprises'), { 'data-list': 'unreached-enterprises' }, simpleList(g.unreachedEnterprises, t('unreachedEnterprisesNone'))),
          section(
            t('suggestedForVillage'),
            { class: 'card suggestions-card' },
            h('label', { class: 'field' }, h('span', null, t('chooseVillage')), select),
            suggestions,
          ),
          h(
            'div',
            { class: 'stack' },
            section(
              t('sectorsNoInvestment'),
              {},
              simpleList(
                g.sectorsWithEventsButNoInvestment.map((s) => s.sector),
                t('sectorsNoInvestmentNone'),
                (_, i) => t('sectorEvents', { events: formatNumber(g.sectorsWithEventsButNoInvestment[i].events), investments: formatNumber(g.sectorsWithEventsButNoInvestment[i].investments) }),
              ),
            ),
            section(
              `${t('projectOnly')} · ${formatNumber(g.projectOnlyEnterprises.length)}`,
              { 'data-list': 'project-only' },
              h('p', { class: 'muted small' }, t('projectOnlyNote')),
              byProject(g.projectOnlyEnterprises).map(([project, enterprises]) =>
                h('details', null, h('summary', null, displayName(project), ` · ${formatNumber(enterprises.length)}`), simpleList(enterprises, '')),
              ),
            ),
          ),
        ),
      ),
    );
    void suggest();
  }

  void load();
}
