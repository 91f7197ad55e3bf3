import { EVIDENCE_WORDS, PROPERTY_WORDS } from '../../../src/domain/dictionary';
import { EVENT_KINDS, INVESTMENT_STATUSES, OUTPUT_KINDS, type EvidenceLevel } from '../../../src/domain/model';
import type { PropertyKind } from '../../../src/domain/properties';
import { foldForSearch } from '../../../src/domain/search';
import { ApiError, type Problem } from '../api';
import { h, replace, type Child } from '../dom';
import { evidenceName } from '../evidence';
import { eventKindName, getLang, outputKindName, sphereName, statusName } from '../i18n';
import { te, ruleInVietnamese, type EditKey } from './messages';

/**
 * The pieces every editing form is made of: one control per field (label, hint, the server's
 * message beside it), a status line, and the mapping from the server's refused fields
 * (`extensions.problems[].field`) to the controls that show them.
 */

/** A property's label in the page's language, from the data dictionary (src/domain/dictionary.ts). */
export function propertyLabel(key: string): string {
  const words = PROPERTY_WORDS[key];
  return words ? words[getLang() === 'vi' ? 0 : 1] : key;
}

/** An enumerated value as the page names it (a sphere, an event kind, an evidence level…). */
export function valueName(key: string, value: string): string {
  if (key === 'sphere') return sphereName(value);
  if (key === 'evidence') return `${evidenceName(value)} — ${EVIDENCE_WORDS[value as EvidenceLevel]?.[getLang() === 'vi' ? 0 : 1] ?? ''}`;
  if (key === 'status' && (INVESTMENT_STATUSES as readonly string[]).includes(value)) return statusName(value);
  if ((EVENT_KINDS as readonly string[]).includes(value)) return eventKindName(value);
  if ((OUTPUT_KINDS as readonly string[]).includes(value)) return outputKindName(value);
  return value;
}

/** One field of a form. `name` is the field as the server names it in its problems. */
export interface Control {
  name: string;
  element: HTMLElement;
  /** The value to send: undefined when the field is empty. */
  read(): unknown;
  write(value: unknown): void;
  setError(problem: Problem | null): void;
  focus(): void;
}

/** The server's words about a refused value: in Vietnamese when the rule is known, else its English marked as such. */
export function problemText(problem: Problem): Child {
  const value = problem.value === null || problem.value === undefined ? null : JSON.stringify(problem.value);
  const vi = ruleInVietnamese(problem.rule);
  return [
    value ? [h('code', { lang: 'en' }, value), ' '] : null,
    vi ?? h('span', { lang: 'en' }, problem.rule),
    vi === null && getLang() === 'vi' ? [' ', h('span', { class: 'lang-tag' }, te('inEnglish'))] : null,
  ];
}

let uid = 0;

