import type { ApolloServerPlugin } from '@apollo/server';

/** The codes of a well-formed request whose document fails to parse, validate or coerce its variables. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** The quality a client's Accept header gives to `mediaType` when it names it (0 when it does not). */
export function explicitQuality(accept: string, mediaType: string): number {
  let quality = 0;
  for (const entry of accept.split(',')) {
    const [type, ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (type !== mediaType) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    if (Number.isFinite(value)) quality = Math.max(quality, value);
  }
  return quality;
}

/**
 * The GraphQL-over-HTTP spec's status codes for clients that ask for `application/json` by name:
 * the server SHOULD answer 200 to a well-formed request whose document fails to parse, validate or
 * coerce its variables (the errors are in the body), where Apollo answers 400. Only such answers
 * change (no data, every error one of those codes, status 400); limits that are not GraphQL errors
 * (QUERY_TOO_COSTLY, RATE_LIMITED 429, UNAUTHENTICATED 401, bodies too large) keep their status.
 * A client that prefers `application/graphql-response+json` keeps its 4xx (the spec's MUST), and so
 * does one that names neither (no Accept header or a wildcard, as curl and a bare fetch send), which
 * gets Apollo's 400.
 */
export function jsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const accept = request.http?.headers.get('accept');
          if (!accept || response.http.status !== 400 || response.body.kind !== 'single') return;
          const json = explicitQuality(accept, 'application/json');
          if (json === 0 || explicitQuality(accept, 'application/graphql-response+json') > json) return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) response.http.status = 200;
        },
      };
    },
  };
}
