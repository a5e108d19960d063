"""Fuzzing the other importers: exchange bundles, backups (restore) and exhibit files of every
type CaseVault reproduces. Malformed, truncated and hostile inputs give a clear VaultError, never
a crash or a hang, and leave the vault (or the restore target) untouched."""

from __future__ import annotations

import io
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.backup import backup, restore
from db.errors import VaultError
from db.models import Case
from db.vault import Vault
from desktop.demo import build_demo
from exporters.bundle import export_bundle, import_bundle
from exporters.pdf import DossierOptions, dossier_case_file, render_dossier
from tests.security.harness import long_mode

FUZZ = settings(max_examples=400 if long_mode() else 25, deadline=None, suppress_health_check=list(HealthCheck))
SLOW_FUZZ = settings(max_examples=60 if long_mode() else 6, deadline=None, suppress_health_check=list(HealthCheck))
BUNDLE_PASS = "fuzz bundle passphrase"
VAULT_PASS = "fuzz vault passphrase"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A receiving vault, a good bundle and a good backup, made once for the whole fuzz run."""
    folder = tmp_path_factory.mktemp("fuzz-files")
    with Vault.create(folder / "source.cvault", VAULT_PASS) as source:
        build_demo(source)
        export_bundle(source, folder / "good.cvb", BUNDLE_PASS, log_n=10)
        backup(source, folder / "good-backup.cvault")
    receiver = Vault.create(folder / "receiver.cvault", VAULT_PASS)
    yield World(folder=folder, receiver=receiver, bundle=(folder / "good.cvb").read_bytes(),
                backup=(folder / "good-backup.cvault").read_bytes())
    receiver.close()


class World(dict):
    def __repr__(self) -> str:  # hypothesis prints fixtures in failure reports; keep it short
        return "<fuzz world>"


def damage(data: bytes, cut: int, flips: list[int]) -> bytes:
    out = bytearray(data[: max(0, len(data) - cut)])
    for position in set(flips):
        if out:
            out[position % len(out)] ^= 1 + position % 255
    return bytes(out)


def mutations() -> st.SearchStrategy:
    return st.tuples(st.integers(min_value=0, max_value=5000), st.lists(st.integers(min_value=0), max_size=3))


@FUZZ
@given(change=mutations())
def test_damaged_bundles_are_refused_and_change_nothing(world, change):
    cut, flips = change
    damaged = damage(world["bundle"], cut, flips)
    if damaged == world["bundle"]:
        return
    path = world["folder"] / "damaged.cvb"
    path.write_bytes(damaged)
    receiver = world["receiver"]
    head = receiver.repos.audit.head()
    with pytest.raises(VaultError):
        import_bundle(receiver, path, BUNDLE_PASS)
    assert receiver.repos.audit.head() == head


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_as_a_bundle_are_refused(world, data):
    path = world["folder"] / "random.cvb"
    path.write_bytes(data)
    with pytest.raises(VaultError):
        import_bundle(world["receiver"], path, BUNDLE_PASS)


@SLOW_FUZZ
@given(change=mutations())
def test_damaged_backups_do_not_restore(world, change):
    cut, flips = change
    data = damage(world["backup"], cut * 64, flips)
    if data == world["backup"]:
        return
    folder = world["folder"]
    damaged, target = folder / "damaged-backup.cvault", folder / "restored.cvault"
    damaged.write_bytes(data)
    target.unlink(missing_ok=True)
    try:
        restore(damaged, VAULT_PASS, target)
    except VaultError:
        assert not target.exists(), "a refused restore left a file behind"
        return
    # A flip that SQLCipher's page HMACs cannot see does not exist, so a restore that went through
    # must have been given undamaged pages (e.g. only free space was cut): the copy must verify.
    from db.verify import verify

    with Vault.open(target, VAULT_PASS) as restored:
        assert verify(restored).ok


def image_bytes(kind: str, rng: random.Random) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (rng.randint(1, 64), rng.randint(1, 64)), (rng.randrange(256), 40, 90))
    buf = io.BytesIO()
    img.save(buf, format=kind)
    return buf.getvalue()


@pytest.fixture(scope="module")
def exhibit_case(world):
    vault = world["receiver"]
    case = vault.repos.cases.add(Case(reference="FUZZ-EXHIBITS", title="证据 fuzz"))
    return vault, case


@SLOW_FUZZ
@given(kind=st.sampled_from(["PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF"]), seed=st.integers(),
       change=mutations())
def test_damaged_exhibit_files_never_break_a_dossier(exhibit_case, kind, seed, change):
    vault, case = exhibit_case
    cut, flips = change
    data = damage(image_bytes(kind, random.Random(seed)), cut % 200, flips)
    exhibit = vault.repos.exhibits.add_file(case.id, data, f"fuzz.{kind.lower()}")
    try:
        pdf = render_dossier(dossier_case_file(vault, case.id), vault.repos.audit.head(), DossierOptions(),
                             vault.repos.exhibits.read_data)
        assert pdf.startswith(b"%PDF-")
    finally:
        vault.repos.exhibits.delete(exhibit.id)


@SLOW_FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.png", "x.jpg", "x.pdf", "x.mp3", "x.bin", "x"]))
def test_random_exhibit_bytes_are_stored_exactly_and_never_break_a_dossier(exhibit_case, data, name):
    vault, case = exhibit_case
    exhibit = vault.repos.exhibits.add_file(case.id, data, name)
    try:
        assert vault.repos.exhibits.read_data(exhibit.id) == data
        pdf = render_dossier(dossier_case_file(vault, case.id), vault.repos.audit.head(), DossierOptions(),
                             vault.repos.exhibits.read_data)
        assert pdf.startswith(b"%PDF-")
    finally:
        vault.repos.exhibits.delete(exhibit.id)
