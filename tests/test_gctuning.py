"""GCTuning (scraper/crawling/gctuning.py): at engine start the objects alive are frozen out of the
cyclic collector's passes and its young-generation threshold is GC_THRESHOLD; off with both 0."""
from __future__ import annotations

import gc

import pytest
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from scraper import settings as project_settings
from scraper.crawling.gctuning import GCTuning


@pytest.fixture
def restore_gc():
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


def test_engine_start_freezes_and_sets_the_threshold(restore_gc):
    crawler = get_crawler(settings_dict={"GC_FREEZE": True, "GC_THRESHOLD": 12_345, "MEMUSAGE_ENABLED": False})
    crawler.stats.open_spider()
    ext = GCTuning.from_crawler(crawler)     # (signal receivers are weak references)
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_threshold()[0] == 12_345
    frozen = crawler.stats.get_value("gc/frozen")
    assert frozen > 10_000                 # Scrapy, Twisted, lxml, our modules: all alive already
    assert gc.get_freeze_count() > 0.9 * frozen     # (a frozen object that dies leaves the count)
    assert crawler.stats.get_value("gc/threshold") == 12_345
    assert ext.freeze
    # a garbage cycle made after the freeze is still collected
    cycle: list = []
    cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1


def test_off_with_both_settings_zero(restore_gc):
    crawler = get_crawler(settings_dict={"GC_FREEZE": False, "GC_THRESHOLD": 0})
    with pytest.raises(NotConfigured):
        GCTuning.from_crawler(crawler)


def test_threshold_only(restore_gc):
    crawler = get_crawler(settings_dict={"GC_FREEZE": False, "GC_THRESHOLD": 5_000, "MEMUSAGE_ENABLED": False})
    crawler.stats.open_spider()
    ext = GCTuning.from_crawler(crawler)     # (signal receivers are weak references)
    gc.unfreeze()
    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_threshold()[0] == 5_000 and gc.get_freeze_count() == 0 and not ext.freeze
    assert crawler.stats.get_value("gc/frozen") is None


def test_enabled_in_the_project_settings():
    assert project_settings.EXTENSIONS.get("scraper.crawling.gctuning.GCTuning") == 0
    assert project_settings.GC_FREEZE is True and project_settings.GC_THRESHOLD == 10_000
