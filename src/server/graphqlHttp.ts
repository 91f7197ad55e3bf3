import { createHash } from 'node:crypto';
import type http from 'node:http';
import querystring from 'node:querystring';

import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import compression from 'compression';
import express from 'express';

import { corsHandler } from './corsMiddleware';
import { httpErrorAnswer } from './errors';
import { jsonDepth, jsonDepthRefusal, MAX_JSON_DEPTH } from './jsonDepth';
import { wantsGraphiql } from './web.route';

export interface GraphqlHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** The context of one request (helixgraph's: caller, request id, bookmarks, loaders). */
  context: (req: http.IncomingMessage) => Promise<C>;
  /** Largest request body read (413 past it, once the body has been read off). */
  maxBodyBytes: number;
  /** Deepest JSON body accepted (400 past it), MAX_JSON_DEPTH by default. */
  maxJsonDepth?: number;
  /** Origins whose pages may call /graphql (`*`: any), as corsMiddleware. */
  corsOrigins: readonly string[];
  /**
   * Where a GET from a browser that wants GraphiQL (text/html before JSON, no query in the URL) is
   * handed, untouched (createHttpServer: the Express app, whose GraphiQL route answers it). Absent:
   * GraphiQL is off and such a GET goes to Apollo like any other.
   */
  graphiql?: http.RequestListener;
}

/** The paths this handler serves: /graphql itself (and /graphql/), in any case, as Express matched them. */
const GRAPHQL_PATH = /^\/graphql\/?$/i;

/** Whether `url` (a request target) is /graphql itself; /graphql/anything is not (Express answers it 404). */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url) return false;
  if (url.charCodeAt(0) !== 47 /* / */) {
    // An absolute-form target (`POST http://host/graphql`): its path, as Express's parseurl reads it.
    try {
      return GRAPHQL_PATH.test(new URL(url).pathname);
    } catch {
      return false;
    }
  }
  const q = url.indexOf('?');
  return GRAPHQL_PATH.test(q >= 0 ? url.slice(0, q) : url);
}

/** The query string of a request target, with its `?` ('' when none), as Apollo's integrations pass it. */
function searchOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const hash = url.indexOf('#', q);
  return hash >= 0 ? url.slice(q, hash) : url.slice(q);
}

/** `application/json`, optionally with a UTF-8 charset: the body this handler reads itself. */
const PLAIN_JSON = /^application\/json[ \t]*(?:;[ \t]*charset=(?:utf-8|"utf-8")[ \t]*)?$/i;

/** Whether a request has a body, as type-is (and so body-parser) decides it. */
function hasBody(req: http.IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && !Number.isNaN(Number(length)));
}

/** Appends `field` to the response's Vary header unless it is listed already (as the `vary` package). */
function appendVary(res: http.ServerResponse, field: string): void {
  const current = res.getHeader('Vary');
  const value = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  if (value === '') return void res.setHeader('Vary', field);
  if (value === '*') return;
  const lower = field.toLowerCase();
  for (const part of value.split(',')) if (part.trim().toLowerCase() === lower || part.trim() === '*') return;
  res.setHeader('Vary', `${value}, ${field}`);
}

/** Express's weak ETag of a body (the `etag` package with `weak: true`). */
function weakEtag(body: Buffer): string {
  if (body.length === 0) return 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  return `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').substring(0, 27)}"`;
}

const NO_CACHE = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;

/**
 * Whether a GET or HEAD may be answered 304 Not Modified, as Express's `req.fresh` (the `fresh`
 * package) decides it for an answer with this ETag and no Last-Modified.
 */
function isFresh(req: http.IncomingMessage, status: number, etag: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!((status >= 200 && status < 300) || status === 304)) return false;
  const noneMatch = req.headers['if-none-match'];
  if (!noneMatch || req.headers['if-modified-since']) return false;
  const cacheControl = req.headers['cache-control'];
  if (cacheControl && NO_CACHE.test(cacheControl)) return false;
  if (noneMatch === '*') return true;
  for (const match of noneMatch.split(/[ ,]+/)) if (match !== '' && (match === etag || match === `W/${etag}` || `W/${match}` === etag)) return true;
  return false;
}

/** A content type with `charset=utf-8`, as Express's res.send sets it on a text body. */
function withUtf8(type: string): string {
  if (/;\s*charset=utf-8\s*$/i.test(type) && !/[A-Z]/.test(type)) return type;
  const [mime, ...params] = type.split(';');
  const kept = params.map((p) => p.trim()).filter((p) => p !== '' && !/^charset=/i.test(p));
  return [mime.trim().toLowerCase(), ...kept, 'charset=utf-8'].join('; ');
}

/** At or above this many bytes an answer is compressed, as the `compression` middleware's default threshold. */
const COMPRESSION_THRESHOLD = 1024;

const compress = compression();

/**
 * Sends a whole body as Express's `res.send` would after helixgraph's middleware: Content-Length and
 * a weak ETag (304 to a GET whose If-None-Match matches it), no body to HEAD, `Vary:
 * Accept-Encoding`, and brotli or gzip (the `compression` middleware itself) from 1 KB.
 */
