"""Real pages of the shared corpus (and of tests/devpages) with every class and id made meaningless (scraper.bench
--opaque-classes, as CSS modules and hashed class names leave them): the noise that no class name
gives away any more still goes, by its text, and the gold story stays whole."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from corpus_pages import corpus_page
from scraper.bench import opaque_classes
from scraper.extract import extract


def opaque_page(page_id: str, where: str = "corpus") -> tuple[dict, object]:
    """A page of the shared corpus (or of tests/devpages) and its article with hashed classes."""
    if where == "corpus":
        rec, raw = corpus_page(page_id)
    else:
        dev = Path(__file__).parent / "devpages"
        rec = next(r for r in map(json.loads, (dev / "manifest.jsonl").open(encoding="utf-8")) if r["id"] == page_id)
        raw = gzip.decompress((dev / rec["html"]).read_bytes())
    return rec, extract(opaque_classes(raw), rec["url"])


CASES = {
    # a Portuguese blog's "Você pode gostar..." over five teasers (rules.related WIDGET_TITLES)
    "b3c19dd5f0612d098788fa5173e491b3280da6226b492f8fe110f4ab1896cca8": (
        "related.widget:você pode gostar", ["Você pode gostar", "Família unida é força"]),
    # macrumors.com 2019: "Top Rated Comments" over its readers' comments (rules.container COMMENTS_TITLES)
    "232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf": (
        "story.comments", ["Top Rated Comments", "Rating: 36 Votes", "It‘s good to see Apple"]),
}


@pytest.mark.parametrize("page_id", list(CASES))
def test_noise_goes_by_its_text_without_class_names(page_id):
    rec, art = opaque_page(page_id)
    rule, noise = CASES[page_id]
    for g in rec["gold_paragraphs"]:
        assert g in art.body
    for line in noise:
        assert line not in art.body
    assert any(r.rule == rule for r in art.removed), sorted({r.rule for r in art.removed})


def test_paragraphs_with_a_hover_card_of_links_in_their_sentence_keep_the_story_box():
    # thehill.com 2019 (scrapinghub 6ebac05f…): people's hover cards (a picture, the name, three headlines,
    # "MORE") inside the story's sentences make two paragraphs mostly link text; without the cards'
    # class names they sank the story's box and a tweet's box was chosen (rules.container LINKED_PROSE_OWN_CHARS)
    rec, art = opaque_page("6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85")
    for g in rec["gold_paragraphs"][1:7]:   # (0 and 7 keep the cards' text inside them)
        assert g in art.body


@pytest.mark.parametrize("where, page_id", [("corpus", "us_Reuters_2023_05_16"), ("devpages", "npr.org_8dc28536")])
def test_onetrusts_preference_centre_without_its_ids_goes(where, page_id):
    # two real pages with OneTrust's panel in the served HTML, every class and id made meaningless
    # (scraper.bench --opaque-classes): the panel's categories and their texts joined the story
    rec, art = opaque_page(page_id, where)
    for line in ("Manage Consent Preferences", "Always Active", "Strictly Necessary", "Functional Cookies",
                 "These cookies"):
        assert line not in art.body
    # (by its lines, or whole by its markup: a modal dialog holding a consent button, consent.dialog)
    assert any(r.rule in ("consent.preference-center", "consent.dialog") for r in art.removed)
    assert rec["gold_paragraphs"][-1] in art.body


def test_comments_under_a_count_heading_go_without_class_names():
    # the real page (shared corpus, scrapinghub 8e3efab5, profootballtalk 2019, WordPress) with every class
    # and id made meaningless (scraper.bench --opaque-classes): its 34 comments joined the story
    rec, art = opaque_page("8e3efab59f48fd29a1e1e7aa135880c4251a9f090f94999668cdbaec59d30b5a")
    for g in rec["gold_paragraphs"]:
        assert g in art.body
    assert "34 responses to" not in art.body and "Rivers is done." not in art.body
    assert any(r.rule == "story.comments" and r.text.startswith("34 responses to") for r in art.removed)


def test_jetpack_related_cards_and_a_there_are_comments_title_go_without_class_names():
    # the real page (shared corpus, readability_js "wordpress": wptavern.com 2017) with every class and id
    # made meaningless: Jetpack's <h3>Related</h3> over one box of teaser cards (title, excerpt, 'In
    # "News"'), then "There are 13 comments" over the comments; both joined the story (F1 0.48)
    rec, art = opaque_page("wordpress")
    for g in rec["gold_paragraphs"]:
        assert g in art.body
    for noise in ("Stack Overflow Documentation is Now in Beta", 'In "News"', "There are 13 comments",
                  "BuddyPress developer"):
        assert noise not in art.body
    rules = {r.rule for r in art.removed}
    assert "related.cards:related" in rules and "story.comments" in rules


@pytest.mark.parametrize("page_id", ["11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32",
                                     "cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e"])
def test_a_sidebar_of_long_teasers_beside_a_story_of_short_lines_is_no_story(page_id):
    # autoracing.com.br 2019 (scrapinghub): the story is a standings table or a calendar under short lines
    # that name the headline; the page's only long paragraphs are the pitches of an <aside>'s promo cards
    # ("Clique na imagem acima e veja …"), which say nothing of it. Without the class names the story
    # guard kept the <aside> as the story's box and it was chosen (B.GUARD_HEADLINE_SHARED)
    rec, art = opaque_page(page_id)
    assert "Coluna de Adauto Silva" not in art.body and "Clique na imagem acima" not in art.body
    assert any(r.rule == "boilerplate.tag:aside" for r in art.removed)
    gold = rec["gold_paragraphs"]
    assert sum(g in art.body for g in gold) * 2 >= len(gold)   # (the gold keeps the headline, notes and a credit)


def test_comments_whose_name_and_relative_time_share_a_block_go_without_class_names():
    # newspaper4k spanish_article (ultimahora.es, 2012): each comment <p><span>Alcalino</span><br>
    # <span>Hace 28 minutos</span></p>, then its text and its rating; "Hace" capitalised, "una hora"
    # in words: the list joined the story (B.COMMENT_LIST_AGO, COMMENT_LIST_AGO_HINTS)
    rec, art = opaque_page("spanish_article")
    for line in ("Alcalino", "Hace 28 minutos", "Hace una hora", "Pep de Son Fullos", "Valoración:"):
        assert line not in art.body
    assert any(r.rule == "boilerplate.comment-list" for r in art.removed)
    assert rec["gold_paragraphs"][-1] in art.body


def test_a_registration_form_goes_whole_without_class_names():
    # standard.co.uk 2024 (fundus uk_EveningStandard_2024_10_24): the registration wall's <form> (five
    # fields, 952 characters with its labels, hints, opt-in and a 165-character consent line) is bigger
    # than the small box around its password field; with hashed class names its lines joined the story
    # (B.ACCOUNT_FORM_*)
    rec, art = opaque_page("uk_EveningStandard_2024_10_24")
    for line in ("* FIRST NAME", "* YEAR OF BIRTH", "You must be at least 18 years old", "By clicking Create Account"):
        assert line not in art.body
    assert any(r.rule == "boilerplate.login-box" and "FIRST NAME" in r.text for r in art.removed)
    assert rec["gold_paragraphs"][-1] in art.body


@pytest.mark.parametrize("page_id", ["ca_NationalPost_2024_08_28", "ca_TheProvince_2026_06_06"])
def test_a_subscriptions_list_of_benefits_goes_with_its_title_without_class_names(page_id):
    # Postmedia's paywall and registration boxes, twice on the page, hidden by a class name: with hashed
    # names their pitch and benefits ("Unlimited online access to …", "… ePaper, …", "Daily puzzles …",
    # "Support local journalism.") joined the story under the titles that went (B.PAYWALL_BENEFITS_*)
    rec, art = opaque_page(page_id)
    for line in ("Unlimited online access", "ePaper, an electronic replica", "Support local journalism."):
        assert line not in art.body
    assert rec["gold_paragraphs"][-1] in art.body


def test_a_storys_list_of_a_plans_benefits_stays():
    # the same words in a story's own list, after a paragraph of the story, are the story
    from scraper.extract import extract
    story = ["The streaming service announced a cheaper plan on Tuesday, saying it wants to win back "
             "viewers who left after the last price rise, according to a statement from the company.",
             "Its new top tier includes:"]
    items = ["Unlimited streaming on four screens at once", "Ad-free viewing of the whole catalogue",
             "Exclusive early access to new series", "Downloads for offline viewing on six devices"]
    html = ("<html><head><title>Streaming service cuts prices</title></head><body><article><h1>Streaming "
            "service cuts prices</h1>" + "".join(f"<p>{p}</p>" for p in story) + "<ul>"
            + "".join(f"<li>{x}</li>" for x in items) + "</ul><p>The company said the plan would launch "
            "next month in the United States and Canada, with other markets to follow later.</p></article>"
            "</body></html>").encode()
    art = extract(html, "https://example.com/news/2026/streaming")
    for x in items:
        assert x in art.body


def test_a_story_paragraph_between_a_paywall_line_and_a_benefits_like_list_stays():
    # only a pitch of at most B.PAYWALL_BENEFITS_PITCH_MAX_WORDS words goes with the list
    from scraper.extract import extract
    para = ("The streaming service announced a cheaper plan on Tuesday, saying it wants to win back viewers "
            "who left after the last price rise, and listed what its new top tier will include for subscribers:")
    items = ["Unlimited streaming on four screens", "Ad-free viewing", "Exclusive early access to new series"]
    html = ("<html><head><title>Streaming service cuts prices</title></head><body><article><h1>Streaming "
            "service cuts prices</h1><p>Subscribe</p><p>" + para + "</p><ul>"
            + "".join(f"<li>{x}</li>" for x in items) + "</ul><p>The company said the plan would launch next "
            "month in the United States and Canada, with other markets to follow later this year.</p></article>"
            "</body></html>").encode()
    art = extract(html, "https://example.com/news/2026/streaming")
    assert para in art.body
