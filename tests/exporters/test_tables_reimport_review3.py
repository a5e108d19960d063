"""Third adversarial review of sheet re-imports, property-based: one sheet whose rows each give a
case, its target person and an incident, edited in the sheet and in the vault in any order,
imported again and again, its conflicts resolved either way, with exports of the workbook's Cases
sheet edited and imported in between (a second source, casevault, with version cells). After each
import the model states, field by field, what docs/tables.md's rules give, and the plan's counts
must agree with what the write did."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from db.merge_conflicts import list_conflicts, resolve_conflict
from db.vault import Vault
from exporters.tables_export import export_tables
from exporters.tables_import import apply_import, plan_import
from exporters.tables_mapping import parse_mapping, ready_mapping
from exporters.tables_read import read_table
from tests.conftest import PASSPHRASE
from tests.exporters.test_tables_reimport import edit_csv

KEYS = ("K-1", "K-2")
NAMES = {"K-1": "Wang Fang", "K-2": "Zhou Minghui"}
TACTIC = "agents_abroad"
# (entity, field, column): what the sheet and the vault both edit
EDITABLE = (("case", "region", "region"), ("person", "occupation", "job"), ("person", "birth_date", "born"),
            ("incident", "description", "description"))
FIELDS = tuple((e, f) for e, f, _ in EDITABLE)
VALUES = {"region": ["Ontario", "Quebec", "Montréal 蒙特利尔"], "occupation": ["Engineer", "Teacher", "记者"],
          "birth_date": ["1970", "1971", "1985"], "description": ["Called", "Visited twice", "Menacé 威胁"]}
COLUMNS = {"key": "case.key", "name": "target.name", "job": "target.occupation", "born": "target.birth_date",
           "region": "case.region", "tactic": "incident.tactic", "description": "incident.description"}
MAPPING = {"format": "casevault-table-mapping", "version": 1, "name": "review3", "rows": "case", "key": "key",
           "namespace": "review3", "columns": COLUMNS}

field_of = st.sampled_from(FIELDS)


def value_for(data, name: str) -> str:
    return data.draw(st.sampled_from(VALUES[name]))


class SheetOfCasesPersonsAndIncidents(RuleBasedStateMachine):
    """vault: what each record should hold; base: what the review3 sheet said when it last came in;
    cv_base: what the last casevault import that wrote the case said of its region; open: per
    record, the fields and values of the sheet's side of its open conflict."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp())
        self.vault_db = Vault.create(self.tmp / "v.cvault", PASSPHRASE, author="t")
        self.mapping = parse_mapping(MAPPING)
        self.sheet = {k: {(e, f): VALUES[f][0] for e, f in FIELDS} for k in KEYS}
        self.vault = {k: dict(v) for k, v in self.sheet.items()}
        self.base = {k: dict(v) for k, v in self.sheet.items()}
        self.cv_base: dict[str, str] = {}
        self.open: dict[tuple[str, str], dict[str, str]] = {}  # (key, entity) -> field -> the sheet's value
        self.n = 0
        plan, outcome = self.run(self.sheet_file(), self.mapping)
        assert plan.created.get("case") == 2 and not plan.conflicts, plan.summary()
        v = self.vault_db
        cases = {c.reference: c for c in v.repos.cases.all()}
        self.ids: dict[tuple[str, str], str] = {}
        for k in KEYS:
            case = cases[k]
            self.ids[k, "case"] = case.id
            [incident] = v.repos.incidents.for_case(case.id)
            self.ids[k, "incident"] = incident.id
            [person] = [p for p in v.repos.persons.all() if p.name == NAMES[k]]
            self.ids[k, "person"] = person.id
        self.check_vault()

    def teardown(self) -> None:
        self.vault_db.close()

    # -- plumbing ---------------------------------------------------------------------------------

    def repo(self, entity: str):
        return {"case": self.vault_db.repos.cases, "person": self.vault_db.repos.persons,
                "incident": self.vault_db.repos.incidents}[entity]

    def sheet_file(self) -> Path:
        self.n += 1
        path = self.tmp / f"list{self.n}.csv"
        col = {c: (e, f) for e, f, c in EDITABLE}
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(list(COLUMNS))
            for k in KEYS:
                fixed = {"key": k, "name": NAMES[k], "tactic": TACTIC}
                w.writerow([fixed[c] if c in fixed else self.sheet[k][col[c]] for c in COLUMNS])
        return path

    def run(self, path: Path, mapping):
        plan = plan_import(self.vault_db, read_table(path), mapping)
        assert plan.ok, [str(p) for p in plan.problems]
        return plan, apply_import(self.vault_db, plan)

    def check_after_import(self, plan, outcome, updated: dict[str, int], conflicts: dict[str, int], kept: int):
        """The plan says what the model expects, the write did what the plan said."""
        assert {e: n for e, n in plan.updated.items() if e in ("case", "person", "incident")} == updated
        assert {e: n for e, n in plan.conflicts.items() if n} == conflicts
        assert plan.kept == kept
        assert outcome.conflicts == sum(conflicts.values())
        self.check_vault()

    def check_vault(self) -> None:
        for k in KEYS:
            for entity, name in FIELDS:
                held = getattr(self.repo(entity).get(self.ids[k, entity]), name)
                assert held == self.vault[k][entity, name], (k, entity, name)
        live = list_conflicts(self.vault_db)
        assert sorted(c.entity_id for c in live) == sorted(self.ids[k] for k in self.open)
        for c in live:
            [(k, entity)] = [ke for ke in self.open if self.ids[ke] == c.entity_id]
            for name, value in self.open[k, entity].items():
                assert getattr(c.theirs, name) == value, (k, entity, name)  # the sheet's side offers it
                assert getattr(c.ours, name) == self.vault[k][entity, name]  # the vault's stays live

    # -- rules ------------------------------------------------------------------------------------

    @rule(key=st.sampled_from(KEYS), which=field_of, data=st.data())
    def edit_in_the_vault(self, key, which, data):
        entity, name = which
        value = value_for(data, name)
        record = self.repo(entity).get(self.ids[key, entity])
        setattr(record, name, value)
        self.repo(entity).update(record)
        self.vault[key][which] = value

    @rule(key=st.sampled_from(KEYS), which=field_of, data=st.data())
    def edit_in_the_sheet(self, key, which, data):
        self.sheet[key][which] = value_for(data, which[1])

    @rule(key=st.sampled_from(KEYS), which=field_of, data=st.data())
    def edit_one_field_on_both_sides(self, key, which, data):
        """The same field edited in the vault and in the sheet (the same value or not)."""
        self.edit_in_the_vault(key, which, data)
        self.edit_in_the_sheet(key, which, data)

    @rule()
    def import_the_sheet(self):
        updated: dict[str, int] = {}
        conflicts: dict[str, int] = {}
        kept = 0
        for k in KEYS:
            said, base, held = self.sheet[k], self.base[k], self.vault[k]
            for entity in ("case", "person", "incident"):
                mine = [(e, f) for e, f in FIELDS if e == entity]
                stale = [w for w in mine if said[w] == base[w] and held[w] != said[w]]
                changed = [w for w in mine if said[w] != base[w] and said[w] != held[w]]
                clash = [w for w in changed if held[w] != base[w]]
                kept += bool(stale)
                if clash:  # nothing taken; the record's conflict offers every field the sheet changed
                    conflicts[entity] = conflicts.get(entity, 0) + 1
                    earlier = self.open.get((k, entity), {})
                    self.open[k, entity] = {**earlier, **{f: said[e, f] for e, f in changed}}
                elif changed:
                    updated[entity] = updated.get(entity, 0) + 1
                    for w in changed:
                        held[w] = said[w]
            self.base[k] = dict(said)
        plan, outcome = self.run(self.sheet_file(), self.mapping)
        self.check_after_import(plan, outcome, updated, conflicts, kept)

    @rule(key=st.sampled_from(KEYS), entity=st.sampled_from(("case", "person", "incident")),
          keep=st.sampled_from(("ours", "theirs")))
    def resolve(self, key, entity, keep):
        if (key, entity) not in self.open:
            return
        [conflict] = [c for c in list_conflicts(self.vault_db) if c.entity_id == self.ids[key, entity]]
        resolve_conflict(self.vault_db, conflict.id, keep)
        claimed = self.open.pop((key, entity))
        if keep == "theirs":
            for name, value in claimed.items():
                self.vault[key][entity, name] = value
        self.check_vault()

    @rule(edits=st.dictionaries(st.sampled_from(KEYS), st.sampled_from(VALUES["region"]), max_size=2))
    def export_edit_and_import_the_cases_sheet(self, edits):
        self.n += 1
        folder = self.tmp / f"export{self.n}"
        export_tables(self.vault_db, folder, [self.ids[k, "case"] for k in KEYS])
        path = folder / "cases.csv"
        for k, region in edits.items():
            edit_csv(path, self.ids[k, "case"], region=region)
        updated = kept = 0
        for k, region in edits.items():
            held = self.vault[k]["case", "region"]
            if region == held:
                continue
            if region == self.cv_base.get(k):  # a sheet of this source said it before: stale
                kept += 1
                continue
            updated += 1  # the vault holds what the row was exported with
            self.vault[k]["case", "region"] = region
            self.cv_base[k] = region
        plan, outcome = self.run(path, ready_mapping("casevault_cases"))
        self.check_after_import(plan, outcome, {"case": updated} if updated else {}, {}, kept)

    @invariant()
    def the_vault_holds_what_the_rules_say(self):
        self.check_vault()


SheetOfCasesPersonsAndIncidents.TestCase.settings = settings(max_examples=30, stateful_step_count=12,
                                                             deadline=None)
test_any_sequence_over_cases_persons_and_incidents = SheetOfCasesPersonsAndIncidents.TestCase
