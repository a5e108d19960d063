"""Crash safety: a child process writing in a loop is killed with SIGKILL at random moments.
Afterwards the vault opens, verify passes, and every write that reported success is there: the
last audit head the child logged is in the chain, and the chain with verify proves all before it.

CI kills each workload a few times; CASEVAULT_LONG=1 runs many more."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from db.audit_storage import pack_id
from db.errors import WrongPassphraseError
from db.merge_conflicts import list_conflicts
from db.models import Case
from db.sheet_bases import fingerprint, stored
from db.vault import Vault
from db.verify import verify
from tests.security.crash_worker import PASSPHRASES, SHEET_KEPT, SHEET_NEW, accusation, sheet_rounds_done
from tests.security.harness import ROOT, child_env, long_mode
from tests.security.returns_sheet import PREFIX, RECORD_TABLES, RECORDS_PER_ROW

KILLS = 40 if long_mode() else 4


def run_and_kill(mode: str, vault, log, env, rng: random.Random, longest: float = 0.6) -> None:
    """Start the worker and SIGKILL it a random time (up to `longest` seconds) after it is ready."""
    child = subprocess.Popen([sys.executable, "-m", "tests.security.crash_worker", mode, str(vault), str(log)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.02, longest))  # a random point in the write loop
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    if child.returncode != -signal.SIGKILL:
        pytest.fail(f"worker ended by itself ({child.returncode}): {child.stderr.read()}")


def logged(log) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def kill_repeatedly(mode, vault, log, env, rng, check, step_seconds: float) -> None:
    """KILLS random kills, then more (with longer delays) until at least one step was reported
    done, so that the test always proves something even on a loaded machine."""
    longest = max(0.6, 2.5 * step_seconds)
    for n in range(KILLS + 10):
        if n >= KILLS and logged(log):
            break
        run_and_kill(mode, vault, log, env, rng, longest if n < KILLS else longest * (n - KILLS + 2))
        check()
    assert logged(log), "no step finished before a kill: the test proved nothing"


def assert_reported_writes_present(vault, log) -> None:
    with Vault.open(vault, PASSPHRASES[0]) as v:
        report = verify(v)
        assert report.ok, report.lines()
        entries = [e for e in logged(log) if "seq" in e]
        if entries:
            last = entries[-1]
            assert v.repos.audit.hash_at(last["seq"]) == last["hash"], "a write reported as done is missing"


@pytest.mark.parametrize("mode", ["edit", "import"])
def test_sigkill_during_writes_loses_no_reported_write(tmp_path, mode):
    vault, log = tmp_path / "v.cvault", tmp_path / "log.jsonl"
    Vault.create(vault, PASSPHRASES[0]).close()
    kill_repeatedly(mode, vault, log, child_env(tmp_path / "env"), random.Random(mode),
                    lambda: assert_reported_writes_present(vault, log), step_seconds=0.1)


def test_sigkill_during_bundle_merge_keeps_the_vault_whole(tmp_path):
    """Bundles prepared from another vault are merged in a loop; a kill leaves every merge that
    reported success, and verify passes (a merge is one transaction: all of it or none)."""
    from exporters.bundle import export_bundle

    source_path, bundles = tmp_path / "source.cvault", tmp_path / "bundles"
    bundles.mkdir()
    with Vault.create(source_path, "source") as source:
        from desktop.demo import build_demo

        build_demo(source)
        for n in range(6):
            case = source.repos.cases.add(Case(reference=f"M-{n}", title=f"合并 {n}", summary="s" * 3000))
            first = source.repos.cases.resolve("CV-2024-001")
            first.summary = f"edited in round {n}"
            source.repos.cases.update(first)
            export_bundle(source, bundles / f"{n}.cvb", "bundle passphrase", log_n=10)
            assert case.id
    vault, log = tmp_path / "v.cvault", tmp_path / "log.jsonl"
    Vault.create(vault, PASSPHRASES[0]).close()
    t0 = time.perf_counter()
    with Vault.open(vault, PASSPHRASES[0]) as v:
        from exporters.bundle import import_bundle

        import_bundle(v, bundles / "0.cvb", "bundle passphrase")
    kill_repeatedly("merge", vault, log, child_env(tmp_path / "env"), random.Random("merge"),
                    lambda: assert_reported_writes_present(vault, log), step_seconds=time.perf_counter() - t0)


def test_sigkill_during_backup_leaves_whole_backups_only(tmp_path):
    """A backup killed midway never leaves a file under a backup's name that does not open and
    verify; the vault itself is untouched."""
    vault, log = tmp_path / "v.cvault", tmp_path / "log.jsonl"
    (tmp_path / "backups").mkdir()
    with Vault.create(vault, PASSPHRASES[0]) as v:
        from desktop.demo import build_demo

        build_demo(v)
        head = v.repos.audit.head()
    t0 = time.perf_counter()
    with Vault.open(vault, PASSPHRASES[0]) as v:
        from db.backup import backup

        backup(v, tmp_path / "timing.cvault")
    step = time.perf_counter() - t0

    def check() -> None:
        with Vault.open(vault, PASSPHRASES[0]) as v:
            assert v.repos.audit.head() == head and verify(v).ok
        for copy in (tmp_path / "backups").glob("backup-*.cvault"):
            with Vault.open(copy, PASSPHRASES[0]) as b:
                assert b.repos.audit.head() == head and verify(b).ok, copy.name

    kill_repeatedly("backup", vault, log, child_env(tmp_path / "env"), random.Random("backup"), check, step)


def test_sigkill_during_compact_leaves_the_vault_whole(tmp_path):
    """Compacting killed midway leaves the vault as it was (or compacted): it opens, verifies and
    holds the same history."""
    vault, log = tmp_path / "v.cvault", tmp_path / "log.jsonl"
    with Vault.create(vault, PASSPHRASES[0]) as v:
        from desktop.demo import build_demo

        build_demo(v)
        head = v.repos.audit.head()
        t0 = time.perf_counter()
        v.compact()
        step = time.perf_counter() - t0

    def check() -> None:
        with Vault.open(vault, PASSPHRASES[0]) as v:
            assert v.repos.audit.head() == head and verify(v).ok and v.repos.cases.count() == 5
            assert v.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    kill_repeatedly("compact", vault, log, child_env(tmp_path / "env"), random.Random("compact"), check, step)


def test_sigkill_during_rekey_leaves_old_or_new_passphrase(tmp_path):
    vault, log = tmp_path / "v.cvault", tmp_path / "log.jsonl"
    with Vault.create(vault, PASSPHRASES[0]) as v:
        from desktop.demo import build_demo

        build_demo(v)
        t0 = time.perf_counter()
        v.rekey(PASSPHRASES[1])
        v.rekey(PASSPHRASES[0])
        step = (time.perf_counter() - t0) / 2

    def check() -> None:
        entries = logged(log)
        current = entries[-1]["passphrase"] if entries else PASSPHRASES[0]
        other = PASSPHRASES[(PASSPHRASES.index(current) + 1) % 2]
        opened = []
        for candidate in (current, other):
            try:
                with Vault.open(vault, candidate) as v:
                    assert verify(v).ok
                    assert v.repos.cases.count() == 5
                opened.append(candidate)
            except WrongPassphraseError:
                pass
        assert len(opened) == 1, "the vault must open with exactly one of the two passphrases"
        if opened[0] != current:  # the in-flight rekey completed just before the kill: record it
            with open(log, "a") as fh:
                fh.write(json.dumps({"passphrase": opened[0]}) + "\n")

    kill_repeatedly("rekey", vault, log, child_env(tmp_path / "env"), random.Random("rekey"), check, step)


def kill_inside_an_apply(vault, log, env, rng: random.Random, delay: float) -> int:
    """Start the sheet worker, let it begin the first or second apply_import it makes, and SIGKILL it
    `delay` seconds later. Returns that round's number."""
    child = subprocess.Popen([sys.executable, "-m", "tests.security.crash_worker", "sheet", str(vault), str(log)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        for _ in range(rng.randint(1, 2)):
            line = child.stdout.readline()
            assert line.startswith("apply "), child.stderr.read()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    if child.returncode != -signal.SIGKILL:
        pytest.fail(f"worker ended by itself ({child.returncode}): {child.stderr.read()}")
    return int(line.split()[1])


def assert_sheet_rounds_whole(vault, log, killed: int) -> int:
    """The vault opens and verifies, holds every round the worker logged, and then the killed round
    whole or not at all: each round's new cases with all their records, the updated cases all at
    the last round's value and their sheet bases saying that value, a sheet base for exactly the
    records the sheets wrote, and one conflict per round from round 1. `killed` is the last round the
    worker announced before the kill: rounds past the log go at most one past it (a kill between a
    round's commit and its log line leaves it unlogged, and the next worker goes on after it; the
    worker may have begun the next round by the time the kill lands).
    Returns how many rounds the vault holds."""
    rounds = [e for e in logged(log) if "round" in e]  # not a round killed between its commit and its log line
    numbers = [e["round"] for e in rounds]
    assert numbers == sorted(set(numbers)), f"a round was done twice: {numbers}"
    assert all(e["written"] and e["conflicts"] == (e["round"] > 0) for e in rounds), rounds
    last = numbers[-1] if numbers else -1
    with Vault.open(vault, PASSPHRASES[0]) as v:
        report = verify(v)
        assert report.ok, report.lines()
        if rounds:
            assert v.repos.audit.hash_at(rounds[-1]["seq"]) == rounds[-1]["hash"], "a round reported as done is missing"
        done = sheet_rounds_done(v)
        assert last + 1 <= done <= killed + 2, \
            f"round {last} logged last, killed in round {killed}, {done} round(s) in the vault"
        conn = v.conn
        for n in range(done + 1):  # the round after the last one holds nothing
            (new,) = conn.execute("SELECT count(*) FROM cases WHERE reference LIKE ?", (f"{PREFIX}N{n}-%",)).fetchone()
            assert new == (SHEET_NEW if n < done else 0), f"round {n}: {new} of its {SHEET_NEW} new cases"
        cases = SHEET_KEPT + SHEET_NEW * done if done else 0
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in RECORD_TABLES}
        assert counts == {t: cases * RECORDS_PER_ROW.get(t, 1) for t in RECORD_TABLES}, counts
        for table in RECORD_TABLES[2:]:  # each case has its own: no case holds a part of another round's
            spread = conn.execute(f"SELECT count(DISTINCT case_id) FROM {table}").fetchone()[0]
            assert spread == cases, f"{table} of {spread} case(s), not {cases}"
        records = {pack_id(i) for t in RECORD_TABLES for (i,) in conn.execute(f"SELECT id FROM {t}")}
        bases = dict(conn.execute("SELECT record_id, fields FROM sheet_base"))
        assert set(bases) == records, (f"{len(set(bases) - records)} base(s) without their record, "
                                       f"{len(records - set(bases))} record(s) without their base")
        if done:
            kept = conn.execute("SELECT id, summary FROM cases WHERE reference LIKE ?", (f"{PREFIX}U%",)).fetchall()
            held = Counter(s for _, s in kept)
            assert held == {accusation(done - 1): SHEET_KEPT}, f"round {done - 1} is in, the updated cases say {held}"
            assert {stored(bases[pack_id(i)])["summary"] for i, _ in kept} == {fingerprint(accusation(done - 1))}
        conflicts = sorted(c.entity_id for c in list_conflicts(v))
        assert conflicts == sorted(v.repos.cases.resolve(f"{PREFIX}N{n - 1}-0").id for n in range(1, done)), \
            "a round without its conflict, or a conflict without its round"
    return done


def test_sigkill_inside_a_sheet_import_leaves_each_round_whole_or_absent(tmp_path):
    """A sheet is imported again and again (each round updates 150 cases, adds 60 with their
    persons, incidents, outcomes and sources, and makes a conflict with a vault edit), and the worker
    is killed inside apply_import, at moments spread over the time an import takes: no round is ever
    found in part, neither its records nor its sheet bases nor its conflict."""
    vault, log = tmp_path / "v.cvault", tmp_path / "log.jsonl"
    Vault.create(vault, PASSPHRASES[0]).close()
    env, rng = child_env(tmp_path / "env"), random.Random("sheet")
    kills = KILLS + 6
    inside = 0  # kills that landed before the round committed (the vault holds the rounds before it only)
    slots = list(range(kills))  # each kill in its own slice of the time an apply takes, in random order
    rng.shuffle(slots)
    for slot in slots:
        entries = logged(log)
        apply_seconds = entries[-1]["seconds"] if entries else 0.1
        killed = kill_inside_an_apply(vault, log, env, rng, 1.2 * apply_seconds * (slot + rng.random()) / kills)
        inside += assert_sheet_rounds_whole(vault, log, killed) == killed
    assert logged(log), "no round finished before a kill: the test proved nothing"
    assert inside, "no kill landed before a round's commit: the test proved nothing"
