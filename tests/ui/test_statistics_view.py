"""The statistics view on a real vault in the real window: its counts follow the case list's
filters, a click on a bar lists exactly the cases behind it (checked against the vault), opening one
shows it in the main window, a click on a number in a cross-table does the same, "as published"
hides small numbers, and locking throws the view away. Record text on the axis shows as typed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from db.models import Case, Incident
from db.vault import Vault
from desktop.operations import Op
from tests.conftest import PASSPHRASE
from tests.exporters.statistics_vault import build
from tests.ui.conftest import TIMEOUT, unlock
from ui.statistics_view import StatisticsView

MARKUP_REGION = "<b>Fujian</b> & co"


@pytest.fixture(scope="module")
def stats_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build(tmp_path_factory.mktemp("statsview") / "stats.cvault", PASSPHRASE, cases=40)
    with Vault.open(path, PASSPHRASE) as v, v.write():
        case = Case(reference="ST-MARKUP", title="markup", region=MARKUP_REGION, host_country="CA")
        v.repos.cases.add(case)
        v.repos.incidents.add(Incident(case_id=case.id, tactic="exit_ban", date_start="2016"))
    return path


@pytest.fixture
def stats_window(qtbot, window, stats_template, tmp_path):
    path = tmp_path / "stats.cvault"
    shutil.copyfile(stats_template, path)
    unlock(qtbot, window, path)
    return window


def open_view(qtbot, window):
    window.statistics_action.trigger()
    view = window.findChild(StatisticsView, "statisticsView")
    qtbot.waitUntil(lambda: view.stats is not None and view._partial is None, timeout=TIMEOUT)
    return view


def choose(view, key):
    view.table_choice.setCurrentIndex(view.table_choice.findData(key))


def click_bar(qtbot, view, row_key):
    """Click the middle of the bar of `row_key` in the chart."""
    index = view._rows.index(row_key)
    value = view.bars.at(index)
    point = view.chart.mapToPosition(QPointF(value / 2, index), view.series)
    pos = view.chart_view.mapFromScene(view.chart.mapToScene(point))
    with qtbot.waitSignal(view.cases_listed, timeout=TIMEOUT):
        qtbot.mouseClick(view.chart_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_clicking_a_bar_lists_the_cases_behind_it_and_opens_one(qtbot, stats_window):
    window = stats_window
    view = open_view(qtbot, window)
    choose(view, "cases_by_host_country")
    assert view.stats.cases == window.workspace.case_list.model.rowCount()
    click_bar(qtbot, view, "FR")
    expected = set(cases_in_vault_sync(qtbot, window, "SELECT id FROM cases WHERE host_country = 'FR'"))
    assert set(view.cases.ids()) == expected and len(expected) == view.bars.at(view._rows.index("FR"))
    assert "FR" in view.behind_label.text()
    qtbot.waitUntil(lambda: view.cases.cached_row(view.cases.ids()[0]) is not None, timeout=TIMEOUT)
    first = view.cases.ids()[0]
    with qtbot.waitSignal(window.workspace.case_view.loaded, timeout=TIMEOUT):
        view.cases_view.setCurrentIndex(view.cases.index(0, 0))
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.workspace.case_view.case_id == first


def cases_in_vault_sync(qtbot, window, sql, args=()):
    """Ids the vault itself gives for `sql`, read on its thread."""
    found, done = [], []
    Op(window.session, lambda v: found.extend(r[0] for r in v.conn.execute(sql, args))) \
        .success(lambda _r: done.append(True)).run()
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    return found


def test_the_table_shown_comes_first_then_every_table(qtbot, stats_window):
    window = stats_window
    window.statistics_action.trigger()
    view = window.findChild(StatisticsView, "statisticsView")
    with qtbot.waitSignals([view.first_shown, view.counted], order="strict", timeout=TIMEOUT):
        pass
    assert view._partial is None and view.stats.has("persons_by_role") and view.stats.has("cases_by_year")
    assert view.numbers.rowCount() == len(view.stats.table("cases_by_year").rows)


def test_counts_follow_the_case_list_filters(qtbot, stats_window):
    window = stats_window
    view = open_view(qtbot, window)
    everything = view.stats.cases
    case_list = window.workspace.case_list
    with qtbot.waitSignal(view.counted, timeout=TIMEOUT):
        case_list.status_filter.setCurrentIndex(case_list.status_filter.findData("open"))
    shown = case_list.model.rowCount()
    assert view.stats.cases == shown < everything
    assert "the cases the case list shows" in view.summary.text()
    choose(view, "cases_by_tactic")
    tactic = max(view._rows, key=lambda r: view.bars.at(view._rows.index(r)))
    click_bar(qtbot, view, tactic)
    expected = cases_in_vault_sync(qtbot, window, "SELECT DISTINCT c.id FROM cases c JOIN incidents i "
                                   "ON i.case_id = c.id WHERE c.status = 'open' AND i.tactic = ?", (tactic,))
    assert set(view.cases.ids()) == set(expected) and set(expected) <= set(case_list.model.ids())
    axis = view.chart.axes(Qt.Orientation.Vertical)[0]
    assert not axis.truncateLabels() and len(max(axis.categories(), key=len)) > 20  # long names shown whole
    assert "incidents" not in view.stats.facts.parts  # counted in SQL, and the cases behind found in SQL


def test_a_number_of_a_cross_table_lists_its_cases(qtbot, stats_window):
    window = stats_window
    view = open_view(qtbot, window)
    choose(view, "cross")
    view.row_dim.setCurrentIndex(view.row_dim.findData("campaign"))
    with qtbot.waitSignal(view.counted, timeout=TIMEOUT):
        view.col_dim.setCurrentIndex(view.col_dim.findData("host_country"))
    table = view.current_table()
    assert table.key == "cases_by_campaign_and_host_country"
    row = table.rows.index("fox_hunt")
    col = table.cols.index("CA") + 1
    rect = view.numbers.visualItemRect(view.numbers.item(row, col))
    with qtbot.waitSignal(view.cases_listed, timeout=TIMEOUT):
        qtbot.mouseClick(view.numbers.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = cases_in_vault_sync(qtbot, window, "SELECT id FROM cases WHERE campaign = 'fox_hunt' "
                                   "AND host_country = 'CA'")
    assert set(view.cases.ids()) == set(expected)
    assert view.numbers.item(row, col).text() == str(len(expected))


def test_as_published_hides_small_numbers_and_locking_discards_the_view(qtbot, stats_window, tmp_path):
    window = stats_window
    view = open_view(qtbot, window)
    choose(view, "cases_by_year")
    exact = {view.numbers.item(r, 0).text(): view.numbers.item(r, 1).text() for r in range(view.numbers.rowCount())}
    view.published.setChecked(True)
    published = {view.numbers.item(r, 0).text(): view.numbers.item(r, 1).text()
                 for r in range(view.numbers.rowCount())}
    small = [k for k, v in exact.items() if 0 < int(v) < 5]
    assert small and all(published[k] == "fewer than 5" for k in small)
    assert all(published[k] == v for k, v in exact.items() if int(v) >= 5 and published[k] != "withheld")
    # Record text on the chart's axis shows as typed, not as markup.
    choose(view, "cases_by_region")
    view.published.setChecked(False)
    axis = next(a for a in view.chart.axes(Qt.Orientation.Vertical))
    assert "&lt;b&gt;Fujian&lt;/b&gt; &amp; co" in axis.categories()
    view.resize(1100, 720)
    QApplication.processEvents()  # the chart lays itself out in the event loop
    image = view.grab()
    image.save(str(tmp_path / "statistics.png"))
    window.lock()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=TIMEOUT)
    assert view.stats is None and view._table is None  # the counts and the cases behind them dropped


def test_the_view_in_chinese(qtbot, qapp, stats_window, tmp_path):
    from desktop import i18n

    window = stats_window
    i18n.apply_language(qapp, "zh_CN")
    try:
        view = open_view(qtbot, window)
        assert view.windowTitle() == "统计" and view.language == "zh"
        choose(view, "cases_by_campaign")
        assert view.table_choice.currentText() == "按行动统计的案件"
        assert view.numbers.item(0, 0).text() == "天网"
        click_bar(qtbot, view, "sky_net")
        assert view.behind_label.text().startswith("“按行动统计的案件”中“天网”所依据的")
        view.resize(1100, 720)
        qtbot.waitUntil(lambda: view.cases.cached_row(view.cases.ids()[0]) is not None, timeout=TIMEOUT)
        QApplication.processEvents()
        view.grab().save(str(tmp_path / "statistics-zh.png"))
    finally:
        i18n.apply_language(qapp, "en")


def test_who_acts_in_these_cases(qtbot, stats_window, tmp_path, dialogs):
    from ui.relationship_view import RelationshipView, layout

    window = stats_window
    view = open_view(qtbot, window)
    qtbot.mouseClick(view.relations_button, Qt.MouseButton.LeftButton)
    graph_view = view.findChild(RelationshipView, "relationshipView")
    qtbot.waitUntil(lambda: graph_view.graph is not None and bool(graph_view.actor_nodes), timeout=TIMEOUT)
    # Every bureau and station acting in two cases or more is drawn, with its number of cases.
    rows = cases_in_vault_sync(qtbot, window, "SELECT a.organisation_id || '|' || count(DISTINCT i.case_id) "
                               "FROM incident_actors a JOIN incidents i ON i.id = a.incident_id "
                               "WHERE a.organisation_id IS NOT NULL GROUP BY a.organisation_id")
    expected = {r.split("|")[0]: int(r.split("|")[1]) for r in rows}
    assert set(graph_view.actor_nodes) == {o for o, n in expected.items() if n >= 2}
    fuzhou = next(a for a in graph_view.graph.actors.values() if a.name == "Fuzhou Public Security Bureau")
    assert len(graph_view.graph.cases_of(fuzhou.id)) == expected[fuzhou.id]
    station = next(a for a in graph_view.graph.actors.values() if a.name.startswith("Station"))
    assert "(" in graph_view._actor_text(station, 1)  # a station names the bureau that runs it
    # A click on an actor highlights its cases.
    node = graph_view.actor_nodes[fuzhou.id]
    pos = graph_view.view.mapFromScene(node.sceneBoundingRect().center())
    qtbot.mouseClick(graph_view.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert graph_view.chosen == fuzhou.id and "Fuzhou" in graph_view.chosen_label.text()
    # Fewer actors when only those in many cases are kept; the layout caps what it draws.
    with qtbot.waitSignal(graph_view.drawn, timeout=TIMEOUT):
        graph_view.min_cases.setValue(max(expected.values()))
    assert len(graph_view.actor_nodes) == sum(1 for n in expected.values() if n == max(expected.values()))
    actors, cases, hidden, _ = layout(graph_view.graph, 1, max_actors=3, max_cases=5)
    assert len(actors) == 3 and len(cases) == 5 and hidden > 0
    # Saved as a PNG the user names.
    out = tmp_path / "graph.png"
    dialogs.set_next_answer(str(out))
    qtbot.mouseClick(graph_view.save_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"\x89PNG") and dialogs.shown[-1][0] == "info"
    graph_view.min_cases.setValue(2)
    graph_view.resize(1000, 700)
    QApplication.processEvents()
    graph_view.grab().save(str(tmp_path / "relationships.png"))


def test_a_saved_graph_names_persons_only_as_they_consented(qtbot, stats_window, tmp_path, dialogs):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from db.models import Actor, Person
    from ui.relationship_view import RelationshipView

    window = stats_window
    secret, public = "Secretagent 秘密特工", "Publicagent"

    def add(v):  # two agents, each acting in the same two cases
        case_ids = [r[0] for r in v.conn.execute("SELECT id FROM cases ORDER BY reference LIMIT 2")]
        with v.write():
            for name, consent in ((secret, "none"), (public, "public")):
                person = Person(name=name, consent=consent)
                v.repos.persons.add(person)
                for case_id in case_ids:
                    v.repos.incidents.add(Incident(case_id=case_id, tactic="threat_in_person", date_start="2019",
                                                   actors=[Actor("carried_out", person_id=person.id)]))
        return [r[0] for r in v.conn.execute(f"SELECT title FROM cases WHERE id IN ('{case_ids[0]}', "
                                             f"'{case_ids[1]}')")]

    titles = []
    Op(window.session, add).success(titles.extend).run()
    qtbot.waitUntil(lambda: bool(titles), timeout=TIMEOUT)
    view = open_view(qtbot, window)
    qtbot.mouseClick(view.relations_button, Qt.MouseButton.LeftButton)
    graph_view = view.findChild(RelationshipView, "relationshipView")
    qtbot.waitUntil(lambda: graph_view.graph is not None and bool(graph_view.actor_nodes), timeout=TIMEOUT)

    def texts():
        return " ".join(i.text() for i in graph_view.scene.items() if isinstance(i, QGraphicsSimpleTextItem))

    assert secret in texts() and public in texts()  # the screen shows every name
    for profile, named in (("legal", {public}), ("public", {public})):
        graph_view.draw(profile)
        drawn = texts()
        assert secret not in drawn and "Person A" in drawn and all(n in drawn for n in named), profile
        assert not any(title in drawn for title in titles)  # cases by reference only
    graph_view.draw()
    chosen = next(iter(graph_view.actor_nodes))
    graph_view.choose(chosen)
    assert graph_view.image_bytes("public").startswith(b"\x89PNG")
    assert secret in texts() and graph_view.chosen == chosen  # the screen's drawing is back
    out = tmp_path / "public.png"
    graph_view.save_profile.setCurrentIndex(graph_view.save_profile.findData("public"))
    dialogs.set_next_answer(str(out))
    qtbot.mouseClick(graph_view.save_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"\x89PNG") and "persons only where they consented" in dialogs.shown[-1][2]


def test_the_map_shades_host_countries_and_a_click_lists_a_countrys_cases(qtbot, stats_window):
    from ui.world_map_view import scene_point

    window = stats_window
    view = open_view(qtbot, window)
    choose(view, "cases_by_year")
    assert not view.map_box.isVisibleTo(view)  # only host countries go on a map
    choose(view, "cases_by_host_country")
    assert view.map_box.isVisibleTo(view)
    view.map_box.setChecked(True)
    assert view.graphic.currentWidget() is view.map_view
    table = view.current_table()
    france = view.map_view.countries["FR"]
    assert "FR" in table.rows and f": {table.count('FR')}" in france.toolTip()
    assert not view.map_view.countries["BR"].toolTip()  # no case there: no number, no click
    darkest = max(table.rows, key=table.count)
    assert view.map_view.countries[darkest].brush().color().lightness() <= france.brush().color().lightness()
    # A click on France (Paris) lists its cases.
    pos = view.map_view.mapFromScene(scene_point(2.35, 48.85))
    with qtbot.waitSignal(view.cases_listed, timeout=TIMEOUT):
        qtbot.mouseClick(view.map_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    expected = cases_in_vault_sync(qtbot, window, "SELECT id FROM cases WHERE host_country = 'FR'")
    assert set(view.cases.ids()) == set(expected)
    # As published, small numbers are shaded as such and their tooltips say "fewer than".
    view.published.setChecked(True)
    small = [r for r in table.rows if r and 0 < table.count(r) < 5]
    assert small
    for code in small:
        assert "fewer than" in view.map_view.countries[code].toolTip()
    view.map_box.setChecked(False)
    assert view.graphic.currentWidget() is view.chart_scroll


def test_as_published_withholds_what_the_report_withholds_across_its_tables(qtbot, window, tmp_path):
    """Ten passport refusals beside two exit bans: the report withholds the ten too, else the PACE
    method's total (12) would give the hidden exit bans away. The view, as published, shows each
    table exactly as the report's table files print it."""
    from db.statistics_query import Selection
    from tests.security.test_export_leaks_review import pace_vault, read_table_file, write_report

    path = tmp_path / "pace.cvault"
    with Vault.create(path, PASSPHRASE, author="t") as v:
        pace_vault(v)
        (tmp_path / "report").mkdir()
        write_report(v, tmp_path / "report", Selection())
    unlock(qtbot, window, path)
    view = open_view(qtbot, window)
    view.published.setChecked(True)
    for key in ("incidents_by_tactic", "incidents_by_pace", "cases_by_tactic"):
        choose(view, key)
        shown = {view.numbers.item(r, 0).text(): view.numbers.item(r, 1).text()
                 for r in range(view.numbers.rowCount())}
        printed = {label: cells[0] for label, cells in read_table_file(tmp_path / "report" / "tables", key).items()
                   if label != "Total"}
        assert {k: v for k, v in shown.items() if k in printed} == printed, key
    choose(view, "incidents_by_tactic")
    assert view.numbers.item(next(r for r in range(view.numbers.rowCount()) if view.numbers.item(r, 0).text()
                                  == "Passport or document refusal"), 1).text() == "withheld"


