// The directed arcs of flow of a projected actor network (projectActorNetwork's ARC relationships)
// with their weights, streamed to Node for Burt's and Gould–Fernandez's measures and the sampled
// betweenness and closeness, which GDS does not compute.
// Params: $graph. Columns: s, t (Neo4j node ids), w (weight).
CALL gds.graph.relationshipProperty.stream($graph, 'weight', ['ARC'])
YIELD sourceNodeId, targetNodeId, propertyValue
RETURN sourceNodeId AS s, targetNodeId AS t, propertyValue AS w
