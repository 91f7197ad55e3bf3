import { evidenceOf, evidenceOfProperty } from './evidence';
import { EVENT_KINDS, EVIDENCE_LEVELS, weakestEvidence, type EvidenceLevel } from './model';

/** A stored record's evidence fields, as read. */
interface Evidenced {
  evidence?: string | null;
  propertyEvidence?: string | null;
  placeholder?: boolean | null;
  estimate?: boolean | null;
}

/** The raw figures of a project as read from the database (dashboard/getProjectReport). */
export interface ProjectFigures {
  project: Record<string, unknown> & { id: string };
  programIds: string[];
  implementerIds: string[];
  events: Array<Evidenced & { id: string; kind: string; date?: string | null; participantVisits?: number | null }>;
  connectedIds: string[];
  invested: Array<{ enterpriseId: string; sectorIds: string[] }>;
  investments: Array<Evidenced & { id: string; currency: string; status: string; amount: number }>;
  investorIds: string[];
  marketIds: string[];
  outputs: Array<{ id: string; kind: string }>;
  /** Properties of the nodes the report refers to (project, programs, implementers, markets, events, sectors). */
  related?: Array<Record<string, unknown> & { id: string }>;
}

/** A figure and the evidence it rests on (its weakest part); null value: unknown on this evidence. */
export interface Figure<T> {
  value: T | null;
  evidence: EvidenceLevel | null;
}

export interface ProjectReportData {
  projectId: string;
  evidence: EvidenceLevel[];
  programIds: string[];
  implementerIds: string[];
  eventsByKind: Array<{ kind: string; count: number; participantVisits: number | null; participantVisitsEvidence: EvidenceLevel | null }>;
  eventCount: number;
  participantVisits: number | null;
  participantVisitsEvidence: EvidenceLevel | null;
  participantVisitsReported: string | null;
  participantVisitsEstimated: boolean;
  firstEventDate: string | null;
  firstEventDateEvidence: EvidenceLevel | null;
  lastEventDate: string | null;
  lastEventDateEvidence: EvidenceLevel | null;
  lastEventId: string | null;
  /** Events whose date does not rest on the levels asked (they are in no first/last date). */
  eventsWithoutDate: number;
  enterprisesConnected: number;
  enterprisesInvested: number;
  investedBySector: Array<{ sectorId: string; enterprises: number }>;
  amounts: Array<{ currency: string; status: string; amount: number; investments: number; evidence: EvidenceLevel; statedTotal: number | null }>;
  investorCount: number | null;
  marketIds: string[];
  outputsByKind: Array<{ kind: string; count: number }>;
}

const rank = (l: EvidenceLevel) => EVIDENCE_LEVELS.indexOf(l);

/**
 * Turns a project's raw figures into its report, on the `evidence` levels asked: events counted by
 * kind (every kind listed, zero included, in a fixed order); visits and dates taken only where
 * their own level is asked (else unknown: null, never a guess), each with the level it rests on;
 * the project's own visit figure (the source's total) before any sum of per-event figures;
 * invested enterprises counted per sector; amounts kept per currency and status (never added
 * across currencies), each with its weakest level, or the level of the project's own stated total
 * when the investments add up to it (a stated total split by estimate is still a stated total).
 */
