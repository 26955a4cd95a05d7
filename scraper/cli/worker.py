"""``scraper worker SPIDER… | --all --redis URL``: a crawling machine of a distributed crawl.

The spiders run as in ``scraper crawl`` (one process, the project settings), but their
requests come from and go to the shared queue in Redis (scrapy-redis), and their items are
pushed to Redis for ``scraper ingest``; the worker never opens the SQLite file. Start as many
as you like, on any machines that reach the Redis server.
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from .common import EXIT_FAIL, EXIT_OK, EXIT_USAGE, parse_pairs, setup_project


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "worker", help="crawl from a shared Redis queue (distributed mode; items to Redis)",
        description="Run spiders as one worker of a distributed crawl: the request queue and "
                    "the duplicate filter are in Redis (scrapy-redis), items are pushed to Redis "
                    "and written into SQLite by `scraper ingest`. Exit code 0 when every spider "
                    "finished cleanly, 1 otherwise, 2 for usage errors.")
    p.add_argument("spiders", nargs="*", metavar="SPIDER", help="spider names")
    p.add_argument("--all", action="store_true", help="every spider of `scraper crawl --all`")
    p.add_argument("--redis", required=True, metavar="URL",
                   help="the Redis server, e.g. redis://10.0.0.1:6379/0")
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE",
                   help="override a Scrapy setting (repeatable)")
    p.add_argument("-a", "--arg", action="append", metavar="NAME=VALUE",
                   help="spider argument passed to every spider (repeatable)")
    p.set_defaults(func=run, parser=p)
    return p


def run(args: argparse.Namespace) -> int:
    from .crawl import _crawl_here, crawl_summary, in_all

    parser = args.parser
    try:
        overrides = parse_pairs(args.set)
        spider_args = parse_pairs(args.arg, "-a")
    except ValueError as e:
        parser.error(str(e))
    if bool(args.all) == bool(args.spiders):
        parser.error("give spider names or --all (one of them)")
    try:
        import scrapy_redis  # noqa: F401
    except ImportError:
        print("scraper worker: scrapy-redis is not installed (pip install scrapy-redis)", file=sys.stderr)
        return EXIT_USAGE

    setup_project()
    from scrapy.spiderloader import get_spider_loader
    from scrapy.utils.project import get_project_settings

    from ..distributed.settings import worker_settings

    settings = get_project_settings()
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    overlay: dict[str, Any] = worker_settings(args.redis)
    mws = dict(settings.getdict("SPIDER_MIDDLEWARES"))
    mws.update(overlay.pop("SPIDER_MIDDLEWARES"))
    overlay["SPIDER_MIDDLEWARES"] = mws
    for name, value in overlay.items():
        if name not in overrides:
            settings.set(name, value, priority="cmdline")

    loader = get_spider_loader(settings)
    available = sorted(loader.list())
    names = ([n for n in available if in_all(loader.load(n))] if args.all
             else list(dict.fromkeys(args.spiders)))
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"scraper worker: unknown spider(s): {', '.join(unknown)}", file=sys.stderr)
        return EXIT_USAGE
    results = _crawl_here(names, settings, spider_args)
    print()
    print(crawl_summary(results))
    print(f"redis: {args.redis}")
    return EXIT_OK if all(r["reason"] == "finished" and not r["failure"] for r in results) else EXIT_FAIL
