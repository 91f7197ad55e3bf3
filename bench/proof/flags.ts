/**
 * Reads `--name value` flags over defaults: numbers stay numbers, strings stay strings, and `--name`
 * alone sets a boolean. An unknown flag or a value of the wrong form throws an error that names the
 * flag, the value and the flags known, so a typo never runs a different proof than asked for.
 */
export function parseFlags<T extends Record<string, number | string | boolean | undefined>>(argv: readonly string[], defaults: T): T {
  const out: Record<string, number | string | boolean | undefined> = { ...defaults };
  const known = Object.keys(defaults).map((k) => `--${toKebab(k)}`);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(argv[i]);
    const key = m ? toCamel(m[1]) : undefined;
    if (!m || key === undefined || !(key in defaults)) throw new Error(`unknown flag ${JSON.stringify(argv[i])}; known: ${known.join(' ')}`);
    const fallback = defaults[key];
    if (typeof fallback === 'boolean') {
      const next = m[2] ?? (argv[i + 1] === 'true' || argv[i + 1] === 'false' ? argv[++i] : 'true');
      out[key] = next !== 'false';
      continue;
    }
    const raw = m[2] ?? argv[++i];
    if (raw === undefined) throw new Error(`flag --${m[1]} needs a value`);
    if (typeof fallback === 'number') {
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0) throw new Error(`flag --${m[1]} needs a number of at least 0; got ${JSON.stringify(raw)}`);
      out[key] = n;
    } else {
      out[key] = raw;
    }
  }
  return out as T;
}

const toCamel = (s: string) => s.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const toKebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
