/**
 * A deterministic generator of synthetic ecosystems in the import format (docs/import-format.md),
 * for benchmarks and scale tests: the same size and seed always give the same records, byte for
 * byte, on every machine (a seeded mulberry32 PRNG; no Math.random, no clock).
 *
 * Shape: the seven actor kinds in plausible proportions (mostly enterprises), provinces, sectors,
 * craft villages, programs, projects, events with participants, investments, markets and sources.
 * Degrees are heavy-tailed: supporters, partners, event participants and investors are chosen by
 * preferential attachment (the more ties a node has, the likelier it gets the next one), and the
 * number of events an actor attends follows a Pareto law.
 *
 * Every id starts with `gen:` (it never collides with the founding dataset) and every record and
 * relationship is sourced and has evidence SYNTHETIC: nothing here is a fact about a real
 * organization, and every evidence-aware answer leaves it out unless SYNTHETIC is asked for (a
 * server for a generated graph runs with HELIXGRAPH_EVIDENCE=ALL).
 *
 * Records come in batches (`generateBatches`) in an order the importer can write batch by batch:
 * a link appears in the same batch as its two ends or after them, so 1M actors stream through in
 * bounded memory. `generateDataset` concatenates the batches for small sizes.
 */
import type { ActorKind, EventKind } from '../domain/model';
import type { Dataset, LinkRecord, NodeRecord, SourceRecord } from './dataset';
import { seededRandom } from '../domain/random';

export interface GenerateOptions {
  /** Number of actors (all seven kinds together), 1 to 2,000,000. */
  actors: number;
  /** PRNG seed (any 32-bit integer): the same seed gives the same dataset. */
  seed: number;
  /** Records (nodes + links + sources) per batch, at least 100 (default 10,000). */
  batchSize?: number;
}

/** How many records of each kind a size produces (known before generating). */
export interface GeneratedPlan {
  actors: Record<ActorKind, number>;
  provinces: number;
  sectors: number;
  villages: number;
  markets: number;
  programs: number;
  projects: number;
  events: number;
  sources: number;
}

export const MAX_GENERATED_ACTORS = 2_000_000;


/** Share of each actor kind (enterprises take the rest). */
const KIND_SHARES: Array<[ActorKind, number]> = [
  ['SupportOrganization', 0.05],
  ['Intermediary', 0.04],
  ['GovernmentAgency', 0.02],
  ['ResearchInstitute', 0.03],
  ['Investor', 0.04],
  ['InternationalOrganization', 0.02],
];

/** Id prefix and Vietnamese name stem of each actor kind. */
const KIND_NAMES: Record<ActorKind, { prefix: string; vi: string; en: string }> = {
  Enterprise: { prefix: 'ent', vi: 'Doanh nghiệp', en: 'Enterprise' },
  SupportOrganization: { prefix: 'sup', vi: 'Trung tâm hỗ trợ', en: 'Support centre' },
  Intermediary: { prefix: 'itm', vi: 'Hiệp hội', en: 'Association' },
  GovernmentAgency: { prefix: 'gov', vi: 'Sở', en: 'Department' },
  ResearchInstitute: { prefix: 'res', vi: 'Viện nghiên cứu', en: 'Research institute' },
  Investor: { prefix: 'inv', vi: 'Quỹ đầu tư', en: 'Investment fund' },
  InternationalOrganization: { prefix: 'intl', vi: 'Tổ chức quốc tế', en: 'International organization' },
};

