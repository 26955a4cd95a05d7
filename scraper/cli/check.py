"""``scraper check [SITE ...] [--start URL] [--articles N] [--json] [--record DIR]``: a live canary.

One real crawl per site (scraper.crawling.sitecheck): discovery endpoints, article URLs found, a few
articles fetched and extracted, one verdict per site. Exit 0 only if every site is ``ok``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from .common import EXIT_FAIL, EXIT_OK, EXIT_USAGE, parse_pairs, setup_project, table


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "check", help="live canary: is each site reachable, discoverable, extractable today?",
        description="For each site (default: all site spiders; with --start and no SITE: the "
                    "generic spider on those URLs) fetch its discovery endpoints, count the "
                    "article URLs found, fetch and extract a few articles, and give one verdict: "
                    "ok, blocked, unreachable, empty_discovery, selector_miss, consent_wall, "
                    "no_article. Nothing is stored.",
        epilog="Exit code: 0 only if every site is ok; 1 otherwise; 2 for usage errors. "
               "Proxies and politeness are the crawl's: http_proxy/https_proxy, SITE_PROXIES, "
               "DOWNLOAD_DELAY… (-s NAME=VALUE).",
    )
    p.add_argument("sites", nargs="*", metavar="SITE", help="spider names (default: all sites)")
    p.add_argument("--start", action="append", metavar="URL",
                   help="entry point(s) instead of the sites' own (repeatable or comma-separated); "
                        "without SITE the generic spider is used")
    p.add_argument("--articles", type=int, default=3, metavar="N",
                   help="articles fetched per site (default 3)")
    p.add_argument("--since", metavar="DATE",
                   help="feed/sitemap entries since DATE (YYYY-MM-DD, Nd, all; default: the "
                        "spider's window)")
    p.add_argument("--json", action="store_true", help="one JSON object per site, one per line")
    p.add_argument("--record", metavar="DIR",
                   help="save every fetched article page in the fixture layout: "
                        "DIR/<site>/pages/<case>.html and a draft test case <case>.json")
    p.add_argument("--timeout", type=float, default=20.0,
                   help="download timeout in seconds (default 20)")
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE",
                   help="override a Scrapy setting (repeatable)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="the crawl's log on stderr (INFO; default: none, the table says it)")
    p.set_defaults(func=run, parser=p)
    return p


def _fmt_counts(d: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items())


def human_table(results: list[dict[str, Any]]) -> str:
    rows = []
    for r in results:
        notes = []
        if r["blocked"]:
            notes.append("blocked: " + _fmt_counts(r["blocked"]))
        errs = {**r["endpoint_errors"], **{k: v + r["endpoint_errors"].get(k, 0)
                                          for k, v in r["article_errors"].items()}}
        if errs:
            notes.append("errors: " + _fmt_counts(errs))
        if r["no_article"]:
            notes.append("no article: " + _fmt_counts(r["no_article"]))
        if r.get("failure"):
            notes.append(r["failure"])
        rows.append([r["site"], r["verdict"], f"{r['endpoints_answered']}/{r['endpoints']}",
                     r["article_urls"], f"{r['articles_ok']}/{r['articles_fetched']}",
                     r["selector_miss"], r["consent_wall"], "; ".join(notes)])
    return table(["site", "verdict", "endpoints", "article urls", "extracted", "sel.miss",
                  "consent", "notes"], rows, right={2, 3, 4, 5, 6})


def run(args: argparse.Namespace) -> int:
    parser = args.parser
    try:
        overrides = parse_pairs(args.set)
    except ValueError as e:
        parser.error(str(e))
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    start = [u for s in (args.start or []) for u in re.split(r"[,\s]+", s) if u]

    setup_project()
    from scrapy.spiderloader import get_spider_loader
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("DOWNLOAD_TIMEOUT", args.timeout, priority="cmdline")
    # the table says what went wrong; the log (one line per failed entry point…) is for -v
    settings.set("LOG_LEVEL", "INFO" if args.verbose else "CRITICAL", priority="cmdline")
    settings.set("TELNETCONSOLE_ENABLED", False, priority="cmdline")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")

    loader = get_spider_loader(settings)
    available = sorted(loader.list())
    if args.sites:
        names = list(dict.fromkeys(args.sites))
    elif start:
        names = ["generic"]
    else:
        names = [n for n in available if getattr(loader.load(n), "include_in_all", True)]
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"scraper check: unknown site(s): {', '.join(unknown)}; available: "
              f"{', '.join(available)}", file=sys.stderr)
        return EXIT_USAGE
    if "generic" in names and not start:
        print("scraper check: the generic spider needs --start URL", file=sys.stderr)
        return EXIT_USAGE

    from ..crawling.sitecheck import check_sites
    record = Path(args.record).expanduser() if args.record else None
    results = check_sites([loader.load(n) for n in names], settings, articles=args.articles,
                          start=start or None, since=args.since, record=record)
    if args.json:
        for r in results:
            print(json.dumps(r, ensure_ascii=False))
    else:
        print(human_table(results))
        bad = [r["site"] for r in results if r["verdict"] != "ok"]
        print(f"{len(results) - len(bad)}/{len(results)} ok" + (f"; not ok: {', '.join(bad)}" if bad else ""))
        blocked = [r["site"] for r in results if r["verdict"] == "blocked"]
        if blocked:
            from ..crawling.blockguard import site_hint
            print(f"blocked: {', '.join(blocked)}: {site_hint(blocked[0] if len(blocked) == 1 else '<site>')}")
        if record is not None:
            n = sum(len(r.get("recorded", [])) for r in results)
            print(f"recorded {n} page(s) under {record}")
    return EXIT_OK if all(r["verdict"] == "ok" for r in results) else EXIT_FAIL
