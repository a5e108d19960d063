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

import pytest

from db.errors import WrongPassphraseError
from db.models import Case
from db.vault import Vault
from db.verify import verify
from tests.security.crash_worker import PASSPHRASES
from tests.security.harness import ROOT, child_env, long_mode

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
