"""Bytes in flight (issue 10, item 4): glibc's malloc serves large blocks with their own mmap
(``scraper.crawling.memory.MallocTuning``), and a real crawl of the corpus's largest real pages
on loopback stores them all under the article size cap with the project's memory settings."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scraper import settings as project_settings
from scraper.crawling.memory import MAX_THRESHOLD, set_mmap_threshold
from tests.corpus_pages import corpus_records
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]

_MALLINFO2 = r"""
import ctypes, sys
class MI2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd",
                "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc = ctypes.CDLL("libc.so.6")
if not hasattr(libc, "mallinfo2"):
    print("no-mallinfo2"); sys.exit()
libc.mallinfo2.restype = MI2
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
"""   # the start of each probe below: glibc's malloc, free and mallinfo2 (or "no-mallinfo2")

# In a fresh interpreter: a 4 MB block allocated and freed (glibc then raises its dynamic mmap
# threshold to 4 MB), then a 1 MB block: is it its own mapping (mallinfo2's hblkhd) or heap?
_PROBE = _MALLINFO2 + r"""
from scraper.crawling.memory import set_mmap_threshold
if sys.argv[1] != "0":
    assert set_mmap_threshold(int(sys.argv[1]))
big = libc.malloc(4_000_000); libc.free(big)
before = libc.mallinfo2().hblkhd
p = libc.malloc(1_000_000)
print(libc.mallinfo2().hblkhd - before)
libc.free(p)
"""


def _run_probe(probe: str, arg: str) -> int | None:
    """Run a mallinfo2 probe in a fresh interpreter: its number, or None without mallinfo2."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", probe, arg], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    if out.stdout.strip() == "no-mallinfo2":
        return None
    return int(out.stdout)


def _glibc_with_mallinfo2(probe: str, arg: str) -> int:
    """The probe's number under glibc's defaults; the test is skipped without glibc >= 2.33."""
    import ctypes
    try:
        ctypes.CDLL("libc.so.6").gnu_get_libc_version
    except (OSError, AttributeError):
        pytest.skip("not glibc: MallocTuning does nothing there")
    value = _run_probe(probe, arg)
    if value is None:
        pytest.skip("glibc older than 2.33 (no mallinfo2)")
    return value


def test_mmap_threshold_keeps_large_blocks_out_of_the_heap():
    default = _glibc_with_mallinfo2(_PROBE, "0")
    # glibc's default: after a 4 MB block was freed, a 1 MB block goes to the heap
    assert default == 0
    # fixed threshold: the 1 MB block has its own mapping, returned to the system when freed
    assert _run_probe(_PROBE, str(project_settings.MALLOC_MMAP_THRESHOLD)) >= 1_000_000


# In a fresh interpreter: 2,000 blocks of 64 bytes allocated, then freed (as a parsed page's tree
# is): how many bytes of them wait unmerged on glibc's fastbins (mallinfo2's fsmblks)?
_FASTBIN_PROBE = _MALLINFO2 + r"""
from scraper.crawling.memory import disable_fastbins
malloc, free = libc.malloc, libc.free
if sys.argv[1] == "off":
    assert disable_fastbins()
blocks = [malloc(64) for _ in range(2000)]
odd = blocks[::2]            # every other one: no two freed neighbours merge on their own
libc.mallinfo2()             # (its first call allocates, which would merge the fastbins itself)
for b in odd:
    free(b)
print(libc.mallinfo2().fsmblks)
"""


def test_fastbins_off_frees_small_blocks_at_once():
    default = _glibc_with_mallinfo2(_FASTBIN_PROBE, "default")
    assert default > 900 * 64          # glibc's default: the freed blocks wait on fastbins
    assert project_settings.MALLOC_FASTBINS is False
    assert _run_probe(_FASTBIN_PROBE, "off") == 0  # fastbins off: none waits (merged or cached when freed)


def test_mmap_threshold_refuses_nonsense():
    with pytest.raises(ValueError):
        set_mmap_threshold(0)
    with pytest.raises(ValueError):
        set_mmap_threshold(MAX_THRESHOLD + 1)


def test_article_cap_passes_every_real_page():
    """ARTICLE_MAXSIZE bounds the bytes of one page in flight; no real corpus page may hit it."""
    import gzip
    from tests.corpus_pages import corpus_dir
    root = corpus_dir()
    largest = max(len(gzip.decompress((root / r["html"]).read_bytes()))
                  for r in corpus_records() if (root / r["html"]).exists())
    assert 2_000_000 < largest < project_settings.ARTICLE_MAXSIZE   # 2.8 MB (newspaper4k cnn_test_nlp)


def _largest_pages(n: int) -> list[tuple[str, bytes]]:
    import gzip
    from tests.corpus_pages import corpus_dir
    root = corpus_dir()
    recs = [r for r in corpus_records() if (root / r["html"]).exists()]
    recs.sort(key=lambda r: (root / r["html"]).stat().st_size, reverse=True)
    out = []
    for r in recs[: n * 3]:
        body = gzip.decompress((root / r["html"]).read_bytes())
        out.append((r["id"], body))
    out.sort(key=lambda x: len(x[1]), reverse=True)
    return out[:n]


