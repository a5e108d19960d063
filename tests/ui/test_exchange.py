"""Backups, exchange bundles and merge conflicts through the real window, over real vaults: a
verified backup under the vault's passphrase or its own, automatic backups on close that keep the
newest N, two laptops exchanging a bundle whose concurrent edits become conflicts that the user
resolves both ways in the Conflicts view, and refused bundles that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from db.errors import WrongPassphraseError
from db.merge_conflicts import list_conflicts
from db.vault import Vault
from db.verify import verify
from desktop.session import Session
from exporters.bundle import export_bundle, import_bundle, read_bundle
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, open_case, type_text, unlock
from tests.ui.reach import model_texts
from ui.main_window import MainWindow
from ui.messages import Button

LEFT = Qt.MouseButton.LeftButton
BUNDLE_PASSPHRASE = "river lantern otter 42"


def dialog_named(qtbot, window, name):
    """The open dialog of this name (closed ones may linger until deleted)."""
    def shown():
        return [d for d in window.findChildren(QDialog, name) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=TIMEOUT)
    dialog = shown()[0]
    qtbot.waitExposed(dialog, timeout=TIMEOUT)
    return dialog


def tick(qtbot, button):
    """Click a radio button or check box on its indicator (its widget may be wider than its text)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def press_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.ok_button, LEFT)


