// Counts the entities in the database (0 means the founding dataset should be loaded).
// Params: none. Columns: entities.
MATCH (n:Entity)
RETURN count(n) AS entities
