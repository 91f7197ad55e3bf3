import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, parse, printSchema, validate, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildHelixSchema } from '../../src/graphql/schema';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Schema download as tools do it (GraphiQL, @graphql-codegen/cli, graphql-inspector, Apollo
 * Sandbox all send graphql-js's getIntrospectionQuery), against a production server with its
 * default limits, and the limits that still hold for introspection and for data queries.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_LOAD_DATASET: 'false' });
});
afterAll(async () => {
  await server.stop();
});

const ALL_OPTIONS = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };

describe('introspection', () => {
  it('answers the standard introspection query with every option, and the result builds the schema the server serves', async () => {
    const res = await server.gql<IntrospectionQuery>(getIntrospectionQuery(ALL_OPTIONS));
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    const downloaded = buildClientSchema(res.data!);
    // The committed schema/schema.graphql is held to the same schema by test/unit/schema.test.ts.
    expect(printSchema(lexicographicSortSchema(downloaded))).toBe(printSchema(lexicographicSortSchema(await buildHelixSchema())));
  });

  it('lets a codegen-style client check a dashboard document against the downloaded schema', async () => {
    const res = await server.gql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(res.data!);
    const dashboard = parse(`{
      counts(by: SECTOR) { key label count }
      investmentTotals(by: SECTOR, statuses: [COMMITTED]) { label currency amount enterprises }
      eventsOverTime(interval: MONTH, projectId: "project:ntbic-craft-villages-2020") { period events participantVisits }
    }`);
    expect(validate(schema, dashboard)).toEqual([]);
    expect(validate(schema, parse('{ counts(by: SECTOR) { nope } }')).map((e) => e.message)).toEqual(['Cannot query field "nope" on type "GroupCount".']);
  });

  it('still refuses data queries deeper than the ordinary limit', async () => {
    let inner = 'id';
    for (let i = 0; i < 12; i++) inner = `parent { organization { ${inner} } }`;
    const res = await server.gql(`{ node(id: "org:ntbic") { ... on Actor { ${inner} } } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/^Query depth limit of 12 exceeded/);
    expect(res.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('holds __type lookups to the ordinary depth limit', async () => {
    let inner = 'name';
    for (let i = 0; i < 10; i++) inner = `ofType { ${inner} }`;
    const res = await server.gql(`{ __type(name: "Actor") { fields { type { ${inner} } } } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/^Query depth limit of 12 exceeded, found 14/);
    const shallow = await server.gql<any>('{ __type(name: "Actor") { name fields { name type { kind ofType { kind ofType { name } } } } } }');
    expect(shallow.errors).toBeUndefined();
    expect(shallow.data.__type.name).toBe('Actor');
  });

  it('holds __schema to its own depth limit, and refuses nested type lists', async () => {
    let inner = 'name';
    for (let i = 0; i < 15; i++) inner = `ofType { ${inner} }`;
    const deep = await server.gql(`{ __schema { types { fields { type { ${inner} } } } } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors!.map((e) => e.message)).toEqual(['Introspection depth limit of 18 exceeded, found 20 (at __schema).']);
    const fanOut = await server.gql('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }');
    expect(fanOut.status).toBe(400);
    expect(fanOut.errors!.map((e) => e.message)).toEqual(['Maximum introspection depth exceeded']);
  });
});
