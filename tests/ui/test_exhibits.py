"""Exhibits: added by dialog and by drag and drop, SHA-256 shown, viewed from memory, and saved as
an unencrypted copy only after a warning."""

from __future__ import annotations

import hashlib
import io

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import TIMEOUT, open_case, unlock, wait_idle
from ui.messages import Button

LEFT = Qt.MouseButton.LeftButton


def png_bytes():
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def pdf_bytes():
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "Summons to the public security bureau (fictional)")
    c.showPage()
    c.save()
    return out.getvalue()


def exhibits_tab(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-007")
    view.tabs.setCurrentWidget(view.exhibits)
    return view


def test_add_by_dialog_shows_sha256_and_views_an_image_from_memory(qtbot, window, demo_path, tmp_path, dialogs):
    view = exhibits_tab(qtbot, window, demo_path)
    data = png_bytes()
    photo = tmp_path / "threat 威胁.png"
    photo.write_bytes(data)
    dialogs.set_next_answer([str(photo)])
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.exhibits.add_button, LEFT)
    model = view.exhibits.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "E-1"
    assert model.data(model.index(0, 1)) == "threat 威胁.png"
    assert model.data(model.index(0, 4)) == hashlib.sha256(data).hexdigest()
    qtbot.waitUntil(lambda: view.exhibits.current() is not None, timeout=TIMEOUT)

    qtbot.mouseClick(view.exhibits.view_button, LEFT)
    viewer = view.exhibits.viewer
    qtbot.waitUntil(lambda: viewer.kind() == "image", timeout=TIMEOUT)
    assert viewer.image.pixmap().width() == 64


def test_drop_files_to_add_and_view_a_pdf(qtbot, window, demo_path, tmp_path):
    view = exhibits_tab(qtbot, window, demo_path)
    summons = tmp_path / "summons.pdf"
    summons.write_bytes(pdf_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(summons))])
    tab = view.exhibits
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        QApplication.sendEvent(tab, drop)
    assert tab.model.rowCount() == 1
    exhibit = tab.model.record(0)
    assert exhibit.mime_type == "application/pdf" and exhibit.sha256 == hashlib.sha256(summons.read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: tab.current() is not None, timeout=TIMEOUT)
    qtbot.mouseClick(tab.view_button, LEFT)
    qtbot.waitUntil(lambda: tab.viewer.kind() == "pdf", timeout=TIMEOUT)
    assert tab.viewer.page_count() == 1
    qtbot.waitUntil(lambda: tab.viewer.rendered_pages() == [0], timeout=TIMEOUT)


def test_dropping_something_that_is_not_a_local_file_is_refused(qtbot, window, demo_path):
    view = exhibits_tab(qtbot, window, demo_path)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.invalid/evidence.png")])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.exhibits, enter)
    assert not enter.isAccepted(), "URLs are never fetched"


def test_save_a_copy_warns_that_it_is_unencrypted(qtbot, window, demo_path, tmp_path, dialogs):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    exhibit = view.ctx.file.exhibits[0]
    view.exhibits.select(exhibit.id)
    target = tmp_path / "copy.png"

    dialogs.set_next_answer(Button.Cancel)
    qtbot.mouseClick(view.exhibits.save_button, LEFT)
    assert "NOT be encrypted" in dialogs.shown[-1][2]
    wait_idle(qtbot, window.session)
    assert not target.exists()

    dialogs.set_next_answer(Button.Save)
    dialogs.set_next_answer(str(target))
    qtbot.mouseClick(view.exhibits.save_button, LEFT)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "info", timeout=TIMEOUT)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == exhibit.sha256


def test_save_a_copy_offers_only_a_safe_base_name(qtbot, window, demo_path, tmp_path, dialogs):
    """A stored name such as ../../.config/autostart/evil.desktop must not steer the save dialog."""
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    exhibit = view.ctx.file.exhibits[0]
    view.exhibits.select(exhibit.id)
    for stored, offered in (("../../.config/autostart/evil.desktop", "evil.desktop"),
                            ("/home/someone/.bashrc", "bashrc"), ("C:\\Users\\x\\..\\NUL.txt", "_NUL.txt"),
                            ("photo\u202egpj.exe", "photo-gpj.exe"), ("..", "exhibit")):
        exhibit.original_name = stored
        dialogs.set_next_answer(Button.Save)
        dialogs.set_next_answer(None)
        qtbot.mouseClick(view.exhibits.save_button, LEFT)
        assert dialogs.shown[-1][0] == "save" and dialogs.shown[-1][2] == offered


