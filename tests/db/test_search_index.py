"""The search index stays true to the data (issue 3, "Keeping the index true"): it changes in the
same transaction as every write, including import, delete, rollback and rekey; `reindex` rebuilds
it; it lives only inside the encrypted vault file."""

from __future__ import annotations

import random

import pytest
import sqlcipher3

from db import references, schema
from db.models import Actor, Case, Incident, Note, Organisation, Person, Role
from db.search import matching_case_ids, reindex, search
from db.search_index import case_fields
from db.search_text import index_text
from db.vault import Vault
from exporters.interchange import export_json, import_json
from tests.conftest import PASSPHRASE


def refs(vault: Vault, query: str) -> set[str]:
    return {h.reference for h in search(vault, query)}


def new_case(vault: Vault, reference: str, title: str, **kw) -> Case:
    return vault.repos.cases.add(Case(reference=reference, title=title, **kw))


def test_edits_and_deletes_show_at_once(vault):
    case = new_case(vault, "R-1", "Kestrel affair")
    assert refs(vault, "kestrel") == {"R-1"}
    case.title = "Heron affair"
    vault.repos.cases.update(case)
    assert refs(vault, "kestrel") == set() and refs(vault, "heron") == {"R-1"}
    note = vault.repos.notes.add(Note(case_id=case.id, body="Call the 律师 on Tuesday"))
    assert refs(vault, "律师 tuesday") == {"R-1"}
    vault.repos.notes.delete(note.id)
    assert refs(vault, "律师") == set()
    vault.repos.cases.delete(case.id)
    assert refs(vault, "heron") == set() and search(vault, "") == []
    assert vault.conn.execute("SELECT count(*) FROM search_doc").fetchone()[0] == 0


def test_a_person_edit_reindexes_every_case_that_mentions_them(vault):
    r = vault.repos
    agent = r.persons.add(Person(name="Mr Zhao", name_original="赵先生"))
    a, b, c = (new_case(vault, f"R-{n}", f"Case {n}") for n in (1, 2, 3))
    r.roles.add(Role(case_id=a.id, person_id=agent.id, role="intermediary"))
    r.incidents.add(Incident(case_id=b.id, tactic="persuasion_meeting",
                             actors=[Actor("carried_out", person_id=agent.id)]))
    r.incidents.add(Incident(case_id=c.id, tactic="threat_online", target_ids=[agent.id], ))
    assert refs(vault, "zhao") == refs(vault, "赵先生") == {"R-1", "R-2", "R-3"}
    agent.name, agent.name_original = "Mr Qian", "钱先生"
    r.persons.update(agent)
    assert refs(vault, "zhao") == refs(vault, "赵") == set()
    assert refs(vault, "qian") == refs(vault, "钱先生") == {"R-1", "R-2", "R-3"}


def test_an_organisation_edit_reindexes_the_cases_it_acts_in(vault):
    r = vault.repos
    bureau = r.organisations.add(Organisation(name="Wenzhou bureau", name_original="温州市公安局"))
    case = new_case(vault, "R-1", "Case")
    incident = r.incidents.add(Incident(case_id=case.id, tactic="family_pressure",
                                        actors=[Actor("ordered", organisation_id=bureau.id)]))
    assert refs(vault, "wenzhou") == refs(vault, "公安") == {"R-1"}
    bureau.name, bureau.name_original = "Fuzhou bureau", "福州市公安局"
    r.organisations.update(bureau)
    assert refs(vault, "wenzhou") == set() and refs(vault, "fuzhou 福州") == {"R-1"}
    incident.actors = []
    r.incidents.update(incident)
    assert refs(vault, "fuzhou") == set()


def test_removing_a_role_removes_the_person_from_the_case(vault):
    r = vault.repos
    person = r.persons.add(Person(name="Lin Xiaomei", name_original="林晓梅"))
    case = new_case(vault, "R-1", "Case")
    role = r.roles.add(Role(case_id=case.id, person_id=person.id, role="target"))
    assert refs(vault, "linxiao") == {"R-1"}
    r.roles.delete(role.id)
    assert refs(vault, "linxiao") == refs(vault, "林晓梅") == set()


