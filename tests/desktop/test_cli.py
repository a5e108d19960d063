"""The command line, run in-process through main(): output, exit codes, one-line errors."""

from __future__ import annotations

import json

from db.vault import Vault
from tests.conftest import PASSPHRASE
from tests.desktop.conftest import run


def test_init_then_cases_is_empty(tmp_path, capsys):
    path = str(tmp_path / "v.cvault")
    code, _, err = run(capsys, "init", path, "--author", "field worker")
    assert code == 0 and "cannot be recovered" in err
    assert run(capsys, "cases", path) == (0, "", "")
    with Vault.open(path, PASSPHRASE) as v:
        assert v.author == "field worker"


def test_cases_lists_id_reference_title_tab_separated(demo_path, capsys):
    code, out, _ = run(capsys, "cases", str(demo_path))
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and len(rows) == 5 and all(len(r) == 3 for r in rows)
    assert ["CV-2024-001", "林晓梅 – pressure to return from Montréal"] in [r[1:] for r in rows]
    assert [r[1] for r in rows] == sorted(r[1] for r in rows), "in reference order"


def test_show_prints_the_case_in_full(demo_path, capsys):
    code, out, _ = run(capsys, "show", str(demo_path), "CV-2024-001")
    assert code == 0
    for expected in ("林晓梅", "June 2015", "2022\u20132023", "Pressure on relatives", "E-1", "grade B2",
                     "Chen Guifang 陈桂芳", "Police report", "Obtain copy"):
        assert expected in out
    case_id = [r.split("\t")[0] for r in run(capsys, "cases", str(demo_path))[1].splitlines()][0]
    assert run(capsys, "show", str(demo_path), case_id)[0] == 0


def test_wrong_passphrase_is_one_line_and_exit_2(demo_path, capsys, monkeypatch):
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", "wrong")
    code, out, err = run(capsys, "cases", str(demo_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Wrong passphrase" in err and "Traceback" not in err


def test_passphrase_file_first_line_wins_over_environment(demo_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", "wrong")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\nsecond line ignored\n", encoding="utf-8")
    assert run(capsys, "cases", str(demo_path), "--passphrase-file", str(secret))[0] == 0


def test_no_passphrase_without_terminal_is_a_clear_error(demo_path, capsys, monkeypatch):
    monkeypatch.delenv("CASEVAULT_PASSPHRASE")
    code, _, err = run(capsys, "cases", str(demo_path))
    assert code == 2 and "no passphrase given" in err


def test_export_import_through_the_cli(demo_path, tmp_path, capsys):
    out_json = tmp_path / "out.json"
    code, _, err = run(capsys, "export", str(demo_path), str(out_json))
    assert code == 0 and "NOT encrypted" in err
    target = str(tmp_path / "b.cvault")
    run(capsys, "init", target)
    code, out, _ = run(capsys, "import", target, str(out_json))
    assert code == 0 and "Imported 5 case(s)" in out
    assert run(capsys, "cases", target)[1] == run(capsys, "cases", str(demo_path))[1]


def test_import_of_invalid_file_names_the_place(demo_path, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "casevault", "version": 1, "cases": [{"id": "x"}], "persons": [],
                               "organisations": []}))
    code, _, err = run(capsys, "import", str(demo_path), str(bad))
    assert code == 2 and err.startswith("casevault: $.cases[0]")


def test_unknown_case_is_a_clear_error(demo_path, capsys):
    code, _, err = run(capsys, "show", str(demo_path), "CV-0000")
    assert code == 2 and "No case matches 'CV-0000'" in err


def test_verify_passes_then_fails_after_tampering(demo_path, capsys):
    code, out, _ = run(capsys, "verify", str(demo_path))
    assert code == 0 and "no problem found" in out
    with Vault.open(demo_path, PASSPHRASE) as v:
        v.conn.execute("UPDATE persons SET name = 'forged' WHERE rowid = 1")
    code, out, _ = run(capsys, "verify", str(demo_path))
    assert code == 1 and "FAIL records match their last audit entry" in out and "changed outside" in out


