"""Scrapy's HTTP/1.1 handler arms a 1 s timer when it closes its connection pool; when the reactor
is busy past that second, pool and timer fire one Deferred twice and Twisted logs
``CRITICAL … AlreadyCalledError`` (no spider named: every spider of the process is then "not
clean"). A real crawl against a keep-alive loopback server, with the reactor blocked for 1.5 s
just after the handler starts closing, shows the race with Scrapy's handler and not with ours
(``scraper.crawling.http11``, the project's ``DOWNLOAD_HANDLERS``)."""
import subprocess
import sys
from pathlib import Path

import pytest

from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import sys, time
import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess

class Once(scrapy.Spider):
    name = "once"
    start_urls = [sys.argv[1] + "/a", sys.argv[1] + "/b"]

    blocking = False

    def parse(self, response):
        if not self.blocking:
            # connected now, after the download handlers: runs once their close() awaits the pool
            self.crawler.signals.connect(lambda: time.sleep(1.5), signal=signals.engine_stopped,
                                         weak=False)
            self.blocking = True
        yield {"url": response.url}

handler = sys.argv[2]
process = CrawlerProcess({
    "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
    "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "ROBOTSTXT_OBEY": False,
})
process.crawl(Once)
process.start()
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("keepalive")
    routes = {"/a": {"body": "<p>a</p>"}, "/b": {"body": "<p>b</p>"}}
    with SiteServer(root, routes=routes) as srv:
        yield srv


def crawl(site, handler: str) -> str:
    r = subprocess.run([sys.executable, "-c", SCRIPT, site.base, handler], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stderr


def test_scrapy_handler_shows_the_race(site):
    # the reproduction is real: Scrapy's handler logs the error under exactly these conditions
    log = crawl(site, "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler")
    assert "AlreadyCalledError" in log and "CRITICAL" in log


def test_our_handler_closes_quietly(site):
    log = crawl(site, "scraper.crawling.http11.HTTP11DownloadHandler")
    assert "AlreadyCalledError" not in log and "CRITICAL" not in log, log