function sendWhole(req: http.IncomingMessage, res: http.ServerResponse, text: string): void {
  const type = res.getHeader('Content-Type');
  if (typeof type === 'string') res.setHeader('Content-Type', withUtf8(type));
  const body = Buffer.from(text, 'utf8');
  res.setHeader('Content-Length', body.length);
  const etag = weakEtag(body);
  res.setHeader('ETag', etag);
  if (isFresh(req, res.statusCode, etag)) {
    res.statusCode = 304;
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Length');
    res.removeHeader('Transfer-Encoding');
    // No Content-Type left: the compression middleware would not add its Vary either.
    res.end();
    return;
  }
  if (body.length >= COMPRESSION_THRESHOLD) {
    // Below the threshold the middleware would only have added the Vary header: done by hand.
    compress(req as express.Request, res as express.Response, () => {});
  } else if (res.getHeader('Content-Type') !== undefined && !/(?:^|,)\s*?no-transform\s*?(?:,|$)/i.test(String(res.getHeader('Cache-Control') ?? ''))) {
    appendVary(res, 'Accept-Encoding');
  }
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

/** A JSON answer, as Express's `res.status(status).json(value)`. */
function sendJson(req: http.IncomingMessage, res: http.ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  sendWhole(req, res, JSON.stringify(value));
}

/** An error before GraphQL (a body too large or not JSON, or a failure), as requestErrorHandler answers it. */
function sendError(req: http.IncomingMessage, res: http.ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { status, body } = httpErrorAnswer(err);
  sendJson(req, res, status, body);
}

/** body-parser's error for a body past the limit (read off first, as body-parser does). */
const tooLarge = (limit: number, length: number) => Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, limit, length });
const notJson = () => Object.assign(new Error('The request body is not valid JSON.'), { type: 'entity.parse.failed', status: 400 });

/**
 * Reads a plain `application/json` body as express.json() would (the limit checked against
 * Content-Length before reading and against the bytes read, a leading BOM dropped, an empty body
 * read as `{}`, only an object or an array at the top): resolves with the parsed value, or rejects
 * with body-parser's error, once the whole body has been read off.
 */
function readJsonBody(req: http.IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'] === undefined ? undefined : Number.parseInt(req.headers['content-length'], 10);
    let over = declared !== undefined && declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (over) return reject(tooLarge(limit, declared ?? size));
      let text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, size).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length === 0) return resolve({});
      const first = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d]|$)/.exec(text)?.[1];
      if (first !== '{' && first !== '[') return reject(notJson());
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(notJson());
      }
    });
  });
}

const jsonParser = (limit: number) => express.json({ limit });

/**
 * The body of a GraphQL request as express.json() leaves it in `req.body`: a plain JSON body read
 * here; any other JSON body (another charset, a compressed body) read by express.json() itself;
 * no body, or one that is not JSON, `undefined`.
 */
function readBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number, parser: express.RequestHandler): Promise<unknown> {
  if (!hasBody(req)) return Promise.resolve(undefined);
  const type = req.headers['content-type'];
  const encoding = req.headers['content-encoding'];
  if (type !== undefined && PLAIN_JSON.test(type) && (encoding === undefined || encoding.toLowerCase() === 'identity')) return readJsonBody(req, limit);
  return new Promise((resolve, reject) => {
    const r = req as express.Request;
    parser(r, res as express.Response, (err?: unknown) => (err ? reject(err) : resolve(r.body)));
  });
}

/**
 * GraphQL at /graphql on a bare node:http handler, without Express in the way: CORS (the same
 * allow-list and preflights as corsMiddleware), GraphiQL handed to `graphiql` for browsers, the
 * body read and checked as express.json() and jsonDepthGuard did (413 and 400 as JSON errors),
 * then `apollo.executeHTTPGraphQLRequest` with helixgraph's context, and the answer sent as
 * Express sent it (ETag, Vary, compression from 1 KB). Every plugin (limits, trusted documents,
 * budget, bookmarks, metrics, request log) runs inside Apollo as before.
 */
export function graphqlHttpHandler<C extends BaseContext>(options: GraphqlHttpOptions<C>): http.RequestListener {
  const { apollo, context, maxBodyBytes, graphiql } = options;
  const maxJsonDepth = options.maxJsonDepth ?? MAX_JSON_DEPTH;
  const cors = corsHandler(options.corsOrigins);
  const parser = jsonParser(maxBodyBytes);
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const body = await readBody(req, res, maxBodyBytes, parser);
    if (jsonDepth(body, maxJsonDepth) > maxJsonDepth) return sendJson(req, res, 400, jsonDepthRefusal(maxJsonDepth));
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: searchOf(url), body },
      context: () => context(req),
    });
    for (const [k, v] of answer.headers) res.setHeader(k, v);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') return sendWhole(req, res, answer.body.string);
    // Incremental delivery: streamed, compressed as it goes (flushed after every part).
    compress(req as express.Request, res as express.Response, () => {});
    const flushable = res as http.ServerResponse & { flush?: () => void };
    for await (const part of answer.body.asyncIterator) {
      res.write(part);
      flushable.flush?.();
    }
    res.end();
  };
  return (req, res) => {
    // GraphiQL is a page of the Express app (its headers, its compression), as before.
    if (graphiql && req.method === 'GET' && wantsGraphiql(req, querystring.parse(searchOf(req.url ?? '/').slice(1)))) {
      graphiql(req, res);
      return;
    }
    cors(req, res, () => {
      // A preflight from an origin not allowed (the others were answered by cors).
      if (req.method === 'OPTIONS') {
        appendVary(res, 'Origin');
        res.statusCode = 204;
        res.end();
        return;
      }
      serve(req, res).catch((err: unknown) => sendError(req, res, err));
    });
  };
}
