"""Schema migration 3: tables for exchange-bundle merges and conflicts (owned by db.merge)."""

MIGRATION = ""  # filled in by the bundle work (issue 6)
