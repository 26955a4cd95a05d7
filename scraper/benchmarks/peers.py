"""The crawlers this project is measured against, as a user would write them with Scrapy alone.

    python -m scraper.benchmarks.peers bare SITEMAP_URL LOG_FILE
    python -m scraper.benchmarks.peers trafilatura SITEMAP_URL LOG_FILE DB

``bare``: a ``SitemapSpider`` whose callback does nothing (the ceiling: Scrapy's own cost).
``trafilatura``: the same spider extracting each page with ``trafilatura.extract`` (text and
metadata as JSON) and a pipeline writing batches of 50 rows with sqlite-utils into a table with
a full-text index (what a user would build instead of this project).

Plain Scrapy settings (no project settings): the benchmark's politeness-off values are given
by the caller's ``-s`` style environment, see ``scraper.benchmarks.crawl.POLITENESS_OFF``.
"""
from __future__ import annotations

import json
import sys
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider


class BareSitemapSpider(SitemapSpider):
    name = "bare"

    def parse(self, response):
        return None


class TrafilaturaSitemapSpider(SitemapSpider):
    name = "trafilatura"

    def parse(self, response):
        import trafilatura

        out = trafilatura.extract(response.text, url=response.url, output_format="json",
                                  with_metadata=True)
        if not out:
            return None
        doc = json.loads(out)
        return {"url": response.url, "title": doc.get("title") or "", "date": doc.get("date"),
                "author": doc.get("author"), "text": doc.get("text") or ""}


class SqliteUtilsPipeline:
    """Batches of 50 rows into ``articles`` (pk url) with an FTS5 index kept by triggers."""

    def __init__(self, path: str):
        self.path = path
        self.buf: list[dict[str, Any]] = []
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PEER_DB"))

    def open_spider(self, spider=None):
        import sqlite_utils

        self.db = sqlite_utils.Database(self.path)
        t = self.db["articles"]
        if not t.exists():
            t.create({"url": str, "title": str, "date": str, "author": str, "text": str}, pk="url")
            t.enable_fts(["title", "text"], create_triggers=True)

    def process_item(self, item, spider=None):
        self.buf.append(item)
        if len(self.buf) >= 50:
            self.flush()
        return item

    def flush(self):
        if self.buf:
            self.db["articles"].insert_all(self.buf, pk="url", replace=True)
            self.buf = []

    def close_spider(self, spider=None):
        self.flush()
        self.db.close()


def settings(log_file: str, extra: dict[str, Any]) -> dict[str, Any]:
    from .crawl import POLITENESS_OFF

    return {**POLITENESS_OFF, "LOG_LEVEL": "INFO", "LOG_FILE": log_file, "ROBOTSTXT_OBEY": False,
            **extra}


def main(argv: list[str]) -> int:
    kind, sitemap, log_file = argv[:3]
    if kind == "bare":
        process = CrawlerProcess(settings(log_file, {}))
        process.crawl(BareSitemapSpider, sitemap_urls=[sitemap])
    elif kind == "trafilatura":
        process = CrawlerProcess(settings(log_file, {
            "PEER_DB": argv[3],
            "ITEM_PIPELINES": {"scraper.benchmarks.peers.SqliteUtilsPipeline": 300},
        }))
        process.crawl(TrafilaturaSitemapSpider, sitemap_urls=[sitemap])
    else:
        raise SystemExit(f"unknown peer {kind!r}")
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
