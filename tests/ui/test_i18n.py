"""Languages: the catalogues cover every UI string, French and Chinese load and show, dates keep
their precision in every language, and the layout direction follows the language."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import i18n
from tests.ui.conftest import TIMEOUT, open_case, unlock
from ui import labels

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def compiled(qapp):
    """The catalogues the package ships (ui/translations), which apply_language loads."""
    yield i18n.TRANSLATIONS_DIR
    i18n.apply_language(qapp, "en")


def test_the_shipped_catalogues_are_compiled_from_the_current_sources(tmp_path):
    sys.path.insert(0, str(ROOT / "translations"))
    import update_ts

    for language in update_ts.LANGUAGES:
        fresh = tmp_path / f"casevault_{language}.qm"
        update_ts.compile_catalogue(ROOT / "translations" / f"casevault_{language}.ts", fresh)
        shipped = i18n.TRANSLATIONS_DIR / fresh.name
        assert shipped.read_bytes() == fresh.read_bytes(), f"run translations/update_ts.py ({shipped.name} is stale)"


def test_a_wheel_of_the_package_carries_the_catalogues(tmp_path):
    """Not only a checkout: an installed CaseVault must speak French and Chinese too."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "--quiet", "--wheel-dir", str(tmp_path), str(ROOT)], check=True, capture_output=True,
                   cwd=tmp_path)
    (wheel,) = tmp_path.glob("casevault-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"ui/translations/casevault_fr.qm", "ui/translations/casevault_zh_CN.qm"} <= names
    assert {"desktop/wordlists/eff_large_wordlist.txt", "desktop/wordlists/README.md"} <= names


def test_catalogues_cover_every_string_in_the_source():
    sys.path.insert(0, str(ROOT / "translations"))
    import update_ts

    wanted = {(m[0], m[1]) for m in update_ts.collect()}
    for language in update_ts.LANGUAGES:
        root = ET.parse(ROOT / "translations" / f"casevault_{language}.ts").getroot()
        done = set()
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None:
                    done.add((context.findtext("name"), message.findtext("source")))
        missing = sorted(wanted - done)
        assert not missing, f"{language}: untranslated or missing (run translations/update_ts.py): {missing[:5]}"


def test_french_and_chinese_windows(qtbot, qapp, compiled, session, settings, demo_path):
    from ui.main_window import MainWindow

    assert i18n.apply_language(qapp, "fr") == "fr"
    window = MainWindow(session, settings)
    window.show()
    assert window.menuBar().actions()[0].text() == "&Coffre"
    assert window.unlock_view.unlock_button.text() == "Déverrouiller"
    window.close()

    i18n.apply_language(qapp, "zh_CN")
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    assert view.tabs.tabText(2) == "时间线"
    model = view.chronology.model
    assert model.data(model.index(0, 0)) == "日期不详"  # the accusation, placed first by hand
    assert model.data(model.index(1, 0)) == "2015年6月初", "a qualified date reads in the language's order"
    assert model.data(model.index(1, 1)) == "向亲属或关系人施压"
    window._teardown()
    window.close()


def test_partial_dates_keep_their_precision_in_every_language(qapp, compiled):
    app = qapp
    i18n.apply_language(app, "fr")
    assert labels.format_range("2015-06", None) == "juin 2015"
    assert labels.format_range("2015-06-12", None) == "12 juin 2015"
    assert labels.format_range("2014", "2016") == "2014 – 2016"
    assert labels.format_range(None, None) == "date inconnue"
    i18n.apply_language(app, "en")
    assert labels.format_range("2015-06", "2015-08") == "June\u2013August 2015", "English reuses db.dates"


def test_layout_direction_follows_the_language(qapp, compiled):
    app = qapp
    i18n.apply_language(app, "ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.apply_language(app, "fr")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.French



def test_every_translated_notice_takes_the_values_of_its_english_template():
    """db.notices: the app fills a translated template with the English one's values."""
    from string import Formatter

    sys.path.insert(0, str(ROOT / "translations"))
    import update_ts

    def fields(text):
        return sorted(name for _lit, name, _spec, _conv in Formatter().parse(text) if name is not None)

    for language in update_ts.LANGUAGES:
        root = ET.parse(ROOT / "translations" / f"casevault_{language}.ts").getroot()
        notices = [m for c in root.iter("context") if c.findtext("name") == "Notices" for m in c.iter("message")]
        assert len(notices) >= 13
        for m in notices:
            assert fields(m.findtext("translation")) == fields(m.findtext("source")), (language, m.findtext("source"))


def test_the_dossier_dialog_says_its_notices_in_the_apps_language(qtbot, qapp, compiled, session, settings,
                                                                  demo_path):
    from tests.ui.test_dossier_dialog import RENDER, tick
    from ui.main_window import MainWindow

    i18n.apply_language(qapp, "zh_CN")
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    window.export_action.trigger()
    dialog = view.dialogs[-1]
    tick(qtbot, dialog.public)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.save_button.isVisible(), timeout=RENDER)
    assert "因显示了此方案中不可具名的人而未收录：E-2, E-3。" in dialog.status.text()
    assert "Withheld" not in dialog.status.text()
    dialog.close()
    window._teardown()
    window.close()


def test_the_sheet_wizard_names_each_problem_in_the_apps_language(qtbot, qapp, compiled, session, settings,
                                                                  demo_path, dialogs):
    from tests.ui.test_import_table_wizard import SHEETS, check_with_ready_mapping, open_wizard
    from ui.main_window import MainWindow

    i18n.apply_language(qapp, "fr")
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, demo_path)
    wizard = open_wizard(qtbot, window)
    check = check_with_ready_mapping(qtbot, wizard, dialogs, SHEETS / "bad_rows.csv")
    said = {check.problems.item(n, 1).text(): check.problems.item(n, 2).text()
            for n in range(check.problems.rowCount())}
    assert said["Host country"] == ("'Atlantis' n’est pas un pays connu de CaseVault (donnez son nom ou son code ISO "
                                   "à deux lettres)")
    assert said["Methods"].startswith("'Telepathy' ne fait pas partie des valeurs possibles de cette colonne")
    assert "n’est pas une date" in said["Returned"]
    by_row = {(check.problems.item(n, 0).text(), check.problems.item(n, 1).text()): check.problems.item(n, 2).text()
              for n in range(check.problems.rowCount())}
    assert by_row[("3", "Returned")] == "'31/02/2016' : '2016-02-31' : ce mois n’a pas de jour 31"
    wizard.reject()
    window._teardown()
    window.close()