/** A labelled wrapper with a hint and a place for the server's message, wired with aria-describedby. */
function wrap(name: string, label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint: string | null, required: boolean): Control & { input: typeof input } {
  const id = `f${++uid}`;
  input.id = id;
  input.name = name;
  if (required) input.setAttribute('aria-required', 'true');
  const hintEl = hint ? h('span', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
  const errorEl = h('span', { class: 'field-error', id: `${id}-error`, 'data-error-for': name, hidden: true });
  input.setAttribute('aria-describedby', [hintEl ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  const element = h('div', { class: 'field edit-field', 'data-field': name }, h('label', { for: id }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null), input, hintEl, errorEl);
  return {
    name,
    element,
    input,
    read: () => {
      const v = input.value.trim();
      return v === '' ? undefined : v;
    },
    write: (value) => {
      input.value = value === undefined || value === null ? '' : String(value);
    },
    setError: (problem) => {
      if (problem) {
        replace(errorEl, problemText(problem));
        errorEl.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        element.classList.add('has-error');
      } else {
        errorEl.replaceChildren();
        errorEl.hidden = true;
        input.removeAttribute('aria-invalid');
        element.classList.remove('has-error');
      }
    },
    focus: () => input.focus(),
  };
}

/** A text field. */
export function textControl(name: string, label: string, options: { hint?: string | null; required?: boolean; long?: boolean; type?: string; inputmode?: string } = {}): Control & { input: HTMLInputElement | HTMLTextAreaElement } {
  const input = options.long ? h('textarea', { rows: 3 }) : h('input', { type: options.type ?? 'text', inputmode: options.inputmode ?? null, autocomplete: 'off' });
  return wrap(name, label, input, options.hint ?? null, options.required ?? false) as Control & { input: HTMLInputElement | HTMLTextAreaElement };
}

/** A select of `values` (with an empty first choice unless `required`). */
export function selectControl(name: string, label: string, values: ReadonlyArray<{ value: string; label: string }>, options: { hint?: string | null; required?: boolean; empty?: string } = {}): Control & { input: HTMLSelectElement } {
  const input = h(
    'select',
    null,
    options.required ? null : h('option', { value: '' }, options.empty ?? '—'),
    values.map((v) => h('option', { value: v.value }, v.label)),
  );
  return wrap(name, label, input, options.hint ?? null, options.required ?? false) as Control & { input: HTMLSelectElement };
}

/**
 * The control of a property of the model (src/domain/properties.ts): enumerations as a select,
 * numbers and dates as text sent as typed (an unreadable number is sent as written, so that the
 * server's own rule comes back beside the field), long texts as a text area.
 */
export function propertyControl(name: string, kind: PropertyKind, required = false): Control {
  const label = propertyLabel(name.replace(/^newSources\[\d+\]\./, ''));
  const key = name.replace(/^newSources\[\d+\]\./, '');
  if (kind.type === 'enum') return selectControl(name, label, kind.values.map((v) => ({ value: v, label: valueName(key, v) })), { required });
  if (kind.type === 'int' || kind.type === 'float') {
    const c = textControl(name, label, { required, inputmode: kind.type === 'int' ? 'numeric' : 'decimal' });
    const read = c.read;
    c.read = () => {
      const v = read() as string | undefined;
      if (v === undefined) return undefined;
      const n = Number(v.replace(',', '.'));
      return v.trim() !== '' && Number.isFinite(n) ? n : v;
    };
    return c;
  }
  if (kind.type === 'bool') {
    const input = h('input', { type: 'checkbox' });
    const c = wrap(name, label, input, null, false);
    c.element.classList.add('check');
    c.read = () => input.checked;
    c.write = (v) => {
      input.checked = v === true;
    };
    return c;
  }
  if (kind.type === 'url') return textControl(name, label, { required, type: 'url', inputmode: 'url' });
  if (kind.type === 'date') return textControl(name, label, { required, hint: 'YYYY, YYYY-MM, YYYY-MM-DD' });
  return textControl(name, label, { required, long: kind.type === 'string' && (kind.maxLength ?? 0) >= 2000 });
}

/** The field a server problem names, as the form's controls name it (`properties.x`, `set.x` → `x`; `sources` → `sourceIds`). */
export function problemField(field: string): string {
  const plain = field.replace(/^(input|properties|set)\./, '');
  return plain === 'sources' ? 'sourceIds' : plain;
}

/**
 * A form's frame: its controls, a status line (role=status for success, an alert for a refusal),
 * and the display of a refused write: each problem beside the field it names, the ones no field
 * shows in the alert.
 */
export class FormView {
  readonly element: HTMLFormElement;
  private readonly status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  private readonly submitButton: HTMLButtonElement;
  private controls: Control[] = [];

  constructor(id: string, private readonly onSubmit: () => Promise<void>, submitLabel: EditKey = 'save') {
    this.submitButton = h('button', { type: 'submit', class: 'primary' }, te(submitLabel));
    this.element = h('form', { class: 'edit-form', id, novalidate: true, 'data-form': id });
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
  }

  /** Sets what the form holds (the controls given are the ones problems are matched against). */
  fill(controls: Control[], ...children: Child[]): void {
    this.controls = controls;
    replace(this.element, children, h('div', { class: 'form-actions' }, this.submitButton), this.status);
  }

  private async run(): Promise<void> {
    this.clear();
    this.element.setAttribute('aria-busy', 'true');
    this.element.dataset.state = 'saving';
    this.submitButton.disabled = true;
    replace(this.status, h('p', { class: 'muted', role: 'status' }, te('saving')));
    try {
      await this.onSubmit();
    } catch (err) {
      this.showError(err);
    } finally {
      this.element.removeAttribute('aria-busy');
      this.submitButton.disabled = false;
    }
  }

  clear(): void {
    for (const c of this.controls) c.setError(null);
    this.status.replaceChildren();
  }

  /** A success: its message (and links). */
  done(...children: Child[]): void {
    this.element.dataset.state = 'saved';
    replace(this.status, h('div', { class: 'form-saved', role: 'status' }, children));
  }

  /** A failure: the refused fields marked beside themselves, the rest in the alert; focus on the first marked field. */
  showError(err: unknown): void {
    this.element.dataset.state = 'refused';
    const code = err instanceof ApiError ? err.code : undefined;
    const problems = err instanceof ApiError ? err.problems : [];
    const unplaced: Problem[] = [];
    let first: Control | undefined;
    for (const problem of problems) {
      const control = this.controls.find((c) => c.name === problemField(problem.field));
      if (!control) {
        unplaced.push(problem);
        continue;
      }
      control.setError(problem);
      first ??= control;
    }
    const lead =
      code === 'UNAUTHENTICATED' || code === 'FORBIDDEN'
        ? te('keyRefused')
        : code === 'BAD_USER_INPUT'
          ? te('refused')
          : code === 'TIMEOUT' || code === 'UNAVAILABLE' || code === 'NETWORK'
            ? te('failedUnsure')
            : te('failed');
    const message = err instanceof Error ? err.message : String(err);
    replace(
      this.status,
      h(
        'div',
        { class: 'error', role: 'alert', 'data-error-code': code ?? null },
        h('p', null, lead),
        unplaced.length
          ? h('ul', { class: 'unplaced' }, unplaced.map((p) => h('li', { 'data-problem': p.field }, h('code', null, p.field), ': ', problemText(p))))
          : problems.length === 0
            ? h('p', { class: 'muted small', lang: 'en' }, message)
            : null,
        code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? h('a', { href: '#/edit' }, te('howToEdit')) : null,
      ),
    );
    first?.focus();
  }
}

/** A fieldset with a legend. */
export function group(legend: string, ...children: Child[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'edit-group' }, h('legend', null, legend), ...children);
}

/** Folds a name into an id part: the search folding (no diacritics, đ → d, lower case), words joined by '-' (`Gốm Chu Đậu` → `gom-chu-dau`). */
export function slug(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
