"""Refresh the translation catalogues (translations/casevault_<lang>.ts) from the source.

    python translations/update_ts.py            # update the .ts files, keeping every translation,
                                                # and compile them to ui/translations/*.qm (in git)

Why not pyside6-lupdate alone: it cannot see strings whose context is set by a module-level
helper (`tr = QCoreApplication.translate("Fields", ...)`), nor the vocabularies of db.vocab,
which are data. This script finds, by parsing the source:
  self.tr("...")                      context = the enclosing class
  tr("...")                           context = the one the module's own `tr` helper passes
  QCoreApplication.translate("C", "...") / t("C", "...")
  Notice("...") in db/ and exporters/  context = "Notices" (db.notices)
and adds every vocabulary label (context "vocab"). Existing translations are kept; strings no
longer in the source are marked obsolete rather than deleted."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LANGUAGES = ("fr", "zh_CN")
SOURCES = ("ui", "desktop")

Message = tuple[str, str, bool, str, int]  # context, source, numerus, file, line


def _string(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_context(tree: ast.Module) -> str | None:
    """The context of a module's `def tr(text): return QCoreApplication.translate("X", text)`.
    A module calling tr() without defining it is an error: its strings would be missed."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") == "translate":
                    return _string(inner.args[0]) if inner.args else None
    return None


def scan(path: Path) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helper = _helper_context(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names):
            raise SystemExit(f"{path}: imports tr from {node.module}; define the module's own tr() helper")
    rel = path.relative_to(ROOT).as_posix()
    found: list[Message] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                numerus = len(args) >= 3
                if name == "tr" and isinstance(func, ast.Attribute) and cls and args and _string(args[0]):
                    found.append((cls, _string(args[0]), numerus, rel, child.lineno))  # type: ignore[arg-type]
                elif name == "tr_static" and cls and args and _string(args[0]):
                    found.append((cls, _string(args[0]), False, rel, child.lineno))  # type: ignore[arg-type]
                elif name == "tr" and isinstance(func, ast.Name) and helper and args and _string(args[0]):
                    found.append((helper, _string(args[0]), numerus, rel, child.lineno))  # type: ignore[arg-type]
                elif name in ("translate", "t") and len(args) >= 2 and _string(args[0]) and _string(args[1]):
                    found.append((_string(args[0]), _string(args[1]), len(args) >= 4, rel, child.lineno))  # type: ignore
            visit(child, cls)

    visit(tree, None)
    return found


def notices(path: Path) -> list[Message]:
    """The templates of db.notices.Notice("...") in a module (context "Notices")."""
    rel = path.relative_to(ROOT).as_posix()
    return [("Notices", _string(node.args[0]), False, rel, node.lineno)  # type: ignore[misc]
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Notice"
            and node.args and _string(node.args[0])]


def collect() -> list[Message]:
    messages: list[Message] = []
    for package in SOURCES:
        for path in sorted((ROOT / package).rglob("*.py")):
            messages += scan(path)
    for package in ("db", "exporters"):
        for path in sorted((ROOT / package).rglob("*.py")):
            messages += notices(path)
    from db import vocab
    from ui.labels import ACTIONS, ENTITIES

    for name in sorted(dir(vocab)):
        table = getattr(vocab, name)
        if name.isupper() and isinstance(table, dict):
            messages += [("vocab", label, False, "db/vocab.py", 0) for label in table.values()
                         if isinstance(label, str)]
    messages += [("vocab", label, False, "ui/labels.py", 0) for label in (*ENTITIES.values(), *ACTIONS.values())]
    from desktop.passphrase import FEEDBACK  # noqa: PLC0415 - zxcvbn's advice, shown in the UI language

    messages += [("zxcvbn", text, False, "desktop/passphrase.py", 0) for text in FEEDBACK]
    return messages


