"""``scraper search QUERY``: full-text search of the archive."""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys

from .common import DB_HELP, EXIT_OK, open_store, resolve_db, unreadable


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("search", help="full-text search (hamza/tashkeel-insensitive)",
                       description="Search stored articles; all words must occur. Hamza "
                                   "forms, tashkeel, tatweel and alef maqsura do not matter.")
    p.add_argument("query", nargs="+", help="words to search for")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--limit", type=int, default=20, help="max results (default 20)")
    p.add_argument("--site", help="only this site")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.add_argument("--collapse", action="store_true",
                   help="one hit per story: near-duplicates of the same story on other sites "
                        "are folded into it ('also on: …')")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    args.query = " ".join(args.query)
    db = resolve_db(args.db)
    store, rc = open_store(db, "scraper search")
    if store is None:
        return rc
    color = sys.stdout.isatty() and not args.json and not os.environ.get("NO_COLOR")
    mark = ("\x1b[1;33m", "\x1b[0m") if color else ("[", "]")
    try:
        with store:
            if args.collapse:   # fetch more, keep the best hit of each story (scraper/clusters.py)
                from ..clusters import collapse
                rows = store.search(args.query, limit=args.limit * 5, site=args.site, mark=mark)
                rows = collapse(store.conn, rows)[:args.limit]
            else:
                rows = store.search(args.query, limit=args.limit, site=args.site, mark=mark)
    except sqlite3.DatabaseError as e:
        return unreadable("scraper search", db, e)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not rows:
        print("no results")
        return EXIT_OK
    for i, r in enumerate(rows, 1):
        print(f"{i}. {r['title'] or '(no title)'}")
        print(f"   {r['site']}  {r['published_at'] or ''}  {r['canonical_url']}")
        if r["snippet"]:
            print(f"   {r['snippet']}")
        if r.get("also_on"):
            print(f"   also on: {', '.join(r['also_on'])}")
        print()
    return EXIT_OK
