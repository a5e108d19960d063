"""How tests/data/v1-demo.cvault, v4-demo.cvault, v5-demo.cvault, v6-demo.cvault, v6-pair-*.cvault and
v10-demo.cvault were made: each by the CaseVault of the commit that last had that schema version on the main line
(v3-*.cvault: make_v3_vaults.py). Schema version 2 never existed in a commit of its own (search and
version tokens came in together, as 3), so there is no v2 file; tests/db/test_migrations.py builds
that version from the schema alone; versions 7 to 9 only added indexes and changed how the search
index and the audit trail are stored, which v10-demo.cvault carries.

    for c in 97c710f:1 55ddf53:4 e92e31b:5 c0832bc:6 cf4ff69:10; do
        git archive ${c%%:*} | tar -x -C /tmp/old-${c##*:} && (cd /tmp/old-${c##*:} && \\
        python PATH/TO/tests/data/make_old_vaults.py OUT/ ${c##*:})
    done

Each vault holds that version's demo cases (made through its own repositories, so its audit chain
and, from version 4, its version vectors are its own) and the things a migration must carry over:
an incident whose country is written out ("Canada") and one in lower case ("ca"), a case whose host
country is a name, a person with a citizenship written as a word, and a deleted incident. At
version 6 it also makes a pair of vaults that exchanged bundles and hold an open conflict about an
incident (both changed its city), and what Alice's laptop then wrote for others: v2-export.json
(an interchange file, version 2) and v6-alice.cvb (a bundle, passphrase "bundle"). They open with
the test passphrase of tests/conftest.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

import db.schema  # noqa: E402
from db.models import Case, Incident, Person, Role  # noqa: E402
from db.vault import Vault  # noqa: E402
from desktop.demo import build_demo  # noqa: E402

PASSPHRASE = "correct horse battery staple 马"


def extras(v: Vault) -> None:
    """The values a migration to the new case model must move without loss."""
    r = v.repos
    case = r.cases.add(Case(reference="OLD-1", title="Written before the new model", host_country="Canada",
                            origin_country="cn", region="Ontario"))
    person = r.persons.add(Person(name="Old Target", citizenships=["Chinese", "CA"], consent="public"))
    r.roles.add(Role(case_id=case.id, person_id=person.id, role="target"))
    r.incidents.add(Incident(case_id=case.id, tactic="threat_online", date_start="2019", country="Canada",
                             city="Toronto", location="Online, from an unknown account",
                             targeted_person_id=person.id, description="Country written as a word."))
    r.incidents.add(Incident(case_id=case.id, tactic="family_pressure", date_start="2018-04", country="ca",
                             targeted_person_id=person.id, description="Country in lower case."))
    gone = r.incidents.add(Incident(case_id=case.id, tactic="other", description="Deleted before the upgrade."))
    r.incidents.delete(gone.id)


def main(out: Path, version: int) -> None:
    assert db.schema.latest_version() == version, f"run this with CaseVault at schema {version}"
    out.mkdir(exist_ok=True)
    path = out / f"v{version}-demo.cvault"
    v = Vault.create(path, PASSPHRASE, author="old")
    build_demo(v)
    extras(v)
    v.close()
    if version == 6:
        pair(out, version)


def pair(out: Path, version: int) -> None:
    from exporters.bundle import export_bundle, import_bundle  # noqa: PLC0415

    a = Vault.create(out / f"v{version}-pair-alice.cvault", PASSPHRASE, author="alice")
    build_demo(a)
    b = Vault.create(out / f"v{version}-pair-bob.cvault", PASSPHRASE, author="bob")
    bundle = out / "exchange.cvb"
    export_bundle(a, bundle, "bundle", log_n=10)
    import_bundle(b, bundle, "bundle")
    case = a.repos.cases.resolve("CV-2024-001")
    mine = a.repos.incidents.for_case(case.id)[0]
    theirs = b.repos.incidents.get(mine.id)
    mine.city, theirs.city = "Wenzhou (Lucheng district)", "Wenzhou, Ouhai"
    a.repos.incidents.update(mine)
    b.repos.incidents.update(theirs)
    bundle.unlink()
    export_bundle(a, bundle, "bundle", log_n=10)
    import_bundle(b, bundle, "bundle")  # Bob now holds an open conflict about the incident
    bundle.unlink()
    from exporters.interchange import export_json  # noqa: PLC0415

    # What that CaseVault wrote for others: an interchange file (version 2) and a bundle (passphrase "bundle").
    export_json(a, out / "v2-export.json")
    export_bundle(a, out / f"v{version}-alice.cvb", "bundle", log_n=10)
    a.close()
    b.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
