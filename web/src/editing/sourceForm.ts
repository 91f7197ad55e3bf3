import { mutate } from '../api';
import { h } from '../dom';
import { FormView, textControl } from './form';
import { te } from './messages';
import { newSourceControls, readSource } from './sources';

const UPSERT_SOURCE = `mutation UpsertSource($input: SourceInput!, $comment: String) { upsertSource(input: $input, comment: $comment) { outcome changeId id } }`;

/**
 * "Add or update a source" (upsertSource): its fields from the model (SOURCE_PROPERTIES), the id
 * filled from the title. The server names a source's fields `newSources[0].…`, as the controls do.
 */
export function sourceForm(): HTMLElement {
  const fields = newSourceControls();
  const comment = textControl('comment', te('commentLabel'), { long: true });
  const form = new FormView('add-source', async () => {
    const input = readSource(fields.controls) ?? {};
    const data = await mutate<{ upsertSource: { outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED'; changeId: string | null; id: string } }>(UPSERT_SOURCE, {
      input: { id: '', title: '', ...input },
      comment: comment.read() ?? null,
    });
    const w = data.upsertSource;
    form.done(h('strong', null, te(`saved${w.outcome}`)), ' ', h('code', { 'data-saved-id': w.id }, w.id), w.changeId ? [' ', te('savedChange', { change: w.changeId })] : null);
  });
  form.fill([...fields.controls, comment], h('p', { class: 'muted small' }, te('sourceHint')), fields.controls.map((c) => c.element), comment.element);
  return form.element;
}
