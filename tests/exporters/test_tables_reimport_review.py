"""Adversarial review of sheet re-imports (db.sheet_bases, exporters.tables_import three-way rules):
each test states what a person would expect when a sheet comes back. Those marked `# Was broken:`
failed on 2669d20 (two copies of one export, another vault's export, two lists filling one record,
a date's qualifier or end date cleared in the sheet, a deleted incident revived by an unchanged
sheet, a merged duplicate's new value dropped); the others held then and stay as coverage."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from db.merge_conflicts import list_conflicts, resolve_conflict
from db.models import Case, Incident
from db.vault import Vault
from exporters.tables_export import export_tables
from exporters.tables_import import apply_import, plan_import
from exporters.tables_mapping import parse_mapping, ready_mapping
from exporters.tables_read import read_table
from tests.conftest import PASSPHRASE
from tests.exporters.test_tables_reimport import MAPPING, edit_csv, edit_in_vault, one_case, reimport

SHEETS = Path(__file__).parents[1] / "data" / "sheets"


def copy_of(path: Path, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    shutil.copyfile(path, out)
    return out


# -- a version cell's base against the vault's stored one ---------------------------------------


def test_changing_a_field_back_in_the_exported_sheet_is_kept_as_the_vault_has_it_and_said(vault, tmp_path):
    """A value typed back to what the workbook was exported with looks exactly like an untouched copy
    of the export (whose stale value must not take back a later edit): the vault's value is kept,
    as for an interchange file's record, and the dry run names the row and column that lost."""
    path, case = one_case(vault, tmp_path)
    edit_csv(path, case.id, title="Typo in the sheet")
    reimport(vault, path)
    assert vault.repos.cases.get(case.id).title == "Typo in the sheet"
    edit_csv(path, case.id, title="As exported")  # the typo undone in the same workbook; the vault untouched
    plan, result = reimport(vault, path)
    assert not plan.updated and plan.kept == 1
    assert [(p.row, p.column, p.error) for p in plan.problems] == [(2, "title", False)]
    assert "kept" in plan.problems[0].message
    assert vault.repos.cases.get(case.id).title == "Typo in the sheet"


def test_two_copies_of_one_export_edited_by_two_people_make_a_conflict(vault, tmp_path):
    # Was broken: the second copy's title silently overwrites the first copy's, already imported (no conflict)
    path, case = one_case(vault, tmp_path)
    second = copy_of(path, tmp_path, "colleague.csv")
    edit_csv(path, case.id, title="Title by Ana")
    reimport(vault, path)
    edit_csv(second, case.id, title="Title by Bo")
    plan, result = reimport(vault, second)
    assert vault.repos.cases.get(case.id).title == "Title by Ana"
    assert plan.conflicts == {"case": 1} and result.conflicts == 1
    [conflict] = list_conflicts(vault)
    assert conflict.theirs.title == "Title by Bo"


def test_an_export_of_another_vault_brings_its_change_of_a_shared_case(vault, tmp_path):
    # Was broken: the other vault's newer title matches its own version cell and is dropped as "kept", not taken
    path, case = one_case(vault, tmp_path)
    with Vault.create(tmp_path / "other.cvault", PASSPHRASE, author="other") as other:
        reimport(other, path)  # the other vault holds the case, as exported
        assert other.repos.cases.get(case.id).title == "As exported"
        edit_in_vault(vault, case.id, title="Renamed in the first vault")
        export_tables(vault, tmp_path / "again", [case.id])
        plan, _ = reimport(other, tmp_path / "again" / "cases.csv")
        # the other vault did not touch the title since the first sheet said it: only the sheet changed it
        assert other.repos.cases.get(case.id).title == "Renamed in the first vault"
        assert plan.updated == {"case": 1} and plan.kept == 0


def test_an_unchanged_sheet_does_not_take_back_what_another_sheet_brought(vault, tmp_path):
    # Was broken: bases are per record, not per sheet: list 1 unchanged re-imported reverts list 2's title silently
    case_id = "0b6c2f9e-8d1a-4c3b-9e5f-2a7d4c1b8e60"  # two lists that name one case by its id
    columns = {"id": "case.id", "title": "case.title"}
    mapping = parse_mapping({**MAPPING, "key": "id", "columns": columns})  # each list has its own namespace
    mapping_two = parse_mapping({**MAPPING, "namespace": "theirs", "key": "id", "columns": columns})
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    one.write_text(f"id,title\r\n{case_id},Title of list one\r\n", encoding="utf-8")
    two.write_text(f"id,title\r\n{case_id},Title of list two\r\n", encoding="utf-8")
    reimport(vault, one, mapping)
    plan, result = reimport(vault, two, mapping_two)  # list two never said anything of it: a conflict
    assert result.conflicts == 1
    [conflict] = list_conflicts(vault)
    resolve_conflict(vault, conflict.id, "theirs")
    assert vault.repos.cases.get(case_id).title == "Title of list two"
    plan, result = reimport(vault, one, mapping)  # list one again, as it was
    assert vault.repos.cases.get(case_id).title == "Title of list two"
    assert not plan.updated and result.written == 0


