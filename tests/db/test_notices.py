"""db.notices: a notice is its English sentence, and keeps what the app needs to say it in
its own language, through copies and pickling (results cross threads and processes)."""

from __future__ import annotations

import copy
import pickle

from db.notices import Notice


def test_a_notice_is_its_english_sentence_and_keeps_its_template_and_values():
    notice = Notice("{n} text field(s) longer than {characters:,} characters were cut {{as said}}.", n=2,
                    characters=20000)
    assert notice == "2 text field(s) longer than 20,000 characters were cut {as said}."
    assert notice.template.startswith("{n} text field(s)") and notice.values == {"n": 2, "characters": 20000}
    for again in (copy.copy(notice), copy.deepcopy(notice), pickle.loads(pickle.dumps(notice))):
        assert again == notice and again.template == notice.template and again.values == notice.values
