"""The invariant of the public dossier, stated as a property: a person who did not consent to
publication is named nowhere in the file. Random names (Chinese in both scripts, Latin with
accents, Uyghur in Arabic script) are written into every free-text field of a case, in the
spellings that the app treats as the same name and with invisible and bidi characters inside, and
none of them may appear in the PDF's text (pdftotext and pypdf), metadata, outline or raw streams.

The check folds the PDF's text on its own (NFKC, case, combining marks, everything but letters
and digits dropped), without the code under test, and looks for each name's letters in a row,
forwards and backwards."""

from __future__ import annotations

import itertools
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from db.models import Actor, Case, Incident, Intervention, Note, Organisation, Person, Place, Role, Source, Task
from db.vault import Vault
from exporters.pdf import DossierOptions, export_case_dossier
from tests.conftest import PASSPHRASE
from tests.exporters.conftest import pages_text, pdftotext

# (simplified, traditional): characters whose two forms differ, so both scripts are exercised.
SURNAMES = [("谢", "謝"), ("刘", "劉"), ("张", "張"), ("陈", "陳"), ("杨", "楊"), ("黄", "黃"), ("赵", "趙"),
            ("吴", "吳"), ("孙", "孫"), ("马", "馬"), ("罗", "羅"), ("郑", "鄭"), ("冯", "馮"), ("韩", "韓"),
            ("邓", "鄧"), ("萧", "蕭"), ("曾", "曾"), ("单", "單"), ("叶", "葉"), ("许", "許")]
GIVEN = [("卫", "衛"), ("东", "東"), ("晓", "曉"), ("国", "國"), ("华", "華"), ("伟", "偉"), ("丽", "麗"),
         ("军", "軍"), ("龙", "龍"), ("红", "紅"), ("凤", "鳳"), ("凯", "凱"), ("涛", "濤"), ("鸿", "鴻"),
         ("辉", "輝"), ("兰", "蘭"), ("宝", "寶"), ("庆", "慶"), ("岚", "嵐"), ("骏", "駿")]
LATIN_SYLLABLES = ["Şük", "zeyn", "Özg", "çağ", "Ğül", "Yıl", "dür", "Kıv", "büş", "Jör", "ñuz", "Xöl", "Brø",
                   "qvä", "Żół", "wüx", "Ærn", "đoq", "Ŷzé", "Łuk", "ıqs", "Vyđ"]
# Names of persons who consented to publication: nothing like the ones above, so never the same name.
NAMED_FIRST = ["Amadou", "Berenike", "Colm", "Dagny", "Evander", "Fenella"]
NAMED_LAST = ["Okonkwo", "Lindqvist", "Marlowe", "Pettersen", "Abernathy"]
UYGHUR_LETTERS = "ابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي"
INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufe0f", "\ufe00", "\u034f", "\u200e",
             "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
             "\u2069", "\x01", "\x07", "\x1b", "\x7f", "\u180e", "\u2061", "\U000e0041", "\u115f"]


@dataclass
class Name:
    """One person's name: what is stored, and every spelling to write and then look for."""

    name: str
    original: str
    variants: list[str]  # spellings written into the case
    keys: set[str] = field(default_factory=set)  # folded letters that must not appear in the PDF


