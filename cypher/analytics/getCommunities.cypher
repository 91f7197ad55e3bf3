// The communities of the last recompute (m_community), largest first, with the spheres and kinds
// of their members and their most central members (by PageRank).
// Params: $spheres (every sphere), $kinds (every actor kind), $top (members listed per community),
//   $offset, $limit. Columns: community, size, spheres (list of {key, count}), kinds (list of
//   {key, count}), memberIds (the $top members by PageRank, then id).
MATCH (a:Actor)
WHERE a.m_community IS NOT NULL
WITH a ORDER BY a.m_pagerank DESC, a.id
WITH a.m_community AS community, collect(a) AS members
WITH community, members, size(members) AS size
ORDER BY size DESC, community
SKIP toInteger($offset)
LIMIT toInteger($limit)
RETURN community, size,
       [s IN $spheres | {key: s, count: size([m IN members WHERE m.sphere = s])}] AS spheres,
       [k IN $kinds | {key: k, count: size([m IN members WHERE m.label = k])}] AS kinds,
       [m IN members[..toInteger($top)] | m.id] AS memberIds
