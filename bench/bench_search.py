"""Search benchmark (issue 3): 100,000 cases / 1,000,000 incidents of generated, fictional data.

    python bench/bench_search.py [--cases 100000] [--rebuild] [--like N]

Builds the vault once through the repositories (add_many inside one vault.write() per batch, so the
index is kept by the same commit hook as in real use) and caches it under bench/out/ (gitignored).
Then prints, for a mixed set of queries (common and rare words, phrases, exclusions, accents,
one- to three-character Chinese, pinyin, traditional script, filters), the median and 95th
percentile of `search()` (limit 50, with fields and snippets) and of `matching_case_ids()`, the
size of the index against the text it indexes, and a plain LIKE scan of the same data for
comparison. Figures go to stdout; nothing here is asserted."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_data import build  # noqa: E402
from db.caselist import CaseQuery, case_ids  # noqa: E402
from db.search import SearchFilters, matching_case_ids, search  # noqa: E402
from db.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase 基准"
OUT = ROOT / "bench" / "out"

QUERIES: list[tuple[str, str, SearchFilters | None]] = [
    ("common word", "police", None),
    ("common word (French)", "convoquée", None),
    ("two common words", "police mother", None),
    ("common + rare word", "pension {rare0}", None),
    ("rare word", "{rare1}", None),
    ("rare word", "{rare2}", None),
    ("phrase", '"pension was suspended"', None),
    ("exclusion", "passport -montréal", None),
    ("accent-folded", "montreal", None),
    ("case-folded", "QUEBEC", None),
    ("2-char Chinese name", "{given2}", None),
    ("2-char Chinese name", "{name2}", None),
    ("3-char Chinese name", "{name3}", None),
    ("1-char Chinese", "{char1}", None),
    ("Chinese phrase in text", "退休金", None),
    ("traditional finds simplified", "{trad}", None),
    ("pinyin, two words", "{pinyin_words}", None),
    ("pinyin, joined prefix", "{pinyin_prefix}", None),
    ("text + status filter", "police", SearchFilters(status=["open"])),
    ("text + tactic filter", "mother", SearchFilters(tactic=["exit_ban"])),
    ("Chinese + host filter", "{given2}", SearchFilters(host_country=["CA"])),
    ("filters only: tactic + status", "", SearchFilters(tactic=["kidnapping_rendition"], status=["closed"])),
    ("filters only: date range", "", SearchFilters(date_from="2016-03", date_to="2016-05")),
    ("filters only: tag + date", "", SearchFilters(tags=["Fox Hunt"], date_from="2019", date_to="2019")),
    ("text + date range", "{rare3}", SearchFilters(date_from="2015", date_to="2020")),
]
LIKE_WORDS = ["police", "{rare1}", "{given2}", "montréal", "退休金"]


def timed(fn, *args, **kwargs) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def index_size(vault: Vault) -> tuple[int, int]:
    """(bytes in pages used by the index tables, bytes of text they index), measured by freeing the index
    tables inside a transaction that is then rolled back: the freed pages are exactly theirs."""
    conn = vault.conn
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher returns it as text
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = conn.execute("PRAGMA freelist_count").fetchone()[0]
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
        for table in ("search_facet", "search_span", "search_doc"):
            conn.execute(f"DELETE FROM {table}")
        after = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.execute("ROLLBACK")
    text = 0
    for table, columns in (("cases", "title, reference, summary, region"), ("case_tags", "tag"),
                           ("persons", "name, name_original, aliases, occupation, notes, contact_notes, address"),
                           ("organisations", "name, name_original, notes"), ("roles", "notes"),
                           ("incidents", "description"), ("incident_places", "city, location"),
                           ("sources", "citation, url"),
                           ("exhibits", "description, original_name"), ("interventions", "notes, response"),
                           ("notes", "body"), ("tasks", "title")):
        expr = " + ".join(f"length(CAST({c.strip()} AS BLOB))" for c in columns.split(","))
        text += conn.execute(f"SELECT coalesce(sum({expr}), 0) FROM {table}").fetchone()[0]
    return (after - before) * page, text


def like_scan(vault: Vault, word: str) -> int:
    """Cases with `word` anywhere in the main text columns, by a plain LIKE scan (no index)."""
    pattern = f"%{word}%"
    sql = ("SELECT count(*) FROM (SELECT id FROM cases WHERE title LIKE :p OR summary LIKE :p OR reference LIKE :p "
           "UNION SELECT case_id FROM incidents WHERE description LIKE :p "
           "UNION SELECT i.case_id FROM incident_places p JOIN incidents i ON i.id = p.incident_id "
           "WHERE p.location LIKE :p OR p.city LIKE :p "
           "UNION SELECT r.case_id FROM roles r JOIN persons p ON p.id = r.person_id "
           "WHERE p.name LIKE :p OR p.name_original LIKE :p OR p.aliases LIKE :p "
           "UNION SELECT case_id FROM sources WHERE citation LIKE :p "
           "UNION SELECT case_id FROM notes WHERE body LIKE :p)")
    return vault.conn.execute(sql, {"p": pattern}).fetchone()[0]


def list_query(text: str, filters: SearchFilters | None) -> CaseQuery | None:
    """The case list's query for a search, or None if the list cannot express its filters (dates)."""
    f = filters or SearchFilters()
    if getattr(f, "date_from", None) or getattr(f, "date_to", None):
        return None
    return CaseQuery(text=text, status=tuple(f.status or ()), tactic=tuple(f.tactic or ()),
                     host_country=tuple(f.host_country or ()), tags=tuple(f.tags or ()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--incidents", type=int, default=10, help="incidents per case")
    parser.add_argument("--rebuild", action="store_true", help="build the vault again even if cached")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query")
    parser.add_argument("--like", type=int, default=len(LIKE_WORDS), help="LIKE scans to time (slow)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"search_{args.cases}x{args.incidents}.cvault"
    if args.rebuild and path.exists():
        path.unlink()
    if not path.exists():
        start = time.perf_counter()
        with Vault.create(path, PASSPHRASE, author="bench") as vault:
            fill = build(vault, args.cases, args.incidents, progress=lambda n: print(f"  {n} cases", flush=True))
        (OUT / f"{path.name}.params").write_text("".join(f"{k}={v}\n" for k, v in fill.items()), encoding="utf-8")
        print(f"built {path.name} in {time.perf_counter() - start:.0f} s")
    params = (OUT / f"{path.name}.params").read_text(encoding="utf-8").splitlines()
    fill = dict(line.split("=", 1) for line in params)

    with Vault.open(path, PASSPHRASE) as vault:
        counts = vault.conn.execute("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM incidents), "
                                    "(SELECT count(*) FROM persons)").fetchone()
        print(f"vault: {counts[0]} cases, {counts[1]} incidents, {counts[2]} persons, "
              f"{path.stat().st_size / 1e6:.0f} MB on disk")
        used, text = index_size(vault)
        print(f"index: {used / 1e6:.1f} MB for {text / 1e6:.1f} MB of indexed text = {used / text:.2f}x")

        search_ms: list[float] = []
        ids_ms: list[float] = []
        list_ms: list[float] = []
        print(f"\n{'query':34} {'text':28} {'matches':>8} {'search ms':>10} {'ids ms':>8} {'list ms':>8}")
        for label, template, filters in QUERIES:
            q = template.format(**fill)
            search(vault, q, filters, limit=50)  # warm the page cache for this query once
            runs = [timed(search, vault, q, filters, limit=50)[0] for _ in range(args.repeat)]
            id_runs = []
            for _ in range(args.repeat):
                ms, ids = timed(matching_case_ids, vault, q, filters)
                id_runs.append(ms)
            search_ms += runs
            ids_ms += id_runs
            n = len(ids) if ids is not None else counts[0]
            listed = ""
            as_list = list_query(q, filters)
            if as_list is not None:  # what the case list runs as the user types (no date filters there)
                case_ids(vault, as_list)
                list_runs = [timed(case_ids, vault, as_list)[0] for _ in range(args.repeat)]
                list_ms += list_runs
                listed = f"{statistics.median(list_runs):>8.1f}"
            print(f"{label:34} {q[:28]:28} {n:>8} {statistics.median(runs):>10.1f} "
                  f"{statistics.median(id_runs):>8.1f} {listed:>8}")
        print(f"\nsearch(limit=50):   median {statistics.median(search_ms):.1f} ms, p95 {pct(search_ms, 0.95):.1f} ms "
              f"({len(search_ms)} runs of {len(QUERIES)} queries)")
        print(f"matching_case_ids:  median {statistics.median(ids_ms):.1f} ms, p95 {pct(ids_ms, 0.95):.1f} ms")
        print(f"case list (the app's path: ids in reference order): median {statistics.median(list_ms):.1f} ms, "
              f"p95 {pct(list_ms, 0.95):.1f} ms (target < 100), worst {max(list_ms):.1f} ms (target < 250)")

        fts, like = [], []
        for template in LIKE_WORDS[: args.like]:
            word = template.format(**fill)
            ms_fts, ids = timed(matching_case_ids, vault, word)
            ms_like, n_like = timed(like_scan, vault, word)
            fts.append(ms_fts)
            like.append(ms_like)
            print(f"LIKE %{word}%: {n_like} cases in {ms_like:.0f} ms; "
                  f"index: {len(ids or [])} cases in {ms_fts:.1f} ms")
        if like:
            print(f"LIKE scan median {statistics.median(like):.0f} ms vs index {statistics.median(fts):.1f} ms: "
                  f"{statistics.median(like) / statistics.median(fts):.0f}x faster with the index")


if __name__ == "__main__":
    random.seed(0)
    main()
