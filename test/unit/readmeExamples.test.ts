import fs from 'node:fs';

import { parse, validate, type DefinitionNode, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildHelixSchema } from '../../src/graphql/schema';
import { fromRoot } from '../../src/paths';

/** The ```graphql blocks of the README section with this heading, each top-level operation on its own. */
function operationsOf(heading: string): string[] {
  const readme = fs.readFileSync(fromRoot('README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section ${heading}`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) => parse(block).definitions.map((d: DefinitionNode) => block.slice(d.loc!.start, d.loc!.end)));
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHelixSchema();
});

describe('the README examples', () => {
  for (const heading of ['## Change history and restore', '### Likely duplicates and merges']) {
    it(`of "${heading}" are valid against the schema`, () => {
      const operations = operationsOf(heading);
      expect(operations.length).toBeGreaterThan(0);
      for (const op of operations) expect(validate(schema, parse(op)).map((e) => `${e.message} in: ${op}`)).toEqual([]);
    });
  }
});
