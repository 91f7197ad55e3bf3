import http from 'node:http';
import zlib from 'node:zlib';

import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Compressed answers (brotli or gzip, as the client accepts) for GraphQL, exports and the
 * explorer's assets, and the caching of the fingerprinted assets. Read with node:http, which
 * (unlike fetch) hands back the bytes as they came over the wire.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function raw(path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.base}${path}`, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decoded(res: Raw): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(res.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(res.body).toString('utf8');
  return res.body.toString('utf8');
}

const INTROSPECTION = JSON.stringify({ query: getIntrospectionQuery() });
const JSON_POST = { 'content-type': 'application/json' };

describe('compression', () => {
  it('answers GraphQL with brotli or gzip as accepted, the same JSON as uncompressed, and a smaller body', async () => {
    const plain = await raw('/graphql', { ...JSON_POST, 'accept-encoding': 'identity' }, INTROSPECTION);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await raw('/graphql', { ...JSON_POST, 'accept-encoding': 'gzip, deflate, br' }, INTROSPECTION);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const gzip = await raw('/graphql', { ...JSON_POST, 'accept-encoding': 'gzip' }, INTROSPECTION);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const answer = JSON.parse(plain.body.toString('utf8'));
    expect(answer.data.__schema.queryType.name).toBe('Query');
    for (const compressed of [br, gzip]) {
      expect({ ...JSON.parse(decoded(compressed)), extensions: undefined }).toEqual({ ...answer, extensions: undefined });
      expect(compressed.body.length).toBeLessThan(plain.body.length / 4);
    }
  });

  it('compresses exports', async () => {
    const res = await raw('/export?format=graphml&around=org:ntbic&depth=1', { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(decoded(res)).toMatch(/^<\?xml[\s\S]*<graphml[\s\S]*org:ntbic[\s\S]*<\/graphml>\s*$/);
  });

  it('compresses the explorer\'s fingerprinted assets and caches them for a year, the page itself never', async () => {
    const page = await raw('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = decoded(page);
    const script = /<script[^>]+src="(?:\.?\/)?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toMatch(/^assets\/index-[\w-]{8}\.js$/);
    const asset = await raw(`/${script}`, { 'accept-encoding': 'br, gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const identity = await raw(`/${script}`, {});
    expect(decoded(asset)).toBe(identity.body.toString('utf8'));
  });
});
