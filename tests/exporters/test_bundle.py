"""Exchange bundle files: what they carry (chosen cases, their people, exhibits, versions,
tombstones), that nothing readable is on disk, and that a modified, cut, wrongly keyed or invalid
bundle is refused with a clear message before the vault changes at all."""

from __future__ import annotations

import base64
import io
import json
import zlib
from pathlib import Path

import pytest

from db.errors import ValidationError, VaultError
from db.repository import record_dict
from exporters.bundle import build_payload, expansion_limit, export_bundle, import_bundle, read_bundle
from exporters.bundle_format import BundleDamagedError, WrongBundlePassphraseError, write_encrypted
from exporters.interchange import CHILDREN
from tests.db.test_merge import BUNDLE_PASS, FAST_KDF, assert_verified, content, make_vault, snapshot


@pytest.fixture
def receiver(tmp_path):
    v = make_vault(tmp_path, "bob")
    yield v
    v.close()


def write_payload(path: Path, payload: dict) -> None:
    raw = zlib.compress(json.dumps(payload, ensure_ascii=False).encode())
    with open(path, "wb") as fh:
        write_encrypted(fh, BUNDLE_PASS, [raw], log_n=FAST_KDF)


def test_the_file_holds_no_readable_case_data_and_no_leftovers(demo_vault, tmp_path):
    out = tmp_path / "out" / "all.cvb"
    out.parent.mkdir()
    summary = export_bundle(demo_vault, out, BUNDLE_PASS)  # the default key derivation, once
    blob = out.read_bytes()
    assert summary.cases == 5 and summary.exhibits == 3 and summary.size == len(blob)
    for needle in ("林晓梅", "Lin Xiaomei", "CV-2024-001", "casevault-bundle", "\x89PNG"):
        assert needle.encode() not in blob
    assert [p.name for p in out.parent.iterdir()] == ["all.cvb"]
    payload, _ = read_bundle(out, BUNDLE_PASS)
    assert payload["format"] == "casevault-bundle" and len(payload["document"]["cases"]) == 5


def test_a_case_bundle_carries_the_case_its_people_exhibits_and_versions(demo_vault, receiver, tmp_path):
    case = demo_vault.repos.cases.resolve("CV-2024-001")
    payload = build_payload(demo_vault, [case.id])
    doc = payload["document"]
    assert [c["reference"] for c in doc["cases"]] == ["CV-2024-001"]
    cf = demo_vault.repos.load_case_file(case.id)
    assert {p["id"] for p in doc["persons"]} == set(cf.persons)
    assert {o["id"] for o in doc["organisations"]} == set(cf.organisations)
    assert all(base64.b64decode(e["data"]) == demo_vault.repos.exhibits.read_data(e["id"])
               for e in doc["cases"][0]["exhibits"])
    in_doc = {r["id"] for r in doc["persons"] + doc["organisations"] + doc["cases"]}
    in_doc |= {r["id"] for c in doc["cases"] for key, _, _ in CHILDREN for r in c[key]}
    records = doc["persons"] + doc["organisations"] + doc["cases"] + [
        r for c in doc["cases"] for key, _, _ in CHILDREN for r in c[key]]
    assert all(len(r["revision"]["vector"]) == 1 and r["revision"]["vector"] for r in records)
    assert payload["scope"] == {"kind": "cases", "peer": None, "assumed": None}
    path = tmp_path / "one.cvb"
    export_bundle(demo_vault, path, BUNDLE_PASS, [case.id], log_n=FAST_KDF)
    report = import_bundle(receiver, path, BUNDLE_PASS)
    assert report.created == len(in_doc)
    assert [c.reference for c in receiver.repos.cases.all()] == ["CV-2024-001"]
    assert_verified(receiver)


def test_a_bundle_for_a_peer_carries_only_what_that_peer_has_not_seen(demo_vault, receiver, tmp_path):
    """What the peer has seen comes from the knowledge its own last bundle declared, never a clock."""
    export_bundle(demo_vault, tmp_path / "all.cvb", BUNDLE_PASS, log_n=FAST_KDF)
    import_bundle(receiver, tmp_path / "all.cvb", BUNDLE_PASS)
    export_bundle(receiver, tmp_path / "back.cvb", BUNDLE_PASS, log_n=FAST_KDF)
    import_bundle(demo_vault, tmp_path / "back.cvb", BUNDLE_PASS)  # the demo vault now knows what Bob knows
    bob_knows = demo_vault.versions.knowledge()
    case = demo_vault.repos.cases.resolve("CV-2023-014")
    incident = demo_vault.repos.incidents.for_case(case.id)[0]
    incident.verification = "disputed"
    demo_vault.repos.incidents.update(incident)
    gone = demo_vault.repos.cases.resolve("CV-2021-003")
    demo_vault.repos.cases.delete(gone.id)
    payload = build_payload(demo_vault, for_peer="bob")
    assert [c["reference"] for c in payload["document"]["cases"]] == ["CV-2023-014"]
    assert gone.id in {t["id"] for t in payload["tombstones"]} and len(payload["tombstones"]) == 9
    assert payload["scope"]["kind"] == "for" and payload["scope"]["assumed"] == bob_knows
    export_bundle(demo_vault, tmp_path / "for.cvb", BUNDLE_PASS, for_peer="bob", log_n=FAST_KDF)
    report = import_bundle(receiver, tmp_path / "for.cvb", BUNDLE_PASS)
    assert report.updated == 1 and report.deleted == 9 and content(receiver) == content(demo_vault)
    assert_verified(receiver)


