"""Interchange files written and read a piece at a time, so that exporting or importing 10,000 cases
holds a few hundred cases in memory, not the whole document (docs/interchange.md).

`write_document` writes persons and organisations first, then the cases a batch at a time, one JSON
value per line. `read_document` yields the document's parts in file order: its top-level fields,
then each element of its lists ("persons", "organisations", "cases") one at a time, each parsed
from a buffer that grows only as far as that element needs. Files written the other way round
(cases first, as CaseVault did before) are read all the same; the importer keeps their cases until
it has seen the persons.

Thread rule: writing reads the vault, so call it on the thread that opened the vault; reading is
plain file I/O."""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any

import orjson

from db.errors import ValidationError
from db.notices import Notice
from exporters.bulk import without_gc
from exporters.bundle_schema import SchemaCheck
from exporters.interchange import (
    SCHEMA,
    TOO_DEEP,
    ImportResult,
    Plan,
    case_entries,
    check_document,
    earlier_version,
    import_document,
    invalid_json,
    json_path,
    not_utf8,
    people_of,
    place,
    refuse_newer,
    revised,
)
from exporters.interchange_explain import explain
from exporters.interchange_schema import FORMAT_VERSION
from exporters.taxonomy import taxonomy

if TYPE_CHECKING:
    from db.vault import Vault

LISTS = ("persons", "organisations", "cases")
_CHUNK = 1 << 20
_LINE = 1 << 16  # characters: a longer element (an exhibit's bytes) is parsed by json
_DECODER = json.JSONDecoder()


def write_document(vault: Vault, fh: IO[bytes], case_ids: list[str] | None = None) -> int:
    """Write the vault (or the given cases and whom they mention) as an interchange document to
    `fh`, a batch of cases at a time. Returns the number of cases written."""
    from db.vault import now  # noqa: PLC0415

    def put(text: str) -> None:
        fh.write(text.encode("utf-8"))

    def element(n: int, value: dict[str, Any]) -> None:
        put(("\n" if n == 0 else ",\n") + json.dumps(value, ensure_ascii=False))

    put(f'{{"format": "casevault", "version": {FORMAT_VERSION}, "exported_at": {json.dumps(now())},\n"persons": [')
    persons, organisations = people_of(vault, case_ids)
    for n, record in enumerate(revised(vault, "persons", persons)):
        element(n, record)
    put('],\n"organisations": [')
    for n, record in enumerate(revised(vault, "organisations", organisations)):
        element(n, record)
    put('],\n"cases": [')
    ids = case_ids if case_ids is not None else [r[0] for r in vault.conn.execute(
        "SELECT id FROM cases ORDER BY reference, id")]
    n = 0
    for batch in case_entries(vault, ids):
        for entry in batch:
            element(n, entry)
            n += 1
    put(f'],\n"taxonomy": {json.dumps(taxonomy(), ensure_ascii=False)}}}\n')
    return n


