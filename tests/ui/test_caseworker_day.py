"""A caseworker's day in the app, driven with the keyboard and the mouse: typing into drop-downs
keeps every character, each record dialog tabs through its fields in reading order, a case's last
change follows edits to its records, the dossier dialog remembers its choices, delete confirmations
name what refers to the record, examples are obviously fictional, and adding an older source
renumbers no citation."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from db.citations import source_numbers
from db.vault import Vault
from tests.ui.conftest import TIMEOUT, open_case, type_text, unlock, wait_idle
from tests.ui.test_editing import save
from ui.case_table_model import COL_CHANGED
from ui.messages import Button

LEFT = Qt.MouseButton.LeftButton


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed where the focus is, as a keyboard does."""
    qtbot.keyClick(focused(), key, modifier)


def opened(qtbot, view, count_before):
    qtbot.waitUntil(lambda: len(view.dialogs) > count_before and view.dialogs[-1].isVisible(), timeout=TIMEOUT)
    dialog = view.dialogs[-1]
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is dialog, timeout=TIMEOUT)
    return dialog


# -- 1. typing into a drop-down ------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "expected"), [
    ("threat in person", "threat_in_person"),
    ("detention in host", "detention_host_country"),
    ("host country", "detention_host_country"),  # a word inside the label
    ("luring to a third", "luring_third_country"),
])
def test_typing_into_a_drop_down_keeps_every_character(qtbot, window, demo_path, typed, expected):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(qtbot, view, 0)
    tactic = dialog.editors["tactic"].widget
    assert focused() is tactic, "the incident dialog opens on its first field"
    qtbot.keyClicks(tactic, typed)
    assert not tactic.view().isVisible(), "a space in what is typed does not open the list"
    assert tactic.currentData() == expected
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.editors["date_start"].widget, "Tab goes on to the next field"


def test_backspace_takes_back_a_typed_character_and_chinese_can_be_typed(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.people)
    qtbot.mouseClick(view.people.add_button, LEFT)
    dialog = opened(qtbot, view, 0)
    role = dialog.editors["role"].widget
    role.setFocus()
    qtbot.keyClicks(role, "law")
    assert role.currentData() == "lawyer"
    for _ in range(3):
        qtbot.keyClick(role, Qt.Key.Key_Backspace)
    qtbot.keyClicks(role, "wit")  # "wit", not "lawwit"
    assert role.currentData() == "witness"
    persons = dialog.editors["sex"].widget
    persons.setFocus()
    persons.setItemText(persons.findData("female"), "女")  # as in a Chinese interface
    type_text(qtbot, persons, "女")
    assert persons.currentData() == "female"


# -- 1. tab order of every record dialog ----------------------------------------------------------------

def rect_in(dialog, widget):
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def reads_after(dialog, a, b):
    """b is on a later line than a, or on the same line further along."""
    ra, rb = rect_in(dialog, a), rect_in(dialog, b)
    if rb.top() > ra.center().y():
        return True
    same_line = abs(ra.center().y() - rb.center().y()) <= max(ra.height(), rb.height()) // 2
    return same_line and rb.left() > ra.left()


def tab_walk(qtbot, dialog):
    """The widgets Tab visits from the one focused when the dialog opened, once round."""
    seen = [focused()]
    for _ in range(80):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is seen[0]:
            return seen
        seen.append(focused())
    raise AssertionError("Tab never came back to where it started")


def open_each(qtbot, window, view, which):
    """Open one record dialog the way a user does; returns it."""
    count = len(view.dialogs)
    if which == "case":
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    elif which == "incident":
        view.tabs.setCurrentWidget(view.chronology)
        view.chronology.select(view.ctx.file.incidents[0].id)
        qtbot.mouseClick(view.chronology.edit_button, LEFT)
    elif which == "person":
        view.tabs.setCurrentWidget(view.people)
        qtbot.mouseClick(view.people.add_button, LEFT)
    elif which == "link":
        view.tabs.setCurrentWidget(view.people)
        qtbot.mouseClick(view.link_button, LEFT)
    elif which == "exhibit":
        view.tabs.setCurrentWidget(view.exhibits)
        view.exhibits.select(view.ctx.file.exhibits[0].id)
        qtbot.mouseClick(view.exhibits.edit_button, LEFT)
    else:
        tab = {"source": view.sources, "intervention": view.interventions, "note": view.notes,
               "task": view.tasks}[which]
        view.tabs.setCurrentWidget(tab if which not in ("note", "task") else view.notes.parentWidget())
        qtbot.mouseClick(tab.add_button, LEFT)
    return opened(qtbot, view, count)


