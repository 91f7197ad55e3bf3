import { isIP } from 'node:net';
import path from 'node:path';

import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS, isEvidenceLevel, type EvidenceLevel } from './domain/model';

/**
 * helixgraph's configuration, read from the environment once at start-up.
 *
 * Every variable has a parser that either returns a typed value or throws a ConfigError whose
 * message is one line naming the variable, the bad value and the expected form: the CLI prints
 * that line and exits non-zero instead of a stack trace.
 */
export interface Config {
  /** HTTP port of the GraphQL server (0 = any free port). */
  port: number;
  /** Address the HTTP server binds to; loopback unless told otherwise. */
  host: string;
  /** `production` masks internal errors and hides field suggestions. */
  production: boolean;
  neo4j: ExternalNeo4jConfig | EmbeddedNeo4jConfig;
  /** Load the bundled dataset into an empty database at start-up. */
  loadDataset: boolean;
  /** Server-side limit on one database transaction, in milliseconds. */
  queryTimeoutMs: number;
  /** How long start-up waits for the Neo4j of NEO4J_URI to answer before it gives up, in milliseconds. */
  neo4jWaitMs: number;
  /**
   * How long the driver keeps retrying a transaction that failed with a retryable error (connection
   * lost, Neo4j unreachable, deadlock), in milliseconds; then the request fails with UNAVAILABLE.
   */
  dbRetryMs: number;
  /** Allow introspection queries (schema download by tools). */
  introspection: boolean;
  /** Origins whose pages may call /graphql and /export from a browser (`*`: any); none by default. */
  corsOrigins: string[];
  /** API keys and the role each grants (never logged). */
  apiKeys: ApiKey[];
  /** Whether reads need a key (`key`) or are open to anyone (`open`). */
  readAccess: 'open' | 'key';
  /** The evidence levels answers rest on when a request does not say (HELIXGRAPH_EVIDENCE). */
  evidence: EvidenceLevel[];
  /** Serve GraphiQL at GET /graphql to browsers (HELIXGRAPH_GRAPHIQL; default: outside production). */
  graphiql: boolean;
  /** `text` (one-line messages) or `json` (one JSON record a line, every request included). */
  logFormat: 'text' | 'json';
  /** The dashboards' registered (persisted) documents, and whether any other document may run. */
  trustedDocuments: TrustedDocumentsConfig;
  /**
   * The Redis that API processes share the per-client budget through (HELIXGRAPH_REDIS_URL);
   * undefined: each process keeps its own budget in memory.
   */
  redisUrl: string | undefined;
  limits: Limits;
}

/**
 * Trusted documents: manifests of sha256 → document (HELIXGRAPH_TRUSTED_DOCUMENTS_FILE, checked
 * against the schema at start-up by server/trustedDocuments.ts) and the mode
 * (HELIXGRAPH_TRUSTED_DOCUMENTS): `allow` runs registered documents by id and any other document
 * too; `only` runs nothing else.
 */
export interface TrustedDocumentsConfig {
  /** Absolute paths of the manifest files (none: no trusted documents). */
  files: string[];
  mode: 'allow' | 'only';
}

/** Limits checked on every request before any database work. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Largest node estimate of one operation (first × nested first …). */
  maxNodes: number;
  /** Node estimate a client may spend per minute (0: no budget). */
  budgetPerMinute: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
}

/** The roles an API key can grant, weakest first. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  role: Role;
  /** Who holds the key, as the change history records them (never the key itself). */
  name: string;
  key: string;
}

export interface ExternalNeo4jConfig {
  mode: 'external';
  uri: string;
  user: string | undefined;
  password: string | undefined;
  database: string;
}

export interface EmbeddedNeo4jConfig {
  mode: 'embedded';
  /** Bolt port on 127.0.0.1 (0 = any free port). */
  boltPort: number;
  /** Directory holding the store; kept between runs. */
  dataDir: string;
  /** Page cache size in bytes. */
  pageCacheBytes: number;
  /** JVM heap (-Xmx) in bytes. */
  heapBytes: number;
  database: string;
}

