"""Every site spider's discovery against a loopback HTTP server.

tests/site_fixtures/<spider>/discovery.json maps the spider's real endpoint URLs (feeds,
sitemaps, daily sitemaps, JSON APIs, section pages, and what they point to) to small documents
in tests/site_fixtures/<spider>/discovery/, shaped like the site's own. Dates are placeholders
filled relative to today (``__D0__`` today, ``__D1__`` yesterday … as YYYY-MM-DD; ``__Y0__``,
``__M0__``/``__MM0__``, ``__DAY0__``/``__DD0__`` its parts; ``__RFC0__`` … RFC 822; ``__OLD__``,
``__RFCOLD__`` 40 days ago), so the default ``since`` window (3 days) applies as in a cron run.

The spider runs for real: ``initial_requests()`` gives the entry points; each discovery
request is fetched over HTTP from tests/httpserver.py on 127.0.0.1 (only the address changes:
the response keeps the site's URL), and the request's own callback gets the response. The
article requests it yields must be exactly ``articles``; ``ignored`` URLs (tag, author, video,
section, other-language, off-site and too-old entries, which are all in the documents) must not
be requested; every served document must be requested and nothing else.
"""
from __future__ import annotations

import json
import re
import shutil
import urllib.error
import urllib.request
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
from scrapy.http import Request
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.test import get_crawler
from w3lib.url import canonicalize_url, safe_url_string

from spiders import registry
from scraper.discovery import days_back, expand_dated
from tests.httpserver import SiteServer

FIXTURES = Path(__file__).resolve().parent / "site_fixtures"
SITES = [c.name for c in registry.site_spider_classes()]
OLD_DAYS = 40
TYPES = {".xml": "application/xml", ".rss": "application/rss+xml", ".json": "application/json",
         ".html": "text/html; charset=utf-8"}


def placeholders(today: date) -> dict[str, str]:
    out: dict[str, str] = {}
    days = {str(i): today - timedelta(days=i) for i in range(7)}
    days["OLD"] = today - timedelta(days=OLD_DAYS)
    for k, d in days.items():
        out[f"__D{k}__" if k != "OLD" else "__OLD__"] = d.isoformat()
        noon = datetime(d.year, d.month, d.day, 10, 0, tzinfo=timezone.utc)
        out[f"__RFC{k}__"] = format_datetime(noon)
        out[f"__Y{k}__"] = str(d.year)
        out[f"__M{k}__"] = str(d.month)
        out[f"__MM{k}__"] = f"{d.month:02d}"
        out[f"__DAY{k}__"] = str(d.day)
        out[f"__DD{k}__"] = f"{d.day:02d}"
    return out


_PLACEHOLDER = re.compile(r"__(?:OLD|(?:D|RFC|Y|M|MM|DAY|DD)(?:\d|OLD))__")


def fill(text: str, values: dict[str, str]) -> str:
    out = _PLACEHOLDER.sub(lambda m: values[m.group(0)], text)
    leftover = re.findall(r"__[A-Z]+[0-9]*__", out)
    assert not leftover, f"unknown placeholders {leftover}"
    return out


def norm(url: str) -> str:
    """One spelling per URL: percent-encoded (as Scrapy requests are), query sorted."""
    return unquote(canonicalize_url(safe_url_string(url), keep_fragments=False))


class LoopbackSite:
    """The site's documents behind tests/httpserver.py; ``fetch(request)`` answers a spider's
    request for the site URL with the bytes and headers the loopback server sends."""

    def __init__(self, site: str, server: SiteServer, today: date, prefix: str = ""):
        self.values = placeholders(today)
        spec = json.loads(fill((FIXTURES / site / "discovery.json").read_text("utf-8"), self.values))
        self.spec = spec
        self.server = server
        src = FIXTURES / site / "discovery"
        key = f"{prefix}{site}"
        (server.root / key).mkdir(parents=True, exist_ok=True)
        self.paths: dict[str, str] = {}          # norm(site URL) -> loopback path
        self.texts: list[str] = []
        for i, (url, entry) in enumerate(spec["serve"].items()):
            entry = {"file": entry} if isinstance(entry, str) else dict(entry)
            name = entry["file"]
            text = fill((src / name).read_text("utf-8"), self.values)
            self.texts.append(text)
            local = f"{key}/doc{i}{Path(name).suffix}"
            (server.root / local).write_text(text, "utf-8")
            ctype = entry.get("type") or TYPES.get(Path(name).suffix, "application/octet-stream")
            server.routes[f"/{local}"] = {"file": local, "headers": {"Content-Type": ctype}}
            self.paths[norm(url)] = f"/{local}"
        self.requested: list[str] = []
        self.unknown: list[str] = []

    def fetch(self, request: Request):
        self.requested.append(request.url)
        path = self.paths.get(norm(request.url))
        if path is None:
            self.unknown.append(request.url)
            return None
        try:
            with urllib.request.urlopen(self.server.base + path, timeout=5) as r:
                status, headers, body = r.status, dict(r.headers.items()), r.read()
        except urllib.error.HTTPError as e:      # pragma: no cover - a broken fixture
            status, headers, body = e.code, dict(e.headers.items()), e.read()
        h = Headers(headers)
        cls = responsetypes.from_args(headers=h, url=request.url, body=body)
        return cls(url=request.url, status=status, headers=h, body=body, request=request)


