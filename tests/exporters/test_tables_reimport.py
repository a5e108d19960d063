"""A sheet that comes back never takes back what was changed in the vault since it left (or since
it last came in): each field is judged against what the sheet said before (db.sheet_bases), from
the row's version cell (export-table) or from the vault (a sheet made elsewhere). Only the sheet
changed it: an update; only the vault: kept; both: a conflict a person resolves."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from db.merge_conflicts import list_conflicts, resolve_conflict
from db.models import Case
from db.verify import verify
from exporters.tables_export import export_tables
from exporters.tables_import import apply_import, plan_import
from exporters.tables_mapping import parse_mapping, ready_mapping
from exporters.tables_read import read_table


def edit_csv(path: Path, case_id: str, **cells: str) -> None:
    """Change cells of the row whose id column is `case_id`, as a user would in a spreadsheet."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    for row in rows[1:]:
        if row[header.index("id")] == case_id:
            for name, value in cells.items():
                row[header.index(name)] = value
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


def reimport(vault, path: Path, mapping=None):
    plan = plan_import(vault, read_table(path), mapping or ready_mapping("casevault_cases"))
    assert plan.ok, [str(p) for p in plan.problems]
    return plan, apply_import(vault, plan)


def exported(vault, tmp_path: Path) -> tuple[Path, Case]:
    export_tables(vault, tmp_path / "out")
    path = tmp_path / "out" / "cases.csv"
    first_id = path.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[0]
    return path, vault.repos.cases.get(first_id)


def one_case(vault, tmp_path: Path, name: str = "out", **fields) -> tuple[Path, Case]:
    """A case of its own, exported alone: its Cases sheet and the case."""
    case = vault.repos.cases.add(Case(reference=fields.pop("reference", "R-1"),
                                      **{"title": "As exported", "region": "Ontario", **fields}))
    export_tables(vault, tmp_path / name, [case.id])
    return tmp_path / name / "cases.csv", case


def edit_in_vault(vault, case_id: str, **fields) -> Case:
    case = vault.repos.cases.get(case_id)
    for name, value in fields.items():
        setattr(case, name, value)
    vault.repos.cases.update(case)
    return vault.repos.cases.get(case_id)


def test_a_vault_edit_made_after_the_export_survives_the_sheet_coming_back(demo_vault, tmp_path):
    path, case = exported(demo_vault, tmp_path)
    edit_in_vault(demo_vault, case.id, title="Title corrected in the vault")
    plan, result = reimport(demo_vault, path)
    assert not plan.updated and not plan.conflicts and plan.kept == 1
    assert result.written == 0 and result.conflicts == 0
    assert demo_vault.repos.cases.get(case.id).title == "Title corrected in the vault"


def test_each_side_changed_another_field_and_both_changes_stand(demo_vault, tmp_path):
    path, case = exported(demo_vault, tmp_path)
    edit_in_vault(demo_vault, case.id, title="Title corrected in the vault")
    edit_csv(path, case.id, region="Region from the sheet")
    plan, result = reimport(demo_vault, path)
    assert plan.updated == {"case": 1} and not plan.conflicts
    assert result.conflicts == 0
    now = demo_vault.repos.cases.get(case.id)
    assert (now.title, now.region) == ("Title corrected in the vault", "Region from the sheet")


def test_one_field_changed_on_both_sides_is_a_conflict_and_the_vault_keeps_its_value(demo_vault, tmp_path):
    path, case = exported(demo_vault, tmp_path)
    edit_in_vault(demo_vault, case.id, title="Title from the vault")
    edit_csv(path, case.id, title="Title from the sheet")
    plan, result = reimport(demo_vault, path)
    assert plan.conflicts == {"case": 1} and not plan.updated
    assert result.conflicts == 1
    assert demo_vault.repos.cases.get(case.id).title == "Title from the vault"
    [conflict] = list_conflicts(demo_vault)
    assert conflict.entity_id == case.id and "title" in conflict.differing_fields()
    assert conflict.reason == "changed_here_and_in_file"
    # the same sheet again: nothing new to say, no second conflict
    plan, result = reimport(demo_vault, path)
    assert not plan.conflicts and not plan.updated and result.conflicts == 0
    assert len(list_conflicts(demo_vault)) == 1


