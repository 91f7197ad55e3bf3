// Exact betweenness (Brandes) of every node of a projected graph, unnormalized, kept in the
// in-memory graph as $config.mutateProperty.
// Params: $graph, $config (GDS configuration map). Columns: computeMillis.
CALL gds.betweenness.mutate($graph, $config) YIELD computeMillis
RETURN computeMillis
