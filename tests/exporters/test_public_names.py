"""Who may not be named in a public report's record text and a public dossier, read fast (the
persons' names alone: db.names.person_names; keyed only for what a text could hold: a screened
db.names.NameMatcher), replaces exactly what matching every key of every whole person replaced;
and the report words its pseudonyms in its own language, as the dossier does."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from db import vocab
from db.models import Case, Person, Role
from db.names import NameMatcher, person_names
from db.normalise import printable
from db.statistics_query import Selection
from db.vault import Vault
from exporters.pdf.dossier import dossier_case_file, dossier_inputs
from exporters.pdf.redaction import Outsiders, pseudonym, redact, spellings
from exporters.pdf.report import ReportOptions, render_report, report_data
from exporters.statistics import PublicNames
from exporters.statistics_files import sheets
from exporters.statistics_texts import filter_text_lines

PASSPHRASE = "correct horse battery staple 马"
PIECES = ["Xie", "XIE", "xie4", "Wei", "dong", "Dong1", "-", " ", "谢", "謝", "卫", "衛", "东", "李", "Li", "Hua", "华",
          "Person", "17", "30663", "吕", "Lyu", "é", "e\u0301", "Ｘ", "\u202e", "\u200b", "O'", "Brien", "Ayşe", "ئا"]


def hostile_names(rng: random.Random, n: int) -> list[str]:
    first = ["Xie", "Li", "Person", "谢", "Ayşe"]  # never blank, whatever follows
    return [rng.choice(first) + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3))) for _ in range(n)]


@pytest.fixture(scope="module")
def names_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 persons of every consent and kind, named from pieces alike across scripts and forms, in
    four cases."""
    rng = random.Random(11)
    path = tmp_path_factory.mktemp("names") / "names.cvault"
    with Vault.create(path, PASSPHRASE, author="tester") as v, v.write():
        cases = [v.repos.cases.add(Case(reference=f"N-{k}", title=f"Case {k}")) for k in range(4)]
        for k in range(60):
            name, original, *aliases = hostile_names(rng, 4)
            kind = ["individual", "individual", "group", "unidentified"][k % 4]
            person = v.repos.persons.add(Person(
                name=name + (" and " + original if kind == "group" else ""), name_original=original,
                aliases=aliases if kind == "individual" else [], consent=list(vocab.CONSENT)[k % 3], kind=kind,
                group_size=k if kind == "group" else None))
            v.repos.roles.add(Role(case_id=cases[k % 4].id, person_id=person.id,
                                   role="relative" if k % 2 else "target", relation="parent" if k % 2 else ""))
    return path


def full_public_names(persons: list[Person]):
    """Record text as the report replaced it before: every key of every whole person not named."""
    named = vocab.NAMED_CONSENT["public"]
    hidden = sorted((p for p in persons if p.consent not in named), key=lambda p: (p.created_at, p.id))
    matcher = NameMatcher({p.id: spellings(p) for p in hidden})
    letters: dict[str, str] = {}

    def clean(text: str) -> str:
        text = printable(text)
        for m in matcher.mentions(text):
            for owner in m.owners:
                letters.setdefault(owner, pseudonym(len(letters)))
        return matcher.replace(text, letters)[0]
    return clean


@pytest.fixture(scope="module")
def read_both_ways(names_vault: Path) -> tuple[list[Person], list]:
    """The vault's persons, whole, and as the report reads them (names alone, those not named)."""
    with Vault.open(names_vault, PASSPHRASE) as v:
        return list(v.repos.persons.all()), person_names(v, vocab.NAMED_CONSENT["public"])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_report_replaces_in_record_text_exactly_what_every_key_of_every_person_replaced(read_both_ways, data):
    persons, read = read_both_ways
    fast = PublicNames(read)
    full = full_public_names(persons)
    spelt = [s for p in persons for s in spellings(p)]
    piece = st.one_of(st.sampled_from(PIECES), st.sampled_from(spelt), st.text(max_size=6))
    for text in data.draw(st.lists(st.lists(piece, max_size=8).map(" ".join), min_size=1, max_size=5)):
        assert fast(text) == full(text), text


