import { gql, isAbort } from '../api';
import { EgoMap, mapLegend, type ColourBy, type MapLink, type MapNode } from '../components/egoMap';
import { h, replace, type Child } from '../dom';
import { DEFAULT_EVIDENCE, EVIDENCE_OF_CHOICE, evidenceBadge, evidenceLegend, quietBadge } from '../evidence';
import {
  displayName,
  eventKindName,
  formatDate,
  formatMoney,
  formatNumber,
  linkPhrase,
  otherName,
  outputKindName,
  plural,
  sphereName,
  statusName,
  t,
  typeName,
  type MessageKey,
} from '../i18n';
import { NODE_REF, isActorType, type NodeRef } from '../model';
import { MEASURE_FIELDS, MEASURES_RUN_FIELDS, ROLE_DEFINITIONS, ROLE_KEYS, ROLES, docsLink, runAccuracy, type Measures, type MeasuresRunInfo } from '../measures';
import { dataText, errorBox, loading, nodeHref, nodeLink, section, typeBadge, typeDot } from '../ui';
import { suggestionList, SUGGESTION_FIELDS, type Suggestion } from './suggestions';
import type { NodeLabel } from '../../../src/domain/model';
import { citeSourceForm, editEntityForm, type EditTarget } from '../editing/entityForm';
import { historyCard, latestState } from '../editing/history';
import { linkForm } from '../editing/linkForm';
import { te } from '../editing/messages';
import { canEdit, ensureViewer } from '../editing/session';
import { howEditingWorks } from './edit.page';

interface Source {
  id: string;
  title: string;
  publisher?: string | null;
  url?: string | null;
  date?: string | null;
  language?: string | null;
}

interface LinkItem {
  type: string;
  direction: string;
  role?: string | null;
  since?: string | null;
  until?: string | null;
  placeholder: boolean;
  evidence: string;
  evidenceNote?: string | null;
  node: NodeRef;
  sources: Source[];
}

interface LinkPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: LinkItem[];
}


type Ref = { id: string; name: string; nameEn?: string | null; __typename?: string } | null | undefined;

interface EntityData extends NodeRef {
  description?: string | null;
  note?: string | null;
  estimate?: boolean;
  evidence: string;
  evidenceNote?: string | null;
  propertyEvidence: Array<{ property: string; evidence: string }>;
  degree?: number;
  sources?: Source[];
  kind?: string;
  website?: string | null;
  founded?: string | null;
  province?: Ref;
  parent?: { organization: NodeRef; since?: string | null; until?: string | null } | null;
  measures?: Measures | null;
  village?: Ref;
  craft?: string | null;
  craftEn?: string | null;
  commune?: string | null;
  district?: string | null;
  region?: string | null;
  code?: string | null;
  decisionDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  acceptedDate?: string | null;
  program?: Ref;
  eventKind?: string;
  date?: string | null;
  place?: string | null;
  participantVisits?: number | null;
  project?: Ref;
  outputKind?: string;
  amount?: number;
  currency?: string;
  status?: string;
  countryCode?: string | null;
  links?: LinkPage;
}

const LINK_FIELDS = `totalCount pageInfo { hasNextPage endCursor }
  nodes { type direction role since until placeholder evidence evidenceNote node { ${NODE_REF} } sources { id title url } }`;

const ENTITY_QUERY = `query Entity($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Entity {
      name nameEn description placeholder estimate note degree evidence evidenceNote propertyEvidence { property evidence }
      sources { id title publisher url date language }
      links(first: 100) { ${LINK_FIELDS} }
    }
    ... on Actor {
      kind sphere shortName website founded province { id name nameEn }
      parent { organization { ${NODE_REF} } since until }
      measures { ${MEASURE_FIELDS} }
    }
    ... on Enterprise { village { id name nameEn } }
    ... on CraftVillage { craft craftEn commune district province { id name nameEn } }
    ... on Province { region }
    ... on Sector { code }
    ... on Program { code decisionDate startDate endDate }
    ... on Project { code startDate endDate acceptedDate program { id name nameEn } }
    ... on Event { eventKind: kind date place participantVisits project { id name nameEn } }
    ... on Output { outputKind: kind date project { id name nameEn } }
    ... on Investment { amount currency status date project { id name nameEn } }
    ... on Market { countryCode }
  }
  measuresRun { ${MEASURES_RUN_FIELDS} }
}`;

