"""A group or an unidentified person described in common words ("Relatives of the target",
"Parents", "家属") names nobody: in a public output it prints as its pseudonym, and the same words
elsewhere in the case's texts print as typed. The names a group's description lists still vanish
from every text, each alone (docs/dossier.md, "Public profile")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import Case, CaseFile, Incident, Person, Role
from exporters.pdf.redaction import redact, spellings
from tests.exporters.test_dossier_leaks import Name, chinese_name, latin_name
from tests.security.test_export_leaks_review import leaked, letters

NARRATIVE = ("The relatives of the target were summoned. His parents and his family members were told to call "
             "him; his father and mother were warned, and so were his relatives in China. Ses proches et sa famille "
             "en Chine ont été convoqués ; les parents du requérant aussi. "
             "家属被约谈，父母和兄弟也被警告。目标的家属在国内。")


def case_file(persons: list[Person], text: str) -> CaseFile:
    case = Case(reference="T-1", title="Test", summary=text)
    roles = [Role(case_id=case.id, person_id=p.id, role="relative") for p in persons]
    incident = Incident(case_id=case.id, tactic="family_pressure", date_start="2020", description=text,
                        target_ids=[p.id for p in persons])
    return CaseFile(case=case, roles=roles, persons={p.id: p for p in persons}, organisations={},
                    incidents=[incident], sources=[], exhibits=[], interventions=[], notes=[], tasks=[])


def printed(red) -> list[str]:
    out = red.case_file
    return [out.case.summary, out.incidents[0].description, *(p.name for p in out.persons.values()),
            *(p.name_original for p in out.persons.values())]


COMMON = ["Relatives of the target", "Family members", "Parents", "家属", "Father and mother", "父母和兄弟",
          "Relatives in China", "Ses proches et sa famille", "les parents du requérant", "目标的家属",
          "Wife, son and daughter", "The target's parents", "两名亲属、朋友"]


@pytest.mark.parametrize("description", COMMON)
@pytest.mark.parametrize("kind", ["group", "unidentified"])
def test_a_group_described_in_common_words_leaves_those_words_in_the_text(description, kind):
    group = Person(name=description, kind=kind, group_size=2 if kind == "group" else None, consent="none")
    red = redact(case_file([group], NARRATIVE), "public")
    assert red.case_file.case.summary == NARRATIVE
    assert red.case_file.incidents[0].description == NARRATIVE
    assert red.case_file.persons[group.id].name == red.pseudonyms[group.id]  # still not printed as typed
    assert red.summary().mentions == 0


@pytest.mark.parametrize(("description", "names", "kept"), [
    ("Xie Jianguo and his parents", ["Xie Jianguo"], "His parents"),
    ("Relatives of Xie Jianguo", ["Relatives of Xie Jianguo"], "relatives of the target"),
    ("谢建国和家属", ["谢建国"], "家属被约谈"),
    ("Li Hua, Wang Fang and relatives", ["Li Hua", "Wang Fang"], "his relatives in China"),
    ("la famille Du", ["la famille Du"], "sa famille"),
    ("He Dongsheng et ses proches", ["He Dongsheng"], "Ses proches"),
])
def test_names_in_a_description_of_common_words_still_vanish(description, names, kept):
    group = Person(name=description, kind="group", group_size=3, consent="authorities")
    text = f"{NARRATIVE} {' ; '.join(names)} was questioned."
    red = redact(case_file([group], text), "public")
    out = red.case_file.case.summary
    for name in names:
        assert letters(name) not in letters(out), out
    assert kept in out


def test_a_listed_name_spelled_like_a_small_word_is_still_a_name():
    """Family names that are also small English or French words ("He", "Du", "An", "Le")."""
    for description, name in [("Du family", "Du"), ("He and Ma", "He"), ("An Li and relatives", "An Li"),
                              ("Le Minh, ses parents", "Le Minh")]:
        group = Person(name=description, kind="group", consent="none")
        assert any(letters(name) in letters(s) for s in spellings(group)), description


def spelled(name: Name, script: str) -> list[str]:
    """Spellings of `name` in the script the description lists it in (a Latin name is not looked
    for in Chinese characters)."""
    if name.original and script == "original":
        return name.variants[:2]  # simplified, traditional
    return name.variants[2:6] if name.original else name.variants[:4]


@st.composite
def small_word_name(draw: st.DrawFn) -> Name:
    """A name whose family name is also a small English or French word."""
    family = draw(st.sampled_from(["Du", "He", "An", "Le", "Ma", "Ou", "De", "La"]))
    given = draw(st.sampled_from(["Fang", "Dongsheng", "Jun", "Minh", "Weiwei", "Xiaomei"]))
    name = f"{family} {given}"
    return Name(name, "", [name, name.upper(), f"{given} {family}", f"{family}{given}"],
                {letters(family + given), letters(given + family)})


SEPARATORS = [" and ", " et ", "和", "与", "及", "、", ", ", "; ", " & ", "/", " + ", " ; ", "，"]
COMMON_PARTS = ["relatives", "parents", "his father", "family members", "friends", "proches", "la famille",
                "父母", "家属", "兄弟姐妹", "the target's mother"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_every_listed_name_is_replaced_in_any_text(data):
    """For any group name made of person names (Latin, Chinese, or the small-word family names) joined
    by any separator, common words mixed in or not, every listed name is replaced wherever it stands in
    any text; the common words the group name lists print as typed."""
    names = data.draw(st.lists(st.one_of(chinese_name(), latin_name(), small_word_name()), min_size=1, max_size=3,
                               unique_by=lambda n: letters(n.name)))
    common = data.draw(st.lists(st.sampled_from(COMMON_PARTS), max_size=2, unique=True))
    script = data.draw(st.sampled_from(["latin", "original"]))
    listed = [n.name if script == "latin" else n.original or n.name for n in names]
    parts = data.draw(st.permutations(listed + common))
    description = "".join(p + data.draw(st.sampled_from(SEPARATORS)) for p in parts[:-1]) + parts[-1]
    group = Person(name=description, kind=data.draw(st.sampled_from(["group", "unidentified"])),
                   consent=data.draw(st.sampled_from(["none", "authorities"])))
    filler = st.text(st.sampled_from("abcdefghij 谢约谈，. \n-"), max_size=30)
    pieces = [data.draw(filler)]
    for n in data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=4)):
        pieces += [data.draw(st.sampled_from(spelled(n, script))), data.draw(filler)]
    text = " ".join(pieces + [f"Then {word} were seen." for word in common])  # apart from the names
    red = redact(case_file([group], text), "public")
    assert leaked(printed(red), names) == [], (description, text)
    summary = red.case_file.case.summary
    for word in common:
        assert word in summary, (description, text, summary)
