"""What data exchange says, in the app's language: a bundle whose document the interchange checks
refuse, a bundle whose payload fails the bundle's own checks, what a merge renamed, and why the
Conflicts view cannot keep a version; and the command line still says it in English."""

from __future__ import annotations

import json
import zlib

import pytest

from desktop import i18n
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock
from tests.ui.test_exchange import BUNDLE_PASSPHRASE, LEFT, _import, _seed_second_laptop, dialog_named
from ui.messages import Button

BROKEN_JSON = '{"format": "casevault",\n "version" 3}'


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Each test picks the app's language; the next one starts in English."""
    yield
    i18n.apply_language(qapp, "en")


def _bundle_of(vault_path, target, change):
    """A bundle of the vault's cases whose payload `change(payload)` altered, encrypted as CaseVault does."""
    from db.vault import Vault
    from exporters.bundle import build_payload
    from exporters.bundle_format import write_encrypted

    with Vault.open(vault_path, PASSPHRASE) as v:
        payload = build_payload(v)
    change(payload)
    with open(target, "wb") as fh:
        write_encrypted(fh, BUNDLE_PASSPHRASE, [zlib.compress(json.dumps(payload).encode())], log_n=10)
    return target


def _window(qtbot, qapp, session, settings, language, path):
    from ui.main_window import MainWindow

    i18n.apply_language(qapp, language)
    window = MainWindow(session, settings)
    window.show()
    unlock(qtbot, window, path)
    return window


def _close(window):
    window._teardown()
    window.close()


def _refusal(qtbot, window, bundle):
    dialog = _import(qtbot, window, bundle)
    qtbot.waitUntil(dialog.error.isVisible, timeout=TIMEOUT)
    text = dialog.error.text()
    dialog.reject()
    return text


def test_a_bundle_whose_document_the_interchange_checks_refuse_says_why_in_chinese(
        qtbot, qapp, session, settings, demo_path, tmp_path):
    def unknown_field(payload):
        payload["document"]["persons"][0]["nickname"] = "x"

    def bad_date(payload):
        payload["document"]["persons"][0]["birth_date"] = "1990-13"

    def broken_link(payload):
        payload["document"]["organisations"][0]["parent_id"] = "0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f"

    field = _bundle_of(demo_path, tmp_path / "field.cvb", unknown_field)
    date = _bundle_of(demo_path, tmp_path / "date.cvb", bad_date)
    link = _bundle_of(demo_path, tmp_path / "link.cvb", broken_link)
    window = _window(qtbot, qapp, session, settings, "zh_CN", demo_path)
    assert _refusal(qtbot, window, field) == "$.document.persons[0]：'nickname' 不是此记录的字段；未导入任何内容"
    said = _refusal(qtbot, window, date)
    assert said.startswith("$.document.persons[0].birth_date：'1990-13' 不是以 ASCII 数字书写的")
    assert said.endswith("；未导入任何内容")
    assert _refusal(qtbot, window, link) == ("$.document.organisations[0].parent_id：没有 id 为 "
                                             "'0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f' 的组织；未导入任何内容")
    _close(window)


def test_a_bundle_whose_payload_fails_a_check_says_why_in_french(qtbot, qapp, session, settings,
                                                                 demo_path, tmp_path):
    at = {}

    def present_and_deleted(payload):
        person = payload["document"]["persons"][0]
        at["n"], at["id"] = len(payload["tombstones"]), person["id"]
        payload["tombstones"].append({"entity": "person", "id": person["id"], "case_id": None, "vector": {"x": 1},
                                      "at": "2026-01-01T00:00:00.000Z", "author": "x"})

    def no_scope(payload):
        payload["scope"]["kind"] = "some"

    both = _bundle_of(demo_path, tmp_path / "both.cvb", present_and_deleted)
    scope = _bundle_of(demo_path, tmp_path / "scope.cvb", no_scope)
    window = _window(qtbot, qapp, session, settings, "fr", demo_path)
    assert _refusal(qtbot, window, both) == (f"$.tombstones[{at['n']}].id : la fiche {at['id']} est à la fois présente "
                                             "et supprimée ; rien n’a été importé")
    assert _refusal(qtbot, window, scope) == "$.scope.kind : doit valoir all, cases ou for ; rien n’a été importé"
    _close(window)


def test_what_a_merge_renamed_is_said_in_french(qtbot, qapp, session, settings, demo_path, tmp_path,
                                               dialogs):
    from db.models import Case
    from db.vault import Vault
    from exporters.bundle import export_bundle

    bundle = tmp_path / "from-demo.cvb"
    with Vault.open(demo_path, PASSPHRASE) as v:
        export_bundle(v, bundle, BUNDLE_PASSPHRASE, log_n=10)
    other = tmp_path / "other.cvault"
    with Vault.create(other, PASSPHRASE, author="laptop B") as v:
        v.repos.cases.add(Case(reference="CV-2024-001", title="Another case with the same reference"))
    window = _window(qtbot, qapp, session, settings, "fr", other)
    _import(qtbot, window, bundle)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=TIMEOUT)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "info"
    assert "• le dossier CV-2024-001 du lot devient CV-2024-001 (" in text
    assert "CV-2024-001 est déjà utilisé ici" in text and "from the bundle" not in text
    _close(window)


