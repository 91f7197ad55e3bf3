import { fileURLToPath } from 'node:url';

import fs from 'node:fs';

import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Copies docs/analytics.md into the build (dist/web/docs/), where the measures' definitions link. */
function analyticsDocs(): Plugin {
  return {
    name: 'helixgraph-analytics-docs',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'docs/analytics.md', source: fs.readFileSync(fileURLToPath(new URL('../docs/analytics.md', import.meta.url)), 'utf8') });
    },
  };
}

/**
 * The explorer web page: built from web/ into dist/web, which the API server serves at `/`.
 * Relative asset URLs (base './') so the page works wherever it is mounted; everything is bundled
 * (no CDN, no external font). `npm run web:dev` proxies /graphql to a server on :4000.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [analyticsDocs()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // sigma + graphology + the app: one chunk of about 200 kB, loaded once. GraphiQL (its own
    // page, graphiql.html, served at GET /graphql to browsers) is larger: React and CodeMirror.
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // React libraries mark modules "use client" (a server-components hint, meaningless here).
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
