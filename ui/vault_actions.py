"""What the Vault menu does beyond locking: back up, export and import exchange bundles, resolve
merge conflicts, and the automatic backup when the window closes. A mixin of MainWindow (uses
self.session, self.settings, self.workspace, show_error and _data_changed), kept apart to keep
each module short.

Each of these dialogs is a child of the window, so a lock closes it (MainWindow._teardown)."""

from PySide6.QtCore import QCoreApplication

from desktop import operations_exchange as exchange
from ui.messages import Button, Dialogs


def tr(text):
    return QCoreApplication.translate("VaultActions", text)


class VaultActions:
    # -- backup ---------------------------------------------------------------------------------------

    def backup_vault(self):
        from ui.backup_dialog import BackupDialog, report_text  # noqa: PLC0415

        if self.workspace is None:
            return None
        dialog = BackupDialog(self.session, self)
        dialog.done.connect(lambda report, own: Dialogs.info(self, tr("Backup verified"), report_text(report, own)))
        return self._open_task(dialog)

    # -- exchange bundles --------------------------------------------------------------------------------

    def export_bundle(self):
        from ui.bundle_dialogs import ExportBundleDialog, export_text  # noqa: PLC0415

        if self.workspace is None:
            return None
        dialog = ExportBundleDialog(self.session, self.workspace.case_view.case_id, self)
        dialog.done.connect(lambda summary, path: Dialogs.info(self, tr("Bundle written"), export_text(summary, path)))
        return self._open_task(dialog)

    def import_bundle(self):
        from ui.bundle_dialogs import ImportBundleDialog  # noqa: PLC0415

        if self.workspace is None:
            return None
        dialog = ImportBundleDialog(self.session, self)
        dialog.done.connect(self._bundle_imported)
        return self._open_task(dialog)

    def _bundle_imported(self, result, path):
        from ui.bundle_dialogs import merge_text  # noqa: PLC0415

        if self.workspace is None:
            return
        if result.report.changed:
            self._refresh_after_merge()
        text = merge_text(result, path)
        if result.open_conflicts:
            answer = Dialogs.ask(self, tr("Bundle merged"), text, Button.Yes | Button.No, Button.Yes,
                                 tr("{n} conflict(s) are waiting for your choice. Review them now?")
                                 .format(n=result.open_conflicts))
            if answer == Button.Yes and self.workspace is not None:
                self.show_conflicts()
        else:
            Dialogs.info(self, tr("Bundle merged"), text)

    def _refresh_after_merge(self):
        if self.workspace is not None:
            self._data_changed()
            self.workspace.case_view.reload()

    # -- conflicts ---------------------------------------------------------------------------------------

    def show_conflicts(self):
        from ui.conflicts_view import ConflictsDialog  # noqa: PLC0415

        if self.workspace is None:
            return None
        dialog = ConflictsDialog(self.session, self)
        dialog.resolved.connect(lambda _id, _keep: self._refresh_after_merge())
        dialog.failed.connect(self.show_error)
        return self._open_task(dialog)

    # -- compacting -------------------------------------------------------------------------------------

    def compact_vault(self):
        """Rewrite the vault's file compactly, after asking (it can take a minute on a large vault)."""
        if self.workspace is None:
            return
        answer = Dialogs.ask(self, tr("Compact vault"), tr(
            "Rewrite the vault's file compactly? After large imports or deletions this makes it smaller "
            "and quicker to open. Nothing in the vault changes."), Button.Yes | Button.No, Button.No, tr(
            "It takes about half a minute per gigabyte, and needs free disk space about the size of the vault. "
            "If it is interrupted, the vault stays as it was."))
        if answer != Button.Yes:
            return
        self.statusBar().showMessage(tr("Compacting the vault…"))

        def done(sizes):
            self.statusBar().clearMessage()
            before, after = sizes
            Dialogs.info(self, tr("Compact vault"), tr("Compacted: {before} MB before, {after} MB now.").format(
                before=f"{before / 2**20:.1f}", after=f"{after / 2**20:.1f}"))

        def failed(exc):
            self.statusBar().clearMessage()
            self.show_error(exc)

        exchange.compact_vault(self.session).success(done).failure(failed).run()

    def _open_task(self, dialog):
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    # -- automatic backup on close ----------------------------------------------------------------------

    def _backup_before_closing(self, flush):
        """Run the automatic backup (after saving `flush`), then close the window for real. The
        workspace is thrown away first: nothing decrypted stays on screen while the copy is written."""
        self._closing_backup = True
        self.session.worker.cancel_pending()  # as a lock does: nothing queued calls back into closed views
        self._teardown()
        self.unlock_view.set_busy(True)
        self.unlock_view.show_notice(tr("Backing up the vault to {folder} before closing…")
                                     .format(folder=self.settings.backup_folder))

        def done(result):
            self._backup_done = True
            if result.problems:
                Dialogs.error(self, tr("Unsaved changes"), tr("Some unsaved changes could not be saved: {problems}")
                              .format(problems="; ".join(result.problems)))
            self.close()

        def failed(exc):
            answer = Dialogs.ask(self, tr("Automatic backup failed"),
                                 tr("The automatic backup could not be written: {error}").format(error=str(exc)),
                                 Button.Close | Button.Cancel, Button.Cancel,
                                 tr("Close CaseVault anyway? The vault itself is unharmed."))
            if answer == Button.Close:
                self._backup_done = True
                self.close()
                return
            self._closing_backup = False
            self.unlock_view.set_busy(True)
            self.session.lock()  # back to the unlock view; the user can fix the folder and quit again

        exchange.auto_backup(self.session, self.settings.backup_folder, self.settings.backups_kept, flush) \
            .success(done).failure(failed).run()
