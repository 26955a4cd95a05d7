"""Real pages of the shared corpus with every class and id made meaningless (scraper.bench
--opaque-classes, as CSS modules and hashed class names leave them): the noise that no class name
gives away any more still goes, by its text, and the gold story stays whole."""
from __future__ import annotations

import pytest

from corpus_pages import corpus_page
from scraper.bench import opaque_classes
from scraper.extract import extract

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
    rec, raw = corpus_page(page_id)
    art = extract(opaque_classes(raw), rec["url"])
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
    rec, raw = corpus_page("6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85")
    art = extract(opaque_classes(raw), rec["url"])
    for g in rec["gold_paragraphs"][1:7]:   # (0 and 7 keep the cards' text inside them)
        assert g in art.body
