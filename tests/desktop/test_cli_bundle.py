"""`casevault backup/restore/bundle/conflicts`, run in-process through main(): exit codes, one-line
errors, passphrases from a file or the environment, and the documented conflict rule."""

from __future__ import annotations

import pytest

from db.merge_conflicts import list_conflicts
from db.vault import Vault
from desktop.cli import main
from tests.conftest import PASSPHRASE

BUNDLE_PASS = "agreed on the phone"


@pytest.fixture(autouse=True)
def passphrases(monkeypatch):
    monkeypatch.setenv("CASEVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEVAULT_BUNDLE_PASSPHRASE", BUNDLE_PASS)
    monkeypatch.delenv("CASEVAULT_BACKUP_PASSPHRASE", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def bob(tmp_path, capsys):
    path = tmp_path / "bob.cvault"
    assert run(capsys, "init", path, "--author", "bob")[0] == 0
    return path


def test_backup_and_restore_round_trip(demo_path, tmp_path, capsys):
    out = tmp_path / "backup.cvault"
    code, stdout, err = run(capsys, "backup", demo_path, out)
    assert code == 0 and "verified" in stdout and "vault's passphrase" in err
    restored = tmp_path / "restored.cvault"
    code, stdout, _ = run(capsys, "restore", out, restored)
    assert code == 0 and "5 case(s)" in stdout
    assert run(capsys, "cases", restored)[1] == run(capsys, "cases", demo_path)[1]
    code, _, err = run(capsys, "restore", out, restored)
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    assert run(capsys, "restore", out, restored, "--force")[0] == 0


def test_backup_with_its_own_passphrase_file(demo_path, tmp_path, capsys):
    secret = tmp_path / "backup-pass.txt"
    secret.write_text("backup only\n")
    out = tmp_path / "own.cvault"
    code, _, err = run(capsys, "backup", demo_path, out, "--backup-passphrase-file", secret)
    assert code == 0 and "its own passphrase" in err
    assert run(capsys, "cases", out)[0] == 2
    with Vault.open(out, "backup only") as v:
        assert v.repos.cases.count() == 5


def test_bundle_export_and_import_then_nothing_to_merge(demo_path, bob, tmp_path, capsys):
    bundle = tmp_path / "to-bob.cvb"
    code, stdout, _ = run(capsys, "bundle", "export", demo_path, bundle, "--cases", "CV-2024-001", "CV-2024-007")
    assert code == 0 and "2 case(s)" in stdout and "encrypted" in stdout
    code, stdout, _ = run(capsys, "bundle", "import", bob, bundle)
    assert code == 0 and "created" in stdout and "0 conflict(s)" in stdout
    refs = [line.split("\t")[1] for line in run(capsys, "cases", bob)[1].splitlines()]
    assert refs == ["CV-2024-001", "CV-2024-007"]
    code, stdout, _ = run(capsys, "bundle", "import", bob, bundle)
    assert code == 0 and "Nothing to merge" in stdout
    assert run(capsys, "verify", bob)[0] == 0


def test_bundle_passphrase_from_a_file_and_wrong_passphrase_is_one_line(demo_path, bob, tmp_path, capsys,
                                                                        monkeypatch):
    bundle = tmp_path / "b.cvb"
    code, _, err = run(capsys, "bundle", "export", demo_path, bundle, "--since", "2000-01-01")
    assert code == 2 and "use --for PEER" in err and not bundle.exists()
    assert run(capsys, "bundle", "export", demo_path, bundle)[0] == 0
    secret = tmp_path / "bundle-pass.txt"
    secret.write_text(BUNDLE_PASS + "\n")
    monkeypatch.delenv("CASEVAULT_BUNDLE_PASSPHRASE")
    code, _, err = run(capsys, "bundle", "import", bob, bundle)
    assert code == 2 and "--bundle-passphrase-file" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("guess\n")
    code, out, err = run(capsys, "bundle", "import", bob, bundle, "--bundle-passphrase-file", wrong)
    assert code == 2 and out == "" and err.count("\n") == 1 and "Wrong passphrase for bundle b.cvb" in err
    assert run(capsys, "bundle", "import", bob, bundle, "--bundle-passphrase-file", secret)[0] == 0


def test_a_tampered_bundle_is_refused_and_the_vault_unchanged(demo_path, bob, tmp_path, capsys):
    bundle = tmp_path / "b.cvb"
    run(capsys, "bundle", "export", demo_path, bundle)
    blob = bytearray(bundle.read_bytes())
    blob[-40] ^= 1
    bundle.write_bytes(bytes(blob))
    code, _, err = run(capsys, "bundle", "import", bob, bundle)
    assert code == 2 and err.count("\n") == 1 and "b.cvb" in err and "nothing was imported" in err
    assert run(capsys, "cases", bob)[1] == ""


@pytest.mark.parametrize("rule, kept", [("keep-both", "Bob"), ("ours", "Bob"), ("theirs", "Alice")])
def test_conflicts_follow_the_documented_rule_and_can_be_resolved(demo_path, bob, tmp_path, capsys, rule, kept):
    run(capsys, "bundle", "export", demo_path, tmp_path / "first.cvb")
    run(capsys, "bundle", "import", bob, tmp_path / "first.cvb")
    for path, who in ((bob, "Bob"), (demo_path, "Alice")):
        with Vault.open(path, PASSPHRASE) as v:
            case = v.repos.cases.resolve("CV-2024-007")
            case.summary = f"{who}'s version"
            v.repos.cases.update(case)
    run(capsys, "bundle", "export", demo_path, tmp_path / "second.cvb")
    code, stdout, _ = run(capsys, "bundle", "import", bob, tmp_path / "second.cvb", "--on-conflict", rule)
    assert code == 0 and "1 conflict(s)" in stdout
    code, listing, err = run(capsys, "conflicts", bob)
    with Vault.open(bob, PASSPHRASE) as v:
        assert v.repos.cases.resolve("CV-2024-007").summary == f"{kept}'s version"
        open_ids = [c.id for c in list_conflicts(v)]
    if rule != "keep-both":
        assert open_ids == [] and "No open conflicts" in err
        return
    (row,) = [line.split("\t") for line in listing.splitlines()]
    assert row[0] == open_ids[0] and row[1:5] == ["case", "CV-2024-007", "open, ours live", "summary"]
    code, _, err = run(capsys, "conflicts", bob, "--resolve", open_ids[0])
    assert code == 2 and "--keep" in err
    code, stdout, _ = run(capsys, "conflicts", bob, "--resolve", "all", "--keep", "theirs")
    assert code == 0 and "Resolved 1 conflict(s)" in stdout
    with Vault.open(bob, PASSPHRASE) as v:
        assert v.repos.cases.resolve("CV-2024-007").summary == "Alice's version"
    (row,) = [line.split("\t") for line in run(capsys, "conflicts", bob, "--all")[1].splitlines()]
    assert row[0] == open_ids[0] and row[3] == "theirs"
    assert run(capsys, "verify", bob)[0] == 0


def test_bundle_needs_an_action(capsys):
    with pytest.raises(SystemExit) as info:
        main(["bundle"])
    assert info.value.code == 2


def test_delete_names_what_goes_and_asks_unless_told_yes(demo_path, capsys):
    code, _, err = run(capsys, "delete", demo_path, "CV-2024-001")  # no terminal here: it must not guess
    assert code == 2 and "confirm on a terminal, or pass --yes" in err
    assert "CV-2024-001" in run(capsys, "cases", demo_path)[1]
    code, stdout, _ = run(capsys, "delete", demo_path, "CV-2024-001", "--yes")
    assert code == 0 and "Deleted case CV-2024-001" in stdout
    assert "CV-2024-001" not in run(capsys, "cases", demo_path)[1]
    code, _, err = run(capsys, "delete", demo_path, "CV-2024-001", "--yes")
    assert code == 2 and "No case matches 'CV-2024-001'" in err
    assert run(capsys, "verify", demo_path)[0] == 0


def test_delete_asks_on_a_terminal_with_the_counts(demo_path, capsys, monkeypatch):
    import io

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    asked = []
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "n")
    code, _, err = run(capsys, "delete", demo_path, "CV-2024-001")
    assert code == 2 and "nothing was deleted" in err
    assert "Delete case CV-2024-001" in asked[0] and "incidents" in asked[0] and "MB)" in asked[0]


