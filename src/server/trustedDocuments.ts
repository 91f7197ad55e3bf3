import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { getOperationAST, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';

import { ConfigError, type Limits } from '../config';
import { armor } from './armor';

/** One registered document: its sha256 (64 lower-case hex digits), its text and its operation name. */
export interface TrustedDocument {
  hash: string;
  body: string;
  operationName: string | null;
}

/** The documents dashboards registered, by sha256 of their exact text. */
export type TrustedDocuments = ReadonlyMap<string, TrustedDocument>;

export const TRUSTED_DOCUMENTS_FILE = 'HELIXGRAPH_TRUSTED_DOCUMENTS_FILE';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The sha256 of a document's exact text, in lower-case hex (what Apollo APQ and both manifests use). */
export function documentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * A document id as a client sends it, reduced to its hex digest: `sha256:<hex>` (the GraphQL-over-HTTP
 * persisted-documents form, which @graphql-codegen's client preset writes) or the bare hex (Apollo
 * APQ's `sha256Hash`, Apollo's manifest). Undefined for anything else.
 */
export function normaliseDocumentId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const hex = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
  return SHA256_HEX.test(hex) ? hex : undefined;
}

type Entry = { id: string; body: unknown; where: string };

/**
 * The entries of one manifest, in either of the two formats tools write:
 * - @graphql-codegen's client preset (`persistedDocuments: true`): `{ "sha256:<hex>": "<document>", … }`;
 * - Apollo's persisted query manifest (`@apollo/generate-persisted-query-manifest`):
 *   `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "name", "type", "body" }] }`.
 */
function manifestEntries(json: unknown): Entry[] | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'a JSON object';
  const object = json as Record<string, unknown>;
  if ('format' in object) {
    if (object.format !== 'apollo-persisted-query-manifest' || object.version !== 1 || !Array.isArray(object.operations)) {
      return 'an Apollo manifest with "format": "apollo-persisted-query-manifest", "version": 1 and an "operations" list';
    }
    return object.operations.map((op: unknown, i) => {
      const o = (typeof op === 'object' && op !== null ? op : {}) as Record<string, unknown>;
      return { id: String(o.id), body: o.body, where: `operations[${i}]${typeof o.name === 'string' ? ` (${o.name})` : ''}` };
    });
  }
  return Object.entries(object).map(([id, body]) => ({ id, body, where: `"${id}"` }));
}

/**
 * Reads the trusted-document manifests named by HELIXGRAPH_TRUSTED_DOCUMENTS_FILE and checks every
 * document before the server starts: each id is the sha256 of its document's exact text (so a
 * client's hash and the server's agree byte for byte; two files may share a document), and each
 * document parses and validates against `schema` under the server's own document limits (depth,
 * aliases, directives, tokens), with exactly one operation. Throws a ConfigError whose one-line
 * message names the file, the entry and what is wrong; the server never starts with a manifest it
 * would later refuse a request from.
 */
export function loadTrustedDocuments(files: readonly string[], schema: GraphQLSchema, limits: Limits): TrustedDocuments {
  const documents = new Map<string, TrustedDocument>();
  const rules = [...specifiedRules, ...armor(limits).validationRules];
  for (const file of files) {
    const fail = (expected: string): never => {
      throw new ConfigError(TRUSTED_DOCUMENTS_FILE, file, expected.replace(/\s*\n\s*/g, ' '));
    };
    let text: string;
    try {
      text = readFileSync(path.resolve(file), 'utf8');
    } catch (err) {
      return fail(`a readable manifest file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return fail(`a JSON manifest (${(err as Error).message})`);
    }
    const entries = manifestEntries(json);
    if (typeof entries === 'string') return fail(entries);
    if (entries.length === 0) return fail('a manifest with at least one document');
    for (const { id, body, where } of entries) {
      const hash = normaliseDocumentId(id);
      if (hash === undefined) return fail(`a sha256 id (64 hex digits, optionally prefixed sha256:) for every document; ${where} has id ${JSON.stringify(id)}`);
      if (typeof body !== 'string' || body.trim() === '') return fail(`a document text for every id; ${where} has none`);
      if (documentHash(body) !== hash) return fail(`every id to be the sha256 of its document's text; ${where} hashes to ${documentHash(body)}`);
      let document;
      try {
        document = parse(body, { maxTokens: limits.maxTokens });
      } catch (err) {
        return fail(`documents that parse; ${where}: ${(err as Error).message}`);
      }
      const errors = validate(schema, document, rules);
      if (errors.length > 0) return fail(`documents valid against the schema and the document limits; ${where}: ${errors[0].message}`);
      const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
      if (operations.length !== 1) return fail(`one operation a document; ${where} has ${operations.length}`);
      if (!documents.has(hash)) documents.set(hash, { hash, body, operationName: getOperationAST(document)?.name?.value ?? null });
    }
  }
  return documents;
}
