"""Extraction makes no reference cycles: a page's lxml tree, its lines and its removal records go
with their last reference, not at the cyclic collector's next pass (which walks them all first).

Compiled, Cython keeps a function's nested functions and the locals they read in one closure
object, so nested functions that call one another made a cycle through it: every page's tree
stayed alive until a collection (clean.filter_paragraphs, assemble._teaser_grid, …). The pure-Python
core makes none either; the test holds for both."""
from __future__ import annotations

import gc

import pytest

import scraper
from scraper.extract import extract
from tests.corpus_pages import corpus_page, corpus_records
from tests.test_adversarial import PANEL_AR, STORY, _page

# real pages that reach the rarer paths: a grid of teaser cards under the story (_teaser_grid finds
# one), a choice drawn from a box only the story guard kept (_outside_kept_boxes)
RARE = ["es_MallorcaMagazin_2025_04_16", "de_JungeWelt_2026_05_18", "de_SportSchau_2024_04_25",
        "uk_Nature_2025_11_04", "us_BusinessInsider_2024_02_14"]


@pytest.fixture
def cycles_saved():
    """The cyclic collector off, and what it would free kept in gc.garbage for the test to read."""
    enabled, flags = gc.isenabled(), gc.get_debug()
    gc.collect()
    gc.disable()
    yield
    gc.set_debug(flags)
    gc.garbage.clear()
    if enabled:
        gc.enable()
    gc.collect()


def _pages() -> list[tuple[bytes, str]]:
    ids = [r["id"] for r in corpus_records()[::10]] + RARE
    pages = []
    for page_id in ids:
        rec, html = corpus_page(page_id)
        pages.append((html, rec["url"]))
    # a consent preference centre printed as lines of the page (clean._preference_center)
    pages.append((_page(f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{PANEL_AR}"), "https://example.com/a"))
    return pages


def test_extraction_leaves_no_reference_cycles(cycles_saved):
    pages = _pages()
    for html, url in pages:   # once first: modules imported lazily, rule caches filled
        extract(html, url)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.garbage.clear()
    bodies = 0
    for html, url in pages:
        bodies += bool(extract(html, url).body)
    gc.collect()
    found = sorted({type(o).__name__ for o in gc.garbage})
    assert bodies >= 0.9 * len(pages)   # (the pages were read, not refused)
    assert found == [], f"cycles made by extract() (compiled: {scraper.COMPILED}): {found}"