def test_swapped_version_cells_never_overwrite_a_vault_edit(vault, tmp_path):
    a = vault.repos.cases.add(Case(reference="S-1", title="First", region="North"))
    b = vault.repos.cases.add(Case(reference="S-2", title="Second", region="South"))
    export_tables(vault, tmp_path / "out", [a.id, b.id])
    path = tmp_path / "out" / "cases.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    v = rows[0].index("version")
    rows[1][v], rows[2][v] = rows[2][v], rows[1][v]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    edit_in_vault(vault, a.id, title="First, renamed here")
    edit_in_vault(vault, b.id, region="South-West")
    plan, result = reimport(vault, path)
    now_a, now_b = vault.repos.cases.get(a.id), vault.repos.cases.get(b.id)
    assert now_a.title == "First, renamed here" and now_b.region == "South-West"
    # the sheet's stale values, judged against another row's version, disagree: a person sees them
    assert result.conflicts == sum(plan.conflicts.values()) == 2


def test_a_version_cell_on_one_row_and_none_on_another(vault, tmp_path):
    a = vault.repos.cases.add(Case(reference="V-1", title="First", region="North"))
    b = vault.repos.cases.add(Case(reference="V-2", title="Second", region="South"))
    export_tables(vault, tmp_path / "out", [a.id, b.id])
    path = tmp_path / "out" / "cases.csv"
    edit_csv(path, b.id, version="")
    edit_in_vault(vault, a.id, title="First, renamed here")
    edit_in_vault(vault, b.id, title="Second, renamed here")
    plan, result = reimport(vault, path)
    assert plan.kept == 1 and plan.conflicts == {"case": 1} and result.conflicts == 1
    assert vault.repos.cases.get(a.id).title == "First, renamed here"
    assert vault.repos.cases.get(b.id).title == "Second, renamed here"


def test_whitespace_and_an_emptied_cell_are_no_edit(vault, tmp_path):
    path, case = one_case(vault, tmp_path, summary="Kept")
    edit_in_vault(vault, case.id, region="Ontario, edited here")
    edit_csv(path, case.id, title="  As exported  ", summary="")
    plan, result = reimport(vault, path)
    now = vault.repos.cases.get(case.id)
    assert (now.title, now.region, now.summary) == ("As exported", "Ontario, edited here", "Kept")
    assert not plan.updated and not plan.conflicts and result.written == 0


# -- the Incidents sheet -----------------------------------------------------------------------


def incident_sheet(vault, tmp_path: Path, **fields) -> tuple[Path, Incident]:
    case = vault.repos.cases.add(Case(reference="I-1", title="With an incident"))
    incident = vault.repos.incidents.add(Incident(case_id=case.id, **{"tactic": "threat_online", **fields}))
    export_tables(vault, tmp_path / "out", [case.id])
    return tmp_path / "out" / "incidents.csv", incident


def test_a_vault_edit_of_an_incident_date_survives_the_sheet(vault, tmp_path):
    path, incident = incident_sheet(vault, tmp_path, date_start="2015-06")
    incident.date_start, incident.date_qualifier = "2016-02", "circa"
    vault.repos.incidents.update(incident)
    plan, result = reimport(vault, path, ready_mapping("casevault_incidents"))
    now = vault.repos.incidents.get(incident.id)
    assert (now.date_start, now.date_qualifier) == ("2016-02", "circa")
    assert not plan.updated and not plan.conflicts and result.written == 0


def test_removing_circa_from_a_date_in_the_incidents_sheet_is_taken(vault, tmp_path):
    # Was broken: the sheet's "2015-06" (was "circa 2015-06") gives no qualifier, which the import skips as empty
    path, incident = incident_sheet(vault, tmp_path, date_start="2015-06", date_qualifier="circa")
    edit_csv(path, incident.id, date="2015-06")
    plan, _ = reimport(vault, path, ready_mapping("casevault_incidents"))
    assert vault.repos.incidents.get(incident.id).date_qualifier == ""
    assert plan.updated == {"incident": 1}


