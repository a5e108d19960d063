"""`casevault import-table` and `export-table` on real vaults, in-process."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl

from db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.desktop.conftest import run

SHEETS = Path(__file__).parents[1] / "data" / "sheets"


def new_vault(tmp_path: Path) -> Path:
    path = tmp_path / "v.cvault"
    Vault.create(path, PASSPHRASE, author="t").close()
    return path


def test_import_table_dry_run_then_real_run_then_again(tmp_path, capsys):
    vault = new_vault(tmp_path)
    sheet = str(SHEETS / "sd_returns.xlsx")
    before = hashlib.sha256(vault.read_bytes()).hexdigest()
    code, out, err = run(capsys, "import-table", str(vault), sheet, "--mapping", "safeguard_defenders_returns",
                         "--dry-run")
    assert code == 0 and "would create 6 case(s)" in out and "Dry run: nothing was written." in err
    assert hashlib.sha256(vault.read_bytes()).hexdigest() == before
    code, out, _ = run(capsys, "import-table", str(vault), sheet, "--mapping", "safeguard_defenders_returns")
    assert code == 0 and "Imported 6 case(s): 42 record(s) created or changed." in out
    code, out, _ = run(capsys, "import-table", str(vault), sheet, "--mapping", "safeguard_defenders_returns")
    assert code == 0 and "Imported 6 case(s): 0 record(s) created or changed." in out
    code, out, _ = run(capsys, "cases", str(vault))
    assert [line.split("\t")[1] for line in out.splitlines()] == [f"SD-{n}" for n in range(1, 7)]


def test_bad_rows_are_listed_and_the_real_run_refused(tmp_path, capsys):
    vault = new_vault(tmp_path)
    code, out, err = run(capsys, "import-table", str(vault), str(SHEETS / "bad_rows.csv"), "--mapping",
                         "safeguard_defenders_returns")
    assert code == 2
    assert "error: row 4, column 'Host country': 'Atlantis' is not a country" in out
    assert "unmatched case.host_country: 'Atlantis' (row 4): map it once in the mapping's \"countries\"" in out
    assert "7 error(s) in the sheet; nothing was imported" in err
    code, out, _ = run(capsys, "cases", str(vault))
    assert out == ""


def test_possible_duplicates_need_a_decision(tmp_path, capsys):
    vault = new_vault(tmp_path)
    args = ["import-table", str(vault), str(SHEETS / "duplicates.csv"), "--mapping", "safeguard_defenders_returns"]
    code, out, err = run(capsys, *args)
    assert code == 2 and "possible duplicate 1: 谢卫东 / 謝衛東 / Xie Weidong / XIE Wei-dong (rows 2, 3, 4, 5)" in out
    assert "--persons merge or --persons separate" in err
    code, out, _ = run(capsys, *args, "--persons", "merge")
    assert code == 0 and "3 person(s) merged" in out
    with Vault.open(vault, PASSPHRASE) as v:
        assert v.repos.persons.count() == 2


def test_export_table_with_filters_language_and_profile(tmp_path, capsys, demo_path):
    out_file = tmp_path / "ca.xlsx"
    code, _, err = run(capsys, "export-table", str(demo_path), str(out_file), "--host-country", "CA",
                       "--language", "fr", "--profile", "public")
    assert code == 0 and "NOT encrypted" in err and "Public profile:" in err
    wb = openpyxl.load_workbook(out_file, read_only=True)
    cases = list(wb["Cases"].iter_rows(values_only=True))
    assert {row[cases[0].index("host_country")] for row in cases[1:]} == {"CA"}
    assert "status" not in cases[0]  # the public profile leaves internal case details out
    code, _, err = run(capsys, "export-table", str(demo_path), str(out_file))
    assert code == 2 and "exists" in err  # never replaced without --force
    code, _, err = run(capsys, "export-table", str(demo_path), str(tmp_path / "csv"))
    assert code == 0 and sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "cases.csv", "exhibits.csv", "incidents.csv", "persons.csv", "sources.csv"]


def test_round_trip_through_the_commands_changes_nothing(tmp_path, capsys, demo_path):
    out_file = tmp_path / "all.xlsx"
    assert run(capsys, "export-table", str(demo_path), str(out_file), "--language", "zh")[0] == 0
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    for sheet, mapping in (("Cases", "casevault_cases"), ("Incidents", "casevault_incidents")):
        code, out, _ = run(capsys, "import-table", str(demo_path), str(out_file), "--sheet", sheet, "--mapping",
                           mapping)
        assert code == 0 and "0 record(s) created or changed" in out, out
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_guess_mapping_writes_a_mapping_to_edit(tmp_path, capsys):
    vault = new_vault(tmp_path)
    target = tmp_path / "guess.json"
    code, out, _ = run(capsys, "import-table", str(vault), str(SHEETS / "fh_incidents.csv"), "--guess-mapping",
                       str(target))
    assert code == 0 and "Tactic -> incident.tactic" in out
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "casevault-table-mapping" and data["columns"]["Tactic"] == "incident.tactic"
    code, _, err = run(capsys, "import-table", str(vault), str(SHEETS / "sd_returns.xlsx"), "--sheet", "Nope",
                       "--mapping", "safeguard_defenders_returns")
    assert code == 2 and "has no sheet 'Nope'; its sheets are: Returns" in err
    family = tmp_path / "family.csv"
    family.write_text("No.,Name,Father,Mother\n1,Xie Weidong,Xie Ming,Li Hua\n", encoding="utf-8")
    code, out, _ = run(capsys, "import-table", str(vault), str(family), "--guess-mapping", str(target), "--force")
    assert code == 0 and "Mother -> relative2.name" in out and "default relative2.relation = 'mother'" in out
    assert json.loads(target.read_text(encoding="utf-8"))["defaults"] == {"relative.relation": "father",
                                                                          "relative2.relation": "mother"}
