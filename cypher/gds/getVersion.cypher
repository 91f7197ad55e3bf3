// The installed Graph Data Science version (only sent once countVersionFunction found it).
// Params: none. Columns: version.
RETURN gds.version() AS version
