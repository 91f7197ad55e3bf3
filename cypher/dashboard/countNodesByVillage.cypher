// Counts entities per craft village they are LOCATED_IN, for dashboards, on the evidence asked,
// with how many rest on each level (an entity's level in a group: the weaker of its own and its
// tie's; the strongest tie when it has several); entities in no village on this evidence are
// counted in the group UNKNOWN.
// Params: $labels (entity labels to count), $placeholder (boolean or null), $evidence, $levels,
//   $rank (as dashboard/countNodesBySector).
// Columns: key (village id, or UNKNOWN), label (village name, or null), count, shares (list of
//   {evidence, count}). Groups without any entity counted are not listed.
CALL () {
  MATCH (g:CraftVillage)
  CALL (g) {
    MATCH (n:$any($labels))-[r:LOCATED_IN]->(g)
    WHERE ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
      AND coalesce(n.evidence, 'STATED') IN $evidence AND coalesce(r.evidence, 'STATED') IN $evidence
    WITH n, min(CASE WHEN $rank[coalesce(n.evidence, 'STATED')] > $rank[coalesce(r.evidence, 'STATED')]
                     THEN $rank[coalesce(n.evidence, 'STATED')] ELSE $rank[coalesce(r.evidence, 'STATED')] END) AS level
    WITH level, count(n) AS c
    RETURN sum(c) AS count, collect({evidence: $levels[toInteger(level)], count: c}) AS shares
  }
  WITH g, count, shares WHERE count > 0
  RETURN g.id AS key, g.name AS label, count, shares
  UNION ALL
  MATCH (n:$any($labels))
  WHERE ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
    AND coalesce(n.evidence, 'STATED') IN $evidence
    AND NOT EXISTS { MATCH (n)-[r:LOCATED_IN]->(:CraftVillage) WHERE coalesce(r.evidence, 'STATED') IN $evidence }
  WITH coalesce(n.evidence, 'STATED') AS level, count(n) AS c
  WITH sum(c) AS count, collect({evidence: level, count: c}) AS shares
  WHERE count > 0
  RETURN 'UNKNOWN' AS key, null AS label, count, shares
}
RETURN key, label, count, shares
ORDER BY key = 'UNKNOWN', count DESC, key ASC
