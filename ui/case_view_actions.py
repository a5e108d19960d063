"""What the case view does when asked: save the case, edit and delete records (with a
confirmation), exhibits in and out. A mixin of CaseView, kept apart to keep each module short."""

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox

from db import vocab
from db.chronology import move
from db.citations import incidents_citing
from db.dates import sort_key
from desktop import operations as ops
from desktop import operations_case as case_ops
from ui import fields as field_lists
from ui import labels
from ui.editors import choices
from ui.exhibit_details import ExhibitDetailsDialog
from ui.forms import RecordDialog
from ui.messages import Button, Dialogs


def tr(text, disambiguation=None, n=-1):
    return QCoreApplication.translate("CaseView", text, disambiguation, n)


def fields_for(entity, record, lists):
    """The fields of a record of the case, offering the case's records it may link to."""
    others = [(i, label) for i, label in lists["sources"] if i != record.id]
    return {
        "source": lambda: field_lists.source_fields(others),
        "intervention": lambda: field_lists.intervention_fields(lists["organisations"], lists["individuals"],
                                                                lists["concerns"]),
        "interpol_notice": lambda: field_lists.notice_fields(lists["persons"], lists["organisations"],
                                                             lists["sources"]),
        "extradition_request": lambda: field_lists.extradition_fields(lists["persons"], lists["sources"]),
        "outcome": lambda: field_lists.outcome_fields(lists["sources"]),
        "note": field_lists.note_fields,
        "task": field_lists.task_fields,
    }[entity]()


NOTE_CHARS = 80  # of a note's text in a delete confirmation
LISTED = 8  # incidents named one by one in a confirmation; the rest are counted


def incident_list(incidents):
    """One line per incident (date · tactic), at most LISTED, then how many more."""
    lines = ["• " + labels.record_summary(i) for i in incidents[:LISTED]]
    if len(incidents) > LISTED:
        lines.append(tr("… and %n more", "", len(incidents) - LISTED))
    return "\n".join(lines)


def dialog_title(entity, new):
    titles = {
        ("source", True): tr("New source"), ("source", False): tr("Edit source"),
        ("exhibit", False): tr("Edit exhibit details"),
        ("intervention", True): tr("New intervention"), ("intervention", False): tr("Edit intervention"),
        ("note", True): tr("New note"), ("note", False): tr("Edit note"),
        ("task", True): tr("New task"), ("task", False): tr("Edit task"),
        ("interpol_notice", True): tr("New Interpol notice"), ("interpol_notice", False): tr("Edit Interpol notice"),
        ("extradition_request", True): tr("New extradition request"),
        ("extradition_request", False): tr("Edit extradition request"),
        ("outcome", True): tr("New outcome"), ("outcome", False): tr("Edit outcome"),
    }
    return titles.get((entity, new), entity)


