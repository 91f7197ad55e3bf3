import type { RequestHandler } from 'express';

/**
 * The answer to a path no route serves: a JSON 404 naming the method and path and the routes that
 * exist, in the same `errors` shape as the API's other refusals, never Express's HTML page.
 */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({
    errors: [
      {
        message: `No route for ${req.method} ${(req.baseUrl + req.path).slice(0, 200)}; helixgraph serves /graphql, /export, /health, /ready and the explorer at /.`,
        extensions: { code: 'NOT_FOUND' },
      },
    ],
  });
};
