"""scraper.storage.Store on real SQLite files."""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timezone

import pytest

from scraper.article import Article, Removal
from scraper.storage import Store, content_hash, fts_query, make_snippet

ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

BODY = (
    "أعلنت الحكومةُ اليومَ عن خطةٍ جديدة للاقتصاد.\n"
    "وقال يوري أوشاكوف، مساعد الرئيس، إنّ المحادثات «بنّاءة».\n"
    "وأضاف أن الاجتماع المقبل سيعقد في الرياض."
)


def art(url="https://news.example/a/1", **kw) -> Article:
    kw.setdefault("site", "example")
    kw.setdefault("title", "الحكومة تعلن خطة اقتصادية")
    kw.setdefault("body", BODY)
    return Article(url=url, **kw)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "sub" / "dir" / "news.db")
    yield s
    s.close()


def test_creates_file_wal_and_schema(tmp_path):
    path = tmp_path / "a" / "b" / "news.db"
    with Store(path) as s:
        assert path.exists()
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        cols = [r[1] for r in s.conn.execute("PRAGMA table_info(articles)")]
        assert cols[0] == "canonical_url" and "removed" not in cols
        assert {"content_hash", "first_seen", "last_seen", "versions", "authors", "tags"} <= set(cols)
    # Opening again is idempotent
    with Store(path) as s:
        assert s.count() == 0


def test_upsert_new_unchanged_changed(store):
    a = art(canonical_url="https://news.example/a/1", url="https://news.example/a/1?utm_source=x",
            authors=["سارة"], tags=["اقتصاد", "حكومة"], published_at="2024-05-01T10:00:00+03:00",
            removed=[Removal("related.phrase:اقرأ أيضا", "اقرأ أيضا: ...")])
    assert store.upsert_many([a], now="2024-05-01T08:00:00Z") == {"new": 1, "updated": 0, "unchanged": 0}
    row = store.get("https://news.example/a/1")
    assert row["versions"] == 1
    assert row["first_seen"] == row["last_seen"] == "2024-05-01T08:00:00Z"
    assert row["url"] == "https://news.example/a/1?utm_source=x"
    assert row["authors"] == ["سارة"] and row["tags"] == ["اقتصاد", "حكومة"]
    assert row["content_hash"] == content_hash(a.title, a.body)
    assert row["published_at"] == "2024-05-01T10:00:00+03:00"
    raw = store.conn.execute("SELECT authors FROM articles").fetchone()[0]
    assert json.loads(raw) == ["سارة"] and "سارة" in raw   # JSON text, not \\u-escaped

    # same content again (as a dict this time) -> only last_seen/fetched_at move
    d = a.to_dict()
    d["fetched_at"] = "2024-05-02T09:00:00+00:00"
    assert store.upsert_many([d], now="2024-05-02T09:00:00Z") == {"new": 0, "updated": 0, "unchanged": 1}
    row = store.get("https://news.example/a/1")
    assert row["versions"] == 1
    assert row["first_seen"] == "2024-05-01T08:00:00Z"
    assert row["last_seen"] == "2024-05-02T09:00:00Z"
    assert row["fetched_at"] == "2024-05-02T09:00:00Z"

    # changed body -> versions 2, first_seen kept, new text stored and searchable
    b = art(canonical_url="https://news.example/a/1", body=BODY + "\nتحديث: انتهى الاجتماع.")
    assert store.upsert_many([b], now="2024-05-03T07:00:00Z") == {"new": 0, "updated": 1, "unchanged": 0}
    row = store.get("https://news.example/a/1")
    assert row["versions"] == 2
    assert row["first_seen"] == "2024-05-01T08:00:00Z"
    assert row["last_seen"] == "2024-05-03T07:00:00Z"
    assert row["body"].endswith("انتهى الاجتماع.")
    assert [r["canonical_url"] for r in store.search("تحديث انتهى")] == ["https://news.example/a/1"]
    # the old text of a word that is gone no longer matches ... and the index has one row
    assert store.conn.execute("SELECT count(*) FROM articles_search").fetchone()[0] == 1

    # changed title alone also counts as a new version
    c = art(canonical_url="https://news.example/a/1", title="عنوان آخر", body=b.body)
    assert store.upsert_many([c])["updated"] == 1
    assert store.get("https://news.example/a/1")["versions"] == 3
    assert [r["title"] for r in store.search("عنوان آخر")] == ["عنوان آخر"]
    assert store.search("تعلن") == []                       # the old title is gone from the index


