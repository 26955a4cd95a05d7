"""Second looks at the story container: rules as data.

The first choice (scraper.extract.choose_container) is the element whose lines add up to the most
story text. It can be a fragment of the story: a body cut in two by an ad or a paywall box, one
paragraph whose siblings are short lines, a block much smaller than the publisher's own
``articleBody``. Each rule below names one reconsideration; scraper.extract applies them in this
order and records every one that changes the choice (``Article.decisions``, shown by
``scraper extract --explain``).

Sources: per-page evidence on ../shared/corpus (dev sets only): fundus jp_ChunichiShimbun_2025_01_13
(two ``div.block`` around a members-only box), jp_AsahiShimbun_2025_01_13 (one long ``<p>`` then the
list of places as short ``<p>`` lines); readability.js's own rule of joining siblings of the top
candidate (mozilla/readability Readability.js, "siblingScoreThreshold"); the JSON-LD
``articleBody`` (schema.org Article) as the publisher's statement of what the story is.
"""
from __future__ import annotations

# A container chosen in one piece of several: siblings of the same tag and class attribute (the
# publisher's "body part" boxes around an ad, a widget or a paywall notice) whose own lines score
# as story (> SPLIT_MIN_SCORE) join it. For a paragraph element only when it is a fragment (see
# below): a paragraph holding the story in many lines does not collect the paragraphs around it.
SPLIT_BODY = "container.split-body"
SPLIT_MIN_SCORE = 40.0

# A single paragraph chosen (the tags below, holding at most PARAGRAPH_MAX_LINES lines): its parent is the story when the parent's other lines
# are text, not links (non-link text >= PARAGRAPH_TEXT_VS_LINKS x link text).
PARAGRAPH_PARENT = "container.paragraph-parent"
PARAGRAPH_TAGS = frozenset({"p", "span", "font", "b", "strong", "em", "i"})
PARAGRAPH_TEXT_VS_LINKS = 2.0
PARAGRAPH_MAX_LINES = 2

# The body disagrees with the page's JSON-LD articleBody (at least LD_MIN_CHARS long): the
# ancestors of the choice (LD_ANCESTORS levels) and the next candidates (LD_CANDIDATES, by score)
# are compared with it by token F1, and one that agrees better by LD_MIN_GAIN replaces the choice;
# by LD_MIN_GAIN_FRAGMENT when the choice is a fragment (a paragraph element, or a body under
# LD_SHORT x the articleBody's length). A small gain is not enough otherwise: the articleBody of
# many publishers leaves out the lead or the sub-headings that the page shows.
LD_BODY = "container.ld-body"
LD_MIN_CHARS = 400
LD_SHORT = 0.7
LD_MIN_GAIN = 0.06
LD_MIN_GAIN_FRAGMENT = 0.03
LD_ANCESTORS = 8
# An articleBody that the body holds (recall >= LD_PREVIEW_RECALL) and that is under
# 1/LD_PREVIEW_RATIO of the body's length is a preview (CMSs that cut it at 500 characters), not a
# statement of the whole story: no reconsideration then.
LD_PREVIEW_RECALL = 0.9
LD_PREVIEW_RATIO = 2.0
LD_CANDIDATES = 8

# The chosen container gives no story line at all: the next candidate that gives one is taken.
NEXT_CANDIDATE = "container.next-candidate"
NEXT_CANDIDATES = 8
