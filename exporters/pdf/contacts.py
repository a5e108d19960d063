"""Contact details in free text, for the public profile to withhold (exporters.pdf.redaction):

- e-mail addresses;
- phone numbers: a leading "+" and at least 7 digits with spaces, dashes, dots or brackets
  between them; Chinese mobile numbers (1[3-9] and 9 more digits, with or without separators);
  any run of at least 7 digits in groups split by spaces, dashes or dots; a national number written
  as one block with its leading 0 (10 to 12 digits: "0612345678", "07700900123") or dialled
  abroad with 00; and any number of at least 7 digits right after a phone word ("tel 91234567",
  "tél. : 91234567", "电话：91234567", "call 91234567");
- messenger handles after WeChat/微信/Weixin, Telegram/电报, Signal, WhatsApp, QQ or Line
  ("WeChat: xh88", "QQ号 123456", "微信号xh_88", "Telegram username xiewd", "his Signal is xiewd"),
  and WeChat ids (wxid_...);
- links to a profile on a messenger (t.me/..., wa.me/..., u.wechat.com/...).

Separators between digits are any space (no-break, thin and narrow no-break spaces as French
typography writes them, the ideographic space), any dash (hyphen, non-breaking hyphen, en dash,
minus, full-width), a dot or brackets; digits of any script count (full-width, Arabic-Indic).
Markup tags may stand between a phone or messenger word and what follows it. Invisible and bidi
characters are gone before this runs (db.normalise.printable, which every printed text goes
through first).

What is not a contact, and stays: dates in every form the app reads or prints (2019-06-04,
2019-06, 04/06/2019, 04.06.2019, 2019年6月4日) and runs of years ("2019 2020 2021"), case
references (CV-2024-001: digits glued to Latin letters or a dash are part of a reference), notice
numbers (A-1234/5-2019), counts written with thousands separators ("1 234 567", "1.234.567"), a
number right after a reference word ("UCI 11-2222-3333", "file 0012345678", "案号 ..."), a block
of digits with no leading 0 and no phone word before it ("RMB 12000000", "12000000元"), years, page
numbers and other short numbers.

A handle is taken when it looks like one (a digit, an underscore or a leading @), or when a word
says a handle follows: ":" or "=", "ID", "号", "账号", "handle", "username", "account", "pseudo",
"identifiant", "compte", "number"; or after a Chinese messenger word; or after a possessive and a
verb ("his Signal is xiewd", "son Telegram est xiewd"; Signal and Line only with their capital).
A common word where the handle would be ("his WeChat account was blocked") is not a handle.
"WeChat xiewd" with nothing between is not taken: "via WeChat and", "WeChat messages" are
ordinary prose.

Pure functions, any thread; linear in the length of the text (each match is bounded and the
search resumes after it)."""

from __future__ import annotations

import re
import unicodedata

_SPACES = " \t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_DASHES = "\\-\u2010-\u2015\u2212\ufe63\uff0d"
_SEPS = f"{_SPACES}{_DASHES}."
_TAG = r"<[/A-Za-z][^<>\n]{0,40}>"  # markup typed or pasted around a contact: "<td>电话</td><td>9123...</td>"
_SP = f"(?:[{_SPACES}]|{_TAG})"
# Digits may not follow a Latin letter, a digit, a dash, a dot, a slash or "+" (references, notice
# numbers, amounts), nor be followed by one (nor by a unit: 元, 万, %...). Chinese script around a
# number is no obstacle: "手机13800138000联系".
_BEFORE = f"(?<![A-Za-z0-9_./+{_DASHES}])(?<!\\d)"
_AFTER = f"(?![A-Za-z0-9_/%元万亿年月日号]|\\d|[{_DASHES}]\\d|\\.\\d)"

_EMAIL = r"(?<![\w.+-])[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+"
_AT = r"(?i:[ ]?[\[(（<{][ ]?at[ ]?[\])）>}][ ]?)"  # "xiewd [at] example [dot] org", "xiewd(at)example.org"
_DOT = r"(?i:[ ]?[\[(（<{][ ]?dot[ ]?[\])）>}][ ]?|\.)"
_SPELLED = rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+"
_LINK = r"(?:https?://)?(?:t\.me|telegram\.me|wa\.me|u\.wechat\.com|signal\.me)/[^\s,;)\]]+"
_WXID = r"(?<![\w])wxid_[A-Za-z0-9_-]+"
_NOUN = (r"(?i:id|handle|user[ ]?name|user|account|pseudo|identifiant|compte|number|num[ée]ro|no\.?)"
         r"(?![A-Za-z])|号码|账号|帳號|帐号|号|號")
