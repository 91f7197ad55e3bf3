import { ApiError } from '../api';
import { h, replace } from '../dom';
import { addEntityForm } from '../editing/entityForm';
import { te, type EditKey } from '../editing/messages';
import { canEdit, ensureViewer, tryKey, type Viewer } from '../editing/session';
import { sourceForm } from '../editing/sourceForm';
import { forgetApiKey } from '../key';
import { errorBox, loading, section } from '../ui';

/** How editing works: who gives keys, what each role may do, what is recorded, where the key is kept. */
export function howEditingWorks(): HTMLElement {
  return h(
    'div',
    { class: 'how-editing', 'data-how-editing': 'true' },
    h('p', null, te('howRead')),
    h('p', null, te('howWho')),
    h('p', null, te('howRoles')),
    h('ul', null, h('li', null, te('roleReaderDoes')), h('li', null, te('roleEditorDoes')), h('li', null, te('roleAdminDoes'))),
    h('p', null, te('howRecord')),
    h('p', { class: 'muted small' }, te('howKeyKept')),
  );
}

export function roleName(role: Viewer['role']): string {
  return te(`role${role}` as EditKey);
}

/** The key card: enter a key (checked with Query.viewer before it is kept), or see whose it is and forget it. */
function keyCard(viewer: Viewer | null): HTMLElement {
  const status = h('div', { 'aria-live': 'polite', id: 'key-status' });
  if (viewer) {
    return section(
      te('keyTitle'),
      { class: 'card key-card', 'data-key-state': viewer.role },
      h('p', { 'data-viewer': viewer.name ?? '' }, viewer.role === 'READER' ? te('keyReader') : te('keyAs', { name: viewer.name ?? '', role: roleName(viewer.role) })),
      h('button', { type: 'button', id: 'key-forget', onclick: () => forgetApiKey() }, te('keyForget')),
    );
  }
  const input = h('input', { type: 'password', id: 'key-input', name: 'key', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'key-status' });
  const form = h(
    'form',
    {
      class: 'key-form',
      novalidate: true,
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const key = input.value.trim();
        if (!key) return replace(status, h('p', { class: 'field-error', role: 'alert' }, te('keyEmpty')));
        replace(status, h('p', { class: 'muted', role: 'status' }, te('keyChecking')));
        try {
          const v = await tryKey(key);
          // A known key re-renders the page (onKeyChange); an unknown one is dropped here.
          if (v.role === 'ANONYMOUS') {
            input.value = '';
            replace(status, h('p', { class: 'field-error', role: 'alert', 'data-key-refused': 'true' }, te('keyUnknown')));
          }
        } catch (err) {
          replace(status, errorBox(err instanceof ApiError ? err : new ApiError(String(err))));
        }
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'key-input' }, te('keyLabel')), input),
    h('button', { type: 'submit', class: 'primary', id: 'key-use' }, te('keyUse')),
  );
  return section(te('keyTitle'), { class: 'card key-card', 'data-key-state': 'NONE' }, h('p', { class: 'muted' }, te('keyNone')), form, status);
}

/** `#/edit`: how editing works, the key, and with an editor key the forms to add an entity and a source. */
export function editPage(root: HTMLElement, signal: AbortSignal): void {
  replace(root, loading());
  void ensureViewer().then((viewer) => {
    if (signal.aborted) return;
    const editor = canEdit(viewer);
    replace(
      root,
      h(
        'div',
        { class: 'edit-page', 'data-can-edit': String(editor) },
        h('h1', null, te('editTitle')),
        h('div', { class: 'grid two' }, h('div', { class: 'stack' }, keyCard(viewer)), h('div', { class: 'stack' }, section(te('howTitle'), { class: 'card' }, howEditingWorks()))),
        editor ? section(te('addEntity'), { class: 'card form-card', id: 'add-entity-card' }, addEntityForm(signal)) : h('p', { class: 'read-only-note', 'data-read-only': 'true' }, te('readOnly')),
        editor ? section(te('sourceTitle'), { class: 'card form-card', id: 'add-source-card' }, sourceForm()) : null,
      ),
    );
  });
}
