"""Errors a user can act on. Each message is one plain sentence, safe to show and to log:
no passphrase, no case data."""

from __future__ import annotations


class VaultError(Exception):
    """Base class for every error CaseVault reports to a user."""


class WrongPassphraseError(VaultError):
    def __init__(self, path: object = "") -> None:
        super().__init__(f"Wrong passphrase for vault {path}.".replace(" .", "."))


class NotAVaultError(VaultError):
    def __init__(self, path: object, why: str) -> None:
        super().__init__(f"{path} is not a CaseVault vault ({why}).")


class VaultTooNewError(VaultError):
    def __init__(self, path: object, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer CaseVault (schema {found}; this version reads up to {supported}). "
            "Update CaseVault to open it."
        )


class VaultBusyError(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"{path} is already open in another CaseVault window or process. Close it there first.")


class VaultExistsError(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"{path} already exists; choose another file name.")


class VaultMissingError(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"{path} does not exist.")


class NotFoundError(VaultError):
    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"No {what} matches {key!r}.")


class ValidationError(VaultError):
    """A record or an imported file breaks a rule; `where` says which field or JSON path (or line and
    column), `what` what is wrong. Either may be a db.notices.Notice; str() is the English sentence."""

    def __init__(self, where: str, what: str) -> None:
        self.where = where
        self.what = what
        super().__init__(f"{where}: {what}" if where else what)


class VaultCorruptError(VaultError):
    def __init__(self, path: object = "The vault") -> None:
        super().__init__(f"{path} is damaged: part of the file fails its integrity check. Nothing was changed; "
                         "run `casevault verify` and restore the vault from a backup.")


class StorageError(VaultError):
    """The disk refused a write (full, read-only, removed)."""
