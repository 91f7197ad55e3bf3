// Whether Neo4j Graph Data Science is installed: its gds.version() function is registered.
// Asked before any gds.* call, since naming an unknown function fails at compile time.
// Params: none. Columns: present (0 or 1).
SHOW FUNCTIONS YIELD name
WHERE name = 'gds.version'
RETURN count(*) AS present
