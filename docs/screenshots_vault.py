"""Screenshots of the Vault menu's windows (backup, exchange bundles, conflicts, settings), taken
offscreen from a demo vault that has two open merge conflicts. Kept apart from docs/screenshots.py
(the main views); same conventions:

    python docs/screenshots_vault.py [--lang en|fr|zh_CN ...] [--out docs/screenshots]

The conflicts come from a copy of the demo vault edited differently, exported as a bundle and
merged back. Everything is built in a temporary directory and deleted afterwards."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screenshots import PASSPHRASE, SIZE, has_cjk_font, settle, spin  # noqa: E402


def _with_conflicts(tmp: Path) -> Path:
    from db.vault import Vault
    from desktop.demo import build_demo
    from exporters.bundle import export_bundle, import_bundle

    ours, theirs, bundle = tmp / "demo.cvault", tmp / "other.cvault", tmp / "other.cvb"
    with Vault.create(ours, PASSPHRASE, author="Amélie (this laptop)") as vault:
        build_demo(vault)
    shutil.copyfile(ours, theirs)
    for path, who, summary, note in ((ours, "Amélie (this laptop)", "Hearing moved to 12 March; lawyer informed.",
                                      "Brother agrees to be named, in writing."),
                                     (theirs, "Jun (field laptop)", "Hearing moved to 14 March (registry call).",
                                      "Brother agrees to be named, by phone only.")):
        with Vault.open(path, PASSPHRASE) as vault:
            vault.conn.execute("UPDATE meta SET value = ? WHERE key = 'author'", (who,))
        with Vault.open(path, PASSPHRASE) as vault:
            case = vault.repos.cases.resolve("CV-2024-001")
            first = vault.repos.notes.for_case(case.id)[0]
            with vault.write():
                case.summary = summary
                vault.repos.cases.update(case)
                first.body = note
                vault.repos.notes.update(first)
    with Vault.open(theirs, PASSPHRASE) as vault:
        export_bundle(vault, bundle, "bundle passphrase", log_n=10)
    with Vault.open(ours, PASSPHRASE) as vault:
        import_bundle(vault, bundle, "bundle passphrase")
    return ours


def shoot(app: QApplication, lang: str, out: Path) -> list[Path]:
    from desktop.i18n import apply_language
    from desktop.session import Session
    from desktop.settings import Settings
    from ui.main_window import MainWindow
    from ui.messages import Dialogs
    from ui.settings_dialog import SettingsDialog

    apply_language(app, lang)
    Dialogs.testing = True
    written: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        settle(app, session)
        path = out / f"{lang}-vault-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        vault_path = _with_conflicts(Path(tmp))
        session = Session()
        window = MainWindow(session, Settings(Path(tmp) / "settings.ini"))
        window.resize(*SIZE)
        window.show()
        window.unlock_view.path.setText(str(vault_path))
        window.unlock_view.passphrase.setText(PASSPHRASE)
        window.unlock_view._unlock()
        spin(app, lambda: window.workspace is not None)
        model = window.workspace.case_list.model
        spin(app, lambda: model.rowCount() == 4)

        dialog = window.backup_vault()
        dialog.path.setText(str(Path.home() / "demo-backup.cvault"))
        dialog.own.setChecked(True)
        grab(dialog, "01-backup")
        dialog.reject()

        window.workspace.case_list.select_case(model.case_id(model.rowCount() - 1))
        spin(app, lambda: window.workspace.case_view.case_id is not None)
        dialog = window.export_bundle()
        spin(app, lambda: dialog.model.rowCount() == 4)
        dialog.path.setText(str(Path.home() / "cases-for-jun.cvb"))
        dialog.since_on.setChecked(True)
        grab(dialog, "02-export-bundle")
        dialog.reject()

        dialog = window.import_bundle()
        dialog.path.setText(str(Path.home() / "from-jun.cvb"))
        grab(dialog, "03-import-bundle")
        dialog.reject()

        dialog = window.show_conflicts()
        spin(app, lambda: len(dialog.rows()) == 2)
        dialog.select(next(r.id for r in dialog.rows() if r.conflict.entity == "case"))
        grab(dialog, "04-conflicts")
        dialog.reject()

        dialog = SettingsDialog(window.settings, session, window)
        dialog.auto_backup.setChecked(True)
        dialog.backup_folder.setText("/media/usb/casevault-backups")
        dialog.show()
        grab(dialog, "05-settings")
        dialog.reject()

        window.lock()
        spin(app, lambda: not session.is_open)
        session.close()
        window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", help="language code (repeatable); default: en, fr, zh_CN")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "screenshots"))
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if not has_cjk_font():
        sys.stderr.write("No font with Chinese glyphs is installed (Debian: apt-get install fonts-wqy-microhei).\n")
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["en", "fr", "zh_CN"]:
        for path in shoot(app, lang, out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
