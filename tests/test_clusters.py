"""One story, many outlets: near-duplicate bodies share a cluster_id (scraper/clusters.py,
MinHash/LSH with datasketch), computed as the real Store writes the real SQLite file.

Texts: the Arabic gold paragraphs of ../shared/corpus (real articles; $SCRAPER_CORPUS points
elsewhere), rewrapped as different outlets with small edits (must cluster), and distinct stories
wrapped in the same outlet boilerplate (must not merge)."""
from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

from scraper import clusters
from scraper.storage import SCHEMA_VERSION, Store
from corpus_pages import corpus_records

ROOT = Path(__file__).resolve().parents[1]

# An outlet's furniture, as sites print it around every story (written for this test).
BOILERPLATE = (
    "جميع الحقوق محفوظة لموقعنا الإخباري ولا يجوز نسخ أو إعادة نشر أي جزء من هذا المحتوى دون "
    "إذن مسبق من إدارة التحرير. تابعونا على وسائل التواصل الاجتماعي للحصول على آخر الأخبار "
    "العاجلة والتقارير الحصرية من مراسلينا في مختلف العواصم العربية والعالمية. للاشتراك في "
    "النشرة البريدية اليومية أرسل بريدك الإلكتروني واحصل على أهم العناوين كل صباح مجانا. "
    "الآراء الواردة في المقالات تعبر عن أصحابها ولا تعبر بالضرورة عن رأي الموقع"
)


def arabic_stories(min_words: int = 0) -> list[tuple[str, list[str]]]:
    out = []
    for r in corpus_records():
        paras = [p for p in r.get("gold_paragraphs") or [] if p.strip()]
        if r.get("lang") == "ar" and len(" ".join(paras).split()) >= min_words:
            out.append((r["id"], paras))
    assert len(out) >= 5
    return out