def lock(qtbot, window):
    """Ctrl+L, once the main window has the focus back (a window manager gives it back after a
    dialog closes; offscreen, the test does)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def counts(path, passphrase=PASSPHRASE):
    with Vault.open(path, passphrase) as v:
        return {t: v.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("cases", "notes", "audit")}


# -- backups -----------------------------------------------------------------------------------------

def test_backup_with_the_vaults_passphrase_is_verified_and_reported(qtbot, window, demo_path, tmp_path, dialogs):
    unlock(qtbot, window, demo_path)
    window.backup_action.trigger()
    dialog = dialog_named(qtbot, window, "backupDialog")
    target = tmp_path / "backups" / "demo-backup.cvault"
    target.parent.mkdir()
    dialogs.set_next_answer(str(target))
    qtbot.mouseClick(dialog.findChild(QPushButton, "backupPathBrowse"), LEFT)
    assert dialog.path.text() == str(target)
    assert dialog.same.isChecked() and not dialog.passphrase.isEnabled()
    with qtbot.waitSignal(dialog.done, timeout=TIMEOUT):
        press_ok(qtbot, dialog)
        assert dialog.busy.isVisible() and window.busy.isVisible(), "the busy indicators show while it runs"
        assert not dialog.ok_button.isEnabled()
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("info", "Backup verified")
    assert str(target) in text and "checked" in text and "same audit-chain head" in text
    assert "vault's passphrase" in text
    assert counts(target)["cases"] == 5, "the backup opens with the vault's passphrase and holds its cases"


def test_backup_with_its_own_passphrase_opens_only_with_it(qtbot, window, demo_path, tmp_path, dialogs):
    unlock(qtbot, window, demo_path)
    window.backup_action.trigger()
    dialog = dialog_named(qtbot, window, "backupDialog")
    target = tmp_path / "own.cvault"
    dialog.path.setText(str(target))
    tick(qtbot, dialog.own)
    assert dialog.passphrase.isEnabled()
    type_text(qtbot, dialog.passphrase, "backup only 备份 kept at the lawyer office")
    type_text(qtbot, dialog.repeat, "backup only 备份 kept at the lawyer office typo")
    press_ok(qtbot, dialog)
    assert "differ" in dialog.error.text() and not target.exists()
    assert dialog.passphrase.text() == dialog.repeat.text() == "", "a refused passphrase is not left in the fields"
    type_text(qtbot, dialog.passphrase, "backup only 备份 kept at the lawyer office")
    type_text(qtbot, dialog.repeat, "backup only 备份 kept at the lawyer office")
    with qtbot.waitSignal(dialog.done, timeout=TIMEOUT):
        press_ok(qtbot, dialog)
    assert "its own passphrase" in dialogs.shown[-1][2]
    assert counts(target, "backup only 备份 kept at the lawyer office")["cases"] == 5
    with pytest.raises(WrongPassphraseError):
        Vault.open(target, PASSPHRASE)


def test_backup_refuses_an_existing_file_and_writes_nothing(qtbot, window, demo_path, tmp_path):
    unlock(qtbot, window, demo_path)
    window.backup_action.trigger()
    dialog = dialog_named(qtbot, window, "backupDialog")
    existing = tmp_path / "keep-me.txt"
    existing.write_text("not a backup")
    dialog.path.setText(str(existing))
    press_ok(qtbot, dialog)
    assert "exists already" in dialog.error.text()
    assert dialog.isVisible() and existing.read_text() == "not a backup"


def _new_window(qtbot, settings):
    session = Session(idle_minutes=5)
    window = MainWindow(session, settings)
    window.show()
    return window


def test_automatic_backups_on_close_keep_the_newest_and_settings_forget_the_folder(
        qtbot, window, demo_path, tmp_path, settings, dialogs):
    from ui.settings_dialog import SettingsDialog

    folder = tmp_path / "auto"
    unlock(qtbot, window, demo_path)
    dialog = SettingsDialog(settings, window.session, window)
    assert not dialog.auto_backup.isChecked() and not dialog.backup_folder.isEnabled()
    tick(qtbot, dialog.auto_backup)
    assert "settings file" in dialog.findChild(QLabel, "autoBackupNote").text(), "the dialog says what is stored"
    dialogs.set_next_answer(str(folder))
    qtbot.mouseClick(dialog.findChild(QPushButton, "backupFolderBrowse"), LEFT)
    assert dialog.backup_folder.text() == str(folder)
    dialog.backups_kept.setValue(2)
    dialog.accept()
    ini = Path(settings.qs.fileName())
    assert str(folder) in ini.read_text(), "the folder is kept while automatic backups are on"

    windows = [window]
    for n in range(3):
        w = windows[-1]
        if n:
            w = _new_window(qtbot, settings)
            windows.append(w)
            unlock(qtbot, w, demo_path)
        w.close()
        assert w.isVisible() and w.workspace is None, "the window waits for the backup, showing nothing decrypted"
        qtbot.waitUntil(lambda w=w: not w.isVisible(), timeout=TIMEOUT)
        w.session.close()
    backups = sorted(folder.glob("demo-*.cvault"))
    assert len(backups) == 2, backups
    for backup in backups:
        assert counts(backup)["cases"] == 5, "each backup opens with the vault's passphrase"

    # Turning it off forgets the folder; the next close writes no backup.
    last = _new_window(qtbot, settings)
    windows.append(last)
    unlock(qtbot, last, demo_path)
    dialog = SettingsDialog(settings, last.session, last)
    assert dialog.auto_backup.isChecked() and dialog.backup_folder.text() == str(folder)
    tick(qtbot, dialog.auto_backup)
    dialog.accept()
    assert str(folder) not in ini.read_text() and not settings.auto_backup
    last.close()
    assert not last.isVisible()
    last.session.close()
    assert len(list(folder.glob("demo-*.cvault"))) == 2
    for w in windows[1:]:
        w.deleteLater()


def test_a_failed_automatic_backup_asks_before_closing(qtbot, window, demo_path, tmp_path, settings, dialogs):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    settings.set_auto_backup(True, str(blocker), 3)
    unlock(qtbot, window, demo_path)
    dialogs.set_next_answer(Button.Cancel)
    window.close()
    qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][1] == "Automatic backup failed",
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.session.is_open, timeout=TIMEOUT)
    assert window.isVisible() and window.stack.currentWidget() is window.unlock_view
    settings.set_auto_backup(False)


# -- exchange bundles and conflicts --------------------------------------------------------------------

def _seed_second_laptop(a_path: Path, b_path: Path) -> None:
    """Laptop B starts as a copy of A's cases, received through a bundle (so they share history)."""
    seed = b_path.with_name("seed.cvb")
    with Vault.open(a_path, PASSPHRASE) as a:
        export_bundle(a, seed, "seed passphrase", log_n=10)
    with Vault.create(b_path, PASSPHRASE, author="laptop B") as b:
        import_bundle(b, seed, "seed passphrase")
    seed.unlink()


