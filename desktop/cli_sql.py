"""`casevault sql VAULT [--query SQL]`: read a vault with SQL through the SQLCipher library that
CaseVault ships, for users without a SQLCipher 4 shell (docs/schema.md describes the tables).

Read-only, enforced by SQLite itself, three times over:
- an authorizer allows reading (SELECT, reading columns, functions, recursive queries) and a
  list of pragmas that only report; it refuses every write, ATTACH and DETACH, VACUUM (also
  VACUUM INTO, which writes a copy), transactions, and pragmas that change anything (key, rekey,
  journal_mode, query_only...), as well as the functions sqlcipher_export and load_extension;
- PRAGMA query_only is on;
- the file is opened without being created, with exclusive locking (no -shm file; the vault
  cannot be changed by another process while the prompt is open) and temp_store=MEMORY, so sorts
  never spill to a temporary file. SQLite keeps an empty, encrypted -wal file beside the vault
  while it is open and removes it on close: the vault's bytes do not change.

Output is text: `--query` prints a header line and tab-separated rows (tabs, newlines,
backslashes and control or invisible formatting characters escaped as \\t, \\n, \\\\, \\uXXXX; NULL
as an empty field, a blob as <blob N bytes>). The interactive prompt prints aligned columns and
keeps its line history in memory only: no history file is ever written.

Thread rule: the command line's thread only."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import sqlcipher3

from db import schema
from db.errors import NotAVaultError, VaultBusyError, VaultMissingError, WrongPassphraseError
from desktop.cli import CliError, out, passphrase

Command = Callable[..., argparse.ArgumentParser]

# Pragmas that only report. The first group takes no argument here (with one, most would write).
_REPORTING_PRAGMAS = frozenset({
    "application_id", "user_version", "schema_version", "data_version", "page_count", "page_size",
    "freelist_count", "encoding", "compile_options", "journal_mode", "query_only", "foreign_keys",
    "cipher_version", "cipher_provider", "cipher_provider_version", "function_list", "module_list",
    "pragma_list", "collation_list", "database_list"})
# These name a table, an index or a limit, and still only report.
_INTROSPECTION_PRAGMAS = frozenset({
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "foreign_key_check", "integrity_check", "quick_check"})
_READING_ACTIONS = frozenset({sqlcipher3.SQLITE_SELECT, sqlcipher3.SQLITE_READ, sqlcipher3.SQLITE_FUNCTION,
                              sqlcipher3.SQLITE_RECURSIVE})
_REFUSED_FUNCTIONS = frozenset({"sqlcipher_export", "load_extension", "fts3_tokenizer", "readfile", "writefile"})


def authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    """SQLite's authorizer callback: SQLITE_OK for what only reads, SQLITE_DENY for anything else."""
    if action in _READING_ACTIONS:
        if action == sqlcipher3.SQLITE_FUNCTION and (arg2 or "").lower() in _REFUSED_FUNCTIONS:
            return sqlcipher3.SQLITE_DENY
        return sqlcipher3.SQLITE_OK
    if action == sqlcipher3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in _INTROSPECTION_PRAGMAS or (name in _REPORTING_PRAGMAS and arg2 is None):
            return sqlcipher3.SQLITE_OK
    return sqlcipher3.SQLITE_DENY


def open_read_only(path: Path, secret: str) -> sqlcipher3.Connection:
    """A connection to the vault at `path` that SQLite will not let write. Raises VaultError."""
    if not path.is_file():
        raise VaultMissingError(path)
    # mode=rw: never create a missing file (a read-only open cannot read a WAL vault without its -shm).
    conn = sqlcipher3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None)
    try:
        if not secret or "\x00" in secret:
            raise WrongPassphraseError(path)
        conn.execute("PRAGMA key = '" + secret.replace("'", "''") + "'")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA query_only = ON")
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise VaultBusyError(path) from None
            raise WrongPassphraseError(path) from None
        if app_id != schema.APPLICATION_ID:
            raise NotAVaultError(path, "it is an encrypted database of another program")
        conn.set_authorizer(authorize)
    except BaseException:
        conn.close()
        raise
    return conn


