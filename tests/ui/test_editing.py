"""Creating, editing and deleting through the real widgets, with validation that explains itself,
confirmation before deleting, undo, and no silent loss of unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import TIMEOUT, open_case, type_text, unlock, wait_idle
from ui.messages import Button

LEFT = Qt.MouseButton.LeftButton


def save(qtbot, dialog):
    """Press Save and wait for the dialog to close (it stays open when the vault refuses)."""
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    # A window manager gives the focus back to the main window; offscreen, the test does.
    main = dialog.parentWidget().window()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=TIMEOUT)


def choose(qtbot, combo, text):
    """Pick an entry of a combo box by typing its first letters, as a keyboard user does."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), (combo.currentText(), text)


def test_new_case_with_chinese_target_and_partial_date_incident(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(ws.case_view.dialogs), timeout=TIMEOUT)
    dialog = ws.case_view.dialogs[-1]
    assert dialog.objectName() == "newCaseDialog"
    reference = dialog.editors["reference"].widget
    assert reference.text() == f"CV-{QDate.currentDate().year()}-001", "the next free reference is offered"
    reference.selectAll()
    type_text(qtbot, reference, "CV-2025-100")
    type_text(qtbot, dialog.editors["title"].widget, "谢卫东 – threats in Vancouver")
    choose(qtbot, dialog.editors["campaign"].widget, "Fox")
    type_text(qtbot, dialog.editors["host_country"].widget, "CA")
    with qtbot.waitSignal(ws.case_view.loaded, timeout=TIMEOUT):
        save(qtbot, dialog)
    view = ws.case_view
    assert view.header.text() == "CV-2025-100 · 谢卫东 – threats in Vancouver"
    qtbot.waitUntil(lambda: ws.case_list.model.rowCount() == 6, timeout=TIMEOUT)
    assert ws.case_list.current_case_id() == view.case_id

    view.tabs.setCurrentWidget(view.people)
    qtbot.mouseClick(view.people.add_button, LEFT)
    person = view.dialogs[-1]
    type_text(qtbot, person.editors["name_original"].widget, "谢卫东")
    type_text(qtbot, person.editors["name"].widget, "Xie Weidong")
    type_text(qtbot, person.editors["birth_date"].widget, "1968")
    assert person.editors["role"].widget.currentData() == "target"
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, person)
    assert view.people.model.data(view.people.model.index(0, 0)) == "Xie Weidong 谢卫东"

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    incident = view.dialogs[-1]
    assert incident.objectName() == "incidentDialog"
    choose(qtbot, incident.editors["tactic"].widget, "Threat in")
    type_text(qtbot, incident.editors["date_start"].widget, "2015-06")
    assert incident.editors["date_start"].hint.text() == "June 2015"
    type_text(qtbot, incident.places.city, "Vancouver")
    target = incident.targets.item(0)
    assert target.text() == "Xie Weidong 谢卫东"
    target.setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, incident.editors["description"].widget, "Two men approached him; 他们提到了他的母亲。")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, incident)
    model = view.chronology.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "June 2015", "a partial date is shown as entered: no day invented"
    assert model.data(model.index(0, 1)) == "Threat in person"
    assert model.data(model.index(0, 3)) == "Xie Weidong 谢卫东"
    assert view.ctx.file.incidents[0].date_start == "2015-06"
    history = view.history.model
    assert {history.data(history.index(r, 3)) for r in range(history.rowCount())} == {"Case", "Role", "Incident"}
    assert history.data(history.index(0, 2)) == "created", "the case history lists the creations, newest first"


def test_validation_explains_itself_and_keeps_the_input(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(ws.case_view.dialogs), timeout=TIMEOUT)
    dialog = ws.case_view.dialogs[-1]
    dialog.editors["reference"].widget.selectAll()
    type_text(qtbot, dialog.editors["reference"].widget, "CV-2024-001")  # already used by a demo case
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    title_error = dialog.editors["title"].error
    assert title_error.isVisible() and "required" in title_error.text()
    assert dialog.isVisible()

    type_text(qtbot, dialog.editors["title"].widget, "A second case")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    reference_error = dialog.editors["reference"].error
    qtbot.waitUntil(reference_error.isVisible, timeout=TIMEOUT)
    assert "already used" in reference_error.text()
    assert dialog.editors["title"].widget.text() == "A second case", "nothing typed is lost"
    assert dialog.editors["reference"].widget.hasFocus() or not dialog.isActiveWindow()

    view = ws.case_view
    view.load(ws.case_list.model.case_id(0))
    qtbot.waitUntil(lambda: view.case_id is not None, timeout=TIMEOUT)
    view.tabs.setCurrentWidget(view.chronology)
    qtbot.mouseClick(view.chronology.add_button, LEFT)
    incident = view.dialogs[-1]
    type_text(qtbot, incident.editors["date_start"].widget, "June 2015")
    qtbot.mouseClick(incident.buttons.button(incident.buttons.StandardButton.Save), LEFT)
    assert "YYYY" in incident.editors["date_start"].error.text()
    incident.editors["date_start"].widget.clear()
    type_text(qtbot, incident.editors["date_start"].widget, "2016")
    type_text(qtbot, incident.editors["date_end"].widget, "2015")
    qtbot.mouseClick(incident.buttons.button(incident.buttons.StandardButton.Save), LEFT)
    qtbot.waitUntil(incident.editors["date_end"].error.isVisible, timeout=TIMEOUT)
    assert "ends before it starts" in incident.editors["date_end"].error.text()


