"""Answers that are no page, in a real crawl (``scraper crawl generic``, a subprocess, real Scrapy,
against a loopback site built in the test's folder): a body its Content-Encoding does not decode and
a redirect loop are each counted under one named kind with one WARNING naming the URL, never stored,
and the run goes on (a written hunt of hostile answers, 2026-12-06: the decoders' errors were counted
as ``errors/badgzipfile``, ``errors/zstderror`` and ``errors/error`` (zlib's and brotli's), and a
redirect coming back to its first URL vanished without a word: Scrapy's duplicate filter dropped it);
addresses no request can be made of are skipped and counted, not raised out of the parse."""
from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.httpserver import SiteServer
from tests.loopcrawl import crawl_generic

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "sites" / "blocked" / "article.html"

# each Content-Encoding whose decoder this Scrapy has (gzip and deflate always; br and zstd with the
# brotli and zstd packages): the story's bytes sent as they are, under that encoding
ENCODINGS = ["gzip", "deflate"] + [enc for enc, mod in (("br", "brotli"), ("zstd", "backports.zstd"))
                                   if importlib.util.find_spec(mod.split(".")[0]) is not None]


def _site(folder: Path) -> dict:
    (folder / "article.html").write_bytes(ARTICLE.read_bytes())
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\n"}, "/feed.xml": {"file": "feed.xml"},
              "/n/ok-1.html": {"file": "article.html"},
              "/n/loop-2.html": {"status": 301, "location": "__BASE__/n/loop-2b.html"},
              "/n/loop-2b.html": {"status": 301, "location": "__BASE__/n/loop-2.html"}}
    for k, enc in enumerate(ENCODINGS, 3):
        routes[f"/n/{enc}-{k}.html"] = {"file": "article.html", "headers": {"Content-Encoding": enc}}
    links = [p for p in routes if p.startswith("/n/") and not p.endswith("2b.html")]
    items = "".join(f"<item><title>S{k}</title><link>__BASE__{p}</link>"
                    f"<pubDate>Mon, 10 Mar 2025 0{k}:00:00 +0000</pubDate></item>" for k, p in enumerate(links))
    (folder / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
                                     "</channel></rss>")
    return routes


def test_undecodable_bodies_and_a_redirect_loop_are_counted_and_told(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    routes = _site(site)
    base, text, rows, stats, _ = crawl_generic(site, routes, tmp_path, "/feed.xml")
    assert rows == [f"{base}/n/ok-1.html"]
    assert stats.get("errors/content_encoding") == len(ENCODINGS), stats
    assert stats.get("errors/redirect_loop") == 1, stats
    warnings = [ln for ln in text.splitlines() if " WARNING: " in ln]
    for k, enc in enumerate(ENCODINGS, 3):
        hits = [ln for ln in warnings if f"{base}/n/{enc}-{k}.html" in ln]
        assert len(hits) == 1 and "content_encoding" in hits[0], hits
    loop = [ln for ln in warnings if "redirect loop" in ln]
    assert len(loop) == 1 and f"Failed {base}/n/loop-2.html: redirect loop ({base}/n/loop-2.html -> " in loop[0], loop


def test_a_site_that_answers_its_feed_but_no_story_is_told_broken(tmp_path):
    # every story a 5xx or a dropped connection, the feed fine: the run exited 0 with "errors 0" (a written
    # probe of loopback sites, 2026-12-07); now one "broken:" line under the table and exit 1
    site = tmp_path / "site"
    site.mkdir()
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\n"}, "/feed.xml": {"file": "feed.xml"},
              "/n/a-1.html": {"status": 500, "body": "Internal Server Error"},
              "/n/b-2.html": {"status": 502, "body": "Bad Gateway"},
              "/n/c-3.html": {"status": 504, "body": "Gateway Time-out"}}
    items = "".join(f"<item><title>S{k}</title><link>__BASE__/n/{p}</link></item>"
                    for k, p in enumerate(["a-1.html", "b-2.html", "c-3.html"]))
    (site / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
                                   "</channel></rss>")
    _, _, rows, stats, out = crawl_generic(site, routes, tmp_path, "/feed.xml", code=1)
    assert rows == []
    line = next(ln for ln in out.splitlines() if ln.startswith("broken: "))
    assert line.startswith("broken: generic: 3 requests failed and no article page was read (http_500 1, "
                           "http_502 1, http_504 1): the site answers, but not with its stories"), out
    assert "not clean: generic" in out


WALL = ('<html lang="ar" dir="rtl"><head><title>المنارة</title><meta name="robots" content="noindex"></head><body>'
        '<div id="consent-root" class="consent-wall"><h2>نحن نهتم بخصوصيتك</h2><p>نستخدم ملفات تعريف الارتباط وتقنيات '
        'مشابهة لتخصيص المحتوى والإعلانات وتحليل الزيارات. اختر قبول الكل للمتابعة إلى الموقع أو عدّل اختياراتك.</p>'
        '<button>قبول الكل</button><button>رفض</button><a href="/privacy">سياسة الخصوصية</a></div></body></html>')


