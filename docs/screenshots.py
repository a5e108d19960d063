"""Screenshots of each main view and each record dialog of the desktop app, taken offscreen from
the demo vault, at the sizes of a 1366 x 768 and a 1024 x 700 screen.

    python docs/screenshots.py [--lang en|fr|zh_CN ...] [--size 1366x768 ...] [--out docs/screenshots]

Files are named LANG-WxH-NN-what.png. Dialogs size themselves to the screen Qt reports, not to the
window: to see them as on a 1024 x 700 laptop, give the offscreen platform a screen of that size
(QT_QPA_PLATFORM=offscreen:configfile=FILE, FILE holding {"screens": [{"name": "s", "x": 0, "y": 0,
"width": 1024, "height": 700, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}) and pass
--size 1024x700. Dialogs are grabbed as opened (their first field focused, with
its focus ring), no larger than the screen they would open on.

Needs a font with Chinese glyphs (Debian: fonts-wqy-microhei); without one, Chinese names would
show as boxes, so the script refuses to run. The demo vault is built in a temporary directory
(encrypted, like any vault) and deleted afterwards. PNGs are written to docs/screenshots/, which
git ignores: look at them, do not commit them."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PASSPHRASE = "demo screenshots only 演示"
SIZES = ((1366, 768), (1024, 700))


def spin(app: QApplication, until: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(app: QApplication, session) -> None:  # noqa: ANN001
    spin(app, lambda: not session.worker.busy)
    for _ in range(5):
        app.processEvents()


def has_cjk_font() -> bool:
    return any(QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)
               for f in QFontDatabase.families())


def shoot(app: QApplication, lang: str, size: tuple[int, int], out: Path) -> list[Path]:
    from db.vault import Vault
    from desktop.demo import build_demo
    from desktop.i18n import apply_language
    from desktop.session import Session
    from desktop.settings import Settings
    from ui.main_window import MainWindow
    from ui.messages import Dialogs

    apply_language(app, lang)
    Dialogs.testing = True
    written: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        settle(app, session)
        path = out / f"{lang}-{size[0]}x{size[1]}-{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    def dialog_shot(name: str) -> None:
        """The newest dialog of the case view, as it opens: focused, at most the screen's size."""
        dialog = case_view.dialogs[-1]
        spin(app, dialog.isVisible)
        dialog.activateWindow()
        spin(app, lambda: app.focusWidget() is not None and app.focusWidget().window() is dialog)
        if dialog.width() > size[0] or dialog.height() > size[1]:
            print(f"  {name}: {dialog.width()}x{dialog.height()} is larger than the screen", file=sys.stderr)
        grab(dialog, name)
        dialog.discard()
        window.activateWindow()

    with tempfile.TemporaryDirectory() as tmp:
        vault_path = Path(tmp) / "demo.cvault"
        with Vault.create(vault_path, PASSPHRASE, author="demo") as vault:
            build_demo(vault)
            cases = vault.repos.cases.count()
        session = Session()
        window = MainWindow(session, Settings(Path(tmp) / "settings.ini"))
        window.resize(*size)
        window.show()
        view = window.unlock_view
        view.new_path.setText(str(Path.home() / "casework.cvault"))
        view.new_passphrase.setText("river lantern otter")
        grab(window, "01-create-vault")
        view.show_open()
        view.path.setText(str(vault_path))
        grab(window, "02-unlock")

        view.passphrase.setText(PASSPHRASE)
        view._unlock()
        spin(app, lambda: window.workspace is not None)
        ws = window.workspace
        model = ws.case_list.model
        spin(app, lambda: model.rowCount() == cases and all(model.cached_row(i) for i in model.ids()))
        ws.case_list.select_case(model.case_id(model.rowCount() - 2))
        case_view = ws.case_view
        spin(app, lambda: case_view.case_id is not None)
        grab(window, "03-overview")
        for tab, name in ((case_view.people, "04-people"), (case_view.chronology, "05-chronology"),
                          (case_view.sources, "06-sources"), (case_view.proceedings, "08-proceedings"),
                          (case_view.notes.parentWidget(), "09-notes-tasks"), (case_view.history, "10-history")):
            case_view.tabs.setCurrentWidget(tab)
            grab(window, name)
        case_view.tabs.setCurrentWidget(case_view.exhibits)
        shot = case_view.ctx.file.exhibits[0]
        case_view.exhibits.select(shot.id)
        case_view.view_exhibit(shot)
        spin(app, lambda: case_view.exhibits.viewer.kind() == "image")
        grab(window, "07-exhibits")

        case_view.tabs.setCurrentWidget(case_view.chronology)
        case_view.edit_incident(case_view.ctx.file.incidents[0])
        dialog_shot("11-incident-dialog")
        case_view.people.select(case_view.ctx.file.roles[0].id)
        case_view.edit_person(case_view.ctx.file.roles[0])
        dialog_shot("12-person-dialog")
        case_view.add_person()
        dialog_shot("12b-new-person-dialog")
        case_view.link_person()
        dialog_shot("12c-link-person-dialog")
        case_view.tabs.setCurrentWidget(case_view.exhibits)
        transcript = case_view.ctx.file.exhibits[-1]
        case_view.exhibits.select(transcript.id)
        case_view.edit_record(transcript)
        dialog_shot("16-exhibit-dialog")
        f = case_view.ctx.file
        for name, record in (("18-source-dialog", f.sources[0]), ("19-intervention-dialog", f.interventions[0]),
                             ("20-note-dialog", f.notes[0]), ("21-task-dialog", f.tasks[0])):
            case_view.edit_record(record)
            dialog_shot(name)
        window.new_case()
        spin(app, lambda: bool(case_view.dialogs))
        dialog_shot("22-new-case-dialog")
        case_view.export_dossier()
        dossier = case_view.dialogs[-1]
        dossier.start_preview()
        spin(app, lambda: dossier.preview.page_count() > 0, timeout=60)
        grab(dossier, "15-dossier-dialog")
        dossier.public.setChecked(True)
        dossier.save_as()  # a public dossier waits for its redaction summary to be checked
        spin(app, lambda: dossier.summary.save_button.isVisible(), timeout=60)
        grab(dossier, "17-redaction-summary")
        dossier.discard()

        ws.case_list.search.setText("晓梅")
        ws.case_list.refresh()
        spin(app, lambda: model.rowCount() == 1)
        grab(window, "13-search")

        window.lock()
        spin(app, lambda: not session.is_open)
        grab(window, "14-locked")
        session.close()
        window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", help="language code (repeatable); default: en, fr, zh_CN")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "screenshots"))
    parser.add_argument("--size", action="append", help="window size WxH (repeatable); default: 1366x768, 1024x700")
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in text.lower().split("x")) for text in args.size] if args.size else SIZES
    app = QApplication(sys.argv[:1])
    if not has_cjk_font():
        sys.stderr.write("No font with Chinese glyphs is installed (Debian: apt-get install fonts-wqy-microhei); "
                         "screenshots would show boxes.\n")
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["en", "fr", "zh_CN"]:
        for size in sizes:
            for path in shoot(app, lang, size, out):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
