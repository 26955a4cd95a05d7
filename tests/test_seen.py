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
    assert len(seen) == 2
    seen.close()
    everything = StoredUrls(db)
    assert "https://b.example/2" in everything and len(everything) == 3
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