def test_a_site_whose_every_story_is_a_consent_wall_is_told_walled(tmp_path):
    # every story a 200 full-page consent wall whatever the cookies (a written probe of loopback sites,
    # 2026-12-07, "manara"): the run printed "new 0", a WARNING per page, and exited 0; now one "walled:"
    # line under the table and exit 1
    site = tmp_path / "site"
    site.mkdir()
    (site / "wall.html").write_text(WALL, "utf-8")
    paths = ["/ahdath/88101-kuwait-bay-ferry-timetable", "/ahdath/88107-jahra-reserve-birds",
             "/iqtisad/88118-cooperatives-vegetable-prices"]
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\n"}, "/feed.xml": {"file": "feed.xml"},
              **{p: {"file": "wall.html"} for p in paths}}
    items = "".join(f"<item><title>S{k}</title><link>__BASE__{p}</link></item>" for k, p in enumerate(paths))
    (site / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
                                   "</channel></rss>")
    _, _, rows, stats, out = crawl_generic(site, routes, tmp_path, "/feed.xml", code=1)
    assert rows == [] and stats.get("consent_wall") == 3, stats
    line = next(ln for ln in out.splitlines() if ln.startswith("walled: "))
    assert line.startswith("walled: generic: 3 article pages were consent walls and none was a story: nothing "
                           "stored"), out
    assert "not clean: generic" in out


def test_a_wall_beside_stories_is_no_walled_site():
    from scraper.cli.crawl import _walled, walled_lines
    assert _walled({"consent_wall": 3}) == 3 and _walled({"consent_wall": 2}) == 0
    assert _walled({"consent_wall": 5, "articles/extracted": 1}) == 0
    assert walled_lines([{"spider": "x", "walled": 0}]) == []


def test_addresses_no_request_can_be_made_of_are_skipped_and_counted(tmp_path):
    # a sitemap index naming "javascript:…" and a sitemap naming "http://[::1…" or a port past 65535:
    # Scrapy's Request (or urllib's parse) raised out of the parse, and the entries after them were lost
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_bytes(ARTICLE.read_bytes())
    (site / "index.xml").write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>javascript:alert(1)</loc></sitemap><sitemap><loc>__BASE__/sm1.xml</loc></sitemap>"
        "</sitemapindex>")
    (site / "sm1.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>http://[::1/n/bad-1.html</loc></url><url><loc>https://example.com:99999/n/bad-2.html</loc></url>"
        "<url><loc>__BASE__/n/ok-3.html</loc></url></urlset>")
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\nSitemap: javascript:void(0)\n"},
              "/index.xml": {"file": "index.xml"}, "/sm1.xml": {"file": "sm1.xml"},
              "/n/ok-3.html": {"file": "article.html"}}
    base, _, rows, stats, _ = crawl_generic(site, routes, tmp_path, "/robots.txt", "/index.xml")
    assert rows == [f"{base}/n/ok-3.html"]
    # the two javascript: sitemaps (robots.txt's, the index's) and the two broken article addresses
    assert stats.get("discovery/skipped_bad_url") == 4, stats


def test_a_site_module_that_cannot_be_imported_leaves_out_its_site_only(tmp_path):
    # a bug in one site's module (it raises on import) stopped `scraper crawl --all` before any site was
    # crawled, with a traceback; now that site's spiders are left out with one ERROR line, the others
    # crawl and store, and the exit code says the run was not clean (SafeSpiderLoader)
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_bytes(ARTICLE.read_bytes())
    (site / "feed.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
                                   "<title>a</title><link>__BASE__/n/ok-1.html</link></item></channel></rss>")
    routes = {"/robots.txt": {"body": "User-agent: *\nAllow: /\n"}, "/feed.xml": {"file": "feed.xml"},
              "/n/ok-1.html": {"file": "article.html"}}
    package = tmp_path / "mods" / "tmp_sites"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "broken.py").write_text('raise RuntimeError("a bug in one site module")\n')
    db, log = tmp_path / "sites.db", tmp_path / "sites.log"
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(tmp_path / "mods"), os.environ.get("PYTHONPATH", "")])
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    with SiteServer(site, routes) as srv:
        (package / "good.py").write_text(
            "from spiders.base import NewsSpider\n\n\nclass Good(NewsSpider):\n    name = 'tmpgood'\n"
            f"    allowed_domains = ['127.0.0.1']\n    feeds = ['{srv.base}/feed.xml']\n    default_since_days = None\n")
        proc = subprocess.run(
            [sys.executable, "-m", "scraper.cli", "crawl", "--all", "--jobs", "1", "--db", str(db),
             "-s", "SPIDER_MODULES=tmp_sites", "-s", f"LOG_FILE={log}", "-s", "DOWNLOAD_DELAY=0",
             "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "TELNETCONSOLE_ENABLED=0", "-s", "REMOTE_CONTROL_ENABLED=0"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        base = srv.base
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    told = [ln for ln in proc.stderr.splitlines() if "tmp_sites.broken cannot be imported" in ln]
    assert len(told) == 1 and "RuntimeError: a bug in one site module" in told[0], proc.stderr
    assert "not clean: spider module(s) tmp_sites.broken cannot be imported" in proc.stdout, proc.stdout
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("SELECT url FROM articles")] == [f"{base}/n/ok-1.html"]
    conn.close()


def test_the_broken_line_says_whether_the_site_answered_at_all():
    from scraper.cli.crawl import _broken, broken_lines
    stats = {"errors/connection_refused": 3, "errors/entry_point": 3}
    dark = {"spider": "badia", "pages": 0, "broken": _broken(stats)}
    assert broken_lines([dark]) == ["broken: badia: 3 requests failed and no article page was read "
                                    "(connection_refused 3): the site did not answer at all (see the log's "
                                    "'Failed' lines)"]
    # a run that read an article page is not broken, whatever failed beside it
    assert _broken({**stats, "articles/extracted": 1}) == {}
