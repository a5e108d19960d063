"""Kang Xianzhen's case entered through the real widgets, as a caseworker would: a group of relatives
and an unidentified business partner, an incident with two targets and two places, a qualified
date, an undated accusation moved to the top of the chronology, the Red Notice with a request to
the CCF about it, and the outcome over time. (The CCF request is test input: no request is
published for this case; tests/data/published-kang.json holds only the published facts.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from tests.ui.conftest import TIMEOUT, type_text, unlock, wait_idle
from tests.ui.test_editing import choose, save

LEFT = Qt.MouseButton.LeftButton


def _new_case(qtbot, window, ws):
    window.activateWindow()  # (a window manager gives the focus back after a dialog; offscreen, the test does)
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(ws.case_view.dialogs), timeout=TIMEOUT)
    dialog = ws.case_view.dialogs[-1]
    dialog.editors["reference"].widget.selectAll()
    type_text(qtbot, dialog.editors["reference"].widget, "KANG-2015")
    type_text(qtbot, dialog.editors["title"].widget, "Kang Xianzhen – returned from Canada")
    choose(qtbot, dialog.editors["campaign"].widget, "Fox")
    type_text(qtbot, dialog.editors["host_country"].widget, "CA")
    with qtbot.waitSignal(ws.case_view.loaded, timeout=TIMEOUT):
        save(qtbot, dialog)
    return ws.case_view


def _person(qtbot, view, name, kind=None, role=None, relation=None):
    view.tabs.setCurrentWidget(view.people)
    qtbot.mouseClick(view.people.add_button, LEFT)
    dialog = view.dialogs[-1]
    assert dialog.objectName() == "personDialog"
    if kind:
        choose(qtbot, dialog.editors["kind"].widget, kind)
    type_text(qtbot, dialog.editors["name"].widget, name)
    if role:
        choose(qtbot, dialog.editors["role"].widget, role)
    if relation:
        choose(qtbot, dialog.editors["relation"].widget, relation)
    size = dialog.editors["group_size"].container
    assert size.isVisible() == (kind == "Group"), "a group's size is asked only for a group"
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, dialog)


def _tick(listing, text):
    item = next(listing.item(n) for n in range(listing.count()) if listing.item(n).text().startswith(text))
    item.setCheckState(Qt.CheckState.Checked)


def _new_incident(qtbot, window, view):
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.dialogs and view.dialogs[-1].objectName() == "incidentDialog", timeout=TIMEOUT)
    return view.dialogs[-1]


def _sub_tab(qtbot, view, tab):
    view.tabs.setCurrentWidget(view.proceedings)
    view.proceedings.pages.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, LEFT)
    return view.dialogs[-1]


def test_kangs_case_entered_through_the_widgets(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    window.organisations_action.trigger()
    orgs = ws.case_view.dialogs[-1]
    qtbot.waitUntil(lambda: orgs.table.model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.mouseClick(orgs.table.add_button, LEFT)
    org = ws.case_view.dialogs[-1]
    type_text(qtbot, org.editors["name"].widget, "Zhifu public security")
    choose(qtbot, org.editors["kind"].widget, "Public security")
    choose(qtbot, org.editors["level"].widget, "County")
    type_text(qtbot, org.editors["country"].widget, "CN")
    type_text(qtbot, org.editors["city"].widget, "Yantai")
    with qtbot.waitSignal(orgs.changed, timeout=TIMEOUT):
        save(qtbot, org)
    orgs.discard()
    wait_idle(qtbot, window.session)

    view = _new_case(qtbot, window, ws)
    _person(qtbot, view, "Kang Xianzhen")
    _person(qtbot, view, "Relatives in China", kind="Group", role="Relative", relation="Other relative")
    _person(qtbot, view, "His business partner", kind="Unidentified", role="Associate", relation="Business")
    persons = view.ctx.file.persons.values()
    group = next(p for p in persons if p.kind == "group")
    assert group.group_size is None, "a group of unknown size stays unknown"
    assert {p.kind for p in persons} == {"individual", "group", "unidentified"}

    # The pressure: two targets, applied in Yantai on someone living in Toronto.
    incident = _new_incident(qtbot, window, view)
    choose(qtbot, incident.editors["tactic"].widget, "Pressure on")
    type_text(qtbot, incident.editors["date_start"].widget, "2015-06")
    _tick(incident.targets, "His business partner")
    _tick(incident.targets, "Relatives in China")
    places = incident.places
    type_text(qtbot, places.country, "CN")
    type_text(qtbot, places.city, "Yantai")
    qtbot.mouseClick(places.add, LEFT)
    choose(qtbot, places.role, "Where the person")
    type_text(qtbot, places.country, "CA")
    type_text(qtbot, places.city, "Toronto")
    qtbot.mouseClick(places.add, LEFT)
    assert places.list.count() == 2
    choose(qtbot, incident.actor_choice, "Zhifu")
    qtbot.mouseClick(incident.findChild(QPushButton, "actorAdd"), LEFT)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, incident)

    # Before 23 June 2015, the partner persuaded him.
    incident = _new_incident(qtbot, window, view)
    choose(qtbot, incident.editors["tactic"].widget, "Persuasion")
    type_text(qtbot, incident.editors["date_start"].widget, "2015-06-23")
    choose(qtbot, incident.editors["date_qualifier"].widget, "before")
    _tick(incident.targets, "Kang Xianzhen")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, incident)

    # The accusation has no known date: entered last, then moved to the top.
    incident = _new_incident(qtbot, window, view)
    choose(qtbot, incident.editors["tactic"].widget, "Accusation")
    type_text(qtbot, incident.editors["description"].widget, "Accused of fraud.")
    _tick(incident.targets, "Kang Xianzhen")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, incident)
    view.tabs.setCurrentWidget(view.chronology)
    model = view.chronology.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == \
        ["June 2015", "before 23 June 2015", "date unknown"]
    accusation = model.records[2]
    up, down = view.move_buttons
    view.chronology.select(model.records[0].id)
    assert not up.isEnabled() and not down.isEnabled(), "a dated incident stays where its date puts it"
    for _ in range(2):
        view.chronology.select(accusation.id)
        with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
            qtbot.mouseClick(view.chronology.findChild(QPushButton, "chronologyUp"), LEFT)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == \
        ["date unknown", "June 2015", "before 23 June 2015"]
    view.chronology.select(model.records[0].id)
    assert not up.isEnabled() and down.isEnabled(), "at the top it can only move down"

    # The Red Notice, and a request to the CCF about it.
    notice = _sub_tab(qtbot, view, view.proceedings.notices)
    assert notice.objectName() == "interpol_noticeDialog"
    choose(qtbot, notice.editors["subject_id"].widget, "Kang")
    type_text(qtbot, notice.editors["issuing_country"].widget, "CN")
    type_text(qtbot, notice.editors["charge"].widget, "Fraud")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, notice)
    request = _sub_tab(qtbot, view, view.interventions)
    choose(qtbot, request.editors["kind"].widget, "Interpol CCF")
    choose(qtbot, request.editors["concerns_id"].widget, "Red Notice")
    choose(qtbot, request.editors["request"].widget, "Access")
    choose(qtbot, request.editors["claimant_id"].widget, "Kang")
    type_text(qtbot, request.editors["file_number"].widget, "CCF/TEST/1")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, request)
    notices = view.proceedings.notices.model
    assert notices.data(notices.index(0, 5)).startswith("Access to the data")

    # The outcome over time: returned, then the case dropped, which becomes the current outcome.
    for outcome, date in (("Returned: surrendered", "2015-06-23"), ("Case dropped", "2021-09-03")):
        dialog = _sub_tab(qtbot, view, view.proceedings.outcomes)
        choose(qtbot, dialog.editors["outcome"].widget, outcome)
        type_text(qtbot, dialog.editors["date"].widget, date)
        assert dialog.findChild(QCheckBox, "outcomeCurrent").isChecked(), "the latest outcome becomes the current one"
        with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
            save(qtbot, dialog)

    f = view.ctx.file
    assert f.case.outcome == "case_dropped" and [o.outcome for o in f.outcomes] == ["returned_surrendered",
                                                                                    "case_dropped"]
    pressure = next(i for i in f.incidents if i.tactic == "family_pressure")
    assert [f.persons[p].name for p in pressure.target_ids] == ["His business partner", "Relatives in China"]
    assert [(p.role, p.country, p.city) for p in pressure.places] == [("took_place", "CN", "Yantai"),
                                                                      ("target_in", "CA", "Toronto")]
    assert pressure.actors[0].organisation_id and pressure.actors[0].degree == "carried_out"
    (note,) = f.notices
    (ccf,) = f.interventions
    assert (note.kind, note.charge, ccf.concerns_id, ccf.request, ccf.file_number) == \
        ("red_notice", "Fraud", note.id, "access", "CCF/TEST/1")
    assert f.incidents[0].tactic == "criminal_accusation" and f.incidents[0].placed_after == "start"
