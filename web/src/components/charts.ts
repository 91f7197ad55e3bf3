import { h, s, type Child } from '../dom';
import { formatNumber, getLang } from '../i18n';

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** Shown at the end of the bar instead of the number. */
  valueLabel?: string;
  colour?: string;
  href?: string;
  /** Shown after the label: the evidence the figure rests on. */
  badge?: Child;
  /** The row is a group the evidence does not place (UNKNOWN): drawn apart. */
  unknown?: boolean;
}

/**
 * Horizontal bars as HTML (labels wrap and stay readable at any width), largest first as given.
 * Each row carries its key and value (`data-key`, `data-value`) and its text for screen readers.
 */
export function barList(items: readonly BarItem[], options: { testId?: string } = {}): HTMLElement {
  const max = Math.max(1, ...items.map((i) => i.value));
  return h(
    'ul',
    { class: 'bars', 'data-chart': options.testId ?? null },
    items.map((item) =>
      h(
        'li',
        { 'data-key': item.key, 'data-value': String(item.value), class: item.unknown ? 'unknown' : null },
        h('span', { class: 'bar-label' }, item.href ? h('a', { href: item.href }, item.label) : item.label, item.badge ? [' ', item.badge] : null),
        h(
          'span',
          { class: 'bar-track', 'aria-hidden': 'true' },
          h('span', { class: 'bar', style: `width:${Math.max(0.5, (100 * item.value) / max)}%${item.colour ? `;background:${item.colour}` : ''}` }),
        ),
        h('span', { class: 'bar-value' }, item.valueLabel ?? formatNumber(item.value)),
      ),
    ),
  );
}

export interface TimePoint {
  period: string;
  events: number;
  /** null: unknown on the evidence asked (no dot, no line through it). */
  participantVisits: number | null;
}

/** Every month from the first period to the last (zeros filled in), when all periods are months. */
export function fillMonths(points: readonly TimePoint[]): TimePoint[] {
  const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
  if (sorted.length < 2 || !sorted.every((p) => /^\d{4}-\d{2}$/.test(p.period))) return sorted;
  const byPeriod = new Map(sorted.map((p) => [p.period, p]));
  const [y0, m0] = sorted[0].period.split('-').map(Number);
  const [y1, m1] = sorted[sorted.length - 1].period.split('-').map(Number);
  const out: TimePoint[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((m = 1), y++) : m++) {
    const period = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byPeriod.get(period) ?? { period, events: 0, participantVisits: 0 });
  }
  return out;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthLabel(period: string): [string, string] {
  const [y, m] = period.split('-');
  if (!m) return [y, ''];
  return [getLang() === 'vi' ? `T${Number(m)}` : MONTHS_EN[Number(m) - 1], y];
}

/**
 * Events (bars, left scale) and participant visits (line, right scale) per period, as SVG drawn at
 * the container's real width (redrawn when it changes) so its text stays at its real size.
 */
export function timeChart(points: readonly TimePoint[], legend: { events: string; visits: string; unknown: string }): HTMLElement {
  const data = fillMonths(points);
  const box = h('div', { class: 'time-chart', 'data-chart': 'events-over-time', 'data-periods': String(data.length) });
  let drawnWidth = 0;
  const draw = () => {
    const width = Math.max(280, Math.floor(box.clientWidth));
    if (width === drawnWidth) return;
    drawnWidth = width;
    const height = 230;
    const m = { top: 24, right: 12, bottom: 40, left: 12 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const band = plotW / Math.max(1, data.length);
    const maxEvents = Math.max(1, ...data.map((d) => d.events));
    const maxVisits = Math.max(1, ...data.map((d) => d.participantVisits ?? 0));
    const x = (i: number) => m.left + band * i + band / 2;
    // Bars in the lower half, the visits line in the upper half: their labels never collide.
    const yEvents = (v: number) => m.top + plotH - (plotH * 0.45 * v) / maxEvents;
    const yVisits = (v: number) => m.top + plotH * 0.45 * (1 - v / maxVisits);
    const barW = Math.min(36, band * 0.55);
    const elements: SVGElement[] = [s('line', { x1: m.left, x2: width - m.right, y1: m.top + plotH, y2: m.top + plotH, class: 'axis' })];
    let lastYear = '';
    data.forEach((d, i) => {
      const top = yEvents(d.events);
      elements.push(
        s('rect', { x: x(i) - barW / 2, y: top, width: barW, height: m.top + plotH - top, class: 'col', rx: 2 }, s('title', null, `${d.period}: ${d.events} · ${d.participantVisits ?? legend.unknown}`)),
      );
      if (d.events > 0) elements.push(s('text', { x: x(i), y: top + 14, class: 'col-label', 'text-anchor': 'middle' }, formatNumber(d.events)));
      const [month, year] = monthLabel(d.period);
      elements.push(s('text', { x: x(i), y: m.top + plotH + 16, class: 'tick', 'text-anchor': 'middle' }, month));
      if (year !== lastYear) elements.push(s('text', { x: x(i), y: m.top + plotH + 31, class: 'tick year', 'text-anchor': 'middle' }, year));
      lastYear = year;
    });
    // The line joins known figures only: an unknown month breaks it (never drawn as 0).
    let pen = 'M';
    const line = data
      .map((d, i) => {
        if (d.participantVisits === null) {
          pen = 'M';
          return '';
        }
        const step = `${pen}${x(i).toFixed(1)},${yVisits(d.participantVisits).toFixed(1)}`;
        pen = 'L';
        return step;
      })
      .join(' ');
    if (line.trim()) elements.push(s('path', { d: line, class: 'visits-line', fill: 'none' }));
    data.forEach((d, i) => {
      if (d.participantVisits === null) return;
      const cy = yVisits(d.participantVisits);
      elements.push(s('circle', { cx: x(i), cy, r: 3.5, class: 'visits-dot' }));
      if (d.participantVisits !== null && d.participantVisits > 0) elements.push(s('text', { x: x(i), y: cy - 7, class: 'visits-label', 'text-anchor': 'middle' }, formatNumber(d.participantVisits)));
    });
    box.replaceChildren(
      s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${legend.events}, ${legend.visits}` }, ...elements),
      h(
        'ul',
        { class: 'legend' },
        h('li', null, h('span', { class: 'swatch col' }), legend.events),
        h('li', null, h('span', { class: 'swatch line' }), legend.visits),
      ),
    );
  };
  new ResizeObserver(() => draw()).observe(box);
  return box;
}
