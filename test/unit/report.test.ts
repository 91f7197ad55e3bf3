import { describe, expect, it } from 'vitest';

import { buildProjectReport } from '../../src/domain/report';

describe('buildProjectReport', () => {
  const figures = {
    project: { id: 'p' },
    programIds: ['prog'],
    implementerIds: ['org'],
    events: [
      { id: 'e1', kind: 'DEMO_DAY', date: '2020-06-10', participantVisits: 100, estimate: false },
      { id: 'e2', kind: 'CONNECTION_WORKSHOP', date: '2020-08', participantVisits: 50, estimate: true },
      { id: 'e3', kind: 'CONNECTION_WORKSHOP', date: '2020-02', participantVisits: null, estimate: false },
    ],
    connectedIds: ['a', 'b', 'b'],
    invested: [
      { enterpriseId: 'a', sectorIds: ['hc', 'ts'] },
      { enterpriseId: 'b', sectorIds: ['hc'] },
    ],
    amounts: [
      { currency: 'VND', status: 'COMMITTED', amount: 5, investments: 1 },
      { currency: 'USD', status: 'COMMITTED', amount: 10, investments: 2 },
    ],
    investorIds: ['i1', 'i1'],
    marketIds: ['jp'],
    outputs: [{ id: 'o', kind: 'REPORT' }],
  };

  it('counts events by kind with every kind listed, and sums visits flagging estimates', () => {
    const r = buildProjectReport(figures);
    expect(r.eventsByKind).toEqual([
      { kind: 'SCIENTIFIC_WORKSHOP', count: 0, participantVisits: 0 },
      { kind: 'CONSULTATION_WORKSHOP', count: 0, participantVisits: 0 },
      { kind: 'TRAINING_COURSE', count: 0, participantVisits: 0 },
      { kind: 'CONNECTION_WORKSHOP', count: 2, participantVisits: 50 },
      { kind: 'DEMO_DAY', count: 1, participantVisits: 100 },
    ]);
    expect(r.participantVisits).toBe(150);
    expect(r.participantVisitsEstimated).toBe(true);
  });

  it('finds the last event by date, whatever the date precision', () => {
    const r = buildProjectReport(figures);
    expect([r.firstEventDate, r.lastEventDate, r.lastEventId]).toEqual(['2020-02', '2020-08', 'e2']);
  });

  it('counts distinct enterprises, per sector for the invested ones, and never adds currencies', () => {
    const r = buildProjectReport(figures);
    expect(r.enterprisesConnected).toBe(2);
    expect(r.enterprisesInvested).toBe(2);
    expect(r.investedBySector).toEqual([
      { sectorId: 'hc', enterprises: 2 },
      { sectorId: 'ts', enterprises: 1 },
    ]);
    expect(r.amounts.map((a) => a.currency)).toEqual(['USD', 'VND']);
    expect(r.investorCount).toBe(1);
  });
});