def _edit(path: Path, title: str, note: str) -> None:
    with Vault.open(path, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        first = v.repos.notes.for_case(case.id)[0]
        with v.write():
            case.title = title
            v.repos.cases.update(case)
            first.body = note
            v.repos.notes.update(first)


def _export_all(qtbot, window, target, dialogs):
    window.export_bundle_action.trigger()
    dialog = dialog_named(qtbot, window, "exportBundleDialog")
    dialogs.set_next_answer(str(target))
    qtbot.mouseClick(dialog.findChild(QPushButton, "bundlePathBrowse"), LEFT)
    tick(qtbot, dialog.all_cases)
    type_text(qtbot, dialog.passphrase, BUNDLE_PASSPHRASE)
    type_text(qtbot, dialog.repeat, BUNDLE_PASSPHRASE)
    with qtbot.waitSignal(dialog.done, timeout=TIMEOUT):
        press_ok(qtbot, dialog)
        assert dialog.busy.isVisible()
    return dialog


def _import(qtbot, window, source, passphrase=BUNDLE_PASSPHRASE):
    window.import_bundle_action.trigger()
    dialog = dialog_named(qtbot, window, "importBundleDialog")
    dialog.path.setText(str(source))
    type_text(qtbot, dialog.passphrase, passphrase)
    press_ok(qtbot, dialog)
    assert dialog.passphrase.text() == ""
    return dialog


def _conflict_row(dialog, entity):
    return next(r for r in dialog.rows() if r.conflict.entity == entity)


def test_two_laptops_exchange_a_bundle_and_resolve_its_conflicts_both_ways(qtbot, window, demo_path, tmp_path,
                                                                          dialogs):
    a, b = demo_path, tmp_path / "laptop-b.cvault"
    _seed_second_laptop(a, b)
    _edit(a, "Title written on laptop A", "Note written on laptop A")
    _edit(b, "Title written on laptop B", "Note written on laptop B")
    bundle = tmp_path / "usb" / "from-a.cvb"
    bundle.parent.mkdir()

    # Laptop A exports everything.
    unlock(qtbot, window, a)
    _export_all(qtbot, window, bundle, dialogs)
    assert dialogs.shown[-1][1] == "Bundle written" and "5 case(s)" in dialogs.shown[-1][2]
    assert bundle.exists() and b"Title written on laptop A" not in bundle.read_bytes()
    lock(qtbot, window)

    # Laptop B imports it: both edits conflict; B keeps showing its own versions meanwhile.
    unlock(qtbot, window, b)
    view = open_case(qtbot, window, "CV-2024-001")
    assert view.header.text().endswith("Title written on laptop B")
    dialogs.set_next_answer(Button.Yes)  # "Review them now?"
    _import(qtbot, window, bundle)
    conflicts = dialog_named(qtbot, window, "conflictsDialog")
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("ask", "Bundle merged") and "2 record(s) were changed both here and in the bundle" in text
    qtbot.waitUntil(lambda: len(conflicts.rows()) == 2, timeout=TIMEOUT)
    shown = "\n".join(model_texts(conflicts.table.model))
    assert "Changed here and in the other vault" in shown and "CV-2024-001" in shown and "demo" in shown
    assert "Title" in shown and "Note" in shown

    # The case title: keep the other vault's version.
    case_row = _conflict_row(conflicts, "case")
    conflicts.select(case_row.conflict.id)
    detail = [[conflicts.detail.item(r, c).text() for c in range(3)] for r in range(conflicts.detail.rowCount())]
    assert ["Title", "Title written on laptop B", "Title written on laptop A"] in detail
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(conflicts.keep_theirs, LEFT)
    assert view.header.text().endswith("Title written on laptop A"), "the case view shows the version kept"
    qtbot.waitUntil(lambda: len(conflicts.rows()) == 1, timeout=TIMEOUT)
    model = window.workspace.case_list.model
    qtbot.waitUntil(lambda: any(r and r.title == "Title written on laptop A"
                                for r in map(model.cached_row, model.ids())), timeout=TIMEOUT)

    # The note: keep this vault's version.
    note_row = _conflict_row(conflicts, "note")
    conflicts.select(note_row.conflict.id)
    with qtbot.waitSignal(conflicts.resolved, timeout=TIMEOUT):
        qtbot.mouseClick(conflicts.keep_ours, LEFT)
    qtbot.waitUntil(lambda: not conflicts.rows(), timeout=TIMEOUT)
    assert "No open conflicts" in conflicts.table.empty.text()
    qtbot.waitUntil(lambda: view.ctx.file is not None
                    and view.ctx.file.notes[0].body == "Note written on laptop B", timeout=TIMEOUT)

    # The history says what happened, in words.
    history = "\n".join(model_texts(view.history.model))
    assert "took the other vault's version" in history and "kept this vault's version" in history
    assert "Choice between two versions of: CV-2024-001" in history
    assert "Conflict" in history

    conflicts.reject()
    lock(qtbot, window)
    with Vault.open(b, PASSPHRASE) as v:
        assert list_conflicts(v) == []
        case = v.repos.cases.resolve("CV-2024-001")
        assert case.title == "Title written on laptop A"
        assert v.repos.notes.for_case(case.id)[0].body == "Note written on laptop B"
        assert verify(v).ok


def test_refused_and_repeated_imports_change_nothing(qtbot, window, demo_path, tmp_path, dialogs):
    a, b = demo_path, tmp_path / "laptop-b.cvault"
    _seed_second_laptop(a, b)
    bundle = tmp_path / "from-a.cvb"
    with Vault.open(a, PASSPHRASE) as v:
        export_bundle(v, bundle, BUNDLE_PASSPHRASE, log_n=10)
    before = counts(b)

    unlock(qtbot, window, b)
    dialog = _import(qtbot, window, bundle, "not the bundle passphrase")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert "passphrase" in dialog.error.text().lower()
    assert dialog.isVisible() and dialog.passphrase.text() == "" and dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.passphrase, BUNDLE_PASSPHRASE)
    with qtbot.waitSignal(dialog.done, timeout=TIMEOUT):
        press_ok(qtbot, dialog)
    assert dialogs.shown[-1][:2] == ("info", "Bundle merged")
    assert "Nothing to merge" in dialogs.shown[-1][2], "B already holds everything A sent"

    damaged = tmp_path / "damaged.cvb"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    dialog = _import(qtbot, window, damaged)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert dialog.isVisible()
    dialog.reject()
    lock(qtbot, window)
    assert counts(b) == before