/** Synthetic sectors: id suffix, Vietnamese and English name, crafts (folded-searchable words). */
const SECTORS: Array<{ key: string; vi: string; en: string; crafts: string[] }> = [
  { key: 'handicrafts', vi: 'Thủ công mỹ nghệ', en: 'Handicrafts', crafts: ['gốm', 'mây tre', 'sơn mài', 'chạm gỗ'] },
  { key: 'textiles', vi: 'Dệt may', en: 'Textiles', crafts: ['lụa', 'thổ cẩm', 'thêu'] },
  { key: 'cuisine', vi: 'Ẩm thực', en: 'Cuisine', crafts: ['bánh', 'nước mắm', 'chè'] },
  { key: 'tourism', vi: 'Dịch vụ du lịch', en: 'Tourism services', crafts: ['du lịch', 'homestay'] },
  { key: 'metalwork', vi: 'Kim khí', en: 'Metalwork', crafts: ['đồng', 'bạc', 'rèn'] },
  { key: 'agriculture', vi: 'Nông nghiệp', en: 'Agriculture', crafts: ['hoa', 'cây cảnh', 'muối'] },
  { key: 'digital', vi: 'Công nghệ số', en: 'Digital technology', crafts: ['phần mềm', 'thương mại điện tử'] },
  { key: 'furniture', vi: 'Đồ gỗ nội thất', en: 'Furniture', crafts: ['đồ gỗ', 'khảm trai'] },
];

const MARKETS: Array<[string, string, string]> = [
  ['jp', 'Nhật Bản', 'Japan'],
  ['kr', 'Hàn Quốc', 'South Korea'],
  ['eu', 'Liên minh châu Âu', 'European Union'],
  ['us', 'Hoa Kỳ', 'United States'],
  ['cn', 'Trung Quốc', 'China'],
  ['vn', 'Thị trường nội địa', 'Domestic market'],
];

const EVENT_KINDS: EventKind[] = ['SCIENTIFIC_WORKSHOP', 'CONSULTATION_WORKSHOP', 'TRAINING_COURSE', 'CONNECTION_WORKSHOP', 'DEMO_DAY'];
const EVENT_KIND_VI: Record<EventKind, string> = {
  SCIENTIFIC_WORKSHOP: 'Hội thảo khoa học',
  CONSULTATION_WORKSHOP: 'Hội thảo tham vấn',
  TRAINING_COURSE: 'Khóa đào tạo',
  CONNECTION_WORKSHOP: 'Hội thảo kết nối',
  DEMO_DAY: 'Demo Day',
};

const NOTE = 'Synthetic record made by helixgraph generate (benchmarks and scale tests); not a fact.';

/** Zero-pads a number to 7 digits so names sort in number order. */
const pad = (n: number) => String(n).padStart(7, '0');

/** The record counts of a dataset of `actors` actors. */
export function planDataset(actors: number): GeneratedPlan {
  if (!Number.isInteger(actors) || actors < 1 || actors > MAX_GENERATED_ACTORS) {
    throw new RangeError(`actors must be an integer from 1 to ${MAX_GENERATED_ACTORS}; got ${actors}`);
  }
  const counts = {} as Record<ActorKind, number>;
  let others = 0;
  for (const [kind, share] of KIND_SHARES) {
    counts[kind] = actors >= 20 ? Math.max(1, Math.round(actors * share)) : 0;
    others += counts[kind];
  }
  counts.Enterprise = actors - others;
  return {
    actors: counts,
    provinces: Math.min(63, Math.max(1, Math.ceil(actors / 100))),
    sectors: SECTORS.length,
    villages: Math.max(1, Math.round(counts.Enterprise / 40)),
    markets: MARKETS.length,
    programs: Math.max(1, Math.round(actors / 20_000)),
    projects: Math.max(1, Math.round(actors / 1_000)),
    events: Math.max(1, Math.round(actors / 50)),
    sources: Math.max(1, Math.round(actors / 1_000)),
  };
}

/**
 * An urn of integers for preferential attachment: every value is drawn with probability
 * proportional to the number of times it was added (its degree plus one).
 */
class Urn {
  private items: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(Math.max(16, capacity));
  }

  add(value: number): void {
    if (this.size === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.size++] = value;
  }

  get length(): number {
    return this.size;
  }

  draw(rng: () => number): number {
    return this.items[Math.floor(rng() * this.size)];
  }
}

/** Pareto-distributed integer ≥ 0 (heavy tail): floor(xmin / U^(1/alpha)) - 1, capped. */
function paretoCount(rng: () => number, alpha: number, xmin: number, cap: number): number {
  const u = 1 - rng();
  return Math.min(cap, Math.floor(xmin / Math.pow(u, 1 / alpha)) - 1);
}

