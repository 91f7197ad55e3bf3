// PageRank of every node of a projected graph (unnormalized: helixgraph divides by the sum),
// kept in the in-memory graph as $config.mutateProperty.
// Params: $graph, $config (GDS configuration map). Columns: computeMillis, ranIterations, didConverge.
CALL gds.pageRank.mutate($graph, $config) YIELD computeMillis, ranIterations, didConverge
RETURN computeMillis, ranIterations, didConverge