def test_both_sides_making_the_same_change_is_no_conflict(demo_vault, tmp_path):
    path, case = exported(demo_vault, tmp_path)
    edit_in_vault(demo_vault, case.id, title="Agreed title")
    edit_csv(path, case.id, title="Agreed title")
    plan, result = reimport(demo_vault, path)
    assert not plan.conflicts and not plan.updated and result.written == 0


def test_a_sheet_without_its_version_column_cannot_overwrite_silently(demo_vault, tmp_path):
    path, case = exported(demo_vault, tmp_path)
    edit_csv(path, case.id, title="Title from the sheet", version="")
    plan, result = reimport(demo_vault, path)
    assert plan.conflicts == {"case": 1} and result.conflicts == 1
    assert demo_vault.repos.cases.get(case.id).title == case.title


SHEET = "key,title,region,status\r\nA-1,First case,Ontario,open\r\nA-2,Second case,Quebec,open\r\n"
MAPPING = {"format": "casevault-table-mapping", "version": 1, "name": "ours", "rows": "case", "key": "key",
           "namespace": "ours", "columns": {"key": "case.key", "title": "case.title", "region": "case.region",
                                            "status": "case.status"}}


def test_a_sheet_made_elsewhere_is_judged_against_what_it_said_last_time(vault, tmp_path):
    mapping = parse_mapping(MAPPING)
    path = tmp_path / "list.csv"
    path.write_text(SHEET, encoding="utf-8")
    reimport(vault, path, mapping)
    first = next(c for c in vault.repos.cases.all() if c.reference == "A-1")
    second = next(c for c in vault.repos.cases.all() if c.reference == "A-2")
    edit_in_vault(vault, first.id, title="First case, renamed in the vault")
    edit_in_vault(vault, second.id, region="Montréal")
    # the same list again: the vault's edits stand
    plan, result = reimport(vault, path, mapping)
    assert not plan.updated and not plan.conflicts and plan.kept == 2 and result.written == 0
    # the list edited: a field only the list changed comes in, one both changed is a conflict
    path.write_text(SHEET.replace("First case,Ontario,open", "First case,Ontario,closed")
                         .replace("Second case,Quebec", "Second case,Gatineau"), encoding="utf-8")
    plan, result = reimport(vault, path, mapping)
    assert plan.updated == {"case": 1} and plan.conflicts == {"case": 1}
    one, two = vault.repos.cases.get(first.id), vault.repos.cases.get(second.id)
    assert (one.title, one.status) == ("First case, renamed in the vault", "closed")
    assert two.region == "Montréal" and result.conflicts == 1


def test_records_without_a_stored_base_come_back_as_conflicts_not_updates(vault, tmp_path):
    mapping = parse_mapping(MAPPING)
    path = tmp_path / "list.csv"
    path.write_text(SHEET, encoding="utf-8")
    reimport(vault, path, mapping)
    with vault.write():  # as if imported before the vault kept bases
        vault.conn.execute("DELETE FROM sheet_base")
    path.write_text(SHEET.replace("Ontario", "Manitoba"), encoding="utf-8")
    plan, result = reimport(vault, path, mapping)
    assert plan.conflicts == {"case": 1} and result.conflicts == 1
    assert next(c for c in vault.repos.cases.all() if c.reference == "A-1").region == "Ontario"


