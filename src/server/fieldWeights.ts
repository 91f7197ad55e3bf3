/**
 * The declared work of the root fields that do far more than read the nodes they return, in the
 * units of the node estimate (about the nodes read to answer): the per-client budget charges an
 * operation its node estimate plus these (limitsPlugin). The node estimate alone counted `gaps` as
 * 1 although it rebuilds the whole actor network: 50 clients asking for it never met the budget.
 *
 * - coverage, gaps, suggestedLinks, helixLinkage read every actor, tie and affiliation of the
 *   store and fold them into the actor network (3,000 generated actors: about 100,000 ties), in
 *   the API's process: 10,000, as much as the largest page of 100 with 100 nested each, so 100
 *   a minute for a client on the default budget (the explorer's Gaps page asks two of them at once).
 *   The fold is kept between requests until the graph changes (src/analytics/snapshot.ts), so
 *   most requests cost far less than they are charged: the charge is what a request may cost
 *   (the first after a write folds the network again), not what the last one did.
 * - neighbourhood expands up to depth hops in Cypher, capped at 500 nodes and 5,000 links:
 *   1,000 a hop.
 * - shortestPath: one path is a bidirectional search (200); all: true enumerates every shortest
 *   path before keeping distinct ones (2,000).
 * - communities groups every actor's stored community (1,000); measuresRun and
 *   measuresComputedAt read one node (1).
 * - recomputeMeasures and startMeasuresRecompute read the network, compute every measure and
 *   write every actor (100,000; in a background worker, one at a time); measuresJob and
 *   cancelMeasuresRecompute read or stop the job in memory (1).
 *
 * Several fields of one operation are each charged, even where they share one network read.
 */
export type FieldWeight = number | ((args: Record<string, unknown>) => number);

export const FIELD_WEIGHTS: Readonly<Record<string, FieldWeight>> = {
  'Query.coverage': 10_000,
  'Query.gaps': 10_000,
  'Query.suggestedLinks': 10_000,
  'Query.helixLinkage': 10_000,
  'Query.neighbourhood': (args) => 1_000 * (typeof args.depth === 'number' ? args.depth : 1),
  'Query.shortestPath': (args) => (args.all === true ? 2_000 : 200),
  'Query.communities': 1_000,
  'Query.measuresRun': 1,
  'Query.measuresComputedAt': 1,
  'Mutation.recomputeMeasures': 100_000,
  'Mutation.startMeasuresRecompute': 100_000,
  'Mutation.cancelMeasuresRecompute': 1,
  'Query.measuresJob': 1,
};

/** The declared work of `Type.field` given its arguments (defaults applied); 0 when undeclared. */
export function fieldWeight(typeName: string, fieldName: string, args: Record<string, unknown>): number {
  const weight = FIELD_WEIGHTS[`${typeName}.${fieldName}`];
  if (weight === undefined) return 0;
  return typeof weight === 'number' ? weight : weight(args);
}
