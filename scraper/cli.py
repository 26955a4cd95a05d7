"""``scraper`` command line: crawl | search | stats (+ extract, sites when their modules exist).

Exit codes: 0 ok, 1 failure (a spider did not finish cleanly, no database, …), 2 usage
error, 3 another ``scraper crawl`` holds the lock.

Scrapy is imported only by ``crawl``; ``search`` and ``stats`` need just SQLite.
"""
from __future__ import annotations

import argparse
import configparser
import importlib
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
DEFAULT_DB = "data/news.db"
DEFAULT_SETTINGS_MODULE = "scraper.settings"


# --------------------------------------------------------------------------- project / paths

def find_scrapy_cfg(start: Path | None = None) -> Path | None:
    """The closest ``scrapy.cfg`` from *start* (default: cwd) upwards, as Scrapy looks for it."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        cfg = d / "scrapy.cfg"
        if cfg.is_file():
            return cfg
    return None


def settings_module_name(cfg: Path | None) -> str:
    """The settings module Scrapy will use: $SCRAPY_SETTINGS_MODULE, else scrapy.cfg's
    ``[settings]`` entry for $SCRAPY_PROJECT (``default``), else ``scraper.settings``."""
    if os.environ.get("SCRAPY_SETTINGS_MODULE"):
        return os.environ["SCRAPY_SETTINGS_MODULE"]
    if cfg is not None:
        cp = configparser.ConfigParser()
        try:
            cp.read(cfg, encoding="utf-8")
            project = os.environ.get("SCRAPY_PROJECT", "default")
            if cp.has_option("settings", project):
                return cp.get("settings", project)
        except configparser.Error:
            pass
    return DEFAULT_SETTINGS_MODULE


def setup_project() -> tuple[Path | None, str]:
    """Make the Scrapy project findable from any cwd: without a scrapy.cfg (and without
    $SCRAPY_SETTINGS_MODULE) use ``scraper.settings``. Returns (scrapy.cfg or None, module)."""
    cfg = find_scrapy_cfg()
    module = settings_module_name(cfg)
    if cfg is not None and str(cfg.parent) not in sys.path:
        sys.path.insert(0, str(cfg.parent))   # what scrapy's init_env does
    if cfg is None and not os.environ.get("SCRAPY_SETTINGS_MODULE"):
        os.environ["SCRAPY_SETTINGS_MODULE"] = module
    return cfg, module


def default_db_path(overrides: dict[str, str] | None = None) -> Path:
    """``SQLITE_PATH`` from ``-s`` or the project settings module (read without importing
    Scrapy); a relative path is taken relative to the project directory (where scrapy.cfg
    is), or to the cwd when there is no scrapy.cfg."""
    cfg, module = setup_project()
    value = (overrides or {}).get("SQLITE_PATH")
    if not value:
        try:
            value = getattr(importlib.import_module(module), "SQLITE_PATH", None)
        except Exception:   # settings not importable here: fall back, crawl will report it
            value = None
    p = Path(value or DEFAULT_DB).expanduser()
    if not p.is_absolute() and cfg is not None and not (overrides or {}).get("SQLITE_PATH"):
        p = cfg.parent / p
    return p


def resolve_db(arg: str | None, overrides: dict[str, str] | None = None) -> Path:
    if arg:
        return Path(arg).expanduser().absolute()
    return default_db_path(overrides).absolute()


# --------------------------------------------------------------------------- output helpers

def _table(headers: list[str], rows: list[list[Any]], right: set[int] | None = None) -> str:
    right = right or set()
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def fmt(r: list[str]) -> str:
        return "  ".join(
            (c.rjust(widths[i]) if i in right else c.ljust(widths[i])) for i, c in enumerate(r)
        ).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths])]
    lines += [fmt(r) for r in cells]
    return "\n".join(lines)


def _duration(seconds: Any) -> str:
    try:
        s = int(round(float(seconds)))
    except (TypeError, ValueError):
        return ""
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _open_store(db: Path):
    from .storage import Store
    if not db.exists():
        print(f"scraper: no database at {db} (run `scraper crawl` first, or pass --db)",
              file=sys.stderr)
        return None
    return Store(db)


# --------------------------------------------------------------------------- search

def cmd_search(args: argparse.Namespace) -> int:
    store = _open_store(resolve_db(args.db))
    if store is None:
        return EXIT_FAIL
    with store:
        color = sys.stdout.isatty() and not args.json and not os.environ.get("NO_COLOR")
        mark = ("\x1b[1;33m", "\x1b[0m") if color else ("[", "]")
        rows = store.search(args.query, limit=args.limit, site=args.site, mark=mark)
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
        print()
    return EXIT_OK


# --------------------------------------------------------------------------- stats

_STANDARD_RUN_KEYS = {"articles/new", "articles/updated", "articles/unchanged"}


def interesting_run_stats(stats: dict[str, Any]) -> dict[str, Any]:
    """Per-site / extraction stats worth showing beside the run counters: everything the
    spiders and pipeline put under ``articles/``, ``site_``/``site/``, and anything about
    selector misses, consent walls, problems and download exceptions."""
    out = {}
    for k, v in sorted(stats.items()):
        if k in _STANDARD_RUN_KEYS:
            continue
        if (k.startswith(("articles/", "site_", "site/", "extract/", "problem/"))
                or any(w in k for w in ("selector_miss", "consent", "no_body"))
                or k in ("downloader/exception_count", "item_dropped_count")
                or k.startswith("spider_exceptions/")):
            out[k] = v
    return out


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open_store(resolve_db(args.db))
    if store is None:
        return EXIT_FAIL
    with store:
        data = store.stats(runs=args.runs)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"{data['articles']} articles")
    if data["sites"]:
        print()
        print(_table(
            ["site", "articles", "newest published", "last seen"],
            [[s["site"], s["articles"], s["newest_published"], s["last_seen"]] for s in data["sites"]],
            right={1},
        ))
    if data["runs"]:
        print()
        print(f"last {len(data['runs'])} runs:")
        rows = []
        for r in data["runs"]:
            st = r["stats"] or {}
            rows.append([
                r["id"], r["spider"], r["started_at"], r["finish_reason"] or "(running?)",
                st.get("response_received_count", ""), r["items_new"], r["items_updated"],
                r["items_unchanged"], r["items_dropped"], r["errors"],
                _duration(st.get("elapsed_time_seconds")),
            ])
        print(_table(
            ["run", "spider", "started", "reason", "pages", "new", "upd", "same", "dropped",
             "errors", "time"],
            rows, right={0, 4, 5, 6, 7, 8, 9, 10},
        ))
        for r in data["runs"]:
            extra = interesting_run_stats(r["stats"] or {})
            if extra:
                print(f"  run {r['id']} {r['spider']}: "
                      + ", ".join(f"{k}={v}" for k, v in extra.items()))
    else:
        print("no crawl runs recorded")
    return EXIT_OK


# --------------------------------------------------------------------------- crawl

class LockHeld(Exception):
    pass


def acquire_lock(path: Path):
    """Non-blocking exclusive flock on *path*; returns the open file (keep it open for the
    duration of the run) or raises LockHeld with the holder's pid if known."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    f = open(path, "a+")
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        try:
            f.seek(0)
            holder = f.read().strip()
        except OSError:
            holder = ""
        f.close()
        raise LockHeld(holder) from None
    f.seek(0)
    f.truncate()
    f.write(f"{os.getpid()} {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n")
    f.flush()
    return f