const MORE_LINKS_QUERY = `query MoreLinks($id: ID!, $after: String) {
  node(id: $id) { ... on Entity { links(first: 100, after: $after) { ${LINK_FIELDS} } } }
}`;

const MAP_QUERY = `query Map($id: ID!, $depth: Int!, $evidence: [Evidence!]) {
  neighbourhood(id: $id, depth: $depth, limit: 150, evidence: $evidence) {
    totalNodes truncated
    nodes { depth node { ${NODE_REF} } }
    links { type from to evidence }
  }
}`;

const SUGGEST_QUERY = `query Suggest($id: ID!) { suggestedLinks(for: $id, first: 5) { ${SUGGESTION_FIELDS} } }`;

interface MapData {
  neighbourhood: { totalNodes: number; truncated: boolean; nodes: Array<{ depth: number; node: NodeRef }>; links: MapLink[] } | null;
}

const COLOUR_KEY = 'helixgraph.mapColour';
const DEPTH_KEY = 'helixgraph.mapDepth';

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not remembered
  }
}

function refLink(ref: Ref, typename: string): Child {
  return ref ? nodeLink({ __typename: ref.__typename ?? typename, id: ref.id, name: ref.name, nameEn: ref.nameEn }) : null;
}

/** Fields whose evidence the API may give apart from the record's (propertyEvidence), by the property's name. */
const FIELD_PROPERTIES: Partial<Record<MessageKey, string>> = {
  fieldDate: 'date',
  fieldPlace: 'place',
  fieldVisits: 'participantVisits',
  fieldAmount: 'amount',
  fieldFounded: 'founded',
  fieldStartDate: 'startDate',
  fieldEndDate: 'endDate',
  fieldAcceptedDate: 'acceptedDate',
  fieldDecisionDate: 'decisionDate',
  fieldStatus: 'status',
  fieldVillage: 'village',
  fieldProvince: 'province',
  fieldDescription: 'description',
};

