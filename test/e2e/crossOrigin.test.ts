import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';
import { launchChromium, type Chromium } from './browser';

/**
 * A dashboard on another origin, in a real browser: a page served from its own port calls the
 * API's /graphql and /export. Allowed by HELIXGRAPH_CORS_ORIGINS, it reads both; from an origin
 * not on the list, the browser refuses the answer.
 */

let api: TestServer;
let browser: Chromium;
let dashboard: http.Server;
let other: http.Server;
let dashboardOrigin: string;
let otherOrigin: string;

const PAGE = (apiBase: string) => `<!doctype html><html><body><pre id="out">pending</pre><script>
(async () => {
  const out = document.getElementById('out');
  try {
    const res = await fetch(${JSON.stringify(`${apiBase}/graphql`)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ counts(by: KIND) { key count } }' }),
    });
    const body = await res.json();
    const exp = await fetch(${JSON.stringify(`${apiBase}/export?format=json&around=org:ntbic&depth=1`)});
    out.textContent = 'ok ' + body.data.counts.length + ' ' + exp.status;
  } catch (err) {
    out.textContent = 'failed ' + err.message;
  }
})();
</script></body></html>`;

async function serve(html: string): Promise<http.Server> {
  const s = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return s;
}

beforeAll(async () => {
  // The page's origin must be known before the API starts: reserve the port with a placeholder first.
  dashboard = await serve('');
  dashboardOrigin = `http://127.0.0.1:${(dashboard.address() as AddressInfo).port}`;
  api = await startTestServer({ HELIXGRAPH_CORS_ORIGINS: dashboardOrigin });
  // The API is on localhost, the pages on 127.0.0.1: different origins, as in the issue.
  const apiBase = api.base.replace('127.0.0.1', 'localhost');
  dashboard.removeAllListeners('request');
  dashboard.on('request', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE(apiBase)));
  other = await serve(PAGE(apiBase));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  dashboard?.close();
  other?.close();
});

describe('a dashboard on another origin', () => {
  it('reads GraphQL and an export when its origin is allowed', async () => {
    const { page } = await browser.open();
    await page.goto(dashboardOrigin);
    await page.waitForFunction("document.getElementById('out')?.textContent !== 'pending'", null, { timeout: 20_000 });
    expect(await page.textContent('#out')).toMatch(/^ok \d+ 200$/);
  });

  it('is refused by the browser from an origin not on the list', async () => {
    const { page } = await browser.open();
    await page.goto(otherOrigin);
    await page.waitForFunction("document.getElementById('out')?.textContent !== 'pending'", null, { timeout: 20_000 });
    expect(await page.textContent('#out')).toMatch(/^failed /);
  });
});
