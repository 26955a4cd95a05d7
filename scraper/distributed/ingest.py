"""Redis → SQLite: the one writer of a distributed crawl (no Scrapy here).

Items arrive in the Redis list ``scraper:items`` (JSON, one article each, pushed by the
workers' ``scrapy_redis.pipelines.RedisPipeline``). A batch is moved atomically (``LMOVE``)
into ``scraper:items:ingesting``, written with ``Store.upsert_many`` in one transaction, and
only then deleted; after a crash the next ``scraper ingest`` writes that batch first, so no
item is lost, and none is stored twice (articles are keyed by canonical URL). The workers' run
messages in the same list become ``crawl_runs`` rows, one per spider per worker (``runs``).
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

from .runs import RUN_KEY, RunBook
from .settings import ITEMS_KEY

logger = logging.getLogger(__name__)


def ingest(redis_url: str, db: str | Path, *, key: str = ITEMS_KEY, batch_size: int = 200,
           exit_when_idle: float | None = None, should_stop: Callable[[], bool] = lambda: False,
           alive_pattern: str = "*:alive:*", report: Callable[[dict], None] | None = None) -> dict:
    """Write items from Redis into *db* until stopped, or (with *exit_when_idle*) until, once a
    worker or an item was seen, no item arrived for that many seconds and no worker is alive.
    Returns the counts."""
    import redis

    from ..storage import Store

    r = redis.Redis.from_url(redis_url)
    r.ping()
    holding = key + ":ingesting"
    totals = {"items": 0, "new": 0, "updated": 0, "unchanged": 0, "dropped_no_body": 0, "bad": 0}
    idle_since = time.monotonic()
    seen_work = False   # a worker or an item was seen: idle only counts after that
    with Store(db) as store:
        book = RunBook(store, r)
        while not should_stop():
            batch = r.lrange(holding, 0, batch_size - 1)   # a batch a previous run did not finish
            if not batch:
                first = r.blmove(key, holding, 1.0, "LEFT", "RIGHT")
                if first is None:
                    book.mark_gone()
                    if exit_when_idle is not None:
                        alive = any(True for _ in r.scan_iter(match=alive_pattern, count=1000))
                        seen_work = seen_work or alive
                        if alive:   # idle means: no item AND no live worker for the whole while
                            idle_since = time.monotonic()
                        if (seen_work and not alive and r.llen(key) == 0
                                and time.monotonic() - idle_since >= exit_when_idle):
                            break
                    continue
                batch = [first]
                while len(batch) < batch_size:
                    more = r.lmove(key, holding, "LEFT", "RIGHT")
                    if more is None:
                        break
                    batch.append(more)
            idle_since = time.monotonic()
            seen_work = True
            # in order: items of one run are written together, into its crawl_runs row; a run
            # message (start, finish) is applied where it stands, after the items before it
            rows: list[dict] = []
            run_id: int | None = None

            def write() -> None:
                if rows:
                    for k, v in store.upsert_many(rows, run_id=run_id).items():
                        totals[k] = totals.get(k, 0) + v
                    rows.clear()

            for raw in batch:
                try:
                    item = json.loads(raw)
                    if not isinstance(item, dict):
                        raise ValueError("not an object")
                except (ValueError, UnicodeDecodeError, RecursionError):
                    totals["bad"] += 1
                    logger.warning("Not an item (skipped): %r", raw[:120])
                    continue
                if isinstance(item.get(RUN_KEY), dict):
                    write()
                    book.apply(item[RUN_KEY])
                    continue
                this_run = book.run_of(item)
                if not str(item.get("body") or "").strip():
                    totals["dropped_no_body"] += 1
                    book.dropped_no_body(this_run)
                    continue
                if this_run != run_id:
                    write()
                    run_id = this_run
                rows.append(item)
            write()
            r.ltrim(holding, len(batch), -1)   # written: leave the holding list
            totals["items"] += len(batch)
            if report:
                report(dict(totals))
        if r.llen(holding) == 0 and r.llen(key) == 0:
            book.mark_gone(every=0)
    return totals
