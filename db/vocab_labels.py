"""French and Chinese labels of every vocabulary label (db.vocab), keyed by the English label.
Filled from the translation catalogues (translations/*.ts, context "vocab") by
translations/update_ts.py, which also writes them back there: one list for the UI and for exports.
tests/db/test_vocab.py checks that every label has both."""

LABELS: dict[str, dict[str, str]] = {"fr": {}, "zh": {}}