def test_rekey_with_new_passphrase_file(demo_path, tmp_path, capsys, monkeypatch):
    new = tmp_path / "new.txt"
    new.write_text("brand new passphrase\n")
    code, _, err = run(capsys, "rekey", str(demo_path), "--new-passphrase-file", str(new))
    assert code == 0 and "Passphrase changed" in err
    assert run(capsys, "cases", str(demo_path))[0] == 2
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", "brand new passphrase")
    assert run(capsys, "cases", str(demo_path))[0] == 0


def test_demo_command_creates_the_demo_vault(tmp_path, capsys):
    path = tmp_path / "demo.cvault"
    code, out, _ = run(capsys, "demo", str(path))
    assert code == 0 and "5 fictional cases" in out
    assert run(capsys, "verify", str(path))[0] == 0


def test_demo_refuses_to_overwrite(demo_path, capsys):
    code, _, err = run(capsys, "demo", str(demo_path))
    assert code == 2 and "already exists" in err


def test_verify_against_a_head_a_backup_or_a_bundle(demo_path, tmp_path, capsys, monkeypatch):
    import shutil

    monkeypatch.setenv("CASEVAULT_BUNDLE_PASSPHRASE", "bundle words")
    shutil.copyfile(demo_path, tmp_path / "older.cvault")
    code, out, _ = run(capsys, "verify", str(demo_path))
    head = out.split("Audit chain head: ")[1].split()[0]
    assert code == 0 and head.count(":") == 1
    with Vault.open(demo_path, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-001")
        case.summary = "later work"
        v.repos.cases.update(case)
    assert run(capsys, "backup", str(demo_path), str(tmp_path / "b.cvault"))[0] == 0
    assert run(capsys, "bundle", "export", str(demo_path), str(tmp_path / "a.cvb"))[0] == 0
    assert run(capsys, "verify", str(demo_path), "--against", head)[0] == 0
    older = str(tmp_path / "older.cvault")
    for against in (str(tmp_path / "b.cvault"), str(tmp_path / "a.cvb")):
        code, out, _ = run(capsys, "verify", older, "--against", against)
        assert code == 1 and "rolled back to an older copy" in out, against
    code, _, err = run(capsys, "verify", older, "--against", "not a head")
    assert code == 2 and "SEQ:HASH" in err


def test_passphrase_from_a_file_descriptor_not_the_environment(demo_path, capsys, monkeypatch):
    """A pipe leaves nothing in /proc/PID/environ, unlike CASEVAULT_PASSPHRASE."""
    import os

    monkeypatch.delenv("CASEVAULT_PASSPHRASE")
    read, write = os.pipe()
    os.write(write, (PASSPHRASE + "\n").encode())
    os.close(write)
    code, out, err = run(capsys, "cases", str(demo_path), "--passphrase-fd", str(read))
    assert code == 0 and len(out.splitlines()) == 5, err
    read, write = os.pipe()
    os.close(write)
    code, _, err = run(capsys, "cases", str(demo_path), "--passphrase-fd", str(read))
    assert code == 2 and "empty first line" in err


def test_a_weak_new_passphrase_is_explained(tmp_path, capsys, monkeypatch):
    secret = tmp_path / "s"
    secret.write_text("password1\n")
    code, _, err = run(capsys, "init", str(tmp_path / "v.cvault"), "--passphrase-file", str(secret))
    assert code == 0 and "Warning: this passphrase is weak" in err and "very common password" in err
    # It said "in about 0 day(s)" of a passphrase guessed at once.
    assert "guess it in less than a minute" in err and "day(s)" not in err
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "init", str(tmp_path / "w.cvault"))
    assert code == 0 and "Warning" not in err


def test_compact_rewrites_the_vault_and_keeps_every_case(demo_path, capsys):
    before = run(capsys, "cases", str(demo_path))[1]
    code, out, err = run(capsys, "compact", str(demo_path))
    assert code == 0 and out == "" and "Compacted:" in err and "Nothing in the vault changed" in err
    assert run(capsys, "cases", str(demo_path))[1] == before
    assert run(capsys, "verify", str(demo_path))[0] == 0


def test_guessing_times_in_words():
    from desktop.passphrase import guess_time

    assert guess_time(0.5) == ("less_than_a_minute", 0)
    assert guess_time(3 * 3600 + 5) == ("hour", 3)
    assert guess_time(86400 * 400) == ("year", 1)
    assert guess_time(31_557_600 * 100) == ("centuries", 0)
