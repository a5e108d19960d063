"""`casevault show` text: stored control characters are shown, never obeyed; who appears in each
exhibit is said."""

from __future__ import annotations

import dataclasses

from exporters.text import case_file_text


def test_show_prints_bidi_and_control_characters_as_codes_and_who_appears_in_exhibits(demo_vault):
    r = demo_vault.repos
    cf = r.load_case_file(r.cases.resolve("CV-2024-001").id)
    with demo_vault.write():
        r.cases.update(dataclasses.replace(cf.case, summary="Receipt \u202e0001\u202c; \u2067مرحبا\u2069\x1b[31m"))
    cf = r.load_case_file(cf.case.id)
    text = case_file_text(cf)
    assert "Receipt <U+202E>0001<U+202C>; <U+2067>مرحبا<U+2069><U+001B>[31m" in text
    assert not any(ch in text for ch in "\u202e\u202c\u2067\u2069\x1b")
    assert "shows: nobody" in text and "shows: Chen Guifang 陈桂芳" in text
