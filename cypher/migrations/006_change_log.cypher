// The change log (issue 18): every write records a :Change with one :ChangeEntry per node,
// relationship or source it touched, each with :ChangeState snapshots of before and after.
// None of these carry :Entity, so no read, search or export of the graph sees them.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (k:ChangeLog) REQUIRE k.id IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_entry_target IF NOT EXISTS FOR (e:ChangeEntry) ON (e.target);
CREATE INDEX change_entry_from IF NOT EXISTS FOR (e:ChangeEntry) ON (e.from);
CREATE INDEX change_entry_to IF NOT EXISTS FOR (e:ChangeEntry) ON (e.to);
