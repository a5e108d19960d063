"""The database worker and the session, without a window: one thread owns the vault, tasks run
in order, cancelling drops queued work, locking flushes then closes, errors never carry data."""

from __future__ import annotations

import threading
import time

import pytest

from db.errors import ValidationError, VaultError
from desktop.session import Session
from desktop.settings import Settings
from desktop.worker import DbWorker, LockedError, UnexpectedError
from tests.conftest import PASSPHRASE

TIMEOUT = 5000


@pytest.fixture
def worker(qapp):
    w = DbWorker()
    yield w
    w.shutdown()


@pytest.fixture
def session(qapp):
    s = Session()
    yield s
    s.close()


def unlock(qtbot, session, path):
    with qtbot.waitSignal(session.unlocked, timeout=TIMEOUT):
        session.unlock(path, PASSPHRASE)


def test_tasks_run_in_order_on_one_thread_that_is_not_the_gui_thread(qtbot, worker):
    threads, order = set(), []

    def task(n):
        def run(_holder):
            threads.add(threading.get_ident())
            order.append(n)
            return n
        return run

    results = []
    for n in range(5):
        worker.submit(task(n), results.append)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=TIMEOUT)
    assert order == results == [0, 1, 2, 3, 4]
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_cancel_skips_queued_tasks_but_not_always_run_ones(qtbot, worker):
    started, gate = threading.Event(), threading.Event()
    ran, delivered = [], []

    def first(_holder):
        started.set()
        gate.wait(5)
        ran.append("first")
        return "first"

    worker.submit(first, delivered.append)
    worker.submit(lambda h: ran.append("second"), delivered.append)
    worker.submit(lambda h: ran.append("closing"), delivered.append, always_run=True)
    assert started.wait(5)
    worker.cancel_pending()
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=TIMEOUT)
    assert ran == ["first", "closing"], "queued work does not run after a cancel; closing does"
    assert "first" not in delivered
    assert delivered == [None], "results of cancelled work are dropped, never delivered to torn-down views"


def test_stop_ends_one_task_and_still_says_how_it_ended(qtbot, worker):
    """stop(number) stops that task at its next safe point and delivers Cancelled (or its result,
    if it had finished first); other tasks run and deliver as usual."""
    from desktop.worker import Cancelled

    started, gate = threading.Event(), threading.Event()
    outcomes = []

    def endless(holder):
        started.set()
        while True:  # long Python work with safe points, as an import's checks
            holder.check()

    def finished_first(_holder):
        gate.wait(5)
        return "done"

    looping = worker.submit(endless, lambda r: outcomes.append(("loop", r)), lambda e: outcomes.append(("loop", e)))
    done = worker.submit(finished_first, lambda r: outcomes.append(("done", r)))
    never = worker.submit(lambda h: "never", lambda r: outcomes.append(("never", r)),
                          lambda e: outcomes.append(("never", e)))
    assert started.wait(5)
    worker.stop(looping)
    worker.stop(never)  # stopped before it starts: it does not run, and says so
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=TIMEOUT)
    assert outcomes[0][0] == "loop" and isinstance(outcomes[0][1], Cancelled)
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=TIMEOUT)
    worker.stop(done)  # after it was delivered: nothing happens
    assert outcomes[1] == ("done", "done")
    assert outcomes[2][0] == "never" and isinstance(outcomes[2][1], Cancelled)


def test_errors_reach_the_gui_thread_and_unexpected_ones_hide_their_message(qtbot, worker):
    errors = []
    worker.submit(lambda h: (_ for _ in ()).throw(ValidationError("title", "is required")), None, errors.append)
    worker.submit(lambda h: {}["林晓梅 secret"], None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=TIMEOUT)
    assert isinstance(errors[0], ValidationError) and errors[0].where == "title"
    assert isinstance(errors[1], UnexpectedError) and "林晓梅" not in str(errors[1])
    with qtbot.waitSignal(worker.failed, timeout=TIMEOUT) as failed:
        worker.submit(lambda h: h.require())
    assert isinstance(failed.args[0], LockedError)


def test_the_vault_belongs_to_the_worker_thread(qtbot, session, demo_path):
    unlock(qtbot, session, demo_path)
    holders = []
    session.worker.submit(lambda h: h, holders.append)
    qtbot.waitUntil(lambda: bool(holders), timeout=TIMEOUT)
    with pytest.raises(Exception, match="thread"):
        holders[0].vault.conn.execute("SELECT count(*) FROM cases")


