import { gql, isAbort } from '../api';
import { h, replace } from '../dom';
import { EVIDENCE_CHOICES, EVIDENCE_OF_CHOICE, evidenceLegend, quietBadge, type EvidenceChoice } from '../evidence';
import { displayName, formatNumber, plural, t, typeName, type MessageKey } from '../i18n';
import { ACTOR_KINDS, KIND_TO_TYPE, SUPPORTER_KINDS, type NodeRef } from '../model';
import { routeHash } from '../router';
import { errorBox, loading, nodeLink, section } from '../ui';
import { suggestionList, SUGGESTION_FIELDS, type Suggestion } from './suggestions';

type CoverageBy = 'PROVINCE' | 'VILLAGE';

interface Cell {
  sector: NodeRef;
  place: NodeRef;
  counts: Array<{ kind: string; count: number }>;
  missingKinds: string[];
}

/** An enterprise with the places its LOCATED_IN ties give on the evidence asked (none: its place is unknown). */
type PlacedEnterprise = NodeRef & { placed?: { nodes: Array<{ node: { __typename: string; id: string; province?: { id: string } | null } }> } };

interface Village extends NodeRef {
  province: { id: string; name: string; nameEn?: string | null } | null;
}

interface GapsData {
  coverage: { evidence: string[]; emptyCells: number; cells: Cell[] };
  gaps: {
    evidence: string[];
    unreachedVillages: Array<{ village: NodeRef; enterprises: number }>;
    unreachedEnterprises: PlacedEnterprise[];
    projectOnlyEnterprises: Array<{ enterprise: PlacedEnterprise; project: NodeRef }>;
    sectorsWithEventsButNoInvestment: Array<{ sector: NodeRef; events: number; investments: number }>;
  };
  craftVillages: { nodes: Village[] };
}

const REF = `__typename id ... on Entity { name nameEn placeholder evidence evidenceNote }`;
const PLACED = `... on Enterprise { placed: links(types: [LOCATED_IN], direction: OUT, evidence: $evidence, first: 10) {
  nodes { node { __typename id ... on CraftVillage { province { id } } } } } }`;

// One evidence list for every question of the page: coverage, gaps and suggestions never disagree.
const GAPS_QUERY = `query Gaps($by: CoverageBy!, $kinds: [ActorKind!], $evidence: [Evidence!]) {
  coverage(by: $by, kinds: $kinds, evidence: $evidence) {
    evidence emptyCells
    cells { sector { ${REF} } place { ${REF} } counts { kind count } missingKinds }
  }
  gaps(supporterKinds: $kinds, evidence: $evidence) {
    evidence
    unreachedVillages { village { ${REF} } enterprises }
    unreachedEnterprises { ${REF} ${PLACED} }
    projectOnlyEnterprises { enterprise { ${REF} ${PLACED} } project { ${REF} } }
    sectorsWithEventsButNoInvestment { sector { ${REF} } events investments }
  }
  craftVillages(first: 100) { nodes { ${REF} ... on CraftVillage { province { id name nameEn } } } }
}`;

const SUGGEST_QUERY = `query SuggestForVillage($id: ID!, $evidence: [Evidence!]) { suggestedLinks(for: $id, first: 5, evidence: $evidence) { ${SUGGESTION_FIELDS} } }`;

const CHOICE_KEYS: Record<EvidenceChoice, MessageKey> = {
  sources: 'evidenceSources',
  estimates: 'evidenceWithEstimates',
  synthetic: 'evidenceWithSynthetic',
};

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

