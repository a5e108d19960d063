"""The sheet import's duplicate check against the vault's persons: the screen that passes over vault
names which cannot share a name key with the sheet's (db.names.key_signatures) finds
exactly the duplicates that comparing every vault name's keys finds, on real encrypted vaults."""

from __future__ import annotations

import csv
import itertools

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from db.models import Person
from db.names import name_keys
from exporters.tables_import import _Builder, _signatures, forget, plan_import
from exporters.tables_mapping import guess_mapping
from exporters.tables_read import read_table

# Pieces that make names spelt alike across scripts and forms (谢卫东, 謝衛東, Xie Weidong, XIE
# Wei-dong, xie4), and hostile text: bidi and invisible characters, markup, widths, accents.
PIECES = ["Xie", "XIE", "Wei", "wei", "dong", "Dong", "-", " ", "谢", "謝", "卫", "衛", "东", "東", "李", "Li", "曾",
          "Zeng", "单", "Shan", "4", "\u202e", "\u200b", "\u2067", "é", "e\u0301", "Ｘ", "<b>", "&", "'", "豈", "김",
          "あ", "\u3000", "(", "O'", "Brien"]
NAME = st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join)
_keys = itertools.count(1)


@settings(max_examples=400, deadline=None)
@given(st.one_of(NAME, st.text(max_size=12)))
def test_every_name_key_has_one_of_the_names_signatures(spelling):
    signatures = _signatures(spelling)
    if signatures is not None:
        assert {"".join(sorted(k)) for k in name_keys(spelling)} <= signatures


def test_common_names_have_signatures_so_that_the_screen_passes_them_over():
    for name in ("Xie Weidong", "XIE Wei-dong", "O'Brien", "谢卫东", "謝衛東", "曾华", "김민준", "Xie4 Weidong",
                 "Person 7", "Hélène"):
        assert _signatures(name) is not None, name
    assert _signatures("谢卫东") & _signatures("Xie Weidong")  # the same person: a signature in common
    assert not _signatures("谢卫东") & _signatures("Lin Meihua")
    for name in ("Xie Weidong 谢卫东", "Straße"):  # other shapes: their keys are computed
        assert _signatures(name) is None, name


def duplicates(vault, table, mapping, screen):
    b = _Builder(vault, table, mapping)
    try:
        b.read(None)
        b.find_duplicates(screen)
    finally:
        forget()
    return [(d.names, d.rows, d.person_ids, d.existing) for d in b.plan.duplicates]


def sheet(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["No.", "Name", "Chinese name", "Relatives"])
        for n, (name, original, relative) in enumerate(rows, 1):
            w.writerow([str(n), name, original, relative])
    table = read_table(path)
    return table, guess_mapping(table.headers, "dups")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(NAME, NAME, st.lists(NAME, max_size=2)), min_size=1, max_size=6),
       st.lists(st.tuples(NAME, NAME, NAME), min_size=1, max_size=5))
def test_the_screen_finds_exactly_the_duplicates_of_the_full_comparison(tmp_path, vault, in_vault, rows):
    with vault.write():
        for name, original, aliases in in_vault:
            person = Person(name=name.strip() or original.strip() or f"P{next(_keys)}",
                            name_original=original.strip(), aliases=[a.strip() for a in aliases if a.strip()])
            vault.repos.persons.add(person)
    table, mapping = sheet(tmp_path / "s.csv", [(n.strip(" '"), o.strip(" '"), r.strip(" '")) for n, o, r in rows])
    full = duplicates(vault, table, mapping, screen=False)
    event(f"a sheet person found in the vault: {any(d[3] for d in full)}")
    assert duplicates(vault, table, mapping, screen=True) == full
    assert duplicates(vault, table, mapping, screen=None) == full


def test_a_vault_person_spelt_in_another_script_is_found_through_the_screen(tmp_path, vault):
    with vault.write():
        xie = vault.repos.persons.add(Person(name="謝衛東"))
        lin = vault.repos.persons.add(Person(name="Lin Meihua", aliases=["林美华"]))
        vault.repos.persons.add_many([Person(name=f"Other Person {chr(97 + n % 26)}{chr(97 + n // 26)}")
                                      for n in range(300)])  # screened out: no signature of the sheet's
    table, mapping = sheet(tmp_path / "s.csv", [("Xie Weidong", "", ""), ("Chen Bo", "", "Lin Mei-hua")])
    assert [d.existing for d in plan_import(vault, table, mapping).duplicates] == [[xie.id], [lin.id]]
    for screen in (True, False):
        assert [d[3] for d in duplicates(vault, table, mapping, screen)] == [[xie.id], [lin.id]]