def test_the_conflicts_view_says_why_a_version_cannot_be_kept_in_chinese(qtbot, qapp, session, settings,
                                                                          demo_path, tmp_path, dialogs):
    """A whole-case conflict whose case was deleted here since: keeping this vault's version is refused."""
    from db.vault import Vault
    from exporters.bundle import export_bundle, import_bundle

    a, b = demo_path, tmp_path / "laptop-b.cvault"
    _seed_second_laptop(a, b)
    bundle = tmp_path / "from-a.cvb"
    with Vault.open(a, PASSPHRASE) as v:
        v.repos.cases.delete(v.repos.cases.resolve("CV-2024-001").id)
        export_bundle(v, bundle, BUNDLE_PASSPHRASE, log_n=10)
    with Vault.open(b, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        case.status = "monitoring"
        v.repos.cases.update(case)
        assert len(import_bundle(v, bundle, BUNDLE_PASSPHRASE).conflicts) == 1
        v.repos.cases.delete(case.id)  # deleted here too, before anyone chose
    window = _window(qtbot, qapp, session, settings, "zh_CN", b)
    window.conflicts_action.trigger()
    conflicts = dialog_named(qtbot, window, "conflictsDialog")
    qtbot.waitUntil(lambda: len(conflicts.rows()) == 1, timeout=TIMEOUT)
    conflicts.select(conflicts.rows()[0].conflict.id)
    dialogs.set_next_answer(Button.Yes)  # this vault's version is now a deletion: asked first
    qtbot.mouseClick(conflicts.keep_ours, LEFT)
    qtbot.waitUntil(lambda: dialogs.shown and dialogs.shown[-1][0] == "error", timeout=TIMEOUT)
    assert dialogs.shown[-1][2] == "自发现该冲突以来，此案件已在此处被删除；无需再作决定"
    conflicts.reject()
    _close(window)


def test_the_interchange_reader_says_where_and_what_in_the_apps_language(qapp, tmp_path):
    """The app has no interchange import of its own; what the reader says is a notice all the same
    (place and reason), ready for the app's language."""
    from db.errors import ValidationError
    from db.vault import Vault
    from exporters.interchange import import_json
    from ui import labels

    bad = tmp_path / "bad.json"
    bad.write_text(BROKEN_JSON, encoding="utf-8")
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE) as v:
        try:
            import_json(v, bad)
        except ValidationError as exc:
            error = exc
    assert str(error) == "line 2, column 12: invalid JSON: expected ':', found '3'"
    i18n.apply_language(qapp, "zh_CN")
    assert labels.error_text(error) == "第 2 行，第 12 列：JSON 无效：此处应为 ':'，实际为 '3'"
    i18n.apply_language(qapp, "fr")
    assert labels.error_text(error) == "ligne 2, colonne 12 : JSON non valide : ':' attendu, '3' trouvé"


def test_the_command_line_says_it_in_english_whatever_the_apps_language(qapp, tmp_path, capsys,
                                                                      monkeypatch):
    from db.vault import Vault
    from desktop.cli import main

    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "v.cvault"
    Vault.create(path, PASSPHRASE).close()
    bad = tmp_path / "bad.json"
    bad.write_text(BROKEN_JSON, encoding="utf-8")
    i18n.apply_language(qapp, "zh_CN")  # a translator installed in this process changes nothing on the CLI
    assert main(["import", str(path), str(bad)]) == 2
    captured = capsys.readouterr()
    assert "line 2, column 12: invalid JSON: expected ':', found '3'" in captured.err + captured.out


def test_a_sheet_whose_ids_clash_with_another_kind_of_record_says_why_in_chinese(qtbot, qapp, session, settings,
                                                                                demo_path, tmp_path, dialogs):
    """exporters.interchange.check_entities, met by the sheet import: its sentence, kinds of record included."""
    from PySide6.QtWidgets import QWizard

    from db.models import Case, Person
    from db.vault import Vault
    from exporters.tables_export import export_tables
    from tests.ui.test_import_table_wizard import choose_sheet, next_page, open_wizard

    with Vault.open(demo_path, PASSPHRASE) as v:
        export_tables(v, tmp_path / "out")
        case_id = v.repos.cases.resolve("CV-2024-001").id
    other = tmp_path / "other.cvault"
    with Vault.create(other, PASSPHRASE, author="laptop B") as v:
        v.repos.persons.add(Person(id=case_id, name="Someone whose id is a case's"))
        v.repos.cases.add(Case(reference="B-1", title="A case of laptop B"))
    window = _window(qtbot, qapp, session, settings, "zh_CN", other)
    wizard = open_wizard(qtbot, window)
    choose_sheet(qtbot, wizard, dialogs, tmp_path / "out" / "cases.csv")
    wizard.file_page.mapping.setCurrentIndex(wizard.file_page.mapping.findData("casevault_cases"))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.plan is not None, timeout=TIMEOUT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: "人员" in check.summary.text(), timeout=TIMEOUT)
    assert f"id：案件 {case_id} 与本保险库中一条人员记录的 id 相同；未导入任何内容" in check.summary.text()
    assert "has the id of" not in check.summary.text()
    wizard.reject()
    _close(window)
