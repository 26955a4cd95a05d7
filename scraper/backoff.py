"""``RetryAfterMiddleware``: Scrapy's RetryMiddleware (it replaces it at 550) that is polite
under pressure.

* A 429 or 503 with ``Retry-After`` (seconds or an HTTP-date) is retried after that delay,
  at most ``RETRY_AFTER_MAX`` seconds (stat ``retry/retry_after``); without the header it is
  retried as Scrapy does (after the site's download delay).
* After ``BACKOFF_AFTER`` 429/503 answers in a row from one site (download slot), the slot's
  delay between requests doubles (at least ``BACKOFF_MIN_DELAY``, at most
  ``BACKOFF_MAX_DELAY``), again at each further such answer; the first time, one WARNING line
  says so (stat ``backoff/<slot>`` holds the delay reached). A good answer resets the count;
  AutoThrottle brings the delay down again as answers come back fine.

What a final 429/503 *is* (``blocked/<kind>``) is ``scraper.blockguard``'s business, below.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.utils.response import response_status_message

from .retryafter import retry_after_seconds

logger = logging.getLogger(__name__)

PRESSURE_CODES = (429, 503)


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings: Any):
        super().__init__(settings)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 60.0)
        self.backoff_after = settings.getint("BACKOFF_AFTER", 3)
        self.backoff_min = settings.getfloat("BACKOFF_MIN_DELAY", 2.0)
        self.backoff_max = settings.getfloat("BACKOFF_MAX_DELAY", 60.0)
        self._in_a_row: dict[str, int] = {}
        self._warned: set[str] = set()

    async def process_response(self, request: Request, response: Response,
                               spider: Any = None) -> Request | Response:
        if response.status in PRESSURE_CODES:
            self._pressure(request, response)
        elif response.status < 400:
            self._in_a_row.pop(self._slot_key(request), None)
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if response.status in PRESSURE_CODES:
            wait = retry_after_seconds(response.headers.get(b"Retry-After"),
                                       limit=self.retry_after_max)
            if wait:
                self.crawler.stats.inc_value("retry/retry_after")
                logger.debug("Retry-After: %s retried in %.1f s", request.url, wait)
                await _sleep(wait)
        return retry

    # -- per-site backoff
    def _slot_key(self, request: Request) -> str:
        downloader = getattr(getattr(self.crawler, "engine", None), "downloader", None)
        if downloader is not None and hasattr(downloader, "get_slot_key"):
            return downloader.get_slot_key(request)
        return request.meta.get("download_slot") or (request.url.split("/")[2:3] or [""])[0]

    def _pressure(self, request: Request, response: Response) -> None:
        key = self._slot_key(request)
        n = self._in_a_row[key] = self._in_a_row.get(key, 0) + 1
        if n < self.backoff_after:
            return
        downloader = getattr(getattr(self.crawler, "engine", None), "downloader", None)
        slot = getattr(downloader, "slots", {}).get(key) if downloader is not None else None
        if slot is None:
            return
        old = slot.delay
        new = min(self.backoff_max, max(self.backoff_min, old * 2))
        if new <= old:
            return
        slot.delay = new
        self.crawler.stats.max_value(f"backoff/{key}", new)
        if key not in self._warned:
            self._warned.add(key)
            logger.warning("Backing off %s: %d answers 429/503 in a row; now %.1f s between "
                           "requests (was %.1f s), doubling at each further one up to %.0f s "
                           "(BACKOFF_MAX_DELAY)", key, n, new, old, self.backoff_max)
        else:
            logger.debug("Backing off %s: %.1f s between requests", key, new)


async def _sleep(seconds: float) -> None:
    from twisted.internet import reactor
    from twisted.internet.task import deferLater
    from scrapy.utils.defer import maybe_deferred_to_future

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))
