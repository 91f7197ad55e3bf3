import fs from 'node:fs';

import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

import { buildHelixSchema } from '../../src/graphql/schema';
import { fromRoot } from '../../src/paths';

describe('schema/schema.graphql', () => {
  it('is the schema the code generates (run `npm run schema` after an API change)', async () => {
    const generated = `${printSchema(await buildHelixSchema())}\n`;
    expect(fs.readFileSync(fromRoot('schema', 'schema.graphql'), 'utf8')).toBe(generated);
  });
});
