"""``scraper`` command line: crawl | search | stats | extract | sites.

One module per command in this package, each with ``add_parser(subparsers)`` (which sets
``func``); only the module of the command being run is imported, so that ``search`` does not
pay for Scrapy or the extraction core.

Exit codes: 0 ok, 1 failure (a spider did not finish cleanly, no database, …), 2 usage
error, 3 another crawl holds the lock, 4 database refused (not SQLite, not our schema, newer
schema, unreadable), 5 storage failure during a crawl, 6 a site that ran is dark (constants
in ``common``).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from .common import EXIT_OK, EXIT_USAGE

# command -> (module in this package, one-line help for `scraper --help`)
COMMANDS = {
    "crawl": ("crawl", "run spiders (one process) and store their articles"),
    "search": ("search", "full-text search (hamza/tashkeel-insensitive)"),
    "stats": ("stats", "articles per site and the last crawl runs"),
    "extract": ("extract", "extract one page (URL or file) and explain what was removed"),
    "sites": ("sites", "list the configured sites"),
    "check": ("check", "live canary: one verdict per site (ok, blocked, unreachable, …)"),
    "serve": ("serve", "serve the archive read-only (Datasette: browse, search, extract, health)"),
    "worker": ("worker", "crawl from a shared Redis queue (distributed mode)"),
    "ingest": ("ingest", "write the items of a distributed crawl from Redis into SQLite"),
}


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scraper",
        description="Arabic news scraper: crawl sites into SQLite, search and inspect it.",
        epilog="Exit codes: 0 ok, 1 failure, 2 usage error, 3 another crawl holds the lock, "
               "4 database refused, 5 storage failure, 6 a site is dark (crawl).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    wanted = next((a for a in (argv or []) if not a.startswith("-")), None)
    for name, (module, help_text) in COMMANDS.items():
        if name == wanted:
            importlib.import_module(f"{__name__}.{module}").add_parser(sub)
        else:   # listed in --help; the real parser is built when the command is used
            sub.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        rc = func(args)
    except BrokenPipeError:  # `scraper stats | head`: the reader left; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    return EXIT_OK if rc is None else int(rc)


if __name__ == "__main__":
    sys.exit(main())
