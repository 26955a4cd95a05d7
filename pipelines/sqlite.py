"""``SQLitePipeline``: batches article items into ``scraper.storage.Store`` and records the
crawl in ``crawl_runs``.

Settings: ``SQLITE_PATH`` (default ``data/news.db``), ``SQLITE_BATCH_SIZE`` (default 50),
``SQLITE_WRITER_THREAD`` (default True, see below).
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

Writes happen on one writer thread (``SQLITE_WRITER_THREAD``, default True): the ``Store`` is
opened, written, finished and closed there, while the reactor thread goes on downloading and
extracting. It is ONE thread per process, shared by the pipelines of all the spiders of the
process (``scraper crawl --all``): their Store calls stay one at a time, as they were in the
reactor thread (``scraper crawl --jobs N`` serialises the workers' Store calls with a per-process
``flock``, which does not exclude two threads of one process). SQLite (the FTS index, the commit) and
numpy (the MinHash signatures) release the GIL, so with two cores part of the write overlaps the
next pages' work, and a write that waits for the database (another process's transaction,
``busy_timeout``) no longer stops the downloads in flight. At most one batch is being written:
an item that fills the next batch while one is still written waits for it (Scrapy holds its
response meanwhile: back-pressure). ``close_spider`` waits until everything buffered is
written. A failed write is handled in the reactor thread as before (same stats, the same one
line, exit code 5); the items buffered meanwhile count in ``storage/items_not_stored``.

Scrapy >= 2.13 style: the component methods take no ``spider`` argument (the spider is
``self.crawler.spider``). The run is closed from the ``spider_closed`` signal, which carries
the finish reason and fires after the pipelines' ``close_spider`` (the stats collector's
``finish_reason`` is not set yet at that point).
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import CloseSpider, DropItem
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred, succeed

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
    """Load the MinHash tables ``scraper.clusters`` uses (``clusters.tables``: read from the
    cache file; computed with datasketch, ~1 s of CPU importing scipy, only when the file is
    missing) while the spider opens, not at the first flush with downloads in flight."""
    from scraper import clusters

    clusters.tables()


_WRITER: ThreadPoolExecutor | None = None


def _writer_thread() -> ThreadPoolExecutor:
    """The process's one SQLite writer thread (made on first use; joined at exit)."""
    global _WRITER
    if _WRITER is None:
        _WRITER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
    return _WRITER


def _forget_writer_in_child() -> None:
    """A forked process has none of its parent's threads: it makes its own writer."""
    global _WRITER
    _WRITER = None