def _parse_set(values: list[str] | None, flag: str = "-s") -> dict[str, str]:
    out = {}
    for v in values or []:
        name, sep, value = v.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{flag} expects NAME=VALUE, got {v!r}")
        out[name.strip()] = value
    return out


def crawl_summary(results: list[dict[str, Any]]) -> str:
    rows = [[
        r["spider"], r["reason"] or "(not run)", r["pages"], r["new"], r["updated"],
        r["unchanged"], r["dropped"], r["errors"], _duration(r["duration"]),
    ] for r in results]
    return _table(
        ["spider", "reason", "pages", "new", "updated", "unchanged", "dropped", "errors", "time"],
        rows, right={2, 3, 4, 5, 6, 7, 8},
    )


def _result(name: str, stats: dict[str, Any], failure: str | None) -> dict[str, Any]:
    from .storage import run_errors

    if "spider_exceptions/count" in stats:
        exc = int(stats["spider_exceptions/count"] or 0)
    else:
        exc = sum(int(v) for k, v in stats.items()
                  if k.startswith("spider_exceptions/") and isinstance(v, (int, float)))
    errors = run_errors(stats)
    reason = stats.get("finish_reason")
    return {
        "spider": name,
        "reason": reason,
        "pages": int(stats.get("response_received_count", 0) or 0),
        "new": int(stats.get("articles/new", 0) or 0),
        "updated": int(stats.get("articles/updated", 0) or 0),
        "unchanged": int(stats.get("articles/unchanged", 0) or 0),
        "dropped": int(stats.get("item_dropped_count", 0) or 0),
        "errors": errors,
        "spider_exceptions": exc,
        "duration": stats.get("elapsed_time_seconds"),
        "failure": failure,
        "ok": reason == "finished" and errors == 0 and exc == 0 and failure is None,
    }


