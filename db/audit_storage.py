"""How audit entries are stored compactly (db.audit reads and writes them through these; migration 9,
db.audit_compact_schema, rewrote older entries the same way). Hashes are computed over the text
values, so storage never changes what an entry's hash covers.

- Record and case ids that are canonical UUIDs are stored as their 16 bytes (any other id as text);
- times in CaseVault's own format (2026-12-03T09:12:08.123Z) as milliseconds since 1970 (any other
  as text);
- digests and hashes as 32 bytes (migration 5).

Pure functions, any thread."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


_HEX = frozenset("0123456789abcdef")


def pack_id(value: str | None) -> Any:
    """16 bytes for a UUID written as str(uuid.UUID) writes it (lower case, hyphens in place)."""
    if value is None or len(value) != 36 or value[8] != "-" or value[13] != "-" or value[18] != "-" \
            or value[23] != "-":
        return value
    digits = value.replace("-", "")
    if len(digits) != 32 or not _HEX.issuperset(digits):
        return value
    return bytes.fromhex(digits)


def unpack_id(value: Any) -> str | None:
    if not isinstance(value, bytes | memoryview):
        return value
    h = bytes(value).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def pack_time(value: str) -> Any:
    if len(value) != 24 or value[-1] != "Z":
        return value
    try:
        moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return value
    ms = (moment - _EPOCH) // _MS
    return ms if unpack_time(ms) == value else value


def unpack_time(value: Any) -> str:
    if isinstance(value, int):
        moment = datetime.fromtimestamp(value / 1000, UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value % 1000:03d}Z"
    return value


_MS = datetime(1970, 1, 1, 0, 0, 0, 1000, tzinfo=UTC) - _EPOCH