def test_save_dialogs_refuse_a_vault_and_ask_before_replacing_a_file(qtbot, window, demo_path, tmp_path, dialogs):
    from ui.messages import Dialogs

    unlock(qtbot, window, demo_path)
    dialogs.set_next_answer(str(demo_path))
    assert Dialogs.save_file(window, "Save", "x") is None
    assert dialogs.shown[-1][0] == "error" and "never writes over a vault" in dialogs.shown[-1][2]
    dialogs.set_next_answer(f"{demo_path}-wal")
    assert Dialogs.save_file(window, "Save", "x") is None and dialogs.shown[-1][0] == "error"
    existing = tmp_path / "old.png"
    existing.write_bytes(b"old")
    dialogs.set_next_answer(str(existing))
    dialogs.set_next_answer(Button.Cancel)
    assert Dialogs.save_file(window, "Save", "x") is None
    view = open_case(qtbot, window, "CV-2024-001")
    exhibit = view.ctx.file.exhibits[0]
    view.tabs.setCurrentWidget(view.exhibits)
    view.exhibits.select(exhibit.id)
    dialogs.set_next_answer(Button.Save)
    dialogs.set_next_answer(str(existing))
    dialogs.set_next_answer(Button.Yes)  # replace it
    qtbot.mouseClick(view.exhibits.save_button, LEFT)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "info", timeout=TIMEOUT)
    assert hashlib.sha256(existing.read_bytes()).hexdigest() == exhibit.sha256


def test_text_exhibit_is_shown_as_text(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    transcript = next(e for e in view.ctx.file.exhibits if e.original_name.endswith(".txt"))
    view.exhibits.select(transcript.id)
    qtbot.mouseClick(view.exhibits.view_button, LEFT)
    qtbot.waitUntil(lambda: view.exhibits.viewer.kind() == "text", timeout=TIMEOUT)
    assert "访谈记录" in view.exhibits.viewer.text.toPlainText()


def test_an_unreadable_file_adds_nothing_and_says_why(qtbot, window, demo_path, tmp_path, dialogs):
    view = exhibits_tab(qtbot, window, demo_path)
    good = tmp_path / "ok.png"
    good.write_bytes(png_bytes())
    dialogs.set_next_answer([str(good), str(tmp_path / "gone.png")])
    qtbot.mouseClick(view.exhibits.add_button, LEFT)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "error", timeout=TIMEOUT)
    assert "gone.png" in dialogs.shown[-1][2] and "nothing was added" in dialogs.shown[-1][2]
    wait_idle(qtbot, window.session)
    assert view.exhibits.model.rowCount() == 0, "all or nothing"


def tick_item(list_widget, text):
    for n in range(list_widget.count()):
        item = list_widget.item(n)
        if text in item.text():
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no {text!r} in the list")


def edit_exhibit(qtbot, view, exhibit_id):
    from ui.exhibits import ExhibitDialog

    view.exhibits.select(exhibit_id)
    qtbot.mouseClick(view.exhibits.edit_button, LEFT)
    dialog = view.dialogs[-1]
    assert isinstance(dialog, ExhibitDialog) and dialog.isVisible()
    return dialog


