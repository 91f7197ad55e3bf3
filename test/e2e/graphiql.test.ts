import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';
import { launchChromium, type Chromium } from './browser';

/** GraphiQL at GET /graphql, bundled with the build: it loads the schema and runs a query offline. */

let server: TestServer;
let browser: Chromium;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('GraphiQL', () => {
  it('opens at /graphql in a browser, from this server only, and runs the preloaded example', async () => {
    const { page, requests, errors } = await browser.open();
    await page.goto(`${server.base}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    // The schema was introspected: the documentation explorer knows the Query type.
    // (Locators, not page functions: the page's CSP forbids evaluating strings.)
    await page.locator('.graphiql-query-editor', { hasText: 'NtbicLinks' }).waitFor({ timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await page.locator('.result-window', { hasText: 'NTBIC' }).waitFor({ timeout: 30_000 });
    const result = await page.textContent('.result-window');
    expect(result).toContain('"shortName": "NTBIC"');
    const base = new URL(server.base).origin;
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('answers JSON, not the page, to a GraphQL client', async () => {
    const res = await fetch(`${server.base}/graphql?query=%7B__typename%7D`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.headers.get('content-type')).toMatch(/json/);
    const page = await fetch(`${server.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');
  });

  it('is off in production unless HELIXGRAPH_GRAPHIQL says so', async () => {
    const prod = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_LOAD_DATASET: 'false' });
    try {
      const page = await fetch(`${prod.base}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('helixgraph · GraphiQL');
    } finally {
      await prod.stop();
    }
  });
});