def test_a_public_dossier_reads_the_others_names_alone_and_prints_the_same(names_vault):
    with Vault.open(names_vault, PASSPHRASE) as v:
        key = v.conn.execute("SELECT id FROM cases ORDER BY rowid").fetchone()[0]
        cf, others = dossier_inputs(v, key)
        whole = [p for p in v.repos.persons.all() if p.id not in cf.persons]
        case_file = dossier_case_file(v, key)
    spelt = [s for p in whole for s in spellings(p)]
    case_file.case.summary = " met ".join(spelt)  # every other person's every spelling, in one text
    case_file.case.title = " / ".join(reversed(spelt))
    for profile in ("public", "legal"):
        fast = redact(case_file, profile, others)
        before = redact(case_file, profile, whole)
        assert fast.case_file == before.case_file
        assert fast.pseudonyms == before.pseudonyms
        assert fast.summary() == before.summary()
    assert fast.summary().mentions > 0


def test_person_names_reads_the_name_fields_of_every_person_or_those_not_named(names_vault):
    with Vault.open(names_vault, PASSPHRASE) as v:
        whole = list(v.repos.persons.all())
        read = person_names(v)
        hidden = person_names(v, ["public"])
    fields = ("id", "created_at", "kind", "consent", "name", "name_original", "group_size", "group_size_qualifier")
    assert [tuple(getattr(p, f) for f in fields) + (list(p.aliases), p.display_name()) for p in read] == \
        [tuple(getattr(p, f) for f in fields) + (p.aliases, p.display_name()) for p in whole]
    assert [p.id for p in hidden] == [p.id for p in whole if p.consent != "public"]


# -- the report's language ----------------------------------------------------------------------------

COUNTER = itertools.count()


@pytest.mark.parametrize(("language", "shown"), [("en", "Person A"), ("fr", "Personne A"), ("zh", "人物A")])
def test_a_public_report_words_its_pseudonyms_in_its_language(tmp_path, language, shown):
    """A region naming a person who may not be named prints with the report's pseudonym, in the PDF
    and in the table files of the same language."""
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE, author="tester") as v:
        with v.write():
            xie = v.repos.persons.add(Person(name="Xie Weidong", name_original="谢卫东", consent="none"))
            for k in range(12):
                case = v.repos.cases.add(Case(reference=f"L-{k}", title=f"Case {k}", host_country="CA",
                                              region="Village of 謝衛東"))
                v.repos.roles.add(Role(case_id=case.id, person_id=xie.id, role="target"))
        data = report_data(v, Selection())
    options = ReportOptions(profile="public", language=language)
    (tmp_path / "report.pdf").write_bytes(render_report(data, options))
    printed = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    files = sheets(data.stats, options.disclosure(), language,
                   filter_text_lines(data.filters, data.data_date, data.state, "public", 5, language))
    regions = [row[0] for name, _header, rows in files if name == "cases_by_region" for row in rows]
    assert f"Village of {shown}" in regions
    assert f"Village of {shown}" in printed.replace("\n", " ")
    assert "謝衛東" not in printed and "谢卫东" not in printed
    if language != "en":
        assert "Person A" not in printed


def test_cases_redacted_against_the_vault_made_ready_once_print_as_each_alone(names_vault):
    """exporters.pdf.redaction.Outsiders (a public sheet export): every case of the vault, whose texts
    hold every person's every spelling, redacts as it does against the list of the others."""
    with Vault.open(names_vault, PASSPHRASE) as v:
        everyone = list(v.repos.persons.all())
        keys = [r[0] for r in v.conn.execute("SELECT id FROM cases ORDER BY rowid")]
        files = [dossier_case_file(v, key) for key in keys]
        ready = {profile: Outsiders(person_names(v), profile) for profile in ("public", "legal")}
    spelt = [s for p in everyone for s in spellings(p)]
    for case_file in files:
        case_file.case.summary = " met ".join(spelt)
        case_file.case.title = " / ".join(reversed(spelt))
        for profile in ("public", "legal"):
            shared = redact(case_file, profile, ready[profile])
            alone = redact(case_file, profile, [p for p in everyone if p.id not in case_file.persons])
            assert shared.case_file == alone.case_file
            assert shared.pseudonyms == alone.pseudonyms
            assert shared.summary() == alone.summary() and shared.withheld == alone.withheld
            assert shared.summary().mentions > 0
    with pytest.raises(ValueError):
        redact(files[0], "legal", ready["public"])
