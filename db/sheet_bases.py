"""What a sheet said about a record the last time it came in: a fingerprint of each field's value.

A sheet carries no versions, so a re-import alone cannot tell "the sheet changed this field" from
"the vault changed it since and the sheet still holds the old value". With the field's base (what
the sheet said before) it can, field by field:

| sheet value is the base | vault value is the base | then                                  |
| ----------------------- | ----------------------- | ------------------------------------- |
| yes                     | any                     | keep the vault's (the sheet is stale) |
| no                      | yes                     | take the sheet's (only it changed)    |
| no                      | no                      | a conflict, unless both say the same  |

A base comes from the sheet itself (the `version` column exporters.tables_export writes: the record
as exported) or from the vault (migration 13: stored by every import of a sheet without one).

A fingerprint is 8 hexadecimal digits of BLAKE2b over the value as a cell gives it back (texts
trimmed, empty list entries dropped): enough to tell an edit from no edit, too short to stand for
the text. The vault stores them encrypted like everything else (they stay after their record is
deleted, like the audit trail's digests); an exported sheet is plaintext and holds the values
themselves anyway."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from hashlib import blake2b as _blake2b
from typing import TYPE_CHECKING, Any

from db.audit_storage import pack_id

if TYPE_CHECKING:
    from db.vault import Vault

CELL_PREFIX = "cv1"  # a version cell: "cv1:<vault>;title=1a2b3c4d;status=…" (a stored base: "cv1;…")
MAX_FIELDS = 64
Fields = dict[str, str]  # field name -> fingerprint


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "\x1e".join(_text(v) for v in value if not (isinstance(v, str) and not v.strip()))
    if dataclasses.is_dataclass(value):
        return "\x1f".join(_text(getattr(value, f.name)) for f in dataclasses.fields(value))
    return str(value)


def fingerprint(value: Any) -> str:
    """Of one field's value; equal for values a cell cannot tell apart (spaces around a text)."""
    text = value.strip() if type(value) is str else _text(value)
    return _blake2b(text.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def fingerprints(record: Any, names: Iterable[str]) -> Fields:
    return {name: fingerprint(getattr(record, name)) for name in names}


def to_text(fields: Mapping[str, str], vault_tag: str = "") -> str:
    head = f"{CELL_PREFIX}:{vault_tag}" if vault_tag else CELL_PREFIX
    return ";".join([head, *(f"{name}={fp}" for name, fp in fields.items())])


def stored(text: str) -> Fields:
    """The fields of a base this module stored (in the encrypted vault: not outside input)."""
    return dict(part.split("=", 1) for part in text.split(";")[1:])


def vault_tag(vault: Vault) -> str:
    """Which vault wrote a version cell: 8 hexadecimal digits of its audit chain's first entry, fixed
    for the vault's life. A cell of another vault describes that vault's record, not ours."""
    first = vault.repos.audit.hash_at(1)
    return first[:8] if first else ""


def from_text(text: str) -> tuple[str, Fields]:
    """The vault tag and fields of a version cell; ValueError for anything else."""
    parts = text.strip().split(";")
    head, _, tag = parts[0].partition(":")
    if head != CELL_PREFIX or len(parts) > MAX_FIELDS + 1 or (tag and (len(tag) != 8 or not _hex(tag))):
        raise ValueError("not a CaseVault version")
    out: Fields = {}
    for part in parts[1:]:
        name, sep, fp = part.partition("=")
        if not sep or not name.isidentifier() or not name.isascii() or len(fp) != 8 or not _hex(fp) or name in out:
            raise ValueError("not a CaseVault version")
        out[name] = fp
    return tag, out


def _hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def load(vault: Vault, source: str, ids: Iterable[str]) -> dict[str, str]:
    """What sheets of this source (a mapping's namespace) last said of these records (those it said
    something of), as stored: read them with `stored` where they are needed (most re-imported
    records only compare the whole text). Many ids (a big sheet again) are looked up in one pass over
    the source's bases rather than one by one."""
    wanted = {pack_id(i): i for i in ids}
    if not wanted:
        return {}
    conn = vault.conn
    if len(wanted) > 2000:
        (count,) = conn.execute("SELECT count(*) FROM sheet_base WHERE source = ?", (source,)).fetchone()
        if len(wanted) * 4 > count:
            return {wanted[k]: text for k, text in conn.execute(
                "SELECT record_id, fields FROM sheet_base WHERE source = ?", (source,)) if k in wanted}
    out: dict[str, str] = {}
    packed = list(wanted)
    for start in range(0, len(packed), 500):
        chunk = packed[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.update((wanted[k], text) for k, text in conn.execute(
            f"SELECT record_id, fields FROM sheet_base WHERE source = ? AND record_id IN ({marks})", [source, *chunk]))
    return out


def store(vault: Vault, source: str, bases: Mapping[str, str]) -> None:
    """Replace what sheets of this source said of these records (texts of `to_text`; inside the
    caller's write)."""
    vault.conn.executemany("INSERT OR REPLACE INTO sheet_base (record_id, source, fields) VALUES (?, ?, ?)",
                           ((pack_id(i), source, text) for i, text in bases.items()))
