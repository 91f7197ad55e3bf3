/**
 * The network measures helixgraph stores on actors: their names (as the API's NetworkMeasure enum
 * spells them) and the node property each is kept under. Computed by src/analytics, read and
 * filtered by the database layer, so the vocabulary lives in the model.
 */

/** The node property each stored measure is kept under (all start with `m_`). */
export const MEASURE_PROPERTIES = {
  DEGREE: 'm_degree',
  DEGREE_CENTRALITY: 'm_degreeCentrality',
  STRENGTH: 'm_strength',
  BETWEENNESS: 'm_betweenness',
  CLOSENESS: 'm_closeness',
  PAGERANK: 'm_pagerank',
  COMMUNITY: 'm_community',
  EFFECTIVE_SIZE: 'm_effectiveSize',
  EFFICIENCY: 'm_efficiency',
  CONSTRAINT: 'm_constraint',
  COORDINATOR: 'm_coordinator',
  ITINERANT: 'm_itinerant',
  GATEKEEPER: 'm_gatekeeper',
  REPRESENTATIVE: 'm_representative',
  LIAISON: 'm_liaison',
  BROKERAGE: 'm_brokerage',
} as const;
export type MeasureName = keyof typeof MEASURE_PROPERTIES;
export const MEASURE_NAMES = Object.keys(MEASURE_PROPERTIES) as MeasureName[];
/** The property holding when the measures of a node were computed (ISO 8601). */
export const COMPUTED_AT_PROPERTY = 'm_computedAt';

