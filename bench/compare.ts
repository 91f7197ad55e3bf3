/** Comparing two answers: equal when their JSON, object keys sorted, is equal. */

/** JSON with object keys sorted, so key order never makes two answers differ. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Where two answers first differ (a path and both values), or '' when they agree. */
export function firstDifference(a: unknown, b: unknown, where = ''): string {
  const ja = canonical(a);
  const jb = canonical(b);
  if (ja === jb) return '';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${where} length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${where}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a as object), ...Object.keys(b as object)])) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${where}.${k}`);
      if (d) return d;
    }
  }
  return `${where}: ${ja?.slice(0, 120)} vs ${jb?.slice(0, 120)}`;
}