def test_lock_runs_flush_writes_then_closes(qtbot, session, demo_path):
    unlock(qtbot, session, demo_path)
    calls = []

    def good(vault):
        calls.append(vault.repos.cases.count())

    def bad(vault):
        raise ValidationError("title", "is required")

    session.undo = object()
    with qtbot.waitSignal(session.locked, timeout=TIMEOUT) as locked:
        session.lock([good, bad])
    assert calls == [5]
    assert locked.args == [["title: is required"]]
    assert session.undo is None and not session.is_open
    errors = []
    session.worker.submit(lambda h: h.require(), None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    assert isinstance(errors[0], LockedError)


def test_unlock_failure_leaves_the_session_locked(qtbot, session, demo_path):
    with qtbot.waitSignal(session.unlock_failed, timeout=TIMEOUT) as failed:
        session.unlock(demo_path, "wrong")
    assert isinstance(failed.args[0], VaultError) and "Wrong passphrase" in str(failed.args[0])
    assert not session.is_open
    unlock(qtbot, session, demo_path)
    assert session.is_open


def test_opening_another_vault_forgets_the_remembered_case(qtbot, session, demo_path, tmp_path):
    unlock(qtbot, session, demo_path)
    session.current_case_id = "some-case"
    with qtbot.waitSignal(session.locked, timeout=TIMEOUT):
        session.lock()
    unlock(qtbot, session, demo_path)
    assert session.current_case_id == "some-case"
    with qtbot.waitSignal(session.locked, timeout=TIMEOUT):
        session.lock()
    with qtbot.waitSignal(session.unlocked, timeout=TIMEOUT):
        session.create(tmp_path / "other.cvault", PASSPHRASE)
    assert session.current_case_id is None


def test_passphrase_strength_grows_with_length_and_variety():
    from desktop.passphrase import estimate

    results = [estimate(p) for p in ("", "abc", "password1", "谢卫东1990", "correct horse battery staple",
                                     "渡河 lantern otter 42 Québec!")]
    assert [r.level for r in results[:4]] == [0, 0, 0, 1]
    assert all(r.weak for r in results[:4]) and not any(r.weak for r in results[4:])
    assert results[2].warning == "This is a very common password."
    assert results[5].seconds > 100 * 365 * 86400  # centuries for someone with the file


def test_suggested_passphrases_are_six_random_words_from_the_eff_list():
    from desktop.passphrase import estimate, suggest, suggestion_bits, words

    assert len(words()) == 7776 == len(set(words())) and words()[0] == "abacus"
    suggestions = {suggest() for _ in range(50)}
    assert len(suggestions) == 50
    for s in suggestions:
        assert len(s.split()) == 6 and all(w in words() for w in s.split())
        assert not estimate(s).weak
    assert 77 < suggestion_bits() < 78


def test_settings_clamp_idle_minutes_and_remember_only_on_request(qapp, tmp_path):
    s = Settings(tmp_path / "s.ini")
    assert s.idle_minutes == 5 and s.first_start and s.last_vault is None
    s.idle_minutes = 0.01
    assert s.idle_minutes == 0.5
    s.vault_opened(tmp_path / "a.cvault", remember=False)
    assert s.last_vault is None and not s.first_start
    assert "a.cvault" not in (tmp_path / "s.ini").read_text()
    s.vault_opened(tmp_path / "a.cvault", remember=True)
    assert Settings(tmp_path / "s.ini").last_vault == str(tmp_path / "a.cvault")


def test_gui_entry_point_starts_on_the_unlock_view_and_quits(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import app as gui

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # QSettings goes there, not to the real home
    seen = []

    def look_and_close():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        seen.extend(w.stack.currentWidget().objectName() for w in windows)
        for w in windows:
            w.close()

    QTimer.singleShot(200, look_and_close)
    assert gui.main([]) == 0
    assert seen == ["unlockView"]


def test_lock_stops_a_long_write_at_once_and_rolls_it_back(qtbot, vault_path):
    """A bundle import, backup or merge may run for tens of seconds with the key and decrypted
    pages live; a lock must not wait for it. The stand-in here: a write transaction that adds a
    note, then runs one statement that would take minutes."""
    from db.models import Case, Note
    from db.vault import Vault
    from desktop.session import Session
    from tests.conftest import PASSPHRASE

    with Vault.create(vault_path, PASSPHRASE) as v:
        case = v.repos.cases.add(Case(reference="R-1", title="t"))
    session = Session()
    try:
        with qtbot.waitSignal(session.unlocked, timeout=5000):
            session.unlock(vault_path, PASSPHRASE)
        started = []

        def long_write(holder):
            vault = holder.require()
            with vault.write():
                vault.repos.notes.add(Note(case_id=case.id, body="half-done import"))
                started.append(True)
                vault.conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                   "WHERE x < 4000000000) SELECT count(*) FROM c").fetchone()

        def python_loop(holder):
            while True:  # e.g. checking every record of a bundle, between statements
                holder.check()

        for task in (long_write, python_loop):
            started.clear()
            session.worker.submit(task)
            if task is long_write:
                qtbot.waitUntil(lambda: bool(started), timeout=5000)
            qtbot.wait(200)
            began = time.monotonic()
            with qtbot.waitSignal(session.locked, timeout=1000):
                session.lock()
            assert time.monotonic() - began < 1.0
            with qtbot.waitSignal(session.unlocked, timeout=5000):
                session.unlock(vault_path, PASSPHRASE)
        notes = []
        session.worker.submit(lambda h: list(h.require().repos.notes.all()), notes.extend)
        qtbot.waitUntil(lambda: session.worker.busy is False, timeout=5000)
        assert notes == []  # the half-done write was rolled back
    finally:
        session.close()


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory):
    """A bundle of 1,500 synthetic cases (15,000 incidents), and the passphrase it is sealed with."""
    from bench.synth import fill
    from db.vault import Vault
    from exporters.bundle import export_bundle
    from tests.db.test_merge import BUNDLE_PASS, FAST_KDF

    folder = tmp_path_factory.mktemp("big")
    with Vault.create(folder / "source.cvault", PASSPHRASE) as v:
        fill(v, 1500, 10)
        export_bundle(v, folder / "big.cvb", BUNDLE_PASS, log_n=FAST_KDF)
    return folder / "big.cvb", BUNDLE_PASS


