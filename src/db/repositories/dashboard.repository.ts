import type { QueryName } from '../cypher';
import type { Executor, Row } from '../executor';

export interface GroupCountRow {
  key: string;
  label: string;
  count: number;
}

export interface InvestmentTotalRow {
  key: string;
  label: string;
  currency: string;
  amount: number;
  investments: number;
  enterprises: number;
}

export interface TimeBucketRow {
  period: string;
  events: number;
  participantVisits: number;
  kinds: string[];
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
  async countBy(labels: readonly string[], by: string, placeholder: boolean | null): Promise<GroupCountRow[]> {
    const name = COUNT_BY_GROUP[by] ?? 'dashboard/countNodesByProperty';
    return (await this.db.read(name, { labels, by, placeholder })) as unknown as GroupCountRow[];
  }

  async sumInvestmentsBy(by: string, statuses: readonly string[] | null): Promise<InvestmentTotalRow[]> {
    return (await this.db.read('dashboard/sumInvestmentsBy', { by, statuses })) as unknown as InvestmentTotalRow[];
  }

  async eventsOverTime(interval: string, projectId: string | null, kinds: readonly string[] | null): Promise<TimeBucketRow[]> {
    return (await this.db.read('dashboard/eventsOverTime', { interval, projectId, kinds })) as unknown as TimeBucketRow[];
  }

  /** The raw figures of a project, or null when there is no such project. */
  async projectReport(id: string): Promise<Row | null> {
    const [row] = await this.db.read('dashboard/getProjectReport', { id });
    return row ?? null;
  }

  async dataQuality(): Promise<Row> {
    const [row] = await this.db.read('dashboard/countNodesWithoutSources');
    return row;
  }
}
