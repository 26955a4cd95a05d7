"""Incremental crawls fetch a stored story again when its sitemap entry says it changed after we fetched it
(a correction, an update), and update the stored row; an address spelled another way (an Arabic slug as
typed, lower-case escapes) is one stored address. A written probe of loopback sites, 2026-12-07 (crawl38,
its second run): the updated story kept its first text; an Arabic slug was fetched again each run."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

from tests.loopcrawl import crawl_generic


def _story(title: str, extra: str) -> str:
    text = " ".join(f"Paragraph {j} says what the council decided about the library's night readings, in "
                    f"sentences long enough to read as a story." for j in range(3))
    return (f"<html><head><title>{title}</title><meta property='og:type' content='article'></head><body><article>"
            f"<h1>{title}</h1><p>{text}</p><p>{extra}</p></article></body></html>")


def _sitemap(entries: dict) -> str:
    urls = "".join(f"<url><loc>__BASE__{p}</loc><lastmod>{m}</lastmod></url>" for p, m in entries.items())
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_a_story_changed_after_we_fetched_it_is_fetched_again_and_updated(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    now = datetime.now(timezone.utc)
    slug = "/news/48241-كورنيش-الإسكندرية"
    paths = {"/news/48222-library-night-readings": "The first evening is on Friday at seven.",
             "/news/48230-rice-prices": "Rice prices held steady at the wholesale market this week.",
             "/news/48235-tram-service": "The tram runs every twenty minutes until midnight.",
             slug: "The new walkway opens on the corniche next month."}
    for k, (path, extra) in enumerate(paths.items()):
        (site / f"s{k}.html").write_text(_story(f"Story {k}", extra), "utf-8")
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\nSitemap: __BASE__/sitemap.xml\n"},
              "/sitemap.xml": {"file": "sitemap.xml"}, **{p: {"file": f"s{k}.html"} for k, p in enumerate(paths)}}
    # (a shortlink in the sitemap that redirects to its story: stored as the story's alias, not followed again)
    (site / "s9.html").write_text(_story("Story 9", "The furniture fair opens in Damietta on Sunday."), "utf-8")
    routes["/news/48213-damietta-furniture"] = {"file": "s9.html"}
    routes["/n/48213"] = {"status": 301, "location": "__BASE__/news/48213-damietta-furniture"}
    routes[slug.replace("كورنيش-الإسكندرية", "%D9%83%D9%88%D8%B1%D9%86%D9%8A%D8%B4-%D8%A7%D9%84%D8%A5%D8%B3%D9%83"
                        "%D9%86%D8%AF%D8%B1%D9%8A%D8%A9")] = routes.pop(slug)
    first = {p: _iso(now - timedelta(hours=5)) for p in [*paths, "/n/48213"]}
    (site / "sitemap.xml").write_text(_sitemap(first), "utf-8")
    base, _, rows, _, _ = crawl_generic(site, routes, tmp_path, "/robots.txt")
    assert len(rows) == 5
    # the first run was two hours ago; since then the library story was corrected (its lastmod 30 minutes ago),
    # the sitemap stamps the rice story with the time it is generated (no change to tell), the tram story's
    # lastmod is its old one, and the Arabic slug is listed with lower-case escapes
    conn = sqlite3.connect(tmp_path / "bad.db")
    conn.execute("UPDATE articles SET fetched_at = ?", (_iso(now - timedelta(hours=2)),))
    conn.commit()
    conn.close()
    (site / "s0.html").write_text(_story("Story 0", "The first evening moves to Saturday at eight."), "utf-8")
    second = dict(first)
    second["/news/48222-library-night-readings"] = _iso(now - timedelta(minutes=30))
    second["/news/48230-rice-prices"] = _iso(datetime.now(timezone.utc))
    second.pop(slug)
    second["/news/48241-%d9%83%d9%88%d8%b1%d9%86%d9%8a%d8%b4-%d8%a7%d9%84%d8%a5%d8%b3%d9%83%d9%86%d8%af%d8%b1%d9%8a%d8%a9"] = \
        first[slug]
    (site / "sitemap.xml").write_text(_sitemap(second), "utf-8")
    # (the corrected story also in a feed read first, its item with no date of change: the sitemap's
    # lastmod, read later, still counts)
    (site / "feed.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x'
                                   '</title><link>__BASE__/news/48222-library-night-readings</link></item></channel></rss>',
                                   "utf-8")
    routes["/feed.xml"] = {"file": "feed.xml", "headers": {"Content-Type": "application/rss+xml"}}
    crawl_generic(site, routes, tmp_path, "/feed.xml", "/robots.txt", port=int(base.rsplit(":", 1)[1]))
    conn = sqlite3.connect(tmp_path / "bad.db")
    body = conn.execute("SELECT body, versions FROM articles WHERE url = ?",
                        (base + "/news/48222-library-night-readings",)).fetchone()
    new, updated, stats = conn.execute(
        "SELECT items_new, items_updated, stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    aliases = dict(conn.execute("SELECT url, canonical_url FROM article_urls").fetchall())
    conn.close()
    assert aliases[base + "/n/48213"] == base + "/news/48213-damietta-furniture"
    stats = json.loads(stats)
    assert "moves to Saturday at eight" in body[0] and body[1] == 2
    assert (count, new or 0, updated) == (5, 0, 1)
    # (skipped: the four unchanged, and the corrected story once, from the feed, before its sitemap entry)
    assert stats.get("articles/refetch_changed") == 1 and stats.get("articles/skipped_seen") == 5, stats
