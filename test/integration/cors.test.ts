import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../../src/config';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Cross-origin access to /graphql and /export: an allow-list of origins (HELIXGRAPH_CORS_ORIGINS),
 * preflights answered, no credentials, Apollo's CSRF prevention still on. Headers only a browser
 * sends (Origin, Access-Control-Request-*) are sent by hand here; test/e2e/cors.test.ts does it
 * with a real browser.
 */
const DASHBOARD = 'http://127.0.0.1:5173';
const OTHER = 'https://evil.example';

let open: TestServer;
let closed: TestServer;

beforeAll(async () => {
  open = await startTestServer({ HELIXGRAPH_CORS_ORIGINS: `${DASHBOARD}, https://dash.example.org`, HELIXGRAPH_LOAD_DATASET: 'false' });
  closed = await startTestServer({ HELIXGRAPH_LOAD_DATASET: 'false' });
});
afterAll(async () => {
  await open?.stop();
  await closed?.stop();
});

function preflight(url: string, origin: string) {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });
}

function post(url: string, origin: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(url, { method: 'POST', headers: { origin, ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });
}

describe('CORS', () => {
  it('answers a preflight from an allowed origin with the methods, headers and lifetime, and no credentials', async () => {
    const res = await preflight(open.app.url, DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type,authorization,x-request-id,apollo-require-preflight,x-apollo-operation-name,x-helixgraph-bookmarks');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('lets an allowed origin read GraphQL answers and their rate-limit headers', async () => {
    const res = await post(open.app.url, DASHBOARD);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-expose-headers')).toBe('ratelimit-limit,ratelimit-remaining,ratelimit-reset,retry-after,content-disposition');
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('lets an allowed origin download an export', async () => {
    const res = await fetch(`${open.base}/export?format=json`, { headers: { origin: 'https://dash.example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    const pre = await fetch(`${open.base}/export?format=json`, { method: 'OPTIONS', headers: { origin: 'https://dash.example.org', 'access-control-request-method': 'GET' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
  });

  it('gives an origin not on the list no CORS headers, on a preflight or a request', async () => {
    const pre = await preflight(open.app.url, OTHER);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
    const res = await post(open.app.url, OTHER);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const exported = await fetch(`${open.base}/export?format=json`, { headers: { origin: OTHER } });
    expect(exported.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no origin by default', async () => {
    const pre = await preflight(closed.app.url, DASHBOARD);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect((await post(closed.app.url, DASHBOARD)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention on: a request a page could send without a preflight is refused', async () => {
    const get = await fetch(`${open.app.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: DASHBOARD } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const plain = await post(open.app.url, DASHBOARD, { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    const preflighted = await fetch(`${open.app.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: DASHBOARD, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });
});

describe('HELIXGRAPH_CORS_ORIGINS', () => {
  const origins = (value: string) => loadConfig({ NEO4J_URI: 'bolt://localhost:7687', HELIXGRAPH_CORS_ORIGINS: value }).corsOrigins;

  it('is empty by default, and keeps origins in the form browsers send', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://localhost:7687' }).corsOrigins).toEqual([]);
    expect(origins('HTTPS://Dash.Example.org:443/, http://127.0.0.1:5173')).toEqual(['https://dash.example.org', 'http://127.0.0.1:5173']);
    expect(origins('*')).toEqual(['*']);
  });

  it('refuses what is not an origin, naming the entry', () => {
    for (const bad of ['dash.example.org', 'https://dash.example.org/app', 'ftp://x.example', 'https://a.example,*', 'https://u:p@a.example']) {
      expect(() => origins(bad)).toThrow(ConfigError);
    }
    expect(() => origins('https://a.example, https://b.example/app')).toThrow(
      'Invalid HELIXGRAPH_CORS_ORIGINS="https://b.example/app": expected comma-separated origins such as https://dashboard.example.org or http://127.0.0.1:5173 (scheme, host and optional port; no path), or * alone for any origin',
    );
  });
});
