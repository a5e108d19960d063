"""A hostile exhibit cannot freeze the window or hold off the lock: while a PDF that loops PDFium
renders, the window answers, the idle lock fires, and locking kills the renderer and closes the
vault within a second."""

from __future__ import annotations

import os
import time

from db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.hostile_files import looping_pdf
from tests.security.test_hostile_exhibits import alive
from tests.ui.conftest import TIMEOUT, open_case, unlock


def view_looping_pdf(qtbot, window, demo_path):
    with Vault.open(demo_path, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        with v.write():
            exhibit = v.repos.exhibits.add_file(case.id, looping_pdf(), "summons.pdf")
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    view.exhibits.select(exhibit.id)
    view.view_exhibit(next(e for e in view.ctx.file.exhibits if e.id == exhibit.id))
    qtbot.wait(500)  # the bytes arrive and the render starts (this used to freeze the window for good)
    qtbot.waitUntil(lambda: getattr(view.exhibits.viewer, "renderer", None) is not None, timeout=TIMEOUT)
    return view, view.exhibits.viewer.renderer.pid


def test_lock_while_a_render_hangs_closes_the_vault_within_a_second(qtbot, window, demo_path):
    view, pid = view_looping_pdf(qtbot, window, demo_path)
    assert alive(pid)  # stuck in PDFium, while the window still runs this test
    started = time.monotonic()
    with qtbot.waitSignal(window.session.locked, timeout=1000):
        window.lock()
    assert time.monotonic() - started < 1.0
    assert not window.session.is_open and window.workspace is None
    qtbot.waitUntil(lambda: not alive(pid), timeout=1000)
    os.stat(demo_path)  # the vault is still there, closed


def test_the_idle_lock_fires_while_a_render_hangs(qtbot, window, demo_path):
    view, pid = view_looping_pdf(qtbot, window, demo_path)
    window.session.set_idle_minutes(0.01)  # 0.6 s
    with qtbot.waitSignal(window.session.locked, timeout=3000):
        pass
    qtbot.waitUntil(lambda: not alive(pid), timeout=1000)


def test_a_render_that_takes_too_long_says_so(qtbot, window, demo_path, monkeypatch):
    import desktop.exhibit_render as render

    monkeypatch.setattr(render, "LOAD_SECONDS", 1)
    monkeypatch.setattr(render.RenderProcess.__init__, "__defaults__",
                        (None, 1, render.PAGE_SECONDS))
    view, pid = view_looping_pdf(qtbot, window, demo_path)
    viewer = view.exhibits.viewer
    qtbot.waitUntil(lambda: "took too long" in viewer.message.text(), timeout=5000)
    assert viewer.kind() == "none" and viewer.renderer is None and not alive(pid)


def test_a_decompression_bomb_is_refused_with_a_plain_message(qtbot, window, demo_path):
    from tests.security.test_hostile_exhibits import bomb

    with Vault.open(demo_path, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        with v.write():
            exhibit = v.repos.exhibits.add_file(case.id, bomb(), "photo.png")
    unlock(qtbot, window, demo_path)
    view = open_case(qtbot, window, "CV-2024-001")
    view.tabs.setCurrentWidget(view.exhibits)
    view.view_exhibit(next(e for e in view.ctx.file.exhibits if e.id == exhibit.id))
    viewer = view.exhibits.viewer
    qtbot.waitUntil(lambda: "too large" in viewer.message.text(), timeout=15000)
    assert viewer.kind() == "none" and viewer.renderer is None
