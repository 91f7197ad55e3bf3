/**
 * The declared work of the root fields that do far more than read the nodes they return, in the
 * units of the node estimate (about the nodes read to answer): the per-client budget charges an
 * operation its node estimate plus these (limitsPlugin). The node estimate alone counted `gaps` as
 * 1 although it rebuilds the whole actor network: 50 clients asking for it never met the budget.
 *
 * - coverage, gaps, suggestedLinks, helixLinkage read every actor, tie and affiliation of the
 *   store and fold them into the actor network in the API's process, and answer over all of it:
 *   work that grows with the store, so they are charged 1 per node of the store (the count the
 *   analytics last read with the graph's version, StoreSize), and at least 10,000, as much as the
 *   largest page of 100 with 100 nested each. On the default budget a client gets 100 a minute on
 *   a store of up to 10,000 nodes (the founding dataset, 3,000 generated actors), 9 a minute on
 *   108,164 nodes (100,000 generated actors, where one gaps answer alone took 2.4 to 3.9 s of the
 *   API's time and the first fold 72 s; at a flat 10,000, 50 clients never met the budget there).
 *   Until an analytics answer has read the graph's version, the charge is the 10,000 floor.
 *   The fold is kept between requests until the graph changes (src/analytics/snapshot.ts), so
 *   most requests cost less than they are charged: the charge is what a request may cost
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
/** The size of the store as the API last saw it (nodes: null before any analytics answer read it). */
export interface StoreSize {
  nodes: number | null;
}

export type FieldWeight = number | ((args: Record<string, unknown>, store: StoreSize) => number);

/** The charge of a field that folds and answers over the whole actor network. */
export const wholeNetwork = (_args: Record<string, unknown>, store: StoreSize): number => Math.max(10_000, store.nodes ?? 0);

export const FIELD_WEIGHTS: Readonly<Record<string, FieldWeight>> = {
  'Query.coverage': wholeNetwork,
  'Query.gaps': wholeNetwork,
  'Query.suggestedLinks': wholeNetwork,
  'Query.helixLinkage': wholeNetwork,
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

/** The declared work of `Type.field` given its arguments (defaults applied) and the store's size; 0 when undeclared. */
export function fieldWeight(typeName: string, fieldName: string, args: Record<string, unknown>, store: StoreSize = { nodes: null }): number {
  const weight = FIELD_WEIGHTS[`${typeName}.${fieldName}`];
  if (weight === undefined) return 0;
  return typeof weight === 'number' ? weight : weight(args, store);
}