def test_canonical_falls_back_to_url_and_batch_counts(store):
    arts = [art(url=f"https://news.example/a/{i}") for i in range(5)]
    arts.append(art(url="https://news.example/a/0"))          # duplicate inside one batch
    assert store.upsert_many(arts) == {"new": 5, "updated": 0, "unchanged": 1}
    assert store.get("https://news.example/a/3")["canonical_url"] == "https://news.example/a/3"
    assert store.upsert_many([]) == {"new": 0, "updated": 0, "unchanged": 0}


def test_default_times_are_utc_z(store):
    store.upsert_many([art(fetched_at="2024-05-01T12:00:00+03:00")])
    row = store.get("https://news.example/a/1")
    for k in ("first_seen", "last_seen", "fetched_at"):
        assert ISO_Z.match(row[k]), (k, row[k])
    assert row["fetched_at"] == "2024-05-01T09:00:00Z"


def test_batch_is_one_transaction(store):
    good = art(url="https://news.example/ok")
    with pytest.raises(ValueError):
        store.upsert_many([good, {"title": "no url at all", "body": "x"}])
    assert store.count() == 0            # nothing of the failed batch was written


@pytest.mark.parametrize("query", [
    "اعلنت",              # no hamza -> أعلنت
    "اوشاكوف",            # no hamza -> أوشاكوف
    "الحكومة",            # no tashkeel -> الحكومةُ
    "بناءة",              # no shadda -> «بنّاءة»
    "إن المحادثات",       # two words, AND
    "أَعْلَنَتْ",           # vocalised query, plain text
    "للاقتصـــاد",        # tatweel in the query
])
def test_search_is_arabic_aware(store, query):
    store.upsert_many([art(), art(url="https://news.example/other", title="خبر آخر",
                                  body="لا علاقة لهذا النص بالموضوع.")])
    res = store.search(query)
    assert [r["canonical_url"] for r in res] == ["https://news.example/a/1"], query
    r = res[0]
    assert set(r) == {"canonical_url", "title", "site", "published_at", "snippet", "rank"}
    assert r["site"] == "example"


def test_search_vocalised_text_found_by_bare_query(store):
    store.upsert_many([art(url="https://news.example/v", title="نصٌّ مشكول",
                           body="ذَهَبَ الطَّالِبُ إِلَى المَدْرَسَةِ صَبَاحًا.")])
    assert len(store.search("الطالب الى المدرسة")) == 1
    assert len(store.search("مشكول")) == 1


def test_search_and_semantics_and_ranking(store):
    store.upsert_many([
        art(url="https://n.example/1", title="الرياض تستضيف القمة", body="القمة في الرياض غدا."),
        art(url="https://n.example/2", title="خبر رياضي", body="ذكر الرياض مرة واحدة بين كلام كثير " * 5),
        art(url="https://n.example/3", title="لا شيء", body="نص بلا كلمات البحث."),
    ])
    res = store.search("الرياض")
    assert [r["canonical_url"] for r in res][:2] == ["https://n.example/1", "https://n.example/2"]
    assert res[0]["rank"] <= res[1]["rank"]
    assert [r["canonical_url"] for r in store.search("الرياض القمة")] == ["https://n.example/1"]
    assert store.search("الرياض غير_موجودة") == []
    assert len(store.search("الرياض", limit=1)) == 1
    assert store.search("الرياض", site="nope") == []


@pytest.mark.parametrize("query", [
    '"', "'", '"الحكومة', "الحكومة)", "(", "*", "AND", "OR NOT", "NEAR(", "a:b", "title:x",
    "الحكومة -اليوم", "^", "{title body}: x", "؟!،", "", "   ", "100%", "c++", "\\", "a\x00b",
])
def test_search_never_raises_on_punctuation(store, query):
    store.upsert_many([art()])
    res = store.search(query)
    assert isinstance(res, list)