def test_a_date_range_narrowed_to_one_year_in_the_incidents_sheet_is_taken(vault, tmp_path):
    # Was broken: "2014 to 2016" edited to "2015" comes in as "2015 to 2016": the sheet's empty end is skipped
    path, incident = incident_sheet(vault, tmp_path, date_start="2014", date_end="2016")
    edit_csv(path, incident.id, date="2015")
    reimport(vault, path, ready_mapping("casevault_incidents"))
    now = vault.repos.incidents.get(incident.id)
    assert (now.date_start, now.date_end) in (("2015", None), ("2015", "2015"))


# -- counts of the dry run against the write ------------------------------------------------------


def conflicts_of(vault) -> int:
    return len(list_conflicts(vault))


def test_a_deleted_case_changed_in_the_sheet_counts_its_conflicts_as_the_write_makes_them(vault, tmp_path):
    mapping = ready_mapping("safeguard_defenders_returns")
    sheet = read_table(SHEETS / "sd_returns.xlsx")
    apply_import(vault, plan_import(vault, sheet, mapping))
    gone = next(c for c in vault.repos.cases.all() if c.reference == "SD-1")
    vault.repos.cases.delete(gone.id)
    path = tmp_path / "changed.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(sheet.headers)
        for row in sheet.rows:
            w.writerow(row[:7] + ["Sky Net"] + row[8:] if row[0] == "1" else row)
    plan = plan_import(vault, read_table(path), mapping)
    result = apply_import(vault, plan)
    assert sum(plan.conflicts.values()) == result.conflicts == conflicts_of(vault)
    assert vault.repos.cases.get(gone.id).campaign == "sky_net"


def test_an_unchanged_incidents_sheet_leaves_a_deleted_incident_deleted(vault, tmp_path):
    # Was broken: the row's case_id is not in its version cell, so the unchanged row "says something new" and revives it
    path, incident = incident_sheet(vault, tmp_path, date_start="2015-06", description="As exported")
    vault.repos.incidents.delete(incident.id)
    plan, result = reimport(vault, path, ready_mapping("casevault_incidents"))
    assert vault.repos.incidents.find(incident.id) is None
    assert plan.kept == 1 and not plan.conflicts and result.written == 0 and conflicts_of(vault) == 0


def test_an_incident_deleted_in_the_vault_and_edited_in_the_sheet_comes_back_in_conflict(vault, tmp_path):
    path, incident = incident_sheet(vault, tmp_path, date_start="2015-06", description="As exported")
    vault.repos.incidents.delete(incident.id)
    edit_csv(path, incident.id, description="Edited in the sheet")
    plan, result = reimport(vault, path, ready_mapping("casevault_incidents"))
    assert sum(plan.conflicts.values()) == result.conflicts == conflicts_of(vault) == 1
    [conflict] = list_conflicts(vault)
    assert conflict.reason == "deleted_here_changed_there"
    assert vault.repos.incidents.get(incident.id).description == "Edited in the sheet"


def test_a_resolved_conflict_is_not_raised_again_by_the_same_sheet(vault, tmp_path):
    path, case = one_case(vault, tmp_path)
    edit_in_vault(vault, case.id, title="Title from the vault")
    edit_csv(path, case.id, title="Title from the sheet")
    plan, result = reimport(vault, path)
    assert sum(plan.conflicts.values()) == result.conflicts == 1
    [conflict] = list_conflicts(vault)
    resolve_conflict(vault, conflict.id, "ours")
    plan, result = reimport(vault, path)
    assert not plan.conflicts and not plan.updated and result.written == 0 and conflicts_of(vault) == 0
    assert vault.repos.cases.get(case.id).title == "Title from the vault"
    edit_csv(path, case.id, region="Region from the sheet")  # a new edit of another field: taken
    plan, result = reimport(vault, path)
    now = vault.repos.cases.get(case.id)
    assert plan.updated == {"case": 1} and (now.title, now.region) == ("Title from the vault", "Region from the sheet")


# -- persons: aliases, merged duplicates, the SD sheet -------------------------------------------

PERSONS = {"format": "casevault-table-mapping", "version": 1, "name": "persons", "rows": "case", "key": "key",
           "namespace": "persons", "columns": {"key": "case.key", "name": "target.name",
                                               "aliases": "target.aliases", "born": "target.birth_date",
                                               "occupation": "target.occupation"}}


