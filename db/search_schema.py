"""Schema migration 2: the full-text search index (owned by db.search_index).

- search_doc maps each indexed case to a small integer docid, the rowid of its index row. It is
  an INTEGER PRIMARY KEY, so copies (sqlcipher_export, rekey) keep it as it is;
- search_fts is one contentless FTS5 row per case: no text is stored twice, and rows can still be
  replaced (contentless_delete). Three columns so that ranking can weigh where a word stands: head
  (title, reference, tags), names (persons, aliases, organisations, with pinyin), body (the rest);
- search_facet holds what filters look up ("status:open", "tactic:exit_ban", "tag:fox hunt"), by
  the code search_facet_name gives each such string;
- search_span holds each incident's dates as day numbers [lo, hi] for the date-range filter. Most
  spans are short, which lets a range query scan a narrow band of `lo`; the few long ones (ranges
  over years) have their own partial index.

Finding the cases that mention an edited person or organisation relies on the indexes on
incidents(targeted_person_id) and incident_actors(person_id, organisation_id) that migration 3
(db.sync_schema) creates; tests/db/test_search_index.py checks that these lookups stay indexed.

The index is filled after all migrations have run (db.search_index.attach sees the 'stale' mark),
so this migration never depends on tables as a later schema shapes them."""

from __future__ import annotations

from typing import Any

LONG_SPAN = 400  # days; a span longer than this is found through search_span_long

STATEMENTS = (
    "CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE search_fts USING fts5(head, names, body, content='', contentless_delete=1, "
    "tokenize='unicode61 remove_diacritics 2')",
    # Weights of head, names and body in bm25: a word in a title or a name counts more than in a note.
    "INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 1.0)')",
    # Facets are stored as small integer codes (a few bytes a row instead of the facet text each time).
    "CREATE TABLE search_facet_name (code INTEGER PRIMARY KEY, facet TEXT NOT NULL UNIQUE)",
    "CREATE TABLE search_facet (code INTEGER NOT NULL, docid INTEGER NOT NULL, PRIMARY KEY (code, docid)) "
    "WITHOUT ROWID",
    "CREATE INDEX search_facet_doc ON search_facet(docid)",
    "CREATE TABLE search_span (docid INTEGER NOT NULL, lo INTEGER NOT NULL, hi INTEGER NOT NULL, "
    "PRIMARY KEY (docid, lo, hi)) WITHOUT ROWID",
    "CREATE INDEX search_span_lo ON search_span(lo, hi)",
    f"CREATE INDEX search_span_long ON search_span(lo, hi) WHERE hi - lo > {LONG_SPAN}",
    "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', 'stale')",
)


def migrate(conn: Any) -> None:
    """Create the (empty) index tables inside the migration's transaction and mark them stale."""
    for statement in STATEMENTS:
        conn.execute(statement)


MIGRATION = migrate