def toggle_first_shown(qtbot, dialog):
    """Space on the first case the filter shows, as a keyboard user ticks it."""
    assert dialog.proxy.rowCount() == 1
    dialog.cases.setFocus()
    dialog.cases.setCurrentIndex(dialog.proxy.index(0, 0))
    qtbot.keyClick(dialog.cases, Qt.Key.Key_Space)


def test_export_only_the_ticked_cases(qtbot, window, demo_path, tmp_path):
    unlock(qtbot, window, demo_path)
    open_case(qtbot, window, "CV-2024-001")
    window.export_bundle_action.trigger()
    dialog = dialog_named(qtbot, window, "exportBundleDialog")
    assert dialog.some_cases.isChecked(), "with a case open, the export offers that case"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=TIMEOUT)
    ticked = [dialog.model.data(dialog.model.index(r)) for r in range(4)
              if dialog.model.data(dialog.model.index(r), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked]
    assert len(ticked) == 1 and ticked[0].startswith("CV-2024-001")
    type_text(qtbot, dialog.filter, "CV-2023")
    assert dialog.proxy.rowCount() == 1
    toggle_first_shown(qtbot, dialog)  # tick CV-2023-014
    dialog.filter.setText("")
    type_text(qtbot, dialog.filter, "2024-001")
    toggle_first_shown(qtbot, dialog)  # untick CV-2024-001
    dialog.filter.setText("")
    assert {c.reference for c in dialog.model.choices if c.id in dialog.model.checked} == {"CV-2023-014"}
    assert not dialog.for_peer_on.isEnabled(), "no bundle was imported yet: there is no peer to choose"
    target = tmp_path / "two.cvb"
    dialog.path.setText(str(target))
    type_text(qtbot, dialog.passphrase, BUNDLE_PASSPHRASE)
    type_text(qtbot, dialog.repeat, BUNDLE_PASSPHRASE)
    with qtbot.waitSignal(dialog.done, timeout=TIMEOUT) as done:
        press_ok(qtbot, dialog)
    assert done.args[0].cases == 1
    payload, _ = read_bundle(target, BUNDLE_PASSPHRASE)
    assert [c["reference"] for c in payload["document"]["cases"]] == ["CV-2023-014"]


def test_export_refuses_no_case_and_a_short_passphrase(qtbot, window, demo_path, tmp_path):
    unlock(qtbot, window, demo_path)
    window.export_bundle_action.trigger()
    dialog = dialog_named(qtbot, window, "exportBundleDialog")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=TIMEOUT)
    dialog.path.setText(str(tmp_path / "x.cvb"))
    tick(qtbot, dialog.some_cases)
    press_ok(qtbot, dialog)
    assert "Tick at least one case" in dialog.error.text()
    tick(qtbot, dialog.all_cases)
    type_text(qtbot, dialog.passphrase, "short")
    type_text(qtbot, dialog.repeat, "short")
    press_ok(qtbot, dialog)
    assert "at least 8 characters" in dialog.error.text()
    assert not (tmp_path / "x.cvb").exists()