def test_edit_case_in_overview_updates_the_list(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-007")
    title = view.overview.editors["title"].widget
    title.selectAll()
    type_text(qtbot, title, "Étudiante à Manchester – 手机被入侵")
    choose(qtbot, view.overview.editors["status"].widget, "Mon")
    assert view.overview.save_button.isEnabled()
    with qtbot.waitSignal(ws.case_list.list_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.overview.save_button, LEFT)
    model = ws.case_list.model
    row = model.row_of(view.case_id)
    qtbot.waitUntil(lambda: model.data(model.index(row, 1)) == "Étudiante à Manchester – 手机被入侵", timeout=TIMEOUT)
    assert model.data(model.index(row, 2)) == "Monitoring"
    assert not view.overview.save_button.isEnabled()


def test_delete_asks_first_and_can_be_undone(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.chronology)
    before = view.chronology.model.rowCount()
    first = view.chronology.model.record(0)
    view.chronology.select(first.id)

    dialogs.set_next_answer(Button.Cancel)
    qtbot.mouseClick(view.chronology.delete_button, LEFT)
    assert "Delete incident" in dialogs.shown[-1][2]
    wait_idle(qtbot, window.session)
    assert view.chronology.model.rowCount() == before

    dialogs.set_next_answer(Button.Yes)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.chronology.delete_button, LEFT)
    assert view.chronology.model.rowCount() == before - 1
    assert window.undo_action.isEnabled() and "deleted" in window.undo_action.text()

    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.chronology.model.rowCount() == before
    restored = next(i for i in view.ctx.file.incidents if i.id == first.id)
    assert restored.source_ids == first.source_ids and restored.exhibit_ids == first.exhibit_ids


def test_delete_case_needs_confirmation(qtbot, window, demo_path, dialogs):
    ws = unlock(qtbot, window, demo_path)
    open_case(qtbot, window, "CV-2021-003")
    dialogs.set_next_answer(Button.Cancel)
    window.delete_case_action.trigger()
    wait_idle(qtbot, window.session)
    assert ws.case_list.model.rowCount() == 5
    dialogs.set_next_answer(Button.Yes)
    with qtbot.waitSignal(ws.case_list.list_loaded, timeout=TIMEOUT):
        window.delete_case_action.trigger()
    assert "cannot be undone" in dialogs.shown[-1][2]
    assert ws.case_list.model.rowCount() == 4
    assert ws.case_view.case_id is None


def test_switching_cases_with_unsaved_edits_asks(qtbot, window, demo_path, dialogs):
    ws = unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    first_id = view.case_id
    type_text(qtbot, view.overview.editors["region"].widget, " / Laval")

    dialogs.set_next_answer(Button.Cancel)
    model = ws.case_list.model
    other = next(r for r in range(model.rowCount()) if model.case_id(r) != first_id)
    ws.case_list.view.selectRow(other)
    assert dialogs.shown[-1][1] == "Unsaved changes"
    assert view.case_id == first_id and ws.case_list.current_case_id() == first_id
    assert view.overview.editors["region"].widget.text() == "Québec / Laval"

    dialogs.set_next_answer(Button.Save)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        ws.case_list.view.selectRow(other)
    qtbot.waitUntil(lambda: view.case_id == model.case_id(other), timeout=TIMEOUT)
    open_case(qtbot, window, "CV-2024-001")
    assert view.ctx.file.case.region == "Québec / Laval"


def test_cancelling_a_changed_dialog_asks_before_discarding(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.sources)
    view.sources.select(view.ctx.file.sources[0].id)
    qtbot.mouseClick(view.sources.edit_button, LEFT)
    dialog = view.dialogs[-1]
    type_text(qtbot, dialog.editors["language"].widget, "-Hant")
    dialogs.set_next_answer(Button.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape on an edited dialog asks first; Cancel keeps it open"
    dialogs.set_next_answer(Button.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_people_link_existing_person_and_remove(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-007")
    view.tabs.setCurrentWidget(view.people)
    qtbot.mouseClick(view.link_button, LEFT)
    dialog = view.dialogs[-1]
    type_text(qtbot, dialog.search, "王建")  # two characters of a Chinese name
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=TIMEOUT)
    assert dialog.results.item(0).text() == "Wang Jianping 王建平"
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, dialog)
    names = [view.people.model.data(view.people.model.index(r, 0)) for r in range(view.people.model.rowCount())]
    assert "Wang Jianping 王建平" in names

    row = names.index("Wang Jianping 王建平")
    view.people.view.selectRow(row)
    dialogs.set_next_answer(Button.Yes)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.people.delete_button, LEFT)
    assert view.people.model.rowCount() == len(names) - 1
