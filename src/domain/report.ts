import { EVENT_KINDS } from './model';

/** The raw figures of a project as read from the database (dashboard/getProjectReport). */
export interface ProjectFigures {
  project: Record<string, unknown> & { id: string };
  programIds: string[];
  implementerIds: string[];
  events: Array<{ id: string; kind: string; date?: string | null; participantVisits?: number | null; estimate?: boolean }>;
  connectedIds: string[];
  invested: Array<{ enterpriseId: string; sectorIds: string[] }>;
  amounts: Array<{ currency: string; status: string; amount: number; investments: number }>;
  investorIds: string[];
  marketIds: string[];
  outputs: Array<{ id: string; kind: string }>;
  /** Properties of the nodes the report refers to (project, programs, implementers, markets, events, sectors). */
  related?: Array<Record<string, unknown> & { id: string }>;
}

export interface ProjectReportData {
  projectId: string;
  programIds: string[];
  implementerIds: string[];
  eventsByKind: Array<{ kind: string; count: number; participantVisits: number }>;
  eventCount: number;
  participantVisits: number;
  participantVisitsEstimated: boolean;
  firstEventDate: string | null;
  lastEventDate: string | null;
  lastEventId: string | null;
  enterprisesConnected: number;
  enterprisesInvested: number;
  investedBySector: Array<{ sectorId: string; enterprises: number }>;
  amounts: Array<{ currency: string; status: string; amount: number; investments: number }>;
  investorCount: number;
  marketIds: string[];
  outputsByKind: Array<{ kind: string; count: number }>;
}

/**
 * Turns a project's raw figures into its report: events counted by kind (every kind listed, zero
 * included, in a fixed order), visits summed (flagged when any figure is an estimate), the last
 * event by date, invested enterprises counted per sector, and amounts kept per currency and status
 * (never added across currencies).
 */
export function buildProjectReport(f: ProjectFigures): ProjectReportData {
  const byKind = new Map<string, { count: number; participantVisits: number }>(EVENT_KINDS.map((k) => [k, { count: 0, participantVisits: 0 }]));
  for (const e of f.events) {
    const entry = byKind.get(e.kind) ?? { count: 0, participantVisits: 0 };
    entry.count += 1;
    entry.participantVisits += e.participantVisits ?? 0;
    byKind.set(e.kind, entry);
  }
  const dated = f.events.filter((e) => e.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const sectorCounts = new Map<string, number>();
  for (const inv of f.invested) for (const s of new Set(inv.sectorIds)) sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1);
  const outputCounts = new Map<string, number>();
  for (const o of f.outputs) outputCounts.set(o.kind, (outputCounts.get(o.kind) ?? 0) + 1);
  return {
    projectId: f.project.id,
    programIds: f.programIds,
    implementerIds: f.implementerIds,
    eventsByKind: [...byKind.entries()].map(([kind, v]) => ({ kind, ...v })),
    eventCount: f.events.length,
    participantVisits: f.events.reduce((s, e) => s + (e.participantVisits ?? 0), 0),
    participantVisitsEstimated: f.events.some((e) => e.estimate === true),
    firstEventDate: dated[0]?.date ?? null,
    lastEventDate: dated[dated.length - 1]?.date ?? null,
    lastEventId: dated[dated.length - 1]?.id ?? null,
    enterprisesConnected: new Set(f.connectedIds).size,
    enterprisesInvested: new Set(f.invested.map((i) => i.enterpriseId)).size,
    investedBySector: [...sectorCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([sectorId, enterprises]) => ({ sectorId, enterprises })),
    amounts: [...f.amounts].sort((a, b) => a.currency.localeCompare(b.currency) || a.status.localeCompare(b.status)),
    investorCount: new Set(f.investorIds).size,
    marketIds: f.marketIds,
    outputsByKind: [...outputCounts.entries()].map(([kind, count]) => ({ kind, count })),
  };
}
