"""`casevault-gui`: the desktop application's entry point.

Start-up order matters: harden the process (no core dumps, private file modes) before anything
decrypted can exist, then Qt, the shipped fonts, settings, language, the session (which starts the
database thread) and the window, then the screen-lock watcher (D-Bus on Linux; nothing elsewhere). On exit the
session closes the vault on its own thread."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.hardening import harden_process

USAGE = """usage: casevault-gui [VAULT] [--maximized] [--version] [-h]

Open CaseVault's window: create a vault, or unlock one and work on its cases.

  VAULT          offer this vault file in the unlock view (it is not remembered unless asked)
  --maximized    start with the window maximised (it also starts so when it was maximised when
                 last closed, and on a first start on a screen of 1366 x 768 or smaller)
  --version      print the version and build line, then exit
  -h, --help     print this help, then exit

Qt's own options (-platform, -style, ...) are accepted too. The command line tool is `casevault`."""

SMALL_SCREEN = (1366, 800)  # available width x height at most: a first start fills the screen


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app until its window closes; returns the exit code. GUI thread only.
    `casevault-gui VAULT` offers that vault in the unlock view; --help and --version print and
    return without starting Qt."""
    args = list(sys.argv if argv is None else argv)[1:]
    if "-h" in args or "--help" in args:
        print(USAGE)
        return 0
    if "--version" in args:
        from desktop.build_info import current  # noqa: PLC0415

        print(current().line())
        return 0
    harden_process()
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - after hardening

    from desktop.app_fonts import install_app_fonts  # noqa: PLC0415
    from desktop.i18n import apply_language  # noqa: PLC0415
    from desktop.screen_lock import ScreenLockWatcher  # noqa: PLC0415
    from desktop.session import Session  # noqa: PLC0415
    from desktop.settings import Settings  # noqa: PLC0415
    from ui.main_window import MainWindow  # noqa: PLC0415

    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName("CaseVault")
    app.setOrganizationName("CaseVault")
    app.setQuitOnLastWindowClosed(True)
    install_app_fonts(app)
    settings = Settings()
    apply_language(app, settings.language)
    session = Session(settings.idle_minutes)
    # `casevault-gui [VAULT]`: Qt has already taken its own options out of the arguments.
    paths = [a for a in app.arguments()[1:] if not a.startswith("-")]  # --maximized is no path
    window = MainWindow(session, settings, vault_path=paths[0] if paths else None)
    watcher = ScreenLockWatcher(window, ready=lambda: not session.is_open and not session.worker.busy)
    watcher.lock_requested.connect(window.lock_now)
    session.locked.connect(lambda _problems: watcher.vault_locked())
    watcher.connect_buses()
    screen = window.screen().availableGeometry()
    small = screen.width() <= SMALL_SCREEN[0] and screen.height() <= SMALL_SCREEN[1]
    if "--maximized" in args or settings.maximized or (settings.maximized is None and small):
        window.showMaximized()
    else:
        window.show()
    try:
        return app.exec()
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
