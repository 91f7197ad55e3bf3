// Counts entities per sector they are ACTIVE_IN, for dashboards, on the evidence asked, with how
// many rest on each level (an entity's level in a group: the weaker of its own and its tie's; the
// strongest tie when it has several). An entity in two sectors counts once in each; entities in no
// sector on this evidence are counted in the group UNKNOWN.
// Params: $labels (entity labels to count), $placeholder (boolean or null: only placeholders /
//   only real ones / both), $evidence (levels; a record without `evidence` is STATED), $levels
//   (every level, strongest first), $rank (level → its index in $levels).
// Columns: key (sector id, or UNKNOWN), label (sector name, or null), count, shares (list of
//   {evidence, count}). Groups without any entity counted are not listed.
// Starts from the (few) sectors and expands their ACTIVE_IN links, so entities in no sector are
// read only by the UNKNOWN count.
CALL () {
  MATCH (g:Sector)
  CALL (g) {
    MATCH (n:$any($labels))-[r:ACTIVE_IN]->(g)
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
    AND NOT EXISTS { MATCH (n)-[r:ACTIVE_IN]->(:Sector) WHERE coalesce(r.evidence, 'STATED') IN $evidence }
  WITH coalesce(n.evidence, 'STATED') AS level, count(n) AS c
  WITH sum(c) AS count, collect({evidence: level, count: c}) AS shares
  WHERE count > 0
  RETURN 'UNKNOWN' AS key, null AS label, count, shares
}
RETURN key, label, count, shares
ORDER BY key = 'UNKNOWN', count DESC, key ASC
