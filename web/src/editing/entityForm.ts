import { isActorKind, NODE_LABELS, type NodeLabel } from '../../../src/domain/model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES, REQUIRED_BY_LABEL, type PropertyKind } from '../../../src/domain/properties';
import { mutate } from '../api';
import { h } from '../dom';
import { typeName } from '../i18n';
import { nodeHref } from '../ui';
import { FormView, group, propertyControl, selectControl, slug, textControl, type Control } from './form';
import { te } from './messages';
import { sourcesBlock } from './sources';

/**
 * Forms that write an entity: add one (upsertEntity) and edit one (updateEntity). The fields come
 * from the model (src/domain/properties.ts): the label's own properties, then those every entity
 * has; the earlier flags and the per-property evidence string are left to imports.
 */

/** Properties a form offers for `label`, in order: the label's own, then the common ones (name apart). */
export function formProperties(label: NodeLabel): Array<[string, PropertyKind, boolean]> {
  const required = new Set(REQUIRED_BY_LABEL[label] ?? []);
  const own = Object.entries(LABEL_PROPERTIES[label]).filter(([k]) => isActorKind(label) || k !== 'sphere');
  const common = Object.entries(COMMON_PROPERTIES).filter(([k]) => !['name', 'placeholder', 'estimate', 'propertyEvidence'].includes(k));
  return [...own, ...common].map(([k, kind]) => [k, kind, required.has(k)]);
}

