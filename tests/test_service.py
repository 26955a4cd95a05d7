"""``scraper serve``: a real Datasette process over a real crawled archive, spoken to over
HTTP (search, article page, tables, read-only)."""
from __future__ import annotations


import json
import sqlite3

from pathlib import Path
from urllib.parse import quote

import pytest
from datasette.utils import tilde_encode

from tests.httpserver import SiteServer
from tests.servicekit import SEED_PATH, SEED_QUERY, SITES, Served, build_archive, sha256

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MAX_BYTES = 300_000


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("served")
    db = tmp / "news.db"
    urls = build_archive(db)
    # one story the page said was for subscribers (as the crawl stores it: tests/test_paywall.py)
    with sqlite3.connect(db) as conn:
        urls["paywalled"] = conn.execute("SELECT canonical_url FROM articles WHERE canonical_url != ? "
                                         "ORDER BY canonical_url LIMIT 1", (urls["seed"],)).fetchone()[0]
        conn.execute("UPDATE articles SET paywalled = 1 WHERE canonical_url = ?", (urls["paywalled"],))
    before = sha256(db)
    # the test sites are on loopback: this instance may fetch from there
    with Served(db, "--max-bytes", str(MAX_BYTES), "--fetch-timeout", "1", "--fetch-private") as srv:
        srv.urls = urls
        yield srv
    # read-only: serving, searching and every request below left the file as it was
    assert sha256(db) == before


def search(srv, **params):
    qs = "&".join(f"{k}={quote(str(v))}" for k, v in params.items())
    return srv.get_json(f"/news/search.json?_shape=array&{qs}")


def test_search_finds_seed_story_through_folding(served):
    rows = search(served, q=SEED_QUERY)
    assert [r["canonical_url"] for r in rows] == [served.urls["seed"]]
    r = rows[0]
    assert r["title"] == "الكرملين: بايدن أكد لبوتين أن الحرب النووية يجب ألا تبدأ"
    assert r["published_at"].startswith("2021-12-31")
    assert "[أوشاكوف" in r["snippet"]           # the original spelling, marked
    assert isinstance(r["rank"], float)
    # tashkeel, another hamza seat and Arabic-Indic digits fold as the index did
    assert search(served, q="أُوشَاكُوف")[0]["canonical_url"] == served.urls["seed"]
    assert search(served, q="اوشاكوف ١٠ جنيف")[0]["canonical_url"] == served.urls["seed"]


def test_search_ta_marbuta_and_title_weight(served):
    rows = search(served, q="القمه")            # ta marbuta typed as heh
    assert len(rows) >= 2
    assert "القمة" in rows[0]["title"]          # in the title beats in the body (bm25 5:1)
    assert any("القمة" not in r["title"] for r in rows[1:])
    ranks = [r["rank"] for r in rows]
    assert ranks == sorted(ranks)


def test_search_filters_site_and_dates(served):
    assert search(served, q=SEED_QUERY, site="127.0.0.1")
    assert search(served, q=SEED_QUERY, site="example.org") == []
    assert search(served, q=SEED_QUERY, since="2021-12-31", until="2021-12-31")
    assert search(served, q=SEED_QUERY, until="2021-12-30") == []
    assert search(served, q=SEED_QUERY, since="2022-01-01") == []


def test_search_odd_input_is_no_error(served):
    for q in ["", "   ", '"', "AND OR NOT", "(*:", "NEAR(a b)"]:
        assert search(served, q=q) == []
    status, _, html = served.get("/news/search?q=" + quote(SEED_QUERY))
    assert status == 200
    assert "<mark>أوشاكوف" in html.decode()
    assert "/news/articles/" in html.decode()       # titles link to the article page


def test_sql_function_is_the_index_folding(served):
    rows = served.get_json("/news.json?_shape=array&sql="
                           + quote("select fold_search(:t) as f, fts_query(:t) as m")
                           + "&t=" + quote("أُوشاكوف القمّة ٢٠٢١"))
    assert rows == [{"f": "اوشاكوف القمه 2021", "m": '"اوشاكوف" "القمه" "2021"'}]


