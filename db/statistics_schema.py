"""Schema migration 12: what lets the statistics (db.statistics_query) count a whole vault from
narrow indexes instead of its tables.
- `incidents.year`: the year an incident counts in, a virtual generated column (computed, not
  stored), so that indexes can hold it;
- incidents by tactic, host-state part and year: a narrow index, counted in one pass (it starts
  with the tactic, so it replaces the index on the tactic alone);
- the same over some cases: the case indexes of incidents and roles also hold what is counted, so
  that their rows need not be read;
- persons by role: the person index also holds the role, so one ordered pass counts each person
  once per role and once in all;
- the cases' own values: one covering index;
- the few persons who weigh more than one (groups) or have categories: a partial index."""

from __future__ import annotations

# The year an incident counts in: of its start date, else of its end date; "" when neither has one.
INCIDENT_YEAR = ("CASE WHEN coalesce(date_start, date_end) GLOB '[0-9][0-9][0-9][0-9]*' "
                 "THEN substr(coalesce(date_start, date_end), 1, 4) ELSE '' END")

# Persons who count as more than one (groups) or whose categories a table counts.
COUNTED_PERSONS = "kind = 'group' OR categories != '[]'"

STATEMENTS = (
    f"ALTER TABLE incidents ADD COLUMN year TEXT GENERATED ALWAYS AS ({INCIDENT_YEAR}) VIRTUAL",
    "DROP INDEX IF EXISTS incidents_tactic",
    "CREATE INDEX incidents_stat ON incidents(tactic, host_involvement, year)",
    "DROP INDEX IF EXISTS incidents_case",
    "CREATE INDEX incidents_case ON incidents(case_id, date_start, tactic, host_involvement, year)",
    "DROP INDEX IF EXISTS roles_case",
    "CREATE INDEX roles_case ON roles(case_id, person_id, role)",
    "DROP INDEX IF EXISTS roles_person",
    "CREATE INDEX roles_person ON roles(person_id, role)",
    "CREATE INDEX cases_stat ON cases(host_country, region, campaign, status, outcome, id)",
    f"CREATE INDEX persons_counted ON persons(id, kind, group_size, categories) WHERE {COUNTED_PERSONS}",
)

MIGRATION = ";\n".join(STATEMENTS)
