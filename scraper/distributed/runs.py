"""Crawl accounting of a distributed crawl: ``crawl_runs`` rows, written by ``scraper ingest``.

A worker never opens the database, so its spider runs travel through Redis with its items, in
the same list (``scraper:items``), in order:

* when a spider opens, the worker pushes ``{"_scraper_run": {"event": "start", ...}}``;
* each item carries ``"_run"``: the worker's id (``host:pid:token``, the same id as its
  ``<spider>:alive:<id>`` key and in-flight hash, ``scheduler.ReliableScheduler``);
* when the spider closes, after its last item, ``{"_scraper_run": {"event": "finish", ...}}``
  with the finish reason and the worker's Scrapy stats.

``scraper ingest`` (``RunBook``) makes one ``crawl_runs`` row per spider per worker (owner =
"host pid token", as a local run's), adds each batch's new/updated/unchanged counts to the row of
the run that produced it (``Store.upsert_many(run_id=)``: the heartbeat moves too), and closes
the row with the worker's reason and stats, where ``articles/new``, ``/updated``,
``/unchanged`` and ``/dropped_no_body`` are the ingest's counts for that run. A run whose worker
is gone (no alive key in Redis) without its finish message is marked ``interrupted`` (finished at
its last heartbeat) while the ingest is idle; a finish message that comes later still closes it.
So ``scraper stats``, health and the ``dark`` verdict read distributed runs like local ones.
Delivery is at least once: a batch replayed after an ingest crash counts its articles again as
``unchanged``.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
import weakref
from typing import Any

from scrapy import signals
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy_redis.pipelines import RedisPipeline
from twisted.internet.threads import deferToThread

# errors of this spider only, as in a local run (imported with the pipeline, not once the
# worker's spider is open and its Redis heartbeat running)
from pipelines.sqlite import SpiderErrorCounter

logger = logging.getLogger(__name__)

RUN_KEY = "_scraper_run"    # a control message in the items list
ITEM_RUN = "_run"           # the worker id an item comes from

_IDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def worker_id(crawler: Any) -> str:
    """``host:pid:token``: one id per crawler (a spider run in this process), shared by the
    scheduler's Redis keys and the run accounting."""
    wid = _IDS.get(crawler)
    if wid is None:
        wid = _IDS[crawler] = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    return wid


