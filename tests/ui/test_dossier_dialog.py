"""The dossier export dialog: opened from the case view, a preview rendered from memory, saving with
the public profile (after its redaction summary) and with a password (read back with pypdf),
confirming an image whose persons are not recorded, cancelling a long render, plain messages when
saving cannot work, and nothing left behind by a lock."""

from __future__ import annotations

import errno
import io
import re
import tempfile

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from db.models import Incident
from db.vault import Vault
from exporters.atomic import atomic_write_with
from exporters.pdf import PASSWORD_NOTE
from exporters.pdf.fonts import HAN, MissingFontError
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, open_case, type_text, unlock, wait_idle
from tests.ui.test_lock import assert_nothing_decrypted
from ui.dossier_dialog import DEFAULT_PURPOSE, DossierDialog
from ui.messages import Button

LEFT = Qt.MouseButton.LeftButton
RENDER = 30_000  # ms: the first render also loads ReportLab and the fonts


def open_dialog(qtbot, window, demo_path, reference="CV-2024-001"):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, reference)
    window.export_action.trigger()
    dialog = view.dialogs[-1]
    assert isinstance(dialog, DossierDialog) and dialog.isVisible()
    return view, dialog


def tick(qtbot, button):
    """Click a check box or radio button on its indicator (the widget spans the whole row)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def squash(text):
    return re.sub(r"\s+", "", text)


def pdf_text(reader):
    """Page text and document information: all a reader can copy or see of the file."""
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    return "\n".join(parts)


def save_as(qtbot, dialog, dialogs, target):
    """Press "Save as…"; for a public dossier, then "Save this dossier…" under its redaction summary."""
    dialogs.set_next_answer(str(target))
    qtbot.mouseClick(dialog.save_button, LEFT)
    if dialog.public.isChecked():
        qtbot.waitUntil(lambda: dialog.summary.save_button.isVisible(), timeout=RENDER)
        assert dialog.pages.currentWidget() is dialog.summary
        qtbot.mouseClick(dialog.summary.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][0] in ("info", "error"), timeout=RENDER)
    return dialogs.shown[-1]


def test_preview_shows_the_pages_from_memory(qtbot, window, demo_path, tmp_path, monkeypatch):
    view, dialog = open_dialog(qtbot, window, demo_path)
    assert not dialog.preview.showing()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))  # where Qt and Python would put a temporary file
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = sorted(p.name for p in tmp_path.iterdir())

    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert not dialog.preview_button.isEnabled() and dialog.cancel_button.isVisible(), "busy while rendering"
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=RENDER)
    assert dialog.preview.page_count() >= 5
    first = dialog.preview.page_text(0)
    assert "CV-2024-001" in first and DEFAULT_PURPOSE["legal"] in first
    assert dialog.preview_button.isEnabled() and not dialog.cancel_button.isVisible()
    assert list(scratch.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == before, \
        "the preview is rendered and shown from memory only"

    tick(qtbot, dialog.include_tasks)
    assert "options changed" in dialog.preview.caption.text()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Close), LEFT)
    qtbot.waitUntil(lambda: dialog not in view.dialogs, timeout=TIMEOUT)


def test_public_profile_saves_a_pdf_without_protected_names(qtbot, window, demo_path, tmp_path, dialogs):
    view, dialog = open_dialog(qtbot, window, demo_path)
    hidden = [p for p in view.ctx.file.persons.values() if p.consent != "public" and p.kind == "individual"]
    named = [p for p in view.ctx.file.persons.values() if p.consent == "public"]
    assert hidden, "the check below would be meaningless otherwise"

    tick(qtbot, dialog.public)
    assert dialog.purpose.text() == DEFAULT_PURPOSE["public"], "the default purpose follows the profile"
    dialog.purpose.selectAll()
    type_text(qtbot, dialog.purpose, "Report to the UN Working Group")
    tick(qtbot, dialog.legal)
    tick(qtbot, dialog.public)
    assert dialog.purpose.text() == "Report to the UN Working Group", "what the user wrote is kept"
    assert "NOT encrypted" in dialog.encryption.text()

    target = tmp_path / "public.pdf"
    kind, _title, text = save_as(qtbot, dialog, dialogs, target)
    assert kind == "info", text
    assert "NOT encrypted" in text
    qtbot.waitUntil(lambda: dialog not in view.dialogs, timeout=TIMEOUT)
    reader = PdfReader(target)
    assert not reader.is_encrypted
    everything = pdf_text(reader)
    squashed = squash(everything)
    assert "CV-2024-001" in everything and "ReporttotheUNWorkingGroup" in squashed
    assert "PersonA" in squashed
    for person in hidden:
        for spelling in (person.name, person.name_original, *person.aliases):
            if spelling:
                assert squash(spelling) not in squashed, spelling
    for person in named:
        assert squash(person.display_name()) in squashed
    assert not list(tmp_path.glob(".*.part")), "no partial file is left beside the dossier"


def test_password_protected_dossier_is_encrypted_with_aes_256(qtbot, window, demo_path, tmp_path, dialogs):
    _view, dialog = open_dialog(qtbot, window, demo_path)
    assert dialog.password_note.text() == PASSWORD_NOTE, "the dialog says what the password does and does not do"
    assert not dialog.password.isEnabled()
    tick(qtbot, dialog.use_password)
    assert "encrypted with AES-256" in dialog.encryption.text()
    assert not dialog.save_button.isEnabled(), "no password typed yet"
    password = "river lantern otter 马"
    type_text(qtbot, dialog.password, password)
    type_text(qtbot, dialog.repeat, "river lantern otter")
    assert not dialog.save_button.isEnabled() and "do not match" in dialog.password_problem.text()
    type_text(qtbot, dialog.repeat, " 马")
    assert dialog.save_button.isEnabled() and not dialog.password_problem.isVisible()

    target = tmp_path / "sealed"  # no extension typed: .pdf is added
    kind, _title, text = save_as(qtbot, dialog, dialogs, target)
    assert kind == "info", text
    assert "encrypted with AES-256" in text
    saved = tmp_path / "sealed.pdf"
    raw = saved.read_bytes()
    assert b"CV-2024-001" not in raw
    reader = PdfReader(io.BytesIO(raw))
    assert reader.is_encrypted
    assert reader.trailer["/Encrypt"]["/R"] == 6 and reader.trailer["/Encrypt"]["/V"] == 5
    assert not PdfReader(io.BytesIO(raw)).decrypt("wrong password")
    assert reader.decrypt(password)
    assert "CV-2024-001" in reader.pages[0].extract_text()
    qtbot.waitUntil(lambda: not window.findChildren(DossierDialog), timeout=TIMEOUT)  # and the password with it


def add_incidents(demo_path, count=3000):
    """Make CV-2024-001 some hundred pages long: seconds to render, long enough to cancel."""
    with Vault.open(demo_path, PASSPHRASE) as vault:
        case = vault.repos.cases.resolve("CV-2024-001")
        with vault.write():
            vault.repos.incidents.add_many([Incident(
                case_id=case.id, tactic="family_pressure", date_start=f"{2000 + k % 20}",
                description="Relatives were summoned and told to persuade her to return. " * 3)
                for k in range(count)])


def start_long_preview(qtbot, dialog):
    """Press Preview and wait until pages are being laid out; returns the list of pages reported."""
    qtbot.mouseClick(dialog.preview_button, LEFT)
    pages = []
    dialog._job.progressed.connect(lambda stage, done, _total: pages.append(done) if stage == "layout" else None)
    # The status line moving on while the worker renders shows that the window is not frozen.
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Laying out page"), timeout=RENDER)
    return pages


def test_a_long_preview_can_be_cancelled(qtbot, window, demo_path, dialogs):
    add_incidents(demo_path)
    _view, dialog = open_dialog(qtbot, window, demo_path)
    pages = start_long_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: dialog._job is None, timeout=TIMEOUT)
    wait_idle(qtbot, window.session)
    assert dialog.preview.message.text() == "Preview cancelled."
    assert not dialog.preview.showing() and dialog.preview_button.isEnabled()
    assert pages and max(pages) < 300, f"the render went on after the cancel (page {max(pages)})"
    assert not [d for d in dialogs.shown if d[0] == "error"]


def test_saving_into_a_folder_that_does_not_exist_says_so(qtbot, window, demo_path, tmp_path, dialogs):
    view, dialog = open_dialog(qtbot, window, demo_path)
    tick(qtbot, dialog.public)
    kind, _title, text = save_as(qtbot, dialog, dialogs, tmp_path / "no such folder" / "dossier.pdf")
    assert kind == "error"
    assert "no such folder" in text and "does not exist" in text
    assert not (tmp_path / "no such folder").exists()
    assert dialog in view.dialogs and dialog.public.isChecked(), "the dialog stays open with the user's choices"
    assert dialog.save_button.isEnabled()


def test_an_existing_dossier_is_replaced_only_after_asking(qtbot, window, demo_path, tmp_path, dialogs):
    """Typed without .pdf, the name gets it; an existing file of that name is replaced after Yes."""
    view, dialog = open_dialog(qtbot, window, demo_path)
    old = tmp_path / "dossier.pdf"
    old.write_bytes(b"%PDF- an older dossier")
    dialogs.set_next_answer(str(tmp_path / "dossier"))
    dialogs.set_next_answer(Button.Yes)  # asked after .pdf was added
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][0] in ("info", "error"), timeout=RENDER)
    kind = dialogs.shown[-1][0]
    assert kind == "info" and old.read_bytes().startswith(b"%PDF-1.") and old.stat().st_size > 1000
    assert [d for d in dialogs.shown if d[0] == "ask"][-1][1] == "Replace file?"


@pytest.mark.parametrize("case", ["disk_full", "missing_font"])
def test_export_failures_read_as_plain_sentences(qtbot, window, demo_path, tmp_path, dialogs, case):
    _view, dialog = open_dialog(qtbot, window, demo_path)
    if case == "disk_full":
        def fill(_fh):
            raise OSError(errno.ENOSPC, "No space left on device")

        with pytest.raises(Exception) as caught:  # what exporters.atomic raises when the disk is full
            atomic_write_with(tmp_path / "dossier.pdf", fill)
        dialog.show_failure(caught.value)
        assert "The disk is full" in dialogs.shown[-1][2] and "Nothing was written" in dialogs.shown[-1][2]
        assert not list(tmp_path.glob("*dossier*"))
    else:
        dialog.show_failure(MissingFontError([HAN]))
        text = dialogs.shown[-1][2]
        assert "contains Chinese text" in text and "fonts-wqy-microhei" in text and "Font for other scripts" in text


def test_locking_closes_the_dialog_and_stops_its_render(qtbot, window, demo_path, caplog):
    add_incidents(demo_path)
    _view, dialog = open_dialog(qtbot, window, demo_path)
    type_text(qtbot, dialog.purpose, " (draft)")
    start_long_preview(qtbot, dialog)
    with qtbot.waitSignal(window.session.locked, timeout=TIMEOUT):
        window.lock_idle()  # what the idle timer does; nobody is there to answer a question
    assert not window.findChildren(DossierDialog)
    assert_nothing_decrypted(qtbot, window)
    assert "task failed" not in caplog.text, "the render was cancelled, not broken off by an error"


def test_a_public_dossier_is_saved_only_after_its_redaction_summary_is_shown(qtbot, window, demo_path, tmp_path,
                                                                             dialogs):
    view, dialog = open_dialog(qtbot, window, demo_path)
    tick(qtbot, dialog.public)
    assert not dialog.include_tasks.isEnabled(), "open tasks are never public"
    assert not dialog.embed_originals.isEnabled(), "the original files are beyond redaction: never public"
    tick(qtbot, dialog.legal)
    assert dialog.embed_originals.isEnabled()
    tick(qtbot, dialog.public)
    before = sorted(tmp_path.iterdir())
    dialogs.set_next_answer(str(tmp_path / "never.pdf"))  # would be used by a file dialog; none may open yet
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.summary.save_button.isVisible(), timeout=RENDER)
    assert not [d for d in dialogs.shown if d[0] == "save"] and sorted(tmp_path.iterdir()) == before
    assert dialog.pages.currentWidget() is dialog.summary
    table = dialog.summary.persons
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Person A"] == "\u2068Lin Xiaomei 林晓梅\u2069", "plain text, isolated"
    # the group and the unidentified person, who did not consent to publication, too
    assert sorted(rows) == ["Group D (at least 3 people)", "Person A", "Person B", "Person C", "Person E",
                            "Person F", "Person G"]
    assert "Chen Guifang" in " ".join(rows.values()) and "Cousins in Wenzhou" in rows["Group D (at least 3 people)"]
    assert all(int(table.item(r, 2).text()) >= 0 for r in range(table.rowCount()))
    assert "shows a person who may not be named" in dialog.summary.exhibits.findChildren(QLabel)[0].text()
    assert "Check the redaction before saving: 7 person(s)" in dialog.summary.save_hint.text()

    type_text(qtbot, dialog.purpose, " (v2)")  # changing an option drops the rendered dossier
    assert not dialog.summary.save_button.isVisible() and "press “Save as…” again" in dialog.status.text()
    dialogs.reset()
    kind, _title, text = save_as(qtbot, dialog, dialogs, tmp_path / "public.pdf")
    assert kind == "info", text
    assert [d[2] for d in dialogs.shown if d[0] == "save"] == ["CV-2024-001 dossier public.pdf"]
    everything = squash(pdf_text(PdfReader(tmp_path / "public.pdf")))
    assert "PersonA" in everything and "Redactionsummary" not in everything and "mentions" not in everything


def test_an_image_whose_persons_are_not_recorded_can_be_confirmed_for_one_dossier(qtbot, window, demo_path,
                                                                                   dialogs):
    with Vault.open(demo_path, PASSPHRASE) as vault:
        case = vault.repos.cases.resolve("CV-2024-001")
        buf = io.BytesIO()
        Image.new("RGB", (300, 200), (40, 90, 120)).save(buf, format="PNG")
        added = vault.repos.exhibits.add_file(case.id, buf.getvalue(), "street.png")
    _view, dialog = open_dialog(qtbot, window, demo_path)
    tick(qtbot, dialog.public)
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=RENDER)
    before = dialog.preview.page_count()
    confirm = dialog.summary.findChild(QCheckBox, f"confirm_{added.label}")
    assert confirm is not None and not confirm.isChecked()
    dialog.pages.setCurrentWidget(dialog.summary)
    tick(qtbot, confirm)
    assert "options changed" in dialog.preview.caption.text()
    assert dialog.choices().confirmed_exhibits == frozenset({added.id})
    qtbot.mouseClick(dialog.preview_button, LEFT)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > before, timeout=RENDER)  # its own page now
    assert any(f"Exhibit {added.label}" in dialog.preview.page_text(n) for n in range(dialog.preview.page_count()))
    assert dialog.summary.findChild(QCheckBox, f"confirm_{added.label}").isChecked(), "kept across renders"


def test_a_weak_pdf_password_is_explained_and_needs_confirmation(qtbot, window, demo_path, tmp_path, dialogs):
    _view, dialog = open_dialog(qtbot, window, demo_path)
    meter = dialog.password_meter
    assert not meter.isVisibleTo(dialog), "no meter while the PDF has no password"
    tick(qtbot, dialog.use_password)
    assert meter.isVisibleTo(dialog)
    type_text(qtbot, dialog.password, "password1")
    type_text(qtbot, dialog.repeat, "password1")
    assert meter.bar.value() <= 2 and meter.text.text(), "a weak password, said in words"
    dialogs.set_next_answer(Button.No)
    qtbot.mouseClick(dialog.save_button, LEFT)
    kind, title, text = dialogs.shown[-1]
    assert kind == "ask" and "weak" in text.lower(), (kind, title, text)
    wait_idle(qtbot, window.session)
    assert dialog.isVisible() and not list(tmp_path.rglob("*.pdf")), "nothing rendered or saved"
    assert dialog._pending is None and dialogs.shown[-1][0] == "ask", "no file was asked for"
    assert dialog.password.hasFocus() or dialog.password.text() == "password1"