def make_spider(cls, **kwargs):
    crawler = get_crawler(cls, {"SQLITE_PATH": "/nonexistent/never.db"})
    spider = crawler._create_spider(**kwargs)
    crawler.spider = spider
    return spider


def run_discovery(spider, site: LoopbackSite, max_docs: int = 100) -> list[Request]:
    """Drive the spider's discovery callbacks; returns the article requests it yields."""
    queue = list(spider.initial_requests())
    articles: list[Request] = []
    fetched = 0
    while queue:
        req = queue.pop(0)
        if req.callback == spider.parse_article:
            articles.append(req)
            continue
        assert req.callback is not None
        fetched += 1
        assert fetched <= max_docs, "discovery does not terminate"
        response = site.fetch(req)
        if response is None:
            continue
        queue.extend(r for r in req.callback(response) if isinstance(r, Request))
    return articles


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One loopback server for all sites (each site's documents under /<site>/)."""
    root = tmp_path_factory.mktemp("site-discovery")
    with SiteServer(root, routes={}) as srv:
        yield srv
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("site", SITES)
def test_site_discovery(site, server):
    assert (FIXTURES / site / "discovery.json").is_file(), f"{site}: no discovery fixture"
    today = datetime.now(timezone.utc).date()
    cls = registry.spider_class(site)
    loop = LoopbackSite(site, server, today)
    spider = make_spider(cls)
    reqs = run_discovery(spider, loop)
    got = [norm(r.url) for r in reqs]
    expected = [norm(u) for u in loop.spec["articles"]]
    assert len(got) == len(set(got)), f"{site}: an article was requested twice"
    assert sorted(got) == sorted(expected), f"{site}: article URLs from discovery"
    ignored = [norm(u) for u in loop.spec["ignored"]]
    assert ignored, f"{site}: the fixture must show URLs that are not articles"
    assert not set(got) & set(ignored)
    docs = "\n".join(unquote(t.replace("&amp;", "&")) for t in loop.texts)
    for u in loop.spec["ignored"]:           # the ignored URLs really were offered
        assert unquote(u) in docs, f"{site}: ignored URL {u} is not in the served documents"
    assert not loop.unknown, f"{site}: requested documents the fixture does not serve: {loop.unknown}"
    never = set(loop.paths) - {norm(u) for u in loop.requested}
    assert not never, f"{site}: served documents never requested: {sorted(never)}"
    for r in reqs:                           # article requests carry what the site needs
        assert r.meta.get("article") and r.callback == spider.parse_article
        assert r.url.startswith("https://") or r.url.startswith("http://")
    stats = spider.crawler.stats
    assert not any(k.startswith("errors/") for k in stats.get_stats()), stats.get_stats()
    news = loop.spec.get("news_entry")
    if news:                                  # news-sitemap fields travel with the request
        (req,) = [r for r in reqs if norm(r.url) == norm(news["url"])]
        entry = req.meta["entry"]
        for k in ("news_publication_date", "news_title", "news_language"):
            assert entry.get(k) == news[k], (k, entry)


# --------------------------------------------------------------------------- daily sitemaps

def test_dated_sitemap_templates_expand_per_day():
    day = date(2025, 3, 9)
    assert expand_dated("https://www.aljazeera.net/sitemap.xml?yyyy={y}&mm={m}&dd={d}", day) == \
        "https://www.aljazeera.net/sitemap.xml?yyyy=2025&mm=3&dd=9"
    assert expand_dated("https://www.youm7.com/Sitemap/{y}/{m}/{d}", day) == \
        "https://www.youm7.com/Sitemap/2025/3/9"
    assert expand_dated("https://x.example/{y}-{mm}-{dd}.xml", day) == "https://x.example/2025-03-09.xml"
    today = date(2025, 3, 1)
    assert days_back(date(2025, 2, 26), today, 31) == [date(2025, 3, 1), date(2025, 2, 28),
                                                         date(2025, 2, 27), date(2025, 2, 26)]
    assert days_back(None, today, 5)[-1] == date(2025, 2, 25)
    assert days_back(date(2025, 3, 5), today, 31) == [today]          # since in the future
    assert len(days_back(date(2020, 1, 1), today, 31)) == 31           # capped


@pytest.mark.parametrize("site,template", [
    ("aljazeera", "https://www.aljazeera.net/sitemap.xml?yyyy={y}&mm={m}&dd={d}"),
    ("youm7", "https://www.youm7.com/Sitemap/{y}/{m}/{d}"),
])
def test_daily_sitemaps_follow_the_since_window(site, template):
    cls = registry.spider_class(site)
    today = datetime.now(timezone.utc).date()
    # default window: since = today - 3 days -> today and the three days before, newest first
    points = make_spider(cls).entry_points()
    dated = [p for p in points if p.startswith(template.split("{")[0])]
    assert dated == [expand_dated(template, today - timedelta(days=i)) for i in range(4)]
    # -a since=YYYY-MM-DD
    since = today - timedelta(days=6)
    dated = [p for p in make_spider(cls, since=since.isoformat()).entry_points()
             if p.startswith(template.split("{")[0])]
    assert len(dated) == 7 and dated[-1] == expand_dated(template, since)
    # -a since=all: bounded by dated_sitemap_max_days
    dated = [p for p in make_spider(cls, since="all").entry_points()
             if p.startswith(template.split("{")[0])]
    assert len(dated) == cls.dated_sitemap_max_days
    # -a start= replaces every declared entry point
    assert make_spider(cls, start="https://example.org/feed").entry_points() == ["https://example.org/feed"]


def test_json_api_given_as_start_url_is_parsed_as_json(server):
    """``-a start=<JSON API URL>`` works like the declared API (the response is told apart by
    its bytes, not by which list declared it)."""
    cls = registry.spider_class("skynewsarabia")
    today = datetime.now(timezone.utc).date()
    api = "https://api.skynewsarabia.com/rest/v2/latest.json?defaultSectionId=2&pageSize=20&types=ARTICLE"
    loop = LoopbackSite("skynewsarabia", server, today, prefix="start-")
    loop.paths[norm(api)] = loop.paths[norm(next(u for u in loop.spec["serve"] if "latest.json" in u))]
    spider = make_spider(cls, start=api)
    reqs = run_discovery(spider, loop)
    assert len(reqs) == 3 and spider.crawler.stats.get_value("discovery/json") == 1


def test_a_json_api_nested_past_the_recursion_limit_is_a_counted_bad_json():
    # json raises RecursionError (no ValueError) on data nested deeper than the interpreter allows:
    # the entry point is a counted bad JSON with its warning, not a spider exception
    from scrapy.http import TextResponse
    spider = make_spider(registry.spider_class("skynewsarabia"))
    url = "https://api.skynewsarabia.com/rest/v2/latest.json"
    for body in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 5000 + b"1" + b"}" * 5000):
        response = TextResponse(url, body=body, headers={"Content-Type": "application/json"},
                                request=Request(url))
        assert list(spider.parse_json_api(response)) == []
    assert spider.crawler.stats.get_value("errors/bad_json") == 2



@pytest.mark.parametrize("name", ["skynewsarabia", "aljazeera", "generic"])
def test_an_address_that_cannot_be_parsed_is_no_article_of_any_spider(name):
    # a feed's, an API's or a page's "http://[::1…" or a port past 65535: urlsplit raised out of the parse
    kwargs = {"start": "https://example.com/feed"} if name == "generic" else {}
    spider = make_spider(registry.spider_class(name), **kwargs)
    for url in ("http://[::1/news/2025/03/10/story-1", "https://example.com:99999/news/2025/03/10/story-1"):
        assert spider.accept_article_url(url) is False
        assert spider.accept_article_url(url, from_listing=True) is False
        assert spider.discovery_request(url.replace("/news/", "/sitemap/"), hop=1) is None
    assert spider.discovery_request("javascript:void(0)", hop=1) is None
    assert spider.crawler.stats.get_value("discovery/skipped_bad_url") == 3
