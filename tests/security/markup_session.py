"""Child process for tests/security/test_record_text.py, run under strace: open the real window on
a vault whose case holds `<img src=MARKER>` in every field, show every tab, select a row in each,
hover their tooltips, open an editing dialog and a message box quoting the case, paint it all, and
lock. The test then looks in the trace for any access to MARKER.

    python -m tests.security.markup_session DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip  # noqa: E402

from desktop.session import Session  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from tests.security.hostile_case import build  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.messages import Dialogs  # noqa: E402

PASSPHRASE = "markup session passphrase"


def wait_for(app: QApplication, condition, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit("timed out")


def main() -> None:
    folder = Path(sys.argv[1])
    marker = folder / "marker.png"  # written by the test, so that the trace holds no access of ours
    case_id = build(folder / "hostile.cvault", PASSPHRASE, marker)
    app = QApplication([])
    session = Session()
    window = MainWindow(session, Settings(folder / "settings.ini"))
    window.show()
    session.unlock(folder / "hostile.cvault", PASSPHRASE)
    wait_for(app, lambda: window.workspace is not None)
    view = window.workspace.case_view
    view.load(case_id)
    wait_for(app, lambda: view.case_id == case_id)
    tables = [window.workspace.case_list]
    for tab in (view.people, view.chronology, view.sources, view.exhibits, view.interventions, view.notes,
                view.tasks, view.history):
        view.tabs.setCurrentWidget(tab if tab not in (view.notes, view.tasks) else tab.parentWidget())
        if tab.model.rowCount():
            tab.view.setCurrentIndex(tab.model.index(0, 0))
        tables.append(tab)
        window.grab()
    for table in tables:
        model = table.model if hasattr(table, "model") else table.view.model()
        for column in range(model.columnCount()):
            tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
            if tip:
                QToolTip.showText(QPoint(10, 10), tip, table.view)
                app.processEvents()
    view.edit_incident(view.ctx.file.incidents[0])
    app.processEvents()
    window.grab()
    for dialog in list(view.dialogs):
        dialog.grab()
        dialog.discard()

    def close_box():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.grab()
                widget.reject()

    QTimer.singleShot(200, close_box)
    view.delete_record(view.ctx.file.notes[0])
    window.lock()
    wait_for(app, lambda: not session.is_open)
    window.close()
    session.close()
    print("done")


if __name__ == "__main__":
    Dialogs.testing = False
    main()
