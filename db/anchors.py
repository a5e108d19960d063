"""Anchors: heads of a vault's audit chain (entry number and hash) held outside the vault, so that a
history rewritten or rolled back with the passphrase still shows (docs/security.md).

Every bundle carries its vault's head and the heads it holds of its peers' chains, by their lineage
id (meta vault_id: set when a vault is made, shared by copies of its file); every backup holds the
whole chain; every dossier prints the head on its cover. A vault keeps what its peers saw of its own
chain (sync_anchors) and `verify` checks that each is still in the chain, as does every import of a
peer's bundle, which records an alarm when one is not (sync_alarms: the vault was rolled back, its
history rewritten, or it is a copy of a vault that went on elsewhere; the vault then takes a new
lineage id, so one divergence raises one alarm). `casevault verify --against` checks a head given by
hand or taken from a backup or a bundle.

Thread rule: like the vault, only from the thread that owns its connection."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
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
    """Is entry `seq` of this vault's chain the one with this hash? (Entry 0 is the empty chain's
    start, which every chain holds.)"""
    return seq == 0 or vault.repos.audit.hash_at(seq) == digest


def lineage(vault: Vault) -> str:
    return vault.get_meta("vault_id") or ""


def check_and_keep(vault: Vault, peer: str, anchors: dict[str, tuple[int, str]]) -> bool:
    """Check the head of our chain that `peer` says it holds, and keep it (inside a write transaction).
    False, with an alarm recorded and a new lineage id, when our chain no longer holds it."""
    from db.vault import now  # noqa: PLC0415

    mine = anchors.get(lineage(vault))
    if mine is None:
        return True
    if not holds(vault, *mine):
        vault.conn.execute("INSERT INTO sync_alarms(at, peer, seq, hash) VALUES (?, ?, ?, ?)",
                           (now(), peer, mine[0], mine[1]))
        vault.set_meta("vault_id", secrets.token_hex(8))
        return False
    vault.conn.execute("INSERT OR REPLACE INTO sync_anchors(vault_id, seq, hash, peer, received_at) "
                       "VALUES (?, ?, ?, ?, ?)", (lineage(vault), mine[0], mine[1], peer, now()))
    return True


def alarms(vault: Vault) -> list[str]:
    return [f"on {at[:10]} a bundle from {peer} showed that this vault's history no longer held entry {seq} that "
            "it had seen: the vault was rolled back to an older copy, its history was rewritten, or it is a copy "
            "of a vault that went on elsewhere" for at, peer, seq in
            vault.conn.execute("SELECT at, peer, seq FROM sync_alarms ORDER BY at")]


def of_backup(path: Path, passphrase: str) -> Anchor:
    """The head of the chain a backup (or any copy of a vault) holds; the file is only read."""
    from db.backup import read_meta  # noqa: PLC0415

    head = read_meta(path, passphrase, "audit_head")
    if head is None:
        from db.errors import ValidationError  # noqa: PLC0415

        raise ValidationError(str(path), "holds no audit chain to compare with")
    return parse(head, f"the backup {path.name}")


def kept(vault: Vault) -> list[Anchor]:
    """The heads of this vault's chain (under its current replica id) that peers saw."""
    return [Anchor(seq, digest, f"seen by {peer}") for seq, digest, peer in vault.conn.execute(
        "SELECT seq, hash, peer FROM sync_anchors WHERE vault_id = ? ORDER BY seq", (lineage(vault),))]


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
