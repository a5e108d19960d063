"""What the sheet import says, in the app's language, when a file cannot be used: a damaged
workbook, an empty CSV, a mapping file that is not one or is of another version, the encoding a CSV
was read in, a row too wide and a line that is not CSV; and the command line still says it in English."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QPushButton

from db.errors import ValidationError
from desktop import i18n
from exporters.tables_mapping import load_mapping, ready_mapping, save_mapping
from exporters.tables_read import MAX_CELL, MAX_COLUMNS, read_table
from tests.ui.conftest import TIMEOUT
from tests.ui.test_i18n_exchange import LEFT, _close, _window
from tests.ui.test_import_table_wizard import SHEETS, open_wizard
from ui import labels

# What the wizard says for each file, in each language.
SAID = {
    "zh_CN": {
        "cannot": "无法导入此文件：",
        "damaged": "cut.xlsx：是已损坏或被截断的 XLSX 工作簿（无法读取其 ZIP 结构）",
        "empty": "表格为空：没有任何一行含有值",
        "not_json": "不是 JSON 映射文件",
        "version": "old.json：version：为 2；此版本的 CaseVault 读取版本 1 的映射",
        "encoding": "按 GB18030（中文） 文本读取。",
    },
    "fr": {
        "cannot": "Ce fichier ne peut pas être importé : ",
        "damaged": "cut.xlsx : est un classeur XLSX endommagé ou tronqué (sa structure ZIP est illisible)",
        "empty": "la feuille est vide : aucune ligne ne contient de valeur",
        "not_json": "n’est pas un fichier de correspondance JSON",
        "version": "old.json : version : vaut 2 ; cette version de CaseVault lit les correspondances de version 1",
        "encoding": "Lu comme texte GB18030 (chinois).",
    },
}


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Each test picks the app's language; the next one starts in English."""
    yield
    i18n.apply_language(qapp, "en")


