"""Every schema version from the first one on migrates to the current one, keeping data."""

from __future__ import annotations

import pytest
import sqlcipher3

from db import schema
from db.errors import VaultError
from db.models import Case, Person, Role
from db.vault import Vault
from db.verify import verify
from tests.conftest import PASSPHRASE


def make_vault_at(path, version: int) -> None:
    """A vault file as CaseVault at schema `version` would have created it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("BEGIN")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, 0, version)
    conn.execute("INSERT INTO meta(key, value) VALUES ('author', 'old')")
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.parametrize("version", range(1, schema.latest_version() + 1))
def test_vault_at_each_version_migrates_to_current(tmp_path, version):
    path = tmp_path / f"v{version}.cvault"
    make_vault_at(path, version)
    with Vault.open(path, PASSPHRASE) as v:
        # Data written through the repositories at the old version's tables...
        case = v.repos.cases.add(Case(reference="R-1", title="张伟 Montréal"))
        person = v.repos.persons.add(Person(name="Zhang Wei", name_original="张伟"))
        v.repos.roles.add(Role(case_id=case.id, person_id=person.id, role="target"))
        assert v.schema_version() == schema.latest_version()
    with Vault.open(path, PASSPHRASE) as v:
        assert v.repos.cases.get(case.id).title == "张伟 Montréal"
        assert verify(v).ok


def test_data_written_at_version_1_survives_all_migrations(tmp_path):
    path = tmp_path / "v1.cvault"
    make_vault_at(path, 1)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("INSERT INTO cases VALUES ('c1', 'R-1', '谢卫东', 'open', 'normal', 'confidential', 'CN', 'CA', '', "
                 "'fox_hunt', '', 'unknown', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', 'old')")
    conn.close()
    with Vault.open(path, PASSPHRASE) as v:
        assert v.schema_version() == schema.latest_version()
        assert v.repos.cases.get("c1").title == "谢卫东"


def test_failed_migration_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "v1.cvault"
    make_vault_at(path, 1)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE broken (;"])
    with pytest.raises(VaultError):
        Vault.open(path, PASSPHRASE)
    monkeypatch.undo()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