def test_a_rolled_back_write_leaves_the_index_as_it_was(vault):
    new_case(vault, "R-1", "Albatross")
    with pytest.raises(RuntimeError), vault.write():
        new_case(vault, "R-2", "Albatross two")
        assert refs(vault, "albatross") == {"R-1"}  # the hook runs only at commit
        raise RuntimeError("abandon")
    assert refs(vault, "albatross") == {"R-1"}
    assert vault.conn.execute("SELECT count(*) FROM search_doc").fetchone()[0] == 1


def test_import_indexes_what_it_writes(demo_vault, tmp_path):
    export_json(demo_vault, tmp_path / "out.json")
    with Vault.create(tmp_path / "copy.cvault", PASSPHRASE) as copy:
        import_json(copy, tmp_path / "out.json")
        for query in ("林晓梅", "lin xiaomei", "montreal", '"pension suspended"', "何东升", "transcript"):
            assert refs(copy, query) == refs(demo_vault, query) != set(), query


def test_search_works_after_rekey_and_the_index_is_copied(demo_vault):
    before = {q: refs(demo_vault, q) for q in ("林晓梅", "wenzhou", "dubai", "晓")}
    docs = demo_vault.conn.execute("SELECT count(*) FROM search_doc").fetchone()[0]
    demo_vault.rekey("a new passphrase")
    assert {q: refs(demo_vault, q) for q in before} == before
    assert demo_vault.conn.execute("SELECT count(*) FROM search_doc").fetchone()[0] == docs == 5
    new_case(demo_vault, "R-NEW", "Written after rekey")
    assert refs(demo_vault, "rekey") == {"R-NEW"}
    path = demo_vault.path
    demo_vault.close()
    with Vault.open(path, "a new passphrase") as v:
        assert refs(v, "rekey") == {"R-NEW"} and refs(v, "晓") == before["晓"]


def test_reindex_rebuilds_a_damaged_index(demo_vault):
    queries = ("林晓梅", "wenzhou", "dubai", "montréal", "pension", "-montreal")
    before = {q: refs(demo_vault, q) for q in queries}
    demo_vault.conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    demo_vault.conn.execute("INSERT INTO search_names_fts(search_names_fts) VALUES ('delete-all')")
    assert refs(demo_vault, "wenzhou") == set()
    assert reindex(demo_vault) == 5
    assert {q: refs(demo_vault, q) for q in queries} == before


def test_a_vault_from_before_search_is_indexed_when_opened(tmp_path):
    path = tmp_path / "v1.cvault"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("BEGIN")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, 0, 1)
    conn.execute("INSERT INTO meta(key, value) VALUES ('author', 'old')")
    conn.execute("INSERT INTO cases VALUES ('c1', 'R-1', '谢卫东 in Montréal', 'open', 'normal', 'confidential', 'CN', "
                 "'CA', '', 'fox_hunt', '', 'unknown', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', 'old')")
    conn.execute("COMMIT")
    conn.close()
    with Vault.open(path, PASSPHRASE) as v:
        assert refs(v, "卫东 montreal") == {"R-1"}
        assert v.get_meta("search_index") == "current"


def test_the_index_lives_only_inside_the_encrypted_file(tmp_path):
    path = tmp_path / "v.cvault"
    with Vault.create(path, PASSPHRASE) as v:
        new_case(v, "R-1", "Zyzzogeton 谢卫东", summary="quixotically")
        assert refs(v, "zyzzogeton") == {"R-1"}
        reindex(v)
        assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("v.cvault")] == []
    data = path.read_bytes()
    for secret in ("Zyzzogeton", "zyzzogeton", "quixotically", "谢卫东", "卫东", "xieweidong"):
        assert secret.encode() not in data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.cvault"]