def axis_ticks(axis):
    """The values at which the chart draws a tick and a label, as QtCharts places them."""
    if axis.tickType() == axis.TickType.TicksDynamic:
        step, value, ticks = axis.tickInterval(), axis.tickAnchor(), []
        while value <= axis.max() + 1e-9:
            ticks.append(value)
            value += step
        return ticks
    span = axis.max() - axis.min()
    return [axis.min() + span * n / (axis.tickCount() - 1) for n in range(axis.tickCount())]


@pytest.mark.parametrize("counts", ["demo", "forty cases"])
def test_the_count_axis_ticks_fall_on_whole_numbers(qtbot, window, demo_path, stats_template, tmp_path, counts):
    """With counts of 1 and 2 (the demo vault) the axis read "0 0 1 1 2"; with larger counts a
    label "5" stood where the count is 5.75."""
    path = tmp_path / "v.cvault"
    shutil.copyfile(demo_path if counts == "demo" else stats_template, path)
    unlock(qtbot, window, path)
    view = open_view(qtbot, window)
    for key in ("cases_by_year", "cases_by_host_country", "incidents_by_tactic"):
        choose(view, key)
        qtbot.waitUntil(lambda: view._partial is None and view.series is not None, timeout=TIMEOUT)
        axis = next(a for a in view.chart.axes(Qt.Orientation.Horizontal))
        ticks = axis_ticks(axis)
        assert all(abs(t - round(t)) < 1e-9 for t in ticks), f"{key}: ticks at {ticks}"
        labels = [str(round(t)) for t in ticks]
        assert len(set(labels)) == len(labels) and 2 <= len(ticks) <= 7, f"{key}: labels {labels}"


