// Projects the actor network of the measures into a Graph Data Science in-memory graph, folded in
// the database exactly as src/analytics/projection.ts folds it in Node (the fallback engine):
// every actor on the evidence asked is a node; two actors are tied by a direct relationship of
// $linkTypes or by sharing a context of $labels (hosts with each other and with every member;
// members with each other in contexts of $coMemberLabels with at most $maxCoMembers members).
// A tied pair's weight is the number of distinct relationship types and contexts behind it.
// Two relationship types: TIE (undirected, weight) for degree, betweenness, closeness, Louvain;
// ARC (directed, weight = provenances carrying flow that way) for PageRank and brokerage: FUNDS,
// SUPPORTS ($directedTypes) and contexts of $directedLabels (investor → enterprise) one way,
// everything else both ways.
// Params: $graph (name of the in-memory graph), $evidence, $linkTypes, $directedTypes, $labels,
//   $hostTypes and $memberTypes (maps: context label → relationship types), $directedLabels,
//   $coMemberLabels, $maxCoMembers.
// Columns: nodes, relationships (of both types; TIE counted once per direction), cappedContexts
//   (contexts of $coMemberLabels too large to tie their members to each other).
CALL () {
  CALL () {
    MATCH (x:Actor)-[r]->(y:Actor)
    WHERE type(r) IN $linkTypes AND x <> y
      AND coalesce(r.evidence, 'STATED') IN $evidence
      AND coalesce(x.evidence, 'STATED') IN $evidence AND coalesce(y.evidence, 'STATED') IN $evidence
    WITH x, y, type(r) AS via, type(r) IN $directedTypes AS directed
    RETURN CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b,
           via, null AS context,
           CASE WHEN NOT directed OR x.id < y.id THEN 1 ELSE 0 END AS ab,
           CASE WHEN NOT directed OR x.id > y.id THEN 1 ELSE 0 END AS ba
    UNION ALL
    MATCH (c:Entity)
    WHERE c.label IN $labels AND coalesce(c.evidence, 'STATED') IN $evidence
    CALL (c) {
      MATCH (x:Actor)-[r]-(c)
      WHERE type(r) IN $hostTypes[c.label]
        AND coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(x.evidence, 'STATED') IN $evidence
      RETURN collect(DISTINCT x) AS hosts
    }
    CALL (c, hosts) {
      MATCH (x:Actor)-[r]-(c)
      WHERE type(r) IN $memberTypes[c.label] AND NOT x IN hosts
        AND coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(x.evidence, 'STATED') IN $evidence
      RETURN collect(DISTINCT x) AS members
    }
    WITH c, hosts, members, c.label IN $directedLabels AS directed,
         c.label IN $coMemberLabels AND size(members) <= $maxCoMembers AS coMembers
    CALL (hosts, members, directed, coMembers) {
      UNWIND hosts AS h1
      UNWIND hosts AS h2
      WITH h1, h2 WHERE h1.id < h2.id
      RETURN h1 AS x, h2 AS y, false AS oneWay
      UNION ALL
      UNWIND hosts AS h
      UNWIND members AS m
      RETURN h AS x, m AS y, directed AS oneWay
      UNION ALL
      WITH members WHERE coMembers
      UNWIND members AS m1
      UNWIND members AS m2
      WITH m1, m2 WHERE m1.id < m2.id
      RETURN m1 AS x, m2 AS y, false AS oneWay
    }
    RETURN CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b,
           c.label AS via, c.id AS context,
           CASE WHEN NOT oneWay OR x.id < y.id THEN 1 ELSE 0 END AS ab,
           CASE WHEN NOT oneWay OR x.id > y.id THEN 1 ELSE 0 END AS ba
  }
  // One provenance (a relationship type, or one context) counts once per pair, in each direction it runs.
  WITH a, b, via, context, max(ab) AS ab, max(ba) AS ba
  WITH a, b, count(*) AS weight, sum(ab) AS ab, sum(ba) AS ba
  UNWIND [
    {s: a, t: b, type: 'TIE', w: weight},
    {s: a, t: b, type: 'ARC', w: ab},
    {s: b, t: a, type: 'ARC', w: ba}
  ] AS rel
  WITH rel WHERE rel.w > 0
  RETURN rel.s AS s, rel.t AS t, rel.type AS type, rel.w AS w
  UNION ALL
  // Every actor is a node, isolates included.
  MATCH (x:Actor)
  WHERE coalesce(x.evidence, 'STATED') IN $evidence
  RETURN x AS s, null AS t, null AS type, null AS w
}
WITH gds.graph.project($graph, s, t,
       {relationshipType: type, relationshipProperties: CASE WHEN t IS NULL THEN null ELSE {weight: toFloat(w)} END},
       {undirectedRelationshipTypes: ['TIE']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships,
       COUNT {
         MATCH (c:Entity)
         WHERE c.label IN $coMemberLabels AND coalesce(c.evidence, 'STATED') IN $evidence
           AND size(COLLECT {
             MATCH (x:Actor)-[r]-(c)
             WHERE type(r) IN $memberTypes[c.label]
               AND coalesce(r.evidence, 'STATED') IN $evidence AND coalesce(x.evidence, 'STATED') IN $evidence
               AND NOT EXISTS {
                 MATCH (x)-[h]-(c)
                 WHERE type(h) IN $hostTypes[c.label] AND coalesce(h.evidence, 'STATED') IN $evidence
               }
             RETURN DISTINCT x
           }) > $maxCoMembers
       } AS cappedContexts
