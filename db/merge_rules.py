"""What a merge does with each record, as pure functions of the two sides' versions (docs/bundle.md).
db.merge applies the decisions; nothing here touches a vault, so every rule is tested on its own.

A side is a version vector, whether the record is live or deleted there, and the digest of its
content. `decide` compares the vectors (db.versions.compare) and never a clock:

| their version is   | same content          | other content               |
| ------------------ | --------------------- | --------------------------- |
| the same vector    | SAME                  | CONFLICT (cannot happen between healthy vaults) |
| older than ours    | KEEP                  | KEEP                        |
| newer than ours    | TAKE                  | TAKE                        |
| concurrent         | JOIN (vectors joined) | CONFLICT                    |

A whole case is one decision when either side deleted it (`case_delete_rule`, `case_restore_rule`):
a case tombstone deletes the case here only if it covers every record of the case as it is here;
otherwise the whole case stays, with one conflict."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from db.versions import Order, Vector, compare, covered


class Decision(Enum):
    SAME = "same"  # nothing to write
    KEEP = "keep"  # ours is newer (or already holds theirs in a conflict): nothing to write
    TAKE = "take"  # theirs is newer: write it (a record, or its deletion)
    JOIN = "join"  # concurrent, same content: both sides take the joined vector, no new version
    CONFLICT = "conflict"  # concurrent, different content: a person decides


@dataclass(frozen=True)
class Side:
    """One vault's version of a record."""

    vector: Vector
    live: bool  # False: deleted (a tombstone)
    digest: str | None = None  # of the content, when live


def same_content(a: Side, b: Side) -> bool:
    return a.live == b.live and (not a.live or a.digest == b.digest)


def decide(ours: Side | None, theirs: Side) -> Decision:
    """The decision for one record; `ours` None when this vault never held it nor its deletion."""
    if ours is None:
        return Decision.TAKE
    order = compare(theirs.vector, ours.vector)
    if order is Order.SAME:
        return Decision.SAME if same_content(ours, theirs) else Decision.CONFLICT
    if order is Order.OLDER:
        return Decision.KEEP
    if order is Order.NEWER:
        return Decision.TAKE
    return Decision.JOIN if same_content(ours, theirs) else Decision.CONFLICT


def decide_edited(ours: Side | None, theirs: Side, base: Vector | None, past_digests: frozenset[str]) -> Decision:
    """The decision for a record of an interchange file that was changed outside CaseVault (or never
    had a version): `base` is the version it was exported from (None: unknown). An edit of the
    version we hold is a new local version (TAKE); an edit of an older one, or of an unknown one
    that differs from ours, is a conflict; an unchanged copy of one of our own past versions is
    older than ours (KEEP)."""
    if ours is None:
        return Decision.TAKE
    if ours.live and theirs.live and ours.digest == theirs.digest:
        return Decision.SAME
    if base is None:
        return Decision.KEEP if theirs.digest in past_digests else Decision.CONFLICT
    return Decision.TAKE if covered(ours.vector, base) else Decision.CONFLICT


def case_delete_rule(their_stone: Vector, covers: Mapping[str, Vector], our_case: Vector,
                     our_records: Mapping[str, Vector]) -> bool:
    """May their deletion of a case we hold delete it here? Only if the delete saw our version of the
    case and of every record in it (a record it does not cover was added or changed here since)."""
    return covered(our_case, their_stone) and all(covered(v, covers.get(i, {})) for i, v in our_records.items())


class CaseOutcome(Enum):
    STAYS_DELETED = "stays_deleted"  # their case is a version our delete already saw
    PER_RECORD = "per_record"  # they kept the case after seeing our delete: decide record by record
    RESTORE = "restore"  # both changed it: the whole case comes back, with one conflict


def case_restore_rule(our_stone: Vector, our_record_stones: Mapping[str, Vector], their_case: Vector,
                      their_records: Mapping[str, Vector]) -> CaseOutcome:
    """What to do with a case they hold live that we deleted: `our_record_stones` are our
    tombstones of the records in it, `their_records` the versions of theirs."""
    if compare(their_case, our_stone) is Order.NEWER:
        return CaseOutcome.PER_RECORD
    if covered(their_case, our_stone) and all(i in our_record_stones and covered(v, our_record_stones[i])
                                              for i, v in their_records.items()):
        return CaseOutcome.STAYS_DELETED
    return CaseOutcome.RESTORE
