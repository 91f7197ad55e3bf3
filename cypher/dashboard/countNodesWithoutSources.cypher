// Data quality: how many entities and relationships lack provenance, and how many are flagged.
// Params: none. Columns: nodes, nodesWithoutSources, links, linksWithoutSources, placeholders,
//   estimates.
CALL () {
  MATCH (n:Entity) WHERE NOT n:Source
  RETURN count(n) AS nodes,
         count(CASE WHEN size(coalesce(n.sourceIds, [])) = 0 THEN 1 END) AS nodesWithoutSources,
         count(CASE WHEN n.placeholder THEN 1 END) AS placeholders,
         count(CASE WHEN n.estimate THEN 1 END) AS estimates
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS links,
         count(CASE WHEN size(coalesce(r.sourceIds, [])) = 0 THEN 1 END) AS linksWithoutSources
}
RETURN nodes, nodesWithoutSources, links, linksWithoutSources, placeholders, estimates
