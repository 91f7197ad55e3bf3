// Drops a GDS in-memory graph and frees its memory; nothing happens when there is none by that name.
// Params: $graph (its name). Columns: graphName (no row when there was none).
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
