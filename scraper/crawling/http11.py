"""Scrapy's HTTP/1.1 download handler with the race of its close timer fixed.

At engine stop, ``HTTP11DownloadHandler.close()`` closes the pooled connections and arms a
1-second timer that fires the same Deferred in case closing hangs. When the reactor was busy
for more than that second (a big page being extracted, a batch being written, another spider
of the same process at work: ``scraper crawl --all`` and ``--jobs``), the pool's own answer and
the timer come due in one turn of the loop: the pool fires the Deferred, the timer fires it
again, and Twisted logs ``CRITICAL: while handling timed call … AlreadyCalledError`` with no
spider named, which makes every spider of the process count as not clean. Here the timer fires
the Deferred only if nothing has. ``tests/test_http11_close.py`` reproduces the race on a real
crawl with Scrapy's handler and shows it gone with this one."""
from __future__ import annotations

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler as _ScrapyHandler
from scrapy.utils.defer import maybe_deferred_to_future


class HTTP11DownloadHandler(_ScrapyHandler):
    """``DOWNLOAD_HANDLERS`` for http and https (see scraper/settings.py)."""

    async def close(self) -> None:
        pool = getattr(self, "_pool", None)
        timeout = getattr(self, "_disconnect_timeout", None)
        if pool is None or timeout is None:      # a Scrapy whose handler changed: its own close
            await super().close()
            return
        from twisted.internet import reactor

        d = pool.closeCachedConnections()

        def give_up() -> None:                   # closing hung: stop waiting for it
            if not d.called:
                d.callback(None)

        timer = reactor.callLater(timeout, give_up)
        try:
            await maybe_deferred_to_future(d)
        finally:
            if timer.active():
                timer.cancel()
