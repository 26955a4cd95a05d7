"""Discovery without a network: response sniffing, robots/sitemap/news-sitemap/feed parsing,
URL heuristics, the ``since`` window, and the spider callbacks on Scrapy response objects."""
from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from scraper.crawling.items import ArticleItem
from spiders.arabi21 import Arabi21Spider
from scraper.discovery import (
    is_recent,
    iter_sitemap,
    parse_feed,
    parse_robots,
    parse_since,
    parse_when,
    sniff,
)
from scraper.extract import extract
from scraper.urls import is_listing_url, looks_like_article
from spiders.base import NewsSpider
from spiders.generic import GenericSpider

SITE = Path(__file__).parent / "sites" / "akhbar"
BASE = "http://news.example"

ROBOTS = b"""# comment
User-agent: *
Disallow: /private/
Sitemap: https://news.example/sitemap_index.xml
sitemap:https://news.example/news-sitemap.xml   # lower case, no space
Sitemap: https://news.example/sitemap_index.xml
"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/s.xsl"?>
<!-- generated -->
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-2025-03.xml</loc><lastmod>2025-03-13</lastmod></sitemap>
  <sitemap><loc>https://news.example/sitemap-2019-01.xml</loc><lastmod>2019-01-31T10:00:00Z</lastmod></sitemap>
  <sitemap><loc>https://news.example/sitemap-undated.xml</loc></sitemap>
</sitemapindex>
"""

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url><loc>https://news.example/news/2025/03/10/a-story-1.html</loc><lastmod>2025-03-10T09:00:00+03:00</lastmod>
    <image:image><image:loc>https://news.example/img/1.jpg</image:loc></image:image></url>
  <url><loc>https://news.example/news/2018/01/01/old-story-2.html</loc><lastmod>2018-01-01</lastmod></url>
  <url><loc>https://news.example/news/undated-story-3</loc></url>
  <url><loc>https://news.example/tag/economy</loc><lastmod>2025-03-10</lastmod></url>
</urlset>
"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.example/politics/2025/03/11/summit-1002</loc>
    <lastmod>2025-03-12T00:00:00Z</lastmod>
    <news:news>
      <news:publication><news:name>أخبار اليوم</news:name><news:language>ar</news:language></news:publication>
      <news:publication_date>2025-03-11T14:00:00+03:00</news:publication_date>
      <news:title>القمة العربية تختتم أعمالها</news:title>
      <news:keywords>قمة, أمن غذائي</news:keywords>
    </news:news>
  </url>
  <url>
    <loc>https://news.example/politics/2017/02/02/stale-0500</loc>
    <lastmod>2025-03-12T00:00:00Z</lastmod>
    <news:news>
      <news:publication><news:name>أخبار اليوم</news:name><news:language>ar</news:language></news:publication>
      <news:publication_date>2017-02-02</news:publication_date>
      <news:title>قديم</news:title>
    </news:news>
  </url>
</urlset>
""".encode("utf-8")

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>أخبار</title><link>https://news.example/</link>
  <atom:link href="https://news.example/feed" rel="self"/>
  <item><title>خبر أول</title><link>https://news.example/story/1001/first</link>
        <pubDate>Mon, 10 Mar 2025 08:30:00 +0300</pubDate></item>
  <item><title>خبر بلا رابط</title><guid>https://news.example/story/1002/guid-only</guid>
        <dc:date>2025-03-11T10:00:00Z</dc:date></item>
  <item><title>رابط نسبي</title><link>/story/1003/relative</link></item>
  <item><title>قديم</title><link>https://news.example/story/0999/old</link>
        <pubDate>Sun, 30 Dec 2018 10:00:00 GMT</pubDate></item>
</channel></rss>
""".encode("utf-8")

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title>أخبار</title>
  <link href="https://news.example/" rel="alternate"/>
  <entry>
    <title type="html">خبر &lt;b&gt;أول&lt;/b&gt;</title>
    <link rel="enclosure" href="https://news.example/audio/1.mp3"/>
    <link rel="alternate" type="text/html" href="https://news.example/2025/03/12/atom-story-1"/>
    <id>tag:news.example,2025:1</id>
    <published>2025-03-12T10:00:00+02:00</published>
    <updated>2025-03-12T12:00:00+02:00</updated>
  </entry>
  <entry>
    <title>بدون published</title>
    <link href="https://news.example/2025/03/13/atom-story-2"/>
    <updated>2025-03-13T08:00:00Z</updated>
  </entry>
</feed>
""".encode("utf-8")

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>News</title><link>https://news.example/</link></channel>
  <item rdf:about="https://news.example/2025/03/10/rdf-story-1">
    <title>RDF story</title><link>https://news.example/2025/03/10/rdf-story-1</link>
    <dc:date>2025-03-10T07:00:00Z</dc:date>
  </item>
  <item rdf:about="https://news.example/2025/03/10/rdf-story-2"><title>about only</title></item>
</rdf:RDF>
"""

HTML = b"<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>x</title></head><body><p>x</p></body></html>"


# --------------------------------------------------------------------------- sniffing

