import { describe, expect, it } from 'vitest';

import { decodeCursor, encodeCursor, toConnection, toPage } from '../../src/graphql/pagination';

describe('toPage', () => {
  it('defaults to the first 20', () => {
    expect(toPage({})).toEqual({ offset: 0, limit: 20 });
  });

  it('starts after the cursor', () => {
    expect(toPage({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 5 });
  });

  it.each([0, 101, -1, 2.5])('refuses first = %s naming the argument and the range', (first) => {
    expect(() => toPage({ first })).toThrow(/Argument "first" must be an integer from 1 to 100; got/);
  });

  it.each(['x', encodeCursor(3) + 'A', Buffer.from('hg1:-1').toString('base64url'), Buffer.from('hg1:99999999').toString('base64url')])(
    'refuses the malformed cursor %j',
    (after) => {
      expect(() => toPage({ after })).toThrow(/Argument "after" is not a cursor returned by this API/);
    },
  );

  it('round-trips cursors', () => {
    expect(decodeCursor(encodeCursor(1234))).toBe(1234);
  });
});

describe('toConnection', () => {
  it('uses the extra item only to know that another page follows', async () => {
    let counted = 0;
    const c = toConnection(['a', 'b', 'c'], { offset: 4, limit: 2 }, () => {
      counted += 1;
      return 42;
    });
    expect(c.nodes).toEqual(['a', 'b']);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(4), endCursor: encodeCursor(5) });
    expect(counted).toBe(0);
    expect(await c.totalCount).toBe(42);
    expect(counted).toBe(1);
  });
});
