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
    def push(self, request: Request) -> None:
        # skip Scrapy's ScrapyRequestQueue.push (to_dict), keep its serialising queue's push
        super(_ScrapyQueue, self).push(request_dict(request, self.spider))
