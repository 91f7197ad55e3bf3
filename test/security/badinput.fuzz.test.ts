import { createHash } from 'node:crypto';

import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { loadCypher, type QueryName } from '../../src/db/cypher';
import { createDriver } from '../../src/db/database';
import { Executor, type CompiledName } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { buildHelixSchema } from '../../src/graphql/schema';
import { createHttpServer, type HelixServer } from '../../src/server/app';

/**
 * The bad-input suite: every argument of every query field, given values of the wrong type, out of
 * bounds, malformed ids and cursors, and strings full of Cypher and JSON metacharacters. Expected:
 * no 5xx, no stack trace, the graph unchanged, and only the registry's Cypher texts ever sent.
 * `FUZZ_RUNS=5000 npm run proof:fuzz` runs it longer.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const cypher = loadCypher();
const sent: Array<{ name: QueryName | CompiledName; text: string }> = [];
let schema: GraphQLSchema;
let server: HelixServer;
let url: string;
const driver = createDriver(inject('neo4jUri'));
const stats = { requests: 0, status: new Map<number, number>(), stackTraces: 0 };

beforeAll(async () => {
  schema = await buildHelixSchema();
  const db = new Executor(driver, cypher, { database: 'neo4j', timeoutMs: 15_000, trace: (name, text) => sent.push({ name, text }) });
  await applyMigrations(db);
  server = await createHttpServer({ schema, db, production: true, introspection: false, limits: { budgetPerMinute: 0 } });
  url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await server.stop();
  await driver.close();
  console.log(`bad input: ${stats.requests} requests; statuses ${JSON.stringify(Object.fromEntries(stats.status))}; stack traces ${stats.stackTraces}`);
});

/**
 * A digest of the graph's whole content: every node's labels and properties and every
 * relationship's type, ends and properties, in a canonical order (counts alone would miss a
 * changed or swapped property).
 */
async function graphFingerprint(): Promise<string> {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object' && !('low' in value)) {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value && typeof value === 'object' ? String(value) : value;
  };
  const nodes = await driver.executeQuery('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
  const links = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props');
  const lines = [
    ...nodes.records.map((r) => JSON.stringify(['N', r.get('id'), [...r.get('labels')].sort(), canonical(r.get('props'))])),
    ...links.records.map((r) => JSON.stringify(['R', r.get('a'), r.get('type'), r.get('b'), canonical(r.get('props'))])),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

const nasty = fc.constantFrom(
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n; //',
  '\\u0000\\"',
  '{"$ne": null}',
  '$where',
  'bat) OR (name:*',
  '../../etc/passwd',
  'hg1:-1',
  'aGcxOjk5OTk5OTk5OQ',
  '💥'.repeat(50),
  'x'.repeat(5000),
  '',
  ' ',
  'null',
  '0',
  '-1',
  'NaN',
);
const anyString = fc.oneof(nasty, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 }));
const wrongScalar = fc.oneof(
  anyString,
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 99999999, -5, 0, 101),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.array(anyString, { maxLength: 5 }),
);

/** A value for an argument: usually of the right shape with hostile content, sometimes of any shape. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  if (depth > 2) return wrongScalar;
  let right: fc.Arbitrary<unknown>;
  if (isListType(inner)) right = fc.array(valueFor(inner.ofType, depth + 1), { maxLength: 120 });
  else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    right = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: [] });
  } else if (isEnumType(inner)) right = fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.name)), anyString);
  else if (isScalarType(inner) && (inner.name === 'Int' || inner.name === 'Float')) right = fc.oneof(fc.integer({ min: -200, max: 200 }), fc.constantFrom(99999999, -1, 0, 101));
  else if (isScalarType(inner) && inner.name === 'Boolean') right = fc.boolean();
  else right = anyString;
  return fc.oneof({ arbitrary: right, weight: 4 }, { arbitrary: wrongScalar, weight: 1 }, ...(isNonNullType(type) ? [] : [{ arbitrary: fc.constant(undefined), weight: 1 }]));
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return '';
  return named.name.endsWith('Connection') ? '{ __typename pageInfo { hasNextPage endCursor } }' : '{ __typename }';
}

function operationFor(field: GraphQLField<unknown, unknown>): { query: string; args: readonly GraphQLArgument[] } {
  const args = field.args;
  const vars = args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const call = args.length > 0 ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return { query: `query Fuzz${vars ? `(${vars})` : ''} { ${field.name}${call} ${selectionFor(field)} }`, args };
}

describe('the bad-input suite', () => {
  it(`survives ${RUNS} hostile calls per query field: no 5xx, no internal error, no stack trace, graph unchanged, fixed Cypher`, async () => {
    const before = await graphFingerprint();
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) {
      const { query, args } = operationFor(field);
      const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, valueFor(a.type)])), { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: vars }) });
          const text = await res.text();
          stats.requests += 1;
          stats.status.set(res.status, (stats.status.get(res.status) ?? 0) + 1);
          if (/stacktrace|\n\s+at /.test(text)) stats.stackTraces += 1;
          expect(res.status, `${field.name} ${JSON.stringify(vars).slice(0, 300)} → ${text.slice(0, 300)}`).toBeLessThan(500);
          expect(text).not.toMatch(/stacktrace|\n\s+at |Neo\.ClientError|bolt:\/\//);
          // Bad input is the caller's mistake, never an internal error.
          expect(text, `${field.name} ${JSON.stringify(vars).slice(0, 300)}`).not.toContain('INTERNAL_SERVER_ERROR');
        }),
        { numRuns: RUNS, seed: 20261127 },
      );
    }
    expect(await graphFingerprint()).toBe(before);
    expect(sent.length).toBeGreaterThan(0);
    // Named statements are the registry's texts; a compiled statement's text is the same for every
    // call of its document (one per list variant), whatever the values: no value reaches the text.
    const compiledTexts = new Map<string, Set<string>>();
    for (const s of sent) {
      if (s.name.startsWith('compiled/')) compiledTexts.set(s.name, (compiledTexts.get(s.name) ?? new Set()).add(s.text));
      else expect(s.text).toBe(cypher.get(s.name as QueryName));
    }
    expect(compiledTexts.size).toBeGreaterThan(5);
    for (const [name, texts] of compiledTexts) expect(texts.size, name).toBeLessThanOrEqual(2);
    // Inline literals too: a document carrying the nastiest strings straight in its text.
    for (const s of ["') DETACH DELETE n //", '\\" } MATCH (n) DELETE n', '${injection}']) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ search(query: ${JSON.stringify(s)}) { nodes { score } } node(id: ${JSON.stringify(s)}) { id } }` }),
      });
      expect(res.status).toBeLessThan(500);
    }
    expect(await graphFingerprint()).toBe(before);
  }, 30 * 60_000);
});
