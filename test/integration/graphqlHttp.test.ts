import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/server';

/**
 * /graphql is served by helixgraph's own node:http handler (src/server/graphqlHttp.ts), not by
 * Express: what Express, express.json() and the compression middleware did for it is checked here
 * (the body's encodings and charsets, limits on chunked bodies, ETags, HEAD, the paths it answers).
 * CORS, compression of large answers, the depth guard and the GraphQL-over-HTTP audit have their
 * own tests.
 */
let server: TestServer;
const LIMIT = 2_000;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', HELIXGRAPH_LOAD_DATASET: 'false', HELIXGRAPH_MAX_BODY_BYTES: String(LIMIT) });
});
afterAll(async () => {
  await server?.stop();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.base}${options.path ?? '/graphql'}`, { method: options.method ?? 'POST', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const JSON_TYPE = { 'content-type': 'application/json' };
const errorOf = (res: Raw) => (JSON.parse(res.body) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0];

describe('request bodies on /graphql', () => {
  it('reads a body with a UTF-8 charset, a byte order mark, or compressed with gzip', async () => {
    for (const res of [
      await send({ headers: { 'content-type': 'Application/JSON; charset="UTF-8"' }, body: TYPENAME }),
      await send({ headers: JSON_TYPE, body: `\ufeff${TYPENAME}` }),
      await send({ headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: zlib.gzipSync(TYPENAME) }),
    ]) {
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).data).toEqual({ __typename: 'Query' });
    }
  });

  it('refuses another charset or an unknown content encoding with a JSON 415', async () => {
    for (const res of [
      await send({ headers: { 'content-type': 'application/json; charset=latin1' }, body: TYPENAME }),
      await send({ headers: { ...JSON_TYPE, 'content-encoding': 'zip' }, body: TYPENAME }),
    ]) {
      expect(res.status).toBe(415);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(errorOf(res)).toEqual({ message: 'The request could not be processed.', extensions: { code: 'BAD_REQUEST' } });
    }
  });

  it('refuses a body that is not a JSON object or array with a JSON 400', async () => {
    for (const body of ['{"query": "{ __typename }"', '123', '  "x"  ']) {
      const res = await send({ headers: JSON_TYPE, body });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toEqual({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
    }
  });

  it('answers 413 to a chunked body past the limit, once it has been read, and keeps the connection usable', async () => {
    const big = JSON.stringify({ query: `{ search(query: "${'a'.repeat(LIMIT)}") { nodes { score } } }` });
    const small = TYPENAME;
    const url = new URL(server.base);
    // Two requests on one connection: the first chunked and too large, the second ordinary.
    const text = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
        const half = Math.floor(big.length / 2);
        socket.write(`${half.toString(16)}\r\n${big.slice(0, half)}\r\n`);
        socket.write(`${(big.length - half).toString(16)}\r\n${big.slice(half)}\r\n0\r\n\r\n`);
        socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${small.length}\r\nConnection: close\r\n\r\n${small}`);
      });
      let out = '';
      socket.on('data', (d) => (out += d.toString('utf8')));
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });
    const answers = text.split(/(?=HTTP\/1\.1 )/);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 413 /);
    expect(answers[0]).toContain(`{"errors":[{"message":"The request body is larger than ${LIMIT} bytes.","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}`);
    expect(answers[1]).toMatch(/^HTTP\/1\.1 200 /);
    expect(answers[1]).toContain('"__typename":"Query"');
  });
});

describe('answers on /graphql', () => {
  // The same request id each time: the answer (which carries it) and so its ETag are the same.
  const get = (headers: Record<string, string> = {}, method = 'GET') =>
    send({ method, path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'etag-test', ...headers } });

  it('carry a weak ETag, and a GET whose If-None-Match matches it is answered 304 without a body', async () => {
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^W\/"[0-9a-f]+-[\w+/]{27}"$/);
    expect(first.headers['content-length']).toBe(String(Buffer.byteLength(first.body)));
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    const again = await get({ 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect((await get({ 'if-none-match': first.headers.etag!, 'cache-control': 'no-cache' })).status).toBe(200);
    // A POST is never answered 304.
    const post = await send({ headers: { ...JSON_TYPE, 'x-request-id': 'etag-test', 'if-none-match': first.headers.etag! }, body: TYPENAME });
    expect(post.status).toBe(200);
  });

  it('answer HEAD with the headers only', async () => {
    const head = await get({}, 'HEAD');
    expect(head.status).toBe(405);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });

  it('are given at /graphql/ and in any case of the path, and with a query string; paths under it answer 404', async () => {
    for (const path of ['/graphql/', '/GraphQL', '/graphql?x=1']) {
      const res = await send({ path, headers: JSON_TYPE, body: TYPENAME });
      expect(res.status, path).toBe(200);
      expect(JSON.parse(res.body).data).toEqual({ __typename: 'Query' });
    }
    for (const path of ['/graphql/x', '/graphql//', '/graphqlx']) {
      const res = await send({ path, headers: JSON_TYPE, body: TYPENAME });
      expect(res.status, path).toBe(404);
      expect(errorOf(res).extensions.code).toBe('NOT_FOUND');
    }
  });

  it('answer a preflight without an Origin with 204 and no CORS headers', async () => {
    const res = await send({ method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers.vary).toMatch(/origin/i);
  });
});
