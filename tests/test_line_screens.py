"""The line rules' screens (scraper.clean._match_any): one ``re`` call that matches a line exactly
when one of the rule patterns it stands for matches it, so asking it first changes no verdict.

Checked on the rules' own vocabulary (each word list's entries at the start of a line, with the
punctuation and words a line puts after them), on lines of story text, and on the corpus pages'
lines when ``../shared`` is beside the checkout.
"""
from __future__ import annotations

import re

import pytest

from lxml import html as lxml_html

from scraper import clean
from scraper.rules import boilerplate as B
from scraper.rules import consent as C
from scraper.rules import related as R
from scraper.textnorm import fold

from corpus_pages import corpus_page, corpus_records
from samples import STORY

VOCABULARY = [*R.READ_ALSO_MARKERS, *R.READ_ALSO_VERBS, *B.PAYWALL_LINES, *C.EMBED_CONSENT_LINES,
              *B.CONTENT_GATE_OPENINGS, *B.CONTACT_LINE_LABELS, *B.CAPTION_PREFIXES, *B.SOURCE_LINE_LABELS,
              *B.BYLINE_LABELS, *B.SPONSOR_LINE_PREFIXES, *B.FURNITURE_LINES, *B.BLOG_TEMPLATE_LINES,
              *B.BYLINE_PREFIXES, *B.CAPTION_MEDIA_TITLE_LABELS]
TAILS = ["", ":", ": ", " ", ": محمد علي", " by Jane Doe", " - 12", "، تصوير", " (AFP)", ": 0123 456",
         "NewsToday", " عن الأحداث الأخيرة في المدينة"]
LINES = [
    "(AFP)", "(أرشيفية)", "(a)", "Got a tip? Email us at tips@example.com",
    "هل لديك معلومة؟ راسلنا على البريد", "Download the App today and get breaking news alerts",
    "11:42 p.m. ETDev Patel", "To contact the reporter on this story: Jane Doe in London at jdoe@example.com",
    "You've read 3 of 5 free articles", "Phone: +44 20 7946 0000", "Watch: the moment the bridge fell",
    "شاهد: لحظة انهيار الجسر", "Source: Reuters", "المصدر: وكالات", "By Marcus Lee",
    *STORY,
]


def _lines():
    for w in VOCABULARY:
        for t in TAILS:
            yield w + t
            yield fold(w + t)
            yield "— " + w + t
            yield w.upper() + t
    yield from LINES
    yield from (fold(x) for x in LINES)


@pytest.mark.parametrize("screen, patterns, least", [
    (clean._folded_start, clean._FOLDED_STARTS, len(VOCABULARY)),
    (clean._raw_start, clean._RAW_STARTS, 50),
], ids=["folded", "raw"])
def test_screen_matches_exactly_where_a_rule_pattern_does(screen, patterns, least):
    hits = 0
    for line in _lines():
        want = any(p.match(line) for p in patterns)
        assert (screen(line) is not None) == want, line
        hits += want
    assert hits > least   # (the lines reach the patterns, not only miss them)


def _corpus_lines():
    """The text of each small element of every 10th corpus page, its space collapsed: story lines
    and the page's furniture alike."""
    for rec in corpus_records()[::10]:
        _, data = corpus_page(rec["id"])
        for el in lxml_html.fromstring(data).iter("p", "li", "span", "a", "figcaption", "h2", "h3", "h4", "small", "em"):
            text = " ".join(el.text_content().split())
            if text and len(text) < 400:
                yield text


def test_screen_matches_exactly_on_corpus_lines():
    n = 0
    for line in _corpus_lines():
        n += 1
        f = fold(line)
        assert (clean._folded_start(f) is not None) == any(p.match(f) for p in clean._FOLDED_STARTS), f
        assert (clean._raw_start(line) is not None) == any(p.match(line) for p in clean._RAW_STARTS), line
    assert n > 1000


def test_flags_and_groups_of_each_pattern_are_kept():
    ci = re.compile(r"abc(?P<x>d)", re.I)
    cs = re.compile(r"xyz")
    m = clean._match_any(ci, cs)
    assert m("ABCD") and m("xyz") and not m("XYZ") and not m("zabc")


def test_a_back_reference_is_refused():
    with pytest.raises(ValueError):
        clean._match_any(re.compile(r"(a)\1"))
    with pytest.raises(ValueError):
        clean._match_any(re.compile(r"(?P<q>a)(?P=q)"))


def test_a_word_cover_holds_a_letter_of_every_word():
    # the page screens skip their words on a page without any letter of the cover (clean._cover)
    for words in (clean._RAW_POLICY_WORDS, clean._RAW_COOKIE_AR_STEMS, B.NEWSLETTER_PROMO_NOUNS, B.PODCAST_PROMO_NOUNS,
                  ["abc", "bcd", "xyz"]):
        cover = clean._cover(words)
        assert all(any(c in w for c in cover) for w in words), (words, cover)
    assert len(clean._cover(["abc", "bcd", "xyz"])) == 2
    assert clean._cover([]) == ()


@pytest.mark.parametrize("screen", [clean._raw_policy, clean._raw_cookie, clean._raw_promo_noun, clean._raw_podcast_noun],
                         ids=["policy", "cookie", "promo", "podcast"])
def test_a_screen_narrowed_to_its_page_finds_what_the_screen_finds(screen):
    # narrow(page) is None exactly when the screen finds nothing in the page (the letters' cover first)
    pages = ["Please read our comment policy before you reply.", "نحن نستخدم ملفات تعريف الارتباط",
             "اشترك في النشرة البريدية", "Listen to our podcast", "A story about the council’s vote.",
             "قصة عن تصويت المجلس البلدي أمس", "", "Кто-то İstanbul’da"]
    for page in pages:
        low = clean._lowered(page)
        assert (screen.narrow(page, low) is not None) == bool(screen(page, low)), page


@pytest.mark.parametrize("screen", [clean._raw_policy, clean._raw_cookie, clean._raw_promo_noun, clean._raw_podcast_noun],
                         ids=["policy", "cookie", "promo", "podcast"])
def test_every_page_screen_keeps_its_fast_path(screen):
    # clean._word_screen falls back to a re.I search of every page and line when one of its cased words
    # is not ASCII (str.lower() and re.I differ outside ASCII: _CASE_TRAPS). One Cyrillic word added to the
    # policy words did that on 2026-12-06: +21% instructions of extract() over the dev pages (pure Python).
    # A word in another cased script goes with the rule's own regex, not into a screen.
    assert screen.__name__ != "search_rx"