def in_all(spidercls: Any) -> bool:
    """Is this spider part of ``crawl --all``? Spiders that only work with arguments (the
    ``generic`` spider needs ``-a start=``/``-a url=``) opt out with ``include_in_all =
    False``; until spiders/generic.py declares it, the ``generic`` name is excluded here."""
    flag = getattr(spidercls, "include_in_all", None)
    if flag is not None:
        return bool(flag)
    return getattr(spidercls, "name", "") != "generic"


def cmd_crawl(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        overrides = _parse_set(args.set)
        spider_args = _parse_set(args.arg, "-a")
    except ValueError as e:
        parser.error(str(e))
    if args.all and args.spiders:
        parser.error("give spider names or --all, not both")
    if not args.all and not args.spiders:
        parser.error("name at least one spider, or use --all")

    db = resolve_db(args.db, overrides)
    lock_path = Path(args.lock).expanduser().absolute() if args.lock else Path(f"{db}.lock")
    try:
        lock = acquire_lock(lock_path)
    except LockHeld as held:
        who = f" (pid {held.args[0].split()[0]})" if held.args and held.args[0] else ""
        print(f"scraper crawl: another crawl is already running{who}: lock {lock_path} is "
              f"held; exiting without crawling.", file=sys.stderr)
        return EXIT_LOCKED

    try:
        return _run_crawl(args, overrides, spider_args, db)
    finally:
        lock.close()


def _run_crawl(args: argparse.Namespace, overrides: dict[str, str],
               spider_args: dict[str, str], db: Path) -> int:
    setup_project()
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import get_spider_loader
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    settings.set("SQLITE_PATH", str(db), priority="cmdline")

    # Check the names before CrawlerProcess sets up logging (quiet usage errors).
    loader = get_spider_loader(settings)
    available = sorted(loader.list())
    names = ([n for n in available if in_all(loader.load(n))] if args.all
             else list(dict.fromkeys(args.spiders)))
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"scraper crawl: unknown spider(s): {', '.join(unknown)}; available: "
              f"{', '.join(available) or '(none)'}", file=sys.stderr)
        return EXIT_USAGE
    if not names:
        print("scraper crawl: no spiders to run (none in the project, or all opted out of "
              "--all)", file=sys.stderr)
        return EXIT_FAIL

    process = CrawlerProcess(settings)
    crawlers: list[tuple[str, Any]] = []
    failures: dict[str, str] = {}
    for name in names:
        crawler = process.create_crawler(name)
        crawlers.append((name, crawler))
        d = process.crawl(crawler, **spider_args)

        def _failed(failure: Any, name: str = name) -> None:
            failures[name] = failure.getErrorMessage()
            logging.getLogger("scraper.cli").error(
                "Spider %s failed to run: %s", name, failure.getErrorMessage(),
                exc_info=(failure.type, failure.value, failure.getTracebackObject()),
            )

        d.addErrback(_failed)
    process.start()

    results = [_result(name, dict(c.stats.get_stats()) if c.stats else {}, failures.get(name))
               for name, c in crawlers]
    print()
    print(crawl_summary(results))
    print(f"database: {db}")
    bad = [r["spider"] for r in results if not r["ok"]]
    if bad:
        print(f"not clean: {', '.join(bad)} (reason other than 'finished', errors logged or "
              f"spider exceptions)")
        return EXIT_FAIL
    return EXIT_OK


# --------------------------------------------------------------------------- optional commands

# Subcommands implemented in other modules, imported only when invoked (so that a missing or
# broken module never breaks the rest of the CLI, and `search` stays fast):
#   extract -> scraper/explain.py:  add_extract_parser(subparsers), run_extract(args)
#   sites   -> spiders/registry.py: add_sites_parser(subparsers), run_sites(args)
#              TODO(sites): wired through this same hook once spiders/registry.py exists.
OPTIONAL_COMMANDS = {
    "extract": ("scraper.explain", "add_extract_parser", "run_extract",
                "extract one page (URL or file) and explain what was removed"),
    "sites": ("spiders.registry", "add_sites_parser", "run_sites",
              "list the configured sites"),
}


