"""The main window: the unlock view while locked; the workspace (case list beside the case view)
while unlocked. The workspace is built at each unlock and destroyed at each lock, so no model,
form or viewer holding decrypted data outlives the lock (KeePassXC throws them away too).

Menus and shortcuts: Vault (Lock Ctrl+L, Lock and minimise Ctrl+Shift+L, Back up, Export bundle,
Import bundle, Import and export spreadsheets, Conflicts, Organisations, Settings, Quit), Case (New
case Ctrl+N, New incident Ctrl+I, Delete case, Export dossier), Edit (Undo Ctrl+Z, Find Ctrl+F).

Locking without asking: the idle timer, the screen locker or suspend (desktop.screen_lock, wired in
desktop.app) and the panic key save what can be saved and lock at once; the panic key also minimises
the window. Every lock closes every dialog and message box, so nothing decrypted stays on screen.

Wrong passphrases: if the user turned on erasing for this vault (settings dialog), each wrong
passphrase is counted in the settings and the last allowed one erases the vault (desktop.wipe)."""

from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QProgressBar, QSplitter, QStackedWidget

from db.errors import NotAVaultError, VaultBusyError, VaultMissingError, VaultTooNewError, WrongPassphraseError
from db.models import Case
from desktop import operations as ops
from desktop import operations_case as case_ops
from ui import labels
from ui.case_list import CaseListPanel
from ui.case_view import CaseView
from ui.fields import case_fields
from ui.forms import ComboTyping, FocusRing, RecordDialog
from ui.messages import Button, Dialogs
from ui.panic import PANIC_KEY, PanicFilter
from ui.unlock_view import UnlockView
from ui.vault_actions import VaultActions

LIST_MIN = 320  # pixels: the case list keeps at least this much of a narrow window (at 1024, French tabs fit)
VIEW_MIN = 700  # pixels: the case view's first width wherever it fits, in every language (its tables)


class Workspace(QSplitter):
    """The case list and the case view of an unlocked vault."""

    def __init__(self, session, on_error, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace")
        self.case_list = CaseListPanel(session, on_error, self)
        self.case_view = CaseView(session, self)
        self.addWidget(self.case_list)
        self.addWidget(self.case_view)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)
        self._sized = False

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._first_split()

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        self._first_split()

    def _first_split(self):
        # Only once shown: sizes set on a hidden splitter are redistributed when it appears (at 1024
        # pixels in French the list got 364 pixels, and the tab labels were cut to "Ape…").
        if not self._sized and self.isVisible() and self.width() > 200:
            self._sized = True
            wanted = max(self.case_view.tabs.tabBar().sizeHint().width() + 32, self.case_view.sizeHint().width(),
                         VIEW_MIN)
            self.setSizes(list(initial_split(self.width() - self.handleWidth(), wanted)))


def initial_split(width: int, wanted: int) -> tuple[int, int]:
    """The first widths of the case list and the case view in a workspace `width` pixels wide: the
    view gets what it wants (`wanted`: its tabs all shown at once, its pages' own widths and VIEW_MIN,
    so that a form is not cut nor its tables narrowed where the tab labels are short, as in
    Chinese), the list the rest but at least LIST_MIN; beyond 1280 pixels, the list and the view
    share the extra two parts to three, as the splitter's stretch factors share later changes of the
    window's width."""
    view = min(wanted, max(width - LIST_MIN, 0), 1280 - LIST_MIN)
    view += max(width - 1280, 0) * 3 // 5
    return width - view, view


