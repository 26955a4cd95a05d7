"""``SQLitePipeline``: batches article items into ``scraper.storage.Store`` and records the
crawl in ``crawl_runs``.

Settings: ``SQLITE_PATH`` (default ``data/news.db``), ``SQLITE_BATCH_SIZE`` (default 50).
Stats: ``articles/new``, ``articles/updated``, ``articles/unchanged``,
``articles/dropped_no_body``, and ``spider_log_count/ERROR`` (+ ``/CRITICAL``): error log
records of *this* spider. Scrapy's ``log_count/ERROR`` counts every record of the process,
so with several spiders in one process (``scraper crawl --all``) one failing site would
mark all of them; records that name another spider (``extra={"spider": ...}``, as Scrapy's
core and ``spider.logger`` do) are not counted here, records that name none are.

Operations (issue 7): before the first write the pipeline checks that the database is ours
(``scraper.storage.check_database``; a foreign, damaged or too-new file closes the spider
with reason ``database_refused`` and one ERROR line, the file untouched), creates a missing
folder (one INFO line), and takes the crawl lock of the database (``scraper.lock``; held
by another process: reason ``lock_held``; ``scraper crawl`` already holds it for its own
spiders). It then marks runs that a killed process left "running" as ``interrupted``. A
failed write (disk full, read-only, I/O error) stops the spider at once (reason
``storage_failure``, stat ``storage/failure``, ONE error line); the batch is not retried
and later items are counted in ``storage/items_not_stored``, not buffered. Each flush
updates the run's counters, so a killed run's row shows what it stored.

Scrapy >= 2.13 style: the component methods take no ``spider`` argument (the spider is
``self.crawler.spider``). The run is closed from the ``spider_closed`` signal, which carries
the finish reason and fires after the pipelines' ``close_spider`` (the stats collector's
``finish_reason`` is not set yet at that point).
"""
from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import CloseSpider, DropItem

from scraper.lock import CrawlLock, LockError, LockHeld, owner_id
from scraper.storage import (
    DatabaseRefused,
    StorageFailure,
    Store,
    check_database,
    describe_error,
    ensure_folder,
    storage_hint,
)

logger = logging.getLogger(__name__)

DEFAULT_PATH = "data/news.db"
DEFAULT_BATCH_SIZE = 50


def _load_clustering_engine() -> None:
    """Import datasketch (the MinHash library ``scraper.clusters`` uses) while the spider opens.
    It pulls in scipy: ~1 s of CPU, paid once per process either way, but at the first flush it
    stalled the reactor in the middle of the crawl (16 downloads in flight waiting on it); here
    nothing is in flight yet. ``scraper.clusters`` imports it lazily so that commands that never
    cluster (``stats``, ``search``) do not pay for it."""
    import datasketch  # noqa: F401


class SpiderErrorCounter(logging.Handler):
    """Counts ERROR/CRITICAL log records that belong to one crawler's spider (or to none)."""

    def __init__(self, crawler: Any):
        super().__init__(level=logging.ERROR)
        self.crawler = crawler

    def emit(self, record: logging.LogRecord) -> None:
        owner = getattr(record, "spider", None)
        if owner is not None and owner is not self.crawler.spider:
            return
        self.crawler.stats.inc_value(f"spider_log_count/{record.levelname}")


