"""Reading a sheet from outside (CSV or XLSX) into rows of text, within bounds, with a clear message
for what cannot be read. Nothing here touches a vault.

- XLSX through openpyxl in read-only (streaming) mode. Formulas are never evaluated: a formula
  cell is an error (its row and column named) and reads as empty. Merged cells give every cell of
  the range the value of its first cell (a key column merged over a case's incident rows is the
  usual reason), and say so.
  Dates typed as dates keep the precision their cell format shows (a "mmm yyyy" cell is a month).
- An encrypted workbook (or an old .xls, both OLE2 files), a file that is not a ZIP, a ZIP that is
  not a workbook or would unpack to more than MAX_UNPACKED are refused before any row is read.
- CSV: UTF-8 with or without BOM, UTF-16 with BOM, GB18030 (Chinese Excel's default) or
  Windows-1252 (French Excel's), detected in that order and said in the result; the delimiter is
  one of , ; tab |, read from the header line. NUL bytes mean a binary file, refused. An
  apostrophe before a leading =, +, -, @, tab, carriage return or apostrophe (how CaseVault's
  exports keep a cell from becoming a formula) is removed.
- At most MAX_BYTES of file, MAX_ROWS rows, MAX_COLUMNS columns and MAX_CELL characters a cell.

Thread rule: any thread; slow for big sheets (call off the GUI thread)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import ValidationError
from db.normalise import printable
from db.notices import Notice, said, unreadable

MAX_BYTES = 256 << 20  # a sheet file; a group's whole history fits in a few MB
MAX_UNPACKED = 1 << 30  # what an XLSX may unpack to
MAX_ROWS = 500_000
MAX_COLUMNS = 256
MAX_CELL = 32_767  # Excel's own limit on a cell's text
_GUARDED = "=+-@\t\r'"  # a leading apostrophe before these guards a CSV cell (exports write it)
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
Progress = Callable[[int], object]


@dataclass(frozen=True)
class Note:
    """Something the reader did or could not do, at a row (sheet numbering, 0: the whole file)
    and column (its header, "" for a whole row)."""

    row: int
    column: str
    message: str
    error: bool = False  # True: the import cannot go on until the sheet is fixed


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]  # each as long as headers
    row_numbers: list[int]  # each row's number in the sheet
    notes: list[Note] = field(default_factory=list)
    encoding: str = ""  # CSV only
    sheet: str = ""  # XLSX only
    sheets: list[str] = field(default_factory=list)
    digest: str = ""  # SHA-256 of the file


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_table(path: str | Path, sheet: str | None = None, progress: Progress | None = None) -> Table:
    """The sheet at `path` (its first sheet, or `sheet`): headers from the first non-empty row.
    Raises ValidationError with a sentence the user can act on."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(path.name, Notice("is {size} MB; a sheet may be at most {limit} MB (split it, or "
                                                    "save it as CSV without the other sheets)",
                                                    size=f"{size >> 20:,}", limit=MAX_BYTES >> 20))
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ValidationError(path.name, unreadable(exc)) from None
    if head.startswith(OLE2):
        raise ValidationError(path.name, _ole2_message(path))
    if path.suffix.lower() in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        table = _read_xlsx(path, head, sheet, progress)
    else:
        table = _read_csv(path, progress)
    table.digest = _digest(path)
    return table


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _ole2_message(path: Path) -> Notice:
    with open(path, "rb") as fh:
        data = fh.read(1 << 20)
    if "EncryptionInfo".encode("utf-16-le") in data:
        return Notice("is a password-protected workbook; CaseVault cannot open it. Open it in your spreadsheet "
                      "program, remove the password (or save an unprotected copy as .xlsx) and import that copy")
    return Notice("is an old Excel (.xls) or other OLE2 file; save it as .xlsx or CSV in your spreadsheet "
                  "program and import that")


# -- XLSX ------------------------------------------------------------------------------------------