def test_article_page_reads_right(served):
    path = "/news/articles/" + tilde_encode(served.urls["seed"])
    status, _, body = served.get(path)
    html = body.decode()
    assert status == 200
    assert '<article class="news-article" dir="rtl" lang="ar">' in html
    assert "<h1 class=\"news-title\">الكرملين: بايدن أكد لبوتين" in html
    assert html.count("<p>") >= 10                          # one <p> per stored paragraph
    assert f'href="{served.urls["seed"]}"' in html           # link to the original
    assert "2021-12-31T09:12:00" in html
    assert "news-paywalled" not in html
    # a story the page said was for subscribers says so over its body
    status, _, body = served.get("/news/articles/" + tilde_encode(served.urls["paywalled"]))
    assert status == 200 and '<p class="news-paywalled">For subscribers' in body.decode()


def test_tables_open_on_newest(served):
    rows = served.get_json("/news/articles.json?_shape=array&_col=published_at&_col=site")
    dates = [r["published_at"] for r in rows if r["published_at"]]
    assert dates and dates == sorted(dates, reverse=True)
    data = served.get_json("/news/articles.json?_facet=site")
    assert data["facet_results"]["site"]["results"][0]["value"] == "127.0.0.1"
    sites = served.get_json("/news/sites.json?_shape=array")
    total = served.get_json("/news/articles.json?_size=0")["filtered_table_rows_count"]
    assert sites == [{**sites[0], "site": "127.0.0.1", "articles": total}] and total >= 5


def test_nothing_writes(served):
    status, _, body = served.get("/news.json?sql=" + quote("delete from articles"))
    assert status == 400
    status, _, body = served.get("/news.json?sql=" + quote(
        "with x as (select 1) select * from x; pragma query_only"))
    assert status == 400


def test_refuses_what_is_not_an_archive(tmp_path: Path):
    import subprocess
    import sys
    bad = tmp_path / "x.db"
    bad.write_bytes(b"not sqlite at all" * 100)
    r = subprocess.run([sys.executable, "-m", "scraper.cli", "serve", "--db", str(bad),
                        "--port", "0"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 4 and "is not an SQLite database" in r.stderr
    assert "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "scraper.cli", "serve", "--db",
                        str(tmp_path / "missing.db"), "--port", "0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "no archive" in r.stderr


# --------------------------------------------------------------------------- POST /-/extract

def cli_extract(*args: str) -> dict:
    import json
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "scraper.cli", "extract", "--json", *args],
                       capture_output=True, text=True, timeout=120)
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def seed_site():
    routes = {
        SEED_PATH: {"file": "story/kremlin-biden-putin-call.html"},
        "/slow": {"file": "story/kremlin-biden-putin-call.html", "delay": 3},
        "/big": {"body": "<p>" + "كلمة " * 80_000 + "</p>"},
        "/gone": {"status": 404},
        "/hop": {"status": 302, "location": "__BASE__" + SEED_PATH},
    }
    with SiteServer(SITES / "arabi21", routes=routes) as srv:
        yield srv


def test_extract_url_is_the_cli_result(served, seed_site):
    url = seed_site.base + SEED_PATH
    status, art = served.post_json("/-/extract", {"url": url})
    assert status == 200
    cli = cli_extract(url)
    assert "removed" not in art
    assert art == {k: v for k, v in cli.items() if k != "removed"}
    assert art["title"] == "الكرملين: بايدن أكد لبوتين أن الحرب النووية يجب ألا تبدأ"
    assert "أوشاكوف" in art["body"] and "اقرأ أيضا" not in art["body"]
    assert "ملف تعريف الارتباط" not in art["body"]
    # with removed (form encoding, and through a redirect): exactly the CLI's JSON
    status, full = served.post_form("/-/extract", {"url": seed_site.base + "/hop", "removed": "1"})
    assert status == 200
    assert full == cli
    assert any("اقرأ أيضا" in r["text"] for r in full["removed"])


def test_extract_html_is_the_cli_result(served, tmp_path):
    page = SITES / "arabi21" / "story" / "kremlin-biden-putin-call.html"
    url = "https://arabi21.com/story/1404512/kremlin-biden-putin-call"
    status, art = served.post_form("/-/extract", {"html": page.read_text("utf-8"), "url": url,
                                                  "removed": "true"})
    assert status == 200
    assert art == cli_extract("--url", url, str(page))