def test_an_open_conflict_with_a_sheet_stays_open_when_the_next_import_changes_the_record(vault, tmp_path):
    """A file's side of a conflict is numbered by this vault, so any later write here covered it and
    the next merge closed the conflict as settled, though nobody had chosen."""
    mapping = parse_mapping(MAPPING)
    path = tmp_path / "list.csv"
    path.write_text(SHEET, encoding="utf-8")
    reimport(vault, path, mapping)
    first = next(c for c in vault.repos.cases.all() if c.reference == "A-1")
    edit_in_vault(vault, first.id, region="Manitoba")
    path.write_text(SHEET.replace("Ontario", "Alberta"), encoding="utf-8")
    assert reimport(vault, path, mapping)[1].conflicts == 1
    path.write_text(SHEET.replace("Ontario", "Alberta").replace("First case", "First case renamed"), encoding="utf-8")
    plan, result = reimport(vault, path, mapping)
    assert plan.updated == {"case": 1} and result.conflicts == 0
    [conflict] = list_conflicts(vault)
    assert conflict.entity_id == first.id and conflict.theirs.region == "Alberta"
    assert vault.repos.cases.get(first.id).title == "First case renamed"
    # the sheet's side is its region over the record as it is now: choosing it takes back nothing else
    assert conflict.differing_fields() == ["region"] and conflict.theirs.title == "First case renamed"
    resolve_conflict(vault, conflict.id, "theirs")
    now = vault.repos.cases.get(first.id)
    assert (now.title, now.region) == ("First case renamed", "Alberta")
    assert verify(vault).ok


CHANGE = st.one_of(st.none(), st.sampled_from(["", "x", "Région 地区", "  padded  "]), st.text(max_size=12))
_round = iter(range(1_000_000))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({f: st.tuples(CHANGE, CHANGE) for f in ("title", "region", "summary")}),
       st.booleans())
def test_no_field_is_ever_reverted_silently(vault, tmp_path, edits, with_version):
    """For any edits on either side (None: left alone) of any field, through a sheet with version
    cells or one whose base the vault stored: a field only the sheet changed takes the sheet's value,
    one only the vault changed keeps the vault's, and one both changed to different values leaves the
    vault's value live and the record in conflict."""
    n = next(_round)
    before = {"title": f"Case {n}", "region": "Ontario", "summary": "As it was"}
    case = vault.repos.cases.add(Case(reference=f"H-{n}", **before))
    folder = tmp_path / f"r{n}"
    export_tables(vault, folder, [case.id])
    path = folder / "cases.csv"
    if not with_version:  # a base in the vault instead: the first import stores it
        edit_csv(path, case.id, version="")
        apply_import(vault, plan_import(vault, read_table(path), ready_mapping("casevault_cases")))
    vault_side = {f: v for f, (v, _) in edits.items() if v is not None and v.strip()}
    sheet_side = {f: s for f, (_, s) in edits.items() if s is not None and s.strip() and "\n" not in s}
    if vault_side:
        edit_in_vault(vault, case.id, **vault_side)
    current = {f: getattr(vault.repos.cases.get(case.id), f) for f in before}
    edit_csv(path, case.id, **sheet_side)
    conflicts_before = len(list_conflicts(vault))
    table = read_table(path)
    plan = plan_import(vault, table, ready_mapping("casevault_cases"))
    if not plan.ok:  # a value the vault refuses (e.g. control characters): nothing to judge
        return
    said = {f: v.strip() for f, v in sheet_side.items()}
    apply_import(vault, plan)
    after = vault.repos.cases.get(case.id)
    in_conflict = len(list_conflicts(vault)) > conflicts_before
    for f in before:
        mine, theirs = current[f].strip(), said.get(f)
        sheet_changed = theirs is not None and theirs != before[f]
        vault_changed = f in vault_side and mine != before[f]
        if in_conflict:
            assert getattr(after, f) == current[f], f  # nothing taken while a person has to choose
        elif sheet_changed and not vault_changed:
            assert getattr(after, f).strip() == theirs, f
        else:
            assert getattr(after, f) == current[f], f
        if sheet_changed and vault_changed and theirs != mine:
            assert in_conflict, f