def _read_xlsx(path: Path, head: bytes, sheet: str | None, progress: Progress | None) -> Table:
    import openpyxl  # noqa: PLC0415 - only sheets need it
    from openpyxl.utils.exceptions import InvalidFileException  # noqa: PLC0415

    if not head.startswith(b"PK"):
        raise ValidationError(path.name, Notice("is not an XLSX workbook (it is not a ZIP file): save it from your "
                                                "spreadsheet program as .xlsx or CSV"))
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            unpacked = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ValidationError(path.name, Notice("is a damaged or truncated XLSX workbook (its ZIP structure cannot "
                                                "be read)")) from None
    if "xl/workbook.xml" not in names:
        raise ValidationError(path.name, Notice("is a ZIP file but not an XLSX workbook"))
    if unpacked > MAX_UNPACKED:
        raise ValidationError(path.name, Notice("would unpack to {size} MB; a workbook may unpack to at most "
                                                "{limit} MB", size=f"{unpacked >> 20:,}",
                                                limit=f"{MAX_UNPACKED >> 20:,}"))
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError,
            SyntaxError) as exc:
        raise ValidationError(path.name, Notice("is not a workbook CaseVault can read ({error})",
                                                error=type(exc).__name__)) from None
    except Exception as exc:  # noqa: BLE001 - malformed XML raises parser errors of many kinds
        raise ValidationError(path.name, damaged(exc)) from None
    try:
        sheets = list(wb.sheetnames)
        if sheet is not None and sheet not in sheets:
            raise ValidationError(path.name, Notice("has no sheet {sheet}; its sheets are: {sheets}",
                                                    sheet=repr(sheet), sheets=", ".join(sheets)))
        ws = wb[sheet if sheet is not None else sheets[0]]
        if not hasattr(ws, "iter_rows"):
            raise ValidationError(path.name, Notice("sheet {sheet} is a chart, not a table", sheet=repr(ws.title)))
        merged = _merged_ranges(path, getattr(ws, "_worksheet_path", ""))
        try:
            table = _rows_of(ws, merged, progress)
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise ValidationError(path.name, damaged(exc)) from None
    finally:
        wb.close()
    table.sheet, table.sheets = ws.title, sheets
    return table


def damaged(exc: Exception) -> Notice:
    """A workbook whose XML or contents fail to parse; the parser's error type names the cause."""
    return Notice("is a damaged XLSX workbook ({error})", error=type(exc).__name__)


def too_wide(number: int) -> ValidationError:
    """Row `number` has values beyond the MAX_COLUMNS-th column."""
    return ValidationError(Notice("row {number}", number=number),
                           Notice("has more than {most} columns; CaseVault reads at most {most}", most=MAX_COLUMNS))


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')


