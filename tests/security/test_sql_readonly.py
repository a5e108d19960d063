"""`casevault sql` only reads: every way to write through it (statements, ATTACH, VACUUM INTO,
pragmas including SQLCipher's key and rekey, writing functions) is refused, the vault's bytes stay
the same, no file appears beside it or in the home folder (no history file), and record text comes
out as text that cannot drive the terminal."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.vault import Vault
from desktop import cli_sql
from desktop.cli import CliError
from tests.conftest import PASSPHRASE
from tests.security.harness import ROOT, child_env, cli, long_mode

WRITES = [
    "INSERT INTO meta VALUES ('x', 'y')",
    "UPDATE cases SET title = 'changed'",
    "DELETE FROM audit",
    "REPLACE INTO meta VALUES ('author', 'mallory')",
    "WITH t AS (SELECT 1) INSERT INTO meta SELECT 'k', 'v' FROM t",
    "DROP TABLE audit",
    "CREATE TABLE evil (a)",
    "CREATE TEMP TABLE scratch (a)",
    "CREATE TRIGGER t AFTER INSERT ON cases BEGIN DELETE FROM audit; END",
    "ALTER TABLE cases ADD COLUMN evil TEXT",
    "CREATE INDEX evil ON cases(title)",
    "VACUUM",
    "REINDEX",
    "ANALYZE",
    "BEGIN",
    "SAVEPOINT s",
    "PRAGMA user_version = 99",
    "PRAGMA application_id = 1",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA query_only = OFF",
    "PRAGMA writable_schema = ON",
    "PRAGMA foreign_keys = OFF",
    "PRAGMA key = 'other'",
    "PRAGMA rekey = 'other'",
    "PRAGMA cipher_page_size = 1024",
    "PRAGMA cipher_migrate",
    "PRAGMA wal_checkpoint(TRUNCATE)",
    "PRAGMA incremental_vacuum",
    "PRAGMA optimize",
    "SELECT sqlcipher_export('main')",
    "SELECT load_extension('/tmp/evil.so')",
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def work(tmp_path, demo_template):
    """A folder holding only a copy of the demo vault, and an environment whose home is empty."""
    folder = tmp_path / "vaults"
    folder.mkdir()
    shutil.copyfile(demo_template, folder / "demo.cvault")
    env = child_env(tmp_path / "env", CASEVAULT_PASSPHRASE=PASSPHRASE)
    return folder, env


def test_every_write_attach_and_writing_pragma_is_refused(work, tmp_path):
    folder, env = work
    vault = folder / "demo.cvault"
    before = digest(vault)
    copies = [tmp_path / "attached.db", tmp_path / "copy.db"]
    statements = [*WRITES, f"ATTACH DATABASE '{copies[0]}' AS other", f"VACUUM INTO '{copies[1]}'"]
    for sql in statements:
        result = cli("sql", str(vault), "--query", sql, env=env, check=False)
        assert result.returncode == 2, (sql, result.stdout, result.stderr)
        assert "refused" in result.stderr or "SQL error" in result.stderr, (sql, result.stderr)
        assert digest(vault) == before, f"{sql} changed the vault"
    assert not any(p.exists() for p in copies)
    assert sorted(p.name for p in folder.iterdir()) == ["demo.cvault"]
    with Vault.open(vault, PASSPHRASE) as v:  # still opens with its own passphrase, not "other"
        assert v.repos.cases.count() == 5


def test_the_same_refusals_through_the_prompt_leave_no_file_behind(work, tmp_path):
    folder, env = work
    vault = folder / "demo.cvault"
    before = digest(vault)
    script = "".join(s + ";\n" for s in WRITES) + ".tables\nSELECT count(*) FROM cases;\n.quit\n"
    result = cli("sql", str(vault), env=env, stdin=script)
    assert result.stderr.count("refused") + result.stderr.count("SQL error") == len(WRITES), result.stderr
    assert "cases" in result.stdout and "(1 row)" in result.stdout
    assert digest(vault) == before
    home = tmp_path / "env"
    assert [p for p in home.rglob("*") if p.is_file()] == []
    assert sorted(p.name for p in folder.iterdir()) == ["demo.cvault"]


def test_reading_queries_work_including_the_search_index_and_schema_pragmas(work):
    folder, env = work
    vault = str(folder / "demo.cvault")
    rows = cli("sql", vault, "--query", "SELECT reference, status FROM cases ORDER BY reference", env=env).stdout
    assert rows.splitlines()[0] == "reference\tstatus"
    assert "CV-2024-001\topen" in rows.splitlines()
    found = cli("sql", vault, "--no-header", "--query", "SELECT c.reference FROM search_fts f JOIN search_doc d "
                "ON d.docid = f.rowid JOIN cases c ON c.id = d.case_id WHERE search_fts MATCH 'montreal'", env=env)
    assert found.stdout.split() == ["CV-2024-001"]
    info = cli("sql", vault, "--query", "PRAGMA table_info(cases)", env=env).stdout
    assert "\treference\tTEXT\t" in info
    assert cli("sql", vault, "--query", "PRAGMA integrity_check", env=env).stdout.split() == ["integrity_check", "ok"]


def test_an_interactive_session_on_a_terminal_writes_no_history_file(work, tmp_path):
    """At a real terminal (a pty) the prompt has line editing; its history stays in memory."""
    folder, env = work
    vault = folder / "demo.cvault"
    before = digest(vault)
    primary, secondary = os.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "sql", str(vault)], stdin=secondary,
                            stdout=secondary, stderr=secondary, env=env, cwd=ROOT, close_fds=True)
    os.close(secondary)
    seen = b""

    def wait_for(text: bytes) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while text not in seen:
            assert time.monotonic() < deadline, seen.decode(errors="replace")[-2000:]
            try:
                seen += os.read(primary, 4096)
            except OSError:
                break

    try:
        wait_for(b"sql> ")
        os.write(primary, b"SELECT reference FROM cases WHERE reference = 'CV-2024-001';\n")
        wait_for(b"(1 row)")
        os.write(primary, b"DELETE FROM cases;\n")
        wait_for(b"refused")
        os.write(primary, b".quit\n")
        assert proc.wait(timeout=60) == 0
    finally:
        os.close(primary)
        if proc.poll() is None:
            proc.kill()
    assert digest(vault) == before
    assert [p for p in (tmp_path / "env").rglob("*") if p.is_file()] == []
    assert sorted(p.name for p in folder.iterdir()) == ["demo.cvault"]


def test_record_text_cannot_drive_the_terminal_or_break_rows(work, tmp_path):
    folder, env = work
    vault = folder / "demo.cvault"
    sql = ("SELECT char(27) || '[2J' || char(10) || 'two' || char(9) || 'cols' || char(8238) || 'evil', "
           "x'00ff', NULL, '林晓梅 ئۇيغۇر'")
    rows = cli("sql", str(vault), "--no-header", "--query", sql, env=env).stdout.splitlines()
    assert rows == ["\\u001b[2J\\ntwo\\tcols\\u202eevil\t<blob 2 bytes>\t\t林晓梅 ئۇيغۇر"]


def test_a_missing_file_is_not_created_and_a_wrong_passphrase_is_one_line(work, tmp_path):
    folder, env = work
    missing = folder / "missing.cvault"
    result = cli("sql", str(missing), "--query", "SELECT 1", env=env, check=False)
    assert result.returncode == 2 and "does not exist" in result.stderr and not missing.exists()
    wrong = dict(env, CASEVAULT_PASSPHRASE="not the passphrase")
    result = cli("sql", str(folder / "demo.cvault"), "--query", "SELECT 1", env=wrong, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == f"casevault: Wrong passphrase for vault {folder / 'demo.cvault'}."


VERBS = st.sampled_from(["INSERT INTO", "UPDATE", "DELETE FROM", "DROP TABLE", "CREATE TABLE", "ALTER TABLE",
                         "ATTACH", "DETACH", "VACUUM INTO", "PRAGMA", "REPLACE INTO", "SELECT", "WITH",
                         "CREATE VIRTUAL TABLE", "REINDEX", "BEGIN;", "COMMIT;"])
WORDS = st.sampled_from(["cases", "meta", "audit", "search_fts", "main", "temp", "key", "rekey", "=", "'x'", "(",
                         ")", ",", ";", "1", "SET", "VALUES", "AS", "x", "sqlcipher_export('main')",
                         "user_version", "journal_mode", "'/tmp/cv-attach.db'", "query_only", "OFF", "*", "FROM"])


@settings(max_examples=1000 if long_mode() else 40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(VERBS, st.lists(WORDS, max_size=8)), min_size=1, max_size=6))
def test_no_statement_built_from_writing_words_changes_the_vault(demo_template, tmp_path, statements):
    vault = tmp_path / "fuzz.cvault"
    if not vault.exists():
        shutil.copyfile(demo_template, vault)
    before = digest(vault)
    conn = cli_sql.open_read_only(vault, PASSPHRASE)
    try:
        for verb, words in statements:
            try:
                columns, rows = cli_sql.run(conn, " ".join([verb, *words]))
                list(rows)
            except CliError:
                pass
            except Exception as exc:  # noqa: BLE001 - fetching rows of a refused statement may raise too
                assert "not authorized" in str(exc) or "authorization" in str(exc) or "readonly" in str(exc), exc
    finally:
        conn.close()
    assert digest(vault) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fuzz.cvault"]
    assert not Path("/tmp/cv-attach.db").exists()


@given(st.text())
def test_a_value_always_prints_as_one_line_without_control_characters(text):
    shown = cli_sql.text_of(text)
    assert "\n" not in shown and "\t" not in shown and "\r" not in shown
    assert not any(ch != "\\" and (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or 0x202A <= ord(ch) <= 0x202E
                                   or 0x2066 <= ord(ch) <= 0x2069) for ch in shown)
