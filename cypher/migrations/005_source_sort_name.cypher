// Provenance records sort by their title (src/domain/search.ts sortKeyOf): without a sort key a
// list of sources sorted by name read an empty window of the sortName index and answered an empty
// page with a non-zero totalCount. Sources imported before this migration get it here (the
// importer sets it on every source it writes from now on).
MATCH (s:Source) WHERE s.sortName IS NULL AND s.title IS NOT NULL
CALL (s) { SET s.sortName = toLower(s.title) } IN TRANSACTIONS OF 10000 ROWS;
