"""Drive the real desktop app (desktop.app.main, offscreen) through a whole working session, as a
child process for tests/security/test_app_security.py:

    python -m tests.security.app_session WORK INPUTS EXPORTS REPORT.json

It creates a vault in WORK (typing its passphrase and author), creates a case and types MARKER
into every free-text field of the case, a person, a note, a task and a source, edits the case
again, adds an exhibit (a file from INPUTS whose name and content hold MARKER) and views it,
searches for the marker, exports a JSON document and a PDF dossier into EXPORTS (the exports the
user asked for), writes a backup and an exchange bundle into WORK and imports the bundle back,
turns on automatic backups into WORK/auto, locks, unlocks again, and quits (which writes the
automatic backup). REPORT gets which PySide6 modules were imported, the titles of the messages
shown, and whether the vault really holds the marker afterwards (so a clean scan means something).

Steps wait for the app's own signals by running its event loop (no sleeps); any failure exits
with a non-zero status and the reason in REPORT."""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

from tests.security.harness import PASSPHRASE
from tests.security.workload import MARKER
from tests.typing_input import type_like_a_person

BACKUP_PASSPHRASE = "backup passphrase of the session"
BUNDLE_PASSPHRASE = "bundle passphrase of the session"
STEP_TIMEOUT = 120.0
# Fields that only take codes (countries, languages) or a URL: the marker cannot go there.
NOT_FREE_TEXT = {"origin_country", "host_country", "country", "citizenships", "language", "url", "reference"}


class StepFailed(Exception):
    pass


