"""Keeping the search index (tables of db.search_schema and db.search_entities_schema) true to the data.

The index holds one row per case (its own text: title, reference, tags, summary, incidents,
sources, exhibits, notes...) and one row per person and per organisation (names, with pinyin, and
their details), with links from each case to the persons and organisations it mentions; db.search
matches a case on its own row or on the rows of those it mentions.

`attach(vault)` registers a commit hook: every write transaction re-indexes, just before its
COMMIT, each person and organisation it touched and each case it touched (with the case's links),
and drops the rows of deleted ones. So the index changes in the same transaction as the data and
can never disagree with it (import, merge and delete go through the repositories, which touch what
they write; rekey copies the index tables with everything else). Editing an organisation rewrites
its one row, however many cases name it.

A case's searchable text, its persons' and organisations' included, is gathered by `case_fields`,
which db.search also uses to say which field matched. Thread rule: like the vault, only from the
thread that owns its connection."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from db import references, vocab
from db.dates import first_day, forget_dates, last_day, parse_partial
from db.names import forget_names
from db.repository import chunks
from db.search_text import FIELD_BREAK, fold, forget_texts, has_han, index_texts, pinyin_index_text

if TYPE_CHECKING:
    from db.vault import Vault

HEAD_FIELDS = ("title", "reference", "tag")
NAME_FIELDS = ("person name", "person alias", "organisation name")
# Fields that come from persons and organisations: indexed in their own rows, not in their cases'.
ENTITY_FIELDS = frozenset((*NAME_FIELDS, "person occupation", "person notes", "person contact notes",
                           "person address", "organisation notes", "organisation city"))
# Every searchable field, in the order a hit reports them when several match equally well.
FIELDS = (*HEAD_FIELDS[:2], *NAME_FIELDS, "tag", "summary", "region", "incident description", "incident location",
          "source citation", "source title", "source author", "source outlet", "source URL", "exhibit description",
          "exhibit file name", "exhibit custody", "note", "task", "intervention notes", "intervention response",
          "intervention file number", "notice", "extradition request", "outcome notes", "role notes",
          "person occupation", "person notes", "person contact notes", "person address", "organisation notes",
          "organisation city")
Field = tuple[str, str]  # (label from FIELDS, text as stored)
_SEP = f" {FIELD_BREAK} "


def _marks(ids: Iterable[Any]) -> str:
    return ",".join("?" * len(list(ids)))


def case_fields(conn: Any, case_ids: list[str], *, entities: bool = True) -> dict[str, list[Field]]:
    """Every non-empty searchable text of each existing case, with its field label; with `entities`
    False, only the case's own (not its persons' and organisations')."""
    out: dict[str, list[Field]] = {}
    for part in chunks(case_ids):
        _gather(conn, list(part), out, entities)
    order = {label: n for n, label in enumerate(FIELDS)}
    for fields in out.values():
        fields.sort(key=lambda f: order[f[0]])
    return out