@pytest.mark.parametrize("which", ["case", "person", "link", "incident", "source", "exhibit", "intervention",
                                   "note", "task"])
def test_each_record_dialog_tabs_through_its_fields_in_reading_order(qtbot, window, demo_path, which):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    dialog = open_each(qtbot, window, view, which)
    walk = tab_walk(qtbot, dialog)
    names = [w.objectName() or type(w).__name__ for w in walk]
    for a, b in itertools.pairwise(walk):
        assert reads_after(dialog, a, b), f"Tab jumps from {a.objectName() or a} to {b.objectName() or b}: {names}"
    fields = [e.widget for e in dialog.editors.values() if e.widget.isVisibleTo(dialog)]  # a group's size: groups only
    assert all(f in walk for f in fields), names
    first = dialog.search if which == "link" else fields[0]
    assert walk[0] is first, f"the dialog opens on its first field, not {names[0]}"
    save_button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert walk.index(save_button) > max(walk.index(f) for f in fields), "the buttons come after every field"
    dialog.discard()


# -- 2. the case's last change ---------------------------------------------------------------------------

def test_editing_an_incident_moves_its_cases_last_change(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    model = ws.case_list.model
    case_id = view.case_id
    before = model.cached_row(case_id).changed_at
    ws.case_list.view.sortByColumn(COL_CHANGED, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.case_id(0) != case_id or model.rowCount() == 1, timeout=TIMEOUT)
    assert model.case_id(0) != case_id, "the demo's first case is not its newest"

    view.tabs.setCurrentWidget(view.chronology)
    view.chronology.select(view.ctx.file.incidents[0].id)
    qtbot.mouseClick(view.chronology.edit_button, LEFT)
    dialog = opened(qtbot, view, 0)
    type_text(qtbot, dialog.editors["description"].widget, " (centre)")
    with qtbot.waitSignal(ws.case_list.list_loaded, timeout=TIMEOUT):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: model.cached_row(case_id) is not None and model.cached_row(case_id).changed_at != before,
                    timeout=TIMEOUT)
    edited = next(i for i in view.ctx.file.incidents if "(centre)" in i.description)
    assert model.cached_row(case_id).changed_at == edited.updated_at > before
    assert model.case_id(0) == case_id, "sorted by last change, the case worked on comes first"
    assert view.ctx.file.case.updated_at < edited.updated_at, "the case record itself was not rewritten"
    assert view.overview.changed_at == edited.updated_at
    assert model.data(model.index(0, COL_CHANGED)) in view.overview.meta.text()


# -- 3. the dossier dialog remembers ---------------------------------------------------------------------