def test_after_random_edits_the_index_equals_a_fresh_rebuild(vault):
    rng = random.Random(3)
    words = ["amber", "basalt", "cobalt", "dune", "ember", "蒙特", "利尔", "晓梅", "Québec", "fjord"]
    r = vault.repos
    persons = [r.persons.add(Person(name=f"P {w}", name_original=w)) for w in ("谢卫东", "吕芳", "张伟")]
    cases: list[Case] = []
    for step in range(60):
        action = rng.choice(["case", "case", "edit", "incident", "person", "delete", "role"])
        if action == "case" or not cases:
            cases.append(new_case(vault, f"R-{step}", " ".join(rng.sample(words, 2))))
        elif action == "edit":
            c = rng.choice(cases)
            c.summary = " ".join(rng.sample(words, 3))
            r.cases.update(c)
        elif action == "incident":
            r.incidents.add(Incident(case_id=rng.choice(cases).id, tactic="other", description=rng.choice(words),
                                     target_ids=[rng.choice(persons).id], ))
        elif action == "person":
            p = rng.choice(persons)
            p.aliases = [rng.choice(words)]
            r.persons.update(p)
        elif action == "role":
            r.roles.add(Role(case_id=rng.choice(cases).id, person_id=rng.choice(persons).id, role="witness"))
        else:
            r.cases.delete(cases.pop(rng.randrange(len(cases))).id)
    fields = case_fields(vault.conn, [c.id for c in cases])
    tokens = sorted({t for fs in fields.values() for _, text in fs for t in index_text(text).split()})
    assert len(tokens) > 12
    before = {t: sorted(matching_case_ids(vault, t) or []) for t in tokens}
    reindex(vault)
    assert {t: sorted(matching_case_ids(vault, t) or []) for t in tokens} == before
    # ...and the live index agrees with the text itself.
    for t in tokens:
        expected = sorted(cid for cid, fs in fields.items() if any(t in index_text(x).split() for _, x in fs))
        if len(t) > 1 or not ("\u4e00" <= t <= "\u9fff"):  # a lone Han character also matches as a prefix
            assert before[t] == expected, t


def test_editing_an_organisation_rewrites_its_own_row_not_its_cases(demo_vault):
    """Persons and organisations have their own rows in the index, linked to their cases: an edit of
    one named in every case costs one row, however many cases there are."""
    from db.search import matching_case_ids

    org = next(iter(demo_vault.repos.organisations.all()))
    cases = set(matching_case_ids(demo_vault, org.name.split()[0]) or [])
    statements: list[str] = []
    demo_vault.conn.set_trace_callback(statements.append)
    try:
        org.name = "Zhangjiagang Border Office"
        demo_vault.repos.organisations.update(org)
    finally:
        demo_vault.conn.set_trace_callback(None)
    assert not [s for s in statements if "INSERT INTO search_fts" in s or "DELETE FROM search_fts" in s]
    assert sum("INSERT INTO search_names_fts" in s for s in statements) == 1
    found = set(matching_case_ids(demo_vault, "zhangjiagang") or [])
    assert found and found <= cases | found
    # Every case with a record that names it, or names one of its units (db.references).
    assert found == references.cases_mentioning(demo_vault.conn, [], [org.id])


def test_a_groups_new_member_and_a_units_new_body_are_found_through_its_cases(vault):
    """A case mentions a group's members and a unit's parent body (db.references): when the group
    gains a member or the unit moves to another body, the case is found by the new name at once."""
    r = vault.repos
    case = new_case(vault, "R-1", "Pressure on relatives")
    group = r.persons.add(Person(name="Relatives in China", kind="group"))
    station = r.organisations.add(Organisation(name="Service station"))
    r.incidents.add(Incident(case_id=case.id, tactic="other", target_ids=[group.id],
                             actors=[Actor("carried_out", organisation_id=station.id)]))
    cousin = r.persons.add(Person(name="Qiaoling Cousin"))
    bureau = r.organisations.add(Organisation(name="Wenzhoubureau Public Security"))
    assert refs(vault, "qiaoling") == set() and refs(vault, "wenzhoubureau") == set()
    group.member_ids = [cousin.id]
    r.persons.update(group)
    assert refs(vault, "qiaoling") == {"R-1"}
    station.parent_id = bureau.id
    r.organisations.update(station)
    assert refs(vault, "wenzhoubureau") == {"R-1"}
    group.member_ids = []
    r.persons.update(group)
    station.parent_id = None
    r.organisations.update(station)
    assert refs(vault, "qiaoling") == set() and refs(vault, "wenzhoubureau") == set()
    reindex(vault)
    assert refs(vault, "qiaoling") == set() and refs(vault, "wenzhoubureau") == set(), "as a rebuild finds"