def test_bundle_export_and_import_name_each_stage_while_they_run(qtbot, window, demo_path, tmp_path, dialogs):
    unlock(qtbot, window, demo_path)
    bundle = tmp_path / "all.cvb"
    for action, name in ((window.export_bundle_action, "exportBundleDialog"),
                         (window.import_bundle_action, "importBundleDialog")):
        action.trigger()
        dialog = dialog_named(qtbot, window, name)
        stages = []  # what the dialog showed as each stage began (its own slot runs first)

        def seen(_stage, dialog=dialog, stages=stages):
            stages.append(dialog.stage.text())

        window.session.worker.progress.connect(seen)
        dialog.path.setText(str(bundle))
        type_text(qtbot, dialog.passphrase, BUNDLE_PASSPHRASE)
        if name == "exportBundleDialog":
            tick(qtbot, dialog.all_cases)
            type_text(qtbot, dialog.repeat, BUNDLE_PASSPHRASE)
            expected = ["Gathering the cases, their records and their history…", "Encrypting and writing the bundle…"]
        else:
            dialogs.set_next_answer(Button.No)  # a re-import of its own cases changes nothing; no question
            expected = ["Decrypting and reading the bundle…", "Checking every record in the bundle…",
                        "Merging into this vault and updating the search index…"]
        with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
            press_ok(qtbot, dialog)
        window.session.worker.progress.disconnect(seen)
        assert stages == expected
        assert dialog.stage.text() == "", "the stage line goes with the task"


def test_the_busy_bar_stage_line_and_errors_never_squeeze_a_dialogs_notes(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    window.import_bundle_action.trigger()
    dialog = dialog_named(qtbot, window, "importBundleDialog")

    def squeezed():
        return [label.objectName() or label.text()[:30] for label in dialog.findChildren(QLabel)
                if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())]

    assert squeezed() == []
    dialog.set_busy(True)
    dialog._show_stage("merge")
    assert dialog.stage.isVisible() and squeezed() == []
    dialog.set_busy(False)
    dialog.show_error("The bundle from-montreal.cvb was modified or damaged (part 3 does not authenticate); "
                      "nothing was imported. Ask for the bundle again, on another stick if you can.")
    assert squeezed() == []
    dialog.reject()


def test_a_case_deleted_on_one_laptop_and_changed_on_the_other_asks_before_it_goes(qtbot, window, demo_path,
                                                                                   tmp_path, dialogs):
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
        incidents = len(v.repos.incidents.for_case(case.id))
        exhibits = v.repos.exhibits.for_case(case.id)
        assert len(import_bundle(v, bundle, BUNDLE_PASSPHRASE).conflicts) == 1

    unlock(qtbot, window, b)
    window.conflicts_action.trigger()
    conflicts = dialog_named(qtbot, window, "conflictsDialog")
    qtbot.waitUntil(lambda: len(conflicts.rows()) == 1, timeout=TIMEOUT)
    assert "The whole case was deleted in the other vault" in "\n".join(model_texts(conflicts.table.model))
    conflicts.select(conflicts.rows()[0].conflict.id)
    detail = {conflicts.detail.item(r, 0).text(): conflicts.detail.item(r, 1).text()
              for r in range(conflicts.detail.rowCount())}
    assert detail["Incidents"] == str(incidents) and detail["Exhibits"].startswith(f"{len(exhibits)} (")

    dialogs.set_next_answer(Button.Cancel)
    qtbot.mouseClick(conflicts.keep_theirs, LEFT)  # the other vault's version is the deletion
    kind, title, text = dialogs.shown[-1]
    assert kind == "ask" and "This deletes case CV-2024-001" in text
    assert f"Incidents: {incidents}" in text and f"Exhibits: {len(exhibits)}" in text
    assert len(conflicts.rows()) == 1, "cancelled: nothing was decided"

    dialogs.set_next_answer(Button.Yes)
    with qtbot.waitSignal(conflicts.resolved, timeout=TIMEOUT):
        qtbot.mouseClick(conflicts.keep_theirs, LEFT)
    qtbot.waitUntil(lambda: not conflicts.rows(), timeout=TIMEOUT)
    conflicts.reject()
    lock(qtbot, window)
    with Vault.open(b, PASSPHRASE) as v:
        assert v.repos.cases.find(case.id) is None and not v.repos.incidents.for_case(case.id)
        assert verify(v).ok


def test_compacting_the_vault_asks_first_then_says_how_much_smaller(qtbot, window, demo_path, dialogs):
    unlock(qtbot, window, demo_path)
    size = demo_path.stat().st_size
    dialogs.set_next_answer(Button.No)
    window.compact_action.trigger()
    assert dialogs.shown[-1][0] == "ask" and "Nothing in the vault changes" in dialogs.shown[-1][2]
    qtbot.wait(50)
    assert window.session.worker.busy is False and demo_path.stat().st_size == size  # declined: untouched
    dialogs.set_next_answer(Button.Yes)
    window.compact_action.trigger()
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "info", timeout=TIMEOUT)
    assert "Compacted:" in dialogs.shown[-1][2] and "MB now" in dialogs.shown[-1][2]
    assert window.workspace.case_list.model.rowCount() > 0
