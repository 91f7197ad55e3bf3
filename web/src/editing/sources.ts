import { SOURCE_PROPERTIES } from '../../../src/domain/properties';
import { gql, onWrite } from '../api';
import { h } from '../dom';
import { group, propertyControl, selectControl, slug, textControl, type Control } from './form';
import { te } from './messages';

interface SourceItem {
  id: string;
  title: string;
  language?: string | null;
}

const SOURCES_QUERY = `query Sources($after: String) { sources(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Source { id title language } } } }`;

/** Every recorded source (paged by 100, at most 1,000), sorted by title. */
export async function allSources(signal?: AbortSignal): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const data: { sources: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: SourceItem[] } } = await gql(SOURCES_QUERY, { after }, signal);
    out.push(...data.sources.nodes);
    if (!data.sources.pageInfo.hasNextPage) break;
    after = data.sources.pageInfo.endCursor;
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}

/** The fields of a new source (SourceInput), named as the server names them in its problems: `newSources[0].title`. */
export function newSourceControls(prefix = 'newSources[0].'): { controls: Control[]; id: Control; title: Control } {
  const id = textControl(`${prefix}id`, 'Id', { hint: te('idHint') });
  const controls: Control[] = [id];
  let idTouched = false;
  id.element.querySelector('input, textarea, select')!.addEventListener('input', () => (idTouched = true));
  for (const [key, kind] of Object.entries(SOURCE_PROPERTIES)) controls.push(propertyControl(`${prefix}${key}`, kind, key === 'title'));
  const title = controls.find((c) => c.name === `${prefix}title`)!;
  title.element.querySelector('input, textarea, select')!.addEventListener('input', () => {
    if (!idTouched) id.write(title.read() ? `src:${slug(String(title.read()))}` : '');
  });
  return { controls, id, title };
}

/** The values of a new source's controls, without the empty ones; null when its title is empty. */
export function readSource(controls: readonly Control[], prefix = 'newSources[0].'): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const c of controls) {
    const v = c.read();
    if (v !== undefined) out[c.name.slice(prefix.length)] = v;
  }
  return Object.keys(out).length === 0 ? null : out;
}

/**
 * "Sources (at least one)": a recorded source to cite, and/or a new one created in the same write
 * (so a refused write leaves no orphan source behind). `read` gives the input's sourceIds and newSources.
 */
export function sourcesBlock(signal?: AbortSignal): { element: HTMLElement; controls: Control[]; read(): { sourceIds: string[]; newSources: Array<Record<string, unknown>> } } {
  const existing = selectControl('sourceIds', te('existingSource'), [], { empty: te('noSourceChosen') });
  const select = existing.element.querySelector('select')!;
  const fill = () =>
    allSources(signal).then(
      (sources) => {
        const chosen = select.value;
        select.replaceChildren(h('option', { value: '' }, te('noSourceChosen')), ...sources.map((s) => h('option', { value: s.id }, `${s.title} (${s.id})`)));
        select.value = chosen;
        select.dataset.loaded = String(sources.length);
      },
      () => {
        select.dataset.loaded = 'error';
      },
    );
  void fill();
  // A source created by any write of the page is offered at once (the list is read again).
  const stop = onWrite(() => {
    if (signal?.aborted) return stop();
    delete select.dataset.loaded;
    void fill();
  });
  const fresh = newSourceControls();
  const element = group(
    te('sourcesLegend'),
    existing.element,
    h('details', { class: 'new-source', 'data-new-source': 'true' }, h('summary', null, te('newSource')), h('p', { class: 'muted small' }, te('newSourceHint')), fresh.controls.map((c) => c.element)),
  );
  return {
    element,
    controls: [existing, ...fresh.controls],
    read() {
      const id = existing.read() as string | undefined;
      const created = readSource(fresh.controls);
      return { sourceIds: id ? [id] : [], newSources: created ? [created] : [] };
    },
  };
}
