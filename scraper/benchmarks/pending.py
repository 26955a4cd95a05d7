"""What one pending request costs while it waits in Scrapy's scheduler: memory queue (Scrapy's
default) against ``JOBDIR`` disk queues (``scraper crawl --jobdir``). Run by
``scraper.benchmarks.memory`` in a fresh process per mode::

    python -m scraper.benchmarks.pending N [JOBDIR]

*N* article requests made by the ``generic`` spider (``NewsSpider.article_request``, as for
sitemap entries, with what Scrapy's spider middlewares add: a ``Referer`` header, ``depth``, the
cached parsed URL) enter the project's scheduler (``SCHEDULER_PRIORITY_QUEUE``, the duplicate
filter ``scraper.dupefilter.DiskDupeFilter``) and stay there. Printed as one JSON line: Python
memory still held per request (tracemalloc, after the loop's own references are gone), bytes on
disk per request (JOBDIR's files) and requests enqueued per second (CPU, with tracemalloc off).
"""
from __future__ import annotations

import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path


def measure(n: int, jobdir: str | None) -> dict:
    from scrapy.utils.reactor import install_reactor
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from scrapy.core.engine import ExecutionEngine
    from scrapy.core.scheduler import Scheduler
    from scrapy.utils.httpobj import urlparse_cached
    from scrapy.utils.project import get_project_settings
    from scrapy.utils.test import get_crawler

    from spiders.generic import GenericSpider

    settings = get_project_settings().copy_to_dict()
    if jobdir:
        settings["JOBDIR"] = jobdir
    crawler = get_crawler(GenericSpider, settings_dict=settings)
    sitemap = "http://127.0.0.1:8080/sitemap.xml"
    spider = GenericSpider.from_crawler(crawler, start=sitemap, since="all")
    crawler.spider = spider
    crawler.engine = ExecutionEngine(crawler, lambda _: None)   # the priority queue asks its downloader
    scheduler = Scheduler.from_crawler(crawler)
    scheduler.open(spider)

    def push(i: int, lo: int) -> None:
        url = f"http://127.0.0.1:8080/news/2026/01/15/{lo + i:07d}-a-story-slug-of-some-length.html"
        req = spider.article_request(url, entry={"loc": url, "lastmod": "2026-01-15T10:00:00+03:00"})
        req.headers[b"Referer"] = sitemap.encode()
        req.meta["depth"] = 1
        urlparse_cached(req)
        scheduler.enqueue_request(req)

    t0 = time.process_time()
    for i in range(n):                      # timing, not traced
        push(i, 0)
    cpu = time.process_time() - t0
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(n):                      # memory, traced
        push(i, n)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    disk = sum(p.stat().st_size for p in Path(jobdir).rglob("*") if p.is_file()) if jobdir else 0
    out = {"mode": "disk" if jobdir else "memory", "pending": len(scheduler),
           "bytes_per_request": held / n, "disk_bytes_per_request": disk / (2 * n),
           "enqueued_per_cpu_s": n / cpu if cpu else 0.0,
           "stats": {k: v for k, v in crawler.stats.get_stats().items() if k.startswith("scheduler/")}}
    scheduler.close("shutdown")
    spider.closed("shutdown")
    return out


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)))