/** The provinces an enterprise's places on the evidence asked lie in (a village's province, or a province). */
function provincesOf(enterprise: PlacedEnterprise): string[] {
  return (enterprise.placed?.nodes ?? []).map(({ node }) => (node.__typename === 'Province' ? node.id : node.province?.id)).filter((id): id is string => Boolean(id));
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
    const reached = SUPPORTER_KINDS.some((kind) => (counts.get(kind) ?? 0) > 0);
    rows.push(
      h(
        'tr',
        { 'data-sector': cell.sector.id, 'data-place': cell.place.id, 'data-reached': String(reached) },
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
    items.map((n, i) =>
      h(
        'li',
        { 'data-id': n.id, 'data-evidence': n.evidence ?? null },
        nodeLink(n),
        ' ',
        quietBadge(n.evidence, n.evidenceNote),
        extra?.(n, i) ? h('span', { class: 'muted small' }, ` · ${extra(n, i)}`) : null,
      ),
    ),
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

/**
 * Coverage heatmap, unreached villages and enterprises, project-only enterprises, and suggested
 * supporters, for all provinces or one, on one evidence choice passed to every query (the sources'
 * evidence by default; estimates, then synthetic assignments, on request). The choice and the
 * province live in the hash.
 */
export function gapsPage(root: HTMLElement, initial: { evidence?: EvidenceChoice; province?: string }, signal: AbortSignal): void {
  let by: CoverageBy = 'PROVINCE';
  let choice: EvidenceChoice = initial.evidence ?? 'sources';
  let province = initial.province ?? '';
  let chosenVillage: string | null = null;
  let data: GapsData | null = null;
  replace(root, loading());

  const evidence = () => EVIDENCE_OF_CHOICE[choice];
  const remember = () => history.replaceState(history.state, '', routeHash({ page: 'gaps', evidence: choice, province: province || undefined }));

  async function load(): Promise<void> {
    try {
      data = await gql<GapsData>(GAPS_QUERY, { by, kinds: SUPPORTER_KINDS, evidence: evidence() }, signal);
      render(data);
    } catch (err) {
      if (!isAbort(err)) replace(root, errorBox(err, () => void load()));
    }
  }

  function render(d: GapsData): void {
    const g = d.gaps;
    const villageProvince = new Map(d.craftVillages.nodes.map((v) => [v.id, v.province?.id ?? '']));
    const provinces = new Map<string, NonNullable<Village['province']>>();
    for (const v of d.craftVillages.nodes) if (v.province) provinces.set(v.province.id, v.province);
    if (province && !provinces.has(province)) province = '';
    const inProvince = (villageId: string) => !province || villageProvince.get(villageId) === province;

    // Everything below is cut from the same answer: the lists, the heatmap and the picker agree by construction.
    const cells = d.coverage.cells.filter((c) => !province || (by === 'PROVINCE' ? c.place.id === province : villageProvince.get(c.place.id) === province));
    const emptyCells = province ? cells.reduce((n, c) => n + c.missingKinds.length, 0) : d.coverage.emptyCells;
    const unreachedVillages = g.unreachedVillages.filter((v) => inProvince(v.village.id));
    const unreached = new Set(g.unreachedVillages.map((v) => v.village.id));
    const placedHere = (e: PlacedEnterprise) => !province || provincesOf(e).includes(province);
    const unplaced = (e: PlacedEnterprise) => provincesOf(e).length === 0;
    const unreachedEnterprises = g.unreachedEnterprises.filter(placedHere);
    const unreachedUnplaced = province ? g.unreachedEnterprises.filter(unplaced).length : 0;
    const projectOnly = g.projectOnlyEnterprises.filter((p) => placedHere(p.enterprise));
    const projectOnlyUnplaced = province ? g.projectOnlyEnterprises.filter((p) => unplaced(p.enterprise)).length : 0;
    const villages = d.craftVillages.nodes.filter((v) => inProvince(v.id)).sort((a, b) => displayName(a).localeCompare(displayName(b), 'vi'));
    const candidates = [...villages.filter((v) => unreached.has(v.id)), ...villages.filter((v) => !unreached.has(v.id))];
    if (!candidates.some((v) => v.id === chosenVillage)) chosenVillage = candidates[0]?.id ?? null;

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
        h(
          'option',
          { value: v.id, selected: v.id === chosenVillage, 'data-reached': String(!unreached.has(v.id)) },
          `${displayName(v)} — ${unreached.has(v.id) ? `⚠ ${t('villageUnreached')}` : t('villageReached')}`,
        ),
      ),
    );
    async function suggest(): Promise<void> {
      if (!chosenVillage) {
        replace(suggestions, h('p', { class: 'muted' }, t('suggestionsNone')));
        return;
      }
      replace(suggestions, loading());
      suggestions.dataset.state = 'loading';
      try {
        const s = await gql<{ suggestedLinks: Suggestion[] | null }>(SUGGEST_QUERY, { id: chosenVillage, evidence: evidence() }, signal);
        replace(suggestions, suggestionList(s.suggestedLinks ?? []));
        suggestions.dataset.state = 'ready';
        suggestions.dataset.village = chosenVillage;
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
          'data-by': value,
          onclick: () => {
            if (by === value) return;
            by = value;
            void load();
          },
        },
        label,
      );
    const choiceButton = (value: EvidenceChoice) =>
      h(
        'button',
        {
          type: 'button',
          class: 'toggle',
          'aria-pressed': String(choice === value),
          'data-evidence-choice': value,
          onclick: () => {
            if (choice === value) return;
            choice = value;
            remember();
            void load();
          },
        },
        t(CHOICE_KEYS[value]),
      );
    const provinceSelect = h(
      'select',
      {
        id: 'province-select',
        onchange: (event: Event) => {
          province = (event.target as HTMLSelectElement).value;
          remember();
          render(d);
        },
      },
      h('option', { value: '', selected: province === '' }, t('allProvinces')),
      [...provinces.values()]
        .sort((a, b) => displayName(a).localeCompare(displayName(b), 'vi'))
        .map((p) => h('option', { value: p.id, selected: p.id === province }, displayName(p))),
    );
    const where = province ? displayName(provinces.get(province)!) : t('allProvinces');
    replace(
      root,
      h(
        'div',
        { class: 'gaps', 'data-evidence-choice': choice, 'data-province': province, 'data-answer-evidence': g.evidence.join(',') },
        h('h1', null, t('gapsTitle')),
        h(
          'div',
          { class: 'card filters-card' },
          h(
            'div',
            { class: 'filters' },
            h('label', { class: 'field' }, h('span', null, t('provinceFilter')), provinceSelect),
            h(
              'div',
              { class: 'field' },
              h('span', { id: 'evidence-choice-label' }, t('evidenceChoice')),
              h('div', { class: 'segmented', role: 'group', 'aria-labelledby': 'evidence-choice-label' }, EVIDENCE_CHOICES.map(choiceButton)),
            ),
          ),
          h(
            'p',
            { class: 'gaps-summary', 'data-summary': `${unreachedVillages.length}/${villages.length}/${emptyCells}` },
            h('strong', null, where),
            ': ',
            t('gapsSummary', { unreached: formatNumber(unreachedVillages.length), villages: formatNumber(villages.length), empty: formatNumber(emptyCells) }),
          ),
          choice === 'synthetic' ? h('p', { class: 'synthetic-warning', role: 'note' }, t('evidenceSyntheticWarning')) : null,
          h('p', { class: 'definition', 'data-definition': 'reached' }, h('strong', null, `${t('reachedTitle')}: `), t('reachedDefinition', { kinds: listOf(SUPPORTER_KINDS) })),
          evidenceLegend({ unmarked: true }),
        ),
        section(
          t('coverage'),
          { class: 'card coverage-card' },
          h(
            'div',
            { class: 'toolbar' },
            h('div', { class: 'segmented', role: 'group' }, byToggle('PROVINCE', t('coverageByProvince')), byToggle('VILLAGE', t('coverageByVillage'))),
            h('strong', { class: 'empty-count', 'data-empty-cells': String(emptyCells) }, plural(emptyCells, 'coverageEmpty', 'coverageEmpty')),
          ),
          h(
            'ul',
            { class: 'legend' },
            h('li', null, h('span', { class: 'swatch empty' }, '×'), t('coverageLegendEmpty', { kinds: listOf(SUPPORTER_KINDS) })),
            h('li', null, h('span', { class: 'swatch scale' }), t('coverageLegendScale')),
          ),
          by === 'PROVINCE' ? h('p', { class: 'muted small' }, t('coverageProvinceNote')) : null,
          heatmap(cells),
        ),
        h(
          'div',
          { class: 'grid two' },
          section(
            `${t('unreachedVillages')} · ${formatNumber(unreachedVillages.length)}`,
            { 'data-list': 'unreached-villages' },
            simpleList(
              unreachedVillages.map((v) => v.village),
              t('unreachedVillagesNone'),
              (_, i) => plural(unreachedVillages[i].enterprises, 'enterprisesInVillage', 'enterprisesInVillage'),
            ),
          ),
          section(
            `${t('unreachedEnterprises')} · ${formatNumber(unreachedEnterprises.length)}`,
            { 'data-list': 'unreached-enterprises' },
            simpleList(unreachedEnterprises, t('unreachedEnterprisesNone')),
            unreachedUnplaced ? h('p', { class: 'muted small', 'data-unplaced': String(unreachedUnplaced) }, t('placeNotGiven', { n: formatNumber(unreachedUnplaced) })) : null,
          ),
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
              province ? h('p', { class: 'muted small' }, t('notProvinceSpecific')) : null,
              simpleList(
                g.sectorsWithEventsButNoInvestment.map((s) => s.sector),
                t('sectorsNoInvestmentNone'),
                (_, i) => t('sectorEvents', { events: formatNumber(g.sectorsWithEventsButNoInvestment[i].events), investments: formatNumber(g.sectorsWithEventsButNoInvestment[i].investments) }),
              ),
            ),
            section(
              `${t('projectOnly')} · ${formatNumber(projectOnly.length)}`,
              { 'data-list': 'project-only' },
              h('p', { class: 'muted small' }, t('projectOnlyNote')),
              projectOnlyUnplaced ? h('p', { class: 'muted small', 'data-unplaced': String(projectOnlyUnplaced) }, t('placeNotGiven', { n: formatNumber(projectOnlyUnplaced) })) : null,
              byProject(projectOnly).map(([project, enterprises]) =>
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
