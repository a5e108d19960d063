"""The screened name matcher (db.names.NameMatcher(..., screen=True)), which computes the keys of a
name only when a text could hold it, stated as a property: for any persons and any texts, in any
order, it finds and replaces exactly what the matcher with every key finds and replaces. And the
signatures it screens with (db.names.key_signatures) hold every key's letters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db.names import NameMatcher, key_signatures, name_keys

# Pieces of names and text that are alike across scripts, forms, tones and digits (谢卫东, 謝衛東, Xie
# Weidong, XIE Wei-dong, xie4, Person 30663), and hostile text: bidi and invisible characters,
# markup, widths, accents, a lone combining mark, other scripts.
PIECES = ["Xie", "XIE", "xie4", "Wei", "wei", "dong", "Dong1", "-", " ", " ", ", ", "谢", "謝", "卫", "衛", "东",
          "東", "李", "Li", "曾", "Zeng", "单", "Shan", "吕", "Lyu", "Lu", "4", "30663", "Person", "Relative",
          "\u202e", "\u200b", "\u2067", "é", "e\u0301", "Ｘ", "<b>", "&", "'", "豈", "김", "あ", "\u3000", "(", ")",
          "O'", "Brien", "Ayşe", "Kaya", "Hélène", "İ", "ı", "Straße", "Ç", "２", "\u00a0", "ئا", "Ⅳ", "½", "ﬁ", "_"]
SPELLING = st.one_of(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join), st.text(max_size=8))
PERSONS = st.lists(st.lists(SPELLING, min_size=1, max_size=3), min_size=1, max_size=6)
TEXT = st.one_of(st.lists(st.sampled_from(PIECES), max_size=14).map("".join), st.text(max_size=30))


@settings(max_examples=500, deadline=None)
@given(PERSONS, st.lists(TEXT, min_size=1, max_size=4), st.data())
def test_the_screened_matcher_replaces_exactly_what_every_key_replaces(persons, texts, data):
    owners = {f"p{n}": spellings for n, spellings in enumerate(persons)}
    # Texts that hold the persons' own spellings, alone and among other words, as well as any text.
    spelt = [s for spellings in persons for s in spellings]
    texts += [data.draw(st.sampled_from(spelt)) + " " + t + data.draw(st.sampled_from(spelt)) for t in texts]
    full = NameMatcher(owners)
    screened = NameMatcher(owners, screen=True)
    pseudonyms = {owner: f"<{owner}>" for owner in owners}
    assert bool(screened) == bool(full)
    for text in texts:  # one matcher for several texts: what an earlier text keyed stays right
        assert screened.mentions(text) == full.mentions(text), text
        assert screened.replace(text, pseudonyms) == full.replace(text, pseudonyms), text


def test_two_persons_sharing_a_spelling_keep_the_first_owner_whichever_text_keys_them_first():
    owners = {"a": ["Xie Weidong"], "b": ["谢卫东", "Person 7"], "c": ["XIE Wei-dong", "Person7"]}
    full = NameMatcher(owners)
    screened = NameMatcher(owners, screen=True)
    for text in ("Person 7 met Weidong Xie", "谢卫东 and Person7", "xie4 wei4dong1"):
        assert screened.mentions(text) == full.mentions(text)
    assert [m.owners for m in screened.mentions("Xie Weidong, person 7")] == [("a",), ("b",)]


def test_a_screened_matcher_keys_only_the_names_a_text_could_hold():
    owners = {f"p{n}": [f"Person {n}", "李华" if n == 5 else f"Relative {n}"] for n in range(2000)}
    screened = NameMatcher(owners, screen=True)
    assert screened.replace("Met Li Hua and PERSON 17 in Paris", {o: "X" for o in owners})[0] == \
        "Met X and X in Paris"
    assert len(screened._keyed) <= 4  # the two names found (their spelling "Person 71" has other letters)


@settings(max_examples=400, deadline=None)
@given(SPELLING)
def test_every_name_key_has_one_of_the_names_signatures(spelling):
    signatures = key_signatures(spelling)
    if signatures is not None:
        assert {"".join(sorted(k)) for k in name_keys(spelling)} <= signatures


def test_names_with_digits_and_chinese_names_have_signatures():
    for name in ("Person 30663", "Relative 12", "Xie4 Weidong1", "谢卫东", "Lyu Hua", "Hélène Dupont", "Ayşe Kaya",
                 "Łukasz Øyvind"):
        assert key_signatures(name) is not None, name
    for name in ("Straße", "Xie Weidong 谢卫东", "ﬁona"):  # other shapes: their keys are computed at once
        assert key_signatures(name) is None, name
    assert key_signatures("Person 17") == key_signatures("17 Person") == key_signatures("Person 71")


def test_the_remembered_signatures_go_with_the_vault(vault):
    """key_signatures remembers names (decrypted case data) for a public export's next case: closing
    the vault drops them."""
    from db.names import key_signatures

    NameMatcher({"p": ["Xie Weidong", "谢卫东"]}, screen=True)
    assert key_signatures.cache_info().currsize >= 2
    vault.close()
    assert key_signatures.cache_info().currsize == 0


@settings(max_examples=300, deadline=None)
@given(PERSONS, PERSONS, st.lists(TEXT, min_size=1, max_size=3), st.lists(TEXT, max_size=2), st.data())
def test_a_matcher_preceded_by_other_owners_is_the_matcher_of_all_of_them(first, rest, texts, earlier, data):
    """NameMatcher.preceded_by (a case's persons before the vault's, in a public export): the same as
    one matcher of both, whatever the shared matcher found before; the shared one is not changed."""
    case = {f"c{n}": spellings for n, spellings in enumerate(first)}
    vault = {f"v{n}": spellings for n, spellings in enumerate(rest)}
    spelt = [s for spellings in (*first, *rest) for s in spellings]
    texts += [data.draw(st.sampled_from(spelt)) + " " + t + data.draw(st.sampled_from(spelt)) for t in texts]
    shared = NameMatcher(vault, screen=True)
    for text in earlier:  # what the shared matcher keyed before is where each case's starts
        shared.mentions(text)
    combined = shared.preceded_by(case)
    whole = NameMatcher({**case, **vault})
    pseudonyms = {owner: f"<{owner}>" for owner in (*case, *vault)}
    alone = NameMatcher(vault)
    for text in texts:
        assert combined.mentions(text) == whole.mentions(text), text
        assert combined.replace(text, pseudonyms) == whole.replace(text, pseudonyms), text
        assert shared.mentions(text) == alone.mentions(text), text