def test_peers_and_a_bundle_for_a_peer(demo_path, bob, tmp_path, capsys):
    run(capsys, "bundle", "export", demo_path, tmp_path / "all.cvb")
    run(capsys, "bundle", "import", bob, tmp_path / "all.cvb")
    run(capsys, "bundle", "export", bob, tmp_path / "back.cvb")
    run(capsys, "bundle", "import", demo_path, tmp_path / "back.cvb")
    code, stdout, _ = run(capsys, "peers", demo_path)
    assert code == 0 and "\nbob\t" in stdout
    code, stdout, _ = run(capsys, "bundle", "export", demo_path, tmp_path / "for.cvb", "--for", "bob")
    assert code == 0 and "0 case(s)" in stdout, "Bob has seen everything the demo vault holds"
    code, _, err = run(capsys, "bundle", "export", demo_path, tmp_path / "x.cvb", "--for", "carol")
    assert code == 2 and "No peer matches 'carol'" in err


def test_a_choice_that_deletes_a_whole_case_needs_confirmation(demo_path, bob, tmp_path, capsys):
    run(capsys, "bundle", "export", demo_path, tmp_path / "all.cvb")
    run(capsys, "bundle", "import", bob, tmp_path / "all.cvb")
    run(capsys, "delete", demo_path, "CV-2024-007", "--yes")
    with Vault.open(bob, PASSPHRASE) as v:
        case = v.repos.cases.resolve("CV-2024-007")
        case.status = "monitoring"
        v.repos.cases.update(case)
    run(capsys, "bundle", "export", demo_path, tmp_path / "deleted.cvb")
    code, stdout, _ = run(capsys, "bundle", "import", bob, tmp_path / "deleted.cvb")
    assert code == 0 and "1 conflict(s)" in stdout
    (row,) = [line.split("\t") for line in run(capsys, "conflicts", bob)[1].splitlines()]
    assert row[4].startswith("keeping theirs deletes ") and "incident" in row[4]
    code, _, err = run(capsys, "conflicts", bob, "--resolve", "all", "--keep", "theirs")
    assert code == 2 and "pass --yes" in err
    assert "CV-2024-007" in run(capsys, "cases", bob)[1]
    assert run(capsys, "conflicts", bob, "--resolve", "all", "--keep", "theirs", "--yes")[0] == 0
    assert "CV-2024-007" not in run(capsys, "cases", bob)[1]
    assert run(capsys, "verify", bob)[0] == 0
