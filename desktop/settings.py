"""Settings kept outside the vault, in QSettings: window geometry (and whether it was maximised),
language, idle-lock minutes and,
only if the user ticked "remember", the path of the last vault. Nothing identifying goes there
otherwise: no case data, no recent-case list, never the passphrase.

Two opt-in features store a little more, and only while they are on:
- automatic backups on close: the backup folder and how many backups to keep;
- erasing a vault after N wrong passphrases: keyed by a SHA-256 fingerprint of the vault's
  resolved path (not the path itself), the limit and the count of wrong passphrases so far.
Turning either off removes what it stored.

Thread rule: GUI thread only (QSettings objects are not shared between threads here)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.session import DEFAULT_IDLE_MINUTES

MIN_IDLE_MINUTES = 0.5
MAX_IDLE_MINUTES = 240.0
DEFAULT_BACKUPS_KEPT = 5
MAX_BACKUPS_KEPT = 100
DEFAULT_WIPE_AFTER = 10
MIN_WIPE_AFTER = 3
MAX_WIPE_AFTER = 100


def vault_fingerprint(path: str | Path) -> str:
    """The key under which per-vault settings live: SHA-256 of the resolved path, so the settings
    file does not name the vault (a guessed path can still be checked against it)."""
    return hashlib.sha256(str(Path(path).expanduser().resolve()).encode("utf-8")).hexdigest()


class Settings:
    """Typed access to the app's QSettings. Pass `path` (an .ini file) to keep tests and portable
    installs away from the user's real settings."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self.qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CaseVault", "CaseVault")
        else:
            self.qs = QSettings(str(path), QSettings.Format.IniFormat)

    # -- first start ---------------------------------------------------------------------------------

    @property
    def first_start(self) -> bool:
        """True until a vault was opened or created once (then the unlock view offers 'open' first)."""
        return str(self.qs.value("started", "false")).lower() != "true"

    # -- window -------------------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self.qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.qs.setValue("window/geometry", value)

    @property
    def maximized(self) -> bool | None:
        """Whether the window was maximised when it last closed; None before it ever closed."""
        value = self.qs.value("window/maximized")
        return None if value is None else str(value).lower() == "true"

    @maximized.setter
    def maximized(self, value: bool) -> None:
        self.qs.setValue("window/maximized", "true" if value else "false")

    # -- language -----------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """'' means the system's language."""
        return str(self.qs.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("language", value)

    # -- idle lock ----------------------------------------------------------------------------------

    @property
    def idle_minutes(self) -> float:
        try:
            value = float(self.qs.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return min(max(value, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)

    @idle_minutes.setter
    def idle_minutes(self, value: float) -> None:
        self.qs.setValue("lock/idle_minutes", min(max(float(value), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES))

    # -- the last vault (opt-in) ----------------------------------------------------------------------

    @property
    def remember_vault(self) -> bool:
        return str(self.qs.value("vault/remember", "false")).lower() == "true"

    @property
    def last_vault(self) -> str | None:
        """The remembered vault path, or None if the user did not opt in."""
        if not self.remember_vault:
            return None
        value = self.qs.value("vault/last")
        return str(value) if value else None

    def vault_opened(self, path: str | Path, remember: bool) -> None:
        """Record the choice made at unlock: remember this path, or forget any remembered one."""
        self.qs.setValue("started", "true")
        self.qs.setValue("vault/remember", "true" if remember else "false")
        if remember:
            self.qs.setValue("vault/last", str(path))
        else:
            self.qs.remove("vault/last")
        self.qs.sync()

    # -- automatic backups on close (opt-in) ----------------------------------------------------------

    @property
    def auto_backup(self) -> bool:
        return str(self.qs.value("backup/auto", "false")).lower() == "true" and bool(self.backup_folder)

    @property
    def backup_folder(self) -> str:
        return str(self.qs.value("backup/folder", "") or "")

    @property
    def backups_kept(self) -> int:
        try:
            value = int(self.qs.value("backup/keep", DEFAULT_BACKUPS_KEPT))
        except (TypeError, ValueError):
            return DEFAULT_BACKUPS_KEPT
        return min(max(value, 1), MAX_BACKUPS_KEPT)

    def set_auto_backup(self, enabled: bool, folder: str = "", keep: int = DEFAULT_BACKUPS_KEPT) -> None:
        """Turn automatic backups on (keeping `folder` and `keep`) or off (forgetting both)."""
        if enabled and folder:
            self.qs.setValue("backup/auto", "true")
            self.qs.setValue("backup/folder", str(folder))
            self.qs.setValue("backup/keep", min(max(int(keep), 1), MAX_BACKUPS_KEPT))
        else:
            self.qs.remove("backup")
        self.qs.sync()

    # -- erase after wrong passphrases (opt-in, per vault) -------------------------------------------

    def _wipe_key(self, path: str | Path) -> str:
        return f"wipe/{vault_fingerprint(path)}"

    def wipe_limit(self, path: str | Path) -> int:
        """How many wrong passphrases in a row erase this vault; 0 when the feature is off for it."""
        try:
            value = int(self.qs.value(self._wipe_key(path) + "/limit", 0))
        except (TypeError, ValueError):
            return 0
        return min(max(value, MIN_WIPE_AFTER), MAX_WIPE_AFTER) if value > 0 else 0

    def wipe_failures(self, path: str | Path) -> int:
        try:
            return max(int(self.qs.value(self._wipe_key(path) + "/failures", 0)), 0)
        except (TypeError, ValueError):
            return 0

    def set_wipe(self, path: str | Path, limit: int) -> None:
        """Erase `path` after `limit` wrong passphrases in a row (limit 0: off, and forget the vault)."""
        key = self._wipe_key(path)
        if limit > 0:
            self.qs.setValue(key + "/limit", min(max(int(limit), MIN_WIPE_AFTER), MAX_WIPE_AFTER))
            self.qs.setValue(key + "/failures", 0)
        else:
            self.qs.remove(key)
        self.qs.sync()

    def wrong_passphrase(self, path: str | Path) -> int | None:
        """Count a wrong passphrase for `path`; returns the attempts left before it is erased (0:
        erase now), or None when the feature is off for this vault (nothing is stored then)."""
        limit = self.wipe_limit(path)
        if not limit:
            return None
        failures = self.wipe_failures(path) + 1
        self.qs.setValue(self._wipe_key(path) + "/failures", failures)
        self.qs.sync()
        return max(limit - failures, 0)

    def passphrase_accepted(self, path: str | Path) -> None:
        """A right passphrase resets the count (only stored when the feature is on)."""
        if self.wipe_limit(path) and self.wipe_failures(path):
            self.qs.setValue(self._wipe_key(path) + "/failures", 0)
            self.qs.sync()

    def sync(self) -> None:
        self.qs.sync()
