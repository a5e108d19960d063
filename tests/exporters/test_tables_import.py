"""Importing sheets into a real encrypted vault: the two ready mappings with their sample sheets, a
sheet with every kind of bad row (the dry run names each row and column and writes nothing), the
same sheet twice (updates, never duplicates), persons spelt four ways proposed as one, and header
guessing in three languages."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from db.errors import ValidationError
from db.search import search
from exporters.tables_import import apply_import, plan_import
from exporters.tables_mapping import (
    guess,
    guess_columns,
    guess_mapping,
    load_mapping,
    parse_mapping,
    ready_mapping,
    save_mapping,
)
from exporters.tables_read import read_table

SHEETS = Path(__file__).parents[1] / "data" / "sheets"


def counts(vault) -> dict[str, int]:
    return {t: vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("cases", "persons", "roles", "incidents", "sources", "outcomes")}


def test_sample_sheets_are_the_committed_output_of_their_script(tmp_path, monkeypatch):
    import tests.data.make_sheets as make

    monkeypatch.setattr(make, "HERE", tmp_path)
    make.main()
    for name in ("fh_incidents.csv", "bad_rows.csv", "duplicates.csv"):
        assert (tmp_path / name).read_bytes() == (SHEETS / name).read_bytes(), name
    fresh, committed = read_table(tmp_path / "sd_returns.xlsx"), read_table(SHEETS / "sd_returns.xlsx")
    assert (fresh.headers, fresh.rows) == (committed.headers, committed.rows)


def test_safeguard_defenders_list_of_returns(vault):
    table = read_table(SHEETS / "sd_returns.xlsx")
    plan = plan_import(vault, table, ready_mapping("safeguard_defenders_returns"))
    assert plan.ok, plan.problems
    assert plan.created["case"] == 6 and plan.created["person"] == 6
    apply_import(vault, plan)
    cases = {c.reference: c for c in vault.repos.cases.all()}
    xie = cases["SD-1"]
    assert (xie.host_country, xie.origin_country, xie.campaign, xie.outcome) == ("CA", "CN", "fox_hunt",
                                                                                  "returned_persuaded")
    assert xie.title == "Xie Weidong 谢卫东"
    assert cases["SD-2"].host_country == "AU"  # "Australie"
    assert cases["SD-2"].campaign == "sky_net"  # "天网", the Chinese label
    assert cases["SD-3"].host_country == "US"  # "美国"
    assert cases["SD-5"].campaign == "fox_hunt"  # "猎狐"
    cf = vault.repos.load_case_file(xie.id)
    assert sorted(i.tactic for i in cf.incidents) == ["family_pressure", "persuasion_meeting"]
    target = next(p for p in cf.persons.values())
    assert (target.name, target.name_original, target.sex, target.categories) == (
        "Xie Weidong", "谢卫东", "male", ["state_enterprise"])
    assert [(o.outcome, o.date) for o in cf.outcomes] == [("returned_persuaded", "2016-03")]
    gao = vault.repos.load_case_file(cases["SD-3"].id)
    assert [(o.outcome, o.date, o.date_qualifier) for o in gao.outcomes] == [("returned_extradited", "2018", "circa")]
    assert {i.tactic: [p.country for p in i.places] for i in gao.incidents} == {
        "luring_third_country": ["FJ"], "interpol_notice": ["FJ"]}
    assert len(gao.sources) == 2 and all(s.kind == "ngo_report" for s in gao.sources)
    # a citation's commas are its own; sources are separated by ";" (or new lines, "|", "、")
    assert [s.citation for s in cf.sources] == ["Fictional NGO report, 2022, p. 12"]
    assert sorted(s.citation for s in gao.sources) == ["Fictional NGO report, 2022", "Fictional court record"]
    assert [(o.date) for o in vault.repos.load_case_file(cases["SD-2"].id).outcomes] == ["2017-06"]  # juin 2017
    assert [(o.date) for o in vault.repos.load_case_file(cases["SD-5"].id).outcomes] == ["2019-05"]  # 2019年5月
    # the search index and audit trail saw the import like any other
    assert [h.reference for h in search(vault, "謝衛東")] == ["SD-1"]
    assert vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] > 0


def test_freedom_house_list_of_incidents_grouped_into_cases(vault):
    plan = plan_import(vault, read_table(SHEETS / "fh_incidents.csv"), ready_mapping("freedom_house_incidents"))
    assert plan.ok, plan.problems
    apply_import(vault, plan)
    cases = {c.reference: c for c in vault.repos.cases.all()}
    assert sorted(cases) == ["FH-A", "FH-B", "FH-C", "FH-D", "FH-E"]
    a = vault.repos.load_case_file(cases["FH-A"].id)
    assert [(i.tactic, i.date_start, i.host_involvement, i.verification) for i in a.incidents] == [
        ("detention_host_country", "2016", "cooperation", "corroborated"),
        ("deportation", "2016", "cooperation", "corroborated")]
    assert len(a.persons) == 1 and len(a.sources) == 1  # one target and one source shared by both rows
    assert cases["FH-C"].host_country == "KH" and cases["FH-C"].origin_country == "CN"  # 柬埔寨, 中国
    assert cases["FH-B"].origin_country == "CN" and cases["FH-B"].host_country == "TR"  # Chine, Turquie
    group = next(iter(vault.repos.load_case_file(cases["FH-B"].id).persons.values()))
    assert (group.kind, group.group_size, group.categories) == ("group", 12, ["ethnic_minority"])


def test_second_run_updates_and_never_duplicates(vault, tmp_path):
    mapping = ready_mapping("freedom_house_incidents")
    apply_import(vault, plan_import(vault, read_table(SHEETS / "fh_incidents.csv"), mapping))
    before = counts(vault)
    again = plan_import(vault, read_table(SHEETS / "fh_incidents.csv"), mapping)
    assert not again.created and not again.updated
    assert apply_import(vault, again).written == 0
    assert counts(vault) == before
    # a corrected cell updates that record, as a new version, and nothing is added
    text = (SHEETS / "fh_incidents.csv").read_text(encoding="utf-8").replace("Fictional dissident E\",\"1",
                                                                               "Fictional dissident E\",\"1")
    text = text.replace("2022,China,Serbia", "2021,China,Serbia")
    (tmp_path / "fixed.csv").write_text(text, encoding="utf-8")
    fixed = plan_import(vault, read_table(tmp_path / "fixed.csv"), mapping)
    assert fixed.updated == {"incident": 1} and not fixed.created
    result = apply_import(vault, fixed)
    assert result.conflicts == 0
    assert counts(vault) == before
    e = next(c for c in vault.repos.cases.all() if c.reference == "FH-E")
    assert [i.date_start for i in vault.repos.load_case_file(e.id).incidents] == ["2021"]


def test_an_edit_in_the_vault_is_kept_where_the_sheet_says_nothing(vault):
    mapping = ready_mapping("safeguard_defenders_returns")
    apply_import(vault, plan_import(vault, read_table(SHEETS / "sd_returns.xlsx"), mapping))
    case = next(c for c in vault.repos.cases.all() if c.reference == "SD-4")
    case.priority, case.region = "high", "Auckland"
    vault.repos.cases.update(case)
    plan = plan_import(vault, read_table(SHEETS / "sd_returns.xlsx"), mapping)
    assert not plan.updated and not plan.created
    apply_import(vault, plan)
    kept = vault.repos.cases.get(case.id)
    assert (kept.priority, kept.region) == ("high", "Auckland")


def test_every_bad_row_is_named_by_row_and_column_and_nothing_is_written(vault):
    table = read_table(SHEETS / "bad_rows.csv")  # UTF-8 with a BOM, semicolons
    before = counts(vault)
    head = vault.repos.audit.head()
    plan = plan_import(vault, table, ready_mapping("safeguard_defenders_returns"))
    errors = {(p.row, p.column) for p in plan.errors}
    assert errors == {(3, "Returned"), (4, "Host country"), (5, "Methods"), (6, ""), (7, "Sex"), (8, "Outcome"),
                      (9, "Returned")}
    messages = {p.row: p.message for p in plan.errors}
    assert "no day 31" in messages[3]
    assert "'Atlantis' is not a country" in messages[4]
    assert "'Telepathy'" in messages[5] and "map it" in messages[5]
    assert "key column" in messages[6]
    assert "'sometime soon' is not a date" in messages[9]
    assert {(u.field, u.value, tuple(u.rows)) for u in plan.unmatched} == {
        ("case.host_country", "Atlantis", (4,)), ("incident.tactic", "Telepathy", (5,)), ("target.sex", "X?", (7,)),
        ("outcome.outcome", "Vanished into thin air", (8,))}
    with pytest.raises(ValidationError, match="nothing was imported"):
        apply_import(vault, plan)
    assert counts(vault) == before and vault.repos.audit.head() == head


def test_unmatched_values_mapped_once_then_import(vault, tmp_path):
    mapping = ready_mapping("safeguard_defenders_returns")
    mapping.values["incident.tactic"]["Telepathy"] = "other"
    mapping.values.setdefault("target.sex", {})["X?"] = "unknown"
    mapping.values["outcome.outcome"]["Vanished into thin air"] = "missing"
    mapping.countries["Atlantis"] = "GR"
    save_mapping(mapping, tmp_path / "mine.json")
    again = load_mapping(tmp_path / "mine.json")
    plan = plan_import(vault, read_table(SHEETS / "bad_rows.csv"), again)
    assert {p.row for p in plan.errors} == {3, 6, 9}  # dates and the missing key stay errors
    assert not plan.unmatched


def test_duplicate_persons_across_scripts_and_spellings_are_proposed_before_writing(vault):
    mapping = ready_mapping("safeguard_defenders_returns")
    head = vault.repos.audit.head()
    plan = plan_import(vault, read_table(SHEETS / "duplicates.csv"), mapping)
    assert vault.repos.audit.head() == head
    assert [sorted(d.names) for d in plan.duplicates] == [sorted(["谢卫东", "謝衛東", "Xie Weidong", "XIE Wei-dong"])]
    assert plan.duplicates[0].rows == [2, 3, 4, 5]
    merged = plan_import(vault, read_table(SHEETS / "duplicates.csv"), mapping, merge={0})
    assert merged.created["person"] == 2 and merged.merged == 3
    apply_import(vault, merged)
    persons = {p.name: p for p in vault.repos.persons.all()}
    xie = persons["谢卫东"]
    assert sorted(xie.aliases) == sorted(["謝衛東", "Xie Weidong", "XIE Wei-dong"])
    roles = vault.conn.execute("SELECT count(*) FROM roles WHERE person_id = ?", (xie.id,)).fetchone()[0]
    assert roles == 4  # one person, target in the four cases
    # the next sheet that names him again proposes the person already in the vault
    plan = plan_import(vault, read_table(SHEETS / "sd_returns.xlsx"), mapping)
    lin = persons["Lin Meihua"]
    assert sorted(d.existing for d in plan.duplicates) == sorted([[xie.id], [lin.id]])


def test_separate_persons_when_not_merged(vault):
    plan = plan_import(vault, read_table(SHEETS / "duplicates.csv"), ready_mapping("safeguard_defenders_returns"))
    apply_import(vault, plan)
    assert counts(vault)["persons"] == 5


def test_headers_guessed_in_english_french_and_chinese():
    assert guess(["Case no.", "Name", "Chinese name", "Host country", "Date", "Tactic", "Source"]) == {
        "Case no.": "case.key", "Name": "target.name", "Chinese name": "target.name_original",
        "Host country": "case.host_country", "Date": "incident.date", "Tactic": "incident.tactic",
        "Source": "source.citation"}
    assert guess(["Numéro", "Nom", "Nom chinois", "Pays d'accueil", "Date", "Tactique", "Résultat"]) == {
        "Numéro": "case.key", "Nom": "target.name", "Nom chinois": "target.name_original",
        "Pays d'accueil": "case.host_country", "Date": "incident.date", "Tactique": "incident.tactic",
        "Résultat": "case.outcome"}
    assert guess(["编号", "姓名", "拼音", "性别", "所在国", "日期", "手段", "来源"]) == {
        "编号": "case.key", "姓名": "target.name_original", "拼音": "target.name", "性别": "target.sex",
        "所在国": "case.host_country", "日期": "incident.date", "手段": "incident.tactic", "来源": "source.citation"}
    m = guess_mapping(["编号", "姓名", "所在国"], "我的名单")
    assert m.key == "编号" and m.columns["所在国"] == "case.host_country"


def test_a_guessed_mapping_imports_a_chinese_sheet(vault, tmp_path):
    path = tmp_path / "名单.csv"
    path.write_text("编号,姓名,拼音,性别,所在国,日期,手段\n1,谢卫东,Xie Weidong,男,加拿大,2015年6月,劝返\n",
                    encoding="utf-8")
    table = read_table(path)
    mapping = guess_mapping(table.headers, "名单")
    mapping.values["incident.tactic"] = {"劝返": "persuasion_meeting"}
    plan = plan_import(vault, table, mapping)
    assert plan.ok, plan.problems
    apply_import(vault, plan)
    case = next(vault.repos.cases.all())
    cf = vault.repos.load_case_file(case.id)
    assert case.host_country == "CA" and [(i.tactic, i.date_start) for i in cf.incidents] == [
        ("persuasion_meeting", "2015-06")]
    assert next(iter(cf.persons.values())).sex == "male"


@pytest.mark.parametrize("data, where", [
    ({"format": "other"}, "format"),
    ({"format": "casevault-table-mapping", "version": 2, "key": "x"}, "version"),
    ({"format": "casevault-table-mapping", "version": 1}, "key"),
    ({"format": "casevault-table-mapping", "version": 1, "key": "a", "columns": {"a": "case.nothing"}}, "columns.a"),
    ({"format": "casevault-table-mapping", "version": 1, "key": "a",
      "values": {"incident.tactic": {"x": "not_a_tactic"}}}, "values.incident.tactic.x"),
    ({"format": "casevault-table-mapping", "version": 1, "key": "a", "rows": "sheet"}, "rows"),
    ({"format": "casevault-table-mapping", "version": 1, "key": "a", "columns": {"a": "relative9.name"}}, "columns.a"),
    ({"format": "casevault-table-mapping", "version": 1, "key": "a", "columns": {"a": "relative1.name"}}, "columns.a"),
    ({"format": "casevault-table-mapping", "version": 1, "key": "a", "values": {"relative2.sex": {"x": "male"}}},
     "values.relative2.sex"),
    ({"format": "casevault-table-mapping", "version": 1, "key": "a", "defaults": {"relative9.relation": "father"}},
     "defaults.relative9.relation"),
])
def test_bad_mappings_are_refused_with_their_place(data, where):
    with pytest.raises(ValidationError) as err:
        parse_mapping(data)
    assert err.value.where == where


def test_ready_mappings_load_and_their_sample_sheets_have_every_column():
    for name, sheet in (("safeguard_defenders_returns", "sd_returns.xlsx"),
                        ("freedom_house_incidents", "fh_incidents.csv")):
        mapping = ready_mapping(name)
        assert set(mapping.columns) == set(read_table(SHEETS / sheet).headers)


def test_dry_run_leaves_the_vault_file_byte_identical(vault_path):
    from db.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(vault_path, PASSPHRASE, author="t").close()
    Vault.open(vault_path, PASSPHRASE).close()  # whatever opening itself settles
    before = hashlib.sha256(vault_path.read_bytes()).hexdigest()
    with Vault.open(vault_path, PASSPHRASE) as v:
        plan = plan_import(v, read_table(SHEETS / "sd_returns.xlsx"), ready_mapping("safeguard_defenders_returns"))
        assert plan.ok and plan.created["case"] == 6
    assert hashlib.sha256(vault_path.read_bytes()).hexdigest() == before


RELATIVES = ("No.,Name,姓名,Relatives,亲属中文名,Relation,Role,What happened to relatives\n"
             "1,Xie Weidong,谢卫东,Xie Li; Xie Ming,谢丽；谢明,Mother; sibling,,Summoned by police\n"
             "2,Lin Xiaomei,林晓梅,Zhang Wei,,friend,,\n"
             "3,Chen Guifang,陈桂芳,Chen Bo,,,witness,\n"
             "4,Huang Lijun,黄丽军,An; Bo,,cousin,,\n")


def test_a_row_names_relatives_and_other_persons_with_their_role(vault, tmp_path):
    path = tmp_path / "relatives.csv"
    path.write_text(RELATIVES, encoding="utf-8")
    table = read_table(path)
    mapping = guess_mapping(table.headers, "relatives")
    assert {f for f in mapping.columns.values() if f.startswith("relative.")} == {
        "relative.name", "relative.name_original", "relative.relation", "relative.role", "relative.notes"}
    plan = plan_import(vault, table, mapping)
    assert plan.ok, plan.problems
    assert (plan.created["person"], plan.created["role"]) == (10, 10)
    apply_import(vault, plan)
    roles = {}
    for r in vault.repos.roles.all():
        p = vault.repos.persons.get(r.person_id)
        roles[(vault.repos.cases.get(r.case_id).reference, p.name)] = (p.name_original, r.role, r.relation, r.notes)
    assert roles == {
        ("1", "Xie Weidong"): ("谢卫东", "target", "", ""),
        ("1", "Xie Li"): ("谢丽", "relative", "parent", "Summoned by police"),  # "Mother"
        ("1", "Xie Ming"): ("谢明", "relative", "sibling", "Summoned by police"),
        ("2", "Lin Xiaomei"): ("林晓梅", "target", "", ""),
        ("2", "Zhang Wei"): ("", "associate", "friend", ""),  # a friend is an associate
        ("3", "Chen Guifang"): ("陈桂芳", "target", "", ""),
        ("3", "Chen Bo"): ("", "witness", "", ""),  # the role column says so
        ("4", "Huang Lijun"): ("黄丽军", "target", "", ""),
        ("4", "An"): ("", "relative", "other_relative", ""),  # one relation for both
        ("4", "Bo"): ("", "relative", "other_relative", ""),
    }
    again = plan_import(vault, read_table(path), mapping)
    assert not again.created and not again.updated  # re-run: the same persons and roles
    # A corrected relation updates the relative's role; it never adds a second one.
    path.write_text(RELATIVES.replace("Mother; sibling", "wife; sibling"), encoding="utf-8")
    changed = plan_import(vault, read_table(path), mapping)
    assert (changed.created, changed.updated) == ({}, {"role": 1})
    apply_import(vault, changed)
    assert counts(vault)["roles"] == 10


def test_relatives_that_cannot_be_paired_are_named_by_row_and_column(vault, tmp_path):
    path = tmp_path / "relatives.csv"
    path.write_text("No.,Name,Relatives,亲属中文名,Relation\n"
                    "1,Xie Weidong,Xie Li; Xie Ming,谢丽,parent\n"
                    "2,Lin Xiaomei,A; B; C,,mother; father\n"
                    "3,Chen Guifang,Chen Bo,,godmother\n", encoding="utf-8")
    table = read_table(path)
    plan = plan_import(vault, table, guess_mapping(table.headers, "relatives"))
    assert [str(p) for p in plan.errors] == [
        "row 2, column '亲属中文名': lists 1 original name(s) for 2 name(s); give them in the same order, one for each",
        "row 3, column 'Relation': lists 2 values for 3 persons; give one for all, or one for each in the same order",
        "row 4, column 'Relation': 'godmother' is not among the values this column may take; map it to one (the "
        "mapping's \"values\")"]
    assert [(u.field, u.value, u.rows) for u in plan.unmatched] == [("relative.relation", "godmother", [4])]
    with pytest.raises(ValidationError):
        apply_import(vault, plan)
    assert counts(vault)["persons"] == 0


def test_a_relative_in_two_cases_is_proposed_as_one_person(vault, tmp_path):
    path = tmp_path / "relatives.csv"
    path.write_text("No.,Name,Relatives,Relation\n1,Xie Weidong,Xie Li,mother\n2,Xie Ming,谢丽,mother\n",
                    encoding="utf-8")
    table = read_table(path)
    plan = plan_import(vault, table, guess_mapping(table.headers, "relatives"))
    assert [(d.names, d.rows) for d in plan.duplicates] == [(["Xie Li", "谢丽"], [2, 3])]
    merged = plan_import(vault, table, guess_mapping(table.headers, "relatives"), merge={0})
    apply_import(vault, merged)
    assert counts(vault)["persons"] == 3 and counts(vault)["roles"] == 4


def test_an_import_leaves_the_collector_and_the_page_cache_as_it_found_them(vault):
    import gc

    (cache,) = vault.conn.execute("PRAGMA cache_size").fetchone()
    table = read_table(SHEETS / "sd_returns.xlsx")
    plan = plan_import(vault, table, ready_mapping("safeguard_defenders_returns"))
    assert gc.isenabled()
    apply_import(vault, plan)
    assert gc.isenabled() and vault.conn.execute("PRAGMA cache_size").fetchone() == (cache,)
    gc.disable()
    try:
        plan_import(vault, table, ready_mapping("safeguard_defenders_returns"))
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def roles_by_name(vault) -> dict[tuple[str, str], tuple]:
    """(case reference, person's name) -> (role, relation, sex, date of birth, consent), from the vault."""
    out = {}
    for r in vault.repos.roles.all():
        p = vault.repos.persons.get(r.person_id)
        out[(vault.repos.cases.get(r.case_id).reference, p.name)] = (r.role, r.relation, p.sex, p.birth_date, p.consent)
    return out


FAMILY = ("No.,Name,Father,Father's date of birth,Mother,Mother (Chinese name),Mother consent,Relative 2 name,"
          "Relative 2 relation,Relative 2 sex,Relative 2 date of birth\n"
          "1,Xie Weidong,Xie Ming,circa 1950,Li Hua,李华,public,Xie Li; Xie Bo,sister; brother,,1980; juin 1985\n"
          "2,Lin Xiaomei,Lin Gang,2015年6月,,,,Zhang Wei,friend,M,\n"
          "3,Chen Guifang,,,Wang Fang,,authorities,,,,\n")


def test_father_and_mother_columns_are_two_relatives_with_their_own_fields(vault, tmp_path):
    path = tmp_path / "family.csv"
    path.write_text(FAMILY, encoding="utf-8")
    table = read_table(path)
    mapping = guess_mapping(table.headers, "family")
    assert mapping.columns == {
        "No.": "case.key", "Name": "target.name", "Father": "relative.name",
        "Father's date of birth": "relative.birth_date", "Mother": "relative3.name",
        "Mother (Chinese name)": "relative3.name_original", "Mother consent": "relative3.consent",
        "Relative 2 name": "relative2.name", "Relative 2 relation": "relative2.relation",
        "Relative 2 sex": "relative2.sex", "Relative 2 date of birth": "relative2.birth_date"}
    assert mapping.defaults == {"relative.relation": "father", "relative3.relation": "mother"}
    plan = plan_import(vault, table, mapping)
    assert plan.ok, plan.problems
    apply_import(vault, plan)
    assert roles_by_name(vault) == {
        ("1", "Xie Weidong"): ("target", "", "unknown", None, "none"),
        ("1", "Xie Ming"): ("relative", "parent", "male", "1950", "none"),  # "circa 1950": the year
        ("1", "Li Hua"): ("relative", "parent", "female", None, "public"),
        ("1", "Xie Li"): ("relative", "sibling", "female", "1980", "none"),  # paired by order
        ("1", "Xie Bo"): ("relative", "sibling", "male", "1985-06", "none"),
        ("2", "Lin Xiaomei"): ("target", "", "unknown", None, "none"),
        ("2", "Lin Gang"): ("relative", "parent", "male", "2015-06", "none"),
        ("2", "Zhang Wei"): ("associate", "friend", "male", None, "none"),  # "M"; a friend says no sex
        ("3", "Chen Guifang"): ("target", "", "unknown", None, "none"),
        ("3", "Wang Fang"): ("relative", "parent", "female", None, "authorities"),
    }
    li = next(p for p in vault.repos.persons.all() if p.name == "Li Hua")
    assert li.name_original == "李华"
    before = counts(vault)
    again = plan_import(vault, read_table(path), mapping)
    assert not again.created and not again.updated and apply_import(vault, again).written == 0
    # a corrected cell updates that relative, and a relative moved to another column stays one person
    path.write_text(FAMILY.replace("Li Hua,李华,public", "Li Hua,李华,authorities"), encoding="utf-8")
    changed = plan_import(vault, read_table(path), mapping)
    assert (changed.created, changed.updated) == ({}, {"person": 1})
    apply_import(vault, changed)
    moved = guess_mapping(table.headers, "family")
    moved.columns["Father"], moved.columns["Father's date of birth"] = "relative5.name", "relative5.birth_date"
    moved.defaults = {"relative5.relation": "father", "relative3.relation": "mother"}
    plan = plan_import(vault, read_table(path), moved)
    assert not plan.created and not plan.updated
    assert counts(vault) == before
    assert roles_by_name(vault)[("1", "Li Hua")][4] == "authorities"


def test_relatives_headers_guessed_in_english_french_and_chinese():
    columns, defaults = guess_columns(["N°", "Nom", "Père", "Date de naissance du père", "Mère", "Épouse", "Frère",
                                       "Sœur", "Fils", "Fille", "Mari"])
    assert columns == {"N°": "case.key", "Nom": "target.name", "Père": "relative.name",
                       "Date de naissance du père": "relative.birth_date", "Mère": "relative2.name",
                       "Épouse": "relative3.name", "Frère": "relative4.name", "Sœur": "relative5.name",
                       "Fils": "relative6.name", "Fille": "relative7.name", "Mari": "relative8.name"}
    assert defaults == {"relative.relation": "father", "relative2.relation": "mother", "relative3.relation": "wife",
                        "relative4.relation": "brother", "relative5.relation": "sister", "relative6.relation": "son",
                        "relative7.relation": "daughter", "relative8.relation": "husband"}
    columns, defaults = guess_columns(["编号", "姓名", "父亲", "父亲出生日期", "母亲姓名", "母亲性别", "配偶", "儿子",
                                       "女儿", "亲属", "亲属2", "亲属2关系"])
    assert columns == {"编号": "case.key", "姓名": "target.name_original", "父亲": "relative3.name",
                       "父亲出生日期": "relative3.birth_date", "母亲姓名": "relative4.name",
                       "母亲性别": "relative4.sex",
                       "配偶": "relative5.name", "儿子": "relative6.name", "女儿": "relative7.name",
                       "亲属": "relative.name", "亲属2": "relative2.name", "亲属2关系": "relative2.relation"}
    assert defaults == {"relative3.relation": "father", "relative4.relation": "mother",
                        "relative5.relation": "spouse", "relative6.relation": "son", "relative7.relation": "daughter"}
    columns, defaults = guess_columns(["Case no.", "Name", "Spouse", "Wife", "Husband", "Son", "Daughter", "Brother",
                                       "Sister", "Name of relative 3", "Sonia", "Marital status", "Parents"])
    assert set(columns) == {"Case no.", "Name", "Spouse", "Wife", "Husband", "Son", "Daughter", "Brother", "Sister",
                            "Name of relative 3"}  # "Parents" says no one relative; the others no relative at all
    assert columns["Name of relative 3"] == "relative3.name" and "relative3.relation" not in defaults
    assert sorted(defaults.values()) == ["brother", "daughter", "husband", "sister", "son", "spouse", "wife"]


def test_a_relative_s_name_in_chinese_beside_their_column_is_their_original_name():
    columns, defaults = guess_columns(["No.", "Name", "Father", "父亲姓名", "Mother", "母亲姓名"])
    assert columns == {"No.": "case.key", "Name": "target.name", "Father": "relative.name",
                       "父亲姓名": "relative.name_original", "Mother": "relative2.name",
                       "母亲姓名": "relative2.name_original"}
    assert defaults == {"relative.relation": "father", "relative2.relation": "mother"}
    assert guess_columns(["No.", "父亲姓名"])[0]["父亲姓名"] == "relative.name"  # alone, it is the name


def test_more_relatives_columns_than_slots_leave_the_last_ones_unmapped():
    headers = ["No.", *(f"Brother {n}" for n in range(1, 10))]
    columns, defaults = guess_columns(headers)
    assert [columns.get(f"Brother {n}") for n in range(1, 10)] == [
        "relative.name", *(f"relative{n}.name" for n in range(2, 9)), None]
    assert set(defaults.values()) == {"brother"}


def test_relatives_fields_that_cannot_be_read_are_named_by_row_and_column(vault, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("No.,Name,Father,Father's sex,Father's date of birth,Relative 2 name,Relative 2 date of birth,"
                    "Relative 2 consent\n"
                    "1,Xie Weidong,Xie Ming,X?,1950,A; B,1980,\n"
                    "2,Lin Mei,Lin Gang,,the year of the horse,,,\n"
                    "3,Chen Bo,,,,C; D,,maybe\n"
                    "4,Gao Yan,Gao Ming,,,E; F,1970; 1972; 1974,\n", encoding="utf-8")
    table = read_table(path)
    mapping = guess_mapping(table.headers, "bad")
    head = vault.repos.audit.head()
    plan = plan_import(vault, table, mapping)
    assert [str(p) for p in plan.errors] == [
        "row 2, column \"Father's sex\": 'X?' is not among the values this column may take; map it to one (the "
        "mapping's \"values\")",
        "row 2, column 'Relative 2 date of birth': lists 1 date(s) of birth for 2 persons; give one for each, in the "
        "same order (\"?\" for one not known)",
        "row 3, column \"Father's date of birth\": 'the year of the horse' is not a date CaseVault can read (examples: "
        "2015-06, 06/2015, June 2015, juin 2015, 2015年6月, circa 2016)",
        "row 4, column 'Relative 2 consent': 'maybe' is not among the values this column may take; map it to one (the "
        "mapping's \"values\")",
        "row 5, column 'Relative 2 date of birth': lists 3 date(s) of birth for 2 persons; give one for each, in the "
        "same order (\"?\" for one not known)"]
    assert sorted((u.field, u.value, u.rows) for u in plan.unmatched) == [
        ("relative.consent", "maybe", [4]), ("relative.sex", "X?", [2])]  # mapped once for every slot
    assert vault.repos.audit.head() == head and counts(vault)["persons"] == 0
    mapping.values = {"relative.sex": {"X?": "unknown"}, "relative.consent": {"maybe": "none"}}
    path.write_text(path.read_text(encoding="utf-8").replace("A; B,1980", "A; B,1980; ?")
                    .replace("the year of the horse", "").replace("1970; 1972; 1974", "1970; 1972"), encoding="utf-8")
    plan = plan_import(vault, read_table(path), mapping)
    assert plan.ok, plan.problems
    births = {r.name: r.birth_date for r in plan.records if r.entity == "person"}
    assert (births["A"], births["B"], births["E"], births["F"]) == ("1980", None, "1970", "1972")


def test_one_person_named_in_two_columns_of_a_row_is_one_person_with_one_role(vault, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("No.,Name,Father,Relatives\n1,Xie Weidong,Xie Ming,XIE Ming; Xie Li\n", encoding="utf-8")
    table = read_table(path)
    plan = plan_import(vault, table, guess_mapping(table.headers, "twice"))
    assert plan.ok and (plan.created["person"], plan.created["role"]) == (3, 3)


def test_a_mapping_saved_before_relative_slots_still_loads_and_imports_the_same(vault, tmp_path):
    old = {"format": "casevault-table-mapping", "version": 1, "name": "relatives", "rows": "case", "key": "No.",
           "namespace": "relatives", "reference_prefix": "", "day_first": True,
           "columns": {"No.": "case.key", "Name": "target.name", "姓名": "target.name_original",
                       "Relatives": "relative.name", "亲属中文名": "relative.name_original",
                       "Relation": "relative.relation", "Role": "relative.role",
                       "What happened to relatives": "relative.notes"},
           "values": {"relative.relation": {"Mother": "parent"}}, "defaults": {}, "countries": {}, "separator": ""}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "relatives.csv").write_text(RELATIVES, encoding="utf-8")
    table = read_table(tmp_path / "relatives.csv")
    loaded = load_mapping(tmp_path / "old.json")
    assert loaded.to_json() == old
    plan = plan_import(vault, table, loaded)
    assert plan.ok and (plan.created["person"], plan.created["role"]) == (10, 10)
    guessed = plan_import(vault, table, guess_mapping(table.headers, "relatives"))
    assert [r.id for r in plan.records] == [r.id for r in guessed.records]
    assert {r.id: r.relation for r in plan.records if r.entity == "role"}[
        next(r.id for r in plan.records if r.entity == "role" and r.notes)] == "parent"