export function buildProjectReport(f: ProjectFigures, evidence: readonly EvidenceLevel[] = EVIDENCE_LEVELS): ProjectReportData {
  const asked = (l: EvidenceLevel) => evidence.includes(l);
  const byKind = new Map<string, { count: number; visits: number; levels: EvidenceLevel[]; known: number }>(
    EVENT_KINDS.map((k) => [k, { count: 0, visits: 0, levels: [], known: 0 }]),
  );
  const dated: Array<{ id: string; date: string; level: EvidenceLevel }> = [];
  for (const e of f.events) {
    const entry = byKind.get(e.kind) ?? { count: 0, visits: 0, levels: [], known: 0 };
    entry.count += 1;
    const visitsLevel = evidenceOfProperty(e, 'participantVisits');
    if (typeof e.participantVisits === 'number' && asked(visitsLevel)) {
      entry.visits += e.participantVisits;
      entry.levels.push(visitsLevel);
      entry.known += 1;
    }
    byKind.set(e.kind, entry);
    const dateLevel = evidenceOfProperty(e, 'date');
    if (e.date && asked(dateLevel)) dated.push({ id: e.id, date: e.date, level: weakestEvidence([dateLevel, evidenceOf(e)]) });
  }
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = dated[0];
  const last = dated[dated.length - 1];

  // The project's own total (as the source gives it) wins over a sum of per-event figures.
  const own = f.project.participantVisits;
  const ownLevel = evidenceOfProperty(f.project, 'participantVisits');
  const eventLevels = [...byKind.values()].flatMap((k) => k.levels);
  const eventVisits = [...byKind.values()].reduce((s, k) => s + k.visits, 0);
  let visits: Figure<number>;
  if (typeof own === 'number' && asked(ownLevel)) visits = { value: own, evidence: ownLevel };
  else if (eventLevels.length > 0 && eventLevels.length === f.events.length) visits = { value: eventVisits, evidence: weakestEvidence(eventLevels) };
  else visits = { value: null, evidence: null };

  const sectorCounts = new Map<string, number>();
  for (const inv of f.invested) for (const s of new Set(inv.sectorIds)) sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1);
  const outputCounts = new Map<string, number>();
  for (const o of f.outputs) outputCounts.set(o.kind, (outputCounts.get(o.kind) ?? 0) + 1);

  const amounts = new Map<string, { currency: string; status: string; amount: number; investments: number; levels: EvidenceLevel[] }>();
  for (const i of f.investments) {
    const level = weakestEvidence([evidenceOf(i), evidenceOfProperty(i, 'amount')]);
    if (!asked(level)) continue;
    const key = `${i.currency}|${i.status}`;
    const entry = amounts.get(key) ?? { currency: i.currency, status: i.status, amount: 0, investments: 0, levels: [] };
    entry.amount += i.amount;
    entry.investments += 1;
    entry.levels.push(level);
    amounts.set(key, entry);
  }
  const investors = new Set(f.investorIds).size;
  // The committed total as the source states it: the sum of the investments rests on it when they agree.
  const ownTotal = f.project.investmentCommitted;
  const stated =
    typeof ownTotal === 'number' && asked(evidenceOfProperty(f.project, 'investmentCommitted'))
      ? { amount: ownTotal, currency: f.project.investmentCurrency, level: evidenceOfProperty(f.project, 'investmentCommitted') }
      : null;

  return {
    projectId: f.project.id,
    evidence: [...evidence],
    programIds: f.programIds,
    implementerIds: f.implementerIds,
    eventsByKind: [...byKind.entries()].map(([kind, v]) => ({
      kind,
      count: v.count,
      // A kind's visits are known only when every one of its events has a figure on this evidence.
      participantVisits: v.count === 0 ? 0 : v.known === v.count ? v.visits : null,
      participantVisitsEvidence: v.count === 0 ? null : v.known === v.count ? weakestEvidence(v.levels) : null,
    })),
    eventCount: f.events.length,
    participantVisits: visits.value,
    participantVisitsEvidence: visits.evidence,
    participantVisitsReported: typeof f.project.participantVisitsReported === 'string' ? f.project.participantVisitsReported : null,
    participantVisitsEstimated: visits.evidence !== null && rank(visits.evidence) >= rank('ESTIMATED'),
    firstEventDate: first?.date ?? null,
    firstEventDateEvidence: first?.level ?? null,
    lastEventDate: last?.date ?? null,
    lastEventDateEvidence: last?.level ?? null,
    lastEventId: last?.id ?? null,
    eventsWithoutDate: f.events.length - dated.length,
    enterprisesConnected: new Set(f.connectedIds).size,
    enterprisesInvested: new Set(f.invested.map((i) => i.enterpriseId)).size,
    investedBySector: [...sectorCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([sectorId, enterprises]) => ({ sectorId, enterprises })),
    amounts: [...amounts.values()]
      .sort((a, b) => a.currency.localeCompare(b.currency) || a.status.localeCompare(b.status))
      .map(({ levels, ...a }) => {
        const own = stated && a.status === 'COMMITTED' && a.currency === stated.currency ? stated : null;
        return {
          ...a,
          evidence: own && own.amount === a.amount ? own.level : weakestEvidence(levels),
          statedTotal: own ? own.amount : null,
        };
      }),
    // No investor on this evidence: their number is unknown, not zero (the investments exist).
    investorCount: investors === 0 && f.investments.length > 0 ? null : investors,
    marketIds: f.marketIds,
    outputsByKind: [...outputCounts.entries()].map(([kind, count]) => ({ kind, count })),
  };
}
