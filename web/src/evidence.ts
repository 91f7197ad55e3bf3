import { h } from './dom';
import { formatNumber, getLang, t, textLang, type MessageKey } from './i18n';
import { GAPS_EVIDENCE, type GapsEvidence } from './router';

/** The API's evidence levels, strongest first (schema `enum Evidence`). */
export const EVIDENCE_LEVELS = ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** How far an answer may go: the sources only, with our estimates, or with synthetic assignments too. */
export const EVIDENCE_CHOICES = GAPS_EVIDENCE;
export type EvidenceChoice = GapsEvidence;

/** The evidence levels each choice passes to the API; every query of a page gets the same list. */
export const EVIDENCE_OF_CHOICE: Record<EvidenceChoice, Evidence[]> = {
  sources: ['STATED', 'INFERRED', 'PLACEHOLDER'],
  estimates: ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED'],
  synthetic: ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'],
};

/** The server's default (every level but SYNTHETIC): what pages without a selector ask for. */
export const DEFAULT_EVIDENCE: Evidence[] = EVIDENCE_OF_CHOICE.estimates;

/** The group key the API gives to entities and amounts whose place the evidence does not give. */
export const UNKNOWN_KEY = 'UNKNOWN';

/** The level's name in the page's language ("stated", "ước tính"). */
export function evidenceName(level: string): string {
  return (EVIDENCE_LEVELS as readonly string[]).includes(level) ? t(`evidence${level}` as MessageKey) : level;
}

/** What the level means, one line. */
export function evidenceHelp(level: string): string {
  return (EVIDENCE_LEVELS as readonly string[]).includes(level) ? t(`evidenceHelp${level}` as MessageKey) : '';
}

/** True for the levels that name nothing real: an anonymous stand-in or a made-up assignment. */
export function isStandIn(level: string | null | undefined): boolean {
  return level === 'PLACEHOLDER' || level === 'SYNTHETIC';
}

/**
 * A small badge saying what a fact rests on, its note (the method of an estimate, the reasoning of
 * an inference) as its tooltip. `data-evidence` carries the level for tests and styles.
 */
export function evidenceBadge(level: string | null | undefined, note?: string | null): HTMLSpanElement | null {
  if (!level) return null;
  const help = evidenceHelp(level);
  // The note is the dataset's own words: say so when they are in the other language.
  const noteLang = note ? textLang(note) : getLang();
  const tag = noteLang !== getLang() ? `(${t(noteLang === 'en' ? 'dataInEnglish' : 'dataInVietnamese')}) ` : '';
  return h(
    'span',
    { class: `ev ev-${level.toLowerCase()}`, 'data-evidence': level, title: note ? `${help}. ${tag}${note}` : help },
    evidenceName(level),
  );
}

/** The badge only when the fact is not simply stated (lists stay quiet; the legend says so). */
export function quietBadge(level: string | null | undefined, note?: string | null): HTMLSpanElement | null {
  return level && level !== 'STATED' ? evidenceBadge(level, note) : null;
}

/** An evidence composition ({evidence, count}[]): one badge per level with its share, strongest first. */
export function compositionBadges(shares: ReadonlyArray<{ evidence: string; count: number }>, options: { quiet?: boolean } = {}): HTMLSpanElement | null {
  const sorted = [...shares].filter((s) => s.count > 0).sort((a, b) => EVIDENCE_LEVELS.indexOf(a.evidence as Evidence) - EVIDENCE_LEVELS.indexOf(b.evidence as Evidence));
  if (sorted.length === 0) return null;
  if (options.quiet && sorted.length === 1 && sorted[0].evidence === 'STATED') return null;
  return h(
    'span',
    { class: 'ev-composition', 'data-composition': sorted.map((s) => `${s.evidence}:${s.count}`).join(',') },
    sorted.map((s) =>
      h('span', { class: `ev ev-${s.evidence.toLowerCase()}`, 'data-evidence': s.evidence, title: evidenceHelp(s.evidence) }, sorted.length === 1 ? evidenceName(s.evidence) : `${formatNumber(s.count)} ${evidenceName(s.evidence)}`),
    ),
  );
}

/** The legend of the badges: each level with what it means, and what an unmarked item is. */
export function evidenceLegend(options: { levels?: readonly string[]; unmarked?: boolean } = {}): HTMLElement {
  const levels = options.levels ?? EVIDENCE_LEVELS;
  return h(
    'div',
    { class: 'ev-legend', 'data-legend': 'evidence', role: 'note' },
    h('strong', null, t('evidenceLegendTitle')),
    h(
      'ul',
      { class: 'legend' },
      levels.map((level) => h('li', null, evidenceBadge(level), ' ', evidenceHelp(level))),
      options.unmarked ? h('li', { class: 'muted' }, t('evidenceUnmarked')) : null,
    ),
  );
}

/** A number, or "unknown" when the API says it is unknown (null): never 0 for an unknown. */
export function numberOrUnknown(n: number | null | undefined): string {
  return n === null || n === undefined ? t('unknown') : formatNumber(n);
}

/** The weakest of some levels (an aggregate rests on its weakest part); null for none. */
export function weakest(levels: ReadonlyArray<string | null | undefined>): Evidence | null {
  let worst = -1;
  for (const level of levels) worst = Math.max(worst, EVIDENCE_LEVELS.indexOf(level as Evidence));
  return worst < 0 ? null : EVIDENCE_LEVELS[worst];
}
