"""``CloseSpiderLogged``: Scrapy's CloseSpider extension (``CLOSESPIDER_TIMEOUT``,
``CLOSESPIDER_ITEMCOUNT``…) that says so when it closes a spider: one WARNING line and a stat
``limits/run_time`` (``limits/<what>`` for the other CLOSESPIDER_* settings), counted before the
pipelines close, so the run's stats in ``crawl_runs`` carry it. Registered in place of Scrapy's
own extension in ``scraper/settings.py``."""
from __future__ import annotations

import logging

from scrapy.extensions.closespider import CloseSpider

logger = logging.getLogger(__name__)

_NAMES = {"closespider_timeout": ("run_time", "CLOSESPIDER_TIMEOUT", "s"),
          "closespider_itemcount": ("item_count", "CLOSESPIDER_ITEMCOUNT", "items"),
          "closespider_pagecount": ("page_count", "CLOSESPIDER_PAGECOUNT", "pages"),
          "closespider_errorcount": ("error_count", "CLOSESPIDER_ERRORCOUNT", "errors")}


class CloseSpiderLogged(CloseSpider):
    def _close_spider(self, reason: str) -> None:   # the one place every CLOSESPIDER_* closes
        name, setting, unit = _NAMES.get(reason, (reason.removeprefix("closespider_"),
                                                  reason.upper(), ""))
        spider = self.crawler.spider
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"limits/{name}")
        value = self.crawler.settings.get(setting)
        logger.warning("Limit %s: %s closed after %s=%s %s; the rest waits for the next run",
                       name, getattr(spider, "name", "spider"), setting, value, unit,
                       extra={"spider": spider})
        super()._close_spider(reason)