_VERB = r"(?i:is|was|est|[ée]tait)(?![A-Za-z])|是|为|為"
_HANDLE = (rf"(?P<word>(?i:(?<![A-Za-z0-9_])(?:wechat|weixin|telegram|signal|whatsapp|qq|line)(?![A-Za-z0-9_]))"
           rf"|微信号?|微信號|電報|电报)"
           rf"(?P<sep>{_SP}{{0,4}}(?:(?P<noun>{_NOUN}){_SP}{{0,4}}){{0,2}}(?P<colon>[:：=])?{_SP}{{0,4}}(?P<verb>{_VERB})?"
           rf"{_SP}{{0,4}}[:：]?{_SP}{{0,4}})"
           r"(?P<handle>@?[A-Za-z0-9][A-Za-z0-9_.\-]{2,}[A-Za-z0-9_])")
_PHONE_WORD = (r"(?i:(?<![A-Za-z])(?:t[ée]l|t[ée]l[ée]phone|telephone|phone|cellphone|cell|mobile|portable|fax|sms"
               r"|landline|call|called|calling|appel(?:er|ez|é|e)?|joindre)(?![A-Za-z]))|电话|電話|手机|手機|座机|傳真|传真")
_LINKING = r"(?i:on|at|au|le|la|les|du|him|her|them|me|us|lui|leur|sur)(?![A-Za-z])"
_PHONE_CONTEXT = (rf"(?P<phoneword>{_PHONE_WORD})\.?"
                  rf"(?:(?:[{_SPACES}:：#=(]|{_TAG}){{0,4}}(?:{_NOUN}|{_VERB}|{_LINKING})\.?){{0,3}}"
                  rf"(?:[{_SPACES}:：#=(]|{_TAG}){{0,4}}"
                  rf"(?P<number>\+?\(?(?:\d{{7,}}|\d{{1,6}}\)?(?:[{_SEPS}]{{1,2}}\(?\d{{1,6}}\)?)+))")
_PLUS = rf"(?<![\w+])\+{_SP}?\(?\d[\d{_SEPS}()]{{5,}}\d\)?"
_MOBILE = rf"{_BEFORE}1[3-9](?:[{_SEPS}]?\d){{9}}{_AFTER}"
_BLOCK = rf"{_BEFORE}(?:0[1-9]\d{{8,10}}|00[1-9]\d{{6,12}}){_AFTER}"
_GROUPED = rf"{_BEFORE}\(?\d{{1,5}}\)?(?:[{_SEPS}]\(?\d{{1,5}}\)?)+{_AFTER}"
_FIND = re.compile("|".join(f"(?P<{k}>{p})" for k, p in (
    ("email", _EMAIL), ("spelled", _SPELLED), ("link", _LINK), ("wxid", _WXID), ("messenger", _HANDLE),
    ("context", _PHONE_CONTEXT),
    ("plus", _PLUS), ("mobile", _MOBILE), ("block", _BLOCK), ("grouped", _GROUPED))))
_Y, _M, _D = r"(?:1[89]|20)\d\d", r"(?:0?[1-9]|1[0-2])", r"(?:0?[1-9]|[12]\d|3[01])"
_DATE = re.compile(rf"(?<!\d)(?:{_Y}[{_DASHES}.]{_M}[{_DASHES}.]{_D}|{_D}[{_DASHES}.]{_M}[{_DASHES}.]{_Y})(?!\d)")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([ .\u00a0\u2009\u202f])\d{3})(?:\1\d{3})*")
_YEAR = re.compile(_Y)
_TRAILING_SEPARATORS = re.compile(rf"[{_SEPS}(]+$")
# A number right after one of these words is a reference, not a phone number.
_REFERENCE = re.compile(r"(?i:(?<![A-Za-z])(?:uci|file|dossier|case|ref|r[ée]f|reference|r[ée]f[ée]rence|notice)"
                        r"(?:[ .:#]*(?:number|no|n°|nº|num[ée]ro))?)[ .:：#]*$"
                        r"|(?:案号|编号|編號|档案号|檔案號)[ :：#]*$")
