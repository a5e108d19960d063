"""Sheets for the crash and full-disk tests of the sheet import: rows shaped like
tests/data/sheets/sd_returns.xlsx, for the ready mapping "safeguard_defenders_returns". Each row
makes a case, its target person and role, two incidents, an outcome and a source. Every row's
person has a name of its own (the digits of `n` spelt in Chinese and in pinyin), so that no plan
proposes duplicate persons."""

from __future__ import annotations

import csv
from pathlib import Path

MAPPING = "safeguard_defenders_returns"
PREFIX = "SD-"  # the mapping's reference prefix: the row keyed "U1" is the case "SD-U1"
RECORD_TABLES = ("cases", "persons", "roles", "incidents", "outcomes", "sources")  # what a row fills
RECORDS_PER_ROW = {"roles": 1, "incidents": 2, "outcomes": 1, "sources": 1}  # of each case
HEADERS = ["No.", "Name (Chinese)", "Name (pinyin)", "Sex", "Position / sector", "Category", "Accusation",
           "Campaign", "Host country", "Third country", "Left China", "Returned", "Methods", "Outcome", "Source"]
_HANZI = "零一二三四五六七八九"
_PINYIN = "ling yi er san si wu liu qi ba jiu".split()  # no syllable begins another: one spelling per n


def row(key: str, n: int, accusation: str) -> list[str]:
    """The row keyed `key`, whose target is the n-th person (谢三零 / Xie Sanling for n = 30)."""
    digits = [int(d) for d in str(n)]
    return [key, "谢" + "".join(_HANZI[d] for d in digits), "Xie " + "".join(_PINYIN[d] for d in digits).capitalize(),
            "M", "Manager, provincial state firm", "SOE manager", accusation, "Fox Hunt", "Canada", "", "2011",
            "2016-03", "Persuasion; Family pressure", "Persuaded to return", f"Fictional NGO report {key} (2022)"]


def write_sheet(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        out.writerows(rows)
    return path
