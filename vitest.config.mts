import { createRequire } from 'node:module';

import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for everybody (type-graphql, Apollo, our code): its ESM and CommonJS builds
    // loaded side by side fail with "Cannot use GraphQLSchema from another module or realm".
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/globalSetup.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    // One Neo4j for the whole run (Community has one user database): files run one after another.
    fileParallelism: false,
    // Generous: some tests restart Neo4j, and a shared 2-core machine can be slow. Speed is
    // measured by the benchmarks, never asserted here.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
