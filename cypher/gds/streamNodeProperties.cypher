// The measures kept in a projected graph by the mutate calls, one row per node and property.
// Params: $graph, $properties (names). Columns: node (Neo4j node id), property, value.
CALL gds.graph.nodeProperties.stream($graph, $properties)
YIELD nodeId, nodeProperty, propertyValue
RETURN nodeId AS node, nodeProperty AS property, propertyValue AS value
