import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { ErrorCode } from '../errors';
import { documentHash, normaliseDocumentId, type TrustedDocuments } from './trustedDocuments';

/** `allow`: registered documents may be sent by id, and any other document still runs; `only`: nothing else runs. */
export type TrustedDocumentsMode = 'allow' | 'only';

/** The id a request names its document by: `documentId` (body or URL), else Apollo APQ's `extensions.persistedQuery.sha256Hash`. */
function requestedId(request: GraphQLRequest): { raw: unknown; via: 'documentId' | 'persistedQuery' } | undefined {
  const body = request.http?.body;
  if (typeof body === 'object' && body !== null && 'documentId' in body) return { raw: (body as { documentId: unknown }).documentId, via: 'documentId' };
  const search = new URLSearchParams(request.http?.search ?? '');
  if (request.http?.method === 'GET' && search.has('documentId')) return { raw: search.get('documentId'), via: 'documentId' };
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted !== undefined) return { raw: persisted?.sha256Hash, via: 'persistedQuery' };
  return undefined;
}

/**
 * Runs the dashboards' registered documents by id, and in `only` mode refuses every other
 * document before it is parsed (so an outsider learns nothing about the schema from validation
 * messages). A request may name its document by `documentId` (`sha256:<hex>` or the bare hex, in the
 * JSON body or the URL of a GET) or by Apollo APQ's `extensions.persistedQuery.sha256Hash`; the
 * document it names is run in place of any text sent, which must then be the same text. The answers:
 * - a registered id: the manifest's document runs (the APQ extension is consumed, so Apollo's APQ
 *   cache is not involved);
 * - an id no manifest has: PERSISTED_QUERY_NOT_IN_LIST (404); except in `allow` mode for an APQ
 *   hash, which is left to Apollo's automatic persisted queries (PERSISTED_QUERY_NOT_FOUND, then the
 *   client registers the text);
 * - a document sent as text: in `only` mode it runs only when its sha256 is registered, else
 *   QUERY_NOT_IN_SAFELIST (403); in `allow` mode it runs as any document does.
 * The codes and statuses are those of Apollo's GraphOS Router safelisting, so a client written for
 * one handles the other.
 */
export function trustedDocumentsPlugin(documents: TrustedDocuments, mode: TrustedDocumentsMode): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const refusal = resolve(request, documents, mode);
      if (refusal === undefined) return;
      // Apollo answers an error thrown here with a bare 500, and an error thrown from
      // didResolveOperation with its own code and status, through the other plugins (metrics, logs);
      // but that hook comes after parsing and validation. So the refused text is replaced by a
      // constant document that parses and validates at no cost, and never runs.
      request.query = REFUSED_PLACEHOLDER;
      request.operationName = undefined;
      dropPersistedQuery(request);
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}

const REFUSED_PLACEHOLDER = '{ __typename }';

function dropPersistedQuery(request: GraphQLRequest): void {
  if (request.extensions?.persistedQuery === undefined) return;
  const { persistedQuery: _consumed, ...rest } = request.extensions;
  request.extensions = rest;
}

/** Puts the trusted document a request names in its place; the error to answer with when it is refused. */
function resolve(request: GraphQLRequest, documents: TrustedDocuments, mode: TrustedDocumentsMode): GraphQLError | undefined {
  const id = requestedId(request);
  if (id === undefined) {
    if (mode === 'only' && (typeof request.query !== 'string' || !documents.has(documentHash(request.query)))) {
      return new GraphQLError(
        'This server runs only its trusted documents (HELIXGRAPH_TRUSTED_DOCUMENTS=only), and this document is not one of them: send the id of a registered document (documentId, or extensions.persistedQuery.sha256Hash).',
        { extensions: { code: ErrorCode.QUERY_NOT_IN_SAFELIST, http: { status: 403 } } },
      );
    }
    return undefined;
  }
  const hash = normaliseDocumentId(id.raw);
  if (hash === undefined) {
    return new GraphQLError(`A document id is sha256:<64 hex digits> or the 64 hex digits alone; got ${JSON.stringify(id.raw)}.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  if (typeof request.query === 'string' && request.query !== '' && documentHash(request.query) !== hash) {
    return new GraphQLError(`The document sent is not the one its id names (its sha256 is ${documentHash(request.query)}, the id says ${hash}).`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  const trusted = documents.get(hash);
  if (trusted === undefined) {
    // allow: an unknown APQ hash is Apollo's (PERSISTED_QUERY_NOT_FOUND, then the client registers it).
    if (mode === 'allow' && id.via === 'persistedQuery') return undefined;
    return new GraphQLError(`No trusted document has the id ${JSON.stringify(id.raw)}: register the document in the server's manifest (HELIXGRAPH_TRUSTED_DOCUMENTS_FILE) and restart it.`, {
      extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, http: { status: 404 } },
    });
  }
  request.query = trusted.body;
  dropPersistedQuery(request);
  return undefined;
}