def test_fts_query_quotes_everything():
    assert fts_query('الحكومة "OR" NEAR(x)') == '"الحكومه" "or" "near" "x"'  # ة folded as ه
    assert fts_query("?!") == ""


def test_snippet_shows_original_text_around_match(store):
    long_body = ("كلام تمهيدي لا علاقة له بالموضوع. " * 20) + BODY
    store.upsert_many([art(body=long_body)])
    (r,) = store.search("اوشاكوف")
    assert "[أوشاكوف،]" in r["snippet"]              # original spelling, punctuation kept
    assert r["snippet"].startswith("… ")
    assert "مساعد الرئيس" in r["snippet"]
    # title-only match: snippet is the start of the body
    (r,) = store.search("اقتصادية")
    assert r["snippet"].startswith("كلام تمهيدي")


def test_make_snippet_marks_and_windows():
    body = " ".join(f"w{i}" for i in range(100)) + " الإعلان " + " ".join(f"x{i}" for i in range(100))
    s = make_snippet(body, ["الاعلان"], before=3, after=3, mark=("<", ">"))
    assert s == "… w97 w98 w99 <الإعلان> x0 x1 …"
    assert make_snippet("", ["x"]) == ""


def test_seen_urls_and_known(store):
    store.upsert_many([
        art(url="https://a.example/1?amp=1", canonical_url="https://a.example/1", site="a"),
        art(url="https://b.example/2", site="b"),
    ])
    # the same article seen later under another alias
    store.upsert_many([art(url="https://a.example/1/amp", canonical_url="https://a.example/1", site="a")])
    assert store.seen_urls("a") == {"https://a.example/1?amp=1", "https://a.example/1",
                                    "https://a.example/1/amp"}
    assert store.seen_urls() >= {"https://b.example/2", "https://a.example/1"}
    assert store.known("https://a.example/1/amp")
    assert store.known("https://b.example/2")
    assert not store.known("https://b.example/3")


def test_delete_article_cleans_search(store):
    store.upsert_many([art()])
    store.conn.execute("DELETE FROM articles")
    store.conn.commit()
    assert store.search("الحكومة") == []
    assert store.seen_urls() == set()


def test_crawl_runs(store):
    run = store.start_run("aljazeera")
    assert isinstance(run, int)
    (r,) = store.runs()
    assert r["spider"] == "aljazeera" and r["finish_reason"] is None and ISO_Z.match(r["started_at"])
    stats = {
        "start_time": datetime(2024, 5, 1, 8, 0, tzinfo=timezone.utc),
        "finish_time": datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc),
        "articles/new": 5, "articles/updated": 2, "articles/unchanged": 7,
        "item_dropped_count": 1, "articles/dropped_no_body": 1,
        "log_count/ERROR": 9, "spider_log_count/ERROR": 2,
        "site_selector_miss": 3,
    }
    store.finish_run(run, "finished", stats)
    (r,) = store.runs()
    assert (r["items_new"], r["items_updated"], r["items_unchanged"], r["items_dropped"], r["errors"]) \
        == (5, 2, 7, 1, 2)
    assert r["finish_reason"] == "finished" and ISO_Z.match(r["finished_at"])
    assert r["stats"]["start_time"] == "2024-05-01T08:00:00Z"
    assert r["stats"]["site_selector_miss"] == 3
    # without the per-spider error count, Scrapy's log_count/ERROR is used
    run2 = store.start_run("x")
    store.finish_run(run2, "shutdown", {"log_count/ERROR": 4})
    assert store.runs(1)[0]["errors"] == 4