function facts(e: EntityData): HTMLElement {
  const rows: Array<[MessageKey, Child]> = [];
  const own = new Map(e.propertyEvidence.map((p) => [p.property, p.evidence]));
  const add = (key: MessageKey, value: Child) => {
    if (value === null || value === undefined || value === '' || value === false) return;
    const property = FIELD_PROPERTIES[key];
    const level = property ? own.get(property) : undefined;
    if (!level) {
      rows.push([key, value]);
      return;
    }
    // A synthetic value is no evidence: the fact is unknown, the made-up value shown as such.
    rows.push([
      key,
      h(
        'span',
        { 'data-property': property, 'data-evidence': level },
        level === 'SYNTHETIC' ? [t('unknown'), ' ', h('span', { class: 'muted' }, '(', value, ')')] : value,
        ' ',
        evidenceBadge(level, e.evidenceNote),
      ),
    ]);
  };
  const subKind = e.eventKind ? eventKindName(e.eventKind) : e.outputKind ? outputKindName(e.outputKind) : null;
  add('fieldKind', subKind ? `${typeName(e.__typename)}: ${subKind}` : typeName(e.__typename));
  if (e.sphere) add('fieldSphere', sphereName(e.sphere));
  add('fieldShortName', e.shortName);
  add('fieldDescription', e.description ? dataText(e.description) : null);
  add('fieldParent', e.parent ? [nodeLink(e.parent.organization), e.parent.since ? ` (${formatDate(e.parent.since)}–${formatDate(e.parent.until)})` : ''] : null);
  add('fieldVillage', refLink(e.village, 'CraftVillage'));
  add('fieldProvince', refLink(e.province, 'Province'));
  add('fieldCraft', e.craft ? `${e.craft}${e.craftEn ? ` (${e.craftEn})` : ''}` : null);
  add('fieldCommune', e.commune);
  add('fieldDistrict', e.district);
  add('fieldRegion', e.region);
  add('fieldCode', e.code);
  add('fieldFounded', formatDate(e.founded));
  add('fieldDecisionDate', formatDate(e.decisionDate));
  add('fieldStartDate', formatDate(e.startDate));
  add('fieldEndDate', formatDate(e.endDate));
  add('fieldAcceptedDate', formatDate(e.acceptedDate));
  add('fieldProgram', refLink(e.program, 'Program'));
  add('fieldDate', formatDate(e.date));
  add('fieldPlace', e.place);
  add('fieldVisits', e.participantVisits !== null && e.participantVisits !== undefined ? formatNumber(e.participantVisits) : null);
  add('fieldProject', refLink(e.project, 'Project'));
  add('fieldAmount', e.amount !== undefined && e.currency ? formatMoney(e.amount, e.currency) : null);
  add('fieldStatus', e.status ? statusName(e.status) : null);
  add('fieldCountry', e.countryCode);
  add('fieldWebsite', e.website ? h('a', { href: e.website, rel: 'noopener noreferrer', target: '_blank' }, e.website) : null);
  add('fieldNote', e.note ? dataText(e.note) : null);
  add('fieldDegree', e.degree !== undefined ? h('span', { 'data-relationships': String(e.degree) }, formatNumber(e.degree)) : null);
  add('fieldId', h('code', null, e.id));
  return h('dl', { class: 'facts' }, rows.map(([key, value]) => [h('dt', null, t(key)), h('dd', null, value)]));
}

function sourceList(sources: readonly Source[]): HTMLElement {
  if (sources.length === 0) return h('p', { class: 'muted' }, t('noSources'));
  return h(
    'ol',
    { class: 'sources' },
    sources.map((src) =>
      h(
        'li',
        { 'data-source': src.id },
        src.url ? h('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank' }, dataText(src.title, 'span', {}, src.language)) : dataText(src.title, 'span', {}, src.language),
        src.publisher || src.date ? h('span', { class: 'muted' }, ` — ${[src.publisher, formatDate(src.date)].filter(Boolean).join(', ')}`) : null,
      ),
    ),
  );
}

