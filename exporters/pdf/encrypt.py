"""Password protection for a finished dossier: AES-256 with the PDF 2.0 security handler
(revision 6), written by pikepdf/qpdf. ReportLab's own encryption is RC4 or AES-128 with the older
handler, which current guidance no longer accepts. Done in memory: the unencrypted PDF never
touches the disk.

Thread rule: pure function, any thread."""

from __future__ import annotations

import io
import secrets

import pikepdf

from db.errors import VaultError

PASSWORD_NOTE = (
    "A password encrypts the whole PDF with AES-256, the current PDF standard (Acrobat X or later, "
    "recent Preview, Firefox, Chrome, Okular and Evince open it). It protects the file if it is copied, "
    "mailed or lost: without the password nobody can read its pages or its properties. It does not "
    "protect what happens after someone opens it: they can print, copy or forward the content. The file "
    "name and size stay visible. A short or guessable password can be found by trying many passwords on "
    "another computer: use a long passphrase and pass it on by another channel than the file. The "
    "password is not stored anywhere; if it is lost, make the dossier again from the vault."
)


class PasswordError(VaultError):
    """The dossier password cannot be used."""


def check_password(password: str) -> None:
    """Raise PasswordError for a password the PDF standard cannot hold."""
    if not password:
        raise PasswordError("The dossier password is empty.")
    if len(password.encode("utf-8")) > 127:
        raise PasswordError("The dossier password is too long: PDF passwords hold at most 127 bytes "
                            "(about 40 Chinese or 127 Latin characters).")


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """`data` (a PDF) encrypted with AES-256 (R6); opening it needs `password`. The owner password
    is random and forgotten at once: readers that honour it then give nobody the right to change
    the permissions, and the user password never doubles as a second key of the file."""
    check_password(password)
    out = io.BytesIO()
    owner = secrets.token_urlsafe(32)  # 256 bits, ASCII: within the 127 bytes a PDF password holds
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=password, owner=owner, R=6, aes=True, metadata=True))
    return out.getvalue()
