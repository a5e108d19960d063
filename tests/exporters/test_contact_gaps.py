"""Contact details the public profile withholds from free text (docs/dossier.md, "Contact details in
free text"): the phone numbers and messenger handles the finder used to miss, in English, French and
Chinese, each beside what must still print as typed (dates, references, notice and file numbers,
UCI numbers, counts, amounts). Checked on the redaction every public output goes through."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import Case, CaseFile
from exporters.pdf.redaction import redact

MARK = "[contact withheld]"


def public(text: str) -> str:
    """`text` as the public profile prints it in a case summary."""
    case = Case(reference="T-1", title="Test", summary=text)
    cf = CaseFile(case=case, roles=[], persons={}, organisations={}, incidents=[], sources=[], exhibits=[],
                  interventions=[], notes=[], tasks=[])
    return redact(cf, "public").case_file.case.summary


# (text as typed, the contact in it that must not print)
MISSED = [
    # a national number written as one block, with its leading 0
    ("Appelez sa mère au 0612345678 le soir.", "0612345678"),
    ("His brother's UK mobile is 07700900123.", "07700900123"),
    ("Le numéro fixe de ses parents : 0145678901.", "0145678901"),
    ("Dialled from France as 0033612345678.", "0033612345678"),
    ("Number 00861380013800 was used to call.", "00861380013800"),
    # digits after a phone word, whatever the length of the block
    ("Her Hong Kong number: tel 91234567.", "91234567"),
    ("Contact: Tel: 91234567 (evenings).", "91234567"),
    ("Joignable au tél. 91234567 le matin.", "91234567"),
    ("Téléphone : 91234567.", "91234567"),
    ("他姐姐的电话：91234567，晚上打。", "91234567"),
    ("手机号码是91234567。", "91234567"),
    ("Call him on 91234567 after six.", "91234567"),
    # Chinese text glued to the number
    ("拨打13800138000联系他的母亲。", "13800138000"),
    ("家里座机02087654321一直被监听。", "02087654321"),
    # the separators French typography and word processors write
    ("Portable : 06\u202f12\u202f34\u202f56\u202f78.", "0612345678"),
    ("Mobile 06\u200912\u200934\u200956\u200978.", "0612345678"),
    ("Call 06\u201112\u201134\u201156\u201178.", "0612345678"),
    ("His number was +86\u2013138\u20130013\u20138000.", "13800138000"),
    ("Full-width: ０６１２３４５６７８.", "０６１２３４５６７８"),
    # messenger handles with no digit, underscore or @
    ("his Signal is xiewd, he said.", "xiewd"),
    ("Her Telegram handle is xiewd.", "xiewd"),
    ("Telegram username xiewd.", "xiewd"),
    ("WeChat ID is xiewd.", "xiewd"),
    ("son Telegram est xiewd.", "xiewd"),
    ("微信号是xiewd。", "xiewd"),
    ("他的微信是xiewd。", "xiewd"),
    ("他的电报 xiewd。", "xiewd"),
    ("QQ号 12345678，已被封。", "12345678"),
    ("his WhatsApp is 0612345678.", "0612345678"),
    ("Write to xiewd [at] example [dot] org.", "xiewd"),
]


@pytest.mark.parametrize(("text", "contact"), MISSED)
def test_contact_details_it_used_to_miss_are_withheld(text, contact):
    out = public(text)
    assert contact not in out and MARK in out, out
    digits = "".join(c for c in contact if c.isdigit())
    assert not digits or digits not in "".join(c for c in out if c.isdigit()), out


KEPT = [
    "Summoned on 2019-06-04, again on 04/06/2019 and 04.06.2019, and on 2019年6月4日.",
    "Case CV-2024-001; red notice A-1234/5-2019; IRB file TB1-23456; UCI 1122223333.",
    "UCI 11-2222-3333 and UCI: 0012345678, file number 0012345678, 案号 0012345678.",
    "A bail of RMB 12000000, then 12000000元, ¥1,200,000, $3,000,000 and 1 200 000 €.",
    "13800000000元 were frozen.",
    "In 2014-2016 and 2014\u20132016, 300 people; 1\u202f234\u202f567 personnes; page 12.",
    "An 18-digit identity number 110101199003071234 is not a contact.",
    "The bank account 6222021234567890123 was frozen.",
    "the signal was weak; Telegram is blocked in China; contacted via WeChat and threatened.",
    "His WeChat account was blocked in 2019; her WeChat ID was blocked too.",
    "Called 3 times in 2019; call 2019-06-04; tel que 2019.",
    "Line 12 of the report, and Line 1234.",
    "He was met at the station (at) noon.",
]


@pytest.mark.parametrize("text", KEPT)
def test_dates_references_amounts_and_prose_print_as_typed(text):
    assert public(text) == text


def test_a_bare_block_of_digits_is_a_phone_only_with_its_leading_zero_or_a_phone_word():
    """The rule for one block of digits (docs/dossier.md): with its trunk 0 (10 to 12 digits) or 00,
    or after a phone word, it is withheld; without either it prints (an amount, an account, a count)."""
    assert public("Reach him at 0612345678.") == f"Reach him at {MARK}."
    assert public("Reach him at 612345678.") == "Reach him at 612345678."
    assert public("Reach him at 91234567.") == "Reach him at 91234567."
    assert public("Reach him at tel 91234567.") == f"Reach him at tel {MARK}."
    assert public("电话91234567") == f"电话{MARK}"
    assert public("Reach him at 061234567.") == "Reach him at 061234567."  # 9 digits: too short for a trunk 0
    assert public("tel 123456") == "tel 123456"  # 6 digits: no phone number


def test_a_date_after_a_phone_number_still_prints():
    assert public("Tel: 9123 4567 2019-06-04 first call") == f"Tel: {MARK} 2019-06-04 first call"
    assert public("tel 91234567 since 2019") == f"tel {MARK} since 2019"


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "-", "\u2011", "\u2013", "."]


@st.composite
def phones(draw: st.DrawFn) -> tuple[str, str]:
    """(a phone number as typed in prose, its digits)."""
    kind = draw(st.sampled_from(["trunk", "context", "grouped"]))
    if kind == "trunk":
        body = "0" + draw(st.sampled_from("123456789")) + draw(st.text("0123456789", min_size=8, max_size=10))
        return body, body
    if kind == "context":
        body = draw(st.sampled_from("23456789")) + draw(st.text("0123456789", min_size=6, max_size=9))
        word = draw(st.sampled_from(["tel ", "Tel: ", "tél. ", "téléphone : ", "phone number ", "电话：", "手机",
                                     "call ", "mobile no. "]))
        return word + body, body
    body = "0" + draw(st.sampled_from("123456789")) + draw(st.text("0123456789", min_size=8, max_size=8))
    sep = draw(st.sampled_from(SPACES))
    return sep.join(body[k:k + 2] for k in range(0, 10, 2)), body


@st.composite
def kept(draw: st.DrawFn) -> str:
    y, m, d = draw(st.integers(1950, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    return draw(st.sampled_from([
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{y}年{m}月{d}日", f"CV-{y}-{draw(st.integers(1, 999)):03d}",
        f"A-{draw(st.integers(1, 99999))}/{draw(st.integers(1, 9))}-{y}",
        f"IRB file TB{d}-{draw(st.integers(10000, 99999))}",
        f"UCI {draw(st.integers(10, 99))}-{draw(st.integers(1000, 9999))}-{draw(st.integers(1000, 9999))}",
        f"UCI {draw(st.integers(10**9, 10**10 - 1))}", f"RMB {draw(st.integers(1, 10**9))}",
        f"{draw(st.integers(1, 10**9))}元", f"${draw(st.integers(1, 999))},{draw(st.integers(0, 999)):03d},000",
        f"{draw(st.integers(1, 999))} people", f"page {draw(st.integers(1, 500))}", str(y)]))


@SETTINGS
@given(data=st.data())
def test_phones_in_prose_never_print_and_what_is_no_phone_does(data):
    items = data.draw(st.lists(st.one_of(phones().map(lambda p: ("phone", p)), kept().map(lambda k: ("keep", k))),
                               min_size=1, max_size=5))
    words = st.sampled_from(["his", "sister", "was", "called", "sa", "mère", "a", "été", "convoquée", "他", "被约谈"])
    text = "".join(f"{item[0] if kind == 'phone' else item} {data.draw(words)}, " for kind, item in items)
    out = public(text)
    flat = "".join(c for c in out if c.isdigit())
    at = 0
    for kind, item in items:
        if kind == "phone":
            assert item[1] not in flat, (text, out)
        else:
            at = out.find(item, at)
            assert at >= 0, (item, text, out)
