import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';

import type { ApiKey } from '../config';
import { ExportAnchorError } from '../db/repositories/export.repository';
import type { Executor } from '../db/executor';
import { ErrorCode } from '../errors';
import { exportGraph } from '../ingest/export/export';
import { ExportParameterError, parseExportOptions, type RawExportParameters } from '../ingest/export/options';
import { authenticate, presentedKey } from './auth';

export interface ExportRouteOptions {
  db: Executor;
  apiKeys?: readonly ApiKey[];
  /** `key`: a download needs a valid API key, like every GraphQL request. */
  readAccess?: 'open' | 'key';
}

function badRequest(res: Response, parameter: string, value: unknown, rule: string, message: string): void {
  res.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, parameter, value: value ?? null, rule, message } });
}

/** The query string as single strings: a parameter given twice is refused. */
function queryParameters(req: Request): RawExportParameters {
  const out: RawExportParameters = {};
  for (const [key, value] of Object.entries(req.query)) {
    if (typeof value !== 'string') throw new ExportParameterError(key, value, 'must be given once, as a plain string');
    out[key] = value;
  }
  return out;
}

/**
 * `GET /export?format=graphml|gexf|json|jsonld&kinds=…&sector=…&province=…&around=…&depth=…`: the
 * graph, or part of it, as a download (Content-Type of the format, Content-Disposition with a
 * file name). Bad parameters get 400 with a JSON body naming the parameter, the value and the rule,
 * before any database work (or after the lookup, for an anchor id that does not exist). Reads are
 * open unless the server needs a key for every request.
 */
export function exportRoute(options: ExportRouteOptions): RequestHandler {
  return async (req, res) => {
    const caller = authenticate(presentedKey(req.headers), options.apiKeys ?? []);
    if (options.readAccess === 'key' && caller.role === 'anonymous') {
      res.status(401).json({
        error: { code: ErrorCode.UNAUTHENTICATED, message: 'This server needs an API key for every request (send Authorization: Bearer <key>).' },
      });
      return;
    }
    try {
      const file = await exportGraph(options.db, parseExportOptions(queryParameters(req)));
      res.status(200);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
      res.send(file.body);
    } catch (err) {
      if (err instanceof ExportParameterError || err instanceof ExportAnchorError) {
        badRequest(res, err.parameter, err.value, err.rule, err.message);
      } else if (err instanceof GraphQLError && (err.extensions.code === ErrorCode.UNAVAILABLE || err.extensions.code === ErrorCode.TIMEOUT)) {
        res.status(503).json({ error: { code: err.extensions.code, message: err.message } });
      } else {
        console.error('helixgraph: export failed:', err);
        res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error; the server log has the details.' } });
      }
    }
  };
}
