"""Schema migration 8: persons and organisations indexed once each, linked to their cases (owned by
db.search_index).

- search_names_fts: one contentless FTS5 row per person or organisation: `names` (names, original-
  script names, aliases, with pinyin) and `body` (a person's occupation, notes, contact notes and
  address; an organisation's notes);
- search_entity maps each indexed person or organisation to its docid there;
- search_link says which cases mention which of them (roles, incidents' targets and actors).

A case matches a word found in its own row of search_fts or in the row of anyone it mentions, so
editing an organisation named in 100,000 cases rewrites one row, not 100,000. The index is rebuilt
after the migrations (the 'stale' mark)."""

from __future__ import annotations

from typing import Any

STATEMENTS = (
    "CREATE VIRTUAL TABLE search_names_fts USING fts5(names, body, content='', contentless_delete=1, "
    "tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO search_names_fts(search_names_fts, rank) VALUES ('rank', 'bm25(6.0, 1.0)')",
    "CREATE TABLE search_entity (docid INTEGER PRIMARY KEY, entity_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE search_link (entity_docid INTEGER NOT NULL, case_docid INTEGER NOT NULL, "
    "PRIMARY KEY (entity_docid, case_docid)) WITHOUT ROWID",
    "CREATE INDEX search_link_case ON search_link(case_docid)",
    "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', 'stale')",
)


def migrate(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)


MIGRATION = migrate