def _gather(conn: Any, ids: list[str], out: dict[str, list[Field]], entities: bool = True) -> None:
    m = _marks(ids)

    def add(case_id: str, label: str, text: str | None) -> None:
        if text and text.strip():
            out[case_id].append((label, text))

    for case_id, reference, title, summary, region in conn.execute(
            f"SELECT id, reference, title, summary, region FROM cases WHERE id IN ({m})", ids):
        out[case_id] = [("title", title), ("reference", reference)]
        add(case_id, "summary", summary)
        add(case_id, "region", region)
    for case_id, tag in conn.execute(f"SELECT case_id, tag FROM case_tags WHERE case_id IN ({m})", ids):
        add(case_id, "tag", tag)
    if entities:
        persons: dict[str, list[str]] = {}
        for case_id, person_id in references.case_persons(conn, ids):
            persons.setdefault(person_id, []).append(case_id)
        for part in chunks(sorted(persons)):
            for person_id, *person in conn.execute(
                    "SELECT id, name, name_original, aliases, occupation, notes, contact_notes, address FROM persons "
                    f"WHERE id IN ({_marks(part)})", list(part)):
                name, original, aliases, *details = person
                for case_id in persons[person_id]:
                    add(case_id, "person name", name)
                    add(case_id, "person name", original)
                    for alias in json.loads(aliases):
                        add(case_id, "person alias", alias)
                    for label, text in zip(("person occupation", "person notes", "person contact notes",
                                            "person address"), details, strict=True):
                        add(case_id, label, text)
        organisations: dict[str, list[str]] = {}
        for case_id, organisation_id in references.case_organisations(conn, ids):
            organisations.setdefault(organisation_id, []).append(case_id)
        for part in chunks(sorted(organisations)):
            for organisation_id, name, original, notes, city in conn.execute(
                    f"SELECT id, name, name_original, notes, city FROM organisations WHERE id IN ({_marks(part)})",
                    list(part)):
                for case_id in organisations[organisation_id]:
                    add(case_id, "organisation name", name)
                    add(case_id, "organisation name", original)
                    add(case_id, "organisation notes", notes)
                    add(case_id, "organisation city", city)
    simple: tuple[tuple[Any, ...], ...] = (
        ("SELECT case_id, notes FROM roles", ("role notes",)),
        ("SELECT case_id, description FROM incidents", ("incident description",)),
        ("SELECT i.case_id, trim(p.city || ' ' || p.location) FROM incident_places p "
         "JOIN incidents i ON i.id = p.incident_id", ("incident location",), "i.case_id"),
        ("SELECT case_id, citation, title, authors, outlet, url FROM sources",
         ("source citation", "source title", "source author", "source outlet", "source URL")),
        ("SELECT case_id, description, original_name FROM exhibits", ("exhibit description", "exhibit file name")),
        ("SELECT e.case_id, trim(c.method || ' ' || c.place || ' ' || c.notes) FROM exhibit_custody c "
         "JOIN exhibits e ON e.id = c.exhibit_id", ("exhibit custody",), "e.case_id"),
        ("SELECT case_id, notes, response, trim(file_number || ' ' || uci) FROM interventions",
         ("intervention notes", "intervention response", "intervention file number")),
        ("SELECT case_id, trim(reference || ' ' || charge || ' ' || notes) FROM interpol_notices", ("notice",)),
        ("SELECT case_id, trim(reference || ' ' || charge || ' ' || notes) FROM extradition_requests",
         ("extradition request",)),
        ("SELECT case_id, notes FROM outcomes", ("outcome notes",)),
        ("SELECT case_id, body FROM notes", ("note",)),
        ("SELECT case_id, title FROM tasks", ("task",)),
    )
    for sql, labels, *joined in simple:  # the most rows (every incident): the test of `add` written out
        column = joined[0] if joined else "case_id"
        for case_id, *texts in conn.execute(f"{sql} WHERE {column} IN ({m})", ids):
            fields = out[case_id]
            for label, text in zip(labels, texts, strict=True):
                if text and text.strip():
                    fields.append((label, text))


def document(fields: list[Field]) -> tuple[str, str, str]:
    """The (head, names, body) token strings of one case; fields are kept apart by FIELD_BREAK."""
    head: list[str] = []
    names: list[str] = []
    body: list[str] = []
    for label, text in fields:
        (head if label in HEAD_FIELDS else names if label in NAME_FIELDS else body).append(text)
    return index_texts(head), _names(names), index_texts(body)


def _names(names: list[str]) -> str:
    """Names as tokens, each Chinese name also with its pinyin."""
    named: list[str] = []
    # Tokens never hold FIELD_BREAK, so the names' token string splits back into one part per name.
    for text, tokens in zip(names, index_texts(names).split(_SEP) if names else [], strict=True):
        named.append(tokens)
        if has_han(text):
            named.append(pinyin_index_text(text))
    return _SEP.join(named)


def _texts(*values: str | None) -> list[str]:
    return [v for v in values if v and v.strip()]


