"""``GCTuning`` (extension): Python's cyclic garbage collector set for a long crawl.

A crawl allocates and frees a page's worth of objects per response (the lxml tree's proxies,
the walk's lists and strings, the item); nearly all of them die by reference counting. The cyclic
collector still runs a young-generation pass every 700 net allocations and, every 100 of
those, a full pass over every object alive: Scrapy, Twisted, lxml, numpy, our rules, some
hundreds of thousands of objects that live as long as the process. On a loopback crawl of 600
corpus pages that was ~7% of the process's CPU (gc.callbacks timing), full passes of ~0.1 s each.

At ``engine_started`` (start-up done, nothing crawled yet):

* ``gc.freeze()`` (``GC_FREEZE``, default True) moves every object alive then to the permanent
  generation, which no pass looks at again. Those objects are freed at exit as before; a cycle
  among them is never collected: the garbage cycles left by start-up (~1,600 small objects after
  importing Scrapy, Twisted, lxml, numpy and our modules) stay until exit. A collection first
  would cost a full pass (~0.1 s) for that.
* ``gc.set_threshold(GC_THRESHOLD)`` (default 10,000, Python's 700): fewer young passes, each
  over more objects; a garbage cycle waits a little longer to be freed (memory: a few more MB at
  most, none of it page bodies, which hold no cycles). 0 keeps Python's value.

Stats ``gc/frozen`` (objects moved out of the collector's reach) and ``gc/threshold``.
"""
from __future__ import annotations

import gc
import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class GCTuning:
    def __init__(self, crawler: Any):
        s = crawler.settings
        self.crawler = crawler
        self.freeze = s.getbool("GC_FREEZE", True)
        self.threshold = s.getint("GC_THRESHOLD", 10_000)
        if not self.freeze and self.threshold <= 0:
            raise NotConfigured("GC_FREEZE off and GC_THRESHOLD 0: Python's default collector")
        crawler.signals.connect(self.engine_started, signal=signals.engine_started)

    @classmethod
    def from_crawler(cls, crawler: Any) -> GCTuning:
        return cls(crawler)

    def engine_started(self) -> None:
        stats = self.crawler.stats
        if self.threshold > 0:
            _, g1, g2 = gc.get_threshold()
            gc.set_threshold(self.threshold, g1, g2)
            stats.set_value("gc/threshold", self.threshold)
        if self.freeze:
            gc.freeze()
            stats.set_value("gc/frozen", gc.get_freeze_count())
        logger.debug("GC tuned: threshold %s, %s objects frozen", gc.get_threshold(),
                     gc.get_freeze_count())
