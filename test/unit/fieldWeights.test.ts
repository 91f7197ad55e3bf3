import { parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { AnalyticsQueryResolver } from '../../src/graphql/resolvers/analytics.resolver';
import { buildHelixSchema } from '../../src/graphql/schema';
import { estimateCharge, estimateNodes } from '../../src/server/cost';
import { FIELD_WEIGHTS, type StoreSize } from '../../src/server/fieldWeights';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHelixSchema();
});

function charge(query: string, variables: Record<string, unknown> = {}, store?: StoreSize): { nodes: number; charge: number } {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return { nodes: estimateNodes(schema, doc, op, variables), charge: estimateCharge(schema, doc, op, variables, store) };
}

describe('FIELD_WEIGHTS', () => {
  it('declares a weight for every analytics root field', () => {
    const storage = getMetadataStorage();
    const fields = [
      ...storage.queries.filter((q) => q.target === AnalyticsQueryResolver).map((q) => `Query.${q.schemaName}`),
      ...storage.mutations.filter((m) => m.target === AnalyticsQueryResolver).map((m) => `Mutation.${m.schemaName}`),
    ];
    expect(fields.length).toBeGreaterThanOrEqual(10);
    expect(fields.filter((f) => !(f in FIELD_WEIGHTS))).toEqual([]);
    for (const f of Object.keys(FIELD_WEIGHTS)) {
      const [type, name] = f.split('.');
      expect(Object.keys((type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields())).toContain(name);
    }
  });

  it('charges the fields that rebuild the actor network 10,000 each, beside a node estimate of 0', () => {
    for (const q of ['{ gaps { unreachedEnterprises { id } } }', '{ coverage { emptyCells } }', '{ helixLinkage { ties } }', '{ suggestedLinks(for: "org:ntbic") { score } }']) {
      expect(charge(q)).toEqual({ nodes: 0, charge: 10_000 });
    }
    expect(charge('{ a: gaps { evidence } b: coverage { emptyCells } }').charge).toBe(20_000);
  });

  it('charges them by the size of the store once it is known: 1 a node above 10,000 nodes', () => {
    for (const q of ['{ gaps { unreachedEnterprises { id } } }', '{ coverage { emptyCells } }', '{ helixLinkage { ties } }', '{ suggestedLinks(for: "org:ntbic") { score } }']) {
      expect(charge(q, {}, { nodes: null }).charge).toBe(10_000);
      expect(charge(q, {}, { nodes: 3_300 }).charge).toBe(10_000);
      expect(charge(q, {}, { nodes: 108_164 }).charge).toBe(108_164);
    }
    // Fields whose work does not grow with the store keep their weight.
    expect(charge('{ neighbourhood(id: "a", depth: 2) { totalNodes } }', {}, { nodes: 108_164 }).charge).toBe(2_000);
  });

  it('charges by arguments, defaults and variables included: shortestPath all: true, neighbourhood by depth', () => {
    expect(charge('{ shortestPath(from: "a", to: "b") { length } }').charge).toBe(200);
    expect(charge('query ($all: Boolean!) { shortestPath(from: "a", to: "b", all: $all) { length } }', { all: true }).charge).toBe(2_000);
    expect(charge('{ neighbourhood(id: "a") { totalNodes } }').charge).toBe(1_000);
    expect(charge('{ neighbourhood(id: "a", depth: 3) { totalNodes } }').charge).toBe(3_000);
    expect(charge('{ measuresComputedAt }').charge).toBe(1);
  });

  it('adds nothing to fields it does not declare: a list costs its page', () => {
    expect(charge('{ actors(first: 40) { nodes { id } } }')).toEqual({ nodes: 40, charge: 40 });
  });
});