/** Links grouped by type and direction, each with its sources as numbered marks. */
function linkGroups(links: readonly LinkItem[]): HTMLElement {
  const groups = new Map<string, LinkItem[]>();
  for (const link of links) {
    const key = `${link.type}:${link.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return h(
    'div',
    { class: 'link-groups' },
    sorted.map(([key, items]) => {
      const [type, direction] = key.split(':');
      return h(
        'details',
        { class: 'link-group', open: items.length <= 12, 'data-link-type': type },
        h('summary', null, h('span', { class: 'link-phrase' }, linkPhrase(type, direction)), h('span', { class: 'count' }, formatNumber(items.length))),
        h(
          'ul',
          null,
          items.map((link) =>
            h(
              'li',
              { class: link.placeholder ? 'is-placeholder' : null, 'data-evidence': link.evidence },
              nodeLink(link.node),
              link.node.evidence !== link.evidence ? quietBadge(link.node.evidence, link.node.evidenceNote) : null,
              link.evidence !== 'STATED' ? [' ', evidenceBadge(link.evidence, link.evidenceNote)] : null,
              link.role ? h('span', { class: 'muted' }, ` · ${link.role}`) : null,
              link.since || link.until ? h('span', { class: 'muted' }, ` · ${formatDate(link.since)}–${formatDate(link.until)}`) : null,
              link.sources.length
                ? h(
                    'span',
                    { class: 'link-sources' },
                    link.sources.map((src, i) =>
                      src.url
                        ? h('a', { href: src.url, title: src.title, rel: 'noopener noreferrer', target: '_blank', class: 'source-mark' }, `[${i + 1}]`)
                        : h('span', { title: src.title, class: 'source-mark' }, `[${i + 1}]`),
                    ),
                  )
                : null,
            ),
          ),
        ),
      );
    }),
  );
}

/** A measure: its value, its name, and one line saying what it is and which end is which. */
function stat(key: MessageKey, value: string, definition: MessageKey, attr: string): HTMLElement {
  return h(
    'div',
    { class: 'stat', 'data-measure': attr },
    h('span', { class: 'stat-value' }, value),
    h('span', { class: 'stat-label' }, t(key)),
    h('span', { class: 'stat-def' }, t(definition)),
  );
}

/**
 * The stored measures, each with its definition; degree reconciled with the record's own
 * relationships; betweenness and closeness with how exact they are (the run's stated error).
 */
function measuresView(m: Measures, run: MeasuresRunInfo | null, relationships: number | undefined): HTMLElement {
  const main = ROLES.reduce((best, role) => (m.brokerage[role] > m.brokerage[best] ? role : best), ROLES[0]);
  const max = Math.max(1, ...ROLES.map((r) => m.brokerage[r]));
  return h(
    'div',
    { class: 'measures', 'data-measures': 'true' },
    h(
      'div',
      { class: 'stats' },
      stat('degree', formatNumber(m.degree), 'measureDefDegree', 'degree'),
      stat('betweenness', formatNumber(m.betweenness, 3), 'measureDefBetweenness', 'betweenness'),
      stat('closeness', formatNumber(m.closeness, 3), 'measureDefCloseness', 'closeness'),
      stat('pagerank', formatNumber(m.pagerank, 3), 'measureDefPagerank', 'pagerank'),
      m.constraint !== null ? stat('constraint', formatNumber(m.constraint, 2), 'measureDefConstraint', 'constraint') : null,
      m.effectiveSize !== null ? stat('effectiveSize', formatNumber(m.effectiveSize, 1), 'measureDefEffectiveSize', 'effectiveSize') : null,
    ),
    relationships !== undefined ? h('p', { class: 'small', 'data-degree-note': 'true' }, t('degreeVsLinks', { degree: formatNumber(m.degree), links: formatNumber(relationships) })) : null,
    run ? runAccuracy(run) : null,
    h('h3', null, `${t('brokerageRole')}: ${m.brokerage.total > 0 ? t(ROLE_KEYS[main]) : t('brokerageNone')}`),
    h('p', { class: 'muted small' }, t('measureDefBrokerage')),
    m.brokerage.total > 0
      ? h(
          'ul',
          { class: 'bars compact' },
          ROLES.map((role) =>
            h(
              'li',
              { 'data-role': role },
              h('span', { class: 'bar-label' }, t(ROLE_KEYS[role]), h('span', { class: 'role-def' }, t(ROLE_DEFINITIONS[role]))),
              h('span', { class: 'bar-track' }, h('span', { class: 'bar', style: `width:${(100 * m.brokerage[role]) / max}%` })),
              h('span', { class: 'bar-value' }, formatNumber(m.brokerage[role])),
            ),
          ),
        )
      : null,
    h('p', { class: 'muted small' }, t('measuresNote', { date: m.computedAt.slice(0, 10) }), ' ', docsLink()),
  );
}

/** A map with more nodes than this starts with each kind of more than CROWDED_KIND nodes hidden. */
const CROWDED = 60;
const CROWDED_KIND = 20;

/** The export formats offered under the map. */
const EXPORT_FORMATS = [
  { format: 'graphml', label: 'GraphML' },
  { format: 'gexf', label: 'GEXF' },
  { format: 'json', label: 'JSON' },
] as const;

/**
 * The address of an export holding exactly what the map shows: the same centre, hops and evidence
 * as the map's neighbourhood query, and the kinds left visible (GET /export, see
 * src/ingest/export/options.ts).
 */
export function exportHref(format: string, id: string, depth: number, evidence: readonly string[], kinds: readonly string[] | null): string {
  const params = new URLSearchParams({ format, around: id, depth: String(depth), evidence: evidence.join(',') });
  if (kinds) params.set('kinds', kinds.join(','));
  return `export?${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`;
}

/** The map card: hops, colour and kind filters, the sigma map, its legend, export buttons. */
function mapCard(id: string, signal: AbortSignal, cleanups: Array<() => void>): HTMLElement {
  let depth = Number(stored(DEPTH_KEY, ['1', '2'], '1'));
  let colourBy = stored<ColourBy>(COLOUR_KEY, ['kind', 'sphere'], 'kind');
  let map: EgoMap | null = null;
  let all: MapNode[] = [];
  let allLinks: MapLink[] = [];
  let shown: MapNode[] = [];
  let truncated = false;
  let totalNodes = 0;
  /** Kinds (GraphQL type names) the reader has hidden; the centre's kind cannot be hidden. */
  const hidden = new Set<string>();
  const canvas = h('div', { class: 'map', id: 'ego-map', role: 'img', 'aria-label': t('map') });
  // On a phone (or any touch screen) the map waits for a tap, so that a vertical swipe over it
  // scrolls the page; "Done" gives the swipe back to the page.
  const touch = window.matchMedia('(pointer: coarse)').matches || window.innerWidth < 700;
  const cover = h('button', { type: 'button', class: 'map-cover', 'data-map-cover': 'true' }, h('span', null, t('mapActivate')));
  const done = h('button', { type: 'button', class: 'map-done', hidden: true }, t('mapDeactivate'));
  cover.addEventListener('click', () => {
    cover.hidden = true;
    done.hidden = false;
    wrap.dataset.active = 'true';
  });
  done.addEventListener('click', () => {
    cover.hidden = false;
    done.hidden = true;
    wrap.dataset.active = 'false';
  });
  const wrap = h('div', { class: 'map-wrap', 'data-active': touch ? 'false' : 'true' }, canvas, touch ? cover : null, touch ? done : null);
  const kindFilter = h('div', { class: 'chips kind-filter', role: 'group', 'aria-label': t('mapFilterKinds') });
  const legend = h('div', { class: 'legend-wrap' });
  const status = h('p', { class: 'muted small map-status', 'aria-live': 'polite' });
  const exports = h('div', { class: 'map-exports', 'data-exports': 'true' });
  const toggle = (label: string, pressed: () => boolean, onClick: () => void) => {
    const button = h('button', { type: 'button', class: 'toggle', 'aria-pressed': String(pressed()) }, label);
    button.addEventListener('click', () => {
      onClick();
      for (const b of toolbar.querySelectorAll<HTMLButtonElement>('button[data-group]')) b.setAttribute('aria-pressed', String(b.dataset.value === (b.dataset.group === 'depth' ? String(depth) : colourBy)));
    });
    return button;
  };
  const button = (group: string, value: string, label: string, onClick: () => void) => {
    const b = toggle(label, () => (group === 'depth' ? String(depth) : colourBy) === value, onClick);
    b.dataset.group = group;
    b.dataset.value = value;
    return b;
  };
  let synthetic = false;
  const evidence = () => (synthetic ? EVIDENCE_OF_CHOICE.synthetic : DEFAULT_EVIDENCE);
  const drawLegend = () =>
    replace(
      legend,
      h('p', { class: 'muted small' }, t('mapLegendShown')),
      mapLegend(shown, colourBy, (key) => (colourBy === 'kind' ? typeName(key) : sphereName(key)), t('notActor'), {
        placeholder: t('mapLegendPlaceholder'),
        synthetic: t('mapLegendSynthetic'),
        linkPlaceholder: t('mapLegendLinkPlaceholder'),
        linkSynthetic: t('mapLegendLinkSynthetic'),
      }),
    );
  const drawExports = () => {
    const kinds = hidden.size ? [...new Set(all.map((n) => n.__typename))].filter((k) => !hidden.has(k)).sort() : null;
    replace(
      exports,
      h('span', { class: 'small' }, `${t('exportTitle')}:`),
      EXPORT_FORMATS.map(({ format, label }) =>
        truncated
          ? h('button', { type: 'button', class: 'export-button', disabled: true, 'data-format': format }, label)
          : h('a', { class: 'export-button', href: exportHref(format, id, depth, evidence(), kinds), download: '', 'data-format': format }, label),
      ),
      truncated ? h('span', { class: 'muted small block' }, t('exportTruncated', { shown: formatNumber(all.length), total: formatNumber(totalNodes) })) : null,
    );
  };
  const drawKinds = () => {
    const counts = new Map<string, number>();
    for (const n of all) counts.set(n.__typename, (counts.get(n.__typename) ?? 0) + 1);
    const centreKind = all.find((n) => n.depth === 0)?.__typename;
    replace(
      kindFilter,
      h('span', { class: 'muted small' }, `${t('mapShowKinds')}:`),
      [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([kind, count]) =>
          h(
            'button',
            {
              type: 'button',
              class: 'chip',
              'data-kind': kind,
              'aria-pressed': String(!hidden.has(kind)),
              disabled: kind === centreKind,
              onclick: () => {
                if (hidden.has(kind)) hidden.delete(kind);
                else hidden.add(kind);
                draw();
              },
            },
            typeDot(kind),
            `${typeName(kind)} ${formatNumber(count)}`,
          ),
        ),
    );
  };
  /** Draws the map from the last answer with the kinds filter applied. */
  const draw = () => {
    map?.destroy();
    shown = all.filter((n) => n.depth === 0 || !hidden.has(n.__typename));
    const ids = new Set(shown.map((n) => n.id));
    canvas.replaceChildren();
    map = new EgoMap(canvas, shown, allLinks.filter((l) => ids.has(l.from) && ids.has(l.to)), {
      colourBy,
      onOpen: (target) => (location.hash = nodeHref(shown.find((n) => n.id === target) ?? { id: target })),
    });
    canvas.dataset.state = 'ready';
    canvas.dataset.depth = String(depth);
    canvas.dataset.ids = shown.map((n) => n.id).sort().join(' ');
    drawKinds();
    drawLegend();
    drawExports();
    replace(
      status,
      t('mapCount', { nodes: formatNumber(shown.length), links: formatNumber(Number(canvas.dataset.edges)) }),
      truncated ? ` (${t('mapTruncated', { shown: formatNumber(all.length), total: formatNumber(totalNodes) })})` : '',
      all.length > shown.length ? ` · ${t('mapHidden', { n: formatNumber(all.length - shown.length) })}` : '',
      ' · ',
      t('mapHint'),
    );
  };
  const syntheticBox = h('input', {
    type: 'checkbox',
    id: 'map-synthetic',
    onchange: (event: Event) => {
      synthetic = (event.target as HTMLInputElement).checked;
      void load();
    },
  });
  const toolbar = h(
    'div',
    { class: 'toolbar' },
    h(
      'div',
      { class: 'segmented', role: 'group' },
      button('depth', '1', t('hops1'), () => {
        depth = 1;
        remember(DEPTH_KEY, '1');
        void load();
      }),
      button('depth', '2', t('hops2'), () => {
        depth = 2;
        remember(DEPTH_KEY, '2');
        void load();
      }),
    ),
    h(
      'div',
      { class: 'segmented', role: 'group', 'aria-label': t('colourBy') },
      h('span', { class: 'muted small' }, `${t('colourBy')}:`),
      button('colour', 'kind', t('colourKind'), () => {
        colourBy = 'kind';
        remember(COLOUR_KEY, colourBy);
        map?.setColourBy(colourBy);
        drawLegend();
      }),
      button('colour', 'sphere', t('colourSphere'), () => {
        colourBy = 'sphere';
        remember(COLOUR_KEY, colourBy);
        map?.setColourBy(colourBy);
        drawLegend();
      }),
    ),
    h('label', { class: 'check small' }, syntheticBox, ' ', t('mapSynthetic')),
  );
  async function load(): Promise<void> {
    map?.destroy();
    map = null;
    canvas.dataset.state = 'loading';
    replace(status, t('loading'));
    try {
      // The evidence is always sent, so that the export asks for the very same.
      const data = await gql<MapData>(MAP_QUERY, { id, depth, evidence: evidence() }, signal);
      const hood = data.neighbourhood;
      if (!hood) return;
      all = hood.nodes.map((n) => ({ ...n.node, depth: n.depth }));
      allLinks = hood.links;
      truncated = hood.truncated;
      totalNodes = hood.totalNodes;
      // A crowded 2-hop map starts with its largest kinds hidden (a chip shows each again), so
      // that it opens readable rather than as a hairball.
      hidden.clear();
      if (depth === 2 && all.length > CROWDED) {
        const centreKind = all.find((n) => n.depth === 0)?.__typename;
        const counts = new Map<string, number>();
        for (const n of all) if (n.depth > 0) counts.set(n.__typename, (counts.get(n.__typename) ?? 0) + 1);
        for (const [kind, count] of counts) if (count > CROWDED_KIND && kind !== centreKind) hidden.add(kind);
      }
      draw();
    } catch (err) {
      if (isAbort(err)) return;
      canvas.dataset.state = 'error';
      replace(canvas, errorBox(err, () => void load()));
    }
  }
  cleanups.push(() => map?.destroy());
  // The map needs its container laid out (sigma measures it): draw on the next frame.
  requestAnimationFrame(() => void load());
  return section(t('map'), { class: 'card map-card' }, toolbar, kindFilter, wrap, legend, exports, status);
}

/**
 * The editing card of an entity page: with an editor key, forms to edit it, link it and cite a
 * source (each in a disclosure); without, a note that the page is read-only and how editing works.
 */
function editCard(e: EntityData, signal: AbortSignal, onSaved: (saved: Node | null) => void): HTMLElement {
  const card = h('section', { class: 'card edit-card', 'data-edit-card': e.id }, h('h2', null, te('editTitle')), loading());
  void ensureViewer().then(async (viewer) => {
    if (signal.aborted) return;
    if (!canEdit(viewer)) {
      replace(
        card,
        h('h2', null, te('editTitle')),
        h('p', { 'data-read-only': 'true' }, te('readOnly'), ' ', h('a', { href: '#/edit' }, te('howToEdit'))),
        h('details', { class: 'how-details' }, h('summary', null, te('howTitle')), howEditingWorks()),
      );
      return;
    }
    let state: Record<string, unknown> | null = null;
    try {
      state = await latestState(e.id, signal);
    } catch (err) {
      if (isAbort(err)) return;
    }
    const target: EditTarget = { id: e.id, label: e.__typename as NodeLabel, name: e.name, state };
    const saved = (form: string) => () => onSaved(card.querySelector(`[data-form="${form}"] .form-saved`)?.cloneNode(true) ?? null);
    const disclosure = (id: string, title: string, form: HTMLElement) => h('details', { class: 'edit-details', 'data-edit': id }, h('summary', null, title), form);
    replace(
      card,
      h('h2', null, te('editTitle')),
      disclosure('entity', te('editEntity'), editEntityForm(target, signal, saved('edit-entity'))),
      disclosure('link', te('linkTitle'), linkForm({ id: e.id, label: target.label }, signal, saved('link'))),
      disclosure('cite', te('citeTitle'), citeSourceForm(target, signal, saved('cite-source'))),
    );
  });
  return card;
}

/** One entity: its facts and sources, measures, ego-network map, links by type, suggestions. */
export function entityPage(root: HTMLElement, id: string, signal: AbortSignal): () => void {
  const cleanups: Array<() => void> = [];
  let run: MeasuresRunInfo | null = null;
  replace(root, loading());
  /** After a write from this page: everything read again, the form's message kept on top of the edit card. */
  let flash: Node | null = null;
  const afterWrite = (saved: Node | null) => {
    flash = saved;
    cleanups.splice(0).forEach((fn) => fn());
    void load();
  };
  async function load(): Promise<void> {
    try {
      const { node, measuresRun } = await gql<{ node: EntityData | null; measuresRun: MeasuresRunInfo | null }>(ENTITY_QUERY, { id }, signal);
      run = measuresRun;
      if (!node || !('name' in node)) {
        replace(root, h('div', { class: 'card' }, h('h1', null, t('notFoundTitle')), h('p', null, t('noEntity', { id })), h('a', { href: '#/' }, t('backToSearch'))));
        return;
      }
      document.title = `${displayName(node)} · helixgraph`;
      render(node);
    } catch (err) {
      if (!isAbort(err)) replace(root, errorBox(err, () => void load()));
    }
  }

  function render(e: EntityData): void {
    const actor = isActorType(e.__typename);
    const links = e.links ?? { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };
    let all = [...links.nodes];
    const linksBody = h('div', null);
    const drawLinks = (page: LinkPage) => {
      replace(
        linksBody,
        all.length ? linkGroups(all) : h('p', { class: 'muted' }, t('noLinks')),
        page.pageInfo.hasNextPage
          ? h(
              'button',
              {
                type: 'button',
                onclick: async () => {
                  const more = await gql<{ node: { links: LinkPage } }>(MORE_LINKS_QUERY, { id: e.id, after: page.pageInfo.endCursor }, signal);
                  all = [...all, ...more.node.links.nodes];
                  drawLinks(more.node.links);
                },
              },
              t('moreLinks'),
            )
          : null,
      );
    };
    drawLinks(links);
    const other = otherName(e);
    const header = h(
      'header',
      { class: 'entity-header' },
      h(
        'div',
        { class: 'badges', 'data-entity-evidence': e.evidence },
        typeBadge(e.__typename),
        evidenceBadge(e.evidence, e.evidenceNote),
      ),
      h('h1', null, displayName(e)),
      other ? h('p', { class: 'subtitle' }, other) : null,
      e.evidenceNote ? dataText(e.evidenceNote, 'p', { class: 'ev-note', 'data-evidence-note': 'true' }) : null,
    );
    const suggestions = h('div', null, loading());
    const canSuggest = actor || e.__typename === 'CraftVillage';
    replace(
      root,
      h(
        'div',
        { class: 'entity', 'data-entity': e.id, 'data-type': e.__typename },
        header,
        // Two columns on a laptop; on a phone one, the map first (see .entity-grid in styles.css).
        h(
          'div',
          { class: 'grid two entity-grid' },
          h(
            'div',
            { class: 'stack' },
            section(t('facts'), { class: 'card facts-card' }, facts(e)),
            actor ? section(t('measures'), { class: 'card measures-card' }, e.measures ? measuresView(e.measures, run, e.degree) : h('p', { class: 'muted' }, t('noMeasures'))) : null,
            section(t('sources'), { class: 'card sources-card' }, sourceList(e.sources ?? [])),
          ),
          h('div', { class: 'stack' }, mapCard(e.id, signal, cleanups), canSuggest ? section(t('suggestions'), { class: 'card suggestions-card' }, suggestions) : null),
        ),
        // The legend of the badges, before the links where most of them are (after the map on a phone).
        evidenceLegend({ unmarked: true }),
        section(`${t('links')} · ${plural(links.totalCount, 'linksCount', 'linksCount')}`, { class: 'card links-card' }, linksBody),
        flash ? h('div', { class: 'card saved-flash', role: 'status', 'data-saved-flash': 'true' }, flash) : null,
        editCard(e, signal, afterWrite),
        historyCard(e.id, signal),
      ),
    );
    flash = null;
    if (canSuggest) {
      gql<{ suggestedLinks: Suggestion[] | null }>(SUGGEST_QUERY, { id: e.id }, signal).then(
        (data) => replace(suggestions, suggestionList(data.suggestedLinks ?? [])),
        (err) => {
          if (!isAbort(err)) replace(suggestions, errorBox(err));
        },
      );
    }
  }

  void load();
  return () => cleanups.forEach((fn) => fn());
}
