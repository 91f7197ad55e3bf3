// Counts entities per province, for dashboards, on the evidence asked: located in the province
// itself or in one of its craft villages (counted once, on its strongest placement: the weakest of
// the entity, its tie and, through a village, the village's tie). Entities in no province on this
// evidence are counted in the group UNKNOWN.
// Params: $labels (entity labels to count), $placeholder (boolean or null), $evidence, $levels,
//   $rank (as dashboard/countNodesBySector).
// Columns: key (province id, or UNKNOWN), label (province name, or null), count, shares (list of
//   {evidence, count}). Groups without any entity counted are not listed.
CALL () {
  MATCH (g:Province)
  CALL (g) {
    CALL (g) {
      MATCH (n:$any($labels))-[r:LOCATED_IN]->(g)
      WHERE coalesce(r.evidence, 'STATED') IN $evidence
      RETURN n, $rank[coalesce(r.evidence, 'STATED')] AS tie
      UNION ALL
      MATCH (n:$any($labels))-[r:LOCATED_IN]->(v:CraftVillage)-[q:LOCATED_IN]->(g)
      WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
        AND coalesce(v.evidence, 'STATED') IN $evidence
      RETURN n, CASE WHEN $rank[coalesce(r.evidence, 'STATED')] > $rank[coalesce(q.evidence, 'STATED')]
                     THEN $rank[coalesce(r.evidence, 'STATED')] ELSE $rank[coalesce(q.evidence, 'STATED')] END AS tie
    }
    WITH n, tie WHERE ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
      AND coalesce(n.evidence, 'STATED') IN $evidence
    WITH n, min(CASE WHEN $rank[coalesce(n.evidence, 'STATED')] > tie THEN $rank[coalesce(n.evidence, 'STATED')] ELSE tie END) AS level
    WITH level, count(n) AS c
    RETURN sum(c) AS count, collect({evidence: $levels[toInteger(level)], count: c}) AS shares
  }
  WITH g, count, shares WHERE count > 0
  RETURN g.id AS key, g.name AS label, count, shares
  UNION ALL
  MATCH (n:$any($labels))
  WHERE ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
    AND coalesce(n.evidence, 'STATED') IN $evidence
    AND NOT EXISTS { MATCH (n)-[r:LOCATED_IN]->(:Province) WHERE coalesce(r.evidence, 'STATED') IN $evidence }
    AND NOT EXISTS {
      MATCH (n)-[r:LOCATED_IN]->(v:CraftVillage)-[q:LOCATED_IN]->(:Province)
      WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
        AND coalesce(v.evidence, 'STATED') IN $evidence
    }
  WITH coalesce(n.evidence, 'STATED') AS level, count(n) AS c
  WITH sum(c) AS count, collect({evidence: level, count: c}) AS shares
  WHERE count > 0
  RETURN 'UNKNOWN' AS key, null AS label, count, shares
}
RETURN key, label, count, shares
ORDER BY key = 'UNKNOWN', count DESC, key ASC