os.register_at_fork(after_in_child=_forget_writer_in_child)


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
                 crawler: Any = None, writer_thread: bool = True):
        self.path = path
        self.batch_size = max(1, int(batch_size))
        self.crawler = crawler
        self.store: Store | None = None
        self.run_id: int | None = None
        self.buffer: list[dict[str, Any]] = []
        self.failed = False
        self._lock: CrawlLock | None = None
        self._log_handler: logging.Handler | None = None
        # the thread that touches the Store (None: the reactor thread itself)
        self._writer = _writer_thread() if writer_thread else None
        self._writing: Future | None = None     # the batch being written
        self._writing_n = 0
        self._waiting: list[Deferred] = []      # items (and close_spider) waiting for it

    @classmethod
    def from_crawler(cls, crawler: Any) -> SQLitePipeline:
        s = crawler.settings
        pipe = cls(
            s.get("SQLITE_PATH") or DEFAULT_PATH,
            s.getint("SQLITE_BATCH_SIZE", DEFAULT_BATCH_SIZE),
            crawler,
            s.getbool("SQLITE_WRITER_THREAD", True),
        )
        crawler.signals.connect(pipe.spider_closed, signal=signals.spider_closed)
        return pipe

    @property
    def stats(self) -> Any:
        return self.crawler.stats

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """*fn* run where the Store lives (the writer thread), waited for; its exception raised."""
        if self._writer is None:
            return fn(*args, **kwargs)
        return self._writer.submit(fn, *args, **kwargs).result()

    def open_spider(self) -> None:
        self.stats.set_value("spider_log_count/ERROR", 0)   # present => used, even if 0
        self._log_handler = SpiderErrorCounter(self.crawler)
        logging.getLogger().addHandler(self._log_handler)
        if str(self.path) == ":memory:":
            self.store = self._call(Store, self.path)
        else:
            self._open_store()
        owner = owner_id()
        # (scraper crawl --jobs N marks them once in the parent: its workers are other processes
        # of the same crawl, whose running runs are not interrupted ones)
        mark = self.crawler.settings.getbool("SQLITE_MARK_INTERRUPTED", True)
        try:
            for run in (self._call(self.store.mark_interrupted, owner) if mark else ()):
                logger.warning(
                    "Run %s (%s, started %s) was interrupted (its process is gone); it "
                    "stored %s new, %s updated, %s unchanged articles up to %s",
                    run["id"], run["spider"], run["started_at"], run["items_new"] or 0,
                    run["items_updated"] or 0, run["items_unchanged"] or 0,
                    run["heartbeat_at"] or "its start")
            self.run_id = self._call(self.store.start_run, self.crawler.spider.name, owner=owner)
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
            self.store = self._call(Store, self.path)
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
                self._call(self.store.close)
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
        if data.get("paywalled"):   # (the page says the story is for subscribers: scraper.article)
            self.stats.inc_value("articles/paywalled")
        self.buffer.append(data)
        if len(self.buffer) < self.batch_size:
            return item
        if self._writing is not None:   # one batch at a time: this item waits for the one written
            return self._item_after_write(item)
        self.flush()
        return item

    async def _item_after_write(self, item: Any) -> Any:
        await maybe_deferred_to_future(self._after_write())
        return item

    def flush(self) -> None:
        """Start writing the buffered items (and the run's counters) unless a batch is being
        written (then they go when it is done). A failure is a storage failure: the batch is
        counted as not stored (not retried) and the spider is closed."""
        if not self.buffer or self.store is None or self.failed or self._writing is not None:
            return
        batch, self.buffer = self.buffer, []
        self._writing_n = len(batch)
        if self._writer is None:
            fut: Future = Future()
            self._writing = fut
            try:
                fut.set_result(self.store.upsert_many(batch, run_id=self.run_id))
            except Exception as e:
                fut.set_exception(e)
            self._written(fut)
            return
        from twisted.internet import reactor
        fut = self._writing = self._writer.submit(self.store.upsert_many, batch, run_id=self.run_id)
        fut.add_done_callback(lambda f: reactor.callFromThread(self._written, f))

    def _written(self, fut: Future) -> None:
        """A batch's write ended (reactor thread): its counts, or the storage failure; then the
        next batch if one filled meanwhile, and whoever waited goes on."""
        if fut is not self._writing:      # handled already
            return
        self._writing = None
        exc = fut.exception()
        if exc is not None:
            self._storage_failed(exc, self._writing_n)
        else:
            for key, n in fut.result().items():
                if n:
                    self.stats.inc_value(f"articles/{key}", n)
            if len(self.buffer) >= self.batch_size:
                self.flush()
        waiting, self._waiting = self._waiting, []
        for d in waiting:
            d.callback(None)

    def _after_write(self) -> Deferred:
        d: Deferred = Deferred()
        self._waiting.append(d)
        return d

    def _drain(self) -> Deferred:
        """Fires when nothing is being written and nothing writable is buffered."""
        if self._writing is not None:
            return self._after_write().addCallback(lambda _: self._drain())
        if self.buffer and self.store is not None and not self.failed:
            self.flush()
            return self._drain()
        return succeed(None)

    def _storage_failed(self, exc: BaseException, lost: int) -> None:
        self.failed = True
        # one ERROR line per storage problem of a spider: a full disk may have failed its job
        # folder first (scraper.crawling.jobdir.failed), which said it
        level = logging.INFO if self.stats.get_value("storage/failure") else logging.ERROR
        self.stats.set_value("storage/failure", 1)
        self.stats.inc_value("storage/items_not_stored", lost)
        logger.log(level, "Storage failure: cannot write to %s: %s%s; stopping the crawl (%d "
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

    async def close_spider(self) -> None:
        await maybe_deferred_to_future(self._drain())

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
                    self._call(self.store.finish_run, self.run_id, reason,
                               dict(self.stats.get_stats()))
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
