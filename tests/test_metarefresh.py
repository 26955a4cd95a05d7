"""The meta refresh read from the head of the body (scraper/crawling/metarefresh.py): the same
answer as Scrapy's get_meta_refresh, which decodes the whole body, on crafted pages and on every
corpus page; and real crawls on 127.0.0.1 through the project's settings: a refresh in the head
is followed, one to a consent host is a wall, one Scrapy's window does not reach is not followed."""
from __future__ import annotations

import gzip
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.response import get_meta_refresh
from scrapy.utils.test import get_crawler

from scraper.crawling.metarefresh import HEAD_BYTES, HeadMetaRefreshMiddleware, head_meta_refresh, head_text
from tests.corpus_pages import corpus_dir
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
URL = "http://127.0.0.1/news/2025/03/10/story-1.html"
STORY = "".join(f"<p>الفقرة رقم {i} من نص الخبر الطويل بما يكفي ليكون مقالا حقيقيا في الموقع.</p>"
                for i in range(12))


def _refresh(content: str) -> str:
    return f'<meta http-equiv="refresh" content="{content}">'


def _page(head: str = "", body: str = STORY, charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>خبر</title>{head}</head><body>{body}</body></html>"


FILLER = "<script>var x = '" + "ص" * 9000 + "';</script>"        # 9,000 characters, 18 KB
ASCII_FILLER = "<script>var x = '" + "x" * 18000 + "';</script>"

CASES = {
    "none": (_page(), "utf-8", None),
    "head": (_page(_refresh("0; url=/news/2")), "utf-8", None),
    "head-delay": (_page(_refresh("5;URL='https://example.com/x?a=1&amp;b=2'")), "utf-8", None),
    "base-href": (_page('<base href="http://other.example/dir/">' + _refresh("0; url=next.html")),
                  "utf-8", None),
    "entity": (_page('<meta http-equiv="Refresh" content="0; url=/e?a=1&amp;b=&#50;">'), "utf-8", None),
    "in-noscript": (_page("<noscript>" + _refresh("0; url=/nojs") + "</noscript>"), "utf-8", None),
    "non-ascii-url": (_page(_refresh("0; url=/أخبار/1")), "utf-8", None),
    "after-window": (_page(FILLER + _refresh("0; url=/late")), "utf-8", None),
    "in-body-late": (_page(body=STORY * 20 + _refresh("0; url=/late")), "utf-8", None),
    "windows-1256": (_page(_refresh("0; url=/w/1"), charset="windows-1256"), "cp1256", None),
    "undeclared-utf8": (_page(_refresh("0; url=/u/1"), charset=None), "utf-8", None),
    "undeclared-latin": ("<html><head><title>Été</title>" + _refresh("0; url=/l/1") + "</head><body><p>"
                         + "Café déjà vu, à côté de l'hôtel. " * 800 + "</p></body></html>", "latin-1", None),
    "header-charset": (_page(_refresh("0; url=/h/1"), charset=None), "utf-8", "text/html; charset=utf-8"),
    "utf-16-bom": (_page(_refresh("0; url=/b/1"), charset=None), "utf-16", None),
    # the 16 KB window ends inside a two-byte character (the refresh is past 4,096 characters)
    "cut-in-character": ("<html><head><title>" + "x" * (HEAD_BYTES - 30) + "ص" * 40 + "</title>"
                         + _refresh("0; url=/c") + "</head></html>", "utf-8", None),
}


def _pair(html: str, encoding: str, ctype: str | None):
    body = html.encode(encoding)
    headers = {"Content-Type": ctype or "text/html"}
    return (HtmlResponse(URL, headers=headers, body=body),
            HtmlResponse(URL, headers=headers, body=body))


@pytest.mark.parametrize("name", list(CASES))
def test_same_answer_as_scrapy_without_decoding_the_body(name):
    ours, scrapys = _pair(*CASES[name])
    assert head_meta_refresh(ours, ["noscript"]) == get_meta_refresh(scrapys, ["noscript"])
    text, _ = head_text(ours)
    if name == "undeclared-latin":
        # no charset declared, not UTF-8: Scrapy's statistical guess (charset_normalizer) runs
        # on the first 16 KB instead of the whole body and may name another single-byte code
        # page (here cp1257 for the whole, a Latin-1 one for the head): only non-ASCII
        # characters of the window can differ, never the markup of a refresh
        def ascii_only(t):
            return "".join(c for c in t if c < "\x80")
        assert ascii_only(text) == ascii_only(scrapys.text[:4096])
    else:
        assert text == scrapys.text[:4096]
    assert getattr(ours, "_cached_ubody", None) is None     # the whole page was never decoded


def test_what_the_cases_show():
    """The cases above cover what they say (else the comparison could pass on nothing)."""
    got = {name: head_meta_refresh(_pair(*c)[0], ["noscript"]) for name, c in CASES.items()}
    assert got["none"] == (None, None)
    assert got["head"] == (0.0, "http://127.0.0.1/news/2")
    assert got["base-href"] == (0.0, "http://other.example/dir/next.html")
    assert got["entity"] == (0.0, "http://127.0.0.1/e?a=1&b=2")
    assert got["in-noscript"] == (None, None)
    assert got["after-window"] == (None, None)      # past Scrapy's 4,096 characters
    assert got["in-body-late"] == (None, None)
    assert got["head-delay"][0] == 5.0
    for name in ("windows-1256", "undeclared-utf8", "undeclared-latin", "header-charset", "utf-16-bom"):
        assert got[name][1] is not None, name


def test_undeclared_page_whose_rest_is_not_utf8():
    """The head alone is valid UTF-8, the whole body is not: the refresh URL (ASCII) is the
    same, only non-ASCII characters of the window may differ."""
    html = _page(_refresh("0; url=/l/1"), charset=None).encode("utf-8") + b"\xe9t\xe9" * 10_000
    ours = HtmlResponse(URL, headers={"Content-Type": "text/html"}, body=html)
    scrapys = HtmlResponse(URL, headers={"Content-Type": "text/html"}, body=html)
    assert head_meta_refresh(ours) == get_meta_refresh(scrapys) == (0.0, "http://127.0.0.1/l/1")


def test_every_corpus_page_same_window_as_scrapy():
    root = corpus_dir()
    if root is None:
        pytest.skip("../shared/corpus not available (real pages are read at run time)")
    n = 0
    for line in (root / "manifest.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        body = gzip.decompress((root / rec["html"]).read_bytes())
        for ctype in ("text/html", "text/html; charset=utf-8"):
            ours = HtmlResponse(rec["url"], headers={"Content-Type": ctype}, body=body)
            scrapys = HtmlResponse(rec["url"], headers={"Content-Type": ctype}, body=body)
            assert head_text(ours)[0] == scrapys.text[:4096], rec["id"]
            assert head_meta_refresh(ours) == get_meta_refresh(scrapys), rec["id"]
            n += 1
    assert n > 400


def test_middleware_follows_like_scrapys():
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True, "METAREFRESH_MAXDELAY": 100})
    mw = HeadMetaRefreshMiddleware.from_crawler(crawler)
    req = Request(URL)
    resp = HtmlResponse(URL, body=_page(_refresh("0; url=/news/2")).encode(), request=req)
    out = mw.process_response(req, resp)
    assert isinstance(out, Request) and out.url == "http://127.0.0.1/news/2"
    assert out.meta["redirect_reasons"] == ["meta refresh"]
    slow = HtmlResponse(URL, body=_page(_refresh("600; url=/news/2")).encode(), request=req)
    assert mw.process_response(req, slow) is slow          # METAREFRESH_MAXDELAY
    plain = HtmlResponse(URL, body=_page().encode(), request=req)
    assert mw.process_response(req, plain) is plain
    dont = Request(URL, meta={"dont_redirect": True})
    assert mw.process_response(dont, resp) is resp


