"""``SQLitePipeline``: batches article items into ``scraper.storage.Store`` and records the
crawl in ``crawl_runs``.

Settings: ``SQLITE_PATH`` (default ``data/news.db``), ``SQLITE_BATCH_SIZE`` (default 50).
Stats: ``articles/new``, ``articles/updated``, ``articles/unchanged``,
``articles/dropped_no_body``, and ``spider_log_count/ERROR`` (+ ``/CRITICAL``): error log
records of *this* spider. Scrapy's ``log_count/ERROR`` counts every record of the process,
so with several spiders in one process (``scraper crawl --all``) one failing site would
mark all of them; records that name another spider (``extra={"spider": ...}``, as Scrapy's
core and ``spider.logger`` do) are not counted here, records that name none are.

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
from scrapy.exceptions import DropItem

from scraper.storage import Store

logger = logging.getLogger(__name__)

DEFAULT_PATH = "data/news.db"
DEFAULT_BATCH_SIZE = 50


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
        self.store = Store(self.path)
        self.run_id = self.store.start_run(self.crawler.spider.name)
        logger.info("Storing articles in %s (run %s)", self.path, self.run_id)

    def process_item(self, item: Any) -> Any:
        data = dict(ItemAdapter(item).items())   # shallow: asdict() deep-copies `removed` (4% of a crawl)
        if not str(data.get("body") or "").strip():
            self.stats.inc_value("articles/dropped_no_body")
            raise DropItem(f"no body: {data.get('url')}", log_level="INFO")
        self.buffer.append(data)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        """Write the buffered items. On failure the items stay buffered for the next try."""
        if not self.buffer or self.store is None:
            return
        counts = self.store.upsert_many(self.buffer)
        self.buffer = []
        for key, n in counts.items():
            if n:
                self.stats.inc_value(f"articles/{key}", n)

    def close_spider(self) -> None:
        self.flush()

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.store is None:
            return
        try:
            if self.buffer:   # close_spider failed to write them; one last attempt
                try:
                    self.flush()
                except Exception:
                    logger.exception("Could not store %d articles", len(self.buffer))
            if self.run_id is not None:
                self.store.finish_run(self.run_id, reason, self.stats.get_stats())
        finally:
            self.store.close()
            self.store = None
            if self._log_handler is not None:
                logging.getLogger().removeHandler(self._log_handler)
                self._log_handler = None
