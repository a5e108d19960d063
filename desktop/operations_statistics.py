"""Operations behind the statistics and relationship views: the counts over the cases the case list
shows, and who acts in them.

Thread rule: as desktop.operations: build and run on the GUI thread, the work runs on the database
thread; the Statistics come back to the GUI thread as plain objects (no connection inside)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from db import relations_query, statistics_query
from db.caselist import CaseQuery
from db.relations_query import ActorGraph
from db.statistics_query import Selection, load
from desktop.operations import Op
from exporters.statistics import Statistics, compute, parts_for

if TYPE_CHECKING:
    from desktop.session import Session


def statistics(session: Session, query: CaseQuery, crosses: Sequence[tuple[str, str, str]] = (),
               first: Sequence[str] = (), parts: frozenset[str] | None = None) -> Op[Statistics]:
    """The tables (and these cross-tables) over the cases matching the case list's `query`, from
    the `parts` of the vault's data that db.statistics_query.load reads (by default what every
    table counts from; fewer give a first table sooner, more list the cases behind numbers counted
    in SQL, exporters.statistics.needs_to_list); those in `first` are counted on the database
    thread, the others when the GUI asks for them (from memory)."""
    crosses, first = list(crosses), list(first)
    parts = parts_for(crosses) if parts is None else parts
    return Op(session, lambda v: compute(load(v, Selection(query=query), parts), crosses, first))


def cases_behind(session: Session, query: CaseQuery, unit: str, dim: str, value: str) -> Op[frozenset[str]]:
    """The ids of the cases behind one number of a one-way table counted in SQL (where
    exporters.statistics.RowsNeeded is raised), among those matching the case list's `query`."""
    return Op(session, lambda v: statistics_query.cases_behind(v, Selection(query=query), unit, dim, value))


def actor_graph(session: Session, query: CaseQuery) -> Op[ActorGraph]:
    """Who acts in which of the cases matching the case list's `query` (db.relations_query)."""
    return Op(session, lambda v: relations_query.actor_graph(v, Selection(query=query)))
