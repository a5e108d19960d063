"""Hostile exhibits are rendered by a child process with limits: a PDF that loops PDFium forever
times out and the child is killed, a decompression-bomb image is refused before it is decoded, a
truncated PDF gives a plain failure or what can be read, and the window's thread never waits."""

from __future__ import annotations

import functools
import os
import time

import pytest

from desktop.exhibit_render import RenderProcess
from tests.security.hostile_files import good_pdf, looping_pdf, png_bomb, truncated_pdf


@functools.cache
def bomb() -> bytes:
    return png_bomb()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def render(qtbot, kind, data, **limits):
    renderer = RenderProcess(kind, data, **limits)
    events = []
    renderer.info.connect(lambda info: events.append(("info", info)))
    renderer.page.connect(lambda n, image: events.append(("page", n, image)))
    renderer.failed.connect(lambda reason: events.append(("failed", reason)))
    return renderer, events


def test_a_pdf_whose_page_tree_contains_itself_times_out_and_its_child_dies(qtbot):
    renderer, events = render(qtbot, "pdf", looping_pdf(), load_seconds=3)
    pid = renderer.pid
    started = time.monotonic()
    qtbot.waitUntil(lambda: bool(events), timeout=10000)  # the event loop keeps running meanwhile
    assert events == [("failed", "timeout")]
    assert 2.5 < time.monotonic() - started < 8
    qtbot.waitUntil(lambda: not alive(pid), timeout=2000)


def test_a_decompression_bomb_is_refused_before_decoding(qtbot):
    renderer, events = render(qtbot, "image", bomb())
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    assert events == [("failed", "too large")]


def test_a_truncated_pdf_fails_plainly_or_shows_what_it_can(qtbot):
    renderer, events = render(qtbot, "pdf", truncated_pdf(), load_seconds=10)
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    if events[0][0] == "info":  # PDFium repaired it: its pages render
        renderer.request(0, 300)
        qtbot.waitUntil(lambda: len(events) > 1, timeout=15000)
        assert events[1][0] in ("page", "failed")
    else:
        assert events[0] == ("failed", "unreadable")
    renderer.stop()


def test_a_good_pdf_renders_page_by_page_on_request(qtbot):
    renderer, events = render(qtbot, "pdf", good_pdf(3))
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    assert events[0][0] == "info" and events[0][1]["pages"] == 3 and len(events[0][1]["sizes"]) == 3
    renderer.request(2, 400)
    qtbot.waitUntil(lambda: len(events) == 2, timeout=15000)
    kind, number, image = events[1]
    assert (kind, number, image.width()) == ("page", 2, 400) and image.height() > 500
    assert image.pixelColor(5, 5).lightness() > 240  # a white page
    pid = renderer.pid
    renderer.stop()
    assert not alive(pid)


@pytest.mark.parametrize("data", [b"", b"\x00" * 10, b"%PDF-1.7\n" + os.urandom(2000)])
def test_garbage_fails_plainly(qtbot, data):
    renderer, events = render(qtbot, "pdf", data, load_seconds=10)
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    assert events[0][0] == "failed"