def entity_rows(conn: Any, person_ids: list[str],
                organisation_ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """(names, details) of each existing person and organisation, for its index row."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for part in chunks(person_ids):
        for pid, name, original, aliases, occupation, notes, contact, address in conn.execute(
                "SELECT id, name, name_original, aliases, occupation, notes, contact_notes, address FROM persons "
                f"WHERE id IN ({_marks(part)})", list(part)):
            out[pid] = (_texts(name, original, *json.loads(aliases)), _texts(occupation, notes, contact, address))
    for part in chunks(organisation_ids):
        for oid, name, original, notes, city in conn.execute(
                f"SELECT id, name, name_original, notes, city FROM organisations WHERE id IN ({_marks(part)})",
                list(part)):
            out[oid] = (_texts(name, original), _texts(notes, city))
    return out


def update_entities(conn: Any, person_ids: Iterable[str], organisation_ids: Iterable[str]) -> int:
    """Re-index these persons and organisations (dropping the rows, and links, of those that no longer
    exist). Call inside a write transaction."""
    persons, orgs = sorted(set(person_ids)), sorted(set(organisation_ids))
    rows = entity_rows(conn, persons, orgs)
    indexed = 0
    for part in chunks(persons + orgs):
        ids = list(part)
        docids = dict(conn.execute(f"SELECT entity_id, docid FROM search_entity WHERE entity_id IN ({_marks(ids)})",
                                   ids))
        conn.executemany("DELETE FROM search_names_fts WHERE rowid = ?", [(d,) for d in docids.values()])
        gone = [(d,) for e, d in docids.items() if e not in rows]
        conn.executemany("DELETE FROM search_link WHERE entity_docid = ?", gone)
        conn.executemany("DELETE FROM search_entity WHERE docid = ?", gone)
        new = [e for e in ids if e in rows and e not in docids]
        if new:
            conn.executemany("INSERT INTO search_entity(entity_id) VALUES (?)", [(e,) for e in new])
            docids.update(conn.execute(f"SELECT entity_id, docid FROM search_entity WHERE entity_id IN "
                                       f"({_marks(new)})", new))
        conn.executemany("INSERT INTO search_names_fts(rowid, names, body) VALUES (?, ?, ?)",
                         ((docids[e], _names(rows[e][0]), index_texts(rows[e][1])) for e in ids if e in rows))
        indexed += sum(1 for e in ids if e in rows)
    return indexed


def _link(conn: Any, docids: dict[str, int]) -> None:
    """Rewrite the links of these cases (case id -> docid) to the persons and organisations they mention
    (db.references: a group's members and a unit's parent body included)."""
    ids = list(docids)
    conn.executemany("DELETE FROM search_link WHERE case_docid = ?", [(d,) for d in docids.values()])
    mentioned = references.case_persons(conn, ids) | references.case_organisations(conn, ids)
    entity = {}
    for part in chunks(sorted({e for _, e in mentioned})):
        entity.update(conn.execute(f"SELECT entity_id, docid FROM search_entity WHERE entity_id IN "
                                   f"({_marks(part)})", list(part)))
    conn.executemany("INSERT OR IGNORE INTO search_link(entity_docid, case_docid) VALUES (?, ?)",
                     ((entity[e], docids[c]) for c, e in mentioned if e in entity))


def _relink(conn: Any, entity_ids: set[str], linked: set[str]) -> None:
    """Rewrite the links of every case that mentions these persons or organisations, whose members
    or parent body changed (so their cases now mention others through them); `linked`: cases whose
    links this commit rewrote already."""
    cases: set[str] = set()
    for part in chunks(sorted(entity_ids)):
        cases.update(r[0] for r in conn.execute(
            "SELECT d.case_id FROM search_entity e JOIN search_link l ON l.entity_docid = e.docid "
            f"JOIN search_doc d ON d.docid = l.case_docid WHERE e.entity_id IN ({_marks(part)})", list(part)))
    cases |= references.cases_mentioning(conn, entity_ids, entity_ids)
    for part in chunks(sorted(cases - linked)):
        docids = dict(conn.execute(f"SELECT case_id, docid FROM search_doc WHERE case_id IN ({_marks(part)})",
                                   list(part)))
        if docids:
            _link(conn, docids)


def _day_span(start: str | None, end: str | None) -> tuple[int, int] | None:
    """An incident's dates as [first day, last day] ordinals, as wide as their precision."""
    first, last = start or end, end or start
    if not first or not last:
        return None
    return first_day(first), last_day(last)


def tag_facet(tag: str) -> str:
    return "tag:" + " ".join(fold(tag).split())


def _facets(conn: Any, ids: list[str]) -> tuple[dict[str, set[str]], dict[str, set[tuple[int, int]]]]:
    facets: dict[str, set[str]] = {i: set() for i in ids}
    spans: dict[str, set[tuple[int, int]]] = {i: set() for i in ids}
    m = _marks(ids)
    for case_id, status, campaign, host, outcome in conn.execute(
            f"SELECT id, status, campaign, host_country, outcome FROM cases WHERE id IN ({m})", ids):
        facets[case_id] |= {f"status:{status}", f"campaign:{campaign}", f"host:{host.upper()}", f"outcome:{outcome}"}
    for case_id, tag in conn.execute(f"SELECT case_id, tag FROM case_tags WHERE case_id IN ({m})", ids):
        facets[case_id].add(tag_facet(tag))
    for case_id, tactic, start, end, involvement in conn.execute(
            f"SELECT case_id, tactic, date_start, date_end, host_involvement FROM incidents WHERE case_id IN ({m})",
            ids):
        facets[case_id] |= {f"tactic:{tactic}", f"pace:{vocab.pace_group(tactic) or 'none'}"}
        if involvement:
            facets[case_id].add(f"involvement:{involvement}")
        span = _incident_span(start, end)
        if span:
            spans[case_id].add(span)
    for case_id, outcome in conn.execute(f"SELECT case_id, outcome FROM outcomes WHERE case_id IN ({m})", ids):
        facets[case_id].add(f"outcome:{outcome}")
    for case_id, kind, status in conn.execute(
            f"SELECT case_id, kind, status FROM interpol_notices WHERE case_id IN ({m})", ids):
        facets[case_id] |= {f"notice:{kind}", f"notice_status:{status}"}
    for (case_id,) in conn.execute(f"SELECT case_id FROM extradition_requests WHERE case_id IN ({m})", ids):
        facets[case_id].add("extradition:yes")
    for case_id, country in conn.execute(
            "SELECT DISTINCT i.case_id, p.country FROM incident_places p JOIN incidents i ON i.id = p.incident_id "
            f"WHERE p.role = 'third_country' AND p.country != '' AND i.case_id IN ({m})", ids):
        facets[case_id].add(f"third:{country}")
    for (case_id,) in conn.execute(_MASS.format(m=m), ids):
        facets[case_id].add("mass:yes")
    return facets, spans


# Cases with a mass event: an incident aimed at three or more people (Freedom House's threshold),
# counting a group as its size (at least 2 when unknown) and anyone else as one.
MASS_EVENT = 3
_MASS = (f"SELECT DISTINCT i.case_id FROM incidents i JOIN incident_targets t ON t.incident_id = i.id "
         f"JOIN persons p ON p.id = t.person_id WHERE i.case_id IN ({{m}}) GROUP BY i.id "
         f"HAVING sum(CASE WHEN p.kind = 'group' THEN coalesce(p.group_size, 2) ELSE 1 END) >= {MASS_EVENT}")


@functools.lru_cache(maxsize=4096)  # incidents share few distinct dates
def _incident_span(start: str | None, end: str | None) -> tuple[int, int] | None:
    try:
        return _day_span(parse_partial(start), parse_partial(end))
    except ValueError:  # a malformed date written outside CaseVault is simply not filterable
        return None


def facet_codes(conn: Any, facets: set[str], create: bool = False) -> dict[str, int]:
    """The codes of these facet strings; with `create`, new ones get a code (inside a write)."""
    codes: dict[str, int] = {}
    names = sorted(facets)
    for part in chunks(names):
        codes.update((f, c) for c, f in conn.execute(
            f"SELECT code, facet FROM search_facet_name WHERE facet IN ({_marks(part)})", list(part)))
    if create:
        for facet in names:
            if facet not in codes:
                codes[facet] = conn.execute("INSERT INTO search_facet_name(facet) VALUES (?)", (facet,)).lastrowid
    return codes


def update_cases(conn: Any, case_ids: Iterable[str]) -> int:
    """Re-index these cases (dropping the rows of those that no longer exist); returns how many
    were indexed. Call inside a write transaction."""
    indexed = 0
    for part in chunks(sorted(set(case_ids))):
        ids = list(part)
        docids = dict(conn.execute(f"SELECT case_id, docid FROM search_doc WHERE case_id IN ({_marks(ids)})", ids))
        fields = case_fields(conn, ids, entities=False)
        old = [(d,) for d in docids.values()]
        conn.executemany("DELETE FROM search_fts WHERE rowid = ?", old)
        conn.executemany("DELETE FROM search_facet WHERE docid = ?", old)
        conn.executemany("DELETE FROM search_span WHERE docid = ?", old)
        conn.executemany("DELETE FROM search_link WHERE case_docid = ?", [(d,) for c, d in docids.items()
                                                                           if c not in fields])
        conn.executemany("DELETE FROM search_doc WHERE case_id = ?", [(c,) for c in docids if c not in fields])
        new = [c for c in fields if c not in docids]
        if new:  # one statement for all, then their docids in one query
            conn.executemany("INSERT INTO search_doc(case_id) VALUES (?)", [(c,) for c in new])
            docids.update(conn.execute(f"SELECT case_id, docid FROM search_doc WHERE case_id IN ({_marks(new)})", new))
        conn.executemany("INSERT INTO search_fts(rowid, head, names, body) VALUES (?, ?, ?, ?)",
                         ((docids[c], *document(f)) for c, f in fields.items()))
        present = list(fields)
        if present:
            _link(conn, {c: docids[c] for c in present})
            facets, spans = _facets(conn, present)
            codes = facet_codes(conn, {f for c in present for f in facets[c]}, create=True)
            conn.executemany("INSERT INTO search_facet(code, docid) VALUES (?, ?)",
                             ((codes[f], docids[c]) for c in present for f in facets[c]))
            conn.executemany("INSERT INTO search_span(docid, lo, hi) VALUES (?, ?, ?)",
                             ((docids[c], lo, hi) for c in present for lo, hi in spans[c]))
        indexed += len(fields)
    return indexed


def rebuild(conn: Any) -> int:
    """Empty the index and index every person, organisation and case again (inside the caller's
    write transaction); returns the number of cases indexed."""
    for table in ("search_facet", "search_facet_name", "search_span", "search_doc", "search_link", "search_entity"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    conn.execute("INSERT INTO search_names_fts(search_names_fts) VALUES ('delete-all')")
    update_entities(conn, [r[0] for r in conn.execute("SELECT id FROM persons")],
                    [r[0] for r in conn.execute("SELECT id FROM organisations")])
    ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY rowid")]
    count = update_cases(conn, ids)
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO search_names_fts(search_names_fts) VALUES ('optimize')")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', 'current')")
    return count


def _on_commit(vault: Vault, touched: dict[str, set[str]]) -> None:
    if touched.get("person") or touched.get("organisation"):  # first: the cases' links point to their rows
        update_entities(vault.conn, touched.get("person", ()), touched.get("organisation", ()))
    if touched.get("case"):
        update_cases(vault.conn, touched["case"])
    if touched.get("relink"):
        _relink(vault.conn, touched["relink"], touched.get("case", set()))


def forget() -> None:
    """Drop all text and dates remembered to index faster: decrypted case data, which must not
    outlive the vault (Vault.close calls this; the next vault starts with empty caches)."""
    _incident_span.cache_clear()
    forget_texts()
    forget_dates()
    forget_names()


def attach(vault: Vault) -> None:
    """Keep `vault`'s index in step with its writes; build it first if a migration left it stale.
    Called once by Vault.__init__. The hook reads vault.conn when it runs, so it follows the new
    connection after a rekey."""
    vault.commit_hooks.append(_on_commit)
    # Decrypted pages cached in memory (never on disk): index lookups touch many small pages.
    vault.conn.execute("PRAGMA cache_size = -65536")
    if vault.get_meta("search_index") == "stale":
        with vault.write():
            rebuild(vault.conn)
