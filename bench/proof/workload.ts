import { performance } from 'node:perf_hooks';
import { seededRandom } from '../../src/domain/random';

/** The kinds of request a proof client sends: five reads and two writes. */
export const READ_KINDS = ['node', 'actorsPage', 'search', 'counts', 'projectReport'] as const;
export const WRITE_KINDS = ['upsertEntity', 'link'] as const;
export type OpKind = (typeof READ_KINDS)[number] | (typeof WRITE_KINDS)[number];

/** How often each kind is picked (relative weights): about 75 % reads, 25 % writes. */
const WEIGHTS: ReadonlyArray<[OpKind, number]> = [
  ['node', 20],
  ['actorsPage', 15],
  ['search', 15],
  ['counts', 15],
  ['projectReport', 10],
  ['upsertEntity', 15],
  ['link', 10],
];

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    id
    ... on Entity { name nameEn sources { id title } links(first: 5) { totalCount nodes { type direction node { id name } } } }
    ... on Actor { kind sphere }
  }
}`;
const ACTORS = `query Actors($after: String) {
  actors(first: 20, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { id name kind sphere province { name } sources { title } links(first: 3) { nodes { type node { id name } } } }
  }
}`;
const SEARCH = `query Search($q: String!) { search(query: $q, first: 10) { totalCount nodes { score node { id name } } } }`;
const COUNTS = `query Counts($by: GroupBy!) {
  counts(by: $by) { key label count }
  investmentTotals(by: SECTOR, statuses: [COMMITTED]) { label currency amount enterprises }
  eventsOverTime(interval: MONTH) { period events participantVisits }
}`;
const REPORT = `query Report($id: ID!) {
  projectReport(id: $id) {
    eventsByKind { kind count } participantVisits enterprisesConnected enterprisesInvested
    amounts { currency status amount } lastEventDate markets { nameEn }
    programs { nameEn managers { nodes { shortName } } }
  }
}`;
const UPSERT = `mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { outcome node { id } } }`;
const LINK = `mutation Link($input: LinkInput!) { link(input: $input) { outcome } }`;
const SOURCE = `mutation Source($input: SourceInput!) { upsertSource(input: $input) { outcome id } }`;
const CATALOGUE = `{ actors(first: 50) { nodes { id } } craftVillages(first: 30) { nodes { id } } projects(first: 5) { nodes { id } } }`;

const SEARCH_TERMS = ['bat trang', 'gom', 'ntbic', 'du lich', 'handicraft', 'japan', 'lang nghe', 'am thuc', 'incubator', 'most'];
const GROUP_BY = ['KIND', 'SPHERE', 'SECTOR', 'PROVINCE', 'VILLAGE', 'PROGRAM', 'YEAR'];

/** What one request did, as its client saw it. */
export interface Outcome {
  kind: OpKind;
  client: number;
  /** When it was sent and when its answer was read (ms since the epoch). */
  start: number;
  end: number;
  ms: number;
  ok: boolean;
  status: number;
  /** `extensions.code` of the first error, `HTTP_<status>`, or `NETWORK` when no answer came. */
  code?: string;
  message?: string;
}

export interface GraphQLAnswer {
  status: number;
  body?: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  /** Set when no HTTP answer arrived (refused, reset, timed out). */
  networkError?: string;
}

/** Posts one GraphQL request; never throws (network failures come back as `networkError`). */
export async function postGraphQL(url: string, query: string, variables: Record<string, unknown>, key?: string, timeoutMs = 60_000): Promise<GraphQLAnswer> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) };
    } catch {
      return { status: res.status, body: { errors: [{ message: text.slice(0, 200) }] } };
    }
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { status: 0, networkError: cause ?? (err as Error).name };
  }
}

/**
 * The answer's data when it has no error, else throws with the first error (for set-up steps). A
 * TIMEOUT or UNAVAILABLE answer is tried again, up to `attempts` times: a fresh Neo4j on a busy
 * machine can be slow to plan its first statements.
 */
export async function mustQuery(url: string, query: string, variables: Record<string, unknown> = {}, key?: string, attempts = 3): Promise<Record<string, any>> {
  for (let attempt = 1; ; attempt++) {
    const a = await postGraphQL(url, query, variables, key);
    if (!a.networkError && a.status === 200 && !a.body?.errors && a.body?.data) return a.body.data;
    const code = a.body?.errors?.[0]?.extensions?.code;
    if (attempt >= attempts || (code !== 'TIMEOUT' && code !== 'UNAVAILABLE')) {
      throw new Error(`request failed (${a.networkError ?? a.status}): ${JSON.stringify(a.body?.errors ?? null)}`);
    }
  }
}

/** Ids the reads pick from, and the source every write cites. */
export interface Catalogue {
  actorIds: string[];
  villageIds: string[];
  projectIds: string[];
  sourceId: string;
}

/**
 * Looks up ids to read (actors, villages, projects of whatever data the database holds) and creates
 * the source `<prefix>src` that the writes cite (removed with the rest of the prefix afterwards).
 */
export async function prepareCatalogue(url: string, editorKey: string, prefix: string): Promise<Catalogue> {
  const data = await mustQuery(url, CATALOGUE);
  const ids = (conn: { nodes: Array<{ id: string }> }) => conn.nodes.map((n) => n.id).filter((id) => !id.startsWith(prefix));
  const sourceId = `${prefix}src`;
  await mustQuery(url, SOURCE, { input: { id: sourceId, title: 'Proof run (load and fault scripts)', url: 'https://example.org/helixgraph-proof' } }, editorKey);
  return { actorIds: ids(data.actors), villageIds: ids(data.craftVillages), projectIds: ids(data.projects), sourceId };
}

/** A link as the write log keys it. */
export const linkKey = (type: string, from: string, to: string) => `${type}|${from}|${to}`;

/**
 * The client-side log of writes: what was acknowledged (an answer with data and no error) and what
 * failed (an error, or no answer). Checked against the database afterwards.
 */
export class WriteLog {
  /** Entity id → acknowledged upserts of it. */
  readonly ackedEntities = new Map<string, number>();
  readonly failedEntities = new Set<string>();
  /** linkKey → acknowledged link mutations of it. */
  readonly ackedLinks = new Map<string, number>();
  readonly failedLinks = new Set<string>();

  ackEntity(id: string): void {
    this.ackedEntities.set(id, (this.ackedEntities.get(id) ?? 0) + 1);
  }

  ackLink(key: string): void {
    this.ackedLinks.set(key, (this.ackedLinks.get(key) ?? 0) + 1);
  }
}

export interface WorkloadOptions {
  url: string;
  editorKey: string;
  /** Every id written starts with it (e.g. `load:`). */
  prefix: string;
  clients: number;
  catalogue: Catalogue;
  /** Clients stop sending when this turns true (each finishes its request in flight). */
  done: () => boolean;
  seed?: number;
  /** Per-request client timeout, ms. */
  timeoutMs?: number;
  /** Append to this log (a warm-up and the measured run share one); else a new one. */
  log?: WriteLog;
  /** Number of the first client (ids and seeds differ per client number). */
  firstClient?: number;
}

/**
 * Sends every kind of request a few times from one client before anything is measured, so that
 * Neo4j has planned each statement and the API's code paths are warm. Its writes go to `log`.
 */
export async function warmUp(options: Omit<WorkloadOptions, 'clients' | 'done'> & { log: WriteLog }, requests = 40): Promise<Outcome[]> {
  let sent = 0;
  const { outcomes } = await runWorkload({ ...options, clients: 1, firstClient: 99, done: () => sent++ >= requests });
  return outcomes;
}


/**
 * Runs `clients` concurrent clients, each sending one request at a time (no think time) until
 * `done()`: reads of nodes, actor pages, searches, dashboard counts and project reports, and writes
 * (upsertEntity of its own `<prefix>cNN:eNNNNN` enterprises, links between them and to villages)
 * with an editor key. Returns every outcome and the write log.
 */
export async function runWorkload(options: WorkloadOptions): Promise<{ outcomes: Outcome[]; log: WriteLog }> {
  const outcomes: Outcome[] = [];
  const log = options.log ?? new WriteLog();
  const { catalogue, prefix } = options;
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);

  async function client(c: number): Promise<void> {
    const rnd = seededRandom((options.seed ?? 844) * 1000 + c);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const mine: string[] = [];
    const revisions = new Map<string, number>();
    let seq = 0;
    let cursor: string | null = null;
    const tag = `c${String(c).padStart(2, '0')}`;

    while (!options.done()) {
      let r = rnd() * total;
      let kind = WEIGHTS.find(([, w]) => (r -= w) < 0)![0];
      if (kind === 'link' && mine.length < 2) kind = 'upsertEntity';
      if ((kind === 'node' && catalogue.actorIds.length === 0) || (kind === 'projectReport' && catalogue.projectIds.length === 0)) kind = 'counts';

      let query: string;
      let variables: Record<string, unknown>;
      let key: string | undefined;
      let onAck: (data: Record<string, any>) => void = () => {};
      let onFail: () => void = () => {};
      switch (kind) {
        case 'node':
          query = NODE;
          variables = { id: mine.length > 0 && rnd() < 0.2 ? pick(mine) : pick(catalogue.actorIds) };
          break;
        case 'actorsPage':
          query = ACTORS;
          variables = { after: cursor };
          onAck = (data) => {
            cursor = data.actors.pageInfo.hasNextPage ? data.actors.pageInfo.endCursor : null;
          };
          break;
        case 'search':
          query = SEARCH;
          variables = { q: pick(SEARCH_TERMS) };
          break;
        case 'counts':
          query = COUNTS;
          variables = { by: pick(GROUP_BY) };
          break;
        case 'projectReport':
          query = REPORT;
          variables = { id: pick(catalogue.projectIds) };
          break;
        case 'upsertEntity': {
          const again = mine.length > 0 && rnd() < 0.2;
          const id = again ? pick(mine) : `${prefix}${tag}:e${String(seq++).padStart(5, '0')}`;
          const revision = (revisions.get(id) ?? 0) + 1;
          revisions.set(id, revision);
          query = UPSERT;
          key = options.editorKey;
          variables = {
            input: {
              id,
              label: 'ENTERPRISE',
              name: `Proof enterprise ${tag} ${id.slice(-6)} rev ${revision}`,
              properties: { nameEn: 'Proof run enterprise', founded: '2020' },
              sourceIds: [catalogue.sourceId],
            },
          };
          onAck = () => {
            log.ackEntity(id);
            if (!again) mine.push(id);
          };
          onFail = () => log.failedEntities.add(id);
          break;
        }
        case 'link': {
          const from = mine[mine.length - 1];
          const toVillage = catalogue.villageIds.length > 0 && rnd() < 0.5;
          const input = toVillage
            ? { type: 'LOCATED_IN', from, to: pick(catalogue.villageIds) }
            : { type: 'PARTNERS_WITH', from, to: pick(mine.slice(0, -1)) };
          const k = linkKey(input.type, input.from, input.to);
          query = LINK;
          key = options.editorKey;
          variables = { input: { ...input, role: 'proof', sourceIds: [catalogue.sourceId] } };
          onAck = () => log.ackLink(k);
          onFail = () => log.failedLinks.add(k);
          break;
        }
      }

      const start = Date.now();
      const t0 = performance.now();
      const answer = await postGraphQL(options.url, query, variables, key, options.timeoutMs);
      const ms = performance.now() - t0;
      const errors = answer.body?.errors;
      const ok = answer.status === 200 && !errors && !!answer.body?.data;
      const outcome: Outcome = { kind, client: c, start, end: Date.now(), ms, ok, status: answer.status };
      if (ok) {
        onAck(answer.body!.data!);
      } else {
        onFail();
        outcome.code = answer.networkError ? 'NETWORK' : (errors?.[0]?.extensions?.code ?? `HTTP_${answer.status}`);
        outcome.message = answer.networkError ?? errors?.[0]?.message;
        if (kind === 'actorsPage') cursor = null;
      }
      outcomes.push(outcome);
    }
  }

  const first = options.firstClient ?? 0;
  await Promise.all(Array.from({ length: options.clients }, (_, c) => client(first + c)));
  return { outcomes, log };
}
