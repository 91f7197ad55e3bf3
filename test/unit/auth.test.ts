import { describe, expect, it } from 'vitest';

import { requireRole } from '../../src/graphql/access';
import { authenticate, presentedKey } from '../../src/server/auth';

const keys = [
  { role: 'editor' as const, name: 'lan', key: 'editor-key-0123456789' },
  { role: 'admin' as const, name: 'admin#2', key: 'admin-key-0123456789' },
];

describe('authenticate', () => {
  it('gives the role and name of the matching key, anonymous otherwise', () => {
    expect(authenticate('editor-key-0123456789', keys)).toEqual({ role: 'editor', name: 'lan' });
    expect(authenticate('admin-key-0123456789', keys)).toEqual({ role: 'admin', name: 'admin#2' });
    expect(authenticate('editor-key-012345678', keys)).toEqual({ role: 'anonymous' });
    expect(authenticate(undefined, keys)).toEqual({ role: 'anonymous' });
  });

  it('reads Bearer and x-api-key headers', () => {
    expect(presentedKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedKey({ 'x-api-key': 'xyz' })).toBe('xyz');
    expect(presentedKey({ authorization: 'Basic abc' })).toBeUndefined();
  });
});

describe('requireRole', () => {
  it('lets a stronger role through and names what is missing otherwise', () => {
    expect(() => requireRole({ role: 'admin' }, 'editor')).not.toThrow();
    expect(() => requireRole({ role: 'anonymous' }, 'editor')).toThrow(/needs an API key with the editor role/);
    expect(() => requireRole({ role: 'reader' }, 'editor')).toThrow(/needs the editor role; your key has the reader role/);
  });
});
