// Counts entities per program, for dashboards, on the evidence asked: linked to one of its projects
// (implementing, connected, managing, organizing, resulting, produced) or to the program itself
// (managing, funding, funded), counted once, on its strongest tie (the weakest of the entity and
// the relationships of the tie). Programs without any entity counted are not listed.
// Params: $labels (entity labels to count), $placeholder (boolean or null), $evidence, $levels,
//   $rank (as dashboard/countNodesBySector).
// Columns: key (program id), label (program name), count, shares (list of {evidence, count}).
MATCH (g:Program)
CALL (g) {
  CALL (g) {
    MATCH (n:$any($labels))-[r:IMPLEMENTS|CONNECTED|MANAGES|ORGANIZED|RESULT_OF|PRODUCED]-(:Project)<-[q:FUNDS]-(g)
    WHERE coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(q.evidence, 'STATED') IN $evidence
    RETURN n, CASE WHEN $rank[coalesce(r.evidence, 'STATED')] > $rank[coalesce(q.evidence, 'STATED')]
                   THEN $rank[coalesce(r.evidence, 'STATED')] ELSE $rank[coalesce(q.evidence, 'STATED')] END AS tie
    UNION ALL
    MATCH (n:$any($labels))-[r:MANAGES|FUNDS]-(g)
    WHERE coalesce(r.evidence, 'STATED') IN $evidence
    RETURN n, $rank[coalesce(r.evidence, 'STATED')] AS tie
  }
  WITH n, tie WHERE ($placeholder IS NULL OR coalesce(n.placeholder, false) = $placeholder)
    AND coalesce(n.evidence, 'STATED') IN $evidence
  WITH n, min(CASE WHEN $rank[coalesce(n.evidence, 'STATED')] > tie THEN $rank[coalesce(n.evidence, 'STATED')] ELSE tie END) AS level
  WITH level, count(n) AS c
  RETURN sum(c) AS count, collect({evidence: $levels[toInteger(level)], count: c}) AS shares
}
WITH g, count, shares WHERE count > 0
RETURN g.id AS key, g.name AS label, count, shares
ORDER BY count DESC, key ASC
