"""What the commands share: exit codes, the project's settings and database path (found
without importing Scrapy), text tables."""
from __future__ import annotations

import configparser
import importlib
import os
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
EXIT_REFUSED = 4   # database refused: not SQLite, not our schema, newer schema, unreadable
EXIT_STORAGE = 5   # storage failure during the crawl: disk full, read-only, I/O error
EXIT_DARK = 6      # scraper crawl: a site that ran is dark (nothing new in its last N runs)
DEFAULT_DB = "data/news.db"
DEFAULT_SETTINGS_MODULE = "scraper.settings"
DB_HELP = ("SQLite database (default: SQLITE_PATH of the project settings, "
           f"'{DEFAULT_DB}' relative to the directory holding scrapy.cfg)")

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

def table(headers: list[str], rows: list[list[Any]], right: set[int] | None = None) -> str:
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


def duration(seconds: Any) -> str:
    try:
        s = int(round(float(seconds)))
    except (TypeError, ValueError):
        return ""
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def open_store(db: Path, command: str = "scraper") -> tuple[Any, int]:
    """Open the database READ-ONLY for a reader command: (Store, 0), or (None, exit code)
    after one line on stderr: no database (1), refused or unreadable (4)."""
    from ..storage import DatabaseRefused, NoDatabase, Store
    try:
        return Store.open_readonly(db), EXIT_OK
    except NoDatabase as e:
        print(f"{command}: {e} (run `scraper crawl` first, or pass --db)", file=sys.stderr)
        return None, EXIT_FAIL
    except DatabaseRefused as e:
        print(f"{command}: database refused: {e}", file=sys.stderr)
        return None, EXIT_REFUSED


def unreadable(command: str, db: Path, exc: BaseException) -> int:
    """A database error while reading (damaged pages deeper in the file): one line, 4."""
    print(f"{command}: database refused: {db} cannot be read: {exc}", file=sys.stderr)
    return EXIT_REFUSED


def parse_pairs(values: list[str] | None, flag: str = "-s") -> dict[str, str]:
    """``-s NAME=VALUE`` / ``-a NAME=VALUE`` options (repeated) -> {NAME: VALUE}; ValueError
    naming *flag* for a value without ``=`` or without a name."""
    out = {}
    for v in values or []:
        name, sep, value = v.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{flag} expects NAME=VALUE, got {v!r}")
        out[name.strip()] = value
    return out
