"""``RemoteControlWhenEnabled``: Scrapy's ``RemoteControl`` extension (Scrapy >= 2.14: an HTTP
server that runs posted Python code), imported only when it is switched on.

The project turns it off (``REMOTE_CONTROL_ENABLED = False``, scraper/settings.py), but Scrapy
still imports ``scrapy.extensions.remote_control`` to build it and let it refuse, and that module
imports aiohttp's web server: 0.28 s of CPU in every crawling process (each ``scrapy crawl``, each
``scraper crawl`` and its ``--jobs`` workers) for a server that never starts: ~2% of the CPU of a
600-page loopback crawl (``scraper.benchmarks.crawl``). Registered in place of Scrapy's own entry
in ``EXTENSIONS`` (same order); with ``-s REMOTE_CONTROL_ENABLED=1`` it is Scrapy's extension,
built the way Scrapy builds it."""
from __future__ import annotations

from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import build_from_crawler


class RemoteControlWhenEnabled:
    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        if not crawler.settings.getbool("REMOTE_CONTROL_ENABLED", True):
            raise NotConfigured   # no message: Scrapy would log it as a WARNING
        from scrapy.extensions.remote_control import RemoteControl
        return build_from_crawler(RemoteControl, crawler)
