"""Lines inside the story that are and are not story text. Consent placeholders of embedded content (German "two-click" embeds: a YouTube video, a post, a
graphic that loads only after the reader agrees) are not story text. Real pages of
../shared/corpus (fundus set, read at run time; skipped when absent)."""
from __future__ import annotations

from corpus_pages import corpus_page
from scraper.extract import extract


# businessinsider.de's placeholders (one 32-word sentence per embedded graphic): see
# tests/test_real_noise.py::test_business_insider_de_inline_teaser_embed_placeholder_and_photo_credits


def test_the_youtube_two_click_box_goes():
    # gamestar.de: "An dieser Stelle findest du einen externen Inhalt von YouTube …", "Du kannst ihn
    # dir mit einem Klick anzeigen lassen …", "Ich bin damit einverstanden, dass mir Inhalte von
    # YouTube angezeigt werden.", "Personenbezogene Daten können an Drittplattformen übermittelt …"
    rec, html = corpus_page("de_Gamestar_2024_04_28")
    art = extract(html, rec["url"])
    for s in ("externen Inhalt von YouTube", "mit einem Klick anzeigen", "Ich bin damit einverstanden",
              "an Drittplattformen übermittelt"):
        assert s not in art.body, s
    assert rec["gold_paragraphs"][1][:60] in art.body      # (the gold's first line is the standfirst)
    assert rec["gold_paragraphs"][-1][:60] in art.body


def test_the_editors_choice_embed_prompt_goes():
    # tagesspiegel.de: the prompt is one 46-word line starting "Ich bin damit einverstanden, dass mir
    # der externe Inhalt angezeigt wird"
    rec, html = corpus_page("de_Tagesspiegel_2024_04_29")
    art = extract(html, rec["url"])
    assert "Ich bin damit einverstanden" not in art.body
    assert "von unseren Redakteuren ausgewählten, externen Inhalt" not in art.body
    assert rec["gold_paragraphs"][-1][:60] in art.body


def test_a_link_that_opens_a_popup_inside_a_sentence_stays():
    # readability.js test page clean-links (Melville's "Bartleby" as a study text): annotated words are
    # <a class="popup" onclick="return overlib('a note')">…</a> inside the sentences; the popup token
    # names the link that opens the note, not a popup box: the words stay in their sentences
    rec, html = corpus_page("clean-links")
    art = extract(html, rec["url"])
    popups = [r for r in art.removed if r.rule == "boilerplate.token:.popup"]
    assert len(popups) <= 1      # (was 285) one paragraph is a popup link from end to end, no sentence
    assert '"I prefer not to," he respectfully and slowly said, and mildly disappeared.' in art.body


def test_the_labels_of_an_ai2html_chart_are_not_story_text():
    # nytimes.com (readability.js test page nytimes-4): a chart exported by ai2html, one div.g-artboard
    # per screen size, each with its axis labels as <p>s ("RECESSIONS", "’17", "$915"): they go; the
    # story's paragraphs stay
    rec, html = corpus_page("nytimes-4")
    art = extract(html, rec["url"])
    lines = art.body.split("\n")
    assert "RECESSIONS" not in lines and "’17" not in lines
    assert any(r.rule == "boilerplate.token:.g-artboard" for r in art.removed)
    assert "a $2 trillion tax cut at the end of a business cycle with borrowed money" in art.body
    # the story's first paragraph, after the standfirst of the article's <header> (the first line of
    # readability.js's expected text too)
    assert art.body.startswith("Tax cuts, spending increases and higher interest rates")
    assert "\nThe federal government could soon pay more in interest on its debt" in art.body
