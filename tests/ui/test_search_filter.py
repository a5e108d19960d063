"""The case list: search as you type (debounced), filters, and sorting done in SQL."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import TIMEOUT, type_text, unlock
from tests.ui.test_editing import choose


def references(case_list):
    model = case_list.model
    return [model.cached_row(i).reference if model.cached_row(i) else None for i in model.ids()]


def wait_rows(qtbot, case_list):
    model = case_list.model
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))  # what painting does: asks for the rows, fetched lazily
    qtbot.waitUntil(lambda: all(model.cached_row(i) for i in model.ids()), timeout=TIMEOUT)
    return references(case_list)


def test_search_box_finds_a_two_character_chinese_name_as_you_type(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    case_list = ws.case_list
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert case_list.search.hasFocus()
    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT) as loaded:
        type_text(qtbot, case_list.search, "晓梅")
    assert loaded.args == [1], "one query after the typing pause, not one per key"
    assert wait_rows(qtbot, case_list) == ["CV-2024-001"]
    assert case_list.count_label.text() == "1 case(s)"

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        case_list.search.clear()
    assert case_list.model.rowCount() == 5

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        type_text(qtbot, case_list.search, "Wenzhou")
    assert sorted(wait_rows(qtbot, case_list)) == ["CV-2021-003", "CV-2024-001"]


def test_search_that_finds_nothing_shows_an_empty_list(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    with qtbot.waitSignal(ws.case_list.list_loaded, timeout=TIMEOUT):
        type_text(qtbot, ws.case_list.search, "nothingmatchesthis")
    assert ws.case_list.model.rowCount() == 0
    assert ws.case_list.count_label.text() == "0 case(s)"


def test_filters_by_status_campaign_tactic_country_and_tag(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    case_list = ws.case_list
    qtbot.waitUntil(lambda: case_list.tag_filter.count() > 1 and case_list.country_filter.count() > 1,
                    timeout=TIMEOUT)

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        choose(qtbot, case_list.status_filter, "Open")
    assert sorted(wait_rows(qtbot, case_list)) == ["CV-2024-001", "CV-2024-007"]

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        choose(qtbot, case_list.campaign_filter, "Fox")
    assert wait_rows(qtbot, case_list) == ["CV-2024-001"]

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(case_list.clear_button, Qt.MouseButton.LeftButton)
    assert case_list.model.rowCount() == 5

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        choose(qtbot, case_list.tactic_filter, "Interpol")
    assert wait_rows(qtbot, case_list) == ["CV-2023-014"]
    case_list.clear_filters()

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        choose(qtbot, case_list.country_filter, "GB")
    assert wait_rows(qtbot, case_list) == ["CV-2024-007"]
    case_list.clear_filters()

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        choose(qtbot, case_list.tag_filter, "Sky Net")
    assert sorted(wait_rows(qtbot, case_list)) == ["CV-2021-003", "CV-2023-014"]

    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        type_text(qtbot, case_list.search, "Sydney")
    assert wait_rows(qtbot, case_list) == ["CV-2021-003"], "search and filters combine"


def test_clicking_a_header_sorts_in_sql(qtbot, window, demo_path):
    ws = unlock(qtbot, window, demo_path)
    case_list = ws.case_list
    assert wait_rows(qtbot, case_list) == ["CV-2015-002", "CV-2021-003", "CV-2023-014", "CV-2024-001", "CV-2024-007"]
    header = case_list.view.horizontalHeader()
    status_x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(status_x, header.height() // 2))
    # Status sorts in vocabulary order (open, monitoring, closed), ties by reference.
    assert wait_rows(qtbot, case_list) == ["CV-2024-001", "CV-2024-007", "CV-2015-002", "CV-2023-014", "CV-2021-003"]
    with qtbot.waitSignal(case_list.list_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(status_x, header.height() // 2))
    assert wait_rows(qtbot, case_list) == ["CV-2021-003", "CV-2023-014", "CV-2015-002", "CV-2024-007", "CV-2024-001"]