def person_sheet(path: Path, *rows: str) -> None:
    path.write_text("key,name,aliases,born,occupation\r\n" + "".join(r + "\r\n" for r in rows), encoding="utf-8")


def test_an_alias_added_in_the_vault_is_never_lost_to_the_sheet(vault, tmp_path):
    mapping = parse_mapping(PERSONS)
    path = tmp_path / "p.csv"
    person_sheet(path, "P-1,Xie Weidong,Old Xie,,Engineer")
    reimport(vault, path, mapping)
    [person] = vault.repos.persons.all()
    person.aliases = [*person.aliases, "Lao Xie"]
    vault.repos.persons.update(person)
    person_sheet(path, "P-1,Xie Weidong,Old Xie; X. W.,,Engineer")
    plan, result = reimport(vault, path, mapping)
    assert {"Old Xie", "Lao Xie"} <= set(vault.repos.persons.get(person.id).aliases)
    for conflict in list_conflicts(vault):  # a conflict, if any, offers every alias on the sheet's side
        assert {"Old Xie", "Lao Xie", "X. W."} <= set(conflict.theirs.aliases)


def test_a_merged_duplicate_s_row_edited_later_reaches_the_person_it_was_merged_into(vault, tmp_path):
    # Was broken: the merged-away row's new date of birth is dropped whole; nothing is written and no conflict is raised
    mapping = parse_mapping(PERSONS)
    path = tmp_path / "p.csv"
    person_sheet(path, "P-1,Xie Weidong,,,Engineer", "P-2,XIE Wei-dong,,,Engineer")
    plan = plan_import(vault, read_table(path), mapping)
    assert len(plan.duplicates) == 1
    apply_import(vault, plan_import(vault, read_table(path), mapping, merge={0}))
    [person] = vault.repos.persons.all()
    person_sheet(path, "P-1,Xie Weidong,,,Engineer", "P-2,XIE Wei-dong,,1970,Engineer")
    plan = plan_import(vault, read_table(path), mapping, merge={0})
    result = apply_import(vault, plan)
    changed = vault.repos.persons.get(person.id).birth_date == "1970"
    assert changed or result.conflicts == 1, "the sheet's new date of birth vanished"


def test_a_person_edited_on_both_sides_through_the_sd_sheet_is_a_conflict(vault, tmp_path):
    mapping = ready_mapping("safeguard_defenders_returns")
    sheet = read_table(SHEETS / "sd_returns.xlsx")
    apply_import(vault, plan_import(vault, sheet, mapping))
    person = next(p for p in vault.repos.persons.all() if p.name == "Xie Weidong")
    person.occupation = "Retired"
    vault.repos.persons.update(person)
    plan = plan_import(vault, sheet, mapping)  # unchanged: the vault's edit stands
    assert not plan.updated and not plan.conflicts and apply_import(vault, plan).written == 0
    col = sheet.headers.index("Position / sector")
    path = tmp_path / "sd.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(sheet.headers)
        for row in sheet.rows:
            w.writerow(row[:col] + ["Director"] + row[col + 1:] if row[0] == "1" else row)
    plan = plan_import(vault, read_table(path), mapping)
    result = apply_import(vault, plan)
    assert plan.conflicts == {"person": 1} and result.conflicts == 1
    assert vault.repos.persons.get(person.id).occupation == "Retired"


# -- rows = incident: a case from several rows ---------------------------------------------------


def test_a_freedom_house_sheet_again_keeps_vault_edits_of_its_cases_and_incidents(vault):
    mapping = ready_mapping("freedom_house_incidents")
    sheet = read_table(SHEETS / "fh_incidents.csv")
    apply_import(vault, plan_import(vault, sheet, mapping))
    case = next(iter(vault.repos.cases.all()))
    edit_in_vault(vault, case.id, host_country="MY", title="Retitled here")
    incident = next(iter(vault.repos.incidents.all()))
    incident.description = "Described again here"
    vault.repos.incidents.update(incident)
    plan = plan_import(vault, sheet, mapping)
    result = apply_import(vault, plan)
    assert not plan.updated and not plan.conflicts and result.written == 0
    now = vault.repos.cases.get(case.id)
    assert (now.host_country, now.title) == ("MY", "Retitled here")
    assert vault.repos.incidents.get(incident.id).description == "Described again here"
