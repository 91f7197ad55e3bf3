import { createHash, timingSafeEqual } from 'node:crypto';

import { ROLES, type ApiKey } from '../config';
import type { Caller } from '../graphql/access';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Finds the role of a presented key. Every configured key is compared, each in constant time on
 * SHA-256 digests (equal lengths), so timing reveals neither a key nor how many match.
 */
export function authenticate(presented: string | undefined, keys: readonly ApiKey[]): Caller {
  if (!presented) return { role: 'anonymous' };
  const p = digest(presented);
  let found: ApiKey | undefined;
  for (const k of keys) {
    if (timingSafeEqual(p, digest(k.key)) && (found === undefined || ROLES.indexOf(k.role) > ROLES.indexOf(found.role))) found = k;
  }
  return found ? { role: found.role, name: found.name } : { role: 'anonymous' };
}

/** The key of a request: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (m) return m[1];
  }
  const x = headers['x-api-key'];
  return typeof x === 'string' && x.length > 0 ? x : undefined;
}
