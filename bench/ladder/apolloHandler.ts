import type http from 'node:http';

import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

import { jsonDepth } from '../../src/server/jsonDepth';

export interface ApolloHandlerOptions {
  /** Largest body read (413 past it). */
  maxBodyBytes: number;
  /** Deepest JSON body accepted (400 past it), as helixgraph's jsonDepthGuard; none when absent. */
  maxJsonDepth?: number;
}

function fail(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}

/**
 * Apollo Server driven from a bare node:http handler, without Express: the request's headers as a
 * HeaderMap, its body parsed when it is JSON, `{ method, headers, search, body }` handed to
 * `executeHTTPGraphQLRequest`, and the answer's status, headers and body (whole or streamed)
 * copied back. Serves GraphQL on every path; the ladder sends to /graphql.
 */
export function apolloHandler<C extends BaseContext>(apollo: ApolloServer<C>, context: (req: http.IncomingMessage) => Promise<C>, options: ApolloHandlerOptions): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= options.maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      void (async () => {
        if (size > options.maxBodyBytes) return fail(res, 413, `The request body is larger than ${options.maxBodyBytes} bytes.`);
        const headers = new HeaderMap();
        for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        let body: unknown;
        if (size > 0 && (headers.get('content-type') ?? '').includes('json')) {
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            return fail(res, 400, 'The request body is not valid JSON.');
          }
          if (options.maxJsonDepth !== undefined && jsonDepth(body, options.maxJsonDepth) > options.maxJsonDepth) {
            return fail(res, 400, `The request body nests objects or arrays more than ${options.maxJsonDepth} levels deep.`);
          }
        } else if (size > 0) body = Buffer.concat(chunks).toString('utf8');
        const url = req.url ?? '/';
        const q = url.indexOf('?');
        const answer = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: q >= 0 ? url.slice(q) : '', body },
          context: () => context(req),
        });
        res.statusCode = answer.status ?? 200;
        for (const [k, v] of answer.headers) res.setHeader(k, v);
        if (answer.body.kind === 'complete') {
          res.end(answer.body.string);
          return;
        }
        for await (const part of answer.body.asyncIterator) res.write(part);
        res.end();
      })().catch((err: unknown) => {
        if (!res.headersSent) fail(res, 500, (err as Error).message);
        else res.destroy();
      });
    });
  };
}