def default_size(available: QSize) -> QSize:
    """The first window size: 1280 x 800, or nine tenths of a smaller screen (a 1366 x 768 laptop)."""
    return QSize(min(1280, available.width() * 9 // 10), min(800, available.height() * 9 // 10))


class MainWindow(QMainWindow, VaultActions):
    def __init__(self, session, settings, parent=None, vault_path=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        self.workspace = None
        self._prepared = None  # a workspace built during key derivation, see _prepare_workspace
        self._remember = False
        self._opening = None  # the path being unlocked, to count a wrong passphrase against it
        self._closing_backup = False  # the automatic backup on close is running
        self._backup_done = False
        self.panic_filter = PanicFilter(self.panic, self)
        self.panic_filter.install()
        ComboTyping.install()  # typing into any drop-down keeps every character
        FocusRing.install()  # a visible ring around the focused control, in every window
        self.stack = QStackedWidget(self)
        # A vault named on the command line is offered for unlocking but not remembered unless asked.
        self.unlock_view = UnlockView(vault_path or settings.last_vault, self)
        if vault_path:
            self.unlock_view.remember.setChecked(False)
        elif settings.first_start:
            self.unlock_view.show_create()
        self.stack.addWidget(self.unlock_view)
        self.setCentralWidget(self.stack)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("statusBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self._make_actions()
        self.unlock_view.unlock_requested.connect(self._unlock)
        self.unlock_view.create_requested.connect(self._create)
        session.unlocked.connect(self._unlocked)
        session.unlock_failed.connect(self._unlock_failed)
        session.locked.connect(self._locked)
        session.idle_timeout.connect(self.lock_idle)
        session.failed.connect(self.show_error)
        session.worker.busy_changed.connect(self._busy)
        self._update_actions()
        self.setWindowTitle("CaseVault")
        self.resize(default_size(self.screen().availableGeometry().size()))
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)

    # -- actions ------------------------------------------------------------------------------------

    def _action(self, menu, text, slot, shortcut=None, name=None):
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _make_actions(self):
        bar = self.menuBar()
        vault_menu = bar.addMenu(self.tr("&Vault"))
        self.lock_action = self._action(vault_menu, self.tr("&Lock"), self.lock, "Ctrl+L", "lockAction")
        self.panic_action = self._action(vault_menu, self.tr("Lock and &minimise"), self.panic, PANIC_KEY,
                                         "panicAction")
        vault_menu.addSeparator()
        self.backup_action = self._action(vault_menu, self.tr("&Back up vault…"), self.backup_vault, None,
                                          "backupAction")
        self.export_bundle_action = self._action(vault_menu, self.tr("E&xport bundle…"), self.export_bundle, None,
                                                 "exportBundleAction")
        self.import_bundle_action = self._action(vault_menu, self.tr("&Import bundle…"), self.import_bundle, None,
                                                 "importBundleAction")
        self.import_table_action = self._action(vault_menu, self.tr("Import spr&eadsheet…"), self.import_table, None,
                                                "importTableAction")
        self.export_table_action = self._action(vault_menu, self.tr("Export sp&readsheet…"),
                                                lambda: self.export_table("internal"), None, "exportTableAction")
        self.export_public_table_action = self._action(vault_menu, self.tr("Export &public spreadsheet…"),
                                                       lambda: self.export_table("public"), None,
                                                       "exportPublicTableAction")
        self.conflicts_action = self._action(vault_menu, self.tr("&Conflicts…"), self.show_conflicts, None,
                                             "conflictsAction")
        self.compact_action = self._action(vault_menu, self.tr("Comp&act vault…"), self.compact_vault, None,
                                           "compactAction")
        vault_menu.addSeparator()
        self.organisations_action = self._action(vault_menu, self.tr("&Organisations…"), self.organisations,
                                                 None, "organisationsAction")
        self.statistics_action = self._action(vault_menu, self.tr("S&tatistics…"), self.show_statistics,
                                              "Ctrl+Shift+S", "statisticsAction")
        vault_menu.addSeparator()
        self._action(vault_menu, self.tr("&Settings…"), self.edit_settings, None, "settingsAction")
        self._action(vault_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo,
                                        "undoAction")
        self.find_action = self._action(edit_menu, self.tr("&Find cases"), self.find, "Ctrl+F", "findAction")
        case_menu = bar.addMenu(self.tr("&Case"))
        self.new_case_action = self._action(case_menu, self.tr("&New case…"), self.new_case, "Ctrl+N",
                                            "newCaseAction")
        self.new_incident_action = self._action(case_menu, self.tr("New &incident…"), self.new_incident, "Ctrl+I",
                                                "newIncidentAction")
        self.delete_case_action = self._action(case_menu, self.tr("&Delete case…"), self.delete_case, None,
                                               "deleteCaseAction")
        case_menu.addSeparator()
        self.export_action = self._action(case_menu, self.tr("&Export dossier…"), self.export_dossier, None,
                                          "exportDossierAction")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About CaseVault"), self.about, None, "aboutAction")

    def import_table(self):
        from ui.import_table_wizard import open_import_wizard  # noqa: PLC0415 - loaded when first asked for

        return open_import_wizard(self)

    def export_table(self, profile):
        from ui.import_table_wizard import export_spreadsheet  # noqa: PLC0415 - loaded when first asked for

        return export_spreadsheet(self, profile)

    def about(self):
        from ui.about_dialog import AboutDialog  # noqa: PLC0415

        AboutDialog(self).open()

    def show_statistics(self):
        """Counts over the cases the list shows (ui.statistics_view); a case opened there opens here."""
        from ui.statistics_view import StatisticsView  # noqa: PLC0415

        if self.workspace is None:
            return
        view = StatisticsView(self.session, self.workspace.case_list, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.case_chosen.connect(self._case_selected)
        view.resize(view.sizeHint())
        view.show()
        view.refresh()
        return view

    def _update_actions(self, *_):
        unlocked = self.workspace is not None
        has_case = unlocked and self.workspace.case_view.case_id is not None
        for action in (self.lock_action, self.organisations_action, self.statistics_action, self.find_action,
                       self.new_case_action,
                       self.backup_action, self.export_bundle_action, self.import_bundle_action,
                       self.conflicts_action, self.import_table_action, self.export_table_action,
                       self.export_public_table_action, self.compact_action):
            action.setEnabled(unlocked)
        for action in (self.new_incident_action, self.delete_case_action, self.export_action):
            action.setEnabled(has_case)
        undo = self.session.undo if unlocked else None
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(self._undo_text(undo))

    def _undo_text(self, undo):
        if undo is None:
            return self.tr("&Undo")
        from ui import labels  # noqa: PLC0415

        return self.tr("&Undo: {action} {what}").format(action=labels.action_label(undo.action),
                                                         what=labels.entity_label(undo.entity).lower())

    def _busy(self, busy):
        self.busy.setVisible(busy)
        if not busy:
            self._update_actions()

    # -- unlocking ----------------------------------------------------------------------------------

    def _unlock(self, path, passphrase, remember):
        self._remember = remember
        self._opening = Path(path)
        self.unlock_view.set_busy(True)
        self.session.unlock(Path(path), passphrase)
        self._prepare_workspace()

    def _create(self, path, passphrase, author, remember):
        self._remember = remember
        self.unlock_view.set_busy(True)
        self.session.create(Path(path), passphrase, author)
        self._prepare_workspace()

    def _prepare_workspace(self):
        """Build the (empty) workspace while the database thread derives the key, so the wait for the
        key is not followed by the wait for the window. It holds no data until the vault is open; a
        wrong passphrase leaves it for the next try."""
        if self._prepared is None:
            self._prepared = Workspace(self.session, self.show_error, self)
            self._prepared.hide()

    def _unlock_failed(self, exc):
        message = self.describe_open_error(exc)
        path, self._opening = self._opening, None
        left = self.settings.wrong_passphrase(path) if isinstance(exc, WrongPassphraseError) and path else None
        if left is None:
            self.unlock_view.show_error(message)
        elif left > 0:
            self.unlock_view.show_error(message + " " + self.tr(
                "{n} more wrong passphrase(s) and this vault will be erased.").format(n=left))
        else:
            self._erase(path)

    def _erase(self, path):
        """The last allowed wrong passphrase: overwrite and delete the vault, forget its setting."""
        from desktop.wipe import wipe  # noqa: PLC0415

        self.settings.set_wipe(path, 0)

        def erased(_files):
            self.unlock_view.show_error(self.tr("Too many wrong passphrases: the vault {file} was erased.")
                                        .format(file=path.name))

        def failed(exc):
            self.unlock_view.show_error(self.tr("Too many wrong passphrases, but the vault could not be erased: "
                                                "{error}").format(error=str(exc)))

        self.unlock_view.set_busy(True)
        wipe(self.session, path, erased, failed)

    def describe_open_error(self, exc):
        if isinstance(exc, WrongPassphraseError):
            return self.tr("Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.")
        if isinstance(exc, VaultBusyError):
            return self.tr("This vault is already open in another CaseVault window. Close it there first.")
        if isinstance(exc, VaultMissingError):
            return self.tr("There is no file at this location.")
        if isinstance(exc, NotAVaultError):
            return self.tr("This file is not a CaseVault vault.")
        if isinstance(exc, VaultTooNewError):
            return self.tr("This vault was written by a newer CaseVault. Update CaseVault to open it.")
        return labels.error_text(exc)

    def _unlocked(self):
        self._opening = None
        self.settings.vault_opened(self.session.path, self._remember)
        self.settings.passphrase_accepted(self.session.path)
        self.unlock_view.set_busy(False)
        self.unlock_view.show_notice("")
        self.workspace, self._prepared = self._prepared, None
        if self.workspace is None:  # unlocked by another path than the unlock view's
            self.workspace = Workspace(self.session, self.show_error, self)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        case_list, case_view = self.workspace.case_list, self.workspace.case_view
        case_list.case_selected.connect(self._case_selected)
        case_list.filtered_out.connect(self._case_filtered_out)
        case_view.changed.connect(lambda _id: self._data_changed())
        case_view.deleted.connect(lambda _id: self._data_changed())
        case_view.loaded.connect(self._update_actions)
        case_view.loaded.connect(lambda case_id: case_list.select_case(case_id, emit=False))
        case_view.failed.connect(self.show_error)
        case_list.refresh(select=self.session.current_case_id)  # the filter menus follow the first page
        if self.session.current_case_id:
            case_view.load(self.session.current_case_id)
        self.setWindowTitle(f"CaseVault — {self.session.path.name}")
        case_list.view.setFocus()
        self._update_actions()

    def _data_changed(self):
        if self.workspace is None:
            return
        self.workspace.case_list.refresh(data_changed=True)
        self.workspace.case_list.refresh_choices()
        self._update_actions()

    # -- locking ------------------------------------------------------------------------------------

    def lock(self):
        """The Lock action: ask about unsaved edits, then lock."""
        if self.workspace is None:
            return
        flush = []
        if self.workspace.case_view.has_unsaved():
            answer = Dialogs.ask(self, self.tr("Unsaved changes"),
                                 self.tr("Save your changes before locking?"),
                                 Button.Save | Button.Discard | Button.Cancel, Button.Save)
            if answer == Button.Cancel or self.workspace is None:
                return
            if answer == Button.Save:
                flush = self.workspace.case_view.flush_tasks()
        self._lock(flush)

    def lock_idle(self):
        """The idle timer ran out: nobody is there to ask, so save what can be saved, then lock."""
        if self.workspace is not None:
            self._lock(self.workspace.case_view.flush_tasks())

    def lock_now(self, _reason=""):
        """The screen locked or the machine is going to sleep: as the idle lock, without asking."""
        self.lock_idle()

    def panic(self):
        """Ctrl+Shift+L: lock at once (saving what can be saved, asking nothing) and minimise."""
        if self._closing_backup or not self.isVisible():  # closing, or a closed window's filter
            return
        self.lock_idle()
        self.showMinimized()

    def _lock(self, flush):
        self._teardown()
        self.unlock_view.prepare_for(self.session.path)
        self.unlock_view.set_busy(True)
        self.session.lock(flush)

    def _teardown(self):
        """Throw away every widget and model holding decrypted data, and close every dialog and
        message box (a question may quote a case; a dialog may hold records or a passphrase)."""
        Dialogs.close_all()
        for dialog in self.findChildren(QDialog):
            if hasattr(dialog, "discard"):
                dialog.discard()
                dialog.deleteLater()
            elif dialog.isVisible():
                dialog.reject()
        if self.workspace is not None:
            self.workspace.case_view.clear()
            self.workspace.case_list.model.clear()
            self.stack.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.deleteLater()
            self.workspace = None
        self.stack.setCurrentWidget(self.unlock_view)
        self.setWindowTitle("CaseVault")
        self._update_actions()

    def _locked(self, problems):
        self.unlock_view.prepare_for(self.session.path)
        if problems:
            self.unlock_view.show_notice(self.tr("The vault locked itself, but some unsaved changes could not be "
                                                 "saved: {problems}").format(problems="; ".join(problems)))
        else:
            self.unlock_view.show_notice(self.tr("The vault is locked."))

    # -- cases --------------------------------------------------------------------------------------

    def _case_selected(self, case_id):
        view = self.workspace.case_view
        if case_id == view.case_id:
            return
        if view.overview.has_changes():
            answer = Dialogs.ask(self, self.tr("Unsaved changes"),
                                 self.tr("Save the changes to this case before opening another?"),
                                 Button.Save | Button.Discard | Button.Cancel, Button.Save)
            if self.workspace is None:
                return
            if answer == Button.Cancel:
                self.workspace.case_list.select_case(view.case_id, emit=False)
                return
            if answer == Button.Save:
                view.save_case(view.overview.edited(), then=lambda: view.load(case_id))
                return
        view.load(case_id)

    def _case_filtered_out(self, case_id):
        """The search or a filter left out the open case: close it, unless that would lose edits."""
        view = self.workspace.case_view if self.workspace is not None else None
        if view is None or view.case_id != case_id or view.has_unsaved():
            return
        view.clear()
        self.session.current_case_id = None
        self._update_actions()

    def new_case(self):
        """The new-case dialog, its reference filled with the next free one of this year."""
        if self.workspace is not None:
            year = QDate.currentDate().year()
            case_ops.next_reference(self.session, year).success(self._open_new_case).failure(self.show_error).run()

    def _open_new_case(self, reference):
        if self.workspace is None:  # locked meanwhile
            return
        case = Case(reference=reference, title="")

        def save(records, dialog):
            def done(_saved):
                dialog.saved()
                self.workspace.case_list.refresh(select=case.id, data_changed=True)
                self.workspace.case_list.refresh_choices()
                self.workspace.case_view.load(case.id)

            ops.save_records(self.session, records).success(done).failure(dialog.failed).run()

        dialog = RecordDialog(self, self.tr("New case"), [(case, case_fields())], save)
        dialog.setObjectName("newCaseDialog")
        self.workspace.case_view.open_dialog(dialog)

    def new_incident(self):
        if self.workspace is not None and self.workspace.case_view.case_id:
            self.workspace.case_view.tabs.setCurrentWidget(self.workspace.case_view.chronology)
            self.workspace.case_view.new_incident()

    def delete_case(self):
        if self.workspace is not None:
            self.workspace.case_view.delete_case()

    def export_dossier(self):
        if self.workspace is not None:
            self.workspace.case_view.export_dossier()

    def find(self):
        if self.workspace is not None:
            self.workspace.case_list.focus_search()

    def undo(self):
        if self.workspace is None or self.session.undo is None:
            return

        def done(applied):
            if applied is not None and self.workspace is not None:
                self.workspace.case_view.reload()
                self._data_changed()

        ops.undo_last(self.session).success(done).failure(self.show_error).run()
        self._update_actions()

    def organisations(self):
        from ui.organisations import OrganisationsDialog  # noqa: PLC0415

        if self.workspace is not None:
            dialog = OrganisationsDialog(self.session, self, self.workspace.case_view.open_dialog)
            dialog.changed.connect(self.workspace.case_view.reload)
            self.workspace.case_view.open_dialog(dialog)

    def edit_settings(self):
        from ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        SettingsDialog(self.settings, self.session, self).open()

    # -- errors and closing ---------------------------------------------------------------------------

    def show_error(self, exc):
        Dialogs.error(self, self.tr("CaseVault"), self.describe_open_error(exc))

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if self._closing_backup and not self._backup_done:
            event.ignore()  # the automatic backup is being written; the window closes when it is done
            return
        flush = []
        if self.workspace is not None and self.workspace.case_view.has_unsaved():
            answer = Dialogs.ask(self, self.tr("Unsaved changes"), self.tr("Save your changes before quitting?"),
                                 Button.Save | Button.Discard | Button.Cancel, Button.Save)
            if answer == Button.Cancel or self.workspace is None:
                event.ignore()
                return
            if answer == Button.Save:
                flush = self.workspace.case_view.flush_tasks()
        if self.workspace is not None and self.session.is_open and self.settings.auto_backup \
                and not self._backup_done:
            event.ignore()
            self._backup_before_closing(flush)
            return
        if flush:
            self.session.lock(flush)
        self.settings.geometry = self.saveGeometry()
        self.settings.maximized = bool(self.windowState() & Qt.WindowState.WindowMaximized)
        self.settings.sync()
        self._teardown()
        super().closeEvent(event)