def _files(folder):
    """A workbook cut in half, an empty CSV, a CSV in Chinese Excel's encoding, a mapping file that is
    not JSON and one of a version this CaseVault does not read."""
    whole = (SHEETS / "sd_returns.xlsx").read_bytes()
    (folder / "cut.xlsx").write_bytes(whole[: len(whole) // 2])
    (folder / "empty.csv").write_bytes(b"")
    (folder / "gb.csv").write_bytes("编号,姓名\n1,谢卫东\n".encode("gb18030"))
    (folder / "notes.json").write_bytes(b"this is not JSON")
    save_mapping(ready_mapping("safeguard_defenders_returns"), folder / "old.json")
    data = json.loads((folder / "old.json").read_text(encoding="utf-8"))
    (folder / "old.json").write_text(json.dumps({**data, "version": 2}), encoding="utf-8")
    return folder


def _read_status(qtbot, wizard, dialogs, path):
    """Choose `path` on the first page; what the page says once it is read (or refused)."""
    page = wizard.file_page
    dialogs.set_next_answer(str(path))
    qtbot.mouseClick(wizard.findChild(QPushButton, "tablePathBrowse"), LEFT)  # says "Reading…" at once
    qtbot.waitUntil(lambda: not page.status.text().endswith("…"), timeout=TIMEOUT)
    return page.status.text()


def _mapping_error(qtbot, wizard, dialogs, path):
    dialogs.set_next_answer(str(path))
    qtbot.mouseClick(wizard.findChild(QPushButton, "tableMappingOpen"), LEFT)
    kind, title, text = dialogs.shown[-1]
    assert kind == "error"
    return text


@pytest.mark.parametrize("language", ["zh_CN", "fr"])
@pytest.mark.parametrize("sheet, said", [("cut.xlsx", "damaged"), ("empty.csv", "empty")])
def test_the_wizard_says_why_a_sheet_cannot_be_read_in_the_users_language(
        qtbot, qapp, session, settings, demo_path, tmp_path, dialogs, language, sheet, said):
    files = _files(tmp_path)
    window = _window(qtbot, qapp, session, settings, language, demo_path)
    wizard = open_wizard(qtbot, window)
    assert _read_status(qtbot, wizard, dialogs, files / sheet) == SAID[language]["cannot"] + SAID[language][said]
    assert wizard.table is None
    wizard.reject()
    _close(window)


@pytest.mark.parametrize("language", ["zh_CN", "fr"])
def test_the_wizard_names_a_csvs_encoding_in_the_users_language(qtbot, qapp, session, settings, demo_path,
                                                                 tmp_path, dialogs, language):
    files = _files(tmp_path)
    window = _window(qtbot, qapp, session, settings, language, demo_path)
    wizard = open_wizard(qtbot, window)
    assert _read_status(qtbot, wizard, dialogs, files / "gb.csv").endswith(SAID[language]["encoding"])
    assert wizard.table is not None and wizard.table.rows == [["1", "谢卫东"]]
    wizard.reject()
    _close(window)


@pytest.mark.parametrize("language", ["zh_CN", "fr"])
@pytest.mark.parametrize("mapping, said", [("notes.json", "not_json"), ("old.json", "version")])
def test_the_wizard_says_why_a_mapping_file_cannot_be_used_in_the_users_language(
        qtbot, qapp, session, settings, demo_path, tmp_path, dialogs, language, mapping, said):
    files = _files(tmp_path)
    window = _window(qtbot, qapp, session, settings, language, demo_path)
    wizard = open_wizard(qtbot, window)
    before = wizard.file_page.mapping.count()
    assert _mapping_error(qtbot, wizard, dialogs, files / mapping).endswith(SAID[language][said])
    assert wizard.file_page.mapping.count() == before  # nothing added to choose
    wizard.reject()
    _close(window)


def test_places_in_a_sheet_and_the_readers_own_words(qapp, tmp_path):
    """A row too wide and a line that is not CSV (a cell beyond the csv module's limit): the place is
    said in the language too; what the csv module says of the line stays as it said it (a value)."""
    wide = tmp_path / "wide.csv"
    wide.write_text("a,b\n1,2\n" + ",".join(["x"] * (MAX_COLUMNS + 1)) + "\n", encoding="utf-8")
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"a,b\n1," + b"x" * 140_000 + b"\n")
    errors = []
    for path in (wide, broken):
        with pytest.raises(ValidationError) as caught:
            read_table(path)
        errors.append(caught.value)
    i18n.apply_language(qapp, "zh_CN")
    assert labels.error_text(errors[0]) == f"第 3 行：超过 {MAX_COLUMNS} 列；CaseVault 最多读取 {MAX_COLUMNS} 列"
    limit = MAX_CELL * 4 + 16  # the csv module's field limit, as tables_read sets it
    assert labels.error_text(errors[1]) == f"第 2 行：不是有效的 CSV（field larger than field limit ({limit})）"
    i18n.apply_language(qapp, "fr")
    assert labels.error_text(errors[0]) == (f"ligne 3 : a plus de {MAX_COLUMNS} colonnes ; CaseVault en lit au plus "
                                            f"{MAX_COLUMNS}")


def test_the_command_line_says_it_in_english_whatever_the_apps_language(qapp, tmp_path, capsys, monkeypatch):
    from db.vault import Vault
    from desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    vault = tmp_path / "v.cvault"
    Vault.create(vault, PASSPHRASE).close()
    files = _files(tmp_path)
    i18n.apply_language(qapp, "zh_CN")  # a translator installed in this process changes nothing on the CLI
    said = []
    for sheet, mapping in (("cut.xlsx", "safeguard_defenders_returns"), ("empty.csv", "safeguard_defenders_returns"),
                           (str(SHEETS / "sd_returns.xlsx"), str(files / "old.json"))):
        assert main(["import-table", str(vault), str(files / sheet), "--mapping", mapping]) == 2
        captured = capsys.readouterr()
        said.append(captured.err + captured.out)
    assert "cut.xlsx: is a damaged or truncated XLSX workbook (its ZIP structure cannot be read)" in said[0]
    assert "the sheet is empty: no row holds a value" in said[1]
    assert "old.json: version: is 2; this CaseVault reads mappings of version 1" in said[2]
    with pytest.raises(ValidationError) as caught:
        load_mapping(files / "notes.json")
    assert str(caught.value) == f"{files / 'notes.json'}: is not a JSON mapping file"


def test_a_mapping_the_disk_refuses_is_said_not_raised(qtbot, qapp, session, settings, demo_path, tmp_path, dialogs):
    """Save mapping… into a folder that is gone: a message box (the disk's refusal), the wizard still
    on its page (the exception used to escape the button's slot)."""
    from tests.ui.test_import_table_wizard import choose_sheet, next_page

    window = _window(qtbot, qapp, session, settings, "zh_CN", demo_path)
    wizard = open_wizard(qtbot, window)
    choose_sheet(qtbot, wizard, dialogs, SHEETS / "sd_returns.xlsx")
    next_page(qtbot, wizard)
    dialogs.set_next_answer(str(tmp_path / "gone" / "ours.json"))
    qtbot.mouseClick(wizard.findChild(QPushButton, "tableMappingSave"), LEFT)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("error", "保存映射") and "ours.json" in text
    assert wizard.currentPage() is wizard.columns_page and not (tmp_path / "gone").exists()
    wizard.reject()
    _close(window)