class SQLitePipeline:
    def __init__(self, path: str = DEFAULT_PATH, batch_size: int = DEFAULT_BATCH_SIZE,
                 crawler: Any = None):
        self.path = path
        self.batch_size = max(1, int(batch_size))
        self.crawler = crawler
        self.store: Store | None = None
        self.run_id: int | None = None
        self.buffer: list[dict[str, Any]] = []
        self.failed = False
        self._lock: CrawlLock | None = None
        self._log_handler: logging.Handler | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> SQLitePipeline:
        s = crawler.settings
        pipe = cls(
            s.get("SQLITE_PATH") or DEFAULT_PATH,
            s.getint("SQLITE_BATCH_SIZE", DEFAULT_BATCH_SIZE),
            crawler,
        )
        crawler.signals.connect(pipe.spider_closed, signal=signals.spider_closed)
        return pipe

    @property
    def stats(self) -> Any:
        return self.crawler.stats

    def open_spider(self) -> None:
        self.stats.set_value("spider_log_count/ERROR", 0)   # present => used, even if 0
        self._log_handler = SpiderErrorCounter(self.crawler)
        logging.getLogger().addHandler(self._log_handler)
        if str(self.path) == ":memory:":
            self.store = Store(self.path)
        else:
            self._open_store()
        owner = owner_id()
        # (scraper crawl --jobs N marks them once in the parent: its workers are other processes
        # of the same crawl, whose running runs are not interrupted ones)
        mark = self.crawler.settings.getbool("SQLITE_MARK_INTERRUPTED", True)
        try:
            for run in (self.store.mark_interrupted(owner) if mark else ()):
                logger.warning(
                    "Run %s (%s, started %s) was interrupted (its process is gone); it "
                    "stored %s new, %s updated, %s unchanged articles up to %s",
                    run["id"], run["spider"], run["started_at"], run["items_new"] or 0,
                    run["items_updated"] or 0, run["items_unchanged"] or 0,
                    run["heartbeat_at"] or "its start")
            self.run_id = self.store.start_run(self.crawler.spider.name, owner=owner)
        except Exception as e:
            self._refuse("storage_failure", f"cannot write to {self.path}: {describe_error(e)}",
                         stat="storage/failure")
        _load_clustering_engine()
        logger.info("Storing articles in %s (run %s)", self.path, self.run_id)

    def _open_store(self) -> None:
        """Check, create the folder, lock, open (see the module docstring); on a problem
        log one line and close the spider before any request."""
        try:
            check_database(self.path)
            created = ensure_folder(self.path)
            if created is not None:
                logger.info("Created the database folder %s", created)
            self._lock = CrawlLock(self.path).acquire()
            self.store = Store(self.path)
        except DatabaseRefused as e:
            self._refuse("database_refused", f"Database refused: {e}", stat="storage/refused")
        except LockHeld as e:
            self._refuse("lock_held", f"Another crawl is already running on {self.path} "
                         f"({e}); closing without crawling")
        except (LockError, StorageFailure) as e:
            self._refuse("storage_failure", f"Storage failure: {e}", stat="storage/failure")

    def _refuse(self, reason: str, message: str, stat: str | None = None) -> None:
        logger.error(message)
        if stat:
            self.stats.set_value(stat, 1)
        self.failed = True
        self._release()
        raise CloseSpider(reason)

    def _release(self) -> None:
        if self.store is not None:
            try:
                self.store.close()
            except Exception:
                pass
            self.store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def process_item(self, item: Any) -> Any:
        data = dict(ItemAdapter(item).items())   # shallow: asdict() deep-copies `removed` (4% of a crawl)
        if not str(data.get("body") or "").strip():
            self.stats.inc_value("articles/dropped_no_body")
            raise DropItem(f"no body: {data.get('url')}", log_level="INFO")
        if self.failed:     # storage failed: the spider is closing; nothing is buffered
            self.stats.inc_value("storage/items_not_stored")
            return item
        self.buffer.append(data)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        """Write the buffered items (and the run's counters). A failure is a storage failure:
        the batch is counted as not stored (not retried) and the spider is closed."""
        if not self.buffer or self.store is None or self.failed:
            return
        batch, self.buffer = self.buffer, []
        try:
            counts = self.store.upsert_many(batch, run_id=self.run_id)
        except Exception as e:
            self._storage_failed(e, len(batch))
            return
        for key, n in counts.items():
            if n:
                self.stats.inc_value(f"articles/{key}", n)

    def _storage_failed(self, exc: BaseException, lost: int) -> None:
        self.failed = True
        self.stats.set_value("storage/failure", 1)
        self.stats.inc_value("storage/items_not_stored", lost)
        logger.error("Storage failure: cannot write to %s: %s%s; stopping the crawl (%d "
                     "articles of this batch not stored)", self.path, describe_error(exc),
                     storage_hint(self.path), lost)
        engine = getattr(self.crawler, "engine", None)
        if engine is None or getattr(engine, "spider", None) is None:
            return
        if hasattr(engine, "close_spider_async"):          # Scrapy >= 2.14
            from scrapy.utils.defer import deferred_from_coro
            deferred_from_coro(engine.close_spider_async(reason="storage_failure"))
        else:   # pragma: no cover - older Scrapy
            engine.close_spider(self.crawler.spider, "storage_failure")

    def close_spider(self) -> None:
        self.flush()

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.store is None:
            self._release()
            return
        try:
            if self.buffer:   # close_spider did not write them (failure); not retried
                self.stats.inc_value("storage/items_not_stored", len(self.buffer))
                self.buffer = []
            if self.run_id is not None:
                try:
                    self.store.finish_run(self.run_id, reason, self.stats.get_stats())
                except Exception as e:
                    if not self.failed:
                        self.failed = True
                        self.stats.set_value("storage/failure", 1)
                        logger.error("Storage failure: cannot record the end of run %s in "
                                     "%s: %s", self.run_id, self.path, describe_error(e))
        finally:
            self._release()
            if self._log_handler is not None:
                logging.getLogger().removeHandler(self._log_handler)
                self._log_handler = None
