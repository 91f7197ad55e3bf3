// The stored sort key of names (src/domain/search.ts sortKeyOf: the name lower-cased), indexed so
// that a list sorted by name can be read in index order. Entities imported before this migration
// get it here, in batches (the importer sets it on everything it writes from now on).
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName);
MATCH (n:Entity) WHERE n.sortName IS NULL AND n.name IS NOT NULL
CALL (n) { SET n.sortName = toLower(n.name) } IN TRANSACTIONS OF 10000 ROWS;