def test_a_peer_is_named_by_its_author_or_replica_and_unknown_ones_are_refused(demo_vault):
    with pytest.raises(VaultError, match="No peer matches 'nobody'"):
        build_payload(demo_vault, for_peer="nobody")


def test_a_version_1_bundle_is_refused_with_a_clear_message(demo_vault, receiver, tmp_path):
    payload = build_payload(demo_vault)
    payload["version"] = 1
    write_payload(tmp_path / "old.cvb", payload)
    with pytest.raises(VaultError, match="older CaseVault .* update CaseVault on the laptop that made it"):
        import_bundle(receiver, tmp_path / "old.cvb", BUNDLE_PASS)


@pytest.mark.parametrize("damage", ["flip_middle", "flip_header", "cut_end", "cut_half", "wrong_passphrase"])
def test_a_damaged_or_wrongly_keyed_bundle_leaves_the_vault_unchanged(demo_vault, receiver, tmp_path, damage):
    path = tmp_path / "in.cvb"
    export_bundle(demo_vault, path, BUNDLE_PASS, log_n=FAST_KDF)
    blob = bytearray(path.read_bytes())
    secret = BUNDLE_PASS
    if damage == "flip_middle":
        blob[len(blob) // 2] ^= 0x10
    elif damage == "flip_header":
        blob[20] ^= 0x10
    elif damage == "cut_end":
        del blob[-1:]
    elif damage == "cut_half":
        del blob[len(blob) // 2:]
    else:
        secret = "not the agreed passphrase"
    path.write_bytes(bytes(blob))
    before = snapshot(receiver)
    expected = WrongBundlePassphraseError if damage in ("flip_header", "wrong_passphrase") else BundleDamagedError
    with pytest.raises(expected, match="nothing was imported"):
        import_bundle(receiver, path, secret)
    assert snapshot(receiver) == before


def test_an_invalid_record_is_refused_with_its_place(demo_vault, receiver, tmp_path):
    payload = build_payload(demo_vault)
    payload["document"]["cases"][1]["incidents"][1]["tactic"] = "telepathy"
    write_payload(tmp_path / "bad.cvb", payload)
    before = snapshot(receiver)
    where = r"\$.document.cases\[1\].incidents\[1\].tactic"
    with pytest.raises(ValidationError, match=where + ": 'telepathy' is not one of"):
        import_bundle(receiver, tmp_path / "bad.cvb", BUNDLE_PASS)
    assert snapshot(receiver) == before


def test_exhibit_bytes_that_do_not_match_their_hash_are_refused(demo_vault, receiver, tmp_path):
    payload = build_payload(demo_vault)
    exhibit = next(e for c in payload["document"]["cases"] for e in c["exhibits"])
    exhibit["data"] = base64.b64encode(b"a different file").decode()
    write_payload(tmp_path / "bad.cvb", payload)
    with pytest.raises(ValidationError, match="do not match the exhibit's sha256"):
        import_bundle(receiver, tmp_path / "bad.cvb", BUNDLE_PASS)
    assert receiver.repos.cases.count() == 0


@pytest.mark.parametrize("change, message", [
    (lambda p: p.update(version=99), "version 99"),
    (lambda p: p.update(format="something else"), "not a CaseVault bundle payload"),
    (lambda p: p["knowledge"].update({"x": "not a number"}), "knowledge: is not a version vector"),
    (lambda p: p.update(head=["x"]), "head: is not an audit-chain head"),
    (lambda p: p["scope"].update(kind="some"), "must be all, cases or for"),
    (lambda p: p["tombstones"].append({"entity": "case", "id": p["document"]["cases"][0]["id"], "vector": {},
                                       "case_id": None, "at": "", "author": ""}), "both present and deleted"),
    (lambda p: p["tombstones"].append({"entity": "note", "id": "n"}), "is not a tombstone"),
    (lambda p: p["document"]["cases"][0]["revision"].update(digest="0" * 64), "does not match its revision"),
    (lambda p: p["document"]["cases"][0].pop("revision"), "must carry its revision"),
])
def test_a_malformed_payload_is_refused(demo_vault, receiver, tmp_path, change, message):
    payload = build_payload(demo_vault)
    change(payload)
    write_payload(tmp_path / "bad.cvb", payload)
    with pytest.raises(VaultError, match=message):
        import_bundle(receiver, tmp_path / "bad.cvb", BUNDLE_PASS)
    assert receiver.repos.cases.count() == 0


def test_a_payload_that_is_not_json_is_called_damaged(receiver, tmp_path):
    with open(tmp_path / "bad.cvb", "wb") as fh:
        write_encrypted(fh, BUNDLE_PASS, [zlib.compress(b"{not json")], log_n=FAST_KDF)
    with pytest.raises(BundleDamagedError, match="not valid JSON"):
        import_bundle(receiver, tmp_path / "bad.cvb", BUNDLE_PASS)
    buf = io.BytesIO()
    write_encrypted(buf, BUNDLE_PASS, [b"plain, not compressed"], log_n=FAST_KDF)
    (tmp_path / "raw.cvb").write_bytes(buf.getvalue())
    with pytest.raises(BundleDamagedError, match="does not decompress"):
        import_bundle(receiver, tmp_path / "raw.cvb", BUNDLE_PASS)


def test_a_whole_vault_bundle_round_trips_exactly(demo_vault, receiver, tmp_path):
    export_bundle(demo_vault, tmp_path / "all.cvb", BUNDLE_PASS, log_n=FAST_KDF)
    import_bundle(receiver, tmp_path / "all.cvb", BUNDLE_PASS)
    assert content(receiver) == content(demo_vault)
    export_bundle(receiver, tmp_path / "back.cvb", BUNDLE_PASS, log_n=FAST_KDF)
    report = import_bundle(demo_vault, tmp_path / "back.cvb", BUNDLE_PASS)
    assert not report.changed and report.unchanged == sum(len(v) for v in content(demo_vault).values())


@pytest.mark.parametrize("refs", [None, ["CV-2024-007", "CV-2024-001"]])
def test_the_batched_document_holds_each_case_file(demo_vault, refs):
    """export_document loads records for many cases at once; each case must come out exactly as
    its case file, loaded on its own, says, in the order asked, with every person it mentions."""
    from exporters.interchange import CHILDREN, export_document

    ids = [demo_vault.repos.cases.resolve(r).id for r in refs] if refs else \
        [r[0] for r in demo_vault.conn.execute("SELECT id FROM cases ORDER BY reference, id")]
    doc = export_document(demo_vault, ids if refs else None)
    assert [c["id"] for c in doc["cases"]] == ids
    mentioned: set[str] = set()
    for entry in doc["cases"]:
        cf = demo_vault.repos.load_case_file(entry["id"])
        skip = {key for key, _, _ in CHILDREN} | {"revision"}
        assert {k: v for k, v in entry.items() if k not in skip} == record_dict(cf.case)
        for key, _, name in CHILDREN:  # (the document keeps the vault's order, the case file a reader's)
            assert sorted(({k: v for k, v in e.items() if k not in ("data", "revision")} for e in entry[key]),
                          key=lambda d: d["id"]) == \
                sorted(({k: v for k, v in record_dict(r).items() if k != "case_id"} for r in getattr(cf, name)),
                       key=lambda d: d["id"])
        for ex in entry["exhibits"]:
            assert base64.b64decode(ex["data"]) == demo_vault.repos.exhibits.read_data(ex["id"])
        mentioned |= set(cf.persons) | {p for e in cf.exhibits for p in e.shows_person_ids}
    assert mentioned <= {p["id"] for p in doc["persons"]}


def test_a_payload_that_would_expand_beyond_reason_is_refused_before_it_fills_memory(receiver, tmp_path):
    """A "zip bomb": 200 MB of one repeated byte compresses to about 200 kB, a thousand times more
    than a bundle's JSON ever does. It is refused while decompressing, past 64 MB."""
    packer = zlib.compressobj(9)
    pieces = [packer.compress(b"[" + b" " * (1 << 20)) for _ in range(200)] + [packer.flush()]
    with open(tmp_path / "bomb.cvb", "wb") as fh:
        write_encrypted(fh, BUNDLE_PASS, pieces, log_n=FAST_KDF)
    size = (tmp_path / "bomb.cvb").stat().st_size
    assert size < 1 << 20 and expansion_limit(size) == 64 << 20
    with pytest.raises(BundleDamagedError, match="would expand to more than 64 MB"):
        import_bundle(receiver, tmp_path / "bomb.cvb", BUNDLE_PASS)
    assert receiver.repos.cases.count() == 0


def test_the_expansion_limit_grows_with_the_file():
    assert expansion_limit(0) == 64 << 20
    assert expansion_limit(10 << 20) == 1000 << 20


def test_export_and_import_report_their_stages_in_order(demo_vault, receiver, tmp_path):
    stages = []
    export_bundle(demo_vault, tmp_path / "all.cvb", BUNDLE_PASS, log_n=FAST_KDF, progress=stages.append)
    import_bundle(receiver, tmp_path / "all.cvb", BUNDLE_PASS, progress=stages.append)
    assert stages == ["collect", "write", "read", "check", "merge"]
    stages.clear()
    with pytest.raises(VaultError):
        import_bundle(receiver, tmp_path / "all.cvb", "not the passphrase", progress=stages.append)
    assert stages == ["read"], "a refused bundle stops at the stage that refused it"