def outlets(paras: list[str], rnd: random.Random) -> dict[str, str]:
    """The same wire story as four outlets print it."""
    words = " ".join(paras).split()
    drop = {rnd.randrange(len(words)) for _ in range(len(words) // 20)}
    return {
        "wire.example": "\n".join(paras),
        "cairo.example": "\n".join(["القاهرة - (أ ش أ):", *paras[:-1], "تابعوا آخر الأخبار على موقعنا"]),
        "gulf.example": " ".join(w for i, w in enumerate(words) if i not in drop),  # 5% words cut
        "levant.example": "\n".join([*paras[1:], "(وكالات)"]),                   # no lead
    }


def article(site: str, n: int, body: str, title: str = "خبر") -> dict:
    return {"url": f"https://{site}/news/{n}", "site": site, "title": title, "body": body}


def cluster_of(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT canonical_url, cluster_id FROM article_clusters"))
    finally:
        conn.close()


def test_outlets_of_one_story_cluster_and_stories_stay_apart(tmp_path):
    stories = arabic_stories(min_words=150)
    rnd = random.Random(11)
    db = tmp_path / "news.db"
    expected: dict[str, list[str]] = {}
    n = 0
    for sid, paras in stories:
        for site, body in outlets(paras, rnd).items():
            n += 1
            with Store(db) as st:     # one article per write, store reopened: incremental
                assert st.upsert_many([article(site, n, body)])["new"] == 1
            expected.setdefault(sid, []).append(f"https://{site}/news/{n}")
    got = cluster_of(db)
    ids = {sid: {got[u] for u in urls} for sid, urls in expected.items()}
    for sid, cids in ids.items():
        assert len(cids) == 1, f"{sid}: its four outlets fell into clusters {cids}"
    assert len({next(iter(c)) for c in ids.values()}) == len(stories)   # no two stories merged
    with Store(db) as st:
        assert clusters.cluster_stats(st.conn) == {
            "clusters": len(stories), "clustered_articles": 4 * len(stories),
            "stories": len(stories)}


def test_shared_boilerplate_does_not_merge_distinct_stories(tmp_path):
    stories = arabic_stories()          # all Arabic gold bodies, the short ones too
    db = tmp_path / "news.db"
    with Store(db) as st:
        st.upsert_many([
            article("oneoutlet.example", i, f"{BOILERPLATE}\n" + "\n".join(paras) + f"\n{BOILERPLATE}")
            for i, (_, paras) in enumerate(stories)
        ])
        assert clusters.cluster_stats(st.conn)["clusters"] == 0
    assert len(set(cluster_of(db).values())) == len(stories)


def test_changed_body_moves_and_short_bodies_stay_alone(tmp_path):
    (sid_a, a), (sid_b, b) = arabic_stories(min_words=150)[:2]
    db = tmp_path / "news.db"
    with Store(db) as st:
        st.upsert_many([article("x.example", 1, "\n".join(a)), article("y.example", 2, "\n".join(b)),
                        article("z.example", 3, "\n".join(b[1:]))])
        got = cluster_of(db)
        assert got["https://y.example/news/2"] == got["https://z.example/news/3"]
        assert got["https://x.example/news/1"] != got["https://y.example/news/2"]
        # x.example corrects its story into the other one: it moves to that cluster
        st.upsert_many([article("x.example", 1, "\n".join(b))])
        got = cluster_of(db)
        assert got["https://x.example/news/1"] == got["https://y.example/news/2"]
        # a one-line body is too short to judge: never merged with its twin
        st.upsert_many([article("s.example", 4, "عاجل: انفجار في الميناء"),
                        article("t.example", 5, "عاجل: انفجار في الميناء")])
        got = cluster_of(db)
        assert got["https://s.example/news/4"] != got["https://t.example/news/5"]
        st.conn.execute("DELETE FROM articles WHERE canonical_url = 'https://z.example/news/3'")
        st.conn.commit()
        assert "https://z.example/news/3" not in cluster_of(db)


def test_old_archive_is_backfilled_on_open(tmp_path):
    stories = arabic_stories(min_words=150)[:2]
    db = tmp_path / "news.db"
    with Store(db) as st:
        st.upsert_many([article(site, i * 10 + j, body)
                        for i, (_, paras) in enumerate(stories)
                        for j, (site, body) in enumerate(outlets(paras, random.Random(i)).items())])
        st.conn.executescript("DROP TABLE article_clusters; DROP TABLE article_lsh; "
                              "PRAGMA user_version = 2;")
    with Store(db) as st:                      # an archive of schema 2: migration 3 clusters it
        assert clusters.cluster_stats(st.conn) == {"clusters": 2, "clustered_articles": 8,
                                                   "stories": 2}


def test_search_collapse_and_stats_cli(tmp_path):
    (_, paras), = arabic_stories(min_words=150)[:1]
    db = tmp_path / "news.db"
    bodies = outlets(paras, random.Random(3))
    with Store(db) as st:
        st.upsert_many([article(site, i, body, title=f"{paras[0][:60]}")
                        for i, (site, body) in enumerate(bodies.items())])
    query = " ".join(paras[1].split()[:2])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def cli(*args):
        r = subprocess.run([sys.executable, "-m", "scraper.cli", *args, "--db", str(db)],
                           capture_output=True, text=True, timeout=120, env=env)
        assert r.returncode == 0, r.stderr
        return r.stdout

    flat = json.loads(cli("search", query, "--json"))
    assert len(flat) >= 3
    one = json.loads(cli("search", query, "--json", "--collapse"))
    assert len(one) == 1
    others = set(bodies) - {one[0]["site"]}
    assert set(one[0]["also_on"]) >= {r["site"] for r in flat} - {one[0]["site"]}
    assert set(one[0]["also_on"]) <= others
    text = cli("search", query, "--collapse")
    assert "also on: " in text
    stats = json.loads(cli("stats", "--json"))
    assert stats["clusters"]["clusters"] == 1 and stats["clusters"]["clustered_articles"] == 4
    assert "1 story on several outlets (4 articles)" in cli("stats")


# -- signature version 2: shingle hashes in numpy, datasketch's MinHash on them

def old_signature(text: str):
    """The signature of schema 3 (version 1), as it was: datasketch's default SHA-1 of each
    folded word 3-shingle string."""
    from datasketch import MinHash

    from scraper.textnorm import fold_search
    words = fold_search(text or "").split()
    if len(words) < clusters.MIN_WORDS:
        return None
    m = MinHash(num_perm=clusters.NUM_PERM, seed=clusters.SEED, scheme=clusters.SCHEME)
    m.update_batch([" ".join(words[i:i + 3]).encode("utf-8") for i in range(len(words) - 2)])
    return m


def corpus_bodies() -> list[str]:
    out = []
    for r in corpus_records():
        paras = [p for p in r.get("gold_paragraphs") or [] if p.strip()]
        out.append("\n".join(paras))
    return out


def test_signature_is_datasketch_minhash_of_the_shingle_hashes():
    """What is done outside datasketch is only the input hash of each shingle: the stored
    values equal datasketch's own MinHash (affine32) updated with those hashes, on every
    corpus body; one input hash per 3-shingle, the same for the same three words anywhere."""
    import numpy as np
    from datasketch import MinHash

    from scraper.textnorm import fold_search
    n = 0
    for body in corpus_bodies():
        folded = fold_search(body)
        hv = clusters.shingle_hashes(folded)
        if hv is None:
            assert len(folded.split()) < clusters.MIN_WORDS
            continue
        assert len(hv) == len(folded.split()) - 2
        m = MinHash(num_perm=clusters.NUM_PERM, seed=clusters.SEED, scheme=clusters.SCHEME,
                    hashfunc=int)
        m.update_batch(hv.tolist())
        assert np.array_equal(m.hashvalues, clusters.signature_values(folded))
        assert np.array_equal(m.hashvalues, clusters.signature(body).hashvalues)
        n += 1
    assert n > 500
    words = [f"كلمة{i}" for i in range(60)]
    a = clusters.shingle_hashes(" ".join(words))
    b = clusters.shingle_hashes(" ".join(["مقدمة", "أخرى", *words]))
    assert np.array_equal(a, b[2:])                       # position does not matter
    assert len(set(a.tolist())) == len(a)                  # distinct shingles, distinct hashes


def _reference_shingle_hashes(folded: str) -> list[int]:
    """``clusters.shingle_hashes`` as its docstring defines it, in plain Python integers."""
    m = 2 ** 64

    def fmix64(h: int) -> int:
        h ^= h >> 33
        h = h * 0xFF51AFD7ED558CCD % m
        h ^= h >> 33
        h = h * 0xC4CEB9FE1A85EC53 % m
        return h ^ (h >> 33)

    words = [fmix64(sum(ord(c) * pow(0x100000001B3, i, m) for i, c in enumerate(w)) % m)
             for w in folded.split(" ")]
    out = []
    for w1, w2, w3 in zip(words, words[1:], words[2:]):
        h = (w1 * 0x9E3779B97F4A7C15 + w2 * 0xC2B2AE3D27D4EB4F + w3) % m
        out.append((h ^ (h >> 32)) & 0xFFFFFFFF)
    return out


_TABLES = """
import json, sys
from scraper import clusters
bands, perms = clusters.tables()
print(json.dumps({"bands": bands, "perms": perms.tolist(), "dtype": str(perms.dtype),
                  "imported": sorted(m for m in ("datasketch", "scipy") if m in sys.modules)}))
"""


def _tables_in_a_new_process(cache: Path) -> dict:
    env = {**os.environ, "SCRAPER_CACHE_DIR": str(cache)}
    r = subprocess.run([sys.executable, "-c", _TABLES], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout)


def _datasketch_tables() -> tuple[list[list[int]], list[list[int]]]:
    from datasketch import MinHash, MinHashLSH

    bands = MinHashLSH(threshold=clusters.THRESHOLD, num_perm=clusters.NUM_PERM).hashranges
    perms = MinHash(num_perm=clusters.NUM_PERM, seed=clusters.SEED, scheme=clusters.SCHEME).permutations
    return [list(b) for b in bands], perms.tolist()


def test_tables_are_datasketch_s_computed_once_then_read_without_importing_it(tmp_path):
    """The LSH band ranges and the MinHash permutations are datasketch's for our parameters;
    the first process computes them with datasketch (importing it and scipy, ~1 s of CPU) and
    leaves them in the cache folder; the next ones read them from there, importing neither,
    and get the same values (so the same buckets and signatures: the same clusters)."""
    want = _datasketch_tables()
    first = _tables_in_a_new_process(tmp_path)
    assert first["imported"] == ["datasketch", "scipy"]
    (cached,) = tmp_path.iterdir()
    assert (first["bands"], first["perms"], first["dtype"]) == (*want, "uint32")
    second = _tables_in_a_new_process(tmp_path)
    assert second["imported"] == []
    assert (second["bands"], second["perms"], second["dtype"]) == (*want, "uint32")
    assert list(tmp_path.iterdir()) == [cached]
    # named after what the tables depend on: another datasketch version is another file
    from importlib.metadata import version
    assert f"datasketch{version('datasketch')}-scipy{version('scipy')}" in cached.name


def test_a_damaged_or_foreign_tables_file_is_computed_again(tmp_path, monkeypatch):
    """A cache file that is not JSON, is for another key, or holds tables of the wrong shape is
    not used: the tables are computed with datasketch again and the file rewritten; a cache
    folder that cannot be written only means computing them in each process."""
    import numpy as np

    want = _datasketch_tables()
    monkeypatch.setenv("SCRAPER_CACHE_DIR", str(tmp_path))
    clusters.tables.cache_clear()
    try:
        path = clusters._tables_path(clusters._tables_key())
        good = None
        for damage in ("not json", "foreign key", "bands", "permutations", None):
            clusters.tables.cache_clear()
            if damage == "not json":
                path.write_text("{", encoding="utf-8")
            elif damage is not None:
                data = json.loads(good)
                if damage == "foreign key":
                    data["key"]["datasketch"] = "0.0.1"
                elif damage == "bands":
                    data["bands"][3] = [15, 21]
                else:
                    data["permutations"][0] = data["permutations"][0][:-1]
                path.write_text(json.dumps(data), encoding="utf-8")
            bands, perms = clusters.tables()
            assert ([list(b) for b in bands], perms.tolist()) == want, damage
            assert perms.dtype == np.uint32
            good = path.read_text(encoding="utf-8")
            assert json.loads(good)["bands"] == want[0]
        blocker = tmp_path / "a-file"
        blocker.write_text("")
        monkeypatch.setenv("SCRAPER_CACHE_DIR", str(blocker / "cache"))
        clusters.tables.cache_clear()
        bands, perms = clusters.tables()
        assert ([list(b) for b in bands], perms.tolist()) == want
    finally:
        clusters.tables.cache_clear()


def test_shingle_hashes_of_long_words_and_a_bounded_power_table():
    """Words longer than the kept table of powers (a text without spaces, a base64 blob) hash
    as the definition says, with a table made for that call: the table kept between calls
    stays at most POWERS_KEPT long. Short, long and mixed words against the plain-Python
    definition."""
    import random

    rnd = random.Random(7)
    alphabet = "abcxyzابتثجحخ٣4"
    for lengths in ([1, 2, 3], [5, 40], [clusters.POWERS_KEPT - 1, clusters.POWERS_KEPT,
                                         clusters.POWERS_KEPT + 1], [5000, 3], [20000]):
        words = ["".join(rnd.choice(alphabet) for _ in range(rnd.choice(lengths)))
                 for _ in range(clusters.MIN_WORDS + 5)]
        folded = " ".join(words)
        assert clusters.shingle_hashes(folded).tolist() == _reference_shingle_hashes(folded)
        assert len(clusters._powers) <= clusters.POWERS_KEPT


def test_decisions_match_exact_jaccard_like_the_old_signature():
    """On every pair of the corpus's Arabic stories as outlets (and wrapped in boilerplate),
    whenever the exact Jaccard similarity of the shingle sets is clearly on one side of the
    threshold (off by 0.15: about 3.4 standard deviations of a 128-permutation estimate), the
    new signature decides as the exact value does, as the old one did."""
    from scraper.textnorm import fold_search
    rnd = random.Random(11)
    bodies = []
    for _, paras in arabic_stories():
        bodies += list(outlets(paras, rnd).values())
        bodies.append(f"{BOILERPLATE}\n" + "\n".join(paras) + f"\n{BOILERPLATE}")

    def shingle_set(text):
        w = fold_search(text).split()
        return {" ".join(w[i:i + 3]) for i in range(len(w) - 2)}

    sets = [shingle_set(b) for b in bodies]
    new = [clusters.signature(b) for b in bodies]
    old = [old_signature(b) for b in bodies]
    clear = same_story = 0
    for i in range(len(bodies)):
        assert (new[i] is None) == (old[i] is None)
        for j in range(i):
            if new[i] is None or new[j] is None:
                continue
            exact = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
            if abs(exact - clusters.THRESHOLD) < 0.15:
                continue
            clear += 1
            same_story += exact >= clusters.THRESHOLD
            want = exact >= clusters.THRESHOLD
            assert (old[i].jaccard(old[j]) >= clusters.THRESHOLD) == want
            assert (new[i].jaccard(new[j]) >= clusters.THRESHOLD) == want, (i, j, exact)
    assert clear > 1000 and same_story > 10


def _old_lsh_layout(c: sqlite3.Connection) -> None:
    """article_lsh as schema versions 3-5 had it (band, key, canonical_url), empty."""
    c.executescript(
        "DROP TRIGGER articles_ad_clusters; DROP TABLE article_lsh; "
        "CREATE TABLE article_lsh (band INTEGER NOT NULL, key BLOB NOT NULL, "
        "canonical_url TEXT NOT NULL); "
        "CREATE INDEX article_lsh_key ON article_lsh(band, key); "
        "CREATE INDEX article_lsh_url ON article_lsh(canonical_url); "
        "CREATE TRIGGER articles_ad_clusters AFTER DELETE ON articles BEGIN "
        "DELETE FROM article_clusters WHERE canonical_url = old.canonical_url; "
        "DELETE FROM article_lsh WHERE canonical_url = old.canonical_url; END; BEGIN")


def test_migration_6_rebuilds_the_buckets_of_an_archive_in_place(tmp_path):
    """An archive of schema 5 (LSH rows as band, 20-byte key, canonical_url) is upgraded in
    place by opening it: the rows become (bucket, article) from the stored signatures, the
    cluster ids and signatures stay, the articles stay searchable, a new outlet of a stored
    story finds its siblings through the rebuilt buckets, and deleting an article (plain SQL,
    as any client) removes its bucket rows."""
    import numpy as np

    stories = arabic_stories(min_words=150)[:3]
    db = tmp_path / "news.db"
    with Store(db) as st:
        for i, (_, paras) in enumerate(stories):
            arts = [article(site, i * 10 + j, body, title=f"خبر {i}")
                    for j, (site, body) in enumerate(outlets(paras, random.Random(i)).items())]
            arts.append(article("short.example", i * 10 + 9, "عاجل: انفجار في الميناء"))
            st.upsert_many(arts)
        c = st.conn
        sigs = dict(c.execute("SELECT canonical_url, signature FROM article_clusters"))
        _old_lsh_layout(c)
        for url, blob in sigs.items():
            if blob is not None:
                v = np.frombuffer(blob, dtype=np.uint32)
                c.executemany("INSERT INTO article_lsh (band, key, canonical_url) VALUES (?, ?, ?)",
                              [(b, v[s:e].tobytes(), url)
                               for b, (s, e) in enumerate(clusters._bands())])
        c.execute("PRAGMA user_version = 5")
        c.commit()
        n_old = c.execute("SELECT count(*) FROM article_lsh").fetchone()[0]
    before = cluster_of(db)
    assert len(set(before.values())) == 3 + 3
    with Store(db) as st:
        assert (st.version_found, st.version) == (5, SCHEMA_VERSION)
        c = st.conn
        assert [r[1] for r in c.execute("PRAGMA table_info(article_lsh)")] == ["bucket", "article"]
        assert dict(c.execute("SELECT canonical_url, signature FROM article_clusters")) == sigs
        assert c.execute("SELECT count(*) FROM article_lsh").fetchone()[0] == n_old
        for url, blob in sigs.items():
            got = sorted(r[0] for r in c.execute(
                "SELECT bucket FROM article_lsh WHERE article = (SELECT rowid FROM "
                "article_clusters WHERE canonical_url = ?)", (url,)))
            want = [] if blob is None else sorted(clusters.buckets(np.frombuffer(blob, dtype=np.uint32)))
            assert got == want, url
        assert cluster_of(db) == before
        assert len(st.search("خبر 1", limit=50)) >= 4          # still searchable
        (_, paras) = stories[1]
        fifth = list(outlets(paras, random.Random(99)).values())[0]
        st.upsert_many([article("fifth.example", 77, fifth)])
        after = cluster_of(db)
        assert after["https://fifth.example/news/77"] == before["https://wire.example/news/10"]
        gone = "https://wire.example/news/10"
        c.execute("DELETE FROM articles WHERE canonical_url = ?", (gone,))
        c.commit()
        assert c.execute("SELECT count(*) FROM article_lsh").fetchone()[0] == n_old
        assert gone not in cluster_of(db)
        assert c.execute("SELECT count(*) FROM article_lsh WHERE article NOT IN "
                         "(SELECT rowid FROM article_clusters)").fetchone()[0] == 0


def test_migration_4_resigns_an_archive_of_the_old_signatures(tmp_path):
    """An archive of schema 3 whose signatures and LSH buckets were made by the old code
    (SHA-1 per shingle): opening it re-signs every article, keeps the cluster ids, and new
    articles cluster with the old ones."""
    import numpy as np

    from scraper.textnorm import fold_search
    stories = arabic_stories(min_words=150)[:3]
    db = tmp_path / "news.db"
    bodies: dict[str, str] = {}
    with Store(db) as st:
        for i, (_, paras) in enumerate(stories):
            arts = [article(site, i * 10 + j, body)
                    for j, (site, body) in enumerate(outlets(paras, random.Random(i)).items())]
            arts.append(article("short.example", i * 10 + 9, "عاجل: انفجار في الميناء"))
            st.upsert_many(arts)
            bodies.update({a["url"]: a["body"] for a in arts})
        # make it what the code of schema 3 wrote: old signatures and their LSH keys
        c = st.conn
        _old_lsh_layout(c)
        for url, body in bodies.items():
            m = old_signature(body)
            c.execute("UPDATE article_clusters SET signature = ? WHERE canonical_url = ?",
                      (None if m is None else m.hashvalues.tobytes(), url))
            if m is not None:
                c.executemany("INSERT INTO article_lsh (band, key, canonical_url) VALUES (?, ?, ?)",
                              [(b, m.hashvalues[s:e].tobytes(), url)
                               for b, (s, e) in enumerate(clusters._bands())])
        c.execute("PRAGMA user_version = 3")
        c.commit()
    before = cluster_of(db)
    assert len(set(before.values())) == 3 + 3          # 3 stories + 3 short bodies alone
    with Store(db) as st:
        assert (st.version_found, st.version) == (3, SCHEMA_VERSION)
        for url, blob in st.conn.execute("SELECT canonical_url, signature FROM article_clusters"):
            want = clusters.signature_values(fold_search(bodies[url]))
            if want is None:
                assert blob is None
            else:
                assert np.array_equal(np.frombuffer(blob, dtype=np.uint32), want), url
                assert not np.array_equal(want, old_signature(bodies[url]).hashvalues)
                keys = sorted(r[0] for r in st.conn.execute(
                    "SELECT bucket FROM article_lsh WHERE article = (SELECT rowid FROM "
                    "article_clusters WHERE canonical_url = ?)", (url,)))
                assert keys == sorted(clusters.buckets(want))
        assert cluster_of(db) == before
        # a fifth outlet of the first story finds its siblings through the re-signed buckets
        (_, paras) = stories[0]
        st.upsert_many([article("maghreb.example", 99, "\n".join(["الرباط -", *paras[:-1]]))])
    after = cluster_of(db)
    assert after["https://maghreb.example/news/99"] == before["https://wire.example/news/0"]

