"""The encrypted container of an exchange bundle (.cvb), docs/bundle.md. Only ciphertext is ever
written: the payload is encrypted in memory chunk by chunk while the file is written.

    header  "CVBUNDLE" | version u8 | kdf u8 (1 = scrypt) | log2 N u8 | r u8 | p u8 | salt[16] | chunk size u32
    check   HMAC-SHA256(mac key, header)[:16]       (tells a wrong passphrase from a damaged file)
    chunks  AES-256-GCM(enc key, nonce = counter u88 | last-flag u8, aad = header | check)

The keys come from scrypt(passphrase NFC, salt) = enc key | mac key. Each chunk's tag authenticates
its bytes, its position and whether it is the last one, with the header as associated data; so a
changed byte, a swapped or missing chunk, a cut file and an edited header are all refused.

Thread rule: pure functions of their arguments; key derivation takes about half a second and
128 MiB by design, so call them off the GUI thread."""

from __future__ import annotations

import hashlib
import hmac
import struct
import unicodedata
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from db.errors import VaultError
from db.notices import Notice

MAGIC = b"CVBUNDLE"
VERSION = 1
KDF_SCRYPT = 1
DEFAULT_LOG_N = 17  # scrypt N = 2**17, r = 8: 128 MiB and about half a second per key
CHUNK_SIZE = 1 << 20
_HEADER = struct.Struct(">8sBBBBB16sI")
_CHECK = 16
_TAG = 16


class BundleError(VaultError):
    """A bundle that cannot be used; the message says why in one sentence."""


class NotABundleError(BundleError):
    def __init__(self, name: object) -> None:
        super().__init__(Notice("{name} is not a CaseVault bundle.", name=str(name)))


class BundleTooNewError(BundleError):
    def __init__(self, name: object, version: int) -> None:
        super().__init__(Notice("{name} was written by a newer CaseVault (bundle format {version}; this version "
                                "reads format {reads}). Update CaseVault to import it.",
                                name=str(name), version=version, reads=VERSION))


class WrongBundlePassphraseError(BundleError):
    def __init__(self, name: object) -> None:
        super().__init__(Notice("Wrong passphrase for bundle {name} (or its header was changed); nothing was "
                                "imported.", name=str(name)))


class BundleDamagedError(BundleError):
    """`why` continues "Bundle NAME …" ("is incomplete (it was cut off)")."""

    def __init__(self, name: object, why: Notice) -> None:
        super().__init__(Notice("Bundle {name} {why}; nothing was imported.", name=str(name), why=why))


def _keys(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    if not passphrase or "\x00" in passphrase:
        raise BundleError("A bundle passphrase must be non-empty and cannot contain NUL characters.")
    # NFC: the same passphrase typed on two systems can arrive composed or decomposed.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = Scrypt(salt=salt, length=64, n=1 << log_n, r=r, p=p).derive(secret)
    return key[:32], key[32:]


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def write_encrypted(fh: BinaryIO, passphrase: str, data: Iterable[bytes], *, log_n: int = DEFAULT_LOG_N,
                    chunk_size: int = CHUNK_SIZE, salt: bytes | None = None) -> int:
    """Encrypt the byte pieces of `data` into `fh` as one bundle container. Returns bytes written."""
    import secrets  # noqa: PLC0415

    salt = salt or secrets.token_bytes(16)
    r, p = 8, 1
    header = _HEADER.pack(MAGIC, VERSION, KDF_SCRYPT, log_n, r, p, salt, chunk_size)
    enc_key, mac_key = _keys(passphrase, salt, log_n, r, p)
    aad = header + hmac.new(mac_key, header, hashlib.sha256).digest()[:_CHECK]
    aead = AESGCM(enc_key)
    fh.write(aad)
    written, counter, buf = len(aad), 0, bytearray()
    for piece in data:
        buf += piece
        # Emit a chunk only when more bytes follow it, so the last chunk is the one marked last.
        while len(buf) > chunk_size:
            written += fh.write(aead.encrypt(_nonce(counter, False), bytes(buf[:chunk_size]), aad))
            del buf[:chunk_size]
            counter += 1
    written += fh.write(aead.encrypt(_nonce(counter, True), bytes(buf), aad))
    return written


def read_encrypted(fh: BinaryIO, passphrase: str, name: object = "file") -> Iterator[bytes]:
    """Yield the authenticated plaintext chunks of a bundle container, raising a BundleError for a
    file that is not a bundle, a wrong passphrase, or any change, reordering or truncation. A caller
    must consume every chunk before trusting any: the last one proves the file is complete."""
    head = fh.read(_HEADER.size + _CHECK)
    if len(head) < len(MAGIC) or head[: len(MAGIC)] != MAGIC:
        raise NotABundleError(name)
    if len(head) < _HEADER.size + _CHECK:
        raise BundleDamagedError(name, Notice("is incomplete (cut off in its header)"))
    header, check = head[: _HEADER.size], head[_HEADER.size:]
    _, version, kdf, log_n, r, p, salt, chunk_size = _HEADER.unpack(header)
    if version > VERSION:
        raise BundleTooNewError(name, version)
    # Bounds keep a damaged header from asking for gigabytes of memory in key derivation.
    if version != VERSION or kdf != KDF_SCRYPT or not (10 <= log_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4) \
            or not (1024 <= chunk_size <= 1 << 24):
        raise BundleDamagedError(name, Notice("has a damaged header"))
    enc_key, mac_key = _keys(passphrase, salt, log_n, r, p)
    if not hmac.compare_digest(hmac.new(mac_key, header, hashlib.sha256).digest()[:_CHECK], check):
        raise WrongBundlePassphraseError(name)
    aead, counter = AESGCM(enc_key), 0
    block = fh.read(chunk_size + _TAG)
    while True:
        following = fh.read(chunk_size + _TAG)
        last = not following
        try:
            yield aead.decrypt(_nonce(counter, last), block, head)
        except InvalidTag:
            raise _diagnose(aead, counter, block, head, last, name) from None
        if last:
            return
        block, counter = following, counter + 1


def _diagnose(aead: AESGCM, counter: int, block: bytes, aad: bytes, last: bool, name: object) -> BundleError:
    if last and len(block) >= _TAG:
        try:
            aead.decrypt(_nonce(counter, False), block, aad)
        except InvalidTag:
            pass
        else:  # a sound chunk that was not meant to be the last: the rest of the file is missing
            return BundleDamagedError(name, Notice("is incomplete (it was cut off)"))
    if last:
        return BundleDamagedError(name, Notice("is damaged or incomplete (its end does not authenticate)"))
    return BundleDamagedError(name, Notice("was modified or damaged (part {part} does not authenticate)",
                                           part=counter + 1))
