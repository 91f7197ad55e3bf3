import { LINK_WORDS } from '../../../src/domain/dictionary';
import { LINK_TYPES, linkAllowed, type NodeLabel } from '../../../src/domain/model';
import { LINK_PROPERTIES } from '../../../src/domain/properties';
import { gql, isAbort, mutate } from '../api';
import { h, replace } from '../dom';
import { displayName, getLang, typeName } from '../i18n';
import { NODE_REF, type NodeRef } from '../model';
import { FormView, propertyControl, problemText, textControl, type Control } from './form';
import { te } from './messages';
import { sourcesBlock } from './sources';

const LINK = `mutation Link($input: LinkInput!) { link(input: $input) { outcome changeId } }`;
const FIND = `query FindOther($q: String!) { search(query: $q, first: 8) { nodes { node { ${NODE_REF} } } } }`;

/**
 * The relationship types the model allows between two labels in one direction (LINK_RULES in
 * src/domain/model.ts): what the type select offers.
 */
export function allowedTypes(from: NodeLabel, to: NodeLabel): string[] {
  return LINK_TYPES.filter((type) => linkAllowed(type, from, to));
}

/**
 * "Link to another entity": the direction, the other entity (found by name), a relationship type
 * the model allows between the two kinds that way, the link's properties, sources, why.
 */
