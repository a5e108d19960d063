"""Hostile sheets: a binary file named .xlsx, a 1 GB sheet, a ZIP that claims to unpack to
gigabytes, a truncated workbook, formulas, merged cells, an encrypted workbook, CSV in GB18030,
Windows-1252, UTF-16 or with a BOM, NUL bytes, too many rows or columns, invisible and bidi
characters, markup. Each gets a clear message or is read as text, and a real `import-table` run
leaves the vault file byte-identical whenever it refuses."""

from __future__ import annotations

import hashlib
import os
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import ValidationError
from db.vault import Vault
from desktop.cli import main
from exporters import tables_read
from exporters.tables_import import apply_import, plan_import
from exporters.tables_mapping import ready_mapping
from exporters.tables_read import read_table
from tests.conftest import PASSPHRASE

SD = ready_mapping("safeguard_defenders_returns")
HEADERS = ["No.", "Name (Chinese)", "Name (pinyin)", "Host country", "Methods"]


def xlsx(path: Path, rows: list[list[object]], merge: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    wb.save(path)
    return path


@pytest.fixture
def settled_vault(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "v.cvault"
    Vault.create(path, PASSPHRASE, author="t").close()
    Vault.open(path, PASSPHRASE).close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_by_cli(vault: Path, sheet: Path, capsys, *extra: str) -> str:
    before = digest(vault)
    code = main(["import-table", str(vault), str(sheet), "--mapping", "safeguard_defenders_returns", *extra])
    err = capsys.readouterr()
    assert code != 0
    assert digest(vault) == before
    return err.out + err.err


def test_binary_file_named_xlsx(tmp_path, settled_vault, capsys):
    bad = tmp_path / "list.xlsx"
    bad.write_bytes(os.urandom(4096))
    message = refused_by_cli(settled_vault, bad, capsys)
    assert "is not an XLSX workbook (it is not a ZIP file)" in message
    assert "Traceback" not in message


def test_a_1_gb_sheet_is_refused_before_it_is_read(tmp_path, settled_vault, capsys):
    for name in ("huge.xlsx", "huge.csv"):
        huge = tmp_path / name
        with open(huge, "wb") as fh:  # sparse: takes no disk space
            fh.write(b"No.,Name\n")
            fh.truncate(1 << 30)
        message = refused_by_cli(settled_vault, huge, capsys)
        assert "is 1,024 MB; a sheet may be at most 256 MB" in message


def test_a_zip_that_claims_to_unpack_to_gigabytes(tmp_path, settled_vault, capsys):
    path = xlsx(tmp_path / "bomb.xlsx", [HEADERS, ["1", "谢卫东", "", "Canada", "Persuasion"]])
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:  # every central directory entry: uncompressed size 4 GB
        data[at + 24:at + 28] = struct.pack("<I", 0xFFFF0000)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    message = refused_by_cli(settled_vault, path, capsys)
    assert "would unpack to" in message


def test_truncated_and_non_workbook_zips(tmp_path, settled_vault, capsys):
    good = xlsx(tmp_path / "good.xlsx", [HEADERS, ["1", "谢卫东", "", "Canada", "Persuasion"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "damaged or truncated" in refused_by_cli(settled_vault, cut, capsys)
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("hello.txt", "not a workbook")
    assert "is a ZIP file but not an XLSX workbook" in refused_by_cli(settled_vault, other, capsys)


def test_encrypted_workbook(tmp_path, settled_vault, capsys):
    # An encrypted OOXML file is an OLE2 compound file whose directory names an EncryptionInfo stream.
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    ole += bytes(512) + "EncryptionInfo".encode("utf-16-le") + bytes(2048)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(bytes(ole))
    message = refused_by_cli(settled_vault, path, capsys)
    assert "password-protected workbook" in message and "remove the password" in message
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert "old Excel (.xls)" in refused_by_cli(settled_vault, old, capsys)


def test_formulas_are_never_evaluated_and_stop_the_import(tmp_path, settled_vault, capsys):
    path = xlsx(tmp_path / "f.xlsx", [HEADERS, ["1", "谢卫东", "", "=HYPERLINK(\"http://example.invalid\")",
                                                "Persuasion"], ["2", "林美华", "", "Canada", "=1+1"]])
    table = read_table(path)
    assert [(n.row, n.column, n.error) for n in table.notes] == [(2, "Host country", True), (3, "Methods", True)]
    assert all("formula" in n.message for n in table.notes)
    assert table.rows[0][3] == "" and table.rows[1][4] == ""
    message = refused_by_cli(settled_vault, path, capsys)
    assert "row 2, column 'Host country': holds a formula" in message


def test_merged_cells_give_each_row_the_value(tmp_path, vault):
    rows = [["Incident ID", "Case", "Year", "Host state", "Tactic", "Target"],
            ["I1", "A", "2016", "Thailand", "Detention", "Fictional A"],
            [None, None, "2016", "Thailand", "Unlawful deportation", None],
            ["I3", "B", "2018", "Turquie", "Assault", "Fictional B"]]
    path = xlsx(tmp_path / "m.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.merge_cells("B2:B3")
    ws.merge_cells("F2:F3")
    ws["A3"] = "I2"
    wb.save(path)
    table = read_table(path)
    assert [r[1] for r in table.rows] == ["A", "A", "B"] and [r[5] for r in table.rows] == ["Fictional A"] * 2 + [
        "Fictional B"]
    assert any("merged cells" in n.message and not n.error for n in table.notes)
    plan = plan_import(vault, table, ready_mapping("freedom_house_incidents"))
    assert plan.ok and plan.created["case"] == 2 and plan.created["incident"] == 3 and plan.created["person"] == 2


def test_csv_encodings(tmp_path, vault):
    text = "No.,Name (Chinese),Name (pinyin),Host country,Methods\n1,谢卫东,Xie Weidong,加拿大,Persuasion\n"
    for encoding, said in (("gb18030", "GB18030"), ("utf-8-sig", "UTF-8 (with BOM)"), ("utf-16", "UTF-16"),
                           ("utf-8", "UTF-8")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        table = read_table(path)
        assert table.encoding.startswith(said)
        assert table.headers[0] == "No." and table.rows[0][1] == "谢卫东" and table.rows[0][3] == "加拿大"
    french = tmp_path / "fr.csv"
    french.write_bytes("No.;Name (pinyin);Host country;Methods\n1;Hélène Bézier;États-Unis;Persuasion\n"
                       .encode("cp1252"))
    table = read_table(french)
    assert table.encoding.startswith("Windows-1252") and table.rows[0][1:3] == ["Hélène Bézier", "États-Unis"]
    plan = plan_import(vault, table, SD)
    assert plan.ok


def test_nul_bytes_mean_a_binary_file(tmp_path, settled_vault, capsys):
    path = tmp_path / "x.csv"
    path.write_bytes(b"No.,Name\x00\x00\x01\x02" * 100)
    assert "binary file" in refused_by_cli(settled_vault, path, capsys)


def test_too_many_rows_or_columns_are_bounded(tmp_path, monkeypatch, settled_vault, capsys):
    monkeypatch.setattr(tables_read, "MAX_ROWS", 100)
    path = tmp_path / "rows.csv"
    path.write_text("No.,Name (pinyin)\n" + "".join(f"{n},P{n}\n" for n in range(150)), encoding="utf-8")
    assert "more than 100 rows" in refused_by_cli(settled_vault, path, capsys)
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{n}" for n in range(300)) + "\n" + ",".join("x" * 300) + "\n", encoding="utf-8")
    assert "more than 256 columns" in refused_by_cli(settled_vault, wide, capsys)


def test_empty_sheets(tmp_path, settled_vault, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "the sheet is empty" in refused_by_cli(settled_vault, empty, capsys)
    only = tmp_path / "only.csv"
    only.write_text("Other,Columns\n", encoding="utf-8")
    assert "key column 'No.' is not in the sheet" in refused_by_cli(settled_vault, only, capsys)


def test_a_huge_cell_is_an_error_not_a_silent_cut(tmp_path, settled_vault, capsys):
    path = tmp_path / "cell.csv"
    path.write_text("No.,Name (pinyin)\n1," + "x" * 40_000 + "\n", encoding="utf-8")
    assert "a cell may hold at most 32,767" in refused_by_cli(settled_vault, path, capsys)


def test_markup_bidi_and_invisible_characters_are_kept_as_text(tmp_path, vault):
    name = "<b>Xie</b> \u202eWeidong\u202c"
    path = tmp_path / "m.csv"
    path.write_text(f"No.\u200b,Name (pinyin),Host country,Methods\n1,{name},\u200bCanada\u200b,<i>Persuasion</i>\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.headers[0] == "No."  # headers are read as printed: the zero-width space is dropped
    plan = plan_import(vault, table, SD)
    assert [str(p) for p in plan.errors] == [
        "row 2, column 'Methods': '<i>Persuasion</i>' is not among the values this column may take; map it to one "
        "(the mapping's \"values\")"]
    table.rows[0][3] = "Persuasion"
    plan = plan_import(vault, table, SD)
    assert plan.ok
    apply_import(vault, plan)
    person = next(vault.repos.persons.all())
    assert person.name == name  # stored as typed; every sink shows it as text
    assert next(vault.repos.cases.all()).host_country == "CA"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from(["x.csv", "x.xlsx"]))
def test_any_bytes_give_a_table_or_a_validation_error(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    try:
        table = read_table(path)
    except ValidationError as exc:
        assert str(exc)
        return
    assert all(len(r) == len(table.headers) for r in table.rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(max_size=12), min_size=5, max_size=5), min_size=1, max_size=6))
def test_any_cells_give_a_plan_and_a_dry_run_writes_nothing(tmp_path, vault, rows):
    import csv

    path = tmp_path / "p.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows([[c.replace("\x00", "") for c in r] for r in rows])
    head = vault.repos.audit.head()
    try:
        table = read_table(path)
    except ValidationError:
        return
    if "No." not in table.headers:
        return
    plan = plan_import(vault, table, SD)
    assert vault.repos.audit.head() == head
    for p in plan.errors:
        assert p.row >= 1


def test_hostile_mapping_files(tmp_path, settled_vault, capsys):
    from exporters.tables_mapping import load_mapping

    cases = {"binary.json": os.urandom(2000), "array.json": b"[1, 2, 3]", "deep.json": b"[" * 100_000,
             "huge.json": b" " * (2 << 20), "latin1.json": "{\"name\": \"é\"}".encode("latin-1")}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ValidationError) as err:
            load_mapping(tmp_path / name)
        assert name in str(err.value)
    before = digest(settled_vault)
    code = main(["import-table", str(settled_vault), str(Path(__file__).parents[1] / "data" / "sheets" /
                                                         "fh_incidents.csv"), "--mapping", str(tmp_path / "deep.json")])
    assert code == 2 and "is not a JSON mapping file" in capsys.readouterr().err
    assert digest(settled_vault) == before


RELATIONS = ["parent", "Spouse", "enfant", "兄弟", "friend", "Mother"]
RELATED = {"parent": "parent", "Spouse": "spouse", "enfant": "child", "兄弟": "sibling", "friend": "friend",
           "Mother": "parent"}


def _name_key(name: str) -> str:
    from db.normalise import fold

    return " ".join(fold(name).split())


NAMES = st.lists(st.text(st.sampled_from("abcXYZ 谢卫东<>&\"'\u202e\u200b\u2067é"), min_size=1, max_size=8)
                 .map(str.strip).filter(lambda n: _name_key(n) != "" and not n.startswith("'")),
                 min_size=1, max_size=5, unique_by=_name_key)  # a leading ' is CSV's formula escape, removed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NAMES, st.lists(st.sampled_from(RELATIONS), min_size=1, max_size=5))
def test_relatives_in_any_cells_are_paired_by_order_and_kept_as_text(tmp_path, vault, names, relations):
    import csv

    path = tmp_path / "r.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["No.", "Name (pinyin)", "Relatives", "Relation"])
        w.writerow(["1", "Xie Weidong", "; ".join(names), "; ".join(relations)])
    mapping = ready_mapping("safeguard_defenders_returns")
    mapping.columns.update({"Relatives": "relative.name", "Relation": "relative.relation"})
    head = vault.repos.audit.head()
    plan = plan_import(vault, read_table(path), mapping)
    assert vault.repos.audit.head() == head
    if len(relations) not in (1, len(names)):
        assert [(p.row, p.column) for p in plan.errors] == [(2, "Relation")]
        return
    assert plan.ok, plan.problems
    persons = {r.id: r for r in plan.records if r.entity == "person"}
    roles = [r for r in plan.records if r.entity == "role" and r.role != "target"]
    paired = relations * len(names) if len(relations) == 1 else relations
    assert sorted((persons[r.person_id].name, r.relation) for r in roles) == sorted(
        (n, RELATED[rel]) for n, rel in zip(names, paired, strict=True))  # stored as typed, paired by order
    again = plan_import(vault, read_table(path), mapping)
    assert [r.id for r in again.records] == [r.id for r in plan.records]


FAMILY_HEADERS = ["No.", "Name (pinyin)", "Father", "Father's sex", "Mother", "Mother's date of birth",
                  "Relative 2 name", "Relative 2 sex", "Relative 2 consent"]
SEXES = ["", "M", "女", "female", "Male", "unknown"]
CONSENTS = ["", "public", "May be named to authorities", "none"]
_cases = iter(range(1, 1 << 30))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NAMES, st.integers(0, 2), st.sampled_from(SEXES), st.sampled_from(CONSENTS),
       st.sampled_from(["", "1950", "juin 1952", "circa 1948", "1949年3月"]))
def test_relatives_in_columns_of_their_own_are_each_one_person_with_one_role(tmp_path, vault, names, alone, sex,
                                                                             consent, born):
    """Every named relative, whatever their name holds (bidi, invisible characters, markup, CJK),
    becomes exactly one person, with exactly one role in the case, named as typed."""
    import csv

    father, mother, rest = (names[:1] if alone > 0 else []), (names[1:2] if alone > 1 else []), names[alone:]
    key = str(next(_cases))
    path = tmp_path / "family.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(FAMILY_HEADERS)
        w.writerow([key, "Xie Weidong", "".join(father), sex if father else "", "".join(mother),
                    born if mother else "", "; ".join(rest), sex, consent])
    table = read_table(path)
    from exporters.tables_mapping import guess_mapping

    mapping = guess_mapping(table.headers, "family")
    assert mapping.defaults == {"relative.relation": "father", "relative3.relation": "mother"}
    head = vault.repos.audit.head()
    plan = plan_import(vault, table, mapping)
    assert vault.repos.audit.head() == head
    assert plan.ok, plan.problems
    apply_import(vault, plan)
    case = next(c for c in vault.repos.cases.all() if c.reference == key)
    roles = [r for r in vault.repos.roles.all() if r.case_id == case.id and r.role != "target"]
    persons = [vault.repos.persons.get(r.person_id) for r in roles]
    assert len({p.id for p in persons}) == len(roles) == len(names)  # one person each, one role each
    assert sorted(p.name for p in persons) == sorted(names)  # as typed: text, never read as markup
    by_name = {p.name: (p, r) for p, r in zip(persons, roles, strict=True)}
    for n in father:
        assert (by_name[n][1].relation, by_name[n][0].sex) == ("parent", {"": "male", "M": "male", "Male": "male"}.get(
            sex, {"女": "female"}.get(sex, sex)))
    for n in mother:
        assert (by_name[n][1].relation, by_name[n][0].sex) == ("parent", "female")
    again = plan_import(vault, read_table(path), mapping)
    assert not again.created and not again.updated  # re-run: the same persons and roles


HOSTILE = st.text(st.sampled_from("Father 2 père 母亲 relative sex <b>&\"'\u202e\u200b\u2067é\u0301　Ｘ\n\t;,"),
                  max_size=30)


@settings(max_examples=150, deadline=None)
@given(st.lists(HOSTILE, max_size=12))
def test_any_headers_guess_fields_once_and_only_the_relations_of_named_relatives(headers):
    from exporters.tables_mapping import FIELDS, RELATION_WORDS, guess_columns, relative_header, relative_slot
    from exporters.tables_values import FIELD_VOCABULARIES

    for header in headers:
        said = relative_header(header)
        assert said is None or (said[0] in ("", *RELATION_WORDS, "spouse", "child", "sibling") and 0 <= said[1] <= 9)
    columns, defaults = guess_columns(headers)
    assert set(columns) <= set(headers)
    assert all(f in FIELDS for f in columns.values()) and len(set(columns.values())) == len(columns)
    for field, relation in defaults.items():
        slot = relative_slot(field)
        assert slot is not None and slot[1] == "relation"
        assert any(relative_slot(f) is not None and relative_slot(f)[0] == slot[0] for f in columns.values())
        assert relation in RELATION_WORDS or relation in FIELD_VOCABULARIES["relative.relation"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40), st.text(max_size=40), st.text(max_size=40), st.text(max_size=20))
def test_any_text_in_a_relatives_sex_consent_or_date_of_birth_is_read_or_named_by_row_and_column(
        tmp_path, vault, sex, consent, born, relation):
    import csv

    path = tmp_path / "r.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["No.", "Name (pinyin)", "Relative 2 name", "Relative 2 sex", "Relative 2 consent",
                    "Relative 2 date of birth", "Relative 2 relation"])
        w.writerow(["1", "Xie Weidong", "Xie Li; Xie Ming", *(c.replace("\x00", "") for c in (sex, consent, born,
                                                                                                relation))])
    try:
        table = read_table(path)
    except ValidationError:
        return
    from exporters.tables_mapping import guess_mapping

    head = vault.repos.audit.head()
    plan = plan_import(vault, table, guess_mapping(table.headers, "r"))
    assert vault.repos.audit.head() == head
    for p in plan.errors:
        assert p.row == 2 and p.column in table.headers[3:], p
    if plan.ok:
        from db import vocab

        relatives = [r for r in plan.records if r.entity == "person" and r.name != "Xie Weidong"]
        assert len(relatives) == 2
        assert all(p.sex in vocab.SEX and p.consent in vocab.CONSENT for p in relatives)
