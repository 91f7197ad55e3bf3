import type http from 'node:http';

import cors from 'cors';
import express, { type Router } from 'express';

/**
 * Request headers a page on an allowed origin may send (Apollo Client and GraphiQL send
 * apollo-require-preflight and x-apollo-operation-name; x-helixgraph-bookmarks carries a client's
 * bookmarks for read-your-writes).
 */
export const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-helixgraph-bookmarks'];

/** Response headers such a page may read (the rate-limit budget; an export's file name). */
export const CORS_EXPOSED_HEADERS = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after', 'content-disposition'];

/** How long a browser may reuse a preflight answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * Cross-origin access for the API routes it is mounted on (/graphql, /export): a page whose origin
 * is in `origins` (exact `scheme://host[:port]`, or `*` for any) may call them; any other origin
 * gets no CORS headers, so its browser keeps the answer from it. Preflights (OPTIONS) are answered
 * here with 204, for allowed origins with the allowed methods and headers, never by Apollo.
 *
 * Credentials are deliberately not allowed (no `Access-Control-Allow-Credentials`): helixgraph sets
 * no cookies and authenticates by `Authorization: Bearer <key>`, which a page sends as a header
 * (allowed above) without credentials mode. A page that asks for `credentials: 'include'` is
 * refused by its browser, so no ambient credential of a user can be ridden by another site.
 * Apollo's CSRF prevention stays on: a cross-origin "simple" request (no preflight) is refused.
 */
export function corsMiddleware(origins: readonly string[]): Router {
  const router = express.Router();
  router.use(corsHandler(origins));
  // A preflight from an origin not allowed: answered (204, no CORS headers), not passed to Apollo.
  router.options(/.*/, (_req, res) => {
    res.vary('Origin').status(204).end();
  });
  return router;
}

/**
 * The `cors` package's handler with helixgraph's options, usable on Express and on a bare
 * node:http request (the /graphql handler, graphqlHttp.ts): sets the CORS headers for an allowed
 * origin and answers its preflights; calls `next` for every other request.
 */
export function corsHandler(origins: readonly string[]): (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return cors({
    origin: any ? '*' : (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: CORS_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
}
