"""Anchors: heads of a vault's audit chain (entry number and hash) held outside the vault, so that a
history rewritten or rolled back with the passphrase still shows (docs/security.md).

Every bundle carries its vault's head and the heads it holds of its peers' chains; every backup holds
the whole chain; every dossier prints the head on its cover. A vault keeps what its peers saw of its
own chain (sync_anchors) and `verify` checks that each is still in the chain, as does every import
of a peer's bundle; `casevault verify --against` checks one given by hand or taken from a file.

Thread rule: like the vault, only from the thread that owns its connection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.vault import Vault


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    source: str  # where it came from, for messages: a peer, a file, "given"

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"


def parse(text: str, source: str = "given") -> Anchor:
    """An anchor written as SEQ:HASH (as a dossier's cover and `casevault verify` print it)."""
    from db.errors import ValidationError  # noqa: PLC0415

    seq, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not seq.strip().isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValidationError("head", "write it as SEQ:HASH, the entry number and its 64-digit SHA-256")
    return Anchor(int(seq), digest, source)


def holds(vault: Vault, seq: int, digest: str) -> bool:
    """Is entry `seq` of this vault's chain the one with this hash?"""
    return vault.repos.audit.hash_at(seq) == digest


def remember(vault: Vault, peer: str, anchors: dict[str, tuple[int, str]], replica: str) -> None:
    """Keep the head of our chain that `peer` says it holds (inside a write transaction)."""
    from db.vault import now  # noqa: PLC0415

    mine = anchors.get(replica)
    if mine is not None:
        vault.conn.execute("INSERT OR REPLACE INTO sync_anchors(replica, seq, hash, peer, received_at) "
                           "VALUES (?, ?, ?, ?, ?)", (replica, mine[0], mine[1], peer, now()))


def kept(vault: Vault) -> list[Anchor]:
    """The heads of this vault's chain (under its current replica id) that peers saw."""
    return [Anchor(seq, digest, f"seen by {peer}") for seq, digest, peer in vault.conn.execute(
        "SELECT seq, hash, peer FROM sync_anchors WHERE replica = ? ORDER BY seq", (vault.versions.replica,))]


def problems(vault: Vault, anchors: list[Anchor]) -> list[str]:
    """Sentences for each anchor the chain no longer holds."""
    head = vault.repos.audit.head()[0]
    out = []
    for a in anchors:
        if a.seq > head:
            out.append(f"the chain ends at entry {head}, but entry {a.seq} ({a.source}) existed: "
                       "the vault was rolled back to an older copy or its history was cut")
        elif not holds(vault, a.seq, a.hash):
            out.append(f"entry {a.seq} is not the one {a.source} saw: the history before it was rewritten")
    return out
