"""Schema migration 3: what exchange-bundle merges remember (owned by db.merge, see docs/bundle.md).

- sync_adopted: an audit entry (by seq) this vault wrote while merging a version from another vault,
  mapped to that version's token (an audit-entry hash there), so both vaults name the version alike.
- sync_known: version tokens known to be older than (or overridden by) this vault's version of a
  record: the other side's history, adopted with the records taken from it or kept over it.
- conflicts: records changed on both sides; both versions are kept here until someone picks one.
  conflict_data holds the other side's exhibit bytes when they differ from ours.
- indexes a merge needs to stay fast on big vaults: tombstones and changes since a date are found
  in the audit trail without reading all of it, and the links to persons and organisations (checked
  when a merge deletes one, and followed by the search index when a merge touches thousands) are
  looked up instead of scanned.
"""

MIGRATION = """
CREATE TABLE sync_adopted (seq INTEGER PRIMARY KEY, origin TEXT NOT NULL);
CREATE TABLE sync_known (
    entity_id TEXT NOT NULL, token TEXT NOT NULL, PRIMARY KEY (entity_id, token)) WITHOUT ROWID;
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, case_id TEXT, reason TEXT NOT NULL,
    live TEXT NOT NULL, ours_token TEXT, ours_record TEXT, theirs_token TEXT NOT NULL, theirs_record TEXT,
    theirs_history TEXT NOT NULL, theirs_author TEXT NOT NULL, theirs_at TEXT NOT NULL,
    bundle_id TEXT NOT NULL, found_at TEXT NOT NULL, resolved_at TEXT, resolution TEXT, resolved_by TEXT,
    UNIQUE (entity_id, theirs_token));
CREATE INDEX conflicts_open ON conflicts(resolved_at, entity_id);
CREATE TABLE conflict_data (
    conflict_id TEXT PRIMARY KEY REFERENCES conflicts(id) ON DELETE CASCADE, data BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX audit_deletes ON audit(entity_id) WHERE after_digest IS NULL;
CREATE INDEX audit_at ON audit(at);
CREATE INDEX incident_actors_person ON incident_actors(person_id);
CREATE INDEX incident_actors_organisation ON incident_actors(organisation_id);
CREATE INDEX incidents_targeted ON incidents(targeted_person_id);
"""
