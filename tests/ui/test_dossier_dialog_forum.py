"""The dossier dialog's filing packages: choosing what the package is made for, its language (the
interface's by default) and who prepared it gives that package (read back); the IRB package is on
Letter paper whatever was chosen; the CCF request's checklist follows the boxes ticked; the dialog
says why a password gives up PDF/A."""

from __future__ import annotations

import re

import pikepdf
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from tests.ui.conftest import type_text
from tests.ui.test_dossier_dialog import open_dialog, save_as, tick


def squash(text):
    return re.sub(r"\s+", "", text)


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_an_irb_package_in_french_from_the_dialog(qtbot, window, demo_path, tmp_path, dialogs):
    _view, dialog = open_dialog(qtbot, window, demo_path)
    assert not dialog.ccf_box.isVisible()
    choose(dialog.forum, "irb")
    assert dialog.paper.currentData() == "letter" and not dialog.paper.isEnabled(), "the IRB takes Letter only"
    choose(dialog.language, "fr")
    type_text(qtbot, dialog.prepared_by, "Marie Tremblay, Clinique (fictive)")
    assert "PDF/A" in dialog.pdfa_note.text()
    tick(qtbot, dialog.use_password)
    assert "cannot be an archival PDF" in dialog.pdfa_note.text()
    tick(qtbot, dialog.use_password)

    target = tmp_path / "irb.pdf"
    kind, _title, text = save_as(qtbot, dialog, dialogs, target)
    assert kind == "info", text
    reader = PdfReader(target)
    first = squash(reader.pages[0].extract_text())
    total = len(reader.pages)
    assert "Demandeurd'asile" in first and "NumérodedossierdelaCISR" in first and f"Page1sur{total}" in first
    assert "MarieTremblay,Clinique(fictive)" in first
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (612, 792)
    with pikepdf.open(target) as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "2", "unencrypted: archival PDF/A-2b"


def test_the_ccf_checklist_follows_the_boxes_ticked(qtbot, window, demo_path, tmp_path, dialogs):
    _view, dialog = open_dialog(qtbot, window, demo_path, "CV-2023-014")
    choose(dialog.forum, "ccf")
    assert dialog.ccf_box.isVisible()
    choose(dialog.ccf_request, "access")
    tick(qtbot, dialog.ccf_attachments["refugee_decision"])
    choose(dialog.language, "en")
    target = tmp_path / "ccf.pdf"
    kind, _title, text = save_as(qtbot, dialog, dialogs, target)
    assert kind == "info", text
    everything = squash("".join(p.extract_text() or "" for p in PdfReader(target).pages))
    assert "\u2612Refugeedecision" in everything and "\u2610Signedpowerofattorney" in everything
    assert "accesstothedata" in everything.lower()


def test_the_dossier_language_defaults_to_the_interface_language(qtbot, window, demo_path):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    try:
        _view, dialog = open_dialog(qtbot, window, demo_path)
        assert dialog.language.currentData() == "fr"
        choose(dialog.language, "zh_TW")
        assert "internal use" in dialog.language_hint.text()
    finally:
        QLocale.setDefault(before)


def test_the_default_purpose_follows_the_dossier_language_and_what_the_user_wrote_stays(qtbot, window, demo_path):
    _view, dialog = open_dialog(qtbot, window, demo_path)
    choose(dialog.language, "en")
    assert dialog.purpose.text() == "For the authorities and lawyers handling this case"
    choose(dialog.language, "fr")
    assert dialog.purpose.text() == "Pour les autorités et les avocats chargés de ce dossier"
    dialog.purpose.selectAll()
    type_text(qtbot, dialog.purpose, "Pour la CISR")
    choose(dialog.language, "en")
    assert dialog.purpose.text() == "Pour la CISR"


def test_the_dialog_reads_in_traditional_chinese(qtbot, qapp, window, demo_path):
    """The interface's traditional-Chinese catalogue (made from the simplified one with OpenCC) and
    Qt's own: the dialog's words in traditional characters, and a traditional-Chinese dossier by default."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop import i18n

    try:
        assert i18n.apply_language(qapp, "zh_TW") == "zh_TW"
        _view, dialog = open_dialog(qtbot, window, demo_path)
        assert dialog.language.currentData() == "zh_TW"
        labels = [dialog.forum.itemText(i) for i in range(dialog.forum.count())]
        assert "國際刑警組織 CCF 申請" in labels and "国际刑警组织 CCF 申请" not in labels
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "關閉", "Qt's own catalogue"
    finally:
        i18n.apply_language(qapp, "en")


def test_a_hearing_too_close_is_flagged_before_and_after_rendering(qtbot, window, demo_path, tmp_path, dialogs):
    from PySide6.QtCore import QDate

    _view, dialog = open_dialog(qtbot, window, demo_path)
    choose(dialog.forum, "irb")
    assert dialog.irb_box.isVisible() and not dialog.deadline.isVisible()
    tick(qtbot, dialog.use_hearing)
    dialog.hearing_date.setDate(QDate.currentDate().addDays(7))
    assert dialog.deadline.isVisible() and "at least 10 days" in dialog.deadline.text()
    tick(qtbot, dialog.reply)
    assert not dialog.deadline.isVisible(), "a reply needs 5 days only"
    tick(qtbot, dialog.reply)
    kind, _title, text = save_as(qtbot, dialog, dialogs, tmp_path / "late.pdf")
    assert kind == "info" and "at least 10 days" in text, text


def test_original_files_can_be_attached_with_their_hash(qtbot, window, demo_path, tmp_path, dialogs):
    import hashlib

    _view, dialog = open_dialog(qtbot, window, demo_path)
    choose(dialog.forum, "police")
    tick(qtbot, dialog.embed_originals)
    kind, _title, text = save_as(qtbot, dialog, dialogs, tmp_path / "police.pdf")
    assert kind == "info", text
    with pikepdf.open(tmp_path / "police.pdf") as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "3"
        files = dict(pdf.attachments)
        assert files
        for spec in files.values():
            assert hashlib.sha256(spec.get_file().read_bytes()).hexdigest() in str(spec.description)
