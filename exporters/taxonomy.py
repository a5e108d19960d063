"""The vocabularies as exported with the data (interchange documents, and later statistics and
sheets): every key with its label in English, French and Chinese, and for tactics their PACE 2509
method and HURIDOCS "Types of Acts" term, so that a partner who receives counts can pool them
with theirs (docs/model.md).

Thread rule: pure function."""

from __future__ import annotations

from typing import Any

from db import vocab
from db.vocab_labels import LABELS

# Vocabularies a partner needs to read exported records and counts (name in the document -> vocabulary).
EXPORTED = {
    "tactic": vocab.TACTIC, "pace_group": vocab.PACE_GROUP, "outcome": vocab.OUTCOME, "campaign": vocab.CAMPAIGN,
    "role": vocab.ROLE, "relation": vocab.RELATION, "person_kind": vocab.PERSON_KIND,
    "target_category": vocab.TARGET_CATEGORY, "place_role": vocab.PLACE_ROLE,
    "host_involvement": vocab.HOST_INVOLVEMENT, "organisation_kind": vocab.ORGANISATION_KIND,
    "organisation_level": vocab.ORGANISATION_LEVEL, "notice_kind": vocab.NOTICE_KIND,
    "notice_status": vocab.NOTICE_STATUS, "extradition_status": vocab.EXTRADITION_STATUS,
    "intervention_kind": vocab.INTERVENTION_KIND, "decision": vocab.DECISION, "verification": vocab.VERIFICATION,
    "degree": vocab.DEGREE, "source_kind": vocab.SOURCE_KIND,
}


def labels(english: str) -> dict[str, str]:
    """{'en': ..., 'fr': ..., 'zh': ...} for a vocabulary label."""
    return {"en": english, **{lang: table.get(english, english) for lang, table in LABELS.items()}}


def taxonomy() -> dict[str, Any]:
    out: dict[str, Any] = {name: {key: {"label": labels(text)} for key, text in table.items()}
                           for name, table in EXPORTED.items()}
    for key, t in vocab.TACTICS.items():
        out["tactic"][key]["pace_group"] = t.pace or None
        out["tactic"][key]["huridocs_act"] = {"code": t.huridocs, "term": vocab.HURIDOCS_ACT[t.huridocs]} \
            if t.huridocs else None
    return out
