"""Three laptops, driven by hypothesis through random sequences of what a group does: create, edit
and delete records and whole cases, undo, import JSON exports, exchange bundles (everything, only
some cases, only what a peer has not seen, old bundles again and out of order) and resolve
conflicts either way. The promises of docs/bundle.md, as invariants:

- `verify` passes on every vault after every step;
- once every vault has exchanged with every other and all conflicts are resolved, the three vaults
  hold identical content;
- an edit never disappears without a trace: when a record ends up deleted, every edit made to it
  was either seen by a vault that deleted it, or a conflict about it (or its case) was shown.

CI runs a short setting; CASEVAULT_LONG=1 runs thousands of sequences."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from db import changes
from db.errors import ValidationError, VaultError
from db.merge_conflicts import list_conflicts, resolve_conflict
from db.models import Case, Incident, Note, Outcome, Person, Role, Source
from db.vault import Vault
from db.verify import verify
from db.versions import peers
from exporters.bundle import export_bundle, import_bundle
from exporters.interchange import export_json, import_json
from tests.conftest import PASSPHRASE
from tests.db.test_merge import content

LONG = bool(os.environ.get("CASEVAULT_LONG"))
BUNDLE = "property bundles"
TEXT = {"case": "summary", "note": "body", "incident": "description", "person": "notes", "role": "notes",
        "source": "citation", "outcome": "notes"}
REPOS = {"case": "cases", "note": "notes", "incident": "incidents", "person": "persons", "role": "roles",
         "source": "sources", "outcome": "outcomes"}
_templates: dict[str, Path] = {}


def template(name: str) -> Path:
    """An empty vault per laptop name, made once; each sequence starts from a copy (a new file, so
    each copy takes its own replica id at its first write)."""
    if name not in _templates:
        folder = Path(tempfile.mkdtemp(prefix="cv-sync-template-"))
        with Vault.create(folder / f"{name}.cvault", PASSPHRASE, author=name):
            pass
        _templates[name] = folder / f"{name}.cvault"
    return _templates[name]


class ThreeLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cv-sync-"))
        self.vaults: list[Vault] = []
        self.bundles: list[Path] = []
        self.last: dict[int, changes.ChangeSet | None] = {}
        self.serial = itertools.count(1)
        self.parent: dict[str, str | None] = {}  # content marker -> the marker it was written over
        self.edits: dict[str, set[str]] = {}  # record id -> markers of every edit made to it
        self.seen_by_deleter: dict[str, set[str]] = {}  # record id -> markers its deleters held
        self.case_of: dict[str, str] = {}

    @initialize()
    def laptops(self) -> None:
        for name in ("alice", "bob", "carol"):
            path = self.folder / f"{name}.cvault"
            shutil.copyfile(template(name), path)
            self.vaults.append(Vault.open(path, PASSPHRASE))
        for i in range(3):
            self.last[i] = None

    def teardown(self) -> None:
        try:
            if self.vaults:
                self.converge()
        finally:
            for v in self.vaults:
                v.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------------------------

    def marker(self, record_id: str, over: str | None) -> str:
        m = f"m{next(self.serial)}"
        self.parent[m] = over
        self.edits.setdefault(record_id, set()).add(m)
        return m

    def records(self, v: Vault, entity: str) -> list:
        return sorted(getattr(v.repos, REPOS[entity]).all(), key=lambda r: r.id)

    def write(self, i: int, records: list) -> None:
        self.last[i] = changes.write_records(self.vaults[i], records)

    # -- local work --------------------------------------------------------------------------------------

    @rule(i=st.integers(0, 2))
    def create_case(self, i: int) -> None:
        n = next(self.serial)
        case = Case(reference=f"R-{n}", title=f"case {n}")
        case.summary = self.marker(case.id, None)
        self.write(i, [case])

    @rule(i=st.integers(0, 2), entity=st.sampled_from(["note", "incident", "source", "outcome"]),
          pick=st.integers(0, 50))
    def add_record(self, i: int, entity: str, pick: int) -> None:
        cases = self.records(self.vaults[i], "case")
        if not cases:
            return
        case = cases[pick % len(cases)]
        # An incident targets the case's first person, if any: a link a merge must keep whole.
        persons = [r.person_id for r in self.records(self.vaults[i], "role") if r.case_id == case.id]
        record = {"note": lambda: Note(case_id=case.id, body=""),
                  "incident": lambda: Incident(case_id=case.id, tactic="other", target_ids=persons[:1]),
                  "source": lambda: Source(case_id=case.id, kind="interview", citation="-"),  # numbered here
                  "outcome": lambda: Outcome(case_id=case.id, outcome="not_returned")}[entity]()
        setattr(record, TEXT[entity], self.marker(record.id, None))
        self.case_of[record.id] = case.id
        self.write(i, [record])

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50))
    def add_person_to_case(self, i: int, pick: int) -> None:
        cases = self.records(self.vaults[i], "case")
        if not cases:
            return
        case = cases[pick % len(cases)]
        person = Person(name=f"Person {next(self.serial)}")
        person.notes = self.marker(person.id, None)
        role = Role(case_id=case.id, person_id=person.id, role="witness")
        role.notes = self.marker(role.id, None)
        self.case_of[role.id] = case.id
        self.write(i, [person, role])

    @rule(i=st.integers(0, 2), entity=st.sampled_from(["case", "note", "incident", "person", "role", "source",
                                                        "outcome"]),
          pick=st.integers(0, 50))
    def edit(self, i: int, entity: str, pick: int) -> None:
        found = self.records(self.vaults[i], entity)
        if not found:
            return
        record = found[pick % len(found)]
        field = TEXT[entity]
        setattr(record, field, self.marker(record.id, getattr(record, field) or None))
        self.write(i, [record])

    @rule(i=st.integers(0, 2), entity=st.sampled_from(["case", "note", "incident", "role", "person", "source",
                                                        "outcome"]),
          pick=st.integers(0, 50))
    def delete(self, i: int, entity: str, pick: int) -> None:
        v = self.vaults[i]
        found = self.records(v, entity)
        if not found:
            return
        record = found[pick % len(found)]
        doomed = [record]
        if entity == "case":
            for e in ("note", "incident", "role", "source", "outcome"):
                doomed += [r for r in self.records(v, e) if r.case_id == record.id]
        held = {r.id: getattr(r, TEXT[r.entity]) for r in doomed}
        try:
            self.last[i] = changes.delete_records(v, [record])
        except ValidationError:  # a person still in a case: refused, and nothing changed
            assert entity == "person"
            return
        for record_id, marker in held.items():
            self.seen_by_deleter.setdefault(record_id, set()).add(marker)

    @rule(i=st.integers(0, 2))
    def undo(self, i: int) -> None:
        change = self.last[i]
        if change is None:
            return
        self.last[i] = None
        try:
            changes.undo(self.vaults[i], change)
        except VaultError as exc:
            assert "no longer possible" in str(exc)
            return
        for _, before, after in change.steps:
            if after is None and before is not None:  # a deleted record comes back: an edit of sorts
                self.edits.setdefault(before.id, set()).add(getattr(before, TEXT[before.entity]))
            elif before is None and after is not None:  # a creation taken back: deleted by its author
                self.seen_by_deleter.setdefault(after.id, set()).add(getattr(after, TEXT[after.entity]))

    # -- exchanging -------------------------------------------------------------------------------------

    def _bundle(self, src: int, **options) -> Path:
        path = self.folder / f"b{len(self.bundles)}.cvb"
        export_bundle(self.vaults[src], path, BUNDLE, log_n=10, **options)
        self.bundles.append(path)
        return path

    def _merge(self, dst: int, path: Path) -> None:
        import_bundle(self.vaults[dst], path, BUNDLE)
        self.last[dst] = None

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2), kind=st.sampled_from(["all", "for", "cases"]),
          pick=st.integers(0, 50))
    def exchange(self, src: int, dst: int, kind: str, pick: int) -> None:
        if src == dst:
            return
        options: dict = {}
        if kind == "for":
            mine = {p.replica for p in peers(self.vaults[src])}
            replica = self.vaults[dst].versions.replica
            if replica in mine:
                options["for_peer"] = replica
        elif kind == "cases":
            cases = self.records(self.vaults[src], "case")
            if cases:
                options["case_ids"] = [c.id for c in cases[pick % len(cases):][:2]]
        self._merge(dst, self._bundle(src, **options))

    @precondition(lambda self: self.bundles)
    @rule(dst=st.integers(0, 2), pick=st.integers(0, 50))
    def replay_an_old_bundle(self, dst: int, pick: int) -> None:
        self._merge(dst, self.bundles[pick % len(self.bundles)])

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2))
    def json_export_and_import(self, src: int, dst: int) -> None:
        path = self.folder / f"j{next(self.serial)}.json"
        export_json(self.vaults[src], path)
        import_json(self.vaults[dst], path)
        self.last[dst] = None

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50), keep=st.sampled_from(["ours", "theirs"]))
    def resolve(self, i: int, pick: int, keep: str) -> None:
        open_ = list_conflicts(self.vaults[i])
        if not open_:
            return
        self._resolve(i, open_[pick % len(open_)], keep)

    def _resolve(self, i: int, conflict, keep: str) -> None:
        v = self.vaults[i]
        deleting = conflict.deleting_side() == keep
        held = {}
        if deleting:
            case_id = conflict.entity_id if conflict.whole_case else None
            kept_now = [conflict.ours or conflict.theirs]
            if case_id:
                kept_now += [r for e in ("note", "incident", "role") for r in self.records(v, e)
                             if r.case_id == case_id]
            held = {r.id: getattr(r, TEXT[r.entity]) for r in kept_now if r is not None and r.entity in TEXT}
        try:
            resolve_conflict(v, conflict.id, keep)
        except ValidationError:  # the chosen delete would break links here: the other choice is the way
            resolve_conflict(v, conflict.id, "ours" if keep == "theirs" else "theirs")
            held = {}
        self.last[i] = None
        for record_id, marker in held.items():
            self.seen_by_deleter.setdefault(record_id, set()).add(marker)

    # -- invariants ------------------------------------------------------------------------------------

    @invariant()
    def every_vault_verifies(self) -> None:
        for v in self.vaults:
            report = verify(v)
            assert report.ok, report.lines()

    @invariant()
    def source_numbers_stay_unique_in_each_case(self) -> None:
        """Sources added on two laptops at once take the same number; the merge renumbers one."""
        for v in self.vaults:
            numbers = v.conn.execute("SELECT case_id, number, count(*) FROM sources WHERE number IS NOT NULL "
                                     "GROUP BY case_id, number HAVING count(*) > 1").fetchall()
            assert not numbers, numbers

    def converge(self) -> None:
        """Everyone sends everything to the first laptop, which resolves every conflict; it sends
        everything back; repeat until nothing changes. Then all three must be the same."""
        first = self.vaults[0]
        for _ in range(8):
            for j in (1, 2):
                self._merge(0, self._bundle(j))
            for conflict in list_conflicts(first):
                self._resolve(0, conflict, "ours")
            for j in (1, 2):
                self._merge(j, self._bundle(0))
            agree = content(self.vaults[1]) == content(first) == content(self.vaults[2])
            if agree and not any(list_conflicts(v) for v in self.vaults):
                break
        for v in self.vaults:
            assert not list_conflicts(v), "conflicts left after everyone exchanged and resolved"
            assert verify(v).ok
        assert content(self.vaults[1]) == content(first) == content(self.vaults[2])
        self.no_edit_vanished_silently()

    def no_edit_vanished_silently(self) -> None:
        alive = {r.id for v in self.vaults for e in TEXT for r in self.records(v, e)}
        shown = {row[0] for v in self.vaults for row in v.conn.execute("SELECT entity_id FROM conflicts")}
        for record_id, markers in self.edits.items():
            if record_id in alive:
                continue
            if record_id in shown or self.case_of.get(record_id) in shown:
                continue
            held = self.seen_by_deleter.get(record_id, set())
            for m in markers:
                assert any(self._descends(h, m) for h in held), f"edit {m} of {record_id} vanished without a conflict"

    def _descends(self, later: str | None, earlier: str) -> bool:
        while later is not None:
            if later == earlier:
                return True
            later = self.parent.get(later)
        return False


ThreeLaptops.TestCase.settings = settings(
    max_examples=int(os.environ.get("CASEVAULT_EXAMPLES", 2000 if LONG else 12)),
    stateful_step_count=40 if LONG else 25, deadline=None, derandomize=not LONG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
test_three_laptops_converge_and_lose_nothing = ThreeLaptops.TestCase
