"""Search and redaction share one normalisation (db.normalise): Chinese surnames found by their
surname reading, invisible characters inside a name ignored, and a vault indexed by an older
version rebuilt with the new tokens when it is opened."""

from __future__ import annotations

import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from db import normalise, schema
from db.models import Case, Person, Role
from db.normalise import fold, name_readings, pinyin_syllables, printable, toneless
from db.search import matching_case_ids
from db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.db.test_migrations import make_vault_at

SURNAMES = {"曾小红": "zeng", "单田芳": "shan", "解晓东": "xie", "仇建国": "qiu", "区志坚": "ou", "查良镛": "zha",
            "朴槿惠": "piao", "覃国强": "qin", "乐嘉": "yue", "缪建华": "miao", "盖丽丽": "ge"}


def test_surname_readings_are_spellings_of_the_first_character():
    for name, surname in SURNAMES.items():
        readings = name_readings(fold(name))
        assert any(r[0] == surname for r in readings), (name, readings)
        assert readings[0][0] != surname, "the usual reading stays the first spelling"
    assert name_readings("吕芳") == [("lv", "fang"), ("lu", "fang"), ("lyu", "fang")]


# Name characters, many with several readings (重 长 行 乐 单 解 朝 都), and others that form phrases.
NAME_CHARACTERS = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
                   "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国晓梅卫东海燕志红玉春重长行乐单解朝都中公安局"
                   "人民和的了地得会燵火绿女")


@settings(max_examples=400, deadline=None)
@given(st.text(NAME_CHARACTERS, min_size=1, max_size=6))
def test_a_name_is_read_as_pypinyin_reads_it(run):
    from pypinyin import Style, lazy_pinyin

    expected = tuple(s if s.isascii() and s.isalpha() else "" for s in lazy_pinyin(
        run, style=Style.NORMAL, errors=lambda chars: ["" for _ in chars], v_to_u=False))
    pinyin_syllables.cache_clear()
    assert pinyin_syllables(run) == expected


def test_no_phrase_reads_a_single_reading_character_otherwise_but_those_listed():
    """pinyin_syllables spells a run of single-reading characters without pypinyin's phrases: that
    holds for pypinyin's dictionaries as installed, except the characters listed."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    only = {}
    for code, readings in PINYIN_DICT.items():
        spellings = {toneless(r) for r in readings.split(",")}
        if len(spellings) == 1:
            only[chr(code)] = spellings.pop()
    otherwise = {ch for phrase, readings in PHRASES_DICT.items() for ch, reading in zip(phrase, readings, strict=False)
                 if ch in only and toneless(reading[0]) != only[ch]}
    assert otherwise == set(normalise._READ_OTHERWISE)
    assert toneless("lǜ") == "lv" != toneless("lù")


def test_search_finds_a_chinese_name_by_its_surname_reading(tmp_path):
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE) as v, v.write():
        ids = {}
        for name, _surname in SURNAMES.items():
            case = v.repos.cases.add(Case(reference=f"R-{name}", title="Case"))
            person = v.repos.persons.add(Person(name="", name_original=name))
            v.repos.roles.add(Role(case_id=case.id, person_id=person.id, role="target"))
            ids[name] = case.id
    with Vault.open(tmp_path / "v.cvault", PASSPHRASE) as v:
        for name, surname in SURNAMES.items():
            assert ids[name] in matching_case_ids(v, surname), (name, surname)
        assert ids["曾小红"] in matching_case_ids(v, "zeng xiaohong")
        assert ids["曾小红"] in matching_case_ids(v, "zengxiaohong")
        assert ids["曾小红"] in matching_case_ids(v, "ceng"), "the usual reading still finds it"


def test_invisible_characters_inside_a_name_do_not_hide_it_from_search(tmp_path):
    hidden = ["谢\u200b卫东", "谢\u00ad卫\u2060东", "\ufeff谢卫\ufe0f东", "谢\u2066卫东\u2069"]
    with Vault.create(tmp_path / "v.cvault", PASSPHRASE) as v, v.write():
        ids = [v.repos.cases.add(Case(reference=f"R-{n}", title="Case", summary=f"Met {text} twice.")).id
               for n, text in enumerate(hidden)]
    with Vault.open(tmp_path / "v.cvault", PASSPHRASE) as v:
        assert set(ids) <= set(matching_case_ids(v, "谢卫东"))


def test_printable_drops_what_a_reader_cannot_see_and_keeps_what_they_can():
    assert printable("Lin\u00adXiao\u200bmei\u2060\ufeff") == "LinXiaomei"
    assert printable("Ays\u0327e") == "Ayşe"
    assert printable("\u202e0001\u202c and \u2067دوست\u2069") == "0001 and دوست"
    assert printable("a\r\nb\rc\u2028d\te\x00f\x1b") == "a\nb\nc\nd ef"
    assert printable("x\ud800y\ue000z") == "x\ufffdy\ufffdz"
    assert printable("谢卫东 Montréal ئۇيغۇر") == "谢卫东 Montréal ئۇيغۇر"


def test_a_vault_indexed_by_an_older_version_is_reindexed_on_opening(tmp_path):
    """A vault at the schema before this one, its index 'current' but without the surname tokens
    (here: empty, as an index written by older code that knew no such token)."""
    path = tmp_path / "old.cvault"
    previous = schema.MIGRATIONS.index(next(m for m in schema.MIGRATIONS if getattr(m, "__module__", "")
                                            == "db.exhibit_persons_schema"))
    make_vault_at(path, previous)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    stamp = "'2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', 'old'"
    record = "created_at, updated_at, author"
    conn.execute(f"INSERT INTO cases(id, reference, title, status, priority, confidentiality, origin_country, "
                 f"host_country, region, campaign, summary, outcome, {record}) VALUES ('c1', 'R-1', 'Case', 'open', "
                 f"'normal', 'confidential', '', '', '', 'unknown', '', 'unknown', {stamp})")
    conn.execute(f"INSERT INTO persons(id, name, name_original, aliases, sex, birth_date, citizenships, "
                 f"residence_status, occupation, contact_notes, address, consent, notes, {record}) VALUES ('p1', '', "
                 f"'曾小红', '[]', 'unknown', NULL, '[]', 'unknown', '', '', '', 'none', '', {stamp})")
    conn.execute(f"INSERT INTO roles(id, case_id, person_id, role, relation, notes, {record}) "
                 f"VALUES ('r1', 'c1', 'p1', 'target', '', '', {stamp})")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', 'current')")
    conn.close()
    with Vault.open(path, PASSPHRASE) as v:
        assert matching_case_ids(v, "zeng") == ["c1"]
        assert v.repos.exhibits.count() == 0
