"""A case's last change (`cases.changed_at`): the latest time anything in the case changed, so that
the case list can sort by "what did I work on today" on a 100,000-case vault without reading every
child table.

It is the latest of: the case's own `updated_at`, the `updated_at` of its roles, incidents,
sources, exhibits, interventions, Interpol notices, extradition requests, outcomes, notes
and tasks, of the persons in it (through its roles), and
the time of each deletion in it (`tombstones.at`). Records keep their own times through imports
and merges, so a change made on another laptop counts at the time it was made there, and two
vaults holding the same records show the same last change. It never goes back: a conflict
resolved in favour of an older version leaves it where it was. Organisations are not in a case
(one is named by the incidents of many), so editing one changes no case's last change.

`attach(vault)` registers a commit hook: each write transaction refreshes the cases it touched
(db.repository touches the case of every record it writes or deletes) and the cases of the
persons it touched, just before COMMIT, in the same transaction. The column is not part of any
record: it is in no dataclass, digest, export or bundle (like the `vv` column of every table).

Thread rule: like the vault, only from the thread that owns its connection."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from db.repository import chunks

if TYPE_CHECKING:
    from db.vault import Vault

_CHILDREN = ("roles", "incidents", "sources", "exhibits", "interventions", "interpol_notices", "extradition_requests",
             "outcomes", "notes", "tasks", "tombstones")


def _latest(table: str) -> str:
    column = "at" if table == "tombstones" else "updated_at"
    return f"coalesce((SELECT max({column}) FROM {table} WHERE case_id = cases.id), '')"


def _latest_of(children: tuple[str, ...]) -> str:
    # One UPDATE per chunk of cases; each child table is read through its index on case_id.
    return ", ".join([
        "changed_at", "updated_at", *(_latest(t) for t in children),
        "coalesce((SELECT max(p.updated_at) FROM roles r JOIN persons p ON p.id = r.person_id "
        "WHERE r.case_id = cases.id), '')",
    ])


_LATEST = _latest_of(_CHILDREN)


def refresh(conn: Any, case_ids: Iterable[str] | None = None, children: tuple[str, ...] | None = None) -> None:
    """Bring `changed_at` up to date for these cases (all of them with None). Inside a write.
    `children` names the tables a case's records are in, for a migration of an earlier schema."""
    latest = _LATEST if children is None else _latest_of(children)
    if case_ids is None:
        conn.execute(f"UPDATE cases SET changed_at = max({latest})")
        return
    for part in chunks(sorted(set(case_ids))):
        conn.execute(f"UPDATE cases SET changed_at = max({latest}) WHERE id IN ({','.join('?' * len(part))})",
                     list(part))


def cases_of_persons(conn: Any, person_ids: Iterable[str]) -> set[str]:
    """The cases these persons have a role in."""
    out: set[str] = set()
    for part in chunks(sorted(set(person_ids))):
        out.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT case_id FROM roles WHERE person_id IN ({','.join('?' * len(part))})", list(part)))
    return out


def _on_commit(vault: Vault, touched: dict[str, set[str]]) -> None:
    case_ids = set(touched.get("case", ()))
    if touched.get("person"):
        case_ids |= cases_of_persons(vault.conn, touched["person"])
    if case_ids:
        refresh(vault.conn, case_ids)


def attach(vault: Vault) -> None:
    """Keep `vault`'s last changes in step with its writes (called once by Vault.__init__)."""
    vault.commit_hooks.append(_on_commit)