export function linkForm(self: { id: string; label: NodeLabel }, signal: AbortSignal, onSaved: () => void): HTMLElement {
  let other: NodeRef | null = null;
  let outward = true;
  // The direction, as two radio buttons.
  const dirName = `dir-${self.id}`;
  const radio = (value: 'out' | 'in', label: string) =>
    h('label', { class: 'check' }, h('input', { type: 'radio', name: dirName, value, checked: value === 'out', onchange: () => ((outward = value === 'out'), drawTypes()) }), ' ', label);
  const direction = h('fieldset', { class: 'edit-group inline' }, h('legend', null, te('direction')), radio('out', te('dirOut')), radio('in', te('dirIn')));

  // The other entity: a search box and the hits to choose from. Its control carries the server's
  // problems about `from` or `to` (whichever end it is).
  const find = textControl('other', te('findOther'), { hint: te('findOtherHint'), required: true });
  const findInput = find.element.querySelector('input')!;
  findInput.setAttribute('type', 'search');
  const hits = h('ul', { class: 'pick-list', 'aria-label': te('otherEntity'), 'data-pick-list': 'true' });
  const chosen = h('p', { class: 'chosen', 'aria-live': 'polite', 'data-chosen': '' });
  let timer: number | undefined;
  let inflight: AbortController | undefined;
  findInput.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = findInput.value.trim();
    if (q.length < 2) return hits.replaceChildren();
    timer = window.setTimeout(async () => {
      inflight?.abort();
      inflight = new AbortController();
      signal.addEventListener('abort', () => inflight?.abort(), { once: true });
      try {
        const data = await gql<{ search: { nodes: Array<{ node: NodeRef }> } }>(FIND, { q }, inflight.signal);
        const nodes = data.search.nodes.map((n) => n.node).filter((n) => n.id !== self.id);
        replace(
          hits,
          nodes.length === 0
            ? h('li', { class: 'muted' }, te('nothingFound'))
            : nodes.map((n) =>
                h(
                  'li',
                  null,
                  h(
                    'button',
                    { type: 'button', class: 'pick', 'data-pick': n.id, onclick: () => pick(n) },
                    h('span', { class: 'visually-hidden' }, `${te('choose')}: `),
                    displayName(n),
                    h('span', { class: 'muted small' }, ` · ${typeName(n.__typename)} · ${n.id}`),
                  ),
                ),
              ),
        );
      } catch (err) {
        if (!isAbort(err)) replace(hits, h('li', { class: 'error' }, err instanceof Error ? err.message : String(err)));
      }
    }, 200);
  });
  const pick = (n: NodeRef) => {
    other = n;
    hits.replaceChildren();
    chosen.dataset.chosen = n.id;
    replace(chosen, te('chosen', { name: `${displayName(n)} (${typeName(n.__typename)}, ${n.id})` }));
    drawTypes();
  };
  const otherControl: Control = {
    ...find,
    name: 'other',
    read: () => other?.id,
  };

  // The type: only those allowed between the two kinds in the chosen direction.
  const typeSelect = h('select', { id: `link-type-${self.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`, name: 'type', 'aria-describedby': `link-type-help-${self.id.replace(/[^a-zA-Z0-9_-]/g, '_')}` });
  const typeHelp = h('span', { class: 'field-hint', id: `link-type-help-${self.id.replace(/[^a-zA-Z0-9_-]/g, '_')}` }, te('chooseOtherFirst'));
  const typeError = h('span', { class: 'field-error', hidden: true, 'data-error-for': 'type' });
  const typeField = h('div', { class: 'field edit-field', 'data-field': 'type' }, h('label', { for: typeSelect.id }, te('linkType'), h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')), typeSelect, typeHelp, typeError);
  const typeControl: Control = {
    name: 'type',
    element: typeField,
    read: () => typeSelect.value || undefined,
    write: (v) => (typeSelect.value = String(v ?? '')),
    setError: (p) => {
      typeError.hidden = !p;
      if (p) {
        replace(typeError, problemText(p));
        typeSelect.setAttribute('aria-invalid', 'true');
      } else typeSelect.removeAttribute('aria-invalid');
    },
    focus: () => typeSelect.focus(),
  };
  const drawTypes = () => {
    if (!other) {
      typeSelect.replaceChildren();
      typeSelect.disabled = true;
      replace(typeHelp, te('chooseOtherFirst'));
      return;
    }
    const [from, to] = outward ? [self.label, other.__typename as NodeLabel] : [other.__typename as NodeLabel, self.label];
    const types = allowedTypes(from, to);
    typeSelect.disabled = types.length === 0;
    replace(
      typeSelect,
      types.map((type) => h('option', { value: type }, `${LINK_WORDS[type as keyof typeof LINK_WORDS][getLang() === 'vi' ? 0 : 1]} (${type})`)),
    );
    typeSelect.dataset.types = types.join(' ');
    replace(typeHelp, types.length ? `${typeName(from)} → ${typeName(to)}` : te('noTypeAllowed'));
  };
  drawTypes();

  const props = Object.entries(LINK_PROPERTIES)
    .filter(([k]) => !['placeholder', 'estimate', 'propertyEvidence'].includes(k))
    .map(([k, kind]) => propertyControl(k, kind));
  props.find((c) => c.name === 'evidence')!.write('STATED');
  const sources = sourcesBlock(signal);
  const comment = textControl('comment', te('commentLabel'), { long: true });
  const form = new FormView('link', async () => {
    const input: Record<string, unknown> = { type: typeControl.read() ?? '', comment: comment.read() ?? null, ...sources.read() };
    const otherId = other?.id ?? '';
    input.from = outward ? self.id : otherId;
    input.to = outward ? otherId : self.id;
    for (const c of props) {
      const v = c.read();
      if (v !== undefined) input[c.name] = v;
    }
    const data = await mutate<{ link: { outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED'; changeId: string | null } }>(LINK, { input });
    form.done(h('strong', null, te(`saved${data.link.outcome}`)), data.link.changeId ? [' ', te('savedChange', { change: data.link.changeId })] : null);
    if (data.link.outcome !== 'UNCHANGED') onSaved();
  });
  // The server names the other end `from` or `to`: both land on the other entity's control.
  const endControl = (name: 'from' | 'to'): Control => ({ ...otherControl, name });
  form.fill(
    [typeControl, endControl('from'), endControl('to'), ...props, ...sources.controls, comment],
    direction,
    find.element,
    hits,
    chosen,
    typeField,
    h('div', { class: 'edit-props' }, props.map((c) => c.element)),
    sources.element,
    comment.element,
  );
  return form.element;
}