@pytest.mark.parametrize("kind, send, status, message", [
    ("json", {}, 400, "give 'url'"),
    ("json", {"url": "ftp://example.org/x"}, 400, "absolute http(s) URL"),
    ("json", {"url": "/relative"}, 400, "absolute http(s) URL"),
    ("json", {"url": "http://[::1/x"}, 400, "absolute http(s) URL"),   # (urllib raised: HTTP 500)
    ("json", {"url": "https://example.com:99999/x"}, 400, "absolute http(s) URL"),
    ("json", {"html": 5}, 400, "'html' must be a string"),
    ("json", ["not", "an", "object"], 400, "must be an object"),
    ("json", {"html": "<p>x</p>", "site": "no-such-site"}, 400, "unknown site"),
    ("form", {"html": "<p>" + "x" * MAX_BYTES + "</p>"}, 413, "larger than"),
])
def test_extract_bad_input(served, kind, send, status, message):
    got, body = (served.post_json if kind == "json" else served.post_form)("/-/extract", send)
    assert got == status and body["ok"] is False and message in body["error"], body


def test_extract_bad_requests(served, seed_site):
    import json
    status, _, body = served.request("/-/extract", b"{oops", {"Content-Type": "application/json"})
    assert status == 400 and "not valid JSON" in json.loads(body)["error"]
    status, _, body = served.request("/-/extract", b"[" * 100_000 + b"]" * 100_000,
                                     {"Content-Type": "application/json"})   # (past the recursion limit)
    assert status == 400 and "not valid JSON" in json.loads(body)["error"]
    status, _, body = served.request("/-/extract", b"--x\r\n", {"Content-Type": "multipart/form-data; boundary=x"})
    assert status == 415 and "unsupported Content-Type" in json.loads(body)["error"]
    status, _, body = served.get("/-/extract")
    assert status == 405 and "POST" in json.loads(body)["error"]
    for path, code, text in [("/gone", 502, "HTTP 404"), ("/slow", 504, "longer than 1 s"),
                             ("/big", 413, "larger than")]:
        status, body = served.post_json("/-/extract", {"url": seed_site.base + path})
        assert status == code and text in body["error"], body
        assert "Traceback" not in body["error"]


def test_extract_refuses_private_addresses_by_default(tmp_path, seed_site):
    """Without --fetch-private the service fetches nothing from loopback: a 403 that says why and
    how to allow it, and not one request reaches the site."""
    db = tmp_path / "news.db"
    build_archive(db)
    before = len(seed_site.log)
    with Served(db) as srv:
        for url in (seed_site.base + SEED_PATH, seed_site.base.replace("127.0.0.1", "localhost") + "/hop"):
            status, body = srv.post_json("/-/extract", {"url": url})
            assert status == 403 and body["ok"] is False, body
            assert "non-public address" in body["error"] and "--fetch-private" in body["error"]
        # pasted HTML is not fetched: still served
        status, art = srv.post_json("/-/extract", {"html": "<p>" + "كلمة " * 60 + "</p>",
                                                   "url": "http://127.0.0.1/x"})
        assert status == 200 and art["body"]
    assert len(seed_site.log) == before


def test_extract_page_without_article_is_422(served):
    status, art = served.post_json("/-/extract", {"html": "<html><body><nav>menu</nav></body></html>",
                                                  "url": "https://example.org/x"})
    assert status == 422 and art["problem"] and art["body"] == ""


# --------------------------------------------------------------------------- /-/health.json

def test_health_json(served):
    report = served.get_json("/-/health.json")
    by = {s["site"]: s for s in report["sites"]}
    assert by["127.0.0.1"]["articles"] >= 5 and by["127.0.0.1"]["last_new_article"]
    run = by["generic"]["last_run"]
    assert run["outcome"] == "ok" and run["finish_reason"] == "finished" and run["items_new"] >= 4
    assert not any(s["dark"] for s in report["sites"])


def test_health_dark_and_failed(tmp_path):
    import sqlite3

    from scraper.service.health import health_report
    from scraper.storage import Store
    with Store(tmp_path / "h.db") as st:
        st.upsert_many([{"url": "https://a.example/1", "site": "alpha", "title": "t", "body": "b"}])
        for _ in range(3):
            st.finish_run(st.start_run("alpha"), "finished", {"articles/new": 0})
        st.finish_run(st.start_run("beta"), "finished", {"articles/new": 2})
        st.finish_run(st.start_run("beta"), "shutdown", {"articles/new": 0})
        st.finish_run(st.start_run("gamma"), "finished", {"articles/new": 1, "log_count/ERROR": 2})
    conn = sqlite3.connect(f"file:{tmp_path / 'h.db'}?mode=ro", uri=True)
    report = health_report(conn)
    by = {s["site"]: s for s in report["sites"]}
    assert by["alpha"]["dark"] is True and by["alpha"]["last_run"]["outcome"] == "ok"
    assert by["beta"]["dark"] is False and by["beta"]["last_run"]["outcome"] == "shutdown"
    assert by["gamma"]["last_run"]["outcome"] == "errors"
    assert report["ok"] is False


