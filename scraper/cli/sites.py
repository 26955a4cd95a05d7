"""``scraper sites [--markdown|--json]``: the site spiders, their domains and endpoints (the
README's table of supported sites is ``--markdown``; a test keeps them equal)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from spiders.registry import markdown_table, sites_table, text_table


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "sites", help="list the configured sites",
        description="The site spiders: domains and discovery endpoints (feeds, sitemaps, daily "
                    "sitemap templates, JSON APIs, section pages), from the spider modules; "
                    "endpoints and values that no public evidence confirms are marked unverified.")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--markdown", action="store_true",
                   help="the README's table of supported sites (markdown)")
    g.add_argument("--json", action="store_true", help="everything known per site, as JSON")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    rows = sites_table()
    if getattr(args, "json", False):
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif getattr(args, "markdown", False):
        print(markdown_table(rows))
    else:
        print(text_table(rows))
        n = sum(1 for r in rows if r["in_all"])
        unverified = [(r["spider"], u) for r in rows for u in r["unverified"]]
        if unverified:
            print("\nUnverified (no public evidence; check with one live fetch):")
            for spider, u in unverified:
                print(f"  {spider}: {u}")
        print(f"\n{n} site spiders (+ generic); `scrapy list` shows the same names.")
    return 0