# Before "Signal is ..." / "son Telegram est ...": a possessive, and at most one word between.
_POSSESSIVE = re.compile(r"(?i:(?<![A-Za-z])(?:his|her|their|my|your|our|son|sa|leur|mon|ton|notre|votre))"
                         r"[ ]+(?:[^\W\d_]+[ ]+)?$")
# Words that follow "account was", "ID:", "Signal is" in prose and are no handle.
_COMMON = frozenset("""
    also always banned blocked being cancelled closed compromised deactivated deleted disabled down
    encrypted frozen gone hacked inactive later locked lost monitored never none not now often only
    private public restored restricted safe secure shut still suspended taken that then there this
    under unknown unavailable used with without active again already been from into since until
    were which while about after before because group groups message messages call calls chat chats
    channel channels account accounts voice video number the and for his her their weak strong good
    bad fine working busy open dead new old full empty same different
    aussi bloqué bloquée bloqués désactivé fermé fermée inconnu jamais piraté pas plus suspendu
    supprimé supprimée surveillé toujours utilisé encore depuis avec sans dans pour mais
""".split())
MIN_DIGITS = 7


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _span(m: re.Match[str], text: str) -> tuple[int, int] | None:
    """Where the contact `m` found stands, or None when it is none."""
    kind, found = m.lastgroup, m.group()
    if kind == "messenger":
        return (m.start("handle"), m.end()) if _is_handle(m, text) else None
    if kind == "context":
        number = m.group("number")
        date = _DATE.search(number)  # "tel 9123 4567 2019-06-04": the date is no part of it
        if date:
            number = _TRAILING_SEPARATORS.sub("", number[: date.start()])
        return (m.start("number"), m.start("number") + len(number)) if _digits(number) >= MIN_DIGITS else None
    if kind in ("block", "grouped") and _REFERENCE.search(text, max(0, m.start() - 30), m.start()):
        return None
    if kind == "plus":
        return m.span() if _digits(found) >= MIN_DIGITS else None
    if kind == "grouped":
        groups = re.findall(r"\d+", found)
        if (_digits(found) < MIN_DIGITS or _DATE.search(found) or _THOUSANDS.fullmatch(found.strip("()"))
                or all(_YEAR.fullmatch(g) for g in groups)):
            return None
    return m.span()


def _is_handle(m: re.Match[str], text: str) -> bool:
    word, handle = m.group("word"), m.group("handle")
    if handle.isdigit():
        return len(handle) >= 5  # QQ numbers have 5 digits or more; "Line 1234" is a line
    if any(c.isdigit() or c in "_@" for c in handle):
        return True
    if handle.casefold() in _COMMON:
        return False
    if m.group("noun") or m.group("colon") or not word.isascii():
        return True
    if m.group("verb") and (word.casefold() not in ("signal", "line") or word[0].isupper()):
        return _POSSESSIVE.search(text, max(0, m.start() - 40), m.start()) is not None
    return False


class _AsciiDigits(dict[int, int | None]):
    """str.translate table: every decimal digit of any script (full-width "０６", Arabic-Indic) as
    its ASCII digit, one character for one, so that spans found in the translation hold in the text."""

    def __missing__(self, code: int) -> int | None:
        digit = unicodedata.decimal(chr(code), None) if code > 0x7F else None
        self[code] = value = code if digit is None else 0x30 + digit
        return value


_ASCII_DIGITS = _AsciiDigits()


def contacts(text: str) -> list[tuple[int, int]]:
    """Where the contact details stand in `text`: (start, end) spans, in order, not overlapping."""
    if not text.isascii():
        text = text.translate(_ASCII_DIGITS)
    spans = []
    at = 0
    while (m := _FIND.search(text, at)) is not None:
        span = _span(m, text)
        if span is not None:
            spans.append(span)
            at = m.end()
        elif m.lastgroup == "messenger":  # the word after "Line" may begin one ("Line john@example.org")
            at = m.start("handle")
        elif m.lastgroup == "context":  # "call 2019-06-04": the number may still be one of the others
            at = m.start("number")
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