# --------------------------------------------------------------------------- one story, many outlets

def test_collapse_and_also_on(tmp_path):
    from scraper.extract import extract
    from scraper.storage import Store
    page = (SITES / "arabi21" / "story" / "kremlin-biden-putin-call.html").read_bytes()
    art = extract(page, "https://arabi21.com" + SEED_PATH)
    paras = art.body.split("\n")
    versions = {
        "arabi21.example": art.body,
        "wire.example": "\n".join(["موسكو - (وكالات):", *paras[:-1]]),
        "gulf.example": "\n".join([*paras[1:], "المصدر: وكالات"]),
    }
    db = tmp_path / "news.db"
    with Store(db) as st:
        st.upsert_many([{"url": f"https://{site}/story/1", "site": site, "title": art.title,
                         "body": body, "published_at": "2021-12-31T09:12:00Z"}
                        for site, body in versions.items()])
        st.upsert_many([{"url": "https://other.example/2", "site": "other.example",
                         "title": "خبر آخر", "body": "أوشاكوف " + "كلمة مختلفة تماما " * 30}])
    with Served(db) as srv:
        flat = search(srv, q=SEED_QUERY)
        assert len(flat) == 4
        one = search(srv, q=SEED_QUERY, collapse="1")
        assert len(one) == 2
        story = next(r for r in one if r["cluster_id"] == flat[0]["cluster_id"] or r["also_on"])
        assert sorted(story["also_on"].split(", ")) == sorted(set(versions) - {story["site"]})
        other = next(r for r in one if r is not story)
        assert other["site"] == "other.example" and other["also_on"] is None
        status, _, html = srv.get("/news/search?collapse=1&q=" + quote(SEED_QUERY))
        assert status == 200 and "also on: " in html.decode()
        status, _, html = srv.get("/news/articles/" + tilde_encode("https://wire.example/story/1"))
        html = html.decode()
        assert '<p class="news-also">Also on: ' in html
        assert ">arabi21.example</a>" in html and ">gulf.example</a>" in html


def test_archive_from_before_clustering_is_served(tmp_path):
    import sqlite3

    from scraper.storage import Store
    db = tmp_path / "old.db"
    with Store(db) as st:
        st.upsert_many([{"url": "https://a.example/1", "site": "a.example", "title": "القمة",
                         "body": "اختتمت القمة العربية أعمالها"}])
        st.conn.executescript("DROP TABLE article_clusters; DROP TABLE article_lsh; "
                              "DROP TRIGGER articles_ad_clusters; PRAGMA user_version = 2;")
    before = sha256(db)
    with Served(db) as srv:
        rows = search(srv, q="القمه", collapse="1")
        assert [(r["site"], r["cluster_id"], r["also_on"]) for r in rows] == [("a.example", None, None)]
        assert srv.get("/news/articles/" + tilde_encode("https://a.example/1"))[0] == 200
    assert sha256(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'article_clusters'").fetchone() == (0,)
    conn.close()


def test_served_from_a_folder_the_server_cannot_write(tmp_path):
    """A reader that may not write beside the file (another user, a read-only folder): SQLite
    cannot keep its WAL index there, so the archive is served immutable, as stats/search read
    it; before, every page answered 500 'attempt to write a readonly database'."""
    import os
    import shutil
    import tempfile

    from tests.test_ops_db import _nobody_can_run, make_db

    why = _nobody_can_run()
    if why:
        pytest.skip(why)
    shared = Path(tempfile.mkdtemp(prefix="serve-ro-"))
    try:
        os.chmod(shared, 0o755)
        db = make_db(shared / "news.db")
        os.chmod(db, 0o644)
        before = sorted(p.name for p in shared.iterdir())
        nobody = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
        with Served(db, prefix=nobody) as srv:
            status, _, body = srv.get("/news/articles.json?_shape=array")
            assert status == 200, body[:300]
            assert len(json.loads(body)) == 3
            status, _, body = srv.get("/news/search.json?_shape=array&q=" + quote("الخبر"))
            assert status == 200, body[:300]
            assert json.loads(body)
        assert sorted(p.name for p in shared.iterdir()) == before   # nothing created
    finally:
        shutil.rmtree(shared, ignore_errors=True)
