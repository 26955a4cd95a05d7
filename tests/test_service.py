"""``scraper serve``: a real Datasette process over a real crawled archive, spoken to over
HTTP (search, article page, tables, read-only)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from datasette.utils import tilde_encode

from tests.servicekit import SEED_QUERY, Served, build_archive, sha256

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("served")
    db = tmp / "news.db"
    urls = build_archive(db)
    before = sha256(db)
    with Served(db) as srv:
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
    assert r.returncode == 1 and "not a readable SQLite database" in r.stderr
    assert "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "scraper.cli", "serve", "--db",
                        str(tmp_path / "missing.db"), "--port", "0"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "no database" in r.stderr