def folded(text: str) -> str:
    """The test's own folding: NFKC, case, combining marks off, only letters and digits kept."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(c for c in text if c.isalnum() and unicodedata.category(c) != "Mn" and c != "\u0640")


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def arabic_forms(text: str) -> str:
    """The letters as isolated presentation forms, where Unicode has one."""
    out = []
    for c in text:
        try:
            out.append(unicodedata.lookup(unicodedata.name(c) + " ISOLATED FORM"))
        except KeyError:
            out.append(c)
    return "".join(out)


@st.composite
def chinese_name(draw: st.DrawFn) -> Name:
    surname = draw(st.sampled_from(SURNAMES))
    given = draw(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2))
    simplified = surname[0] + "".join(g[0] for g in given)
    traditional = surname[1] + "".join(g[1] for g in given)
    plain = lazy_pinyin(simplified, style=Style.NORMAL)
    tones = lazy_pinyin(simplified, style=Style.TONE)
    numbers = lazy_pinyin(simplified, style=Style.TONE3)
    family, first = plain[0].capitalize(), "".join(plain[1:]).capitalize()
    latin = f"{family} {first}"
    variants = [simplified, traditional, latin, latin.upper(), f"{first} {family}", f"{family} {'-'.join(plain[1:])}",
                f"{tones[0]} {''.join(tones[1:])}", f"{numbers[0]} {''.join(numbers[1:])}", full_width(latin),
                f"{family}{first}"]
    keys = {folded(simplified), folded(traditional), folded(family + first), folded(first + family)}
    return Name(latin, simplified, variants, keys)


@st.composite
def latin_name(draw: st.DrawFn) -> Name:
    words = [draw(st.sampled_from(LATIN_SYLLABLES)) + draw(st.sampled_from(LATIN_SYLLABLES)).lower()
             for _ in range(2)]
    words = [w[0].upper() + w[1:] for w in words]
    name = " ".join(words)
    bare = "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")
    variants = [name, name.upper(), name.lower(), bare, unicodedata.normalize("NFD", name), full_width(name),
                f"{words[1]} {words[0]}", f"{words[1]}, {words[0]}"]
    return Name(name, "", variants, {folded(name), folded(words[1] + words[0])})


@st.composite
def uyghur_name(draw: st.DrawFn) -> Name:
    words = ["ئ" + draw(st.text(UYGHUR_LETTERS, min_size=3, max_size=6)) for _ in range(2)]
    original = " ".join(words)
    latin = draw(latin_name()).name
    variants = [original, "\u0640".join(original), arabic_forms(original), original.replace(" ", "\u064e "),
                f"{words[1]} {words[0]}"]
    return Name(latin, original, variants, {folded(original), folded(words[1] + words[0]), folded(latin)})


@st.composite
def disguised(draw: st.DrawFn, name: Name) -> str:
    """One spelling of `name`, with invisible characters inside it or stored reversed behind RLO."""
    text = draw(st.sampled_from(name.variants))
    if draw(st.booleans()):
        return "\u202e" + text[::-1] + "\u202c"
    chars = list(text)
    for _ in range(draw(st.integers(0, 4))):
        chars.insert(draw(st.integers(1, max(1, len(chars) - 1))), draw(st.sampled_from(INVISIBLE)))
    return "".join(chars)


FIELDS = 32  # free-text fields filled per case: at least as many as write_case takes


@pytest.fixture(scope="module")
def empty_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("leaks") / "empty.cvault"
    Vault.create(path, PASSPHRASE, author="tester").close()
    return path


COUNTER = itertools.count(1)


def write_case(v: Vault, hidden: list[Name], outsider: Name, named: Name, texts: list[str]) -> str:
    """A case with the hidden persons in its cast, `outsider` only in another case, `named` (who
    consented to publication) as a witness, and `texts` in every free-text field. Returns its reference."""
    n = next(COUNTER)
    t = iter(texts)
    r = v.repos
    with v.write():
        other = r.cases.add(Case(reference=f"OTHER-{n}", title="Another case"))
        out = r.persons.add(Person(name=outsider.name, name_original=outsider.original, consent="none"))
        r.roles.add(Role(case_id=other.id, person_id=out.id, role="target"))
        case = r.cases.add(Case(reference=f"R-{n} {next(t)}", title=f"The case of {next(t)}", summary=next(t),
                                region=next(t), tags=[next(t)], host_country="CA"))
        persons = [r.persons.add(Person(name=h.name, name_original=h.original, aliases=[next(t)],
                                        consent=("none", "authorities")[k % 2], occupation=next(t)))
                   for k, h in enumerate(hidden)]
        witness = r.persons.add(Person(name=named.name, name_original=named.original, consent="public",
                                       aliases=[next(t)], citizenships=["CN"], occupation=next(t)))
        r.roles.add_many([Role(case_id=case.id, person_id=p.id, role=("target", "relative")[k > 0],
                               relation="sibling" if k else "", notes=next(t)) for k, p in enumerate(persons)]
                         + [Role(case_id=case.id, person_id=witness.id, role="witness", notes=next(t))])
        org = r.organisations.add(Organisation(name=f"Bureau {next(t)}", notes=next(t)))
        source = r.sources.add(Source(case_id=case.id, kind="interview", citation=next(t), url=next(t),
                                      title=next(t)))
        exhibit = r.exhibits.add_file(case.id, b"%PDF-1.4 statement", next(t), description=next(t),
                                      persons_recorded=True)
        r.incidents.add(Incident(case_id=case.id, tactic="family_pressure", date_start="2019-05",
                                 places=[Place(city=next(t), location=next(t))], target_ids=[persons[-1].id],
                                 description=next(t), actors=[Actor("carried_out", organisation_id=org.id)],
                                 source_ids=[source.id],
                                 exhibit_ids=[exhibit.id]))
        r.interventions.add(Intervention(case_id=case.id, kind="police_report", response=next(t), notes=next(t)))
        r.notes.add(Note(case_id=case.id, body=next(t)))
        r.tasks.add(Task(case_id=case.id, title=next(t)))
    return case.reference


def everything_in(pdf: Path) -> str:
    """What a reader or a tool can get out of the file: page text (two extractors), document
    information, XMP, outline titles, every string object, and the content streams of pages and
    forms, decompressed (fonts and images are binary: not text to read)."""
    parts = ["".join(pages_text(pdf)), pdftotext(pdf)]
    with pikepdf.open(pdf) as doc:
        parts += [str(v) for v in doc.docinfo.values()]
        with doc.open_metadata() as meta:
            parts += [str(v) for v in meta.values()]
        with doc.open_outline() as outline:
            stack = list(outline.root)
            while stack:
                item = stack.pop()
                parts.append(item.title)
                stack.extend(item.children)
        for obj in doc.objects:
            if isinstance(obj, pikepdf.String):
                parts.append(str(obj))
            elif isinstance(obj, pikepdf.Dictionary):
                parts += [str(v) for v in obj.values() if isinstance(v, pikepdf.String)]
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") in (None, "/Form", "/XML"):
                raw = obj.read_bytes()
                if not raw.startswith((b"\x00\x01\x00\x00", b"true")):  # a font file has no /Subtype
                    parts += [raw.decode("utf-8", "ignore"), raw.decode("latin-1")]
    return "\n".join(parts)


def raw_encodings(pdf: Path, names: list[Name]) -> list[str]:
    """Spellings whose UTF-8 or UTF-16 bytes stand anywhere in the file as written."""
    raw = pdf.read_bytes()
    found = []
    for name in names:
        for text in (name.name, name.original, *name.variants):
            if len(text) >= 2 and any(text.encode(enc) in raw for enc in ("utf-8", "utf-16-be")):
                found.append(text)
    return found


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_no_spelling_of_a_protected_name_survives_in_a_public_dossier(empty_vault, tmp_path, data):
    kinds = st.one_of(chinese_name(), latin_name(), uyghur_name())
    hidden = data.draw(st.lists(kinds, min_size=1, max_size=3), label="hidden")
    outsider = data.draw(kinds, label="outsider")
    named = Name(f"{data.draw(st.sampled_from(NAMED_FIRST))} {data.draw(st.sampled_from(NAMED_LAST))}", "", [])
    people = [*hidden, outsider]
    texts = []
    for _ in range(FIELDS):
        spellings = data.draw(st.lists(st.sampled_from(people), min_size=1, max_size=2))
        texts.append(" and ".join(f"{data.draw(disguised(p))}" for p in spellings) + " met there")
    # the named witness's own name stays printable: it proves the check below can see names
    texts[-1] += f"; witness {named.name}"
    path = tmp_path / f"v{next(COUNTER)}.cvault"  # a fresh vault per example, so that a failure replays
    shutil.copyfile(empty_vault, path)
    pdf = tmp_path / f"public-{path.stem}.pdf"
    with Vault.open(path, PASSPHRASE) as vault:
        reference = write_case(vault, hidden, outsider, named, texts)
        export_case_dossier(vault, reference, pdf, DossierOptions(profile="public", purpose=texts[0]))
    path.unlink()
    haystack = folded(everything_in(pdf))
    assert folded(named.name) in haystack
    assert raw_encodings(pdf, people) == []
    for person in people:
        for key in person.keys:
            assert key not in haystack and key[::-1] not in haystack, (key, person.variants)