def owner_of(wid: str) -> str:
    """The ``crawl_runs.owner`` of a worker id: "host pid token", as ``scraper.lock.owner_id``."""
    return " ".join(wid.rsplit(":", 2))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class RunPipeline(RedisPipeline):
    """scrapy-redis's ``RedisPipeline`` (items pushed to ``REDIS_ITEMS_KEY`` as JSON), each item
    tagged with its worker id, between a start and a finish message of the spider's run."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunPipeline:
        pipe = cls.from_settings(crawler.settings)
        pipe.crawler = crawler
        crawler.signals.connect(pipe._spider_closed, signal=signals.spider_closed)
        return pipe

    def _push(self, event: str, spider: Any, **extra: Any) -> None:
        msg = {"event": event, "spider": spider.name, "worker": worker_id(self.crawler), "at": _now(), **extra}
        self.server.rpush(self.item_key(None, spider), json.dumps({RUN_KEY: msg}, default=str))

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        self.stats = self.crawler.stats
        self.stats.set_value("spider_log_count/ERROR", 0)
        self._errors = SpiderErrorCounter(self.crawler)
        logging.getLogger().addHandler(self._errors)
        self._push("start", spider)

    async def process_item(self, item: Any) -> Any:
        # scrapy-redis's own pushes in a thread, takes the spider argument and returns a Deferred:
        # Scrapy 2.19 warns of both in every worker's log
        return await maybe_deferred_to_future(deferToThread(self._process_item, item, self.crawler.spider))

    def _process_item(self, item: Any, spider: Any) -> Any:
        from itemadapter import ItemAdapter

        data = dict(ItemAdapter(item).items())
        data[ITEM_RUN] = worker_id(self.crawler)
        if data.get("paywalled"):   # (counted as the single-machine pipeline counts it: the run's stats)
            self.stats.inc_value("articles/paywalled")
        self.server.rpush(self.item_key(item, spider), self.serialize(data))
        return item

    def _spider_closed(self, spider: Any, reason: str) -> None:
        logging.getLogger().removeHandler(self._errors)
        try:
            self._push("finish", spider, reason=reason, stats=dict(self.crawler.stats.get_stats()))
        except Exception as e:   # Redis gone: the ingest will mark the run interrupted
            logger.error("Could not report the end of the run to Redis: %s", e)


class RunBook:
    """The ingest's side: applies run messages and says which ``crawl_runs`` row an item's
    counts go to. Works on the ingest's ``Store`` (the only writer)."""

    def __init__(self, store: Any, redis: Any):
        self.store = store
        self.redis = redis
        self.ids: dict[str, int] = {}         # worker id -> crawl_runs.id
        self.dropped: dict[int, int] = {}     # crawl_runs.id -> items without a body (this ingest)
        self.checked = 0.0

    def _row(self, wid: str, spider: str | None = None, at: str | None = None) -> int | None:
        """The run row of worker *wid*: known, found (an earlier ingest made it), or made
        (*spider* given: a start message, or an item whose start was not seen)."""
        if wid in self.ids:
            return self.ids[wid]
        owner = owner_of(wid)
        row = self.store.conn.execute("SELECT id FROM crawl_runs WHERE owner = ? ORDER BY id DESC LIMIT 1",
                                      (owner,)).fetchone()
        if row is not None:
            self.ids[wid] = row[0]
        elif spider:
            self.ids[wid] = self.store.start_run(spider, started_at=at, owner=owner)
        return self.ids.get(wid)

    def run_of(self, item: dict) -> int | None:
        wid = item.pop(ITEM_RUN, None)
        return self._row(wid, item.get("site") or "?") if isinstance(wid, str) else None

    def dropped_no_body(self, run_id: int | None) -> None:
        if run_id is not None:
            self.dropped[run_id] = self.dropped.get(run_id, 0) + 1

    def apply(self, msg: dict) -> None:
        wid, spider = msg.get("worker"), msg.get("spider")
        if not isinstance(wid, str) or not isinstance(spider, str):
            logger.warning("A run message without worker or spider (skipped): %r", msg)
            return
        run_id = self._row(wid, spider, msg.get("at"))
        if msg.get("event") != "finish" or run_id is None:
            return
        new, updated, unchanged = self.store.conn.execute(
            "SELECT items_new, items_updated, items_unchanged FROM crawl_runs WHERE id = ?", (run_id,)).fetchone()
        stats = dict(msg.get("stats") or {})
        stats.update({"articles/new": new or 0, "articles/updated": updated or 0,
                      "articles/unchanged": unchanged or 0})
        if self.dropped.get(run_id):
            stats["articles/dropped_no_body"] = stats.get("articles/dropped_no_body", 0) + self.dropped.pop(run_id)
        self.store.finish_run(run_id, msg.get("reason") or "finished", stats, finished_at=msg.get("at"))
        logger.info("Run %s (%s, worker %s) finished: %s; %s new, %s updated, %s unchanged", run_id, spider,
                    wid, msg.get("reason"), new, updated, unchanged)

    def mark_gone(self, every: float = 5.0) -> list[int]:
        """Runs still open whose worker has no alive key in Redis become ``interrupted``
        (finished at their last heartbeat). Call while idle; at most every *every* seconds."""
        now = time.monotonic()
        if every and now - self.checked < every:
            return []
        self.checked = now
        marked = []
        for run_id, spider, owner in self.store.conn.execute(
                "SELECT id, spider, owner FROM crawl_runs WHERE finish_reason IS NULL AND owner IS NOT NULL").fetchall():
            wid = ":".join(owner.split(" "))
            if self.redis.exists(f"{spider}:alive:{wid}"):
                continue
            with self.store.db.atomic():
                self.store.conn.execute(
                    "UPDATE crawl_runs SET finish_reason = 'interrupted', finished_at = coalesce(heartbeat_at, "
                    "started_at) WHERE id = ? AND finish_reason IS NULL", (run_id,))
            logger.warning("Run %s (%s, worker %s): the worker is gone without finishing; marked interrupted",
                           run_id, spider, wid)
            marked.append(run_id)
        return marked
