"""``PickleLifoDiskQueue``: Scrapy's default disk queue (``scrapy.squeues.PickleLifoDiskQueue``,
what ``JOBDIR`` uses: ``scraper crawl``'s default, ``scraper.crawling.jobdir``) with a cheaper way
of naming a request's callbacks. Setting: ``SCHEDULER_DISK_QUEUE``.

Scrapy's ``Request.to_dict(spider=...)`` finds the name of the callback and of the errback by
listing every member of the spider (``inspect.getmembers``, properties evaluated) and comparing
their functions: twice per pending request, ~1% of a crawl's CPU. A bound method of the spider
knows its own name (``__func__.__name__``); it is taken when the spider's attribute of that name
is the same function, else (a callback that is not a plain method of the spider: a
``functools.partial``, a method of another object, a renamed one) Scrapy's own ``to_dict`` does
the work and raises as it does. The dict written is the one Scrapy writes, read back by Scrapy's
``request_from_dict``: a queue saved by either class is resumed by the other.
"""
from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.squeues import PickleLifoDiskQueue as _ScrapyQueue


def _name(spider: Any, func: Any) -> str | None:
    """The spider attribute naming *func* (a bound method of *spider*), or None."""
    inner = getattr(func, "__func__", None)
    if inner is None or getattr(func, "__self__", None) is not spider:
        return None
    name = inner.__name__
    held = getattr(spider, name, None)
    return name if getattr(held, "__func__", None) is inner else None


def request_dict(request: Request, spider: Any) -> dict[str, Any]:
    """``request.to_dict(spider=spider)``, without listing the spider's members when the
    callbacks are plain methods of the spider (or None)."""
    names = []
    for func in (request.callback, request.errback):
        if func is None or not callable(func):
            names.append(func)
            continue
        name = _name(spider, func)
        if name is None:
            return request.to_dict(spider=spider)
        names.append(name)
    d = {"url": request.url, "callback": names[0], "errback": names[1],
         "headers": dict(request.headers)}
    for attr in request.attributes:
        d.setdefault(attr, getattr(request, attr))
    if type(request) is not Request:
        d["_class"] = type(request).__module__ + "." + type(request).__name__
    return d


class PickleLifoDiskQueue(_ScrapyQueue):
    """Also: a failed write or read of the queue file (disk full, I/O error) never reaches
    Scrapy's engine (which stalls on it: a response whose requests could not be queued stays
    "in progress" for ever). The request that could not be written is kept in memory (the
    scheduler's answer to a ``ValueError``), the queue answers empty from then on, and
    ``scraper.crawling.jobdir.failed`` stops the spider (storage failure, exit code 5) and has
    the folder removed."""

    broken = False

    def __init__(self, crawler: Any, key: str):
        try:
            super().__init__(crawler, key)
        except OSError as e:      # the queue file cannot even be made
            self.spider = crawler.spider
            self._failed(e)

    def _failed(self, exc: OSError) -> None:
        self.broken = True
        from .jobdir import failed
        crawler = getattr(self.spider, "crawler", None)
        failed(crawler, getattr(crawler, "settings", {}).get("JOBDIR") if crawler else "?", exc)

    def push(self, request: Request) -> None:
        if self.broken:
            raise ValueError("the job folder cannot be written")
        try:
            # skip Scrapy's ScrapyRequestQueue.push (to_dict), keep its serialising queue's push
            super(_ScrapyQueue, self).push(request_dict(request, self.spider))
        except OSError as e:
            self._failed(e)
            raise ValueError(f"the job folder cannot be written: {e}") from e

    def pop(self) -> Request | None:
        if self.broken:
            return None
        try:
            return super().pop()
        except OSError as e:
            self._failed(e)
            return None

    def __len__(self) -> int:
        return 0 if self.broken else super().__len__()

    def close(self) -> None:
        if not hasattr(self, "f"):
            return
        try:
            super().close()
        except OSError as e:
            if not self.broken:
                self._failed(e)