/** Up to `k` distinct draws from an urn (fewer when the urn repeats itself). */
function drawDistinct(urn: Urn, rng: () => number, k: number, exclude = -1): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < k && tries < k * 4; tries++) {
    const v = urn.draw(rng);
    if (v !== exclude) out.add(v);
  }
  return [...out];
}

/**
 * Yields the dataset in batches of about `batchSize` records; each batch is a valid dataset on its
 * own once the earlier batches are in the database (its links point into it or into them).
 */
export function* generateBatches(options: GenerateOptions): Generator<Dataset> {
  const plan = planDataset(options.actors);
  const batchSize = Math.max(100, options.batchSize ?? 10_000);
  const rng = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
  const int = (n: number) => Math.floor(rng() * n);

  let sources: SourceRecord[] = [];
  let nodes: NodeRecord[] = [];
  let links: LinkRecord[] = [];
  let recordIndex = 0;
  const flush = (): Dataset => {
    const batch: Dataset = { format: 'helixgraph-dataset', version: 1, sources, nodes, links };
    sources = [];
    nodes = [];
    links = [];
    return batch;
  };
  const full = () => sources.length + nodes.length + links.length >= batchSize;
  /** Every record cites one synthetic source, spread evenly over them. */
  const sourceOf = () => [`gen:src:${recordIndex++ % plan.sources}`];
  const node = (id: string, label: string, name: string, props: Record<string, unknown> = {}) =>
    nodes.push({ id, label, name, ...props, evidence: 'SYNTHETIC', placeholder: true, sources: sourceOf() });
  const link = (type: string, from: string, to: string, props: Record<string, unknown> = {}) =>
    links.push({ type, from, to, ...props, evidence: 'SYNTHETIC', placeholder: true, sources: sourceOf() });

  // Sources.
  for (let i = 0; i < plan.sources; i++) {
    sources.push({
      id: `gen:src:${i}`,
      title: `Nguồn mô phỏng ${pad(i)} (synthetic source ${i})`,
      publisher: 'helixgraph generate',
      date: `${2015 + (i % 10)}`,
      language: 'vi',
      note: NOTE,
    });
    if (full()) yield flush();
  }

  // Context: provinces, sectors, markets, programs, projects, villages, events.
  const provinceId = (i: number) => `gen:province:${String(i + 1).padStart(2, '0')}`;
  for (let i = 0; i < plan.provinces; i++) {
    node(provinceId(i), 'Province', `Tỉnh mô phỏng ${String(i + 1).padStart(2, '0')}`, { nameEn: `Synthetic province ${i + 1}`, region: pick(['Bắc Bộ', 'Trung Bộ', 'Nam Bộ']) });
  }
  const sectorId = (i: number) => `gen:sector:${SECTORS[i].key}`;
  SECTORS.forEach((s, i) => node(sectorId(i), 'Sector', `${s.vi} (mô phỏng)`, { nameEn: `${s.en} (synthetic)` }));
  const marketId = (i: number) => `gen:market:${MARKETS[i][0]}`;
  MARKETS.forEach(([code, vi, en], i) => node(marketId(i), 'Market', `${vi} (mô phỏng)`, { nameEn: `${en} (synthetic)`, countryCode: code.toUpperCase() }));
  const programId = (i: number) => `gen:program:${i}`;
  for (let i = 0; i < plan.programs; i++) {
    node(programId(i), 'Program', `Chương trình hỗ trợ khởi nghiệp mô phỏng ${pad(i)}`, { nameEn: `Synthetic startup support program ${i}`, startDate: `${2016 + (i % 6)}` });
  }
  const projectId = (i: number) => `gen:project:${i}`;
  for (let i = 0; i < plan.projects; i++) {
    const year = 2016 + int(8);
    node(projectId(i), 'Project', `Nhiệm vụ kết nối hệ sinh thái mô phỏng ${pad(i)}`, {
      nameEn: `Synthetic ecosystem linkage task ${i}`,
      startDate: `${year}`,
      acceptedDate: `${year + 1}-${String(1 + int(12)).padStart(2, '0')}`,
    });
    link('FUNDS', programId(i % plan.programs), projectId(i));
    link('TARGETS_MARKET', projectId(i), marketId(int(plan.markets)));
    if (full()) yield flush();
  }
  const villageSector = new Int32Array(plan.villages);
  const villageId = (i: number) => `gen:village:${i}`;
  for (let i = 0; i < plan.villages; i++) {
    const s = int(SECTORS.length);
    villageSector[i] = s;
    const craft = pick(SECTORS[s].crafts);
    node(villageId(i), 'CraftVillage', `Làng nghề ${craft} mô phỏng ${pad(i)}`, { nameEn: `Synthetic ${SECTORS[s].en.toLowerCase()} village ${i}`, craft });
    link('LOCATED_IN', villageId(i), provinceId(int(plan.provinces)));
    link('ACTIVE_IN', villageId(i), sectorId(s));
    if (full()) yield flush();
  }
  const eventId = (i: number) => `gen:event:${i}`;
  const eventUrn = new Urn(plan.events * 8);
  for (let i = 0; i < plan.events; i++) {
    const kind = pick(EVENT_KINDS);
    const project = int(plan.projects);
    node(eventId(i), 'Event', `${EVENT_KIND_VI[kind]} mô phỏng ${pad(i)}`, {
      kind,
      date: `${2016 + int(8)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`,
      participantVisits: 10 + paretoCount(rng, 1.5, 20, 2000),
      estimate: true,
    });
    link('ORGANIZED', projectId(project), eventId(i));
    link('LOCATED_IN', eventId(i), villageId(int(plan.villages)));
    eventUrn.add(i);
    if (full()) yield flush();
  }

  // Organizations first (so enterprises can attach to them), then enterprises.
  const orgKinds = KIND_SHARES.map(([k]) => k);
  const orgs: Array<{ kind: ActorKind; n: number }> = [];
  for (const kind of orgKinds) for (let n = 0; n < plan.actors[kind]; n++) orgs.push({ kind, n });
  // Interleave kinds deterministically so preferential attachment mixes them.
  for (let i = orgs.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [orgs[i], orgs[j]] = [orgs[j], orgs[i]];
  }
  const orgId = (o: { kind: ActorKind; n: number }) => `gen:${KIND_NAMES[o.kind].prefix}:${o.n}`;
  const orgUrn = new Urn(orgs.length * 6);
  const supporterUrn = new Urn(orgs.length * 6); // orgs that may SUPPORTS enterprises
  const investorUrn = new Urn(plan.actors.Investor * 4);
  const agencies: number[] = [];
  for (let i = 0; i < orgs.length; i++) {
    const o = orgs[i];
    const id = orgId(o);
    const names = KIND_NAMES[o.kind];
    const s = int(SECTORS.length);
    node(id, o.kind, `${names.vi} ${SECTORS[s].crafts[0]} mô phỏng ${pad(o.n)}`, {
      nameEn: `Synthetic ${names.en.toLowerCase()} ${o.n}`,
      founded: `${1990 + int(33)}`,
    });
    link('LOCATED_IN', id, provinceId(int(plan.provinces)));
    link('ACTIVE_IN', id, sectorId(s));
    // Barabási–Albert: two partners among earlier organizations, by degree.
    if (orgUrn.length > 0) {
      for (const j of drawDistinct(orgUrn, rng, 2, i)) {
        link('PARTNERS_WITH', id, orgId(orgs[j]));
        orgUrn.add(j);
        orgUrn.add(i);
      }
    }
    orgUrn.add(i);
    if (o.kind === 'GovernmentAgency') {
      if (agencies.length > 0) link('PART_OF', id, orgId(orgs[agencies[int(Math.min(agencies.length, 5))]]), { since: `${2000 + int(20)}` });
      if (rng() < 0.5) link('MANAGES', id, programId(int(plan.programs)));
      agencies.push(i);
    } else if (o.kind !== 'Investor' && o.kind !== 'InternationalOrganization' && rng() < 0.3 && agencies.length > 0) {
      link('PART_OF', id, orgId(orgs[agencies[int(agencies.length)]]));
    }
    if (o.kind === 'Investor') investorUrn.add(i);
    if (o.kind !== 'Investor') supporterUrn.add(i);
    if (o.kind === 'SupportOrganization' || o.kind === 'Intermediary' || o.kind === 'ResearchInstitute') {
      if (rng() < 0.3) link('IMPLEMENTS', id, projectId(int(plan.projects)));
    }
    if (o.kind === 'InternationalOrganization') link('TARGETS_MARKET', id, marketId(int(plan.markets)));
    for (const e of drawDistinct(eventUrn, rng, paretoCount(rng, 1.2, 1, 50))) {
      link('PARTICIPATED_IN', id, eventId(e));
      eventUrn.add(e);
    }
    if (full()) yield flush();
  }

  const enterprises = plan.actors.Enterprise;
  const entId = (n: number) => `gen:ent:${n}`;
  const entUrn = new Urn(Math.ceil(enterprises * 1.3));
  let investmentN = 0;
  for (let n = 0; n < enterprises; n++) {
    const id = entId(n);
    const v = int(plan.villages);
    const s = villageSector[v];
    const craft = pick(SECTORS[s].crafts);
    node(id, 'Enterprise', `Doanh nghiệp ${craft} ${pad(n)}`, { nameEn: `Synthetic ${SECTORS[s].en.toLowerCase()} enterprise ${n}`, founded: `${1995 + int(29)}` });
    link('LOCATED_IN', id, villageId(v));
    link('ACTIVE_IN', id, sectorId(s));
    if (rng() < 0.3) {
      const other = (s + 1 + int(SECTORS.length - 1)) % SECTORS.length;
      link('ACTIVE_IN', id, sectorId(other));
    }
    // Supporters: 0 to a few, chosen by degree among organizations.
    if (supporterUrn.length > 0) {
      for (const j of drawDistinct(supporterUrn, rng, paretoCount(rng, 1.8, 1.4, 8))) {
        link('SUPPORTS', orgId(orgs[j]), id);
        supporterUrn.add(j);
      }
    }
    if (entUrn.length > 0 && rng() < 0.1) {
      const j = entUrn.draw(rng);
      link('PARTNERS_WITH', id, entId(j));
      entUrn.add(j);
    }
    entUrn.add(n);
    for (const e of drawDistinct(eventUrn, rng, paretoCount(rng, 1.5, 1, 40))) {
      link('PARTICIPATED_IN', id, eventId(e));
      eventUrn.add(e);
    }
    if (rng() < 0.3) link('CONNECTED', projectId(int(plan.projects)), id);
    if (rng() < 0.05) link('TARGETS_MARKET', id, marketId(int(plan.markets)));
    if (rng() < 0.05 && investorUrn.length > 0) {
      const inv = `gen:investment:${investmentN}`;
      node(inv, 'Investment', `Khoản đầu tư mô phỏng ${pad(investmentN)}`, {
        amount: 5_000 * (1 + paretoCount(rng, 1.3, 1, 400)),
        currency: rng() < 0.8 ? 'USD' : 'VND',
        status: rng() < 0.7 ? 'COMMITTED' : 'DISBURSED',
        date: `${2017 + int(7)}`,
        estimate: true,
      });
      const j = investorUrn.draw(rng);
      investorUrn.add(j);
      link('INVESTED', orgId(orgs[j]), inv);
      link('RECEIVED', id, inv);
      link('RESULT_OF', inv, projectId(int(plan.projects)));
      investmentN++;
    }
    if (full()) yield flush();
  }
  if (sources.length + nodes.length + links.length > 0) yield flush();
}

/** The whole dataset in one object (for sizes that fit in memory comfortably, up to ~100k actors). */
export function generateDataset(options: GenerateOptions): Dataset {
  const out: Dataset = { format: 'helixgraph-dataset', version: 1, sources: [], nodes: [], links: [] };
  for (const batch of generateBatches({ ...options, batchSize: options.batchSize ?? 50_000 })) {
    for (const s of batch.sources) out.sources.push(s);
    for (const n of batch.nodes) out.nodes.push(n);
    for (const l of batch.links) out.links.push(l);
  }
  return out;
}
