// Louvain communities of a projected graph, kept in the in-memory graph as
// $config.mutateProperty, with the modularity of the final partition.
// Params: $graph, $config (GDS configuration map). Columns: computeMillis, communityCount, modularity.
CALL gds.louvain.mutate($graph, $config) YIELD computeMillis, communityCount, modularity
RETURN computeMillis, communityCount, modularity
