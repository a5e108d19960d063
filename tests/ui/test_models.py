"""The item models, without a window (Vorta's model tests): pytest-qt's qtmodeltester, named
columns and roles, lazy page fetching, and SQL sorting requested through sort()."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from db import caselist
from db.models import Case
from db.vault import Vault
from desktop import operations_case as ops
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT
from ui import case_tabs
from ui.case_table_model import COL_REFERENCE, COL_STATUS, PAGE, PLACEHOLDER, CaseIdRole, CaseTableModel
from ui.case_view import CaseContext
from ui.record_table import RecordIdRole, RecordTableModel


@pytest.fixture
def open_session(qtbot, session, demo_path):
    with qtbot.waitSignal(session.unlocked, timeout=TIMEOUT):
        session.unlock(demo_path, PASSPHRASE)
    return session


def run(qtbot, op):
    """Run an operation and return its result (waiting on the GUI thread, never sleeping)."""
    box = []
    op.success(box.append).failure(lambda exc: pytest.fail(str(exc))).run()
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return box[0]


def test_case_table_model_passes_the_model_tester(qtbot, qtmodeltester, open_session):
    session = open_session
    model = CaseTableModel(lambda ids: ops.case_rows(session, ids).success(model.add_rows).run())
    model.set_ids(run(qtbot, ops.case_ids(session, caselist.CaseQuery())))
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.data(model.index(0, COL_REFERENCE)) != PLACEHOLDER, timeout=TIMEOUT)
    qtmodeltester.check(model)
    assert model.data(model.index(0, COL_REFERENCE)) == "CV-2015-002"
    assert model.data(model.index(0, COL_STATUS)) == "Monitoring"
    assert model.data(model.index(0, 0), CaseIdRole) == model.case_id(0)
    assert model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None


def test_case_table_model_fetches_only_the_pages_it_is_asked_for(qtbot, qtmodeltester):
    asked = []
    model = CaseTableModel(asked.append)
    model.set_ids([f"id-{n}" for n in range(PAGE * 3)])
    assert model.data(model.index(PAGE + 5, 0)) == PLACEHOLDER
    model.data(model.index(PAGE + 6, 1))  # same page: not asked twice
    assert [len(a) for a in asked] == [PAGE] and asked[0][0] == f"id-{PAGE}"
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.add_rows({f"id-{PAGE}": caselist.CaseRow(f"id-{PAGE}", "R-1", "T", "open", "CA", "fox_hunt", "")})
    assert changed.args[0].row() == PAGE
    assert model.data(model.index(PAGE, 0)) == "R-1"
    qtmodeltester.check(model)


def test_sorting_asks_sql_for_a_new_order(qtbot):
    wanted = []
    model = CaseTableModel(lambda ids: None, on_sort=lambda key, desc: wanted.append((key, desc)))
    model.sort(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    assert wanted == [], "the order it already has needs no query"
    model.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert wanted == [("status", True)]


def test_record_table_model_passes_the_model_tester(qtbot, qtmodeltester, open_session):
    session = open_session
    case_id = run(qtbot, ops.case_ids(session, caselist.CaseQuery(text="", campaign=("fox_hunt",))))[0]
    bundle = run(qtbot, ops.load_case(session, case_id))
    ctx = CaseContext()
    ctx.file, ctx.organisations = bundle.file, {o.id: o for o in bundle.organisations}
    for columns, records in ((case_tabs.incident_columns(ctx), bundle.file.incidents),
                             (case_tabs.people_columns(ctx), bundle.file.roles),
                             (case_tabs.source_columns(ctx), bundle.file.sources)):
        model = RecordTableModel(columns)
        model.set_records(records)
        qtmodeltester.check(model)
        assert model.rowCount() == len(records) > 0
        assert model.data(model.index(0, 0), RecordIdRole) == records[0].id
    incidents = RecordTableModel(case_tabs.incident_columns(ctx))
    incidents.set_records(bundle.file.incidents)
    dates = [incidents.data(incidents.index(r, 0)) for r in range(incidents.rowCount())]
    # The accusation has no known date: it stands where the case placed it, first.
    assert dates == ["date unknown", "early June 2015", "circa 2016", "18 May 2019", "2022\u20132023",
                     "12 September 2023"]
    assert incidents.data(incidents.index(1, 4)).startswith("Wenzhou Municipal Public Security Bureau")
    assert incidents.data(incidents.index(1, 3)).startswith("Chen Guifang 陈桂芳; Cousins in Wenzhou (group of")


def test_caselist_sql_sorts_and_filters_without_python(tmp_path: Path):
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE, author="t") as v:
        v.repos.cases.add_many([Case(reference=f"R-{n:03}", title=t, status=s, host_country=c)
                                for n, (t, s, c) in enumerate([("beta", "closed", "CA"), ("Alpha", "open", "FR"),
                                                                ("gamma", "monitoring", "CA")])])
        refs = caselist.case_rows(v, caselist.case_ids(v, caselist.CaseQuery(sort="title")))
        ordered = [refs[i].title for i in caselist.case_ids(v, caselist.CaseQuery(sort="title"))]
        assert ordered == ["Alpha", "beta", "gamma"], "title sorts without regard to case"
        by_status = caselist.case_ids(v, caselist.CaseQuery(sort="status"))
        assert [caselist.case_rows(v, [i])[i].status for i in by_status] == ["open", "monitoring", "closed"]
        assert len(caselist.case_ids(v, caselist.CaseQuery(host_country=("CA",)))) == 2
        with pytest.raises(ValueError):
            caselist.case_ids(v, caselist.CaseQuery(sort="summary; DROP TABLE cases"))
