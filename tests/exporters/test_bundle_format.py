"""The encrypted bundle container: round trips any payload, and refuses every changed byte, swapped,
missing or added chunk, cut file, wrong passphrase, foreign file and newer format with its own message."""

from __future__ import annotations

import io
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exporters.bundle_format import (
    MAGIC,
    BundleDamagedError,
    BundleError,
    BundleTooNewError,
    NotABundleError,
    WrongBundlePassphraseError,
    read_encrypted,
    write_encrypted,
)

SECRET = "exchange passphrase 交换"
CHUNK = 1024
HEADER = 33 + 16  # header, then the passphrase check


def seal(data: bytes, secret: str = SECRET, pieces: int = 3) -> bytes:
    fh = io.BytesIO()
    step = max(1, len(data) // pieces)
    write_encrypted(fh, secret, [data[i:i + step] for i in range(0, len(data), step)] or [b""], log_n=10,
                    chunk_size=CHUNK)
    return fh.getvalue()


def unseal(blob: bytes, secret: str = SECRET) -> bytes:
    return b"".join(read_encrypted(io.BytesIO(blob), secret, "test.cvb"))


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=5 * CHUNK))
def test_any_payload_round_trips(data):
    assert unseal(seal(data)) == data


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK])
def test_chunk_boundaries_round_trip_and_hide_the_payload(size):
    data = (b"Lin Xiaomei \xe6\x9e\x97\xe6\x99\x93\xe6\xa2\x85 " * (size // 20 + 1))[:size]
    blob = seal(data)
    assert unseal(blob) == data
    assert len(blob) == HEADER + max(1, -(-size // CHUNK)) * 16 + size
    if size >= 40:
        assert data[:20] not in blob


def test_every_changed_byte_is_refused():
    blob = seal(bytes(range(256)) * 10)
    positions = list(range(HEADER)) + list(range(HEADER, len(blob), 37)) + [len(blob) - 1]
    for pos in positions:
        bad = bytearray(blob)
        bad[pos] ^= 0x01
        with pytest.raises(BundleError):
            unseal(bytes(bad))


def test_a_changed_chunk_names_the_part():
    blob = bytearray(seal(bytes(3 * CHUNK)))
    blob[HEADER + CHUNK + 16 + 5] ^= 0xFF
    with pytest.raises(BundleDamagedError, match="part 2 does not authenticate"):
        unseal(bytes(blob))


def test_a_file_cut_at_a_chunk_boundary_is_called_incomplete():
    blob = seal(bytes(3 * CHUNK + 100))
    with pytest.raises(BundleDamagedError, match="cut off"):
        unseal(blob[: HEADER + 2 * (CHUNK + 16)])


@pytest.mark.parametrize("keep", [0, 5, 20, HEADER, HEADER + 10, HEADER + CHUNK + 16 + 7])
def test_a_file_cut_anywhere_is_refused(keep):
    blob = seal(bytes(3 * CHUNK + 100))
    with pytest.raises(BundleError):
        unseal(blob[:keep])


def test_swapped_chunks_and_added_bytes_are_refused():
    blob = seal(bytes(range(256)) * 12)
    size = CHUNK + 16
    first, second = blob[HEADER:HEADER + size], blob[HEADER + size:HEADER + 2 * size]
    with pytest.raises(BundleDamagedError):
        unseal(blob[:HEADER] + second + first + blob[HEADER + 2 * size:])
    with pytest.raises(BundleDamagedError):
        unseal(blob + b"\x00")


def test_wrong_passphrase_is_told_apart_from_damage():
    blob = seal(b"payload")
    with pytest.raises(WrongBundlePassphraseError, match="Wrong passphrase for bundle test.cvb"):
        unseal(blob, "another passphrase")


def test_the_same_passphrase_typed_composed_or_decomposed_opens_it():
    blob = seal(b"payload", "Montr\u00e9al")
    assert unseal(blob, "Montre\u0301al") == b"payload"


def test_other_files_are_not_bundles():
    for other in (b"", b"SQLite format 3\x00" + bytes(100), b"{\"format\": \"casevault\"}"):
        with pytest.raises(NotABundleError, match="is not a CaseVault bundle"):
            unseal(other)


def test_a_newer_format_asks_for_an_update():
    blob = bytearray(seal(b"payload"))
    blob[len(MAGIC)] = 2
    with pytest.raises(BundleTooNewError, match="newer CaseVault"):
        unseal(bytes(blob))


def test_a_header_asking_for_absurd_key_derivation_is_refused_before_deriving():
    blob = bytearray(seal(b"payload"))
    blob[len(MAGIC) + 2] = 40  # log2 N = 40 would need terabytes
    with pytest.raises(BundleDamagedError, match="damaged header"):
        unseal(bytes(blob))
    size_at = struct.calcsize(">8sBBBBB16s")
    blob = bytearray(seal(b"payload"))
    blob[size_at:size_at + 4] = struct.pack(">I", 1 << 30)
    with pytest.raises(BundleDamagedError, match="damaged header"):
        unseal(bytes(blob))