def test_each_bar_shows_its_count_beside_it(qtbot, window, demo_path):
    """The counts written after the bars were white on the white plot: there, but unreadable."""
    unlock(qtbot, window, demo_path)
    view = open_view(qtbot, window)
    choose(view, "cases_by_year")
    qtbot.waitUntil(lambda: view._partial is None and view.series is not None, timeout=TIMEOUT)
    view.resize(1100, 700)
    qtbot.wait(100)
    image = view.chart_view.grab().toImage()
    for index in range(view.bars.count()):
        end = view.chart.mapToPosition(QPointF(view.bars.at(index), index), view.series)
        start = view.chart_view.mapFromScene(view.chart.mapToScene(end))
        dark = [(x, y) for x in range(start.x() + 2, start.x() + 30) for y in range(start.y() - 8, start.y() + 8)
                if image.pixelColor(x, y).lightness() < 100]
        assert dark, f"no count written after bar {index}"
    assert view.series.isLabelsVisible()


def test_no_count_is_written_after_a_bar_whose_count_is_hidden(qtbot, stats_window):
    """As published, a small count is "fewer than 5" in the table and its bar is empty: a "0" after it
    would be false."""
    view = open_view(qtbot, stats_window)
    choose(view, "cases_by_year")
    qtbot.waitUntil(lambda: view._partial is None and view.series is not None, timeout=TIMEOUT)
    assert view.series.isLabelsVisible()
    view.published.setChecked(True)
    texts = [view.numbers.item(r, 1).text() for r in range(view.numbers.rowCount())]
    assert "fewer than 5" in texts and any(t.isdigit() for t in texts), texts
    assert not view.series.isLabelsVisible()