def test_only_the_internal_profile_writes_version_cells(demo_vault, tmp_path):
    export_tables(demo_vault, tmp_path / "internal")
    export_tables(demo_vault, tmp_path / "public", profile="public")
    for sheet in ("cases", "incidents"):
        assert read_table(tmp_path / "internal" / f"{sheet}.csv").headers[-1] == "version"
        assert "version" not in read_table(tmp_path / "public" / f"{sheet}.csv").headers


def test_the_incidents_sheet_keeps_a_later_vault_edit_and_takes_its_own(demo_vault, tmp_path):
    export_tables(demo_vault, tmp_path / "out")
    path = tmp_path / "out" / "incidents.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    first, second = (demo_vault.repos.incidents.get(r[0]) for r in rows[1:3])
    first.description = "Described again in the vault"
    demo_vault.repos.incidents.update(first)
    rows[2][rows[0].index("description")] = "Described again in the sheet"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    plan, result = reimport(demo_vault, path, ready_mapping("casevault_incidents"))
    assert plan.updated == {"incident": 1} and plan.kept == 1 and not plan.conflicts
    assert demo_vault.repos.incidents.get(first.id).description == "Described again in the vault"
    assert demo_vault.repos.incidents.get(second.id).description == "Described again in the sheet"


SHEETS = Path(__file__).parents[1] / "data" / "sheets"


def test_a_case_deleted_in_the_vault_stays_deleted_unless_the_sheet_changed_it(vault, tmp_path):
    mapping = ready_mapping("safeguard_defenders_returns")
    sheet = read_table(SHEETS / "sd_returns.xlsx")
    apply_import(vault, plan_import(vault, sheet, mapping))
    gone = next(c for c in vault.repos.cases.all() if c.reference == "SD-1")
    vault.repos.cases.delete(gone.id)
    plan = plan_import(vault, sheet, mapping)
    assert not plan.created and not plan.updated and not plan.conflicts and plan.kept > 1
    assert apply_import(vault, plan).written == 0
    assert "SD-1" not in {c.reference for c in vault.repos.cases.all()}
    # the sheet changed since: the case comes back with a conflict, never silently
    path = tmp_path / "changed.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(sheet.headers)
        for row in sheet.rows:
            w.writerow(row[:7] + ["Sky Net"] + row[8:] if row[0] == "1" else row)
    plan = plan_import(vault, read_table(path), mapping)
    assert sum(plan.conflicts.values()) >= 1 and not plan.created
    result = apply_import(vault, plan)
    assert result.conflicts >= 1
    assert "deleted_here_changed_there" in {c.reason for c in list_conflicts(vault)}