def test_stats(store):
    store.upsert_many([
        art(url="https://a.example/1", site="a", published_at="2024-05-01T10:00:00Z"),
        art(url="https://a.example/2", site="a", published_at="2024-05-02T10:00:00Z"),
        art(url="https://b.example/1", site="b"),
    ])
    store.finish_run(store.start_run("a"), "finished", {"articles/new": 2})
    st = store.stats()
    assert st["articles"] == 3
    assert st["sites"][0]["site"] == "a" and st["sites"][0]["articles"] == 2
    assert st["sites"][0]["newest_published"] == "2024-05-02T10:00:00Z"
    assert ISO_Z.match(st["sites"][0]["last_seen"])
    assert st["runs"][0]["spider"] == "a" and st["runs"][0]["items_new"] == 2


def test_reindex_and_other_client_can_query(tmp_path):
    path = tmp_path / "news.db"
    with Store(path) as s:
        s.upsert_many([art()])
        assert s.reindex() == 1
        assert len(s.search("اعلنت")) == 1
    # a plain sqlite3 client (no Python functions registered) can use the index
    conn = sqlite3.connect(path)
    n = conn.execute(
        "SELECT count(*) FROM articles_search_fts WHERE articles_search_fts MATCH 'اوشاكوف'"
    ).fetchone()[0]
    conn.close()
    assert n == 1


def test_concurrent_reader_while_writing(tmp_path):
    path = tmp_path / "news.db"
    with Store(path) as w, Store(path) as r:
        w.conn.execute("BEGIN IMMEDIATE")
        w.conn.execute("UPDATE crawl_runs SET spider = spider")
        assert r.search("anything") == []       # WAL: readers are not blocked by the writer
        w.conn.execute("COMMIT")
        w.upsert_many([art()])
        assert len(r.search("اعلنت")) == 1


def test_search_folds_teh_marbuta_and_arabic_indic_digits(tmp_path):
    store = Store(tmp_path / "s.db")
    store.upsert_many([{"url": "https://e.com/1", "title": "القمة العربية", "site": "e.com",
                        "body": "انعقدت القمة العربية في عام 2024 بحضور القادة."}])
    assert [r["canonical_url"] for r in store.search("القمه العربيه")] == ["https://e.com/1"]
    assert [r["canonical_url"] for r in store.search("٢٠٢٤")] == ["https://e.com/1"]


def test_same_url_changed_twice_in_one_batch(store):
    """The batch reads the stored rows in one query; a URL repeated inside the batch still
    sees its earlier version: new, then updated (versions 2), then unchanged."""
    a = art(url="https://news.example/twice")
    b = art(url="https://news.example/twice", body=BODY + "\nوتابع أن الحوار سيستمر.")
    assert store.upsert_many([a, b, b], now="2024-05-01T08:00:00Z") == {
        "new": 1, "updated": 1, "unchanged": 1}
    row = store.get("https://news.example/twice")
    assert row["versions"] == 2 and row["first_seen"] == "2024-05-01T08:00:00Z"
    assert "الحوار" in row["body"]
    assert [r["canonical_url"] for r in store.search("الحوار")] == ["https://news.example/twice"]
    assert store.conn.execute("SELECT count(*) FROM articles_search").fetchone()[0] == 1
    # and a later batch of the first text again: updated to versions 3, searchable again
    assert store.upsert_many([a, a]) == {"new": 0, "updated": 1, "unchanged": 1}
    assert store.get("https://news.example/twice")["versions"] == 3
    assert store.search("الحوار") == []


def test_many_urls_in_one_batch(store):
    """More URLs than one IN (...) query takes (500): every state read right."""
    arts = [art(url=f"https://news.example/m/{i}", body=f"{BODY} {i}") for i in range(1200)]
    assert store.upsert_many(arts) == {"new": 1200, "updated": 0, "unchanged": 0}
    arts[7] = art(url="https://news.example/m/7", body="نص آخر تماما")
    assert store.upsert_many(arts) == {"new": 0, "updated": 1, "unchanged": 1199}
    assert store.get("https://news.example/m/7")["versions"] == 2
    assert store.get("https://news.example/m/1100")["versions"] == 1