def spin(until, what, timeout=STEP_TIMEOUT):
    """Run the event loop until `until()` holds (waiting for events, never sleeping blindly)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise StepFailed(f"timed out waiting for: {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def type_into(widget, text):
    widget.setFocus()
    type_like_a_person(widget, text)


def click(widget):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, widget.height() // 2))


def fill(dialog, typed):
    """Type MARKER into every free-text field of a record dialog."""
    from ui.forms import LIST, MULTILINE, TEXT

    for name, editor in dialog.editors.items():
        if editor.field.kind in (TEXT, MULTILINE, LIST) and name not in NOT_FREE_TEXT:
            widget = editor.widget
            if hasattr(widget, "selectAll"):
                widget.selectAll()
            type_into(widget, f"{MARKER} {name}")
            typed.append(f"{dialog.objectName()}.{name}")


def closed(dialog):
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def save(session, dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    name = dialog.objectName()
    spin(lambda: closed(dialog) and not session.worker.busy, f"saving {name}")


def run_op(op, what):
    """Run a desktop.operations Op and wait for its result (raising its error)."""
    out = {}
    op.success(lambda value: out.setdefault("value", value)).failure(lambda exc: out.setdefault("error", exc)).run()
    spin(lambda: out, what)
    if "error" in out:
        raise StepFailed(f"{what}: {type(out['error']).__name__}")
    return out["value"]


def session_script(window, work, inputs, exports, report):
    from desktop.operations import Op
    from exporters.interchange import export_json
    from exporters.pdf import DossierOptions, export_case_dossier
    from ui.messages import Button, Dialogs
    from ui.settings_dialog import SettingsDialog

    session = window.session
    typed = report["typed"]
    vault = work / "session.cvault"

    # Create the vault.
    view = window.unlock_view
    view.show_create()
    view.new_path.setText(str(vault))
    type_into(view.new_passphrase, PASSPHRASE)
    type_into(view.repeat, PASSPHRASE)
    type_into(view.author, MARKER)
    typed.append("author")
    click(view.create_button)
    spin(lambda: window.workspace is not None, "the new vault to open")
    case_view = window.workspace.case_view

    # A new case, every free-text field marked.
    window.new_case_action.trigger()
    spin(lambda: bool(case_view.dialogs), "the new-case dialog")
    dialog = case_view.dialogs[-1]
    dialog.editors["reference"].widget.selectAll()  # over the reference it offers
    type_into(dialog.editors["reference"].widget, f"REF {MARKER}")
    fill(dialog, typed)
    save(session, dialog)
    spin(lambda: case_view.case_id is not None and case_view.ctx.file is not None, "the new case to load")

    # Edit the case again in the overview.
    title = case_view.overview.editors["title"].widget
    title.selectAll()
    type_into(title, f"{MARKER} edited title")
    click(case_view.overview.save_button)
    spin(lambda: not session.worker.busy and case_view.ctx.file.case.title.endswith("edited title"),
         "the edited case to be saved")

    # A person, a note, a task and a source.
    for tab, name in ((case_view.people, "person"), (case_view.notes, "note"), (case_view.tasks, "task"),
                      (case_view.sources, "source")):
        tab.add_requested.emit()  # what the tab's Add button does
        dialog = case_view.dialogs[-1]
        fill(dialog, typed)
        save(session, dialog)
        spin(lambda: not session.worker.busy, f"the {name} to be saved")

    # An exhibit whose name and bytes hold the marker; view it (from memory).
    exhibit_file = inputs / f"{MARKER} exhibit.txt"
    exhibit_file.write_text(f"{MARKER}\n" * 20, encoding="utf-8")
    case_view.add_exhibit_files([str(exhibit_file)])
    spin(lambda: not session.worker.busy and case_view.ctx.file and len(case_view.ctx.file.exhibits) == 1,
         "the exhibit to be added")
    exhibit = case_view.ctx.file.exhibits[0]
    case_view.view_exhibit(exhibit)
    spin(lambda: case_view.exhibits.viewer.kind() not in ("", None, "none") and not session.worker.busy,
         "the exhibit to show")
    report["exhibit_viewer"] = case_view.exhibits.viewer.kind()

    # Search for it.
    case_list = window.workspace.case_list
    type_into(case_list.search, "QXZMARK")
    spin(lambda: not session.worker.busy and case_list.model.rowCount() == 1, "the search to find the case")

    # The exports the user asked for: a JSON document and a PDF dossier.
    case_id = case_view.case_id
    run_op(Op(session, lambda v: export_json(v, exports / "case.json")), "the JSON export")
    # The dossier through the app's worker with the exporter's defaults (the dossier dialog's own
    # operations, desktop.operations_dossier, add choices on top of this same exporter).
    run_op(Op(session, lambda v: export_case_dossier(v, case_id, exports / "dossier.pdf", DossierOptions())),
           "the dossier export")

    # A backup under its own passphrase, a bundle, and the bundle imported back (a no-op).
    dialog = window.backup_vault()
    dialog.path.setText(str(work / "backup.cvault"))
    click(dialog.own)
    type_into(dialog.passphrase, BACKUP_PASSPHRASE)
    type_into(dialog.repeat, BACKUP_PASSPHRASE)
    click(dialog.ok_button)
    spin(lambda: closed(dialog) and not session.worker.busy, "the backup")
    dialog = window.export_bundle()
    spin(lambda: dialog.model.rowCount() == 1, "the case list of the bundle dialog")
    click(dialog.all_cases)
    dialog.path.setText(str(work / "cases.cvb"))
    type_into(dialog.passphrase, BUNDLE_PASSPHRASE)
    type_into(dialog.repeat, BUNDLE_PASSPHRASE)
    click(dialog.ok_button)
    spin(lambda: closed(dialog) and not session.worker.busy, "the bundle export")
    dialog = window.import_bundle()
    dialog.path.setText(str(work / "cases.cvb"))
    type_into(dialog.passphrase, BUNDLE_PASSPHRASE)
    click(dialog.ok_button)
    spin(lambda: closed(dialog) and not session.worker.busy, "the bundle import")

    # Automatic backups on close, into WORK/auto.
    settings_dialog = SettingsDialog(window.settings, session, window)
    click(settings_dialog.auto_backup)
    settings_dialog.backup_folder.setText(str(work / "auto"))
    settings_dialog.backups_kept.setValue(2)
    settings_dialog.accept()

    # Lock, unlock again, quit. A lock forgets the recorded messages: keep those shown so far.
    report["messages_before_lock"] = [(kind, title) for kind, title, _text in Dialogs.shown]
    window.lock()
    spin(lambda: not session.is_open and not view.busy.isVisible(), "the lock")
    view.path.setText(str(vault))
    type_into(view.passphrase, PASSPHRASE)
    click(view.unlock_button)
    spin(lambda: window.workspace is not None, "the vault to unlock again")
    Dialogs.set_next_answer(Button.Discard)  # in case a view still counts something as unsaved
    window.close()


def main(argv):
    work, inputs, exports, report_path = (Path(a) for a in argv[1:5])
    report = {"typed": [], "ok": False}

    from desktop.hardening import harden_process

    harden_process()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import desktop.app
    from ui.messages import Dialogs

    app = QApplication([sys.argv[0]])
    Dialogs.testing = True  # the app's own hook: file dialogs and questions take queued answers

    def start():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        try:
            session_script(window, work, inputs, exports, report)
        except Exception as exc:  # noqa: BLE001 - reported to the test
            report["error"] = f"{type(exc).__name__}: {exc}"
            report["trace"] = traceback.format_exc()
            app.exit(3)

    QTimer.singleShot(0, start)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (report.setdefault("error", "the session did not finish"), app.exit(4)))
    watchdog.start(int(STEP_TIMEOUT * 4 * 1000))
    code = desktop.app.main([sys.argv[0]])

    report["modules"] = sorted(m for m in sys.modules if m.startswith("PySide6"))
    report["messages"] = report.get("messages_before_lock", []) + [(kind, title) for kind, title, _ in Dialogs.shown]
    report["native_qt_network_loaded"] = "libQt6Network" in Path("/proc/self/maps").read_text() \
        if Path("/proc/self/maps").exists() else None
    report["exit"] = code
    if code == 0 and "error" not in report:
        from db.vault import Vault

        with Vault.open(work / "session.cvault", PASSPHRASE) as v:
            case = next(iter(v.repos.cases.all()))
            report["vault_holds_marker"] = MARKER in case.title and MARKER in case.summary
            report["exhibits"] = v.conn.execute("SELECT count(*) FROM exhibits").fetchone()[0]
        report["auto_backups"] = sorted(p.name for p in (work / "auto").glob("*.cvault"))
        report["ok"] = True
    report_path.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
