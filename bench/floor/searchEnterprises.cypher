// Floor: full-text search restricted to enterprises, most relevant first.
// Params: $query (Lucene, built by src/domain/search.ts), $limit. Columns: id, name, score.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 2000}) YIELD node, score
WHERE node:Enterprise
RETURN node.id AS id, node.name AS name, score
ORDER BY score DESC, id ASC
LIMIT toInteger($limit)
