"""Who acts in which cases: the read side of the relationship view (ui/relationship_view.py), which
helps a group see that the same bureau, station or agent recurs across its cases.

An actor is a person or an organisation recorded as acting in an incident (incident_actors: carried
out, ordered, suspected); an organisation also links to the body that runs it (a station's bureau).
Cases are those a db.statistics_query.Selection picks (the case list's query).

Thread rule: like every vault function, on the thread that opened the vault. Reads only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from db.repository import chunks
from db.statistics_query import Selection, selected_ids

if TYPE_CHECKING:
    from db.vault import Vault


@dataclass(frozen=True)
class Actor:
    id: str
    kind: str  # "organisation" or "person"
    name: str
    name_original: str
    organisation_kind: str = ""  # vocab.ORGANISATION_KIND for an organisation
    parent_id: str | None = None  # the organisation that runs this one
    consent: str = ""  # a person's consent to be named (vocab.CONSENT)


@dataclass(frozen=True)
class CaseNode:
    id: str
    reference: str
    title: str


@dataclass
class ActorGraph:
    """Actors, the cases they act in, and links actor -> case with the number of incidents."""

    actors: dict[str, Actor] = field(default_factory=dict)
    cases: dict[str, CaseNode] = field(default_factory=dict)
    links: dict[tuple[str, str], int] = field(default_factory=dict)  # (actor id, case id) -> incidents

    def cases_of(self, actor_id: str) -> set[str]:
        return {c for a, c in self.links if a == actor_id}


def actor_graph(vault: Vault, selection: Selection) -> ActorGraph:
    """Every actor of the selected cases' incidents, and their cases."""
    ids = selected_ids(vault, selection)
    conn = vault.conn
    wanted = None if ids is None else set(ids)
    graph = ActorGraph()
    for case_id, actor_id, kind, n in conn.execute(
            "SELECT i.case_id, coalesce(a.organisation_id, a.person_id), "
            "CASE WHEN a.organisation_id IS NULL THEN 'person' ELSE 'organisation' END, count(*) "
            "FROM incident_actors a JOIN incidents i ON i.id = a.incident_id GROUP BY 1, 2"):
        if wanted is None or case_id in wanted:
            graph.links[(actor_id, case_id)] = n
            graph.actors.setdefault(actor_id, Actor(actor_id, kind, "", ""))
    org_ids = sorted(a.id for a in graph.actors.values() if a.kind == "organisation")
    person_ids = sorted(a.id for a in graph.actors.values() if a.kind == "person")
    for part in chunks(org_ids):
        for org_id, name, original, kind, parent in conn.execute(
                "SELECT id, name, name_original, kind, parent_id FROM organisations "
                f"WHERE id IN ({','.join('?' * len(part))})", list(part)):
            graph.actors[org_id] = Actor(org_id, "organisation", name, original, kind, parent)
    for part in chunks(person_ids):
        for person_id, name, original, consent in conn.execute(
                f"SELECT id, name, name_original, consent FROM persons WHERE id IN ({','.join('?' * len(part))})",
                list(part)):
            graph.actors[person_id] = Actor(person_id, "person", name, original, consent=consent)
    case_ids = sorted({c for _, c in graph.links})
    for part in chunks(case_ids):
        for case_id, reference, title in conn.execute(
                f"SELECT id, reference, title FROM cases WHERE id IN ({','.join('?' * len(part))})", list(part)):
            graph.cases[case_id] = CaseNode(case_id, reference, title)
    return graph