class ImportsAndEdits(RuleBasedStateMachine):
    """Any sequence of edits in the vault, edits in a sheet made elsewhere, and imports of it. Each
    import must do, field by field, what a person would: the sheet's value where only the sheet
    changed it since it last came in, the vault's where only the vault did, and for a record where
    both changed one field differently, nothing but a conflict (the vault's version stays), which
    stays open until a person resolves it, whatever is imported or edited after; choosing the
    sheet's side then takes the fields the sheet changed, and nothing else."""

    FIELDS = ("title", "region", "summary")
    KEYS = ("K-1", "K-2")

    def __init__(self) -> None:
        super().__init__()
        import tempfile

        from db.vault import Vault
        from tests.conftest import PASSPHRASE

        self.tmp = Path(tempfile.mkdtemp())
        self.vault = Vault.create(self.tmp / "v.cvault", PASSPHRASE, author="t")
        columns = {"key": "case.key", **{f: f"case.{f}" for f in self.FIELDS}}
        self.mapping = parse_mapping({**MAPPING, "columns": columns})
        self.sheet = {k: {f: f"{f} of {k}" for f in self.FIELDS} for k in self.KEYS}
        self.vault_model = {k: dict(v) for k, v in self.sheet.items()}
        self.base = {k: dict(v) for k, v in self.sheet.items()}  # what the sheet said when it last came in
        self.in_conflict: dict[str, dict[str, str]] = {}  # key -> the sheet's fields in its open conflict
        self.run_import()
        self.ids = {c.reference: c.id for c in self.vault.repos.cases.all()}

    def teardown(self) -> None:
        self.vault.close()

    def run_import(self):
        path = self.tmp / "list.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["key", *self.FIELDS])
            for k in self.KEYS:
                w.writerow([k, *(self.sheet[k][f] for f in self.FIELDS)])
        plan = plan_import(self.vault, read_table(path), self.mapping)
        assert plan.ok, [str(p) for p in plan.problems]
        return apply_import(self.vault, plan)

    @rule(key=st.sampled_from(KEYS), name=st.sampled_from(FIELDS), value=st.sampled_from(["a", "b", "Ω 名"]))
    def edit_in_the_vault(self, key, name, value):
        edit_in_vault(self.vault, self.ids[key], **{name: value})
        self.vault_model[key][name] = value

    @rule(key=st.sampled_from(KEYS), name=st.sampled_from(FIELDS), value=st.sampled_from(["a", "c", "Ω 名"]))
    def edit_in_the_sheet(self, key, name, value):
        self.sheet[key][name] = value

    @rule()
    def import_the_sheet(self):
        for k in self.KEYS:
            said, base, held = self.sheet[k], self.base[k], self.vault_model[k]
            clash = any(said[f] != base[f] and held[f] != base[f] and said[f] != held[f] for f in self.FIELDS)
            if clash:  # a newer conflict on a record supersedes its open one
                self.in_conflict[k] = {f: said[f] for f in self.FIELDS if said[f] not in (held[f], base[f])}
            else:
                for f in self.FIELDS:
                    if said[f] != base[f] and held[f] == base[f]:
                        held[f] = said[f]
            self.base[k] = dict(said)
        self.run_import()
        assert sorted(c.entity_id for c in list_conflicts(self.vault)) == sorted(self.ids[k] for k in self.in_conflict)

    @rule(key=st.sampled_from(KEYS), keep=st.sampled_from(["ours", "theirs"]))
    def resolve(self, key, keep):
        if key not in self.in_conflict:
            return
        [conflict] = [c for c in list_conflicts(self.vault) if c.entity_id == self.ids[key]]
        resolve_conflict(self.vault, conflict.id, keep)
        claimed = self.in_conflict.pop(key)
        if keep == "theirs":
            self.vault_model[key].update(claimed)

    @invariant()
    def the_vault_holds_what_the_rules_say(self):
        for k in self.KEYS:
            case = self.vault.repos.cases.get(self.ids[k])
            assert {f: getattr(case, f) for f in self.FIELDS} == self.vault_model[k]


ImportsAndEdits.TestCase.settings = settings(max_examples=40, stateful_step_count=15, deadline=None)
test_any_sequence_of_edits_and_imports = ImportsAndEdits.TestCase


def test_a_field_empty_in_the_vault_and_without_a_base_is_filled_not_a_conflict(vault, tmp_path):
    mapping = parse_mapping(MAPPING)
    path = tmp_path / "list.csv"
    path.write_text(SHEET, encoding="utf-8")
    reimport(vault, path, mapping)
    wider = parse_mapping({**MAPPING, "columns": {**MAPPING["columns"], "summary": "case.summary"}})
    path.write_text(SHEET.replace("status\r\n", "status,summary\r\n").replace("open\r\n", "open,Told later\r\n"),
                    encoding="utf-8")
    plan, result = reimport(vault, path, wider)
    assert plan.updated == {"case": 2} and not plan.conflicts and result.conflicts == 0
    assert {c.summary for c in vault.repos.cases.all()} == {"Told later"}