class CaseActions:
    """Mixed into CaseView (uses self.session, self.ctx, self.case_id, self.dialogs, signals)."""

    # -- dialogs ------------------------------------------------------------------------------------

    def open_dialog(self, dialog):
        self.dialogs.append(dialog)

        def closed(_result, dialog=dialog):
            if dialog in self.dialogs:
                self.dialogs.remove(dialog)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def _saver(self):
        """The save callback of a dialog: write its records, then reload the case."""
        def save(records, dialog):
            def done(_saved):
                dialog.saved()
                self._after_write()

            ops.save_records(self.session, records).success(done).failure(dialog.failed).run()

        return save

    def _after_write(self):
        self.reload()
        if self.case_id:
            self.changed.emit(self.case_id)

    def edit_record(self, record, new=False):
        title = dialog_title(record.entity, new)
        if record.entity == "exhibit":
            dialog = ExhibitDetailsDialog(self, title, record, self._exhibit_persons(), self.ctx, self._saver())
        elif record.entity == "outcome":
            dialog = self._outcome_dialog(title, record)
        else:
            dialog = RecordDialog(self, title, [(record, fields_for(record.entity, record, choices(self.ctx)))],
                                  self._saver())
        dialog.setObjectName(f"{record.entity}Dialog")
        from ui.editors import tab_in_order  # noqa: PLC0415

        tab_in_order(dialog)
        self.open_dialog(dialog)

    def _outcome_dialog(self, title, outcome):
        """An outcome, and whether it becomes the case's current outcome (ticked when it is the latest)."""
        dialog = RecordDialog(self, title, [(outcome, fields_for("outcome", outcome, choices(self.ctx)))], None)
        current = QCheckBox(tr("Make it the case's current outcome (shown in the case list)"), dialog)
        current.setObjectName("outcomeCurrent")
        others = [o for o in self.ctx.file.outcomes if o.id != outcome.id]
        key = sort_key(outcome.date, None, outcome.date_qualifier)
        current.setChecked(all((sort_key(o.date, None, o.date_qualifier) or (0, 0)) <= (key or (10**9, 0))
                               for o in others))
        dialog.add_row("", current)
        save = self._saver()
        case = self.ctx.file.case

        def save_with_case(records, dlg):
            if current.isChecked() and records and records[0].outcome != case.outcome:
                records = [*records, dataclasses.replace(case, tags=list(case.tags), outcome=records[0].outcome)]
            save(records, dlg)

        dialog._save = save_with_case
        return dialog

    def _update_move_buttons(self, *_):
        """Move up / Move down only for an undated incident that can move that way."""
        incident = self.chronology.current()
        incidents = self.ctx.file.incidents if self.ctx.file is not None else []
        for button, step in zip(self.move_buttons, (-1, 1), strict=True):
            button.setEnabled(incident is not None and bool(move(incidents, incident.id, step)))

    def move_incident(self, step):
        """Move the chosen undated incident one place up (-1) or down (+1) in the chronology."""
        incident = self.chronology.current()
        if incident is None or self.ctx.file is None:
            return
        changes = move(self.ctx.file.incidents, incident.id, step)
        if not changes:
            return
        by_id = {i.id: i for i in self.ctx.file.incidents}
        records = [dataclasses.replace(by_id[i], placed_after=anchor) for i, anchor in changes.items()]

        def done(_):
            self._select_after_load(self.chronology, incident.id)
            self._after_write()

        ops.save_records(self.session, records).success(done).failure(self.failed.emit).run()

    def _exhibit_persons(self):
        """[(id, name, consent)] of the case's persons (its cast first), for 'who appears in it'."""
        f = self.ctx.file
        if f is None:
            return []
        rank = {"target": 0, "relative": 1}
        cast = sorted(f.roles, key=lambda r: (rank.get(r.role, 2), r.created_at, r.id))
        order = list(dict.fromkeys([r.person_id for r in cast if r.person_id in f.persons] + list(f.persons)))
        return [(pid, f.persons[pid].display_name(), labels.vocab_label(vocab.CONSENT, f.persons[pid].consent))
                for pid in order]

    # -- the case itself ------------------------------------------------------------------------------

    def save_case(self, case, then=None):
        def done(_saved):
            self.overview.set_case(case)
            self._after_write()
            if then is not None:
                then()

        ops.save_records(self.session, [case]).success(done).failure(self.overview.failed).run()

    def delete_case(self):
        f = self.ctx.file
        if f is None:
            return
        counts = len(f.incidents) + len(f.sources) + len(f.exhibits) + len(f.roles) + len(f.notes) + len(f.tasks) \
            + len(f.interventions) + len(f.notices) + len(f.extraditions) + len(f.outcomes)
        answer = Dialogs.ask(self, tr("Delete case?"),
                             tr("Delete case {case} and the {n} record(s) in it? This cannot be undone.")
                             .format(case=labels.record_summary(f.case, NOTE_CHARS), n=counts),
                             Button.Yes | Button.Cancel, Button.Cancel)
        if answer != Button.Yes:
            return
        case_id = f.case.id

        def done(_):
            self.clear()
            self.session.current_case_id = None
            self.deleted.emit(case_id)

        ops.delete_records(self.session, [f.case]).success(done).failure(self.failed.emit).run()

    # -- deleting records -------------------------------------------------------------------------------

    def delete_record(self, record):
        what = labels.entity_label(record.entity)
        extra = ""
        if record.entity in ("source", "exhibit"):
            citing = incidents_citing(self.ctx.file.incidents, record) if self.ctx.file else []
            if not citing:
                extra = tr("No incident cites it. This cannot be undone.")
            else:
                extra = tr("%n incident(s) cite it and will no longer refer to it:", "", len(citing)) + "\n" \
                    + incident_list(citing) + "\n" + tr("This cannot be undone.")
        answer = Dialogs.ask(self, tr("Delete {what}?").format(what=what.lower()),
                             tr("Delete {what} “{summary}”?").format(what=what.lower(),
                                                                     summary=labels.record_summary(record, NOTE_CHARS)),
                             Button.Yes | Button.Cancel, Button.Cancel, informative=extra)
        if answer == Button.Yes:
            ops.delete_records(self.session, [record]).success(lambda _: self._after_write()) \
                .failure(self.failed.emit).run()

    def remove_person(self, role):
        person = self.ctx.file.persons.get(role.person_id)
        name = labels.record_summary(person) if person else ""
        named = incidents_citing(self.ctx.file.incidents, person) if person else []
        if named:
            extra = tr("They appear in %n incident(s) of this case, which will still name them:", "",
                       len(named)) + "\n" + incident_list(named)
        else:
            extra = tr("They appear in no incident of this case.")
        answer = Dialogs.ask(self, tr("Remove person?"),
                             tr("Remove {name} from this case? If they are in no other case, their record is "
                                "deleted too.").format(name=name),
                             Button.Yes | Button.Cancel, Button.Cancel, informative=extra)
        if answer == Button.Yes:
            case_ops.remove_from_case(self.session, role).success(lambda _: self._after_write()) \
                .failure(self.failed.emit).run()

    # -- exhibits ------------------------------------------------------------------------------------

    def add_exhibits(self):
        paths = Dialogs.open_files(self, tr("Add exhibits"))
        if paths:
            self.add_exhibit_files(paths)

    def add_exhibit_files(self, paths):
        if not self.case_id:
            return

        def done(added):
            self._after_write()
            if added:
                self.tabs.setCurrentWidget(self.exhibits)
                self._select_after_load(self.exhibits, added[-1].id)

        case_ops.add_exhibit_files(self.session, self.case_id, paths).success(done).failure(self.failed.emit).run()

    def _select_after_load(self, tab, record_id):
        def select(_case_id):
            self.loaded.disconnect(select)
            tab.select(record_id)

        self.loaded.connect(select)

    def view_exhibit(self, exhibit):
        viewer = self.exhibits.viewer
        viewer.opening(exhibit, tr("Decrypting…"))
        case_id = self.case_id

        def show(data):
            if self.case_id == case_id and viewer.shown == exhibit.id:
                viewer.show_bytes(exhibit, data)

        case_ops.exhibit_data(self.session, exhibit.id).success(show).failure(self.failed.emit).run()

    def save_exhibit_copy(self, exhibit):
        answer = Dialogs.ask(
            self, tr("Save an unencrypted copy?"),
            tr("The copy of {label} will NOT be encrypted: anyone with access to where you save it can "
               "read it. Keep it on an encrypted disk and delete it when done.").format(label=exhibit.label),
            Button.Save | Button.Cancel, Button.Cancel)
        if answer != Button.Save:
            return
        path = Dialogs.save_file(self, tr("Save a copy as"), labels.safe_file_name(exhibit.original_name, "exhibit"))
        if not path:
            return

        def done(written):
            Dialogs.info(self, tr("Copy saved"), tr("Saved an unencrypted copy as {path}.").format(
                path=Path(written).name))

        case_ops.save_exhibit_copy(self.session, exhibit.id, path).success(done).failure(self.failed.emit).run()

    # -- the dossier -----------------------------------------------------------------------------------

    def export_dossier(self):
        """Open the export dialog (options, preview, save); ui/dossier_dialog.py does the rest."""
        if not self.case_id or self.ctx.file is None:
            return
        from ui.dossier_dialog import DossierDialog, DossierMemory  # noqa: PLC0415

        if self.dossier_memory is None:
            self.dossier_memory = DossierMemory()
        self.open_dialog(DossierDialog(self.session, self.case_id, self.ctx.file.case.reference, self,
                                       self.dossier_memory))
