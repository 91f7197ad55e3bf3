import { parse, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildHelixSchema } from '../../src/graphql/schema';
import { estimateNodes } from '../../src/server/cost';
import type { GraphQLSchema } from 'graphql';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHelixSchema();
});

function estimate(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  return estimateNodes(schema, doc, doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, variables);
}

describe('estimateNodes', () => {
  it('counts a page as its first, 20 by default', () => {
    expect(estimate('{ actors(first: 50) { nodes { id } } }')).toBe(50);
    expect(estimate('{ actors { nodes { id } } }')).toBe(20);
  });

  it('multiplies nested connections, and reads first from variables', () => {
    expect(estimate('query ($n: Int) { actors(first: $n) { nodes { id ... on Enterprise { events(first: 10) { nodes { id } } } } } }', { n: 100 })).toBe(100 + 100 * 10);
  });

  it('counts objects that are not lists as nothing, and follows fragments', () => {
    expect(estimate('{ node(id: "x") { ... F } } fragment F on Actor { children(first: 5) { nodes { id } } partners(first: 3) { nodes { id } } }')).toBe(8);
  });

  it('costs a fragment bomb (2^40 uses) without expanding it', () => {
    const levels = 40;
    const fragments = [`fragment F0 on Query { actors(first: 2) { nodes { id } } }`];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const n = estimate(`{ ...F${levels} } ${fragments.join(' ')}`);
    expect(n).toBe(2 * 2 ** levels);
  });

  it('counts first: 99999999 as it is', () => {
    expect(estimate('{ actors(first: 99999999) { nodes { id } } }')).toBe(99999999);
  });
});