def fts_consistent(store) -> bool:
    """FTS5's own check that the index holds exactly the shadow table's text."""
    try:
        store.conn.execute(
            "INSERT INTO articles_search_fts(articles_search_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return False
    return True


def test_batch_search_rows_keep_the_index_exact(store):
    """The search rows of a batch go in with one INSERT per up to SEARCH_ROWS_PER_STATEMENT
    rows (new and changed ones mixed, a URL twice): the index matches the shadow table, the old
    text of a changed article is gone from it, and every article is found by its own word."""
    from scraper.storage import store as store_module

    n = store_module.SEARCH_ROWS_PER_STATEMENT + 20        # two statements in one batch
    arts = [art(url=f"https://news.example/s/{i}", body=f"{BODY}\nكلمة{i}") for i in range(n)]
    assert store.upsert_many(arts)["new"] == n
    changed = [art(url="https://news.example/s/3", body="نص جديد عن الزراعة"),
               art(url="https://news.example/new", body="خبر عن الصيد"),
               art(url="https://news.example/s/3", body="نص أحدث عن الصناعة")]
    assert store.upsert_many(changed) == {"new": 1, "updated": 2, "unchanged": 0}
    assert fts_consistent(store)
    assert [r["canonical_url"] for r in store.search("الصناعة")] == ["https://news.example/s/3"]
    assert store.search("الزراعة") == [] and store.search("كلمة3") == []
    assert [r["canonical_url"] for r in store.search("كلمة" + str(n - 1))] == \
        [f"https://news.example/s/{n - 1}"]
    assert len(store.search("الرياض", limit=1000)) == n - 1
    # a client without our code deleting an article keeps the index exact (the triggers)
    store.conn.execute("DELETE FROM articles WHERE canonical_url = 'https://news.example/s/5'")
    store.conn.commit()
    assert fts_consistent(store) and store.search("كلمة5") == []


def test_index_keeps_latin_accent_folding_and_phrase_queries(store):
    """What the FTS5 options kept (README "SQLite writes"): the tokenizer folds Latin accents
    that fold_search leaves (café finds cafe and the other way round), and the index keeps
    positions (detail=full), so a phrase query typed in Datasette's SQL page works."""
    store.upsert_many([art(url="https://e.com/fr", title="Un café à Zürich",
                           body="Le café de la gare ouvre à Zürich."), art()])
    assert [r["canonical_url"] for r in store.search("cafe zurich")] == ["https://e.com/fr"]
    assert [r["canonical_url"] for r in store.search("CAFÉ")] == ["https://e.com/fr"]

    def phrase(words: str) -> int:
        return store.conn.execute(
            "SELECT count(*) FROM articles_search_fts WHERE articles_search_fts MATCH ?",
            (f'"{words}"',)).fetchone()[0]
    assert phrase("اعلنت الحكومه اليوم") == 1            # folded words, in this order
    assert phrase("الحكومه اعلنت") == 0


def test_fts_automerge_is_set_on_new_and_migrated_archives(tmp_path):
    """Schema migration 5 sets the FTS5 index's automerge (fewer segment merges per write) in
    the index's config table: on a new archive and on one of version 4, whose index stays
    exact and searchable."""
    from scraper.storage.schema import FTS_AUTOMERGE

    def automerge(st):
        row = st.conn.execute(
            "SELECT v FROM articles_search_fts_config WHERE k = 'automerge'").fetchone()
        return row and row[0]

    with Store(tmp_path / "new.db") as st:
        assert automerge(st) == FTS_AUTOMERGE
    old = tmp_path / "old.db"
    with Store(old) as st:
        st.upsert_many([art(url=f"https://news.example/a/{i}", body=f"{BODY}\nكلمة{i}")
                        for i in range(30)])
        st.conn.execute("DELETE FROM articles_search_fts_config WHERE k = 'automerge'")
        st.conn.execute("PRAGMA user_version = 4")
        st.conn.commit()
    with Store(old) as st:
        assert (st.version_found, automerge(st)) == (4, FTS_AUTOMERGE)
        st.upsert_many([art(url=f"https://news.example/b/{i}", body=f"{BODY}\nكلمة{i}")
                        for i in range(30, 60)])
        assert fts_consistent(st)
        assert [r["canonical_url"] for r in st.search("كلمة45")] == ["https://news.example/b/45"]


def test_a_killed_writer_loses_no_committed_batch(tmp_path):
    """kill -9 of a writer between batches (the WAL not checkpointed into the file yet): every
    batch upsert_many returned from is there when the file is opened again, searchable, with
    an exact index (WAL + synchronous=NORMAL: only a power cut or OS crash can undo commits)."""
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "news.db"
    code = (
        "import os, signal, sys\n"
        "from scraper.article import Article\n"
        "from scraper.storage import Store\n"
        "st = Store(sys.argv[1])\n"
        "for b in range(3):\n"
        "    st.upsert_many([Article(url=f'https://news.example/{b}/{i}', site='example',\n"
        "        title='عنوان', body=f'نص الخبر رقم {i} من الدفعة دفعه{b} كاملا') for i in range(50)])\n"
        "    print(b, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=root, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(root)}, timeout=120)
    assert out.returncode == -signal.SIGKILL and out.stdout.split() == ["0", "1", "2"]
    assert Path(f"{path}-wal").stat().st_size > 0          # the commits were still in the WAL
    with Store(path) as st:
        assert st.count() == 150
        assert len(st.search("دفعه2", limit=100)) == 50
        assert fts_consistent(st)


def test_stored_hash_and_json_keep_their_form(store):
    """The content hash decides "unchanged" against hashes stored by every earlier version, and
    the JSON lists are read by other clients: both keep their exact form (SHA-256 of title, a
    newline and body in UTF-8; JSON with the text as is, not \\u escapes)."""
    import hashlib

    for title, body in (("عنوان", BODY), ("", ""), (None, "x"), ("t\n", None)):
        assert content_hash(title, body) == hashlib.sha256(
            f"{title or ''}\n{body or ''}".encode("utf-8")).hexdigest()
    store.upsert_many([art(authors=["مراسل الوكالة", "Jane Doe"], tags="اقتصاد"),
                       art("https://news.example/a/2", authors=None, tags=())])
    rows = dict(((u, (a, t)) for u, a, t in store.conn.execute(
        "SELECT canonical_url, authors, tags FROM articles")))
    assert rows["https://news.example/a/1"] == ('["مراسل الوكالة", "Jane Doe"]', '["اقتصاد"]')
    assert rows["https://news.example/a/2"] == ("[]", "[]")


def test_paywalled_is_stored_and_follows_the_page(store):
    # Article, item dict (as a worker's JSON brings it) and a flag the page drops over the same text
    store.upsert_many([art("https://news.example/a/1", paywalled=True), art("https://news.example/a/2"),
                       {"url": "https://news.example/a/3", "title": "t", "body": "b", "paywalled": True}])
    flags = dict(store.conn.execute("SELECT canonical_url, paywalled FROM articles"))
    assert flags == {"https://news.example/a/1": 1, "https://news.example/a/2": 0, "https://news.example/a/3": 1}
    assert store.upsert_many([art("https://news.example/a/1", paywalled=False)]) == {
        "new": 0, "updated": 0, "unchanged": 1}
    assert store.conn.execute("SELECT paywalled FROM articles WHERE canonical_url = ?",
                              ("https://news.example/a/1",)).fetchone() == (0,)


def test_paywalled_column_added_to_an_older_archive(tmp_path):
    # a version 6 archive (before the column): the column is added, its rows read NULL (not known)
    db = tmp_path / "news.db"
    with Store(db) as s:
        s.upsert_many([art()])
        s.conn.execute("ALTER TABLE articles DROP COLUMN paywalled")
        s.conn.execute("PRAGMA user_version = 6")
        s.conn.commit()
    with Store(db) as s:
        assert (s.version_found, s.version) == (6, 7)
        assert s.conn.execute("SELECT paywalled FROM articles").fetchall() == [(None,)]
        s.upsert_many([art("https://news.example/a/9", paywalled=True)])
        assert s.conn.execute("SELECT paywalled FROM articles WHERE canonical_url LIKE '%/9'").fetchone() == (1,)
