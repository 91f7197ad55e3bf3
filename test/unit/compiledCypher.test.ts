import fs from 'node:fs';
import path from 'node:path';

import { getArgumentValues, Kind, parse, validate, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { benchQueries, targetsFor } from '../../bench/queries';
import type { ListShape } from '../../src/db/compiled/listCypher';
import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS } from '../../src/domain/model';
import { ROOT_LISTS } from '../../src/domain/readModel';
import { listRequest, listShapes, planRoot, textOf } from '../../src/graphql/compile/compiledReader';
import { buildHelixSchema } from '../../src/graphql/schema';
import { planDataset } from '../../src/ingest/generate';

/**
 * The golden files under cypher/compiled/: what the read compiler sends for the benchmark's
 * documents and the README's examples, committed so a reviewer reads every statement the API
 * sends. `UPDATE_GOLDEN=1 npx vitest run test/unit/compiledCypher.test.ts` rewrites them after a
 * deliberate change of the compiler (the diff is then the review).
 */
const DIR = path.join(__dirname, '../../cypher/compiled');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The documents, by golden-file name, and whether the server answers them on every evidence level (the benchmark's server does). */
function documents(): Array<{ name: string; query: string; allEvidence: boolean; variables?: Record<string, unknown> }> {
  const bench = benchQueries(targetsFor(planDataset(10_000)))
    .filter((q) => ['node', 'page', 'links2', 'search'].includes(q.key))
    .map((q) => ({ name: `bench-${q.key}`, query: q.helixgraph.query, allEvidence: true, variables: q.helixgraph.variables }));
  const readme = [
    {
      name: 'readme-researcher-ntbic',
      query: `{ node(id: "org:ntbic") { ... on Actor { name shortName
        parent { organization { shortName parent { organization { shortName } } } }
        links(types: [IMPLEMENTS, PARTNERS_WITH, FUNDS], first: 5) { totalCount nodes { type direction evidence evidenceNote node { id name } sources { title } } } } } }`,
    },
    {
      name: 'readme-dashboard-villages',
      query: `{ craftVillages(first: 3, filter: { sectorIds: ["sector:handicrafts"], provinceIds: ["province:bac-ninh"] }) {
        totalCount nodes { name craftEn enterprises { totalCount } supporters { totalCount } } } }`,
    },
    {
      name: 'readme-brokers',
      query: `{ actors(first: 3, orderBy: { field: BETWEENNESS, order: DESC }) { nodes { shortName
        measures { degree betweenness constraint effectiveSize brokerage { itinerant gatekeeper representative liaison total } } } } }`,
    },
    {
      name: 'explorer-actor-page',
      query: `query ($id: ID!) { node(id: $id) { id __typename ... on Entity { name nameEn evidence evidenceNote placeholder degree sources { id title url }
        links(first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { type direction evidence node { id name evidence } } } }
        ... on Actor { kind sphere province { id name } sectors { nodes { id name } } } ... on Enterprise { village { id name } investments { totalCount nodes { amount currency } } } } }`,
    },
  ].map((d) => ({ ...d, allEvidence: false }));
  return [...bench, ...readme];
}

let schema: Awaited<ReturnType<typeof buildHelixSchema>>;
beforeAll(async () => {
  schema = await buildHelixSchema();
});

describe('the compiled Cypher', () => {
  it.each(documents().map((d) => [d.name, d] as const))('of %s is its golden file', (name, doc) => {
    const ast = parse(doc.query);
    expect(validate(schema, ast)).toEqual([]);
    const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    const roots = operation.selectionSet.selections.filter(
      (s): s is FieldNode => s.kind === Kind.FIELD && (['node', 'nodes', 'search'].includes(s.name.value) || ROOT_LISTS.some((l) => l.field === s.name.value)),
    );
    expect(roots.length).toBeGreaterThan(0);
    for (const root of roots) {
      const entry = planRoot(schema, fragments, [root], doc.allEvidence ? null : { param: 'ev' });
      const evidence = doc.allEvidence ? EVIDENCE_LEVELS : DEFAULT_EVIDENCE;
      const list = ROOT_LISTS.find((l) => l.field === root.name.value);
      const shapes: Array<ListShape | undefined> = [undefined];
      if (list) {
        // The shapes this document's literal filter and order take (its variables would too).
        const args = getArgumentValues(schema.getQueryType()!.getFields()[list.field], root, doc.variables ?? {});
        const { repoFilter, sort } = listRequest(list, args.filter as never, args.orderBy as never, [...evidence]);
        const both = listShapes(list, repoFilter, sort, false);
        shapes.splice(0, 1, ...[both.nameOrder ?? undefined, both.general].filter((x): x is ListShape => x !== undefined));
      }
      for (const shape of shapes) {
        const file = path.join(DIR, `${name}.${root.name.value}${shape ? `.${shape.variant}` : ''}.cypher`);
        const text = `// Compiled from ${name} (test/unit/compiledCypher.test.ts), ${doc.allEvidence ? 'on every evidence level' : 'on the default evidence ($ev)'}.\n${textOf(entry, shape)}\n`;
        if (UPDATE) fs.writeFileSync(file, text);
        expect(fs.existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(text).toBe(fs.readFileSync(file, 'utf8'));
        // No value reaches the text: the document's literals are parameters.
        expect(text).not.toContain('org:ntbic');
        expect(text).not.toContain('sector:handicrafts');
      }
    }
  });

  it('is one statement whatever the depth, and bounded in size', () => {
    const deep = parse(`{ node(id: "x") { ... on Actor { partners { nodes { ... on Actor { partners { nodes { ... on Actor { partners { nodes { id } } } } } } } } } } }`);
    const root = (deep.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    const text = textOf(planRoot(schema, {}, [root], null));
    expect(text.match(/COLLECT \{/g)).toHaveLength(3);
    expect(text.length).toBeLessThan(5_000);
  });
});
