import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

import express, { type RequestHandler, type Router } from 'express';

import { fromRoot } from '../paths';

/**
 * The explorer's Content-Security-Policy: everything from this server only (no CDN, no external
 * font), WebGL maps and inline style attributes allowed, no framing.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** GraphiQL's policy: the explorer's, with the fonts its stylesheet embeds as data: URIs. */
export const GRAPHIQL_CSP = WEB_CSP.replace("font-src 'self'", "font-src 'self' data:");

/** The page `/` answers while the explorer has not been built. */
export const NOT_BUILT_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>helixgraph</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>helixgraph</h1>
<p>The explorer web page has not been built yet. Build it with</p>
<pre>npm run build</pre>
<p>(<code>npm start</code> builds it too), then reload this page.</p>
<p>The GraphQL API is at <a href="graphql">/graphql</a>.</p>
</body></html>
`;

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', WEB_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
};

/**
 * Whether a request to /graphql is a browser's asking for GraphiQL: a GET with no `query` in its
 * URL (`query`: its parsed query string) that accepts HTML before JSON (Express's content
 * negotiation, `req.accepts`, on the request's Accept header).
 */
export function wantsGraphiql(req: http.IncomingMessage, query: Record<string, unknown>): boolean {
  return req.method === 'GET' && query.query === undefined && (express.request.accepts as (this: http.IncomingMessage, types: string[]) => string | false).call(req, GRAPHIQL_TYPES) === 'text/html';
}

const GRAPHIQL_TYPES = ['application/json', 'application/graphql-response+json', 'text/html'];

/**
 * GET /graphql for a browser (it asks for HTML before JSON, with no query in the URL): GraphiQL,
 * as built into dist/web/graphiql.html (no CDN), under the explorer's security headers. Every other
 * request goes on to GraphQL. Without a build, the page says how to build it.
 */
export function graphiqlRoute(dir: string = fromRoot('dist', 'web')): RequestHandler {
  return (req, res, next) => {
    if (!wantsGraphiql(req, req.query)) return next();
    const file = path.join(dir, 'graphiql.html');
    res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-cache');
    if (!fs.existsSync(file)) {
      res.status(200).type('html').send(NOT_BUILT_HTML);
      return;
    }
    res.type('html').send(fs.readFileSync(file, 'utf8'));
  };
}

/** The explorer's pages reachable by a path URL, redirected to the same #/ route. */
export const EXPLORER_PATHS = ['/search', '/dashboard', '/gaps', '/brokers', '/actor/:id', '/entity/:id'];

/**
 * Serves the built explorer (`dir`, dist/web by default) at `/`: hashed files under assets/ are
 * cached for a year, index.html never (a rebuild shows at once). Routing is in the URL hash, so no
 * fallback route is needed. When the explorer is not built, `/` answers a short page saying how to
 * build it; whether it is built is checked on each request, so a build while the server runs is
 * picked up.
 */
export function webRoute(dir: string = fromRoot('dist', 'web')): Router {
  const router = express.Router();
  const serve = express.static(dir, {
    index: 'index.html',
    fallthrough: true,
    setHeaders: (res, file) => {
      const immutable = path.basename(path.dirname(file)) === 'assets';
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      // docs/analytics.md (the measures' definitions): shown as text, not downloaded.
      if (file.endsWith('.md')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    },
  });
  router.use(securityHeaders, serve);
  // The explorer routes by the URL hash; a typed or shared path URL (/dashboard, /actor/org:ntbic,
  // /gaps?province=…) is sent to its #/ route rather than answered 404.
  router.get(EXPLORER_PATHS, (req, res) => {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    res.redirect(302, `/#${req.path}${query}`);
  });
  router.get(['/', '/index.html'], (_req, res) => {
    if (fs.existsSync(path.join(dir, 'index.html'))) {
      // Present but not served by the static handler (e.g. unreadable): let Express answer 404.
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.status(200).type('html').setHeader('Cache-Control', 'no-cache').send(NOT_BUILT_HTML);
  });
  return router;
}
