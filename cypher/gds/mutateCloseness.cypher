// Exact closeness of every node of a projected graph (Wasserman–Faust when $config asks), kept in
// the in-memory graph as $config.mutateProperty.
// Params: $graph, $config (GDS configuration map). Columns: computeMillis.
CALL gds.closeness.mutate($graph, $config) YIELD computeMillis
RETURN computeMillis
