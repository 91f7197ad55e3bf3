import { EVIDENCE_LEVELS, type EvidenceLevel } from '../../domain/model';
import type { QueryName } from '../cypher';
import type { Executor, Row } from '../executor';

/** How many items of a figure (and how much of an amount) rest on one evidence level. */
export interface EvidenceShareRow {
  evidence: EvidenceLevel;
  count: number;
  amount?: number;
}

/** The key of the group of items whose group the evidence asked does not give. */
export const UNKNOWN_GROUP = 'UNKNOWN';
export const UNKNOWN_LABEL = 'Unknown (no record on this evidence)';

/** The parameters every evidence-aware statement takes besides $evidence. */
const LEVELS = { levels: EVIDENCE_LEVELS, rank: Object.fromEntries(EVIDENCE_LEVELS.map((l, i) => [l, i])) };

const withUnknownLabel = <T extends { key: string; label: string | null }>(rows: T[]): Array<T & { label: string }> =>
  rows.map((r) => ({ ...r, label: r.label ?? (r.key === UNKNOWN_GROUP ? UNKNOWN_LABEL : r.key) }));

/** A figure's shares, strongest level first (the order EVIDENCE_LEVELS gives). */
const strongestFirst = <T extends { shares: EvidenceShareRow[] }>(rows: T[]): T[] =>
  rows.map((r) => ({ ...r, shares: [...r.shares].sort((a, b) => EVIDENCE_LEVELS.indexOf(a.evidence) - EVIDENCE_LEVELS.indexOf(b.evidence)) }));

export interface GroupCountRow {
  key: string;
  label: string;
  count: number;
  shares: EvidenceShareRow[];
}

export interface InvestmentTotalRow {
  key: string;
  label: string;
  currency: string;
  amount: number;
  investments: number;
  enterprises: number;
  shares: EvidenceShareRow[];
}

export interface TimeBucketRow {
  period: string;
  events: number;
  participantVisits: number | null;
  participantVisitsEvidence: EvidenceLevel | null;
  eventsWithoutVisits: number;
  kinds: string[];
  shares: EvidenceShareRow[];
}

const COUNT_BY_GROUP: Partial<Record<string, QueryName>> = {
  SECTOR: 'dashboard/countNodesBySector',
  VILLAGE: 'dashboard/countNodesByVillage',
  PROVINCE: 'dashboard/countNodesByProvince',
  PROGRAM: 'dashboard/countNodesByProgram',
};

/** Aggregations for dashboards and reports: each method is one round trip. */
export class DashboardRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Entities per group. Groups that are nodes (sectors, villages, provinces, programs) are counted
   * from the groups' side, each by its own statement; KIND, SPHERE and YEAR read the entities.
   */
  async countBy(labels: readonly string[], by: string, placeholder: boolean | null, evidence: readonly EvidenceLevel[]): Promise<GroupCountRow[]> {
    const name = COUNT_BY_GROUP[by] ?? 'dashboard/countNodesByProperty';
    const rows = (await this.db.read(name, { labels, by, placeholder, evidence, ...LEVELS })) as unknown as GroupCountRow[];
    return strongestFirst(withUnknownLabel(rows));
  }

  async sumInvestmentsBy(by: string, statuses: readonly string[] | null, evidence: readonly EvidenceLevel[]): Promise<InvestmentTotalRow[]> {
    const rows = (await this.db.read('dashboard/sumInvestmentsBy', { by, statuses, evidence, ...LEVELS })) as unknown as InvestmentTotalRow[];
    return strongestFirst(withUnknownLabel(rows));
  }

  async eventsOverTime(interval: string, projectId: string | null, kinds: readonly string[] | null, evidence: readonly EvidenceLevel[]): Promise<TimeBucketRow[]> {
    return strongestFirst((await this.db.read('dashboard/eventsOverTime', { interval, projectId, kinds, evidence, ...LEVELS })) as unknown as TimeBucketRow[]);
  }

  /** The raw figures of a project on the evidence asked, or null when there is no such project. */
  async projectReport(id: string, evidence: readonly EvidenceLevel[]): Promise<Row | null> {
    const [row] = await this.db.read('dashboard/getProjectReport', { id, evidence });
    return row ?? null;
  }

  async dataQuality(): Promise<Row> {
    const [row] = await this.db.read('dashboard/countNodesWithoutSources', { levels: EVIDENCE_LEVELS });
    return row;
  }
}
