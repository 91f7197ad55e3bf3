import { describe, expect, it } from 'vitest';

import { DEFAULT_EVIDENCE, EVIDENCE_LEVELS } from '../../src/domain/model';
import { buildProjectReport } from '../../src/domain/report';

describe('buildProjectReport', () => {
  const figures = {
    project: { id: 'p' },
    programIds: ['prog'],
    implementerIds: ['org'],
    events: [
      { id: 'e1', kind: 'DEMO_DAY', date: '2020-06-10', participantVisits: 100 },
      { id: 'e2', kind: 'CONNECTION_WORKSHOP', date: '2020-08', participantVisits: 50, propertyEvidence: 'participantVisits=ESTIMATED' },
      { id: 'e3', kind: 'CONNECTION_WORKSHOP', date: '2020-02', participantVisits: 20, propertyEvidence: 'date=SYNTHETIC,participantVisits=SYNTHETIC' },
    ],
    connectedIds: ['a', 'b', 'b'],
    invested: [
      { enterpriseId: 'a', sectorIds: ['hc', 'ts'] },
      { enterpriseId: 'b', sectorIds: ['hc'] },
    ],
    investments: [
      { id: 'i1', currency: 'VND', status: 'COMMITTED', amount: 5 },
      { id: 'i2', currency: 'USD', status: 'COMMITTED', amount: 4, evidence: 'PLACEHOLDER', propertyEvidence: 'amount=ESTIMATED' },
      { id: 'i3', currency: 'USD', status: 'COMMITTED', amount: 6, evidence: 'PLACEHOLDER' },
    ],
    investorIds: ['i1', 'i1'],
    marketIds: ['jp'],
    outputs: [{ id: 'o', kind: 'REPORT' }],
  };

  it('counts events by kind with every kind listed; a kind whose visits rest on levels not asked has unknown visits', () => {
    const r = buildProjectReport(figures, DEFAULT_EVIDENCE);
    expect(r.eventsByKind).toEqual([
      { kind: 'SCIENTIFIC_WORKSHOP', count: 0, participantVisits: 0, participantVisitsEvidence: null },
      { kind: 'CONSULTATION_WORKSHOP', count: 0, participantVisits: 0, participantVisitsEvidence: null },
      { kind: 'TRAINING_COURSE', count: 0, participantVisits: 0, participantVisitsEvidence: null },
      { kind: 'CONNECTION_WORKSHOP', count: 2, participantVisits: null, participantVisitsEvidence: null },
      { kind: 'DEMO_DAY', count: 1, participantVisits: 100, participantVisitsEvidence: 'STATED' },
    ]);
    // Some event's visits are synthetic and the project has no figure of its own: unknown, not a partial sum.
    expect([r.participantVisits, r.participantVisitsEvidence]).toEqual([null, null]);
  });

  it('sums every event’s visits, at the weakest level, when all are on the evidence asked', () => {
    const r = buildProjectReport(figures, EVIDENCE_LEVELS);
    expect([r.participantVisits, r.participantVisitsEvidence, r.participantVisitsEstimated]).toEqual([170, 'SYNTHETIC', true]);
  });

  it('prefers the project’s own visit figure, with its own level and the source’s words', () => {
    const r = buildProjectReport(
      { ...figures, project: { id: 'p', participantVisits: 960, participantVisitsReported: 'nearly 1,000', propertyEvidence: 'participantVisits=ESTIMATED' } },
      DEFAULT_EVIDENCE,
    );
    expect([r.participantVisits, r.participantVisitsEvidence, r.participantVisitsReported]).toEqual([960, 'ESTIMATED', 'nearly 1,000']);
    expect(buildProjectReport({ ...figures, project: { id: 'p', participantVisits: 960, propertyEvidence: 'participantVisits=ESTIMATED' } }, ['STATED']).participantVisits).toBeNull();
  });

  it('dates events only where the date rests on the evidence asked', () => {
    const r = buildProjectReport(figures, DEFAULT_EVIDENCE);
    expect([r.firstEventDate, r.lastEventDate, r.lastEventId, r.eventsWithoutDate]).toEqual(['2020-06-10', '2020-08', 'e2', 1]);
    const all = buildProjectReport(figures, EVIDENCE_LEVELS);
    expect([all.firstEventDate, all.firstEventDateEvidence, all.lastEventDateEvidence]).toEqual(['2020-02', 'SYNTHETIC', 'STATED']);
  });

  it('counts distinct enterprises, per sector for the invested ones, never adds currencies, and states each amount’s level', () => {
    const r = buildProjectReport(figures, DEFAULT_EVIDENCE);
    expect(r.enterprisesConnected).toBe(2);
    expect(r.enterprisesInvested).toBe(2);
    expect(r.investedBySector).toEqual([
      { sectorId: 'hc', enterprises: 2 },
      { sectorId: 'ts', enterprises: 1 },
    ]);
    expect(r.amounts).toEqual([
      { currency: 'USD', status: 'COMMITTED', amount: 10, investments: 2, evidence: 'ESTIMATED', statedTotal: null },
      { currency: 'VND', status: 'COMMITTED', amount: 5, investments: 1, evidence: 'STATED', statedTotal: null },
    ]);
    expect(buildProjectReport(figures, ['STATED', 'PLACEHOLDER']).amounts.map((a) => [a.currency, a.amount])).toEqual([
      ['USD', 6],
      ['VND', 5],
    ]);
    expect(r.investorCount).toBe(1);
  });

  it('rests a total on the project’s own stated figure when the investments add up to it, else on their weakest part', () => {
    const project = { id: 'p', investmentCommitted: 10, investmentCurrency: 'USD' };
    const usd = (f: Parameters<typeof buildProjectReport>[0]) => buildProjectReport(f, DEFAULT_EVIDENCE).amounts.find((a) => a.currency === 'USD');
    expect(usd({ ...figures, project })).toMatchObject({ amount: 10, evidence: 'STATED', statedTotal: 10 });
    expect(usd({ ...figures, project: { ...project, investmentCommitted: 12 } })).toMatchObject({ amount: 10, evidence: 'ESTIMATED', statedTotal: 12 });
  });

  it('says the number of investors is unknown when investments exist but no investor is on the evidence', () => {
    expect(buildProjectReport({ ...figures, investorIds: [] }, DEFAULT_EVIDENCE).investorCount).toBeNull();
    expect(buildProjectReport({ ...figures, investorIds: [], investments: [] }, DEFAULT_EVIDENCE).investorCount).toBe(0);
  });
});