def _add_optional(sub: Any, name: str, wanted: bool) -> None:
    module_name, add_name, run_name, help_text = OPTIONAL_COMMANDS[name]
    if wanted:
        try:
            module = importlib.import_module(module_name)
            add = getattr(module, add_name)
        except ImportError as e:
            missing = isinstance(e, ModuleNotFoundError) and e.name == module_name
            reason = "not available yet" if missing else f"cannot be loaded: {e}"
        except AttributeError:
            reason = f"not available yet ({module_name}.{add_name} missing)"
        else:
            before = set(sub.choices)
            ret = add(sub)
            p = sub.choices.get(name) or (ret if isinstance(ret, argparse.ArgumentParser) else None)
            if p is not None and p.get_default("func") is None and hasattr(module, run_name):
                p.set_defaults(func=getattr(module, run_name))
            if name in sub.choices or set(sub.choices) - before:
                return
            reason = f"{module_name}.{add_name} did not add a parser"
        p = sub.add_parser(name, help=help_text, add_help=False)
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(func=lambda args, reason=reason: _unavailable(name, reason))
    else:
        # Listed in --help only; the real parser is built when the command is used.
        sub.add_parser(name, help=help_text, add_help=False)


def _unavailable(name: str, reason: str) -> int:
    print(f"scraper {name}: {reason}", file=sys.stderr)
    return EXIT_FAIL


# --------------------------------------------------------------------------- main

def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scraper",
        description="Arabic news scraper: crawl sites into SQLite, search and inspect it.",
        epilog="Exit codes: 0 ok, 1 failure, 2 usage error, 3 another crawl holds the lock.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    db_help = ("SQLite database (default: SQLITE_PATH of the project settings, "
               f"'{DEFAULT_DB}' relative to the directory holding scrapy.cfg)")

    p = crawl_parser = sub.add_parser(
        "crawl", help="run spiders (one process) and store their articles",
        description="Run the named spiders (or --all) in one process with the project "
                    "settings and store their articles in SQLite.",
        epilog="Only one crawl per database runs at a time: a second crawl while the lock "
               "file is held exits at once with code 3. Exit code 0 only if every spider "
               "finished with reason 'finished' and logged no errors and no spider "
               "exceptions; 1 otherwise; 2 for usage errors.",
    )
    p.add_argument("spiders", nargs="*", metavar="SPIDER", help="spider names")
    p.add_argument("--all", action="store_true",
                   help="run every spider of the project (except those declaring "
                        "include_in_all = False, and 'generic', which needs -a start=URL)")
    p.add_argument("--db", help=db_help)
    p.add_argument("-s", "--set", action="append", metavar="NAME=VALUE",
                   help="override a Scrapy setting (repeatable)")
    p.add_argument("-a", "--arg", action="append", metavar="NAME=VALUE",
                   help="spider argument passed to every spider run (repeatable), "
                        "e.g. -a since=7d, or for generic: -a start=URL")
    p.add_argument("--lock", metavar="PATH",
                   help="lock file (default: <db>.lock); a held lock means exit code 3")
    p.set_defaults(func=lambda args: cmd_crawl(args, crawl_parser))

    p = sub.add_parser("search", help="full-text search (hamza/tashkeel-insensitive)",
                       description="Search stored articles; all words must occur. Hamza "
                                   "forms, tashkeel, tatweel and alef maqsura do not matter.")
    p.add_argument("query", nargs="+", help="words to search for")
    p.add_argument("--db", help=db_help)
    p.add_argument("--limit", type=int, default=20, help="max results (default 20)")
    p.add_argument("--site", help="only this site")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stats", help="articles per site and the last crawl runs")
    p.add_argument("--db", help=db_help)
    p.add_argument("--runs", type=int, default=10, help="how many runs to show (default 10)")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.set_defaults(func=cmd_stats)

    command = next((a for a in (argv or []) if not a.startswith("-")), None)
    for name in OPTIONAL_COMMANDS:
        _add_optional(sub, name, wanted=(command == name))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command == "search":
        args.query = " ".join(args.query)
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