def text_of(value: object) -> str:
    """A value as one line of text: NULL empty, blobs by size, escapes for what would break a line
    or could hide or reorder text on a terminal (control and formatting characters)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return f"<blob {len(value)} bytes>"
    out_chars = []
    for ch in str(value):
        if ch == "\\":
            out_chars.append("\\\\")
        elif ch in "\t\n\r":
            out_chars.append({"\t": "\\t", "\n": "\\n", "\r": "\\r"}[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out_chars.append(f"\\u{ord(ch):04x}")
        else:
            out_chars.append(ch)
    return "".join(out_chars)


def run(conn: sqlcipher3.Connection, sql: str) -> tuple[list[str], Iterator[tuple[object, ...]]]:
    """Execute one statement; its column names and rows. Raises CliError for SQL errors and refusals."""
    try:
        cursor = conn.execute(sql)
    except sqlcipher3.Warning:
        raise CliError("give one SQL statement at a time") from None
    except sqlcipher3.DatabaseError as exc:
        raise CliError(_refusal(exc)) from None
    return [d[0] for d in cursor.description or ()], iter(cursor)


def _refusal(exc: Exception) -> str:
    text = str(exc)
    if "not authorized" in text or "authorization denied" in text or "readonly" in text:
        return f"refused: this prompt only reads the vault ({text})"
    return f"SQL error: {text}"


def print_tsv(columns: Sequence[str], rows: Iterator[tuple[object, ...]], header: bool = True) -> None:
    if header and columns:
        out("\t".join(text_of(c) for c in columns))
    try:
        for row in rows:
            out("\t".join(text_of(v) for v in row))
    except sqlcipher3.DatabaseError as exc:
        raise CliError(_refusal(exc)) from None


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def clip(text: str, limit: int = 48) -> str:
    if width(text) <= limit:
        return text
    kept, used = [], 0
    for ch in text:
        used += width(ch)
        if used > limit - 1:
            break
        kept.append(ch)
    return "".join(kept) + "…"


def print_table(columns: Sequence[str], rows: Iterator[tuple[object, ...]]) -> None:
    """Aligned columns for a person at the prompt (cells clipped at 48 columns; --query gives all)."""
    try:
        cells = [[clip(text_of(v)) for v in row] for row in rows]
    except sqlcipher3.DatabaseError as exc:
        raise CliError(_refusal(exc)) from None
    if not columns:
        return
    head = [clip(text_of(c)) for c in columns]
    widths = [max(width(c) for c in col) for col in zip(head, *cells, strict=True)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    out(line(head))
    out(line(["-" * w for w in widths]))
    for row in cells:
        out(line(row))
    out(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")


HELP = """Type SQL ending with ';' (one statement at a time), or:
  .tables            list the tables
  .schema [TABLE]    show how a table (or every table) is defined
  .help              this text
  .quit              leave (or Ctrl+D)
The vault is open read-only. docs/schema.md describes the tables and their vocabularies."""


def dot_command(conn: sqlcipher3.Connection, line: str) -> bool:
    """Run a '.' command; False when it asks to leave."""
    word, _, rest = line.strip().partition(" ")
    if word in (".quit", ".exit"):
        return False
    if word == ".tables":
        columns, rows = run(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                  "'search_fts_%' ORDER BY name")
        out("  ".join(str(r[0]) for r in rows))
    elif word == ".schema":
        name = rest.strip()
        sql = ("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND (? = '' OR tbl_name = ?) "
               "ORDER BY tbl_name, type DESC")
        try:
            rows = conn.execute(sql, (name, name)).fetchall()
        except sqlcipher3.DatabaseError as exc:
            raise CliError(_refusal(exc)) from None
        for (text,) in rows:
            out(text + ";")
    else:
        out(HELP)
    return True


def prompt_loop(conn: sqlcipher3.Connection, read: Callable[[str], str]) -> None:
    """The interactive prompt: statements until ';', dot commands, errors shown and survived."""
    buffer: list[str] = []
    while True:
        try:
            line = read("sql> " if not buffer else " ...> ")
        except EOFError:
            out()
            return
        except KeyboardInterrupt:
            out()
            buffer.clear()
            continue
        try:
            if not buffer and line.strip().startswith("."):
                if not dot_command(conn, line):
                    return
                continue
            buffer.append(line)
            statement = "\n".join(buffer)
            if not sqlcipher3.complete_statement(statement):
                continue
            buffer.clear()
            print_table(*run(conn, statement))
        except CliError as exc:
            sys.stderr.write(f"{exc}\n")


def _line_editing() -> None:
    """Arrow keys and recall at a terminal, with history kept in memory only (never read or written)."""
    try:
        import readline  # noqa: PLC0415 - only for an interactive prompt
    except ImportError:
        return
    readline.set_auto_history(True)


def cmd_sql(args: argparse.Namespace) -> int:
    conn = open_read_only(Path(args.vault), passphrase(args))
    try:
        if args.query is not None:
            columns, rows = run(conn, args.query)
            print_tsv(columns, rows, header=not args.no_header)
            return 0
        interactive = sys.stdin.isatty()
        if interactive:
            _line_editing()
            sys.stderr.write(f"{args.vault}: open read-only. Type .help for help, .quit to leave.\n")
            prompt_loop(conn, input)
        else:
            prompt_loop(conn, _reader(sys.stdin))
        return 0
    finally:
        conn.close()


def _reader(stream: object) -> Callable[[str], str]:
    """input() for a pipe: no prompt echoed, EOFError at the end."""
    def read(_prompt: str) -> str:
        line = stream.readline()  # type: ignore[attr-defined]
        if not line:
            raise EOFError
        return line.rstrip("\n")
    return read


def register(sub: argparse._SubParsersAction, command: Command) -> None:
    p = command("sql", cmd_sql, "query the vault with SQL, read-only (a prompt, or --query for scripts)")
    p.add_argument("--query", metavar="SQL", help="run one statement, print tab-separated rows, and exit")
    p.add_argument("--no-header", action="store_true", help="with --query: no line of column names")
