"""Write the sample sheets of tests/data/sheets: fictional rows only (names, places and events are
invented), shaped like a Safeguard Defenders-style list of returns and a Freedom House-style list of
incidents (../shared/ANALYSIS.md), a sheet with every kind of bad row, and one where the same person
is written in four ways. Run: .venv/bin/python tests/data/make_sheets.py (deterministic output)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl

HERE = Path(__file__).with_name("sheets")

SD_HEADERS = ["No.", "Name (Chinese)", "Name (pinyin)", "Sex", "Position / sector", "Category", "Accusation",
              "Campaign", "Host country", "Third country", "Left China", "Returned", "Methods", "Outcome", "Source"]
SD_ROWS = [
    ["1", "谢卫东", "Xie Weidong", "M", "Manager, provincial state firm", "SOE manager", "Corruption (fictional)",
     "Fox Hunt", "Canada", "", "2011", "2016-03", "Persuasion; Family pressure", "Persuaded to return",
     "Fictional NGO report, 2022, p. 12"],
    ["2", "林美华", "Lin Meihua", "F", "Private business", "Businesswoman", "Illegal fund-raising (fictional)",
     "天网", "Australie", "", "2013", "juin 2017", "Family pressure; Assets frozen", "Returned",
     "Fictional newspaper, 2017-06-20"],
    ["3", "高建国", "Gao Jianguo", "male", "Former county official", "Official", "Bribery (fictional)",
     "Sky Net", "美国", "Fiji", "2009", "circa 2018", "Lured to third country; Red Notice", "Extradited",
     "Fictional court record; Fictional NGO report, 2022"],
    ["4", "周晓兰", "Zhou Xiaolan", "女", "Accountant", "Private business", "Fraud (fictional)", "Fox Hunt",
     "Nouvelle-Zélande", "", "2014", "", "Persuasion", "Still abroad", "Fictional interview notes"],
    ["5", "王志强", "Wang Zhiqiang", "M", "Manager, state bank branch", "SOE manager", "Embezzlement (fictional)",
     "猎狐", "United Kingdom", "", "2012", "2019年5月", "Agents sent; Family pressure; Relatives detained",
     "Persuaded to return", "Fictional NGO report, 2024"],
    ["6", "", "Unnamed official", "unknown", "Official", "Official", "Corruption (fictional)", "Sky Net",
     "Thailand", "", "", "2015", "Deportation", "Deported", "Fictional official announcement"],
]

FH_HEADERS = ["Incident ID", "Case", "Year", "Origin state", "Host state", "Tactic", "Target", "Number of people",
              "Target category", "Host state involvement", "Description", "Source"]
FH_ROWS = [
    ["FH-0001", "A", "2016", "China", "Thailand", "Detention", "Fictional activist A", "1", "Activist", "Cooperated",
     "Detained at the request of origin-state officials (fictional).", "Fictional report 2017"],
    ["FH-0002", "A", "2016", "China", "Thailand", "Unlawful deportation", "Fictional activist A", "1", "Activist",
     "Cooperated", "Deported without a hearing (fictional).", "Fictional report 2017"],
    ["FH-0003", "B", "2018", "Chine", "Turquie", "Physical intimidation", "Fictional Uyghur students", "12",
     "Ethnic minority", "Direct", "Students followed and threatened (fictional).", "Fictional news 2018"],
    ["FH-0004", "C", "2019", "中国", "柬埔寨", "Rendition", "Fictional journalist C", "1", "Journalist", "Cooperated",
     "Taken across the border (fictional).", "Fictional NGO note 2019"],
    ["FH-0005", "D", "2020", "China", "Kenya", "Detention", "Fictional religious group", "5", "Religious group",
     "Cooperated", "Five members detained (fictional).", "Fictional report 2021"],
    ["FH-0006", "D", "2021", "China", "Kenya", "Unlawful deportation", "Fictional religious group", "5",
     "Religious group", "Cooperated", "Deported together (fictional).", "Fictional report 2021"],
    ["FH-0007", "E", "2022", "China", "Serbia", "Assault", "Fictional dissident E", "1", "Dissident", "Direct",
     "Attacked outside a café (fictional).", "Fictional news 2022"],
]

# Each row breaks one rule; the tests name the row and the column.
BAD_HEADERS = ["No.", "Name (pinyin)", "Sex", "Host country", "Returned", "Methods", "Outcome", "Source"]
BAD_ROWS = [
    ["1", "Fine Person", "F", "Canada", "2016-03", "Persuasion", "Returned", "ok"],  # row 2: no problem
    ["2", "Bad Date", "F", "Canada", "31/02/2016", "Persuasion", "Returned", ""],  # row 3: no 31 February
    ["3", "Bad Country", "M", "Atlantis", "2016", "Persuasion", "Returned", ""],  # row 4: unknown country
    ["4", "Bad Tactic", "M", "Canada", "2016", "Telepathy", "Returned", ""],  # row 5: unknown tactic
    ["", "No Key", "M", "Canada", "2016", "Persuasion", "Returned", ""],  # row 6: no key
    ["6", "Bad Sex", "X?", "Canada", "2016", "Persuasion", "Returned", ""],  # row 7: unknown sex
    ["7", "Bad Outcome", "F", "Canada", "2016", "Persuasion", "Vanished into thin air", ""],  # row 8
    ["8", "Words Date", "F", "Canada", "sometime soon", "Persuasion", "Returned", ""],  # row 9: unreadable date
]

# One person, four spellings (and a fifth person who is someone else).
DUP_HEADERS = ["No.", "Name (Chinese)", "Name (pinyin)", "Host country", "Methods"]
DUP_ROWS = [
    ["D1", "谢卫东", "", "Canada", "Persuasion"],
    ["D2", "謝衛東", "", "Canada", "Family pressure"],
    ["D3", "", "Xie Weidong", "Canada", "Persuasion"],
    ["D4", "", "XIE Wei-dong", "Canada", "Red Notice"],
    ["D5", "林美华", "Lin Meihua", "Australia", "Persuasion"],
]


def write_xlsx(path: Path, headers: list[str], rows: list[list[str]], title: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.properties.creator = "CaseVault tests"
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 1, 1)
    wb.save(path)


def csv_text(headers: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(headers)
    w.writerows(rows)
    return out.getvalue()


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_xlsx(HERE / "sd_returns.xlsx", SD_HEADERS, SD_ROWS, "Returns")
    (HERE / "fh_incidents.csv").write_text(csv_text(FH_HEADERS, FH_ROWS), encoding="utf-8")
    (HERE / "bad_rows.csv").write_text(csv_text(BAD_HEADERS, BAD_ROWS, ";"), encoding="utf-8-sig")
    (HERE / "duplicates.csv").write_text(csv_text(DUP_HEADERS, DUP_ROWS), encoding="utf-8")


if __name__ == "__main__":
    main()
