"""Loopback "sites" for tests/test_check.py: one spider per verdict shape, each pointed at its own
server on 127.0.0.1. The test starts the servers and passes their base URLs in the environment
(``SCRAPER_TEST_CHECK_SITES``, JSON {spider name: base URL}); ``scraper check`` finds these spiders
through the standard Scrapy setting ``-s SPIDER_MODULES=spiders,tests.check_spiders``."""
from __future__ import annotations

import json
import os

from spiders.sitespider import SiteSpider

_BASES: dict[str, str] = json.loads(os.environ.get("SCRAPER_TEST_CHECK_SITES") or "{}")


def _feed(name: str) -> list[str]:
    return [_BASES.get(name, "http://127.0.0.1:9") + "/feed.xml"]


class _Loopback(SiteSpider):
    allowed_domains = ["127.0.0.1"]
    default_since_days = None
    include_in_all = False


class CheckOk(_Loopback):
    name = "check_ok"
    feeds = _feed(name)


class CheckForbidden(_Loopback):
    name = "check_forbidden"
    feeds = _feed(name)


class CheckCloudflare503(_Loopback):
    name = "check_cloudflare503"
    feeds = _feed(name)


class CheckChallenge200(_Loopback):
    name = "check_challenge200"
    feeds = _feed(name)


class CheckRefused(_Loopback):
    name = "check_refused"
    feeds = _feed(name)


class CheckEmptyFeed(_Loopback):
    name = "check_emptyfeed"
    feeds = _feed(name)


class CheckSelectorMiss(_Loopback):
    name = "check_selectormiss"
    feeds = _feed(name)
    body_selectors = ("div.story-body-of-last-year",)


class CheckConsentWall(_Loopback):
    name = "check_consentwall"
    feeds = _feed(name)


class CheckNoArticle(_Loopback):
    name = "check_noarticle"
    feeds = _feed(name)
