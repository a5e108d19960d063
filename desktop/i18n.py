"""Language wiring: CaseVault's own translations (ui/translations/casevault_<lang>.qm, shipped
with the package and compiled from translations/*.ts by translations/update_ts.py), Qt's own
strings (qtbase_<lang>.qm from the Qt install), the default QLocale (dates, numbers) and the
layout direction, which follows the language so that a right-to-left language mirrors the window.

A missing .qm file is not an error: the UI falls back to English (the source strings).

Thread rule: GUI thread; call `apply_language` before building windows, or rebuild them after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# Offered in the settings; '' follows the system. Names are written in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
TRADITIONAL = ("zh_TW", "zh_HK", "zh_MO", "zh_Hant")  # systems that write traditional characters

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "ui" / "translations"

_installed: list[QTranslator] = []


def resolve(language: str) -> str:
    """The language to use: the setting, else the system's if we have it, else English."""
    if language:
        return language
    system = QLocale.system().name()  # e.g. fr_CA, zh_CN
    for code in (system, system.split("_")[0]):
        if code in LANGUAGES:
            return code
    if system.startswith("zh"):
        return "zh_TW" if any(system.startswith(t) for t in TRADITIONAL) or "Hant" in system else "zh_CN"
    return "en"


def apply_language(app: QApplication, language: str) -> str:
    """Install translators and locale for `language` ('' = system); returns the code applied."""
    code = resolve(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in ((qt_dir, f"qtbase_{code}"), (str(TRANSLATIONS_DIR), f"casevault_{code}")):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    app.setLayoutDirection(locale.textDirection())
    return code


def current_language() -> str:
    """The language of the default locale, as a code of LANGUAGES where possible."""
    name = QLocale().name()
    if name in LANGUAGES:
        return name
    return name.split("_")[0]


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
