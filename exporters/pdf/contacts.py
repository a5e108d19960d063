"""Contact details in free text, for the public profile to withhold (exporters.pdf.redaction):

- e-mail addresses;
- phone numbers: a leading "+" and at least 7 digits with spaces, dashes, dots or brackets
  between them; Chinese mobile numbers (1[3-9] and 9 more digits, with or without separators);
  and any run of at least 7 digits in groups split by spaces, dashes or dots;
- messenger handles after WeChat/微信/Weixin, Telegram, Signal, WhatsApp, QQ or Line ("WeChat:
  xh88", "QQ 123456", "微信号xh_88"), and WeChat ids (wxid_...);
- links to a profile on a messenger (t.me/..., wa.me/..., u.wechat.com/...).

What is not a contact, and stays: dates in every form the app reads or prints (2019-06-04,
2019-06, 04/06/2019, 04.06.2019, 2019年6月4日) and runs of years ("2019 2020 2021"), case
references (CV-2024-001: digits glued to letters or a dash are part of a reference), notice
numbers (A-1234/5-2019), counts written with thousands separators ("1 234 567", "1.234.567"),
years, page numbers and other short numbers. For the handle words that are also English words
(Signal, Line) and for "WeChat xiaohong" without a colon, a handle is taken only when it carries a
digit, an underscore or a leading @, or follows ":" or "ID"; so "the signal was weak" stays.

Pure functions, any thread."""

from __future__ import annotations

import re

_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_LINK = r"(?:https?://)?(?:t\.me|telegram\.me|wa\.me|u\.wechat\.com|signal\.me)/[^\s,;)\]]+"
_WXID = r"(?<![\w])wxid_[A-Za-z0-9_-]+"
_HANDLE = (r"(?i:(?<![\w])(?:wechat|weixin|telegram|signal|whatsapp|qq|line)(?![\w])|微信号?|微信)"
           r"(?P<sep>[ \t]*(?:(?i:id)|号)?[ \t]*[:：]?[ \t]*)(?P<handle>@?[A-Za-z0-9][A-Za-z0-9_.\-]{2,}[A-Za-z0-9_])")
_PLUS = r"(?<![\w+])\+[ \t]?\(?\d[\d \t().\-]{5,}\d\)?"
_MOBILE = r"(?<![\w.\-/+])1[3-9](?:[ \t.\-]?\d){9}(?![\w\-/]|\.\d)"
_GROUPED = r"(?<![\w.\-/+])\(?\d{1,5}\)?(?:[ \t.\-\u00a0]\(?\d{1,5}\)?)+(?![\w\-/]|\.\d)"
_FIND = re.compile("|".join(f"(?P<{k}>{p})" for k, p in (
    ("email", _EMAIL), ("link", _LINK), ("wxid", _WXID), ("messenger", _HANDLE), ("plus", _PLUS),
    ("mobile", _MOBILE), ("grouped", _GROUPED))))
_Y, _M, _D = r"(?:1[89]|20)\d\d", r"(?:0?[1-9]|1[0-2])", r"(?:0?[1-9]|[12]\d|3[01])"
_DATE = re.compile(rf"(?<!\d)(?:{_Y}[-.]{_M}[-.]{_D}|{_D}[-.]{_M}[-.]{_Y})(?!\d)")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([ .\u00a0])\d{3})(?:\1\d{3})*")
_YEAR = re.compile(_Y)
MIN_DIGITS = 7


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _is_contact(m: re.Match[str]) -> bool:
    kind, text = m.lastgroup, m.group()
    if kind == "messenger":
        handle = m.group("handle")
        if handle.isdigit():
            return len(handle) >= 5  # QQ numbers have 5 digits or more; "Line 1234" is a line
        return bool(m.group("sep").strip()) or text[:1] in "微" or any(c.isdigit() or c in "_@" for c in handle)
    if kind == "plus":
        return _digits(text) >= MIN_DIGITS
    if kind == "grouped":
        groups = re.findall(r"\d+", text)
        return (_digits(text) >= MIN_DIGITS and not _DATE.search(text) and not _THOUSANDS.fullmatch(text.strip("()"))
                and not all(_YEAR.fullmatch(g) for g in groups))
    return True


def contacts(text: str) -> list[tuple[int, int]]:
    """Where the contact details stand in `text`: (start, end) spans, in order, not overlapping."""
    spans = []
    at = 0
    while (m := _FIND.search(text, at)) is not None:
        if _is_contact(m):
            spans.append((m.start("handle") if m.lastgroup == "messenger" else m.start(), m.end()))
            at = m.end()
        elif m.lastgroup == "messenger":  # the word after "Line" may begin one ("Line john@example.org")
            at = m.start("handle")
        else:
            at = m.end()
    return spans


def withhold_contacts(text: str, marker: str) -> tuple[str, int]:
    """`text` with each contact detail replaced by `marker`; and how many were replaced."""
    spans = contacts(text)
    if not spans:
        return text, 0
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], marker]
        at = end
    out.append(text[at:])
    return "".join(out), len(spans)