def update(ts_path: Path, language: str, messages: list[Message]) -> tuple[int, int]:
    old: dict[tuple[str, str], ET.Element] = {}
    if ts_path.exists():
        for context in ET.parse(ts_path).getroot().iter("context"):
            cname = context.findtext("name") or ""
            for message in context.iter("message"):
                old[(cname, message.findtext("source") or "")] = message.find("translation")
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, dict[str, list[Message]]] = {}
    for m in messages:
        by_context.setdefault(m[0], {}).setdefault(m[1], []).append(m)
    done = total = 0
    for cname in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = cname
        for source, uses in by_context[cname].items():
            message = ET.SubElement(context, "message", numerus="yes") if uses[0][2] else \
                ET.SubElement(context, "message")
            for _, _, _, filename, line in uses:
                if line:
                    ET.SubElement(message, "location", filename=f"../{filename}", line=str(line))
            ET.SubElement(message, "source").text = source
            previous = old.pop((cname, source), None)
            if previous is not None:
                previous.attrib.pop("type", None) if (previous.text or list(previous)) else None
                message.append(previous)
            else:
                translation = ET.SubElement(message, "translation", type="unfinished")
                if uses[0][2]:
                    ET.SubElement(translation, "numerusform")
            total += 1
            translation = message.find("translation")
            done += translation is not None and translation.get("type") is None
    for (cname, source), translation in old.items():  # keep what translators did, marked obsolete
        if translation is not None and (translation.text or list(translation)):
            context = next((c for c in root.iter("context") if c.findtext("name") == cname), None)
            if context is None:
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = cname
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation.set("type", "vanished")
            message.append(translation)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, total


COMPILED = ROOT / "ui" / "translations"  # the package's copy of the catalogues, see ui/translations


def lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))


def compile_catalogue(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)


VOCAB_LABELS = ROOT / "db" / "vocab_labels.py"
_VOCAB_LABELS_HEAD = '''"""French and Chinese labels of every vocabulary label (db.vocab), keyed by the English label.
Written by translations/update_ts.py from the translation catalogues (context "vocab"): one list
for the UI and for exports (exporters.taxonomy). Do not edit by hand; tests/db/test_vocab.py checks
that every label has both."""

'''


def vocab_labels() -> dict[str, dict[str, str]]:
    """{'fr': {English: French}, 'zh': {English: Chinese}} of the vocabularies, from the catalogues."""
    from db import vocab  # noqa: PLC0415

    english = {label for name in dir(vocab) if name.isupper() and isinstance(getattr(vocab, name), dict)
               for label in getattr(vocab, name).values() if isinstance(label, str)}
    out: dict[str, dict[str, str]] = {}
    for language, key in (("fr", "fr"), ("zh_CN", "zh")):
        found: dict[str, str] = {}
        root = ET.parse(ROOT / "translations" / f"casevault_{language}.ts").getroot()
        for context in root.iter("context"):
            if context.findtext("name") != "vocab":
                continue
            for message in context.iter("message"):
                source, translation = message.findtext("source") or "", message.find("translation")
                if source in english and translation is not None and translation.text and \
                        translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                    found[source] = translation.text
        out[key] = dict(sorted(found.items()))
    return out


def write_vocab_labels() -> None:
    import pprint  # noqa: PLC0415

    body = pprint.pformat(vocab_labels(), width=116, sort_dicts=False)
    VOCAB_LABELS.write_text(_VOCAB_LABELS_HEAD + "LABELS: dict[str, dict[str, str]] = " + body + "\n", encoding="utf-8")


def write_traditional(simplified: Path, traditional: Path) -> None:
    """The traditional-Chinese catalogue, made from the simplified one with OpenCC ("s2tw": Taiwan
    standard characters, words left as they are). Many in the diaspora read only traditional
    characters; the simplified catalogue stays the one translators edit, so this file is rewritten
    each time (do not edit it by hand)."""
    import opencc  # noqa: PLC0415

    convert = opencc.OpenCC("s2tw").convert
    root = ET.parse(simplified).getroot()
    root.set("language", "zh_TW")
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = convert(translation.text)
        for form in translation.iter("numerusform"):
            if form.text:
                form.text = convert(form.text)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    traditional.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                           encoding="utf-8")


def main() -> int:
    messages = collect()
    for language in LANGUAGES:
        path = ROOT / "translations" / f"casevault_{language}.ts"
        done, total = update(path, language, messages)
        compile_catalogue(path, COMPILED / path.with_suffix(".qm").name)
        print(f"{path.relative_to(ROOT)}: {done}/{total} translated")
    traditional = ROOT / "translations" / "casevault_zh_TW.ts"
    write_traditional(ROOT / "translations" / "casevault_zh_CN.ts", traditional)
    compile_catalogue(traditional, COMPILED / "casevault_zh_TW.qm")
    print(f"{traditional.relative_to(ROOT)}: made from zh_CN with OpenCC")
    write_vocab_labels()
    return 0


if __name__ == "__main__":
    sys.exit(main())
