"""Schema migration 2: the full-text search index (owned by db.search)."""

MIGRATION = ""  # filled in by the search work (issue 3)