class _Reader:
    """JSON text read from a binary file into a buffer that is refilled as parsing needs it."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.read_bytes = 0
        self.digest = hashlib.sha256()
        self.lines_before = 0  # newlines in the text already dropped from the buffer
        self.column_base = 0  # characters since the last dropped newline, for a line that spans the drop

    def _more(self, size: int = 0) -> bool:
        if self.eof:
            return False
        data = self.fh.read(size or _CHUNK)
        self.digest.update(data)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise not_utf8(self.read_bytes + exc.start) from None
        self.read_bytes += len(data)
        self.eof = not data
        dropped = self.buf[:self.pos]
        newlines = dropped.count("\n")
        self.lines_before += newlines
        self.column_base = len(dropped) - dropped.rfind("\n") - 1 if newlines else self.column_base + len(dropped)
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return True

    def where(self, at: int) -> Notice:
        before = self.buf[:at]
        line = self.lines_before + before.count("\n") + 1
        column = at - before.rfind("\n") if "\n" in before else self.column_base + at + 1
        return place(line, column)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf) or not self._more():
                return self.buf[self.pos] if self.pos < len(self.buf) else ""

    def expect(self, chars: str) -> str:
        ch = self.peek()
        if not ch or ch not in chars:
            raise ValidationError(self.where(self.pos), _unexpected(chars, ch))
        self.pos += 1
        return ch

    def trusted(self, trust: Callable[[Any], bool]) -> tuple[Any, bool]:
        """The next JSON value, and whether `trust` holds for it. An object on a line of its own (as
        write_document writes each element of a list) is parsed by orjson, twice as fast as json,
        and kept when `trust` says True. `trust` must say True only for values whose numbers are all
        whole and below 2**53 and whose nesting is shallow (a schema's check): then orjson's value
        and end are exactly json's. Any other value, and any text orjson refuses (NaN, a lone
        surrogate, a number past 64 bits), is parsed by json."""
        if self.peek() == "{":
            # Only within what is read already: reading on here could meet an encoding error in the
            # file before this element's own error, which json would have said first.
            line = self.buf.find("\n", self.pos, self.pos + _LINE)
            end = self.buf.rfind("}", self.pos, line) + 1 if line >= 0 else 0
            if end:
                try:
                    value = orjson.loads(self.buf[self.pos:end])
                except orjson.JSONDecodeError:
                    pass
                else:
                    if trust(value):
                        self.pos = end
                        return value, True
        return self.value(), False

    def value(self) -> Any:
        """The next JSON value. A value cut by the end of the buffer is parsed again once more text is
        read, the amount read doubling each time, so a long value costs little more than one parse."""
        self.peek()
        size = _CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._more(size):
                    size *= 2
                    continue
                raise ValidationError(self.where(exc.pos), invalid_json(exc.msg)) from None
            except RecursionError:
                raise ValidationError(self.where(self.pos), TOO_DEEP) from None
            if end == len(self.buf) and not self.eof and not isinstance(value, dict | list | str):
                self._more(size)  # a number or word may go on in the next piece of the file
                size *= 2
                continue
            self.pos = end
            return value


def _unexpected(chars: str, ch: str) -> Notice:
    """"invalid JSON: expected ',' or '}', found ..." (`chars`: the one or two characters that may come)."""
    if len(chars) == 1:
        if not ch:
            return Notice("invalid JSON: expected {a}, found the end of the file", a=repr(chars))
        return Notice("invalid JSON: expected {a}, found {found}", a=repr(chars), found=repr(ch))
    if not ch:
        return Notice("invalid JSON: expected {a} or {b}, found the end of the file", a=repr(chars[0]),
                      b=repr(chars[1]))
    return Notice("invalid JSON: expected {a} or {b}, found {found}", a=repr(chars[0]), b=repr(chars[1]),
                  found=repr(ch))


def read_document(fh: IO[bytes], trust: dict[str, Callable[[Any], bool]] | None = None,
                  ) -> Iterator[tuple[str, Any, Any, bool]]:
    """The document's parts in file order: ("field", name, value, False) for a top-level field, and
    (list name, index, element, checked) for each element of persons, organisations and cases.
    Raises ValidationError (naming the line and column) for text that is not a JSON object; the
    schema is the caller's to check. An element is `checked` when `trust` (list name -> a predicate
    as _Reader.trusted takes) held for it. A list given element by element is then also given as a
    field, empty. Last comes ("end", SHA-256 of the file, None, False)."""
    reader = _Reader(fh)
    if reader.peek() != "{":  # valid JSON, perhaps, but not a document: say so as the schema would
        value = reader.value()
        raise ValidationError("$", Notice("{value} is not of type 'object'", value=json.dumps(value)[:40]))
    reader.expect("{")
    if reader.peek() == "}":
        reader.pos += 1
    else:
        while True:
            if reader.peek() != '"':
                raise ValidationError(reader.where(reader.pos), Notice("invalid JSON: expected a field name"))
            key = reader.value()
            reader.expect(":")
            if key in LISTS and reader.peek() == "[":
                reader.pos += 1
                n = 0
                if reader.peek() == "]":
                    reader.pos += 1
                else:
                    check = (trust or {}).get(key)
                    while True:
                        yield key, n, *(reader.trusted(check) if check else (reader.value(), False))
                        n += 1
                        if reader.expect(",]") == "]":
                            break
                yield "field", key, [], False
            else:
                yield "field", key, reader.value(), False
            if reader.expect(",}") == "}":
                break
    if reader.peek():
        raise ValidationError(reader.where(reader.pos), Notice("invalid JSON: extra data after the document"))
    while reader._more():  # the digest covers the whole file
        pass
    yield "end", reader.digest.hexdigest(), None, False



# Cases checked and merged together: few enough that their records stay in the processor's cache
# from one pass over them to the next (built, checked, digested, decided, written); a batch of 500
# made a whole import 6% slower, and one of 100 needs less memory.
BATCH = 100
_ELEMENTS = {key: SCHEMA["properties"][key]["items"] for key in LISTS}


_CHECKERS = {key: SchemaCheck({"$schema": SCHEMA["$schema"], **_ELEMENTS[key]}) for key in LISTS}


def _check_element(key: str, n: int, value: Any) -> None:
    error = _CHECKERS[key].first_error(value)
    if error is not None:
        raise ValidationError(f"$.{key}[{n}]" + json_path(error.absolute_path)[1:], explain(error))


def check_in_parts(doc: Any, safe_point: Callable[[], None]) -> None:
    """check_document(doc), element by element with `safe_point()` between them (the same verdict:
    the schema says nothing of how elements relate; a document of an earlier version, upgraded
    first, is checked whole)."""
    if not isinstance(doc, dict) or earlier_version(doc) or not all(isinstance(doc.get(k, []), list) for k in LISTS):
        check_document(doc)
        return
    check_document({**doc, **{k: [] for k in LISTS if k in doc}})
    for key in LISTS:
        for n, value in enumerate(doc.get(key, [])):
            safe_point()
            _check_element(key, n, value)


def _check_early(fields: dict[str, Any]) -> None:
    """Refuse at once a document of another format or of a newer version (its records would only
    bring confusing messages)."""
    if "format" in fields and fields["format"] != "casevault":
        raise ValidationError("$.format", Notice("this is not a CaseVault interchange file"))
    refuse_newer(fields.get("version"), "$.version")


def import_file(vault: Vault, fh: IO[bytes]) -> ImportResult:
    """Import an interchange document read from `fh` as a merge, in one transaction (see
    exporters.interchange): persons and organisations first, then the cases BATCH at a time. Any
    problem raises ValidationError naming the place, and the transaction leaves the vault as it was."""
    from db.merge import BundleContent, MergeReport, merge  # noqa: PLC0415
    from db.vault import now  # noqa: PLC0415

    fields: dict[str, Any] = {}
    people: dict[str, list[Any]] = {"persons": [], "organisations": []}
    waiting: list[tuple[int, Any]] = []  # cases met before the persons (a file written cases first)
    plan: Plan | None = None
    seen: set[str] = set()
    total = MergeReport()
    counts = dict.fromkeys(LISTS, 0)

    def add(report: MergeReport) -> None:
        for name in ("created", "updated", "deleted"):
            setattr(total, name, getattr(total, name) + getattr(report, name))
        total.conflicts += report.conflicts
        total.older += report.older

    def content(items: list[Any], blobs: dict[str, bytes]) -> BundleContent:
        return BundleContent("", "file", "", items, blobs, kind="file", audited=False)

    def people_plan() -> Plan:
        p = Plan(vault, {**people, "cases": []}, seen=seen)
        add(merge(vault, content(p.incoming(), {})))
        people["persons"], people["organisations"] = [], []
        return p

    def cases(batch: list[tuple[int, Any]]) -> None:
        if not batch:
            return
        p = Plan(vault, {"persons": [], "organisations": [], "cases": [c for _, c in batch]}, people=plan,
                 seen=seen, first_case=batch[0][0])
        add(merge(vault, content(p.incoming(), dict(p.blobs))))

    whole: bool | None = None  # the document is of an earlier version (or says its version late)
    with without_gc(), vault.write():
        batch: list[tuple[int, Any]] = []
        digest = ""
        trust = {k: check.fast for k, check in _CHECKERS.items() if check.fast is not None}
        for kind, key, value, checked in read_document(fh, trust):
            if kind == "end":
                digest = key
                continue
            if kind == "field":
                if whole and key in LISTS:  # read whole: the list's elements came already
                    fields.setdefault(key, [])
                else:
                    fields[key] = value
                _check_early(fields)
                continue
            counts[kind] += 1
            if whole is None:  # an earlier version (or none said yet) is read whole and upgraded (interchange.upgraded)
                whole = "version" not in fields or earlier_version(fields)
            if whole:
                fields.setdefault(kind, [])
                fields[kind].append(value)
                continue
            if not checked:
                _check_element(kind, key, value)
            if kind != "cases":
                if plan is not None:
                    raise ValidationError(f"$.{kind}[{key}]", Notice("persons and organisations must all come before "
                                                                     "the cases or all after them"))
                people[kind].append(value)
                continue
            if plan is None and "persons" in fields and "organisations" in fields:
                plan = people_plan()  # both lists are complete: the cases can go in as they come
            if plan is None:
                waiting.append((key, value))
                continue
            batch.append((key, value))
            if len(batch) >= BATCH:
                cases(batch)
                batch = []
        if whole:
            return import_document(vault, fields, digest)
        check_document({**fields, **{k: [] for k in LISTS if k in fields}})
        if plan is None:
            plan = people_plan()
        for start in range(0, len(waiting), BATCH):
            cases(waiting[start:start + BATCH])
        cases(batch)
        if total.created or total.updated or total.deleted or total.conflicts:
            vault.repos.audit.append_many([("merge", "file", digest, None, digest, None)], now())
    return ImportResult(counts["cases"], counts["persons"], counts["organisations"],
                        total.created + total.updated + total.deleted, len(total.conflicts),
                        [f"{entity} {record_id}" for entity, record_id in total.older])
