import { apiKey, onKeyChange } from './key';

/** One refused field of a write, as the server names it (`extensions.problems`, src/graphql/resolvers/curation.resolver.ts). */
export interface Problem {
  field: string;
  value: unknown;
  rule: string;
}

/** A GraphQL error answer, or the server unreachable: the message to show, and the code when there is one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** For a refused write: every field the server refused, with its rule. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; problems?: Problem[] } }>;
}

/** Answers are kept this long, so that switching language or going back does not ask again. */
const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; data: unknown }>();

/** Forgets every kept answer: after a write, and when the key changes (answers may depend on it). */
export function clearAnswers(): void {
  cache.clear();
}
onKeyChange(clearAnswers);

/** The API next to this page: `graphql` relative to the page, i.e. /graphql when the page is served at /. */
const ENDPOINT = new URL('graphql', document.baseURI).toString();

/** Errors worth one more try: the database timed out (a cold start) or was briefly unavailable. */
const TRANSIENT = new Set(['TIMEOUT', 'UNAVAILABLE']);

/**
 * Posts one GraphQL query and returns its data. Throws ApiError with the server's first message
 * when the answer has errors (a partial answer counts as a failure: pages show whole results), or
 * when the server cannot be reached; a TIMEOUT or UNAVAILABLE answer is retried once after a
 * second. Answers are cached for a minute by query and variables.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const key = JSON.stringify([query, variables]);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.data as T;
  try {
    return await post<T>(key, query, variables, signal);
  } catch (err) {
    if (!(err instanceof ApiError) || !err.code || !TRANSIENT.has(err.code) || signal?.aborted) throw err;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return post<T>(key, query, variables, signal);
  }
}

/**
 * Sends one mutation with the session's key: never cached, never retried (the caller shows the
 * answer and decides), and every kept answer forgotten once it succeeds, so pages read the write.
 * Throws ApiError with the server's problems (field, value, rule) when the write is refused.
 */
export async function mutate<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const data = await post<T>(null, query, variables);
  clearAnswers();
  for (const fn of writeListeners) fn();
  return data;
}

const writeListeners = new Set<() => void>();

/** Calls `listener` after every successful write; returns the function that stops it. */
export function onWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/** Asks one query with `key` instead of the session's (to check a key before keeping it): never cached. */
export function askWithKey<T>(query: string, key: string): Promise<T> {
  return post<T>(null, query, {}, undefined, key);
}

/** The request headers: JSON, and the key (the session's unless given) as `Authorization: Bearer` (src/server/auth.ts). */
function headers(given?: string): Record<string, string> {
  const key = given ?? apiKey();
  return { 'content-type': 'application/json', accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
}

async function post<T>(key: string | null, query: string, variables: Record<string, unknown>, signal?: AbortSignal, apiKeyGiven?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: headers(apiKeyGiven),
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(`The helixgraph server cannot be reached (${(err as Error).message}).`, 'NETWORK');
  }
  let body: GraphQLAnswer<T>;
  try {
    body = (await res.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiError(`The server answered ${res.status} without JSON.`, 'HTTP');
  }
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code, body.errors[0].extensions?.problems ?? []);
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data.`, 'HTTP');
  if (key !== null) cache.set(key, { at: Date.now(), data: body.data });
  return body.data;
}

/** True for the error a fetch throws when its AbortSignal fired (a page left, a newer search typed). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
