/**
 * Deepest nesting of objects and arrays accepted in a request body (the body itself is level 1).
 * A real request nests about 6 levels (body → variables → input → newSources → list → source); a
 * body nested thousands deep (which JSON.parse accepts) would overflow the stack of whatever walks
 * it recursively later (variable coercion, error messages) and end as an internal error.
 */
export const MAX_JSON_DEPTH = 64;

/** How deep `value` nests, counting up to `limit + 1` at most (iterative: no recursion to overflow). */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The 400 answer's body to a request body nested deeper than `maxDepth`. */
export function jsonDepthRefusal(maxDepth: number) {
  return {
    errors: [{ message: `The request body nests objects or arrays more than ${maxDepth} levels deep; at most ${maxDepth} are accepted.`, extensions: { code: 'BAD_REQUEST' } }],
  };
}