/**
 * Default of HELIXGRAPH_DB_RETRY_MS. A deadlock or a dropped connection still gets a retry about a
 * second later, but while Neo4j is down requests fail with UNAVAILABLE in 1 to 3.5 s (p50 1.2 s)
 * instead of waiting out the driver's backoff (with 10 s of retries: p50 14.8 s; see
 * bench/proof/fault.ts). A single Neo4j restarting takes longer than any retry budget worth waiting;
 * raise it for a cluster, where a leader election can take several seconds.
 */
export const DEFAULT_DB_RETRY_MS = 1000;

/** A bad configuration value; its message is the one line shown to the user. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

/** Parses a TCP port; `allowZero` accepts 0 for "any free port". */
export function parsePort(env: Env, name: string, fallback: number, allowZero = true): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  const min = allowZero ? 0 : 1;
  if (!Number.isInteger(n) || n < min || n > 65535) {
    throw new ConfigError(name, raw, `an integer port from ${min} to 65535${allowZero ? ' (0 = any free port)' : ''}`);
  }
  return n;
}

/** Parses a positive integer within bounds. */
export function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const n = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(name, raw, `an integer from ${min} to ${max}`);
  }
  return n;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Parses a memory size such as `512m`, `1g` or `268435456` (bytes) into bytes. */
export function parseSize(env: Env, name: string, fallback: number, minBytes: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const m = /^(\d+)([kmg]?)b?$/i.exec(raw);
  const bytes = m ? Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < minBytes) {
    throw new ConfigError(name, raw, `a size of at least ${Math.round(minBytes / 1024 ** 2)}m, such as 256m or 1g`);
  }
  return bytes;
}

/** Parses true/false (also 1/0, yes/no). */
export function parseBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, raw, 'true or false');
}

/** The URL `raw` spells, or undefined when it is not one. */
function tryUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** Parses a Neo4j connection URI (bolt:// or neo4j:// with optional TLS suffixes). */
export function parseNeo4jUri(env: Env, name: string): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const url = tryUrl(raw);
  const scheme = url?.protocol.replace(/:$/, '');
  if (!url || !scheme || !NEO4J_SCHEMES.includes(scheme) || url.hostname === '') {
    throw new ConfigError(name, raw, `a Neo4j URI such as bolt://localhost:7687 or neo4j+s://host (schemes: ${NEO4J_SCHEMES.join(', ')})`);
  }
  return raw;
}

/**
 * Parses `HELIXGRAPH_API_KEYS`: comma-separated `role:key` or `role:name:key` entries, role one of
 * reader, editor, admin; names of 1 to 64 characters from [A-Za-z0-9._@-] (the change history
 * records who wrote by this name; without one a key is named `role#N`, N its place in the list);
 * keys of at least 16 characters from [A-Za-z0-9._~-]. The error never repeats a key.
 */
export function parseApiKeys(env: Env, name: string): ApiKey[] {
  const raw = read(env, name);
  if (raw === undefined) return [];
  return raw.split(',').map((entry, i) => {
    const m = /^(reader|editor|admin):(?:([A-Za-z0-9._@-]{1,64}):)?([A-Za-z0-9._~-]{16,256})$/.exec(entry.trim());
    if (!m) {
      throw new ConfigError(
        name,
        `<entry ${i + 1} hidden>`,
        'comma-separated role:key or role:name:key entries, role reader|editor|admin, name of 1-64 characters [A-Za-z0-9._@-], key of 16+ characters [A-Za-z0-9._~-]',
      );
    }
    return { role: m[1] as Role, name: m[2] ?? `${m[1]}#${i + 1}`, key: m[3] };
  });
}

/**
 * Parses a comma-separated list of browser origins (`scheme://host[:port]`, http or https, no path),
 * or `*` alone for any origin. Each is kept in the form browsers send in `Origin` (lower case, no
 * default port, no trailing slash), so that the allow-list compares exactly.
 */
export function parseOrigins(env: Env, name: string): string[] {
  const raw = read(env, name);
  if (raw === undefined) return [];
  if (raw === '*') return ['*'];
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    const url = tryUrl(value);
    const bare = url !== undefined && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password && !/\/.+/.test(value.replace(/^[a-z]+:\/\//i, ''));
    if (!url || !['http:', 'https:'].includes(url.protocol) || !bare) {
      throw new ConfigError(name, value, 'comma-separated origins such as https://dashboard.example.org or http://127.0.0.1:5173 (scheme, host and optional port; no path), or * alone for any origin');
    }
    return url.origin;
  });
}