/** GraphQL's NodeLabel value of a label (SupportOrganization → SUPPORT_ORGANIZATION). */
export function labelEnum(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The prefix of a new id: `ent:` for enterprises, `org:` for other actors, the label for the rest (as the founding dataset names them). */
function idPrefix(label: NodeLabel): string {
  if (label === 'Enterprise') return 'ent';
  if (isActorKind(label)) return 'org';
  return label === 'CraftVillage' ? 'village' : label.toLowerCase();
}

const UPSERT = `mutation UpsertEntity($input: EntityInput!) { upsertEntity(input: $input) { outcome changeId node { __typename id } duplicates { rule otherId otherName } } }`;
const UPDATE = `mutation UpdateEntity($input: EntityPatch!) { updateEntity(input: $input) { outcome changeId node { __typename id } } }`;

interface Written {
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  changeId: string | null;
  node: { __typename: string; id: string };
  /** Likely duplicates already in the store (upsertEntity only): the write went ahead. */
  duplicates?: Array<{ rule: string; otherId: string; otherName: string }>;
}

function savedMessage(w: Written, link: boolean) {
  return [
    h('strong', null, te(`saved${w.outcome}`)),
    w.changeId ? [' ', te('savedChange', { change: w.changeId })] : null,
    link ? [' ', h('a', { href: nodeHref(w.node), 'data-saved-id': w.node.id }, te('openIt'))] : null,
    w.duplicates?.length
      ? h(
          'div',
          { class: 'duplicates', 'data-duplicates': String(w.duplicates.length) },
          h('p', null, te('duplicatesFound')),
          h('ul', null, w.duplicates.map((d) => h('li', { 'data-duplicate': d.otherId }, h('a', { href: nodeHref({ id: d.otherId }) }, d.otherName), h('span', { class: 'muted small' }, ` · ${d.otherId} · ${d.rule}`)))),
        )
      : null,
  ];
}

/** "Add an entity": kind, id (from the name), name, the kind's properties, sources, why. */
export function addEntityForm(signal: AbortSignal, initial: NodeLabel = 'Enterprise'): HTMLElement {
  let label: NodeLabel = initial;
  let props: Control[] = [];
  const kind = selectControl('label', te('fieldKindLabel'), NODE_LABELS.map((l) => ({ value: l, label: typeName(l) })), { required: true });
  kind.write(label);
  const id = textControl('id', 'Id', { required: true, hint: te('idHint') });
  const name = propertyControl('name', COMMON_PROPERTIES.name, true);
  const sources = sourcesBlock(signal);
  const comment = textControl('comment', te('commentLabel'), { long: true });
  let idTouched = false;
  const suggestId = () => {
    if (!idTouched) id.write(name.read() ? `${idPrefix(label)}:${slug(String(name.read()))}` : '');
  };
  id.element.querySelector('input, textarea, select')!.addEventListener('input', () => (idTouched = true));
  name.element.querySelector('input, textarea, select')!.addEventListener('input', suggestId);
  const propsBox = h('div', { class: 'edit-props' });
  const form = new FormView('add-entity', async () => {
    const properties: Record<string, unknown> = {};
    for (const c of props) {
      const v = c.read();
      if (v !== undefined) properties[c.name] = v;
    }
    const { sourceIds, newSources } = sources.read();
    const data = await mutate<{ upsertEntity: Written }>(UPSERT, {
      input: { id: id.read() ?? '', label: labelEnum(label), name: name.read() ?? '', properties, sourceIds, newSources, comment: comment.read() ?? null },
    });
    form.done(savedMessage(data.upsertEntity, true));
  });
  const draw = () => {
    // Values typed so far are kept for the properties the new kind also has.
    const before = new Map(props.map((c) => [c.name, c.read()]));
    props = formProperties(label).map(([key, k, required]) => propertyControl(key, k, required));
    before.set('evidence', before.get('evidence') ?? 'STATED');
    for (const c of props) if (before.get(c.name) !== undefined) c.write(before.get(c.name));
    propsBox.replaceChildren(...props.map((c) => c.element));
    form.fill([kind, id, name, ...props, ...sources.controls, comment], h('p', { class: 'muted small' }, te('addEntityHint')), h('div', { class: 'edit-row' }, kind.element, name.element, id.element), group(te('otherFields'), propsBox), sources.element, comment.element);
  };
  kind.element.querySelector('select')!.addEventListener('change', () => {
    label = kind.read() as NodeLabel;
    suggestId();
    draw();
  });
  draw();
  return form.element;
}

/** The entity as an edit form starts from: its kind, id, and its stored properties (null: not recorded). */
export interface EditTarget {
  id: string;
  label: NodeLabel;
  name: string;
  state: Record<string, unknown> | null;
}

/**
 * "Edit this entity": every property of its kind prefilled from its recorded state; only the
 * changed ones are sent (`set`), emptied ones removed (`unset`), with the sources of this change.
 */
export function editEntityForm(target: EditTarget, signal: AbortSignal, onSaved: () => void): HTMLElement {
  const name = propertyControl('name', COMMON_PROPERTIES.name, true);
  const props = formProperties(target.label).map(([key, k, required]) => propertyControl(key, k, required));
  const initial = new Map<string, unknown>([['name', target.name]]);
  for (const c of props) initial.set(c.name, target.state?.[c.name] ?? undefined);
  name.write(target.name);
  for (const c of props) c.write(initial.get(c.name));
  const sources = sourcesBlock(signal);
  const comment = textControl('comment', te('commentLabel'), { long: true });
  const form = new FormView('edit-entity', async () => {
    const set: Record<string, unknown> = {};
    const unset: string[] = [];
    for (const c of [name, ...props]) {
      const was = initial.get(c.name);
      const now = c.read();
      const same = (was === undefined || was === null ? undefined : String(was)) === (now === undefined ? undefined : String(now));
      if (same) continue;
      if (now === undefined) unset.push(c.name);
      else set[c.name] = now;
    }
    const { sourceIds, newSources } = sources.read();
    const data = await mutate<{ updateEntity: Written }>(UPDATE, { input: { id: target.id, set, unset, sourceIds, newSources, comment: comment.read() ?? null } });
    form.done(savedMessage(data.updateEntity, false));
    if (data.updateEntity.outcome !== 'UNCHANGED') onSaved();
  });
  form.fill(
    [name, ...props, ...sources.controls, comment],
    h('p', { class: 'muted small' }, te('editEntityHint')),
    target.state ? null : h('p', { class: 'muted small', 'data-no-state': 'true' }, te('editNoState')),
    name.element,
    props.map((c) => c.element),
    sources.element,
    comment.element,
  );
  return form.element;
}

/** "Cite a source for this entity": a recorded or new source added to its sources, with what the record now rests on. */
export function citeSourceForm(target: EditTarget, signal: AbortSignal, onSaved: () => void): HTMLElement {
  const evidence = propertyControl('evidence', COMMON_PROPERTIES.evidence);
  const note = propertyControl('evidenceNote', COMMON_PROPERTIES.evidenceNote);
  const was = { evidence: target.state?.evidence, evidenceNote: target.state?.evidenceNote };
  evidence.write(was.evidence ?? 'STATED');
  note.write(was.evidenceNote);
  const sources = sourcesBlock(signal);
  const comment = textControl('comment', te('commentLabel'), { long: true });
  const form = new FormView('cite-source', async () => {
    const set: Record<string, unknown> = {};
    const unset: string[] = [];
    const ev = evidence.read();
    if (ev !== undefined && ev !== (was.evidence ?? 'STATED')) set.evidence = ev;
    const n = note.read();
    if (n !== (was.evidenceNote ?? undefined)) {
      if (n === undefined) unset.push('evidenceNote');
      else set.evidenceNote = n;
    }
    const { sourceIds, newSources } = sources.read();
    const data = await mutate<{ updateEntity: Written }>(UPDATE, { input: { id: target.id, set, unset, sourceIds, newSources, comment: comment.read() ?? null } });
    form.done(savedMessage(data.updateEntity, false));
    if (data.updateEntity.outcome !== 'UNCHANGED') onSaved();
  });
  form.fill([evidence, note, ...sources.controls, comment], h('p', { class: 'muted small' }, te('citeHint')), sources.element, evidence.element, note.element, comment.element);
  return form.element;
}
