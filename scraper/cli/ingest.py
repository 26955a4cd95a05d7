"""``scraper ingest --redis URL [--db PATH]``: write the items of a distributed crawl into SQLite.

The one writer of the database in distributed mode (``scraper worker`` processes push items
to Redis and never open the file). Holds the database's crawl lock while it runs (another
``scraper crawl`` or ``scraper ingest`` on the same file: exit 3). Runs until stopped
(Ctrl-C, SIGTERM), or with ``--exit-when-idle SECONDS`` until, once a worker or an item was seen,
no item came for that long and no worker is alive.
"""
from __future__ import annotations

import argparse
import signal
import sys

from .common import DB_HELP, EXIT_FAIL, EXIT_LOCKED, EXIT_OK, EXIT_STORAGE, resolve_db


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "ingest", help="write the items of a distributed crawl from Redis into SQLite",
        description="Move items from Redis (pushed by `scraper worker`) into the SQLite "
                    "database, in batches, as the only writer. Exit codes: 0 ok, 1 Redis "
                    "unreachable, 3 the database's lock is held, 5 storage failure.")
    p.add_argument("--redis", required=True, metavar="URL", help="e.g. redis://10.0.0.1:6379/0")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--batch", type=int, default=200, help="items per transaction (default 200)")
    p.add_argument("--exit-when-idle", type=float, metavar="SECONDS",
                   help="stop when, for SECONDS, no item arrived and no worker was alive")
    p.set_defaults(func=run, parser=p)
    return p


def run(args: argparse.Namespace) -> int:
    from ..distributed.ingest import ingest
    from ..lock import CrawlLock, LockError, LockHeld

    db = resolve_db(args.db, {})
    stop = {"now": False}

    def _stop(signum, frame):
        stop["now"] = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    lock = CrawlLock(db)
    try:
        lock.acquire()
    except LockHeld as held:
        print(f"scraper ingest: the database is in use (lock {held.path} held); exiting.", file=sys.stderr)
        return EXIT_LOCKED
    except LockError as e:
        print(f"scraper ingest: storage failure: {e}", file=sys.stderr)
        return EXIT_STORAGE
    try:
        totals = ingest(args.redis, db, batch_size=max(1, args.batch),
                        exit_when_idle=args.exit_when_idle, should_stop=lambda: stop["now"])
    except Exception as e:   # redis.ConnectionError and friends: one line, no traceback
        name = type(e).__name__
        if "Connection" in name or "Timeout" in name or "Redis" in name:
            print(f"scraper ingest: Redis unreachable at {args.redis}: {e}", file=sys.stderr)
            return EXIT_FAIL
        raise
    finally:
        lock.release()
    print("ingested: " + ", ".join(f"{k} {v}" for k, v in totals.items()) + f"; database: {db}")
    return EXIT_OK
