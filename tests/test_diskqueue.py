"""scraper.crawling.diskqueue: the dict a request is saved as in JOBDIR is Scrapy's own, for the
spiders' real requests, and a queue written by it is read back by Scrapy (both directions)."""
from __future__ import annotations

import functools

import pytest

from scrapy import Request
from scrapy.squeues import PickleLifoDiskQueue as ScrapyQueue
from scrapy.utils.test import get_crawler

from scraper.crawling.diskqueue import PickleLifoDiskQueue, request_dict
from spiders.generic import GenericSpider


def _spider():
    crawler = get_crawler(GenericSpider, {"SITEMAP_MAX_URLS": 10})
    spider = GenericSpider.from_crawler(crawler, start="http://127.0.0.1/sitemap.xml")
    crawler.spider = spider
    return crawler, spider


def test_request_dict_is_scrapys_to_dict_for_the_spiders_requests():
    _, spider = _spider()
    reqs = [spider.article_request("http://127.0.0.1/news/2025/03/10/a.html", entry={"loc": "x"}),
            spider.discovery_request("http://127.0.0.1/sitemap-2.xml", hop=1, depth=1),
            next(iter(spider.initial_requests())),
            Request("http://127.0.0.1/x", callback=None, errback=None)]
    for r in reqs:
        assert request_dict(r, spider) == r.to_dict(spider=spider)
    assert request_dict(reqs[0], spider)["callback"] == "parse_article"


def test_callbacks_that_are_not_plain_methods_go_through_scrapy():
    """A partial is no method of the spider: Scrapy refuses it (the scheduler then keeps the
    request in memory, stat scheduler/unserializable); so does request_dict, through Scrapy."""
    _, spider = _spider()
    odd = Request("http://127.0.0.1/y", callback=functools.partial(spider.parse_article, x=1))
    with pytest.raises(ValueError):
        odd.to_dict(spider=spider)
    with pytest.raises(ValueError):
        request_dict(odd, spider)


def test_queues_read_each_other(tmp_path):
    crawler, spider = _spider()
    req = spider.article_request("http://127.0.0.1/news/2025/03/10/b.html", entry={"loc": "y"})
    for writer, reader in ((PickleLifoDiskQueue, ScrapyQueue), (ScrapyQueue, PickleLifoDiskQueue)):
        path = tmp_path / writer.__module__
        q = writer.from_crawler(crawler, str(path))
        q.push(req)
        q.close()
        back = reader.from_crawler(crawler, str(path)).pop()
        assert back.url == req.url and back.callback == spider.parse_article
        assert back.errback == spider.on_error and back.meta == req.meta and back.priority == req.priority
        # the callback is the spider's one bound object: Scrapy's per-callback check is cached
        assert back.callback is spider.parse_article
