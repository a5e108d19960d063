"""Sentences the vault or an export says to the user ("E-2 was withheld because…", "'CV-1' is already
used by another case"), in English as the command line prints them, and in the app's language: a
`Notice` is the English text, and keeps the template it was made from and the values put in it, so
the app translates the template (context "Notices", collected by translations/update_ts.py from every
`Notice("...")` in db/ and exporters/) and fills in the same values.

Values are language-neutral: numbers, exhibit labels, dates, what the user typed, or notices
themselves (translated too), such as `entity_name("person")`."""

from __future__ import annotations

from typing import Any


class Notice(str):
    """`template.format(**values)`, which remembers `template` and `values`."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Notice:
        notice = super().__new__(cls, template.format(**values))
        notice.template, notice.values = template, values
        return notice

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:  # copy and pickle make it again
        return (self.template,), self.values


def unreadable(exc: OSError) -> Notice:
    """Why a file cannot be read ("cannot be read (Permission denied)"), with the system's own words for
    the cause (a value: they stay as the system said them)."""
    return Notice("cannot be read ({why})", why=exc.strerror or str(exc))


def said(exc: BaseException) -> str:
    """What an exception says, as it said it: a Notice keeps its template."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


# Kinds of record as a sentence names them ("person 0190f1d2-... has the id of a case in this vault"):
# notices, so that the app says them in its language too.
_ENTITY_NAMES = {
    "case": Notice("case"), "person": Notice("person"), "organisation": Notice("organisation"),
    "role": Notice("role"), "incident": Notice("incident"), "source": Notice("source"),
    "exhibit": Notice("exhibit"), "intervention": Notice("intervention"), "note": Notice("note"),
    "task": Notice("task"), "interpol_notice": Notice("interpol_notice"),
    "extradition_request": Notice("extradition_request"), "outcome": Notice("outcome"),
}


def entity_name(entity: str) -> str:
    """A kind of record ("person", "interpol_notice") as a notice; an unknown kind as it is."""
    return _ENTITY_NAMES.get(entity, entity)
