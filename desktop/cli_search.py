"""The `search` and `reindex` sub-commands (issue 3).

`casevault search VAULT [QUERY] [filters]` prints one line per matching case, best first: id,
reference and title, tab-separated as `cases` prints them; with --verbose also the field that
matched and a snippet with the match in «». Filters take a value each and can be repeated or
given comma-separated (--status open,monitoring); --tag is repeated for several tags (all must be
present). Messages go to stderr, as everywhere in the CLI."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop.cli import note, one_line, open_vault, out

Command = Callable[..., argparse.ArgumentParser]


def _values(items: list[str] | None, split: bool = True) -> list[str]:
    if not items:
        return []
    if not split:
        return [i for i in items if i.strip()]
    return [v.strip() for item in items for v in item.split(",") if v.strip()]


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The case list's filters, as `search`, `report` and `export-table` take them."""
    p.add_argument("--status", action="append", metavar="S", help="open, monitoring or closed")
    p.add_argument("--campaign", action="append", metavar="C", help="sky_net, fox_hunt, sky_net_other, unknown")
    p.add_argument("--tactic", action="append", metavar="T", help="a case with an incident of this tactic")
    p.add_argument("--host-country", action="append", metavar="CC", help="host country code, e.g. CA")
    p.add_argument("--outcome", action="append", metavar="O", help="case outcome, e.g. not_returned")
    p.add_argument("--tag", action="append", metavar="TAG", help="a tag the case must carry; repeatable")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="an incident on or after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="an incident on or before DATE (YYYY[-MM[-DD]])")


def filters_from(args: argparse.Namespace) -> Any:
    """The SearchFilters given by add_filter_arguments' options."""
    from db.search_filter import SearchFilters  # noqa: PLC0415 - keeps other commands' start-up light

    return SearchFilters(
        status=_values(args.status), campaign=_values(args.campaign), tactic=_values(args.tactic),
        host_country=_values(args.host_country), outcome=_values(args.outcome), tags=_values(args.tag, split=False),
        date_from=args.date_from, date_to=args.date_to)


def cmd_search(args: argparse.Namespace) -> int:
    from db.search import search  # noqa: PLC0415 - keeps other commands' start-up light

    filters = filters_from(args)
    with open_vault(args) as vault:
        hits = search(vault, args.query, filters, limit=args.limit)
    for hit in hits:
        fields = [hit.case_id, hit.reference, hit.title]
        if args.verbose:
            fields += [hit.field, hit.snippet]
        out("\t".join(one_line(v) for v in fields))
    if not hits:
        note("No case matches.")
    elif len(hits) == args.limit:
        note(f"Showing the first {args.limit} matches; use --limit to see more.")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    from db.search import reindex  # noqa: PLC0415

    with open_vault(args) as vault:
        count = reindex(vault)
    note(f"Search index rebuilt: {count} case(s) indexed.")
    return 0


def register(subparsers: argparse._SubParsersAction, command: Command) -> None:
    """Add `search` and `reindex` through cli.build_parser's `command(name, handler, help)`."""
    p = command("search", cmd_search, "search every field of every case; filters narrow the result")
    p.add_argument("query", nargs="?", default="", metavar="QUERY",
                   help='words (all must match), "a phrase", -excluded; Chinese, pinyin and accents fold')
    add_filter_arguments(p)
    p.add_argument("--limit", type=int, default=200, metavar="N", help="at most N cases (default 200)")
    p.add_argument("-v", "--verbose", action="store_true", help="also print the matching field and a snippet")
    command("reindex", cmd_reindex, "rebuild the search index from the vault's data")
