"""docs/schema.md is generated from the live schema of a new vault (docs/schema_doc.py): it
cannot drift from db/schema.py and its migrations, and every table and coded column is described."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from db import vocab
from db.vault import Vault

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs"))
import schema_doc  # noqa: E402


def live_tables_and_columns() -> tuple[list[str], set[str]]:
    with tempfile.TemporaryDirectory() as folder, Vault.create(Path(folder) / "v.cvault", "pw", author="t") as v:
        tables = schema_doc.tables(v.conn)
        columns = {f"{t}.{row[1]}" for t in tables for row in v.conn.execute(f"PRAGMA table_xinfo({t})")}
    return tables, columns


def test_schema_md_is_what_the_generator_writes_today():
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == schema_doc.render(), \
        "docs/schema.md is stale: run .venv/bin/python docs/schema_doc.py"


def test_every_table_is_described_and_no_description_is_left_over():
    tables, _columns = live_tables_and_columns()
    assert sorted(set(tables) - set(schema_doc.TABLES)) == [], "describe the new tables in docs/schema_doc.py"
    assert sorted(set(schema_doc.TABLES) - set(tables)) == [], "these tables no longer exist"


def test_every_vocabulary_is_documented_on_a_column_that_exists():
    _tables, columns = live_tables_and_columns()
    assert set(schema_doc.VOCABULARIES) <= columns
    defined = {name for name, value in vars(vocab).items() if name.isupper() and isinstance(value, dict)
               and all(isinstance(v, str) for v in value.values())}
    documented = set(schema_doc.VOCABULARIES.values()) | set(schema_doc.MAPPINGS)
    assert documented == defined, "map each vocabulary of db.vocab to its columns"
