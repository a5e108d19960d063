"""Real vaults made by every earlier CaseVault (tests/data/make_old_vaults.py, make_v3_vaults.py)
migrate to the case model of docs/model.md: each incident's one target and one place become lists,
country codes are normalised and what was not a code is kept as text, every rewritten record has
an audit entry "migrate" so that `verify` holds, open conflicts keep both versions in the new
shape, and what the old CaseVault wrote for others (an interchange file of version 2, a bundle)
still imports, recognised as the versions the migrated vault already holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from db import schema
from db.merge_conflicts import list_conflicts, resolve_conflict
from db.models import Place
from db.vault import Vault
from db.verify import verify
from exporters.bundle import import_bundle
from exporters.interchange import export_document, import_json
from tests.conftest import PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data"
REAL = {1: "v1-demo.cvault", 3: "v3-alice.cvault", 4: "v4-demo.cvault", 5: "v5-demo.cvault", 6: "v6-demo.cvault",
        10: "v10-demo.cvault"}


def raw(path: Path) -> tuple[int, dict[str, tuple]]:
    """The schema version and each incident's old target and place, read before any migration."""
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    rows = {r[0]: r[1:] for r in conn.execute(
        "SELECT id, targeted_person_id, country, city, location FROM incidents")}
    conn.close()
    return version, rows


@pytest.fixture(params=sorted(REAL))
def old(request, tmp_path):
    path = tmp_path / REAL[request.param]
    shutil.copyfile(DATA / REAL[request.param], path)
    return request.param, path


def test_every_earlier_version_migrates_keeping_targets_places_and_the_audit_chain(old):
    version, path = old
    found, before = raw(path)
    assert found == version, "the test file is of the version it claims"
    with Vault.open(path, PASSPHRASE) as v:
        assert v.schema_version() == schema.latest_version()
        report = verify(v)
        assert report.ok, report.lines()
        incidents = {i.id: i for i in v.repos.incidents.all()}
        assert set(incidents) == set(before), "no incident lost or added"
        for incident_id, (target, country, city, location) in before.items():
            i = incidents[incident_id]
            assert i.target_ids == ([target] if target else [])
            if country.strip().upper() in ("CN", "CA", "FR", "GB", "AU", "AE"):
                assert i.places == [Place("took_place", country.strip().upper(), city, location)]
            elif country or city or location:
                (place,) = i.places
                assert place.country == "" and place.city == city
                assert place.location.startswith(f"country as written: {country}"), place.location
                assert place.location.endswith(location)
            else:
                assert i.places == []
        migrated = {e.entity_id for e in v.repos.audit.iter_all() if e.action == "migrate" and e.entity == "incident"}
        assert migrated == set(before), "every rewritten incident says so in its history"
        old_case = v.repos.cases.resolve("OLD-1") if version != 3 else None
        if old_case is not None:
            assert (old_case.host_country, old_case.origin_country) == ("", "CN")
            assert old_case.region == "host country as written: Canada; Ontario"
            person = next(p for p in v.repos.persons.all() if p.name == "Old Target")
            assert person.citizenships == ["CA"] and person.notes.startswith("citizenship as written: Chinese")
        hits = v.conn.execute("SELECT count(*) FROM search_doc").fetchone()[0]
        assert hits == v.repos.cases.count(), "the search index was rebuilt for the new fields"


def test_a_version_2_vault_made_from_its_schema_migrates(tmp_path):
    """No CaseVault ever shipped schema 2 on its own (make_old_vaults.py); its tables still migrate."""
    from tests.db.test_migrations import make_vault_at

    path = tmp_path / "v2.cvault"
    make_vault_at(path, 2)
    with Vault.open(path, PASSPHRASE) as v:
        assert v.schema_version() == schema.latest_version() and verify(v).ok


def test_an_open_conflict_about_an_incident_keeps_both_versions_in_the_new_shape(tmp_path):
    for name in ("v6-pair-alice.cvault", "v6-pair-bob.cvault"):
        shutil.copyfile(DATA / name, tmp_path / name)
    with Vault.open(tmp_path / "v6-pair-bob.cvault", PASSPHRASE) as bob:
        (conflict,) = [c for c in list_conflicts(bob) if c.entity == "incident"]
        assert conflict.ours.places[0].city == "Wenzhou, Ouhai"
        assert conflict.theirs.places[0].city == "Wenzhou (Lucheng district)"
        assert conflict.theirs.target_ids == conflict.ours.target_ids and conflict.ours.target_ids
        resolve_conflict(bob, conflict.id, "theirs")
        assert bob.repos.incidents.get(conflict.entity_id).places[0].city == "Wenzhou (Lucheng district)"
        assert verify(bob).ok


def test_what_the_old_casevault_wrote_for_others_still_imports_as_the_same_versions(tmp_path):
    """Alice's v2 interchange file and her bundle, both written before the upgrade: Bob, migrated,
    already holds those versions (he took them by bundle before), so nothing is written and no
    conflict is found beyond the one he had."""
    for name in ("v6-pair-alice.cvault", "v6-pair-bob.cvault"):
        shutil.copyfile(DATA / name, tmp_path / name)
    with Vault.open(tmp_path / "v6-pair-alice.cvault", PASSPHRASE) as alice:
        alice_now = export_document(alice)
    with Vault.open(tmp_path / "v6-pair-bob.cvault", PASSPHRASE) as bob:
        before = len(list_conflicts(bob))
        result = import_json(bob, DATA / "v2-export.json")
        assert result.conflicts == 0 and result.written == 0
        report = import_bundle(bob, DATA / "v6-alice.cvb", "bundle")
        assert report.conflicts == [] and not report.created and len(list_conflicts(bob)) == before
        assert verify(bob).ok
    with Vault.create(tmp_path / "fresh.cvault", PASSPHRASE) as fresh:
        result = import_json(fresh, DATA / "v2-export.json")
        assert result.cases == 4 and verify(fresh).ok
        ours = {c["id"]: c for c in export_document(fresh)["cases"]}
        theirs = {c["id"]: c for c in alice_now["cases"]}
        assert {i: c["incidents"] for i, c in ours.items()} == {i: c["incidents"] for i, c in theirs.items()}, \
            "the file's incidents read exactly as the migrated vault holds them, versions included"