def test_crawl_of_the_largest_real_pages(tmp_path: Path):
    """A real `scraper crawl` over loopback: the 6 largest corpus pages (1-3 MB each) and
    copies of them, all fetched and stored under the project's memory settings; the run's stats
    show the malloc tuning applied and Scrapy's peak RSS (memusage/max)."""
    pages = _largest_pages(6)
    routes, urls = {}, []
    for i in range(18):            # each large page three times: several in flight at once
        pid, body = pages[i % len(pages)]
        name = f"page{i}.html"
        (tmp_path / name).write_bytes(body)
        path = f"/news/2026/01/15/{i:03d}-{pid[:20]}.html"
        routes[path] = {"file": name, "headers": {"Content-Type": "text/html; charset=utf-8"}}
        urls.append(path)
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
               'schemas/sitemap/0.9">' + "".join(f"<url><loc>__BASE__{u}</loc></url>" for u in urls)
               + "</urlset>")
    (tmp_path / "sitemap.xml").write_text(sitemap, encoding="utf-8")
    routes["/sitemap.xml"] = {"file": "sitemap.xml", "headers": {"Content-Type": "application/xml"}}
    db = tmp_path / "news.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    with SiteServer(tmp_path, routes) as srv:
        proc = subprocess.run(
            [sys.executable, "-m", "scraper.cli", "crawl", "generic", "--db", str(db),
             "-a", f"start={srv.base}/sitemap.xml", "-a", "since=all",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0",
             "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        fetched = [p for _, p, status, _ in srv.log if p.startswith("/news/") and status == 200]
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert sorted(fetched) == sorted(urls)       # every large page downloaded in full
    conn = sqlite3.connect(db)
    try:
        stats = json.loads(conn.execute(
            "SELECT stats FROM crawl_runs ORDER BY rowid DESC LIMIT 1").fetchone()[0])
    finally:
        conn.close()
    assert not any(k.startswith("limits/page_size") for k in stats), stats
    assert stats.get("downloader/response_count", 0) >= len(urls) + 1
    assert stats.get("memory/mmap_threshold") == project_settings.MALLOC_MMAP_THRESHOLD
    assert stats.get("memory/fastbins") == 0        # MALLOC_FASTBINS = False applied
    assert stats.get("memusage/max", 0) > 0
    # no response carries its whole page decoded to text: the meta refresh is read from the first
    # 16 KB (scraper/crawling/metarefresh.py), so DecodedTextRelease has nothing to drop
    assert stats.get("memory/decoded_text_released", 0) == 0


def test_decoded_text_released_after_meta_refresh():
    """Scrapy's MetaRefreshMiddleware decodes the whole body (response.text); the response that
    goes on is the same page (body bytes object, URL, status, headers, request, encoding)
    without that text, which is then freed."""
    import gc
    import tracemalloc

    from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from scraper.crawling.memory import DecodedTextRelease

    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    crawler.stats.open_spider()
    body = ("<html><head><meta charset='utf-8'><title>خبر</title></head><body>"
            + "<p>" + "نص عربي طويل للمقال " * 50_000 + "</p></body></html>").encode("utf-8")
    req = Request("http://127.0.0.1/news/1.html", meta={"article": True})
    resp = HtmlResponse(req.url, status=200, headers={"X-A": "1"}, body=body, request=req)
    tracemalloc.start()
    out = MetaRefreshMiddleware.from_crawler(crawler).process_response(req, resp)
    assert out is resp
    text_size = len(resp.text) * 2          # decoded already: Arabic text, 2 bytes a character
    before = tracemalloc.get_traced_memory()[0]
    assert before > text_size               # Scrapy holds the whole page as text
    mw = DecodedTextRelease.from_crawler(crawler)
    out = mw.process_response(req, resp)
    del resp
    gc.collect()
    freed = before - tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert freed > 0.9 * text_size          # the whole-page text is gone
    assert out.body is body and out.url == req.url and out.status == 200
    assert out.request is req and out.meta["article"] is True
    assert out.headers.get("X-A") == b"1" and out.encoding == "utf-8"
    assert crawler.stats.get_value("memory/decoded_text_released") == 1
    assert mw.process_response(req, out) is out      # nothing cached: passed on as it is


# In a fresh interpreter (an audit hook cannot be removed): after the first malloc setting, how
# many subprocesses do further ones start? ctypes.util.find_library runs `ldconfig -p` per call.
_LIBC_ONCE_PROBE = r"""
import sys
from scraper.crawling.memory import disable_fastbins, set_mmap_threshold
set_mmap_threshold(256 * 1024)
started = []
sys.addaudithook(lambda event, args: started.append(args) if event == "subprocess.Popen" else None)
for _ in range(3):                  # three more spiders' MallocTuning
    set_mmap_threshold(256 * 1024)
    disable_fastbins()
print(len(started))
"""


def test_glibc_is_looked_up_once_per_process():
    import ctypes
    try:
        ctypes.CDLL("libc.so.6").gnu_get_libc_version
    except (OSError, AttributeError):
        pytest.skip("not glibc: MallocTuning does nothing there")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _LIBC_ONCE_PROBE], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == 0