def _merged_ranges(path: Path, member: str) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 1-based, of each merged range of the sheet:
    read-only mode does not report them, so the sheet's XML is scanned for its mergeCell elements
    (streamed; they come after the cells)."""
    out = []
    member = member.lstrip("/")
    try:
        with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
            tail = b""
            while chunk := fh.read(1 << 20):
                data = tail + chunk
                out += [(int(r1), _col(c1), int(r2), _col(c2)) for c1, r1, c2, r2 in _MERGE.findall(data)]
                cut = data.rfind(b"<")
                tail = data[cut:] if cut >= 0 else b""
                if tail and _MERGE.match(tail):
                    tail = b""
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []
    return out


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _cell_text(cell: object, notes: list[Note], row: int, col: int) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if getattr(cell, "data_type", "") == "f" or (isinstance(value, str) and value.startswith("=")
                                                   and getattr(cell, "data_type", "") != "s"):
        notes.append(Note(row, f"#{col}", Notice("holds a formula; formulas are not evaluated or imported: replace "
                                                 "it by its value (copy, then paste values only)"), error=True))
        return ""
    if isinstance(value, dt.datetime | dt.date):
        fmt = (getattr(cell, "number_format", "") or "").lower()
        iso = value.strftime("%Y-%m-%d")
        if "d" in fmt or fmt == "general":
            return iso
        return iso[:7] if "m" in fmt else iso[:4]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _rows_of(ws: object, merged: list[tuple[int, int, int, int]], progress: Progress | None) -> Table:
    notes: list[Note] = []
    raw: list[tuple[int, list[str]]] = []
    fills: dict[tuple[int, int], tuple[int, int]] = {}
    for r1, c1, r2, c2 in merged:
        if (r2 - r1 + 1) * (c2 - c1 + 1) > 1_000_000:
            continue  # a whole-sheet merge carries nothing useful
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    fills[(r, c)] = (r1, c1)
    firsts = {v: "" for v in fills.values()}
    for row in ws.iter_rows():  # type: ignore[attr-defined]
        cells = list(row)
        if not cells:
            continue
        number = getattr(cells[0], "row", None) or len(raw) + 1
        if len(cells) > MAX_COLUMNS:
            if any(getattr(c, "value", None) is not None for c in cells[MAX_COLUMNS:]):
                raise too_wide(number)
            cells = cells[:MAX_COLUMNS]
        texts = [_cell_text(c, notes, number, k) for k, c in enumerate(cells, 1)]
        for k, text in enumerate(texts, 1):
            if (number, k) in firsts:
                firsts[(number, k)] = text
        if fills:
            for k in range(len(texts)):
                origin = fills.get((number, k + 1))
                if origin is not None and not texts[k]:
                    texts[k] = firsts.get(origin, "")
            for (r, c), origin in fills.items():
                if r == number and c > len(texts) and c <= MAX_COLUMNS:
                    texts += [""] * (c - len(texts))
                    texts[c - 1] = firsts.get(origin, "")
        if any(t.strip() for t in texts):
            _keep(raw, number, texts, progress)
    table = _table(raw, notes)
    for r1, c1, r2, _c2 in merged:
        if r2 > r1 and c1 - 1 < len(table.headers):
            notes.append(Note(r1, table.headers[c1 - 1], Notice("merged cells (rows {first}-{last}): each row takes "
                                                                "the value of the first", first=r1, last=r2)))
    return table


# -- CSV -------------------------------------------------------------------------------------------


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in (a notice where its name says more than the
    encoding's: "GB18030 (Chinese)"). ValueError (its text a notice) for a binary file."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), Notice("UTF-8 (with BOM)")
    for bom, name in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(name), "UTF-16"
    if b"\x00" in data[: 1 << 16]:
        raise ValueError(Notice("holds NUL bytes: it is a binary file, not a CSV text file"))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        wide = [c for c in text if not c.isascii()]
        common = sum(1 for c in wide if _is_gb2312(c))
        if wide and common >= 0.9 * len(wide):
            return text, Notice("GB18030 (Chinese)")
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace"), Notice("Windows-1252 (Western European)")


def _delimiter(text: str) -> str:
    """The delimiter of the header line: the most frequent of , ; tab | outside quotes (csv.Sniffer
    guesses wrong on rows with quoted commas and quotes)."""
    counts = dict.fromkeys(",;\t|", 0)
    quoted = False
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in "\r\n":
                break
            if ch in counts:
                counts[ch] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def _is_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _read_csv(path: Path, progress: Progress | None) -> Table:
    data = path.read_bytes()
    try:
        text, encoding = decode_csv(data)
    except (ValueError, UnicodeDecodeError) as exc:
        message = said(exc) if not isinstance(exc, UnicodeDecodeError) else \
            Notice("is not text in an encoding CaseVault reads (UTF-8, UTF-16, GB18030, Windows-1252)")
        raise ValidationError(path.name, message) from None
    delimiter = _delimiter(text)
    raw: list[tuple[int, list[str]]] = []
    notes: list[Note] = []
    csv.field_size_limit(MAX_CELL * 4 + 16)
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    try:
        for number, row in enumerate(reader, 1):
            if len(row) > MAX_COLUMNS:
                if any(c.strip() for c in row[MAX_COLUMNS:]):
                    raise too_wide(number)
                row = row[:MAX_COLUMNS]
            if any(c.strip() for c in row):
                row = [c[1:] if c[:1] == "'" and c[1:2] and c[1:2] in _GUARDED else c for c in row]
                _keep(raw, number, row, progress)
    except csv.Error as exc:
        raise ValidationError(Notice("line {line}", line=reader.line_num),
                              Notice("is not valid CSV ({error})", error=str(exc))) from None
    table = _table(raw, notes)
    table.encoding = encoding
    return table


# -- both ------------------------------------------------------------------------------------------


def _keep(raw: list[tuple[int, list[str]]], number: int, texts: list[str],
          progress: Progress | None) -> None:
    """Keep a row that holds something, within MAX_ROWS, telling `progress` every 5,000 rows."""
    raw.append((number, texts))
    if len(raw) > MAX_ROWS + 1:
        raise ValidationError("", Notice("the sheet has more than {most} rows; CaseVault imports at most {most} at "
                                         "once (split it)", most=f"{MAX_ROWS:,}"))
    if progress is not None and len(raw) % 5000 == 0:
        progress(len(raw))


def _table(raw: list[tuple[int, list[str]]], notes: list[Note]) -> Table:
    if not raw:
        raise ValidationError("", Notice("the sheet is empty: no row holds a value"))
    header_number, header_cells = raw[0]
    width = len(header_cells)
    while width and not header_cells[width - 1].strip():
        width -= 1
    headers: list[str] = []
    for k, h in enumerate(header_cells[:width]):
        name = " ".join(printable(h).split()) or column_letter(k)  # invisible and bidi characters dropped
        base, n = name, 2
        while name in headers:
            name, n = f"{base} ({n})", n + 1
        headers.append(name)
    rows, numbers = [], []
    for number, cells in raw[1:]:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            notes.append(Note(number, "", Notice("holds values beyond the last named column ({column}); they are "
                                                 "not read", column=column_letter(width))))
        cells = [*cells[:width], *[""] * (width - len(cells))]
        for k, c in enumerate(cells):
            if len(c) > MAX_CELL:
                notes.append(Note(number, headers[k], Notice("holds {n:,} characters; a cell may hold at most "
                                                             "{most:,}", n=len(c), most=MAX_CELL), error=True))
                cells[k] = c[:MAX_CELL]
        rows.append(cells)
        numbers.append(number)
    named = {f"#{k + 1}": h for k, h in enumerate(headers)}
    fixed = [Note(n.row, named.get(n.column, n.column), n.message, n.error) for n in notes]
    notes[:] = [n for n in fixed if n.row != header_number]
    return Table(headers, rows, numbers, notes)
