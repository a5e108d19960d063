"""`casevault-gui`: the desktop application's entry point.

Start-up order matters: harden the process (no core dumps, private file modes) before anything
decrypted can exist, then Qt, the shipped fonts, settings, language, the session (which starts the
database thread) and the window, then the screen-lock watcher (D-Bus on Linux; nothing elsewhere). On exit the
session closes the vault on its own thread."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.hardening import harden_process


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app until its window closes; returns the exit code. GUI thread only.
    `casevault-gui VAULT` offers that vault in the unlock view."""
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
    paths = [a for a in app.arguments()[1:] if not a.startswith("-")]
    window = MainWindow(session, settings, vault_path=paths[0] if paths else None)
    watcher = ScreenLockWatcher(window, ready=lambda: not session.is_open and not session.worker.busy)
    watcher.lock_requested.connect(window.lock_now)
    session.locked.connect(lambda _problems: watcher.vault_locked())
    watcher.connect_buses()
    window.show()
    try:
        return app.exec()
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
