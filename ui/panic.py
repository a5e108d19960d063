"""The panic key (Ctrl+Shift+L): lock at once and minimise the window, from anywhere in the app.

A window shortcut does not fire while a modal dialog or message box has the focus (Qt treats the
window behind as blocked), so the key is caught by an application-wide event filter instead; the
menu action shows the same key for discoverability.

Thread rule: GUI thread."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

PANIC_KEY = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_L)
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class PanicFilter(QObject):
    """Calls `on_panic()` on Ctrl+Shift+L in any window of the application, and eats the key."""

    def __init__(self, on_panic, parent=None):
        super().__init__(parent)
        self.on_panic = on_panic

    def install(self):
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self):
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if event.key() != Qt.Key.Key_L or (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) != _MODIFIERS:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it as a key press (to us) rather than to any shortcut
            return True
        if not event.isAutoRepeat():
            self.on_panic()
        return True