def test_the_exhibit_form_records_who_appears_and_the_public_dossier_withholds_it(qtbot, window, demo_path, tmp_path,
                                                                                   dialogs):
    from exporters.pdf import DossierOptions, build_dossier

    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    photo = tmp_path / "at the door.png"
    photo.write_bytes(png_bytes())
    dialogs.set_next_answer([str(photo)])
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(view.exhibits.add_button, LEFT)
    added = next(e for e in view.ctx.file.exhibits if e.original_name == "at the door.png")
    model = view.exhibits.model
    assert model.data(model.index(model.row_of(added.id), 6)) == "Not recorded"

    dialog = edit_exhibit(qtbot, view, added.id)
    assert dialog.not_recorded.isChecked() and not dialog.person_list.isEnabled()
    tick_item(dialog.person_list, "Chen Guifang")  # ticking a person chooses "These persons"
    assert dialog.these.isChecked() and dialog.person_list.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    mother = next(p for p in view.ctx.file.persons.values() if p.name == "Chen Guifang")
    saved = next(e for e in view.ctx.file.exhibits if e.id == added.id)
    assert saved.shows_person_ids == [mother.id] and saved.persons_recorded
    assert model.data(model.index(model.row_of(added.id), 6)) == "1 person"

    dossier = build_dossier(view.ctx.file, (1, "0" * 64), DossierOptions(profile="public"), lambda _id: png_bytes())
    assert [(w.label, w.reason) for w in dossier.summary.withheld if w.label == saved.label] == [(saved.label, "shows")]

    dialog = edit_exhibit(qtbot, view, added.id)
    assert dialog.these.isChecked()
    qtbot.mouseClick(dialog.nobody, LEFT, pos=QPoint(8, dialog.nobody.height() // 2))
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    saved = next(e for e in view.ctx.file.exhibits if e.id == added.id)
    assert saved.shows_person_ids == [] and saved.persons_recorded
    assert model.data(model.index(model.row_of(added.id), 6)) == "Nobody"
    dossier = build_dossier(view.ctx.file, (1, "0" * 64), DossierOptions(profile="public"), lambda _id: png_bytes())
    assert saved.label not in [w.label for w in dossier.summary.withheld], "nobody in it: reproduced"


def test_choosing_these_persons_without_ticking_anyone_is_refused(qtbot, window, demo_path):
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    shot = next(e for e in view.ctx.file.exhibits if e.mime_type == "image/png")
    dialog = edit_exhibit(qtbot, view, shot.id)
    assert dialog.nobody.isChecked(), "the demo screenshot is recorded as showing nobody"
    qtbot.mouseClick(dialog.these, LEFT, pos=QPoint(8, dialog.these.height() // 2))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    assert dialog.isVisible() and "Tick the persons" in dialog.problem.text()
    dialog.discard()


def photo_and_transcript(qtbot, window, demo_path):
    """The demo case's exhibits tab: (case view, tab, viewer, its photo, its transcript)."""
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    exhibits = view.ctx.file.exhibits
    picture = next(e for e in exhibits if e.mime_type.startswith("image/"))
    transcript = next(e for e in exhibits if e.original_name.endswith(".txt"))
    return view, view.exhibits, view.exhibits.viewer, picture, transcript


def test_the_viewer_never_shows_one_exhibit_under_another_selected(qtbot, window, demo_path):
    """The viewer shows the exhibit that was viewed; once another row is selected, what it showed is
    dropped (a picture under another exhibit's name could be cited as that exhibit)."""
    view, tab, viewer, picture, transcript = photo_and_transcript(qtbot, window, demo_path)
    tab.select(picture.id)
    qtbot.mouseClick(tab.view_button, LEFT)
    qtbot.waitUntil(lambda: viewer.kind() == "image", timeout=TIMEOUT)

    tab.select(transcript.id)
    assert viewer.kind() == "none"
    assert viewer.shown is None
    assert picture.original_name not in tab.details.text()

    # Viewing the transcript, then going back: the picture is not shown again until it is viewed.
    qtbot.mouseClick(tab.view_button, LEFT)
    qtbot.waitUntil(lambda: viewer.kind() == "text", timeout=TIMEOUT)
    tab.select(picture.id)
    assert viewer.kind() == "none"


def test_an_exhibit_still_decrypting_is_not_shown_once_another_is_selected(qtbot, window, demo_path):
    view, tab, viewer, picture, transcript = photo_and_transcript(qtbot, window, demo_path)
    tab.select(transcript.id)
    view.view_exhibit(transcript)  # its bytes come back from the worker thread later
    tab.select(picture.id)
    wait_idle(qtbot, window.session)
    qtbot.wait(200)
    assert viewer.kind() == "none"
    assert viewer.shown is None


def test_the_viewed_exhibit_stays_shown_when_the_case_reloads(qtbot, window, demo_path):
    view, tab, viewer, _picture, transcript = photo_and_transcript(qtbot, window, demo_path)
    tab.select(transcript.id)
    qtbot.mouseClick(tab.view_button, LEFT)
    qtbot.waitUntil(lambda: viewer.kind() == "text", timeout=TIMEOUT)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.reload()
    assert tab.current().id == transcript.id
    assert viewer.kind() == "text" and viewer.shown == transcript.id