/** A URL with its password replaced by `***`, for messages (a Redis URL may carry one). */
export function withoutPassword(raw: string): string {
  return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

/**
 * Parses a Redis URL: `redis://` or `rediss://` (TLS), a host, an optional port, optional
 * credentials (`redis://:password@host` or `user:password@`) and an optional database number
 * (`/0` to `/15`). The error shows the value with its password hidden.
 */
export function parseRedisUrl(env: Env, name: string): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const url = tryUrl(raw);
  const database = url?.pathname.replace(/^\//, '') ?? '';
  const databaseOk = database === '' || (/^\d{1,2}$/.test(database) && Number(database) <= 15);
  if (!url || !['redis:', 'rediss:'].includes(url.protocol) || url.hostname === '' || !databaseOk || url.search !== '' || url.hash !== '') {
    throw new ConfigError(name, withoutPassword(raw), 'a Redis URL such as redis://127.0.0.1:6379, redis://:password@redis:6379/0 or rediss://host:6380 (schemes: redis, rediss; database 0 to 15)');
  }
  return raw;
}

const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Parses the address to bind to: an IPv4 or IPv6 address, or a host name (letters, digits, dashes, dots). */
export function parseHost(env: Env, name: string, fallback: string): string {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const bare = raw.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare) !== 0) return bare;
  if (raw.length <= 253 && raw.split('.').every((label) => HOST_LABEL.test(label)) && !/^[\d.]+$/.test(raw)) return raw;
  throw new ConfigError(name, raw, 'an IP address or a host name of this machine to bind to, such as 127.0.0.1, 0.0.0.0, :: or localhost');
}

function parseReadAccess(env: Env): 'open' | 'key' {
  const raw = read(env, 'HELIXGRAPH_READ_ACCESS');
  if (raw === undefined) return 'open';
  if (raw === 'open' || raw === 'key') return raw;
  throw new ConfigError('HELIXGRAPH_READ_ACCESS', raw, 'open (anyone may read) or key (reads need an API key)');
}

function parseLogFormat(env: Env): 'text' | 'json' {
  const raw = read(env, 'HELIXGRAPH_LOG_FORMAT');
  if (raw === undefined || raw === 'text') return 'text';
  if (raw === 'json') return 'json';
  throw new ConfigError('HELIXGRAPH_LOG_FORMAT', raw, 'text (one-line messages) or json (one JSON record a line, for log collectors)');
}

/** HELIXGRAPH_TRUSTED_DOCUMENTS (allow | only) and HELIXGRAPH_TRUSTED_DOCUMENTS_FILE (comma-separated paths). */
export function parseTrustedDocuments(env: Env, cwd: string): TrustedDocumentsConfig {
  const raw = read(env, 'HELIXGRAPH_TRUSTED_DOCUMENTS');
  const mode = raw === undefined ? 'allow' : raw.toLowerCase();
  if (mode !== 'allow' && mode !== 'only') {
    throw new ConfigError('HELIXGRAPH_TRUSTED_DOCUMENTS', raw!, 'allow (registered documents run by id, any other document too) or only (nothing but the registered documents runs)');
  }
  const files = (read(env, 'HELIXGRAPH_TRUSTED_DOCUMENTS_FILE') ?? '').split(',').map((f) => f.trim()).filter((f) => f !== '').map((f) => path.resolve(cwd, f));
  if (mode === 'only' && files.length === 0) {
    throw new ConfigError('HELIXGRAPH_TRUSTED_DOCUMENTS', raw!, 'a manifest in HELIXGRAPH_TRUSTED_DOCUMENTS_FILE as well (only, with no registered document, would refuse every request)');
  }
  return { files, mode };
}