@pytest.mark.parametrize("url,body,ctype,kind", [
    (f"{BASE}/robots.txt", ROBOTS, "text/plain", "robots"),
    (f"{BASE}/robots.txt", ROBOTS, "", "robots"),
    (f"{BASE}/anything", ROBOTS, "text/plain", "robots"),
    (f"{BASE}/sitemap_index.xml", SITEMAP_INDEX, "application/xml", "sitemapindex"),
    (f"{BASE}/s.xml", b"\xef\xbb\xbf" + URLSET, "text/xml", "urlset"),          # BOM
    (f"{BASE}/s.xml.gz", gzip.compress(URLSET), "application/x-gzip", "urlset"),
    (f"{BASE}/news.xml", NEWS_SITEMAP, "text/html", "urlset"),                  # wrong type
    (f"{BASE}/feed", RSS, "application/rss+xml", "rss"),
    (f"{BASE}/feed", RSS, "text/html; charset=utf-8", "rss"),
    (f"{BASE}/atom", ATOM, "application/atom+xml", "atom"),
    (f"{BASE}/rdf", RDF, "application/rdf+xml", "rdf"),
    (f"{BASE}/a", HTML, "text/html", "html"),
    (f"{BASE}/a", b"<!-- x -->\n<html><body>x</body></html>", "", "html"),
    (f"{BASE}/a", b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'></html>", "", "html"),
    (f"{BASE}/a", b"<div><p>fragment</p></div>", "text/plain", "html"),
    (f"{BASE}/a", b"", "text/html", "empty"),
    (f"{BASE}/a", b"  \n\t ", "text/html", "empty"),
    (f"{BASE}/a", b'{"items": []}', "application/json", "not_html"),
    (f"{BASE}/a.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "not_html"),
    (f"{BASE}/a.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "application/pdf", "not_html"),
])
def test_sniff(url, body, ctype, kind):
    assert sniff(url, body, ctype) == kind


def test_sniff_robots_served_as_html_page_is_html():
    assert sniff(f"{BASE}/robots.txt", b"<html><body>Disallow: nothing</body></html>", "text/html") == "html"


# --------------------------------------------------------------------------- parsing

def test_parse_robots_sitemaps():
    assert parse_robots(ROBOTS) == [
        "https://news.example/sitemap_index.xml",
        "https://news.example/news-sitemap.xml",
    ]
    assert parse_robots(b"User-agent: *\nDisallow: /\n") == []


def test_iter_sitemap_index():
    entries = list(iter_sitemap(SITEMAP_INDEX))
    assert [e["type"] for e in entries] == ["sitemap"] * 3
    assert entries[0] == {"type": "sitemap", "loc": "https://news.example/sitemap-2025-03.xml",
                          "lastmod": "2025-03-13"}
    assert "lastmod" not in entries[2]


def test_iter_sitemap_urlset_ignores_image_locs():
    entries = list(iter_sitemap(URLSET))
    assert [e["loc"] for e in entries] == [
        "https://news.example/news/2025/03/10/a-story-1.html",
        "https://news.example/news/2018/01/01/old-story-2.html",
        "https://news.example/news/undated-story-3",
        "https://news.example/tag/economy",
    ]
    assert entries[0]["lastmod"] == "2025-03-10T09:00:00+03:00"


def test_iter_sitemap_keeps_news_extension():
    first = next(iter_sitemap(NEWS_SITEMAP))
    assert first["news_publication_date"] == "2025-03-11T14:00:00+03:00"
    assert first["news_title"] == "القمة العربية تختتم أعمالها"
    assert first["news_language"] == "ar"
    assert first["news_name"] == "أخبار اليوم"
    assert first["news_keywords"] == "قمة, أمن غذائي"


def test_iter_sitemap_gzip_no_namespace_and_broken():
    no_ns = b"<urlset><url><loc>https://x.example/a-b-c</loc></url></urlset>"
    assert [e["loc"] for e in iter_sitemap(gzip.compress(no_ns))] == ["https://x.example/a-b-c"]
    # unescaped "&" (common) and a truncated tail: the complete entries survive
    broken = (b"<urlset><url><loc>https://x.example/a-1?x=1&y=2</loc></url>"
              b"<url><loc>https://x.example/1-2-3</loc></url><url><loc>https://x.exa")
    assert [e["loc"] for e in iter_sitemap(broken)][:2] == ["https://x.example/a-1?x=1&y=2",
                                                            "https://x.example/1-2-3"]
    assert list(iter_sitemap(b"not xml at all")) == []


def test_parse_rss():
    entries = parse_feed(RSS, "https://news.example/feed")
    assert [e["loc"] for e in entries] == [
        "https://news.example/story/1001/first",
        "https://news.example/story/1002/guid-only",
        "https://news.example/story/1003/relative",
        "https://news.example/story/0999/old",
    ]
    assert entries[0]["date"] == "Mon, 10 Mar 2025 08:30:00 +0300"
    assert entries[0]["title"] == "خبر أول"
    assert entries[1]["date"] == "2025-03-11T10:00:00Z"
    assert entries[2]["date"] is None


def test_parse_atom():
    entries = parse_feed(ATOM)
    assert [e["loc"] for e in entries] == [
        "https://news.example/2025/03/12/atom-story-1",
        "https://news.example/2025/03/13/atom-story-2",
    ]
    assert entries[0]["date"] == "2025-03-12T10:00:00+02:00"     # published before updated
    assert entries[1]["date"] == "2025-03-13T08:00:00Z"


def test_parse_rdf():
    entries = parse_feed(RDF)
    assert [e["loc"] for e in entries] == [
        "https://news.example/2025/03/10/rdf-story-1",
        "https://news.example/2025/03/10/rdf-story-2",
    ]
    assert entries[0]["date"] == "2025-03-10T07:00:00Z"


def test_parse_feed_windows_1256():
    body = ('<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel>'
            '<item><title>خبر عاجل</title><link>https://x.example/story/5/a</link></item>'
            '</channel></rss>').encode("cp1256")
    assert parse_feed(body)[0]["title"] == "خبر عاجل"


def test_an_atom_feeds_relative_links_resolve_against_its_xml_base():
    # RFC 4287 §2: xml:base on <feed> (or an <entry>) is the base of the relative links under it. A
    # written probe of loopback sites (2026-12-07): a French site's Atom feed, <feed xml:base=
    # "http://…/actualite/"> with href="oujda-tramway-etude-401", was read against the feed's own
    # address (/flux/…: four 404s, two feed-only stories lost). An xml:base may itself be relative.
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://echo.example/actualite/">
<link rel="self" href="/flux/atom.xml"/>
<entry><title>Oujda</title><link rel="alternate" type="text/html" href="oujda-tramway-etude-401"/></entry>
<entry xml:base="../sport/"><title>Berkane</title><link rel="alternate" href="berkane-derby-412"/></entry>
<entry><title>Nador</title><link rel="alternate" href="/region/nador-417"/></entry>
</feed>"""
    assert [e["loc"] for e in parse_feed(body, "https://echo.example/flux/atom.xml")] == [
        "https://echo.example/actualite/oujda-tramway-etude-401", "https://echo.example/sport/berkane-derby-412",
        "https://echo.example/region/nador-417"]
    # (without xml:base the feed's own address is the base, an Arabic path as given)
    rss = "<rss><channel><item><link>أخبار/1</link></item></channel></rss>".encode()
    assert parse_feed(rss, "https://s.example/ar/feed")[0]["loc"] == "https://s.example/ar/أخبار/1"


# --------------------------------------------------------------------------- dates

def test_parse_when_formats():
    assert parse_when("2025-03-10T08:30:00+03:00").isoformat() == "2025-03-10T08:30:00+03:00"
    assert parse_when("2025-03-10T05:30:00Z").isoformat() == "2025-03-10T05:30:00+00:00"
    assert parse_when("2025-03-10").isoformat() == "2025-03-10T00:00:00+00:00"
    assert parse_when("Mon, 10 Mar 2025 08:30:00 +0300").isoformat() == "2025-03-10T08:30:00+03:00"
    assert parse_when("Mon, 10 Mar 2025 08:30:00 GMT").isoformat() == "2025-03-10T08:30:00+00:00"
    assert parse_when("2025-03-10 08:30") is not None
    assert parse_when("garbage") is None
    assert parse_when("") is None and parse_when(None) is None


def test_parse_since():
    today = date(2025, 3, 13)
    assert parse_since("2025-03-01", today=today) == date(2025, 3, 1)
    assert parse_since("7d", today=today) == date(2025, 3, 6)
    assert parse_since(None, default_days=3, today=today) == date(2025, 3, 10)
    assert parse_since("", default_days=3, today=today) == date(2025, 3, 10)
    assert parse_since(None, default_days=None, today=today) is None
    assert parse_since("all", today=today) is None
    with pytest.raises(ValueError):
        parse_since("yesterday-ish", today=today)


def test_is_recent_uses_the_entry_local_date():
    since = date(2025, 3, 10)
    assert is_recent("2025-03-10T01:00:00+03:00", since)      # 9 March in UTC, 10 March locally
    assert not is_recent("2025-03-09T23:59:00+00:00", since)
    assert is_recent(None, since) and is_recent("not a date", since)
    assert is_recent("2001-01-01", None)


# --------------------------------------------------------------------------- URLs

@pytest.mark.parametrize("url", [
    "https://news.example/news/2025/03/10/economy-talks-1001.html",
    "https://news.example/story/1003/sports-final",
    "https://arabi21.com/story/1407839/some-title",
    "https://news.example/politics/arab-summit-ends-with-joint-declaration",
    "https://news.example/%D8%A7%D9%84%D9%82%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D8%AA%D8%AE%D8%AA%D8%AA%D9%85",
    "https://news.example/a/123",
    "https://news.example/?p=4567",
    "https://news.example/world/middle-east/gaza-talks",
])
def test_looks_like_article_yes(url):
    assert looks_like_article(url)


@pytest.mark.parametrize("url", [
    "https://news.example/",
    "https://news.example",
    "https://news.example/index.html",
    "https://news.example/politics",
    "https://news.example/section/politics",
    "https://news.example/category/economy",
    "https://news.example/tag/summit",
    "https://news.example/tags/gaza-war-2025",
    "https://news.example/author/sara",
    "https://news.example/video/2025/03/13/summit-clip-7001",
    "https://news.example/videos/123456",
    "https://news.example/news/page/2",
    "https://news.example/news?page=3",
    "https://news.example/search?q=1234",
    "https://news.example/about-us",
    "https://news.example/img/2025/03/13/photo-1005.jpg",
    "https://news.example/feed",
    "mailto:desk@news.example",
    "https://news.example/%D9%88%D8%B3%D9%85/%D8%BA%D8%B2%D8%A9",   # /وسم/غزة
])
def test_looks_like_article_no(url):
    assert not looks_like_article(url)


def test_is_listing_url():
    assert is_listing_url("https://x.example/")
    assert is_listing_url("https://x.example/category/a/b-c-d-2025")
    assert not is_listing_url("https://x.example/news/undated-story")
    assert not is_listing_url("https://x.example/?p=12")
    # a live blog's own page under "/live/" (its number or slug after the segment) is a story; the live index,
    # a live section and a video's page stay listings (a written probe of loopback sites, 2026-12-07)
    assert not is_listing_url("https://x.example/live/58130/national-assembly-budget-session/")
    assert is_listing_url("https://x.example/live/") and is_listing_url("https://x.example/live/sports")
    assert is_listing_url("https://x.example/video/2025/03/10/clip-3-long-slug")


# --------------------------------------------------------------------------- spider

def make_spider(cls=GenericSpider, settings=None, **kwargs):
    crawler = get_crawler(cls, {"SQLITE_PATH": "/nonexistent/never.db", **(settings or {})})
    spider = crawler._create_spider(**kwargs)
    crawler.spider = spider
    return spider


def response(cls, url, body, ctype=None, meta=None, status=200):
    headers = {"Content-Type": ctype} if ctype else {}
    return cls(url=url, body=body, headers=headers, status=status,
               request=Request(url, meta=dict(meta or {})))


def urls(results):
    return [r.url for r in results if isinstance(r, Request)]


def test_generic_allowed_domains_from_start():
    s = make_spider(start="https://www.news.example/robots.txt, https://feeds.other.example/rss")
    assert s.allowed_domains == ["news.example", "feeds.other.example"]
    assert make_spider(url="http://127.0.0.1:8080/a/1").allowed_domains == ["127.0.0.1"]


def test_generic_without_entry_points_logs_and_stops(caplog):
    s = make_spider()
    with caplog.at_level("ERROR"):
        assert list(s.initial_requests()) == []
    assert "-a start=" in caplog.text
    assert s.crawler.stats.get_value("errors/no_start") == 1


def test_start_requests_and_single_url():
    s = make_spider(start=f"{BASE}/robots.txt,{BASE}/feed")
    reqs = list(s.initial_requests())
    assert [r.url for r in reqs] == [f"{BASE}/robots.txt", f"{BASE}/feed"]
    assert all(r.dont_filter and r.meta["start"] for r in reqs)
    s = make_spider(url=f"{BASE}/story/1/x", start=f"{BASE}/feed")
    (req,) = list(s.initial_requests())
    assert req.url == f"{BASE}/story/1/x" and req.callback == s.parse_article and req.dont_filter


def test_spider_follows_robots_sitemaps():
    s = make_spider(start=f"{BASE}/robots.txt")
    out = list(s.parse(response(TextResponse, f"{BASE}/robots.txt", ROBOTS, "text/plain",
                                {"start": True, "hop": 0})))
    assert urls(out) == ["https://news.example/sitemap_index.xml", "https://news.example/news-sitemap.xml"]
    assert all(r.callback == s.parse for r in out)


def test_spider_sitemap_index_since():
    s = make_spider(start=f"{BASE}/sitemap_index.xml", since="2025-03-01")
    out = list(s.parse(response(XmlResponse, f"{BASE}/sitemap_index.xml", SITEMAP_INDEX, "application/xml")))
    assert urls(out) == ["https://news.example/sitemap-2025-03.xml", "https://news.example/sitemap-undated.xml"]
    assert s.crawler.stats.get_value("discovery/skipped_old") == 1


def test_spider_urlset_since_pattern_and_listing():
    s = make_spider(start=f"{BASE}/s.xml", since="2025-03-01")
    out = list(s.parse(response(XmlResponse, f"{BASE}/s.xml", URLSET, "text/xml")))
    assert urls(out) == ["https://news.example/news/2025/03/10/a-story-1.html",
                         "https://news.example/news/undated-story-3"]
    assert all(r.callback == s.parse_article for r in out)
    stats = s.crawler.stats
    assert stats.get_value("discovery/skipped_old") == 1
    assert stats.get_value("discovery/skipped_not_article") == 1


def test_a_crawl_whose_every_entry_is_older_than_its_window_says_so(caplog):
    # a first crawl of a site whose sitemap's newest story is a year old kept nothing and logged "N
    # entries, 0 kept" at INFO only (a written probe of loopback sites, 2026-12-07): the operator is told
    s = make_spider(start=f"{BASE}/s.xml", since="2026-01-01")
    assert urls(s.parse(response(XmlResponse, f"{BASE}/s.xml", URLSET, "text/xml"))) == [
        "https://news.example/news/undated-story-3"]   # (an undated entry is kept: no warning)
    with caplog.at_level("WARNING"):
        s.closed("finished")
    assert not caplog.records
    s = make_spider(start=f"{BASE}/news.xml", since="2026-01-01")
    assert urls(s.parse(response(XmlResponse, f"{BASE}/news.xml", NEWS_SITEMAP, "application/xml"))) == []
    with caplog.at_level("WARNING"):
        s.closed("finished")
    (rec,) = caplog.records
    assert "older than 2026-01-01" in rec.getMessage() and "since=all" in rec.getMessage()


def test_spider_news_sitemap_uses_publication_date_and_passes_metadata():
    s = make_spider(start=f"{BASE}/news.xml", since="2025-03-01")
    out = list(s.parse(response(XmlResponse, f"{BASE}/news.xml", NEWS_SITEMAP, "application/xml")))
    # the stale entry has a recent lastmod but an old news:publication_date: skipped
    assert urls(out) == ["https://news.example/politics/2025/03/11/summit-1002"]
    entry = out[0].meta["entry"]
    assert entry["news_title"] == "القمة العربية تختتم أعمالها"
    assert entry["news_publication_date"] == "2025-03-11T14:00:00+03:00"


def test_spider_feeds_since():
    s = make_spider(start=f"{BASE}/feed", since="2025-03-01")
    out = list(s.parse(response(XmlResponse, "https://news.example/feed", RSS, "application/rss+xml")))
    assert urls(out) == ["https://news.example/story/1001/first",
                         "https://news.example/story/1002/guid-only",
                         "https://news.example/story/1003/relative"]
    assert out[0].meta["entry"]["feed_title"] == "خبر أول"
    s = make_spider(start=f"{BASE}/atom", since="2025-03-13")
    out = list(s.parse(response(XmlResponse, f"{BASE}/atom", ATOM, "application/atom+xml")))
    assert urls(out) == ["https://news.example/2025/03/13/atom-story-2"]


def test_spider_skips_seen_urls_dedupes_and_limits():
    s = make_spider(start=f"{BASE}/feed", since="all", limit="1")
    s.seen = {"https://news.example/story/1001/first"}
    out = list(s.parse(response(XmlResponse, "https://news.example/feed", RSS + b"", "application/rss+xml")))
    assert urls(out) == ["https://news.example/story/1002/guid-only"]
    stats = s.crawler.stats
    assert stats.get_value("articles/skipped_seen") == 1
    assert stats.get_value("articles/skipped_limit") == 2
    # the same URL discovered twice is requested once
    s = make_spider(start=f"{BASE}/feed", since="all")
    r1 = list(s.parse(response(XmlResponse, "https://news.example/feed", RSS, "application/rss+xml")))
    r2 = list(s.parse(response(XmlResponse, "https://news.example/feed", RSS, "application/rss+xml")))
    assert len(r1) == 4 and r2 == []


def test_http_and_https_of_one_url_are_one_article():
    """A feed in one scheme and a sitemap in the other name the same story twice: one request;
    a story stored under https is not fetched again from its http address."""
    feed = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title>
  <item><title>a</title><link>http://news.example/story/1001/first</link></item>
  <item><title>a</title><link>https://news.example/story/1001/first</link></item>
  <item><title>b</title><link>http://news.example/story/1002/second</link></item>
</channel></rss>"""
    s = make_spider(start=f"{BASE}/feed", since="all")
    out = list(s.parse(response(XmlResponse, "https://news.example/feed", feed, "application/rss+xml")))
    assert urls(out) == ["http://news.example/story/1001/first", "http://news.example/story/1002/second"]
    s = make_spider(start=f"{BASE}/feed", since="all")
    s.seen = {"https://news.example/story/1001/first"}
    out = list(s.parse(response(XmlResponse, "https://news.example/feed", feed, "application/rss+xml")))
    assert urls(out) == ["http://news.example/story/1002/second"]
    assert s.crawler.stats.get_value("articles/skipped_seen") == 1


def test_scheme_key_and_twin():
    from scraper.urls import scheme_free, scheme_twin
    assert scheme_free("https://a.example/x?y=1") == scheme_free("http://a.example/x?y=1") == "a.example/x?y=1"
    assert scheme_twin("https://a.example/x") == "http://a.example/x"
    assert scheme_twin("http://a.example/x") == "https://a.example/x"
    assert scheme_twin("ftp://a.example/x") is None and scheme_free("ftp://a.example/x") == "ftp://a.example/x"


def test_load_seen_reads_the_store_for_this_site(tmp_path):
    from scraper.storage import Store
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.upsert_many([
            {"url": "https://news.example/story/1001/first?utm=x", "site": "news.example",
             "canonical_url": "https://news.example/story/1001/first", "title": "t", "body": "b"},
            {"url": "https://arabi21.com/story/1/x", "site": "arabi21", "title": "t", "body": "b"},
            {"url": "https://other.example/story/2/y", "site": "other.example", "title": "t", "body": "b"},
        ])
    s = make_spider(start=f"{BASE}/feed", since="all", settings={"SQLITE_PATH": str(db)})
    s.load_seen()
    # asked per URL, not loaded: the stored URLs of this spider's site(s), fetched and canonical
    assert "https://news.example/story/1001/first?utm=x" in s.seen
    assert "https://news.example/story/1001/first" in s.seen
    assert "https://arabi21.com/story/1/x" not in s.seen and "https://news.example/story/9" not in s.seen
    assert s.seen.articles() == 1
    s.closed("finished")
    s = make_spider(Arabi21Spider, settings={"SQLITE_PATH": str(db)})
    s.load_seen()
    assert "https://arabi21.com/story/1/x" in s.seen and s.seen.articles() == 1
    assert "https://other.example/story/2/y" not in s.seen
    s.closed("finished")
    # a missing database is not created by the spider
    s = make_spider(start=f"{BASE}/feed", settings={"SQLITE_PATH": str(tmp_path / "none.db")})
    s.load_seen()
    assert s.seen == set() and not (tmp_path / "none.db").exists()


def test_discovery_documents_may_go_offsite_articles_may_not():
    s = make_spider(start=f"{BASE}/robots.txt")
    robots = b"Sitemap: https://cdn.other.example/sitemaps/index.xml\n"
    (req,) = list(s.parse(response(TextResponse, f"{BASE}/robots.txt", robots, "text/plain",
                                   {"start": True, "hop": 0})))
    assert req.meta["allow_offsite"] is True
    out = list(s.parse(response(XmlResponse, f"{BASE}/s.xml", URLSET, "text/xml")))
    assert out and not any(r.meta.get("allow_offsite") for r in out)


def test_listing_page_follows_same_host_article_links_one_level():
    page = f"""<html><body>
      <a href="/news/2025/03/10/story-one-1">1</a>
      <a href="{BASE}/news/2025/03/10/story-two-2#comments">2</a>
      <a href="/tag/x">tag</a> <a href="/author/y">author</a> <a href="/category/z">cat</a>
      <a href="/video/2025/03/10/clip-3">video</a> <a href="/">home</a>
      <a href="https://other.example/news/2025/03/10/story-4">offsite</a>
      <a href="javascript:void(0)">js</a>
    </body></html>""".encode()
    s = make_spider(start=f"{BASE}/")
    out = list(s.parse(response(HtmlResponse, f"{BASE}/", page, "text/html", {"start": True, "hop": 0})))
    assert urls(out) == [f"{BASE}/news/2025/03/10/story-one-1", f"{BASE}/news/2025/03/10/story-two-2"]
    assert all(r.meta["hop"] == 1 and r.meta["article"] for r in out)
    # (the one section page it links to, not the tag's or the author's, is kept for the end of the crawl, read
    # as a listing only if no sitemap or feed gave an entry: scraper.listing, NewsSpider.more_listings)
    assert [(r.url, r.meta["listing_page"]) for r in s._fallback_listings] == [(f"{BASE}/category/z", 1)]
    # a listing page reached by following links is not followed again
    s = make_spider(start=f"{BASE}/")
    assert list(s.parse(response(HtmlResponse, f"{BASE}/section/x", page, "text/html",
                                 {"discovery": True, "hop": 1}))) == []


def test_a_start_page_announcing_its_feed_has_the_feed_read():
    # <link rel="alternate" type="application/rss+xml"> on the home page (feed autodiscovery): the feed is read
    # once, as a discovery document; not another host's feed, not a stylesheet or a language version (a written
    # probe of loopback sites, 2026-12-07: stories listed only in the feed the home page names)
    page = f"""<html><head>
      <link rel="alternate" type="application/rss+xml" title="آخر الأخبار" href="/flux/akhbar.xml">
      <link rel="alternate" type="application/atom+xml" href="{BASE}/flux/akhbar.xml">
      <link rel="alternate" type="application/rss+xml" href="https://other.example/feed.xml">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="stylesheet" href="/s.css">
    </head><body><a href="/news/2025/03/10/story-one-1">1</a></body></html>""".encode()
    s = make_spider(start=f"{BASE}/")
    out = list(s.parse(response(HtmlResponse, f"{BASE}/", page, "text/html", {"start": True, "hop": 0})))
    assert urls(out) == [f"{BASE}/flux/akhbar.xml", f"{BASE}/news/2025/03/10/story-one-1"]
    assert s.crawler.stats.get_value("discovery/feed_autodiscovered") == 1


def test_parse_article_decodes_windows_1256_from_meta_charset():
    body = (SITE / "articles" / "water-project.html").read_bytes()
    s = make_spider(url=f"{BASE}/local/2025/03/09/water-project-1006")
    # HTTP Content-Type without charset: only <meta charset="windows-1256"> tells
    resp = response(HtmlResponse, f"{BASE}/local/2025/03/09/water-project-1006", body, "text/html",
                    {"article": True, "single": True})
    (item,) = list(s.parse_article(resp))
    assert isinstance(item, ArticleItem)
    assert item["title"] == "افتتاح مشروع جديد لتحلية مياه البحر في المدينة الساحلية"
    assert "تقنية التناضح العكسي" in item["body"]
    assert "إقرأ أيضا" not in item["body"] and "ملفات تعريف الارتباط" not in item["body"]
    assert item["published_at"] == "2025-03-09T07:45:00+03:00"
    assert all(isinstance(r, dict) for r in item["removed"])


def test_parse_article_falls_back_to_sitemap_metadata():
    body = ("<html><head><meta charset='utf-8'></head><body><div class='txt'>"
            + "<p>" + "هذه فقرة طويلة من نص الخبر تكفي لتكون متن المقال وتزيد على الحد الأدنى. " * 3 + "</p>"
            + "<p>" + "وفقرة ثانية تكمل القصة بالتفاصيل والأرقام والأسماء الضرورية لفهم الخبر. " * 3 + "</p>"
            + "</div></body></html>").encode()
    s = make_spider(start=f"{BASE}/news.xml")
    meta = {"article": True, "entry": {"news_title": "عنوان من خريطة الأخبار",
                                       "news_publication_date": "2025-03-11T14:00:00+03:00",
                                       "news_language": "ar"}}
    (item,) = list(s.parse_article(response(HtmlResponse, f"{BASE}/a/1", body, "text/html", meta)))
    assert item["title"] == "عنوان من خريطة الأخبار"
    assert item["published_at"] == "2025-03-11T14:00:00+03:00"


def test_parse_article_counts_bad_responses(caplog):
    s = make_spider(start=f"{BASE}/")
    with caplog.at_level("WARNING"):
        assert list(s.parse_article(response(Response, f"{BASE}/a/1", b"", None, {"article": True}))) == []
        assert list(s.parse_article(response(Response, f"{BASE}/a/2", b"\x89PNG\r\n\x1a\n\x00\x00",
                                             "image/png", {"article": True}))) == []
    st = s.crawler.stats
    assert st.get_value("errors/empty") == 1 and st.get_value("errors/not_html") == 1
    assert f"{BASE}/a/1" in caplog.text and f"{BASE}/a/2" in caplog.text


def test_parse_article_no_body_is_counted():
    s = make_spider(start=f"{BASE}/")
    page = b"<html><head><title>x</title></head><body><nav><a href='/'>home</a></nav></body></html>"
    assert list(s.parse_article(response(HtmlResponse, f"{BASE}/a/3", page, "text/html",
                                         {"article": True}))) == []
    assert s.crawler.stats.get_value("articles/no_article/no_body") == 1


def test_parse_article_stores_no_listing_whatever_text_it_has():
    """A home page's main text is read by the core (problem "listing"): the spider yields no item."""
    s = make_spider(start=f"{BASE}/")
    page = ("<html><head><title>بوابة الوسط</title></head><body><main><p>صادق مجلس النواب على مشروع قانون "
            "الموازنة العامة للدولة بعد نقاش طويل استمر يومين في جلسات علنية حضرها عدد كبير من النواب.</p>"
            "</main></body></html>").encode()
    art = extract(page, f"{BASE}/")
    assert art.problem == "listing" and "صادق مجلس النواب" in art.body   # (the core reads its text)
    resp = response(HtmlResponse, f"{BASE}/", page, "text/html; charset=utf-8", {"article": True})
    assert list(s.parse_article(resp)) == []
    assert s.crawler.stats.get_value("articles/no_article/listing") == 1


def test_scrapy_parse_default_callback_handles_an_article_page():
    """`scrapy parse --spider=generic URL` calls parse() on a request without our meta."""
    body = (SITE / "articles" / "book-fair.html").read_bytes().replace(b"__BASE__", BASE.encode())
    s = make_spider()
    out = list(s.parse(response(HtmlResponse, f"{BASE}/culture/2025/03/12/book-fair-1004", body,
                                "text/html; charset=utf-8")))
    assert len(out) == 1 and out[0]["title"].startswith("معرض الكتاب")


def test_errback_counts_and_logs_once(caplog):
    from scrapy.exceptions import IgnoreRequest
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet.error import DNSLookupError

    s = make_spider(start=f"{BASE}/")

    def fail(exc, url):
        f = Failure(exc)
        f.request = Request(url, meta={"retry_times": 2})
        s.on_error(f)

    resp404 = response(HtmlResponse, f"{BASE}/gone", b"<html></html>", "text/html", status=404)
    with caplog.at_level("INFO"):
        fail(HttpError(resp404, "Ignoring non-200 response"), f"{BASE}/gone")
        fail(DNSLookupError("no such host"), "http://nx.example/a")
        try:
            from scrapy.exceptions import DownloadTimeoutError
        except ImportError:   # Scrapy < 2.14
            from twisted.internet.error import TimeoutError as DownloadTimeoutError
        fail(DownloadTimeoutError("took longer than 1 seconds"), f"{BASE}/slow")
        fail(IgnoreRequest("Forbidden by robots.txt"), f"{BASE}/private/x")
    st = s.crawler.stats
    assert st.get_value("errors/http_404") == 1
    assert st.get_value("errors/dns") == 1
    assert st.get_value("errors/timeout") == 1
    assert st.get_value("skipped/robots_txt") == 1
    lines = [r.getMessage() for r in caplog.records if r.name == "generic"]
    assert sum(f"{BASE}/gone" in m for m in lines) == 1
    assert any("HTTP 404" in m for m in lines)


# --------------------------------------------------------------------------- site modules

def test_arabi21_is_declarative_data():
    s = make_spider(Arabi21Spider)
    assert s.name == "arabi21"
    assert s.entry_points() == ["https://arabi21.com/feed", "https://arabi21.com/rss"]
    assert s.accept_article_url("https://arabi21.com/story/1407839/some-title")
    assert not s.accept_article_url("https://arabi21.com/section/politics")
    assert not s.accept_article_url("https://arabi21.com/")
    p = s.profile
    assert p.name == "arabi21" and p.domains == ("arabi21.com",)
    # only data in the module: no methods of its own
    own = {k for k, v in vars(Arabi21Spider).items() if callable(v) and not k.startswith("__")}
    assert own == set()


def test_start_override_and_profile_for_a_site_spider():
    s = make_spider(Arabi21Spider, start="https://arabi21.com/sitemap.xml")
    assert s.entry_points() == ["https://arabi21.com/sitemap.xml"]
    assert isinstance(s, NewsSpider)


def test_site_selector_miss_is_counted_and_the_article_kept():
    class SelectorSpider(NewsSpider):
        name = "selectorsite"
        allowed_domains = ["news.example"]
        body_selectors = (".no-such-body",)

    body = (SITE / "articles" / "arab-summit.html").read_bytes()
    s = make_spider(SelectorSpider)
    (item,) = list(s.parse_article(response(HtmlResponse, f"{BASE}/politics/2025/03/11/arab-summit-1002",
                                            body, "text/html", {"article": True})))
    assert "اختتمت القمة العربية" in item["body"]
    assert item["site"] == "selectorsite"
    assert s.crawler.stats.get_value("site_selector_miss") == 1


def test_html_that_declares_itself_an_article_is_one_whatever_its_url():
    from scraper.discovery import declares_article
    assert declares_article(b'<head><meta property="og:type" content="article"></head>')
    assert declares_article(b'<script type="application/ld+json">{"@type": "NewsArticle"}</script>')
    assert not declares_article(b'<head><meta property="og:type" content="website"></head>')


def test_requests_share_the_spiders_bound_callbacks():
    """Article and discovery requests carry the same bound methods: Scrapy caches its check of a
    callback (is_generator_with_return_value: inspect.getsource + ast.parse) weakly by that
    object, so one object for the whole crawl means one check, not one per response."""
    s = make_spider(start=f"{BASE}/robots.txt")
    a = s.article_request(f"{BASE}/story/1/x")
    b = s.article_request(f"{BASE}/story/2/y")
    assert a is not None and b is not None
    assert a.callback is b.callback and a.errback is b.errback
    assert a.callback == s.parse_article and a.errback == s.on_error
    c = s.discovery_request(f"{BASE}/sitemap-1.xml", hop=0)
    d = s.discovery_request(f"{BASE}/sitemap-2.xml", hop=0)
    assert c.callback is d.callback and c.callback == s.parse and c.errback is a.errback


def test_a_story_linked_with_tracking_parameters_is_requested_once_at_its_clean_address():
    # a feed's "?utm_source=rss&utm_medium=feed" link and the sitemap's clean one: one request, and the
    # stored article's address without the campaign tags (a written probe of loopback sites, 2026-12-07,
    # stored the feed's address); other parameters stay as written
    from scraper.urls import strip_tracking
    s = make_spider(start=f"{BASE}/robots.txt")
    a = s.article_request(f"{BASE}/2025/03/12/olive-oil/?utm_source=rss&utm_medium=feed&utm_campaign=x")
    assert a is not None and a.url == f"{BASE}/2025/03/12/olive-oil/"
    assert s.article_request(f"{BASE}/2025/03/12/olive-oil/") is None
    assert s.article_request(f"{BASE}/2025/03/12/olive-oil/?fbclid=IwAR0x") is None
    assert strip_tracking("https://e.com/n?id=5&utm_term=a&q=a%20b#top") == "https://e.com/n?id=5&q=a%20b#top"
    assert strip_tracking("https://e.com/n?utm=1&gclid=2") == "https://e.com/n?utm=1"


def test_a_broken_link_in_a_feed_skips_its_item_not_the_feed():
    # "http://[::1…" (a bracket never closed) and a port past 65535: urljoin raised out of parse_feed
    # and the whole feed was lost
    from scraper.urls import join
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            "<item><title>a</title><link>http://[::1/n/1</link></item>"
            "<item><title>b</title><link>https://example.com:99999/n/2</link></item>"
            "<item><title>c</title><link>/n/3.html</link></item></channel></rss>").encode()
    assert [e["loc"] for e in parse_feed(feed, "https://example.com/feed")] == ["https://example.com/n/3.html"]
    assert join("https://example.com/a/", "b.html") == "https://example.com/a/b.html"
    assert join("https://example.com/", "http://[::1/x") is None and join("https://e.com/", "//e.com:70000/") is None
