// Degree (or, with relationshipWeightProperty in $config, strength) of every node of a projected
// graph, kept in the in-memory graph as $config.mutateProperty.
// Params: $graph, $config (GDS configuration map). Columns: computeMillis.
CALL gds.degree.mutate($graph, $config) YIELD computeMillis
RETURN computeMillis
