"""Flat memory: the stored-URL check asks SQLite per URL, this run's requested URLs and Scrapy's
request fingerprints live in temporary SQLite files (scraper/seen.py, scraper/dupefilter.py)."""
from __future__ import annotations

from scrapy.http import Request
from scrapy.utils.test import get_crawler

from scraper.dupefilter import DiskDupeFilter
from scraper.seen import DiskSet, StoredUrls
from scraper.storage import Store


def test_disk_set_is_a_set_on_disk_and_removes_its_file():
    s = DiskSet()
    path = s.path
    assert path.exists()
    assert s.add("https://a.example/1") is True
    assert s.add("https://a.example/1") is False
    assert s.add(b"\x01fingerprint") is True and b"\x01fingerprint" in s
    assert "https://a.example/1" in s and "https://a.example/2" not in s and 3 not in s
    for i in range(5000):
        s.add(f"https://a.example/{i}")
    assert len(s) == 5001   # 5000 URLs (one of them seen before) and the bytes key
    s.close()
    assert not path.exists()


def test_stored_urls_answers_per_url_for_the_given_sites(tmp_path):
    db = tmp_path / "n.db"
    with Store(db) as store:
        store.upsert_many([
            {"url": "https://a.example/1?utm=x", "canonical_url": "https://a.example/1", "site": "a",
             "title": "t", "body": "b"},
            {"url": "https://b.example/2", "site": "b", "title": "t", "body": "b"},
        ])
    seen = StoredUrls(db, ["a"])
    assert "https://a.example/1?utm=x" in seen and "https://a.example/1" in seen
    assert "https://b.example/2" not in seen and "https://a.example/3" not in seen
    assert seen.articles() == 1            # site a's one article (its URL and canonical both answer)
    seen.close()
    everything = StoredUrls(db)
    assert "https://b.example/2" in everything and everything.articles() == 2
    everything.close()


def test_disk_dupefilter_keeps_no_fingerprint_in_memory():
    crawler = get_crawler(settings_dict={"DUPEFILTER_CLASS": "scraper.dupefilter.DiskDupeFilter"})
    df = DiskDupeFilter.from_crawler(crawler)
    seen = [df.request_seen(Request(f"https://a.example/{i % 700}")) for i in range(1000)]
    assert seen.count(False) == 700 and seen.count(True) == 300
    assert len(df._fingerprints) == 0          # Scrapy's in-memory set stays empty
    assert len(df._disk) == 700
    path = df._disk.path
    df.close("finished")
    assert not path.exists()


def test_project_settings_use_the_disk_dupefilter():
    from scraper import settings
    assert settings.DUPEFILTER_CLASS == "scraper.dupefilter.DiskDupeFilter"


def test_disk_set_with_a_path_is_kept_and_reopened_with_its_keys(tmp_path):
    path = tmp_path / "job" / "set.sqlite"
    path.parent.mkdir()
    s = DiskSet(path=path)
    for i in range(2500):                     # more than COMMIT_EVERY: committed in steps
        assert s.add(f"https://a.example/{i}") is True
    assert s.add("https://a.example/7") is False
    s.close()
    assert path.exists()
    again = DiskSet(path=path)
    assert len(again) == 2500
    assert "https://a.example/2499" in again and "https://a.example/2500" not in again
    assert again.add("https://a.example/0") is False and again.add("https://b.example/") is True
    again.close()
    assert path.exists()


def test_disk_set_with_a_path_is_readable_after_a_kill(tmp_path):
    """A process killed mid-crawl (no close()): the committed keys are there, the file opens."""
    import subprocess
    import sys
    path = tmp_path / "set.sqlite"
    code = ("import os, sys; from scraper.seen import DiskSet; s = DiskSet(path=sys.argv[1]); "
            "[s.add(f'k{i}') for i in range(2500)]; os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
    s = DiskSet(path=path)
    assert 2000 <= len(s) <= 2500 and "k0" in s and "k1999" in s
    s.close()


def test_disk_dupefilter_in_a_jobdir_keeps_its_fingerprints_on_disk_for_the_next_run(tmp_path):
    """With JOBDIR Scrapy's own filter loads every fingerprint of requests.seen into a set;
    ours keeps them in JOBDIR/requests.seen.sqlite, and a resumed job still filters them."""
    from scraper.dupefilter import FILE
    settings = {"DUPEFILTER_CLASS": "scraper.dupefilter.DiskDupeFilter", "JOBDIR": str(tmp_path)}
    df = DiskDupeFilter.from_crawler(get_crawler(settings_dict=settings))
    seen = [df.request_seen(Request(f"https://a.example/{i % 700}")) for i in range(1000)]
    assert seen.count(False) == 700 and seen.count(True) == 300
    assert len(df._fingerprints) == 0
    df.close("shutdown")
    assert (tmp_path / FILE).exists() and not (tmp_path / "requests.seen").exists()
    resumed = DiskDupeFilter.from_crawler(get_crawler(settings_dict=settings))
    assert len(resumed._disk) == 700 and len(resumed._fingerprints) == 0
    assert resumed.request_seen(Request("https://a.example/5")) is True
    assert resumed.request_seen(Request("https://a.example/new")) is False
    resumed.close("finished")