def test_lock_stops_a_real_bundle_import_at_once(qtbot, vault_path, big_bundle):
    """Checking a bundle's records is Python work between SQL statements (about 2 s for this one):
    it stops at safe points, so a lock does not wait for the check to end (this one took 1 s and
    more before the safe points)."""
    from db.vault import Vault
    from desktop import operations_exchange as ox

    path, secret = big_bundle
    Vault.create(vault_path, PASSPHRASE).close()
    session = Session()
    try:
        with qtbot.waitSignal(session.unlocked, timeout=5000):
            session.unlock(vault_path, PASSPHRASE)
        seen = []
        session.worker.progress.connect(seen.append)
        ox.import_bundle(session, path, secret).run()
        qtbot.waitUntil(lambda: "check" in seen, timeout=30000)
        qtbot.wait(100)
        began = time.monotonic()
        with qtbot.waitSignal(session.locked, timeout=5000):
            session.lock()
        assert time.monotonic() - began < 0.5
        assert "merge" not in seen
    finally:
        session.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.repos.cases.count() == 0, "nothing of the stopped import was written"


def test_a_safe_point_that_raises_leaves_the_vault_as_it_was(vault_path, big_bundle):
    from db.vault import Vault
    from desktop.worker import Cancelled
    from exporters.bundle import import_bundle

    path, secret = big_bundle
    calls = []

    def stop_at(n):
        def safe_point():
            calls.append(1)
            if len(calls) == n:
                raise Cancelled()
        return safe_point

    with Vault.create(vault_path, PASSPHRASE) as v:
        head = v.repos.audit.head()
        import_bundle(v, path, secret, safe_point=lambda: calls.append(1))
        total, calls[:] = len(calls), []
        assert total > 2 * 1500, "a safe point at least for each case read and each case checked"
    vault_path.unlink()
    for n in (1, total // 3, 2 * total // 3, total):
        with Vault.create(vault_path, PASSPHRASE) as v:
            head = v.repos.audit.head()
            with pytest.raises(Cancelled):
                import_bundle(v, path, secret, safe_point=stop_at(n))
            assert (v.repos.cases.count(), v.repos.audit.head()) == (0, head)
        vault_path.unlink()
        calls.clear()


@pytest.mark.parametrize("error", ["worker.Cancelled", "worker.LockedError", "operations_dossier.DossierCancelled"])
def test_a_cancel_inside_a_reportlab_page_action_stays_a_cancel(error):
    """ReportLab re-raises an error from a page action (a page break, a template change) as
    type(error)(context); a cancel or a lock at a safe point there must stay what it is."""
    import importlib

    from reportlab.lib.utils import annotateException

    module, name = error.split(".")
    kind = getattr(importlib.import_module(f"desktop.{module}"), name)
    with pytest.raises(kind) as raised:
        try:
            raise kind()
        except kind:
            annotateException("\nhandle_pageBegin args=()")
    assert str(raised.value) == str(kind())