/** A comma-separated list of evidence levels, or ALL; the default leaves synthetic assignments out. */
function parseEvidence(env: Env): EvidenceLevel[] {
  const raw = read(env, 'HELIXGRAPH_EVIDENCE');
  if (raw === undefined) return [...DEFAULT_EVIDENCE];
  if (raw.trim().toUpperCase() === 'ALL') return [...EVIDENCE_LEVELS];
  const levels = raw.split(',').map((x) => x.trim()).filter((x) => x !== '');
  if (levels.length === 0 || !levels.every(isEvidenceLevel)) {
    throw new ConfigError('HELIXGRAPH_EVIDENCE', raw, `ALL or a comma-separated list of ${EVIDENCE_LEVELS.join(', ')}`);
  }
  return [...new Set(levels)];
}

/** Reads and validates the whole configuration; throws ConfigError on the first bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const nodeEnv = read(env, 'NODE_ENV');
  const production = nodeEnv === 'production';
  const database = read(env, 'NEO4J_DATABASE') ?? 'neo4j';
  if (!DATABASE_NAME.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', database, 'a database name of 3 to 63 letters, digits, dots or dashes, starting with a letter');
  }
  const uri = parseNeo4jUri(env, 'NEO4J_URI');
  const neo4j: Config['neo4j'] = uri
    ? {
        mode: 'external',
        uri,
        user: read(env, 'NEO4J_USER'),
        password: env.NEO4J_PASSWORD,
        database,
      }
    : {
        mode: 'embedded',
        boltPort: parsePort(env, 'NEO4J_EMBEDDED_PORT', 7687),
        dataDir: path.resolve(cwd, read(env, 'NEO4J_DATA_DIR') ?? '.neo4j/data'),
        pageCacheBytes: parseSize(env, 'NEO4J_PAGECACHE', 256 * 1024 ** 2, 8 * 1024 ** 2),
        heapBytes: parseSize(env, 'NEO4J_HEAP', 512 * 1024 ** 2, 128 * 1024 ** 2),
        database,
      };
  if (neo4j.mode === 'external' && neo4j.user !== undefined && neo4j.password === undefined) {
    throw new ConfigError('NEO4J_PASSWORD', '', 'a password whenever NEO4J_USER is set');
  }
  return {
    port: parsePort(env, 'PORT', 4000),
    host: parseHost(env, 'HOST', '127.0.0.1'),
    production,
    neo4j,
    loadDataset: parseBool(env, 'HELIXGRAPH_LOAD_DATASET', true),
    queryTimeoutMs: parseInteger(env, 'HELIXGRAPH_QUERY_TIMEOUT_MS', 15000, 100, 600000),
    neo4jWaitMs: parseInteger(env, 'HELIXGRAPH_NEO4J_WAIT_MS', 15_000, 0, 600_000),
    dbRetryMs: parseInteger(env, 'HELIXGRAPH_DB_RETRY_MS', DEFAULT_DB_RETRY_MS, 0, 120_000),
    introspection: parseBool(env, 'HELIXGRAPH_INTROSPECTION', true),
    corsOrigins: parseOrigins(env, 'HELIXGRAPH_CORS_ORIGINS'),
    apiKeys: parseApiKeys(env, 'HELIXGRAPH_API_KEYS'),
    readAccess: parseReadAccess(env),
    evidence: parseEvidence(env),
    logFormat: parseLogFormat(env),
    redisUrl: parseRedisUrl(env, 'HELIXGRAPH_REDIS_URL'),
    graphiql: parseBool(env, 'HELIXGRAPH_GRAPHIQL', !production),
    trustedDocuments: parseTrustedDocuments(env, cwd),
    limits: {
      maxDepth: parseInteger(env, 'HELIXGRAPH_MAX_DEPTH', 12, 2, 100),
      maxAliases: parseInteger(env, 'HELIXGRAPH_MAX_ALIASES', 15, 1, 1000),
      maxDirectives: parseInteger(env, 'HELIXGRAPH_MAX_DIRECTIVES', 10, 0, 1000),
      maxTokens: parseInteger(env, 'HELIXGRAPH_MAX_TOKENS', 3000, 100, 100_000),
      maxNodes: parseInteger(env, 'HELIXGRAPH_MAX_NODES', 50_000, 100, 10_000_000),
      budgetPerMinute: parseInteger(env, 'HELIXGRAPH_RATE_LIMIT', 1_000_000, 0, 1_000_000_000),
      maxBodyBytes: parseInteger(env, 'HELIXGRAPH_MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    },
  };
}