def test_a_refused_record_says_why_in_the_apps_language(qtbot, qapp, compiled, session, settings, demo_path):
    """db.notices: the vault's reason, with what the user typed in it, next to the field."""
    from ui.main_window import MainWindow

    i18n.apply_language(qapp, "zh_CN")
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, demo_path)
    window.new_case_action.trigger()
    qtbot.waitUntil(lambda: bool(window.workspace.case_view.dialogs)
                    and window.workspace.case_view.dialogs[-1].objectName() == "newCaseDialog", timeout=TIMEOUT)
    dialog = window.workspace.case_view.dialogs[-1]
    dialog.editors["reference"].widget.setText("CV-2024-001")
    dialog.editors["title"].widget.setText("重复的编号")
    dialog.submit()
    error = dialog.editors["reference"].error
    qtbot.waitUntil(error.isVisible, timeout=TIMEOUT)
    assert error.text() == "'CV-2024-001' 已被另一个案件使用"
    window._teardown()
    window.close()


def test_a_refused_bundle_says_why_in_the_apps_language(qtbot, qapp, compiled, session, settings, demo_path,
                                                         tmp_path):
    """exporters.bundle_format's errors are notices; a damaged bundle's nests the reason in the sentence."""
    from db.vault import Vault
    from exporters.bundle import export_bundle
    from tests.conftest import PASSPHRASE
    from tests.ui.test_exchange import BUNDLE_PASSPHRASE, _import
    from ui.main_window import MainWindow

    bundle = tmp_path / "from-a.cvb"
    with Vault.open(demo_path, PASSPHRASE) as v:
        export_bundle(v, bundle, BUNDLE_PASSPHRASE, log_n=10)
    damaged = tmp_path / "damaged.cvb"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    i18n.apply_language(qapp, "fr")
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, demo_path)
    dialog = _import(qtbot, window, bundle, "not the bundle passphrase")
    qtbot.waitUntil(dialog.error.isVisible, timeout=TIMEOUT)
    assert dialog.error.text() == ("Phrase secrète incorrecte pour le lot from-a.cvb (ou son en-tête a été modifié) ; "
                                   "rien n’a été importé.")
    dialog.reject()
    dialog = _import(qtbot, window, damaged)
    qtbot.waitUntil(dialog.error.isVisible, timeout=TIMEOUT)
    assert dialog.error.text() == ("Le lot damaged.cvb est endommagé ou incomplet (sa fin ne s’authentifie pas) ; "
                                   "rien n’a été importé.")
    dialog.reject()
    window._teardown()
    window.close()



def test_no_tab_of_the_case_view_starts_with_a_capital_accent_in_french(qtbot, qapp, compiled, session, settings,
                                                                        demo_path):
    """Qt's Fusion style draws a tab that is not selected two pixels lower and cuts what rises above
    its capitals: "Évolution de l'issue" read "Evolution de l'issue" until it was chosen."""
    from PySide6.QtWidgets import QTabBar

    from ui.main_window import MainWindow

    i18n.apply_language(qapp, "fr")
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2023-014")
    labels_ = [bar.tabText(n) for bar in view.findChildren(QTabBar) for n in range(bar.count())]
    assert "Procédures" in labels_ and len(labels_) >= 12, labels_
    cut = [text for text in labels_ if text[:1] in "ÉÈÊÀÂÎÔÛÇ"]
    assert not cut, f"tab labels whose first accent Fusion cuts: {cut}"
    window._teardown()
    window.close()


def test_the_dossiers_two_choices_of_purpose_have_different_names_in_chinese(qtbot, qapp, compiled, session,
                                                                              settings, demo_path):
    """The kind of package and the purpose printed on the cover were both "用途"."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from ui.main_window import MainWindow

    i18n.apply_language(qapp, "zh_CN")
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    window.export_action.trigger()
    dialog = view.dialogs[-1]
    form = next(f for f in dialog.findChildren(QFormLayout) if f.labelForField(dialog.forum) is not None)
    kind = form.labelForField(dialog.forum).text()
    purpose = next(label.text() for label in dialog.findChildren(QLabel) if label.text().endswith("（印在封面上）"))
    assert kind and not purpose.startswith(kind), (kind, purpose)
    dialog.close()
    window._teardown()
    window.close()
