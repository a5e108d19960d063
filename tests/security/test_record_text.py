"""Record text as hostile input for the displays: `labels.isolate` keeps any text from reordering
its neighbours (checked with a real implementation of the Unicode bidi algorithm), and the real
app, traced with strace, never opens a file that record markup names."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.security.harness import ROOT, child_env
from ui import labels

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
texts = st.text(alphabet=st.sampled_from(list(CONTROLS) + list("ab <>&1 ") + list("مرحباשלום") + ["谢"]),
                max_size=30)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_isolated_text_never_moves_what_is_around_it(text):
    shown = get_display("START " + labels.isolate(text) + " END")
    assert shown.startswith("START ") and shown.endswith(" END"), repr(shown)


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=2, max_size=4))
def test_isolated_fields_side_by_side_stay_in_their_order(fields):
    shown = get_display(" | ".join(f"F{n} " + labels.isolate(t) for n, t in enumerate(fields)))
    order = [shown.index(f"F{n} ") for n in range(len(fields))]
    assert order == sorted(order), repr(shown)


def test_the_bidi_check_catches_an_unisolated_override():
    shown = get_display("START " + "\u202eabc" + " END")
    assert not shown.endswith(" END")


@given(st.text(max_size=40))
def test_text_without_rtl_letters_or_controls_is_left_alone(text):
    if not any(c in CONTROLS or "\u0590" <= c <= "\u08ff" for c in text):
        assert labels.isolate(text) == text or not text.isascii()


def test_each_line_is_isolated_on_its_own():
    shown = labels.isolate("one \u202eline\nשתיים\u2069")
    lines = shown.split("\n")
    assert all(line.startswith("\u2068") and line.endswith("\u2069") for line in lines)
    assert get_display("A " + lines[1] + " Z").endswith(" Z")


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace comes with the strace package")
def test_the_app_never_opens_a_file_named_by_record_markup(tmp_path):
    trace = tmp_path / "trace"
    (tmp_path / "marker.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=%file", "-o", str(trace), sys.executable, "-m",
                           "tests.security.markup_session", str(tmp_path)], cwd=ROOT,
                          env=child_env(tmp_path / "env"), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "done" in done.stdout, done.stderr[-2000:]
    marker = str(tmp_path / "marker.png")
    touched = [line for line in trace.read_text().splitlines() if marker in line]
    assert not touched, touched[:5]