def test_the_dossier_dialog_reopens_with_the_last_purpose_profile_and_size(qtbot, window, demo_path, tmp_path,
                                                                          dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    window.export_action.trigger()
    dialog = view.dialogs[-1]
    dialog.purpose.selectAll()
    type_text(qtbot, dialog.purpose, "For the IRB hearing of 12 May")
    dialog.include_tasks.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.resize(900, 600)
    dialogs.set_next_answer(str(tmp_path / "legal.pdf"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][0] == "info", timeout=30_000)
    qtbot.waitUntil(lambda: dialog not in view.dialogs, timeout=TIMEOUT)
    assert (tmp_path / "legal.pdf").exists()

    window.export_action.trigger()
    again = view.dialogs[-1]
    assert again.purpose.text() == "For the IRB hearing of 12 May"
    assert again.legal.isChecked() and again.include_tasks.isChecked()
    assert again.paper.currentData() == "letter"
    assert (again.width(), again.height()) == (900, 600)
    assert again.password.text() == "" and not again.use_password.isChecked()
    again.public.setChecked(True)
    assert again.purpose.text() == "For the IRB hearing of 12 May", "a typed purpose is kept for the public version"
    again.reject()
    window.export_action.trigger()
    assert view.dialogs[-1].public.isChecked()
    view.dialogs[-1].reject()

    open_case(qtbot, window, "CV-2024-007")
    window.export_action.trigger()
    other = view.dialogs[-1]
    assert other.purpose.text() != "For the IRB hearing of 12 May", "another case starts from its own defaults"
    other.reject()


# -- 4. examples that are obviously not a real person --------------------------------------------------

def test_the_name_examples_are_placeholders_not_a_persons_name(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.people)
    qtbot.mouseClick(view.people.add_button, LEFT)
    dialog = opened(qtbot, view, 0)
    original = dialog.editors["name_original"].widget.placeholderText()
    latin = dialog.editors["name"].widget.placeholderText()
    assert original == "e.g. 张三" and latin == "e.g. Zhang San", "the Chinese 'John Doe', marked as an example"
    for name in ("谢卫东", "Xie Weidong"):
        assert name not in original + latin


# -- 5. what a delete takes along ----------------------------------------------------------------------

def test_deleting_a_source_says_which_incidents_cite_it(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    cf = view.ctx.file
    source = max(cf.sources, key=lambda s: sum(s.id in i.source_ids for i in cf.incidents))
    citing = [i for i in cf.incidents if source.id in i.source_ids]
    assert len(citing) >= 2
    view.tabs.setCurrentWidget(view.sources)
    view.sources.select(source.id)
    dialogs.set_next_answer(Button.Cancel)
    qtbot.mouseClick(view.sources.delete_button, LEFT)
    text = dialogs.shown[-1][2]
    assert f"{len(citing)} incident(s) cite it" in text
    from ui import labels

    for incident in citing:
        assert labels.record_summary(incident) in text


def test_removing_a_person_says_in_which_incidents_they_appear(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    cf = view.ctx.file
    from ui import labels

    role = next(r for r in cf.roles if any(r.person_id in i.target_ids for i in cf.incidents))
    named = [i for i in cf.incidents if role.person_id in i.target_ids
             or any(a.person_id == role.person_id for a in i.actors)]
    view.tabs.setCurrentWidget(view.people)
    view.people.select(role.id)
    dialogs.set_next_answer(Button.Cancel)
    qtbot.mouseClick(view.people.delete_button, LEFT)
    text = dialogs.shown[-1][2]
    assert f"appear in {len(named)} incident" in text
    for incident in named:
        assert labels.record_summary(incident) in text
    wait_idle(qtbot, window.session)
    assert view.people.model.row_of(role.id) >= 0, "Cancel removes nobody"


# -- 8. source numbers -------------------------------------------------------------------------------

def test_adding_an_older_source_renumbers_no_citation(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    cf = view.ctx.file
    chronology = view.chronology.model
    sources_column = next(n for n, c in enumerate(chronology.columns) if c.header == "Sources")
    cited_before = [chronology.data(chronology.index(r, sources_column)) for r in range(chronology.rowCount())]
    numbers_before = source_numbers(cf.sources)
    oldest = min(s.date for s in cf.sources if s.date)

    view.tabs.setCurrentWidget(view.sources)
    qtbot.mouseClick(view.sources.add_button, LEFT)
    dialog = opened(qtbot, view, 0)
    type_text(qtbot, dialog.editors["citation"].widget, "Household register extract (fictional)")
    type_text(qtbot, dialog.editors["date"].widget, str(int(oldest[:4]) - 10))
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        save(qtbot, dialog)

    cf = view.ctx.file
    added = next(s for s in cf.sources if s.citation == "Household register extract (fictional)")
    assert source_numbers(cf.sources) == {**numbers_before, added.id: len(numbers_before) + 1}
    assert [chronology.data(chronology.index(r, sources_column)) for r in range(chronology.rowCount())] \
        == cited_before, "every incident cites the same numbers"
    table = view.sources.model
    shown = [table.data(table.index(r, 0)) for r in range(table.rowCount())]
    assert shown == [f"[{n}]" for n in range(1, len(numbers_before) + 2)], "the list reads in number order"
    newest = table.record(table.rowCount() - 1)
    assert newest.citation == "Household register extract (fictional)"



# -- 6. nothing cramped, nothing left open that the search hides ---------------------------------------

def test_the_title_gets_the_widest_column_even_on_a_narrow_list(qtbot, window, demo_path):
    from ui.case_table_model import COL_REFERENCE, COL_TITLE

    ws = unlock(qtbot, window, demo_path)
    view, header = ws.case_list.view, ws.case_list.view.horizontalHeader()
    for width in (1366, 1024):
        window.resize(width, 700)
        QApplication.processEvents()
        ws.setSizes([max(340, width - 700), 700])
        QApplication.processEvents()
        shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
        assert COL_REFERENCE in shown and COL_CHANGED in shown
        assert max(shown, key=header.sectionSize) == COL_TITLE, "the title is the widest column"
        bold = header.fontMetrics()
        for column in shown:
            title = ws.case_list.model.headerData(column, Qt.Orientation.Horizontal)
            if column != COL_TITLE:
                assert header.sectionSize(column) >= bold.horizontalAdvance(title), f"header {title!r} is cut"


def test_deleting_a_case_does_not_move_the_splitter(qtbot, window, demo_path, dialogs):
    window.resize(1024, 700)
    ws = unlock(qtbot, window, demo_path)
    open_case(qtbot, window, "CV-2021-003")
    ws.case_view.tabs.setCurrentWidget(ws.case_view.exhibits)
    QApplication.processEvents()
    before = ws.sizes()
    dialogs.set_next_answer(Button.Yes)
    with qtbot.waitSignal(ws.case_list.list_loaded, timeout=TIMEOUT):
        window.delete_case_action.trigger()
    assert ws.case_view.case_id is None
    QApplication.processEvents()
    assert ws.sizes() == before


def test_a_search_that_leaves_out_the_open_case_closes_it(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    with qtbot.waitSignal(ws.case_list.list_loaded, timeout=TIMEOUT):
        type_text(qtbot, ws.case_list.search, "Manchester")
    assert ws.case_list.model.rowCount() == 1
    assert view.case_id is None and view.pages.currentWidget() is view.placeholder
    assert not window.export_action.isEnabled()


def test_a_search_keeps_an_open_case_with_unsaved_edits_and_says_so(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    type_text(qtbot, view.overview.editors["region"].widget, " / Laval")
    with qtbot.waitSignal(ws.case_list.list_loaded, timeout=TIMEOUT):
        type_text(qtbot, ws.case_list.search, "Manchester")
    assert view.case_id is not None and view.overview.editors["region"].widget.text() == "Québec / Laval"
    assert "unsaved changes" in ws.case_list.count_label.text()


def test_a_long_title_stays_on_one_line_above_the_tabs(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    tabs_top = view.tabs.mapTo(view, QPoint(0, 0)).y()
    title = view.overview.editors["title"].widget
    title.selectAll()
    type_text(qtbot, title, "A very long title " * 20)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.overview.save_button, LEFT)
    assert view.header.text().rstrip().endswith("A very long title")
    assert view.tabs.mapTo(view, QPoint(0, 0)).y() == tabs_top, "the tabs did not move down"
    scroll = view.overview.findChild(type(view.overview.inner.parentWidget().parentWidget()))
    assert not scroll.verticalScrollBar().isVisible()
    del ws


# -- 7. the exhibit viewer ------------------------------------------------------------------------

def test_an_image_opens_fitted_and_zooms_by_keyboard(qtbot, window, demo_path, tmp_path):
    from PySide6.QtGui import QImage

    image = QImage(2000, 1500, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    path = tmp_path / "big_photo.png"
    image.save(str(path))
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.add_exhibit_files([str(path)])
    qtbot.waitUntil(lambda: any(e.original_name == "big_photo.png" for e in view.exhibits.model.records),
                    timeout=TIMEOUT)
    photo = next(e for e in view.exhibits.model.records if e.original_name == "big_photo.png")
    view.exhibits.select(photo.id)
    assert view.exhibits.current().id == photo.id
    qtbot.mouseClick(view.exhibits.view_button, LEFT)
    viewer = view.exhibits.viewer
    qtbot.waitUntil(lambda: viewer.kind() == "image", timeout=TIMEOUT)
    QApplication.processEvents()
    assert viewer.kind() == "image" and viewer.renderer is None, "the child's exit after its image is no failure"
    room = viewer.scroll.viewport().size()
    shown = viewer.image.pixmap()
    assert shown.width() <= room.width() and shown.height() <= room.height(), "fitted to the viewer"
    assert viewer.fit_button.isChecked()
    viewer.scroll.setFocus()
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_1)
    assert viewer.image.pixmap().width() == 2000 and viewer.zoom_label.text() == "100 %"
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_Minus)
    assert viewer.image.pixmap().width() == 1600
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_Plus)
    assert viewer.image.pixmap().width() == 2000
    qtbot.keyClick(viewer.scroll, Qt.Key.Key_F)
    assert viewer.image.pixmap().width() == shown.width() and viewer.fit_button.isChecked()


# -- 9. grades, --help, a maximised start ---------------------------------------------------------------

def test_grade_drop_downs_show_the_letters_lawyers_quote(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.sources)
    qtbot.mouseClick(view.sources.add_button, LEFT)
    dialog = opened(qtbot, view, 0)
    reliability, credibility = dialog.editors["reliability"].widget, dialog.editors["credibility"].widget
    assert [reliability.itemText(n)[:1] for n in range(reliability.count())] == list("ABCDEF")
    assert [credibility.itemText(n)[:1] for n in range(credibility.count())] == list("123456")
    assert reliability.itemText(1) == "B – Usually reliable"
    reliability.setFocus()
    qtbot.keyClicks(reliability, "c")
    credibility.setFocus()
    qtbot.keyClicks(credibility, "2")
    assert (reliability.currentData(), credibility.currentData()) == ("C", "2")


def test_casevault_gui_help_prints_and_exits_without_a_window(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "desktop.app", "--help"], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0
    assert done.stdout.startswith("usage: casevault-gui") and "--maximized" in done.stdout


def test_the_window_remembers_being_maximised(qtbot, window, settings):
    assert settings.maximized is None
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=TIMEOUT)
    window.close()
    assert settings.maximized is True


# -- a keyboard-only walk ------------------------------------------------------------------------------

def tab_to(qtbot, target, limit=90):
    """Press Tab until `target` has the focus (fails if Tab never reaches it)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    seen = []
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused().objectName() or type(focused()).__name__)
    raise AssertionError(f"Tab never reached {target.objectName() or target}: {seen}")


def back_to_window(qtbot, window):
    """A window manager gives the focus back to the main window when a dialog closes; offscreen, the test does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)


def test_a_case_with_a_person_a_source_and_an_incident_made_with_the_keyboard_only(qtbot, window, demo_path):
    from tests.conftest import PASSPHRASE

    with Vault.open(demo_path, PASSPHRASE) as demo:
        count = demo.repos.cases.count()
    view = window.unlock_view
    view.show_open()
    view.path.setFocus()
    type_text(qtbot, view.path, str(demo_path))
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.passphrase
    type_text(qtbot, view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.session.unlocked, timeout=TIMEOUT):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.case_list.model.rowCount() == count,
                    timeout=TIMEOUT)
    ws = window.workspace
    case_view = ws.case_view

    # A new case: Ctrl+N, the title, the campaign typed into its drop-down, Enter.
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(qtbot, case_view, 0)
    assert focused() is dialog.editors["reference"].widget
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Keyboard only – 键盘")
    tab_to(qtbot, dialog.editors["campaign"].widget)
    qtbot.keyClicks(focused(), "fox hunt")
    with qtbot.waitSignal(case_view.loaded, timeout=TIMEOUT):
        press(qtbot, Qt.Key.Key_Return)
    back_to_window(qtbot, window)
    assert case_view.ctx.file.case.title == "Keyboard only – 键盘"

    # A person: Tab to the tabs, Right to People, Tab to "Add a new person…", Space.
    tab_to(qtbot, case_view.tabs.tabBar())
    press(qtbot, Qt.Key.Key_Right)
    assert case_view.tabs.currentWidget() is case_view.people
    tab_to(qtbot, case_view.people.add_button)
    press(qtbot, Qt.Key.Key_Space)
    person = opened(qtbot, case_view, 0)
    assert focused() is person.editors["kind"].widget  # an individual, as it opens
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "张三")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Zhang San")
    with qtbot.waitSignal(case_view.loaded, timeout=TIMEOUT):
        press(qtbot, Qt.Key.Key_Return)
    back_to_window(qtbot, window)

    # A source, graded B2.
    tab_to(qtbot, case_view.tabs.tabBar())
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert case_view.tabs.currentWidget() is case_view.sources
    tab_to(qtbot, case_view.sources.add_button)
    press(qtbot, Qt.Key.Key_Space)
    source = opened(qtbot, case_view, 0)
    qtbot.keyClicks(focused(), "interview")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Interview with Zhang San, conducted in Mandarin")
    tab_to(qtbot, source.editors["date"].widget)  # past the title, author and outlet, left empty
    type_text(qtbot, focused(), "2023-06")
    tab_to(qtbot, source.editors["reliability"].widget)
    qtbot.keyClicks(focused(), "b")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2")
    with qtbot.waitSignal(case_view.loaded, timeout=TIMEOUT):
        press(qtbot, Qt.Key.Key_Return)
    back_to_window(qtbot, window)

    # An incident: Ctrl+I, the tactic typed, a partial date, who was targeted and the source ticked with Space.
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    incident = opened(qtbot, case_view, 0)
    qtbot.keyClicks(focused(), "threat in person")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "2023-05")
    tab_to(qtbot, incident.targets)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, incident.sources)
    press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(case_view.loaded, timeout=TIMEOUT):
        press(qtbot, Qt.Key.Key_Return)

    cf = case_view.ctx.file
    assert cf.case.campaign == "fox_hunt"
    (zhang,) = cf.persons.values()
    assert (zhang.name_original, zhang.name) == ("张三", "Zhang San") and cf.roles[0].role == "target"
    (interview,) = cf.sources
    assert (interview.kind, interview.date, interview.grade) == ("interview", "2023-06", "B2")
    (threat,) = cf.incidents
    assert (threat.tactic, threat.date_start, threat.target_ids) == ("threat_in_person", "2023-05", [zhang.id])
    assert threat.source_ids == [interview.id]
    del person
