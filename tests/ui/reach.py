"""What a locked window still shows or holds: every text of every widget, action and item model,
and every Python object reachable from the window and the session. Used to prove that locking
throws decrypted data away rather than hiding it."""

from __future__ import annotations

import gc
import types

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from db.models import CaseFile, Record


def texts(root: QWidget) -> list[str]:
    """Every string the widget tree under `root` would paint or hand out."""
    out = [root.windowTitle()]
    objects = [root, *root.findChildren(QObject)]
    for obj in objects:
        if isinstance(obj, (QLabel, QLineEdit, QAbstractButton)):
            out.append(obj.text())
        if isinstance(obj, (QPlainTextEdit,)):
            out.append(obj.toPlainText())
        if isinstance(obj, QTextEdit):
            out.append(obj.toPlainText())
        if isinstance(obj, QComboBox):
            out += [obj.itemText(i) for i in range(obj.count())]
        if isinstance(obj, QTabWidget):
            out += [obj.tabText(i) for i in range(obj.count())]
        if isinstance(obj, QAction):
            out.append(obj.text())
        if isinstance(obj, QWidget):
            out.append(obj.windowTitle())
            out.append(obj.toolTip())
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            out += model_texts(obj.model())
        if isinstance(obj, QAbstractItemModel):
            out += model_texts(obj)
    return [t for t in out if t]


def model_texts(model: QAbstractItemModel) -> list[str]:
    out = []
    for row in range(model.rowCount()):
        for column in range(max(model.columnCount(), 1)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole + 1):
                value = model.data(index, role)
                if value is not None:
                    out.append(str(value))
    return out


def reachable(*roots: object, limit: int = 200_000) -> list[object]:
    """Python objects reachable from `roots` (and their Qt children), not descending into
    modules, classes or functions' globals (those reach the whole program)."""
    start = list(roots)
    for root in roots:
        if isinstance(root, QObject):
            start += root.findChildren(QObject)
    seen: set[int] = set()
    out: list[object] = []
    stack = start
    while stack and len(out) < limit:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, (types.ModuleType, type)):
            continue
        seen.add(id(obj))
        out.append(obj)
        if isinstance(obj, types.FunctionType):
            refs = [c.cell_contents for c in (obj.__closure__ or ()) if _filled(c)]
            refs += list(obj.__defaults__ or ()) + list((obj.__kwdefaults__ or {}).values())
        elif isinstance(obj, types.MethodType):
            refs = [obj.__self__, obj.__func__]
        else:
            refs = gc.get_referents(obj)
        stack.extend(refs)
    return out


def _filled(cell: types.CellType) -> bool:
    try:
        cell.cell_contents  # noqa: B018 - an empty cell raises
    except ValueError:
        return False
    return True


def decrypted_objects(*roots: object) -> list[object]:
    """Records, case files and exhibit bytes reachable from the roots."""
    return [o for o in reachable(*roots) if isinstance(o, (Record, CaseFile))
            or (isinstance(o, bytes) and len(o) > 64)]