# ----------------------------------------------------------------------------- real crawls

def _article(title: str, head: str = "", extra_body: str = "") -> str:
    return (f'<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f"<article><h1>{title}</h1>{STORY}</article>{extra_body}</body></html>")


def test_real_crawl_meta_refresh(tmp_path: Path):
    pages = {
        # a refresh in the head: followed, the target stored
        "/news/2025/03/10/moved-1.html": _article("انتقل الخبر", _refresh("0; url=/news/2025/03/10/target-2.html")),
        "/news/2025/03/10/target-2.html": _article("الخبر بعد الانتقال"),
        # a refresh to a consent host in the head: a wall, dropped before it is followed
        "/news/2025/03/10/walled-3.html": _article("صفحة موافقة", _refresh("0; url=https://consent.google.com/ml?continue=x")),
        # the same after 18 KB of head scripts: past Scrapy's window, not followed; the page's
        # one parse (scraper.extract) still sees the refresh in <head>: a wall, not stored
        "/news/2025/03/10/late-wall-4.html": (
            '<html><head><meta charset="utf-8"><title>Before you continue</title>' + ASCII_FILLER
            + _refresh("0; url=https://consent.google.com/ml?continue=y") + "</head><body>"
            "<p>We use cookies and data to deliver our services.</p><button>Accept all</button>"
            "</body></html>"),
        # an on-site refresh late in the body: not followed (as Scrapy would not), the page stored
        "/news/2025/03/10/late-refresh-5.html": _article("خبر عادي", extra_body=FILLER + _refresh(
            "0; url=/news/2025/03/10/never-6.html")),
    }
    routes = {}
    for path, html in pages.items():
        name = path.rsplit("/", 1)[1]
        (tmp_path / name).write_text(html, encoding="utf-8")
        routes[path] = {"file": name, "headers": {"Content-Type": "text/html; charset=utf-8"}}
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               + "".join(f"<url><loc>__BASE__{p}</loc></url>" for p in pages if "target" not in p)
               + "</urlset>")
    (tmp_path / "sitemap.xml").write_text(sitemap, encoding="utf-8")
    routes["/sitemap.xml"] = {"file": "sitemap.xml", "headers": {"Content-Type": "application/xml"}}
    db, log = tmp_path / "news.db", tmp_path / "crawl.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    with SiteServer(tmp_path, routes) as srv:
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"start={srv.base}/sitemap.xml",
             "-a", "since=all", "-s", f"SQLITE_PATH={db}", "-s", f"LOG_FILE={log}",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        requested = srv.paths()
        base = srv.base
    text = log.read_text("utf-8")
    assert proc.returncode == 0, proc.stderr[-2000:] + text[-3000:]
    conn = sqlite3.connect(db)
    try:
        stored = {r[0] for r in conn.execute("SELECT url FROM articles")}
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs").fetchone()[0])
    finally:
        conn.close()
    assert stored == {base + "/news/2025/03/10/target-2.html", base + "/news/2025/03/10/late-refresh-5.html"}
    assert "/news/2025/03/10/target-2.html" in requested
    assert "/news/2025/03/10/never-6.html" not in requested
    assert stats.get("downloader/response_status_count/200", 0) == 6    # sitemap + 5 pages
    assert stats.get("consent_wall") == 2
    assert stats.get("articles/no_article/consent_wall") == 1           # the late one, by extract()
    assert "Consent wall, page dropped" in text
    # no response carried the whole page decoded to text (nothing for DecodedTextRelease to drop)
    assert not stats.get("memory/decoded_text_released")
    # (the same real crawl: the project's GCTuning ran at engine start)
    assert stats.get("gc/frozen", 0) > 10_000 and stats.get("gc/threshold") == 10_000
