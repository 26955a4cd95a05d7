"""Second looks at the story container: rules as data.

The first choice (scraper.choice.choose_container) is the element whose lines add up to the most
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

import re

# A container chosen in one piece of several: siblings of the same tag and class attribute (the
# publisher's "body part" boxes around an ad, a widget or a paywall notice) whose own lines score
# as story (> SPLIT_MIN_SCORE) join it. For a paragraph element only when it is a fragment (see
# below): a paragraph holding the story in many lines does not collect the paragraphs around it.
SPLIT_BODY = "container.split-body"
SPLIT_MIN_SCORE = 40.0
# ... or that holds one prose paragraph valued SPLIT_PROSE_LINE or more on its own (a part whose
# paragraph is followed by a "follow us" line that scores against it: bbc.com's article markup, one
# div of one class per text block, magic_html bbc.com_a9aaae65)
SPLIT_PROSE_LINE = 100.0
# ... not for boxes of these tags named by no class: the cells and divs of a page's layout, where the
# prose paragraph is a sidebar's blurb (big9 forbes.com 2005 pages: the right column's "CEO Book Club"
# cell joined for its book review's line; L3S-GN1 div#twocolumnrightcolumn, div#MainNavGroup; Dragnet
# div#sidebars_r), while unclassed parts of another tag (a blog's <blockquote>s, a page's <ul>s:
# CleanEval final-226, final-250) still join
SPLIT_LAYOUT_TAGS = frozenset({"td", "th", "tr", "div", "section", "aside"})

# ... and the story's opening in a box of its own further up the page, of the choice's tag and class
# but not its sibling (sltrib.com 2017: the lede's three paragraphs in a div.article of the page's
# first row, the rest of the story in another div.article of the next row, beside the sidebar;
# ir-research-data chaos-baseball-7): it joins when it comes before the choice, in the same <article>
# as the choice or, as both there, in none (scroll.in 2017 shows the next stories and a sponsored one
# in <article>s of their own, each with its div.article-body: chaos-expedition-2), scores as story
# (> SPLIT_MIN_SCORE), holds no link line (link ratio above LEDE_BOX_MAX_LINK_RATIO) and one of its
# lines says the page's description (holds LEAD_SHARE of the description's words: the description
# is often the first paragraph cut short).
LEDE_BOX = "container.lede-box"
LEDE_BOX_MAX_LINK_RATIO = 0.3
# ... or, whatever the description says, when it ends right before the choice (at most LEDE_BOX_GAP_LINES
# kept lines between them, none of them prose) and holds LEDE_BOX_PROSE_LINES paragraphs of prose or more
# (politico.com 2016: the story's first paragraphs in a div.story-text of the page's "summary" row, the
# rest in another div.story-text of the next row, its byline and date between them; no description;
# postlight/parser's fixture www.politico.com.html). A teaser of one paragraph further up does not join.
LEDE_BOX_GAP_LINES = 3
LEDE_BOX_PROSE_LINES = 2

# ... and when a single paragraph gathered more than BETWEEN_MIN_PARTS parts that way (a story of
# one element per paragraph), the other elements between its first and last part join as well:
# the sub-headings, short lines and lists between paragraphs (magic_html magazine.tabelog.com_f01449a2:
# the story's dated h2 sections and their one-line notes were lost between the <p>s)
SPLIT_BETWEEN = "container.split-between"
BETWEEN_MIN_PARTS = 2
# ... with the paragraphs of the parts' tag right before the first part, no link in them and no heading (the
# post's opening sentence, too short to score as a part: "IIJmio meetingの発表資料を公開します。" over a post
# whose lists of links to the slides and the reports outweigh its box; postlight/parser's fixture
# techlog.iij.ad.jp; DAnIEL aif.ua pages +0.01, +0.02)

# A data table chosen (a list page: the table is its content): the paragraphs right before it in its
# parent box, up to TABLE_INTRO_MAX of them and back to the first element that is no <p> of text lines
# (no link line), join it as its introduction when one of them is prose (valued SPLIT_PROSE_LINE or more)
# (readability.js wikipedia-4, "List of films featuring time loops": the list's introduction above
# the table, in its gold, was left out). The rows of such a table with a header (<th>, <thead>) whose
# name is a link stay when a cell of theirs is text without one (scraper.assemble._chosen_table_row; "Journey
# to the Center of Time | 1967 | Remake of …" went as a link line). Tried for a headed table anywhere in
# the story's box: six nr2.ru DAnIEL pages down (a headed layout table of linked teasers), not kept.
TABLE_INTRO = "container.table-intro"
TABLE_INTRO_MAX = 3

# A single paragraph chosen (the tags below, holding at most PARAGRAPH_MAX_LINES lines): its parent is the story when the parent's other lines
# are text, not links (non-link text >= PARAGRAPH_TEXT_VS_LINKS x link text), or when those text lines are
# paragraphs of the choice's tag beside it, one of them prose, and with the choice's own text they outweigh
# the links so (a short story whose last sentence follows one linked headline set into it, "<div
# id="articleBody"><p>…</p><div class="imgcontainer">…</div><p>ولم يسفر الحريق عن أي إصابات.</p><p><strong><a>…
# </a></strong></p></div>": a written probe of Arabic news, 2026-12-07; Dragnet R84 +0.23, R121 +0.03, L3S-GN1
# f505fae2 -0.005).
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
# A body whose length is within these bounds of the articleBody's (and not a single paragraph) is
# taken to agree with it, without comparing tokens (the common case; it keeps the check cheap).
LD_SAME_LENGTH = (0.9, 1.15)
# An articleBody that the body holds (recall >= LD_PREVIEW_RECALL) and that is under
# 1/LD_PREVIEW_RATIO of the body's length is a preview (CMSs that cut it at 500 characters), not a
# statement of the whole story: no reconsideration then.
LD_PREVIEW_RECALL = 0.9
LD_PREVIEW_RATIO = 2.0
LD_CANDIDATES = 8

# The page's description (meta description / og:description) is hardly in the choice (under
# DESC_LOW of its words) but mostly is (>= DESC_HIGH) in one of the next candidates by score: that
# candidate is the story (the choice was a box beside it). Only for a description of
# DESC_MIN_UNITS+ (CJK counted as for the scores) with DESC_MIN_WORDS+ distinct words.
DESC_BODY = "container.description"
DESC_MIN_UNITS = 60
DESC_MIN_WORDS = 6
DESC_LOW = 0.3
DESC_HIGH = 0.7
DESC_CANDIDATES = 10
# ... and only when the choice gave a small body (units as for the scores): descriptions are often
# a summary in other words, so a long body without them is no sign of a wrong choice (on the dev
# sets, without this bound, four right bodies were traded for wrong ones)
DESC_SMALL_BODY = 250
# ... and the candidate says more than the description (DESC_MORE x its length): a standfirst that
# repeats the description is not the story (magic_html mashable.com video page)
DESC_MORE = 1.5

# The chosen container gives no story line at all: the next candidate that gives one is taken.
NEXT_CANDIDATE = "container.next-candidate"
NEXT_CANDIDATES = 8

# Inside the story, a line that is mostly a link is dropped (story.link-line), except an item of a
# list whose items are mostly text (>= LIST_TEXT_SHARE of them are not link lines) when the item
# has words of its own besides the link (link ratio <= LIST_ITEM_MAX_LINK_RATIO): a list of notes
# or steps that links a name or a bug in most of a sentence, not a list of related headlines.
# Evidence (dev sets): 58 such items are story text in the gold, 4 are not.
LIST_TEXT_SHARE = 0.5
LIST_ITEM_MAX_LINK_RATIO = 0.98
# ... and so is an item of a list that the story's own sentence announces: the line just before
# the list is prose of ANNOUNCED_LIST_MIN_WORDS words or more that ends with a colon (one of
# ANNOUNCE_ENDS): "The seven pieces in this guest-edited issue are:" over the linked titles of the
# seven papers (Dragnet dev page R135, danah boyd's blog 2012; the gold keeps them). A read-also
# list is announced by its marker ("Read more:"), which the related rules take out with its list.
ANNOUNCED_LIST_MIN_WORDS = 6
ANNOUNCE_ENDS = (":", "：")

# ...and except the linked headlines of a roundup (a news bulletin, a digest): the story heads each
# item with a link to the item's own page, <p><a href=…>headline</a></p>, and the item's text follows
# and takes up the headline's words. Words: folded, 3+ letters, Arabic article/conjunction prefixes
# set aside. A link line (a paragraph, not a list item, not right under a heading, up to
# ROUNDUP_HEAD_MAX_WORDS words) may head an item when ROUNDUP_MIN_TEXT_LINES or more plain lines follow
# it before the next link line (an item's text, not a teaser's one-line summary) and the first
# ROUNDUP_TEXT_LINES of them share at least ROUNDUP_SHARED of its words and ROUNDUP_SHARE of them.
# The container is a roundup when ROUNDUP_MIN_ITEMS of those heads are also clear: the first line
# after shares ROUNDUP_SHARED words, and the text after shares at least ROUNDUP_BEFORE_FACTOR times
# as many words as the two plain lines before (a related link in one story shares the story's words
# before and after it; an item's head starts a new subject). In a roundup every possible head stays.
# Source: almasryalyoum.com's morning bulletin 2023 (tests/site_fixtures/almasryalyoum
# excerpt-2023-3055115, from rbutils/fetch_util, whose spec keeps the item headlines): five heads
# sharing 6-8 words after, 0-4 before. Counter-evidence (dev sets): LA Times' related links inside
# one story (scrapinghub 8634d121…: 5, 4 and 8 words after, 3, 2 and 2 before: one clear head), CNN's
# teaser cards (newspaper4k cnn_article: one-line summaries), Wikipedia's "Main article:" lines under
# section headings and its reference list items (readability_js wikipedia-2).
ROUNDUP_HEAD_MAX_WORDS = 25
ROUNDUP_TEXT_LINES = 3
ROUNDUP_MIN_TEXT_LINES = 2
ROUNDUP_SHARED = 3
ROUNDUP_SHARE = 0.4
ROUNDUP_BEFORE_FACTOR = 2
ROUNDUP_MIN_ITEMS = 3
ROUNDUP_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")

# A teaser list inside the story's box: items that each link a headline to another page and give it a
# one-line summary, <dl><dt><a>headline</a></dt><dd>summary</dd>…. The <dd> (up to
# TEASER_SUMMARY_MAX_CHARS) goes with its headline (story.teaser) when its <dt> is mostly a link and
# the list has TEASER_MIN_ITEMS or more such items; the headlines already go as link lines. A glossary
# (<dt> terms that are not links) keeps its definitions.
# Evidence: L3S-GN1 dev pages, cbc.ca 2007-08 "MORE … HEADLINES" lineups (div.lineuproll > dl, dt
# headline links, dd summaries) inside the story's box: 4 pages 0.36-0.74 -> 0.91-0.95, no other dev
# page changes. The same shape in <li> items (a link line, then a summary) is left alone: no dev page
# has it inside a story, and a list of linked names with their descriptions can be the story.
TEASER_SUMMARY_MAX_CHARS = 300
TEASER_MIN_ITEMS = 3

# A heading whose box holds link lines dropped from the story and no other line of it is a widget's
# title and goes (assemble._orphan_titles, story.orphan-title), unless those links are only the
# section's own edit link, one of EDIT_LABELS (brackets and case aside): a Baidu-Baike-like
# encyclopedia page, <div class="para-title"><h2>历史沿革</h2><a>编辑</a></div> over each section (a
# written probe of many page kinds and languages, 2026-12-07, lost all three section headings);
# MediaWiki's and Fandom's "[edit]" in their languages (MediaWiki's messages "editsection" and
# "editold"; its own span.mw-editsection goes by class before this).
EDIT_LABELS = (
    "edit", "edit source", "编辑", "編輯", "編集", "편집", "bearbeiten", "quelltext bearbeiten", "modifier",
    "modifier le code", "editar", "editar código", "modifica", "modifica wikitesto", "править",
    "редактировать", "edytuj", "düzenle", "sunting", "ویرایش", "تعديل", "עריכה",
)

# A grid of teaser cards that ends the story's lines, or else opens them (story.teaser-grid):
# TEASER_GRID_MIN_CARDS or more cards (alike sibling boxes, each titled by a link:
# choice._title_cards) run to the end (from the start) of the story, each card a title and at most
# TEASER_GRID_CARD_MAX_LINES other lines of at most TEASER_GRID_CARD_MAX_CHARS characters, no card
# holding a headline that is no link, and at least TEASER_GRID_MIN_STORY characters of the story's
# own lines outside the cards. Its titles and summaries go. Source: a written probe, 2026-12-05: such
# a grid inside the story's box or beside it, with no title over it and no class name that says
# "related", in nine card shapes, all leaking. Not numbered items ("1. …": a listicle's). A roundup
# whose items are linked headlines with their text (ROUNDUP_*) is the story: its items hold more lines
# and characters than a teaser's one-line summary.
TEASER_GRID_MIN_CARDS = 3
TEASER_GRID_CARD_MAX_LINES = 2
TEASER_GRID_CARD_MAX_CHARS = 400
TEASER_GRID_MIN_STORY = 400
# ... or, for a brief, TEASER_GRID_MIN_BRIEF characters with a sentence of TEASER_GRID_BRIEF_WORDS words
# or more (no link, ending as a sentence does): a story of one or two short paragraphs over a grid of
# eight cards, each a linked title and a summary, with no box around the story but <body>, took the
# whole grid into its body (a written probe of briefs in old templates, 2026-12-06).
TEASER_GRID_MIN_BRIEF = 150
TEASER_GRID_BRIEF_WORDS = 12
# The same for a list whose items each open with a linked headline and end with the linked story's
# excerpt cut short (<li><a>headline</a><span>excerpt of the story...</span></li>): every such item goes
# when the list has TEASER_MIN_ITEMS of them and the link is a headline of TEASER_HEADLINE_MIN_WORDS or
# more words. Evidence: indiapost.com's "Breaking News" list beside the story (scrapinghub 5f9c5ed5…:
# ten items ending "...", inside the story's box: 0.56 -> 1.00). Counter-evidence: LWN's weekly
# edition contents (readability_js lwn-1, "<a>Security</a>: Toward secure package downloads; ...",
# part of the page's text in the gold): a one-word section link, not a headline. A thumbnail without text
# may come before the headline (suvblogger.com 2012, Dragnet T93: <li><img><a>headline</a><br>excerpt [...]).
TEASER_HEADLINE_MIN_WORDS = 3
TEASER_CUT_SHORT = ("...", "…", "[…]", "[...]")

# A slideshow embedded in the story: GALLERY_MIN_SLIDES or more lines numbered "k/N" (or "k of N") for
# one N; the smallest box holding them goes line by line (story.gallery) when the story has at least
# GALLERY_STORY_OUTSIDE characters of prose outside it (a page that IS a gallery keeps its captions).
# Evidence (dev sets): readability_js bug-1255978 (independent.co.uk, "Business news in pictures",
# 1/50 … 50/50 inside the story's text box), fundus us_APNews_2024_09_03 ("4 of 12 |" photo captions);
# on both the gold leaves the slideshow out; no other dev page has such numbering.
GALLERY_MIN_SLIDES = 3
GALLERY_STORY_OUTSIDE = 400
# ... or whose slides are printed more than once: a carousel's cloned slides, a strip of thumbnails beside
# the large view, each caption (CLONED_MIN_CHARS or longer) said twice or more. The smallest box holding
# the copies of such a caption goes when the captions said more than once make CLONED_SHARE of its text
# (two different ones, or one three times: a story's pull quote says one of its sentences twice) and the
# story has GALLERY_STORY_OUTSIDE characters of prose outside it. Source: chaos pages of 2017 with their
# class names made meaningless (ir-research-data spacex-3, space-9: a Falcon 9 caption 3 and 8 times;
# terror-2: Reuters' slideshow; terror-8: AP's), whose captions ran on under the story.
CLONED_MIN_CHARS = 40
# (copies compared by their first CLONED_KEY_CHARS characters: Gannett's galleries print each caption in
# full, "… ORG XMIT: WX101 less", and cut short, "… received over the ... more": chaos terror-8)
CLONED_KEY_CHARS = 60
CLONED_SHARE = 0.6   # (Reuters' 17 slides: 62% of the box's text said twice, its "left"/"right" included)

# A run of PAGER_MIN_RUN or more lines without a letter, of at most PAGER_MAX_CHARS characters each,
# inside the story is a slideshow's pager ("<<", "<", "1" … "14", ">", ">>": newspaper4k
# cnn_article): story.pager. (Tried with it: a line of 12 words or fewer said 3 times or more as a
# slideshow title, "Weather threatens holiday plans" x14 on that page; 7 pages lost up to 0.14,
# where a repeated line is content: an interview's question put to each guest, a schedule's rows.)
PAGER_MIN_RUN = 3
PAGER_MAX_CHARS = 4

# Line length in the container scores: a CJK ideograph, kana or hangul character counts this many
# times (one character says about what a word does; Latin and Arabic words are 4-6 characters with
# the space). 2, not 3: with 3, the summaries of CJK teaser lists outweighed the story
# (readability_js yahoo-4, magic_html news.youth.cn); with 2, no dev page lost more than 0.05 and
# magic_html went 0.895 -> 0.915 (two pages that were empty have a body).
WIDE_CHAR_WEIGHT = 2

# The story's first line is its <h1> headline, in other words than the page's title (the title
# comes from JSON-LD "headline" or og:title, which editors often rephrase): it is dropped as the
# headline (story.headline) when HEADLINE_SHARE of the words of each are in the other. Source:
# bbc.com/arabic (real_ar bbc.com_arabic-c720dxj8dq8o): <h1> "أصدقاء الطيار الأمريكي آرون بوشنيل
# يكافحون لاستيعاب حرقه لنفسه دعماً لغزة", JSON-LD headline "آرون بوشنيل: أصدقاء الطيار الأمريكي
# يكافحون لاستيعاب حرقه لنفسه دعماً لغزة".
HEADLINE_SHARE = 0.7
# A heading that opens the story's lines and is a link (KICKER_LINK_SHARE of it) of at most KICKER_MAX_WORDS
# words to a section's page is the story's kicker, not its text (story.kicker): dmagazine.com's h2.category
# "<a href="/category/sports/">Sports</a>", the Miami Herald's "<h1><a href="/news/business/biz-monday/">Business
# Monday</a></h1>" over the headline (postlight/parser's fixtures). A section's page: its path has
# KICKER_SECTION_PATH's word, or at most KICKER_MAX_SEGMENTS segments with no digit, no file extension and no
# slug of KICKER_SLUG_HYPHENS hyphens or more (an article's address has its date, its number or its slug).
# ... and a heading of at most KICKER_MAX_WORDS words, no sentence, right over the headline in its box (the same
# parent) when the headline goes as the title: golem.de's <h2 class="head1">Mozilla</h2> over its <h1> (chimbori/
# crux's golden file golem.html; big9's 2009 Forbes "Market Scan", DAnIEL's rp.pl pages up, a DAnIEL gorodlip.ru
# page's "Здоровье" and a Guardian kicker kept by their golds down)
KICKER_LINK_SHARE = 0.9
KICKER_MAX_WORDS = 4
KICKER_SECTION_PATH = r"/(?:category|categories|section|sections|topics?|tags?|rubri(?:k|que)|ressort|kategorie)/"
KICKER_MAX_SEGMENTS = 3
KICKER_SLUG_HYPHENS = 3

# A choice without a mark of the story box (no <article>, body-hint class or id, or
# itemprop=articleBody) that holds such a box making HINTED_CHILD_SHARE or more of its score (the
# marked box's bonus counted) gives way to that box: what the choice adds beside it is the page's
# other columns (a right-hand column's teasers with their summaries). Not when another marked box
# beside it in the choice has story too (the story in parts; an <article> marked by its tag alone
# whose first heading is a link is a teaser card, not a part: a sidebar box of two such cards kept the
# whole column, albayan.ae-style probe page 2026-12-04), nor when a story <p> stands right
# beside it or one of its parents (the story goes on past a tag closed too early: tests/test_htmlio.py
# "stray-closing-divs"; 1 DAnIEL page -0.016). Source: news.com.au 2012 story pages
# (Dragnet dev set, 5 pages: div#content held div#story and the "More technology news" column;
# 0.72-0.76 -> 0.97-0.99), and 36 more dev pages up (odd, untuned half of the Dragnet set
# 0.9183 -> 0.9204); 0.5 and 0.7 measured too (0.5: the same, 0.7: 5 pages fewer). Pages that lose:
# a lead in the page's <header> just above an <article> (lemonde.fr 2023, fundus), a gold that
# counts the related posts under the story (Dragnet R118).
HINTED_CHILD_SHARE = 0.6

# The standfirst in a box of its own, just before the story box: a paragraph among the
# LEAD_LINES_BEFORE lines before the story's first line, outside the chosen box, that says the page's
# description (LEAD_SHARE of the words of each in the other, LEAD_MIN_WORDS or more) and whose box
# meets the story's within LEAD_LEVELS levels, joins the story (container.lead). Source:
# arabic.sputniknews.com 2020 (htmldate_ar arabic.sputniknews.com_1550981615): the lead paragraph in
# div.b-article__lead (itemprop=description) before div.b-article__text; the hand-made gold keeps it.
# The standfirst may sit in the article's <header> (nytimes.com 2018, readability.js nytimes-4, whose
# expected text opens with it; haber7.com, VG, SRF, Netzpolitik: 9 dev pages up, 5 down by <= 0.016).
# The story's closing sections right after its box, each a sub-heading over a table, a list or a definition list
# whose lines are all kept and none a link line: they join (reconsider._trailing_sections), at most
# TRAILING_MAX_SECTIONS of them. A museum's object page, its description box, then "Metryczka" over the object's
# facts table (a written probe of recall-hard pages, 2026-12-07); trafilatura's evaluation pages lost lists and
# tables after a sub-heading the same way (issue 9's findings).
TRAILING_SECTION = "container.trailing-section"
TRAILING_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
TRAILING_CONTENT_TAGS = frozenset({"table", "ul", "ol", "dl"})
TRAILING_MAX_SECTIONS = 6
LEAD = "container.lead"
LEAD_LINES_BEFORE = 4
# (a line that is a short link, a tab's or a menu's label of at most LEAD_SKIPPED_LINK_WORDS words, is not counted:
# up to LEAD_LINES_SCANNED lines in all; a shop's short description, then its cart, its product meta and three tab
# links "Description", "Additional information", "Reviews (7)": a written probe of page kinds, 2026-12-07. Not a
# widget's linked headlines: mashable.com_8f203971's "Watch Next" titles between the header and the story)
LEAD_SKIPPED_LINK_WORDS = 4
LEAD_LINES_SCANNED = 12
LEAD_MIN_WORDS = 8
LEAD_SHARE = 0.8
LEAD_LEVELS = 4
# The same standfirst when the description says something else: a line of LEAD_MIN_WORDS or more and
# at most LEAD_NAMED_MAX_CHARS whose block, or a box LEAD_NAMED_LEVELS levels up, a class or id names
# as the standfirst (or itemprop="description"/"abstract"); not a photo's "lead" (tovima.gr 2011
# div.article_photo_lead is the lead photo's caption, DAnIEL pages). Turkish dailies call it the "spot"
# (a written probe of many page kinds, 2026-12-06; set as a heading: LEAD_HEADING_NAME_RE below).
LEAD_NAME_RE = re.compile(
    r"^(?![a-z0-9_-]*(?:photo|image|img|video|media|gallery|caption))"   # (a picture's "lead" is its caption)
    r"(?:[a-z0-9]+(?:[-_]|__))*?(?:lead|lede|intro|standfirst|dek|deck|summary|sub[-_]?title|sub[-_]?head(?:line|er)?"
    r"|teaser[-_]?text|excerpt|abstract|chapo|chapeau|sapo|spot|article[-_]?description|post[-_]?description"
    # (a shop's short description over its description tab: WooCommerce's "woocommerce-product-details__short-description",
    # a written probe of the general web's page kinds, 2026-12-07)
    r"|short[-_]?description)"
    r"(?:[-_]?(?:text|paragraph|para|copy|content|body|container|wrapper|wrap|block|inner|heading))?$",
    re.I,
)
# A standfirst set as a heading joins only when its itemprop says "description" (2017 pages of chaos and
# big9, readability_js ars-1: their golds keep it; liberation-1's leaves it out) or its class names it as
# Turkish dailies do, "spot" (a written probe of many page kinds, 2026-12-06: <h2 class="haber-spot">);
# not by the other names: the golds of modern pages leave such a heading dek out (with every name of
# LEAD_NAME_RE, fundus NTVTR -0.068, Sermitsiaq -0.038, two scrapinghub pages, and 6 of 40 pages of a
# written probe of news publishers, for 34 older dev pages up)
LEAD_HEADING_NAME_RE = re.compile(r"^(?:[a-z0-9]+[-_])*spot$", re.I)
# A heading dek (not the <h1>) that says the page's description (LEAD_SHARE of the words of each in the
# other) and not its title joins as well: the publisher names that text the page's summary. Sources:
# fundus es_MallorcaZeitung_2025_04_16 (h2.ft-mol-subtitle = meta description) and za_TimesLive_2025_05_22,
# Dragnet R706 (h2.standalone-deck), DAnIEL pb.pl 2012 (h3#article_lead); on all dev pages 75 up, 15 down
# (fundus NTVTR -0.068, Sermitsiaq -0.038 and six scrapinghub pages by <= 0.024 leave it out of their
# golds); written probes of world and modern publishers, 2026-12-07: 6 of 10 lost deks back.
LEAD_NAMED_MAX_CHARS = 600
LEAD_NAMED_LEVELS = 2
# And the standfirst by its place: the line right before the story's first line, of LEAD_MIN_WORDS or
# more, at most STANDFIRST_MAX_CHARS, ending a sentence and hardly linked, when one of the
# STANDFIRST_HEADLINE_LINES lines before it is a heading that says the page's title.
STANDFIRST_MAX_CHARS = 400
STANDFIRST_HEADLINE_LINES = 3
# The title of the readers' comments, as a line of its own inside the chosen container, ends the
# story: it and every line after it go (story.comments). A line is such a title when, folded and
# without digits and punctuation ("Comments (5)", "Comments »", "Reader views (0)"), it starts with
# one of COMMENTS_TITLES and has at most COMMENTS_TITLE_MAX_WORDS words, and at least
# COMMENTS_MIN_STORY characters of story come before it (a page that IS a comment thread keeps it).
# Comment areas hold long prose, often more than the story, in markup that names nothing (their
# box is the story's box, or its classes say nothing: div#commentsDiv, td.content). Sources:
# L3S-GN1 (human assessors: comments are not full text) pages of washingtonpost.com blogs
# ("Comments" then 45 comments), telegraph.co.uk ("Comments"), ctv.ca ("Comments are now closed
# for this story"), dailymail.co.uk ("Add your comment Comments (0)"), thisislondon.co.uk
# ("Reader views (5)"), broadcastnewsroom.com ("Most Recent Reader Comments:"), vitalfootball
# ("What you think..."), 17 pages in all, F1 0.12-0.95 -> 0.93-1.0 on 16; youm7.com 2019 prints
# "اضف تعليقاً واقرأ تعليقات القراء" above its comments (htmldate_ar youm7.com_1691196862, gold_without).
# Left out: "Comment" alone (a blog's sub-heading: readability_js dropbox-blog), "Have your say"
# (BBC's link to a debate, above the story's last lines: L3S-GN1 f3797c1d).
# Titles that are also words a story's own sub-heading can start with ("Comments from the
# minister", "What you think matters", "التعليقات الرسمية على القرار"): the line must be the title
# alone (digits and punctuation aside). The others may go on ("Comments are now closed for this
# story", "Add your comment Comments (0)").
COMMENTS_TITLES_ALONE = [
    "comments", "reader comments", "readers comments", "readers' comments", "your comments",
    "reader views", "most recent reader comments", "what you think",
    "there are comments", "there is comment",   # "There are 13 comments" (wptavern.com, readability_js wordpress)
    "top rated comments",   # macrumors.com 2019 (scrapinghub 232a43fb…), over its comments without class names
    "تعليقات القراء", "التعليقات",
    # the same title in the corpus's other languages, alone on its line ("3 Kommentare", taz.de 2024,
    # fundus de_Taz_2024_10_23, over its readers' comments that joined the story without class names)
    "kommentare", "leserkommentare", "commentaires", "comentarios", "commenti", "comentários",
    "komentarze", "комментарии", "σχόλια", "reacties", "yorumlar",
    "wasze komentarze", "wybrane komentarze",   # ("your comments", "selected comments": DAnIEL Polish pages)
    # a toggle over the comments ("View comments (27)": aclu.org, readability_js aclu; its comments joined
    # the story with class names made meaningless) and netzpolitik.org's word for its comments ("12
    # Ergänzungen", fundus de_NetzpolitikOrg_2024_04_28, the same)
    "view comments", "show comments", "see comments", "read comments", "load comments", "ergänzungen",
    # Ars Technica's editors' pick of its comments, over them (4 big9 pages of 2013 with class names made
    # meaningless)
    "promoted comments",
    # the readers' comments' title in more languages, alone on its line (note.com's "コメント" over a post's
    # comments: a written probe of blogs, whose comments joined the post; no dev gold holds one of these
    # words as a line of its own, checked 2026-12-07)
    "コメント", "评论", "网友评论", "網友評論", "댓글", "komentáře", "kommentarer", "kommentit", "hozzászólások",
    "comentarii", "коментарі", "komentar", "bình luận", "ความคิดเห็น", "תגובות",
    # (a personal blog's replies from other sites under "Webmentions", with their likes and reposts: a written probe of
    # blogs, 2026-12-07, whose Eleventy post kept them)
    "webmentions", "webmention",
    # ... and the comments-and-ratings title of recipe and shop pages ("Commentaires et avis (312)" over a
    # recipe's reviews: a written probe of many page kinds, in Marmiton's wording)
    "commentaires et avis", "avis et commentaires", "comments and reviews", "reviews and comments",
    "kommentare und bewertungen", "comentarios y opiniones", "commenti e recensioni",
]
COMMENTS_TITLES_LEADING = [
    "add your comment", "add your comments", "leave a comment", "post a comment", "post your comment",
    "comments are closed",
    "comments are now closed", "اضف تعليقا واقرا تعليقات القراء",
    # the title over a comment widget's box (Disqus's "Join the discussion…": miamiherald.com 2012, DAnIEL;
    # chaos-elon-musk-7; theatlantic.com 2012, Dragnet R231/R232; "Join the Conversation", Dragnet R830):
    # 9 dev pages up, none down
    "join the conversation", "join the discussion",
    # ... and the readers' comments' title in other languages, opening a longer line ("I commenti dei lettori",
    # an Italian regional daily's box: a written probe of many page kinds, 2026-12-06)
    "i commenti dei lettori", "commenti dei lettori", "les commentaires des lecteurs", "commentaires des lecteurs",
    "comentarios de los lectores", "comentários dos leitores", "kommentare der leser",
    # (a comment box's teaser under the story: the Times of India's "Start a Conversation" over "Be the first one to
    # comment.", Der Spiegel's "Diskutieren Sie mit · 87 Beiträge": a written probe of world publishers, 2026-12-07)
    "start a conversation", "start the conversation", "be the first to comment", "be the first one to comment",
    "diskutieren sie mit", "comments are only available to subscribers", "comments are available to subscribers only",
]
COMMENTS_TITLES = COMMENTS_TITLES_ALONE + COMMENTS_TITLES_LEADING
# One story of several: a page that appends the next stories under the first (infinite scroll) holds
# each in an <article> with its own <h1>, and the box of them all outscores each. When the choice
# holds ARTICLES_MIN of such <article> elements (none inside another) that each score at least
# ARTICLES_MIN_SCORE, and the h1 of exactly one of them says the page's title (HEADLINE_SHARE of the
# words of each), that one is the story (story.one-of-many). Source: dagbladet.no 2026 (fundus
# no_Dagbladet_2026_01_06: article#mainArticleSection, then div.under-article >
# article#second-article, a longer story; main#main was chosen, F1 0.46).
ARTICLES_MIN = 2
ARTICLES_MIN_SCORE = 300
ONE_OF_MANY = "story.one-of-many"

# A paragraph that is a linked sentence is story, not a link line: a <p> of at least
# LINKED_SENTENCE_MIN_WORDS words that ends with a sentence's end mark (not "..."), even when it is all
# one link. Headlines of related links do not end so. Sources: bbc.co.uk 2024-26 links whole
# sentences to its explainers ("A new law is set to prevent any future government sidelining the
# OBR.", fundus uk_BBC_2024_08_01, uk_BBC_2026_04_25), The Sun, iNews, Mexico News Daily (fundus).
LINKED_SENTENCE_MIN_WORDS = 8
# In the container choice such a sentence of LINKED_SENTENCE_NEUTRAL_CHARS or more counts as neutral,
# not against its box as a link line does: a blog post's sentences with their links inside them
# (wilwheaton.typepad.com 2012, Dragnet T168: "If you like Say Anything, you'll probably like other
# <a>casual tabletop games</a>, like <a>Apples to Apples</a>, …") made the post's first <p> win
# alone (F1 0.64; 4 dev pages up, none down). Shorter ones are share rows written as a sentence
# ("Submit the post to Reddit, StumbleUpon, Digg or Del.icio.us.", Dragnet R689-R690: counted as
# neutral they took the post's footer into the choice).
LINKED_SENTENCE_NEUTRAL_CHARS = 80
# A <p> whose own text (outside its links) is LINKED_PROSE_OWN_CHARS or more and that ends as a
# sentence ends counts as neutral too, however much link text sits inside it: a hover card of links
# set into the sentence ("… threatened to kill Rep. <span>Ilhan Omar <img> <a>Ilhan Omar</a> <a>three
# headlines</a> MORE</span> (D-Minn.), …": thehill.com 2019's people cards, scrapinghub 6ebac05f…,
# known only by their classes; without them two such paragraphs sank the story's box, F1 0.99 -> 0.46).
LINKED_PROSE_OWN_CHARS = 100

# A teaser card that is one link by an overlay: an <a> child stretched over the card (Bootstrap's
# class "stretched-link", Tailwind's "absolute inset-0"), empty or screen-reader text only, while the
# kicker, headline and summary the reader sees are outside it. Such lines measure as prose; inside
# the story's box, a line of up to CARD_MAX_WORDS words whose box (up to CARD_LEVELS levels up, below
# the story's own box) has such a child goes (story.card). Sources: rp-online.de 2024 (fundus
# de_RheinischePost_2024_04_21: 33 cards of "Mehr zum Thema"), t-online.de 2026 (de_TOnline_*),
# theportugalnews.com 2025 (pt_ThePortugalNews_2025_02_03).
CARD_MAX_WORDS = 40
CARD_LEVELS = 5

# An author bio box at the end of the story: a title line (folded, without punctuation, alone on its
# line) from AUTHOR_BIO_TITLES with at least AUTHOR_BIO_MIN_STORY characters of story before it goes
# with the lines after it when they end the story and are at most AUTHOR_BIO_MAX_LINES lines of
# AUTHOR_BIO_MAX_CHARS characters in all (story.author-bio); a longer section under such a title stays. Sources: webpronews.com 2008 ("About the author:" and a two-line bio; L3S-GN1
# a3dfffbb), indiatimes.com ("ABOUT THE AUTHOR" and the author's one-line description; magic_html
# indiatimes.com_a50621c2, _abb1b4fa); Arabic: a news theme's strings, 'Author Bio' => 'نبذة عن
# الكاتب'. Counter-evidence: readability.js's citylab-1 gold keeps its "About the Author" box (its
# gold is readability.js's own output).
AUTHOR_BIO_TITLES = [
    "about the author", "about the writer", "author bio", "über den autor", "über die autorin",
    "à propos de l'auteur", "sobre el autor", "نبذة عن الكاتب", "نبذة عن الكاتبة", "عن الكاتب", "عن الكاتبة",
    "نبذة عن المؤلف", "معلومات عن الكاتب", "معلومات عن الكاتبة", "معلومات عن المؤلف", "عن المؤلف",
    # an interview's guest, in the same box at the story's end (a written probe of Arabic pages,
    # 2026-12-06: "نبذة عن الضيف" over the guest's one-line description under the last answer)
    "نبذة عن الضيف", "نبذة عن الضيفة", "about the guest",
]
# (AUTHOR_BIO_MIN_STORY: a one-paragraph brief of 150-200 characters has a story before its bio box;
# with COMMENTS_MIN_STORY, 200, the bio stayed under 19 of 150 such briefs, a written probe of Arabic
# one-paragraph briefs with furniture, 2026-12-05)
AUTHOR_BIO_MIN_STORY = 100
AUTHOR_BIO_MAX_LINES = 3
AUTHOR_BIO_MAX_CHARS = 600
# ... and an author box known by its link to the author's other posts (a line of at most
# AUTHOR_POSTS_LINK_MAX_CHARS characters, AUTHOR_POSTS_LINK_SHARE of it link or more (the author's
# name: "All Posts by <a>Mike Sansone</a>"), that starts with one of AUTHOR_POSTS_LINKS,
# among the story's last AUTHOR_POSTS_LAST lines): the link goes, with the lines of its box (the
# link's block, or the nearest box around it that holds other lines) when they end the story and
# keep to AUTHOR_BIO_MAX_LINES lines and AUTHOR_BIO_MAX_CHARS characters (story.author-box).
# Sources: blogs' author boxes, "About Mike Sansone: …" over "All Posts by Mike Sansone" (Dragnet
# dev pages R199, R200) and "About Becky" / "Hi, I'm Becky. …" / "View all posts by Becky" (R156-R160),
# in no gold; WordPress core's author link title "View all posts by %s"; the Arabic "كل مقالات
# الكاتب" written for tests/test_adversarial.py. ("More from <site>:" over a list of links is not
# one: two golds keep it.)
AUTHOR_POSTS_LINKS = [
    "all posts by", "view all posts by", "more from this author", "more by this author", "all articles by",
    "more articles by", "see all articles by", "alle artikel von", "tous les articles de",
    "كل مقالات", "جميع مقالات", "المزيد من مقالات", "مقالات أخرى للكاتب", "مقالات أخرى للكاتبة",
]
AUTHOR_POSTS_LINK_MAX_CHARS = 80
AUTHOR_POSTS_LINK_SHARE = 0.3
AUTHOR_POSTS_LAST = 2

# A reader comment's signature line also starts the comments when no title does (the title is a
# link, "Add Comment", or there is none): "Posted by: NAME, TOWN on 9:35am Wed 9 Jan 08". A line
# that starts with the verb, names someone and ends in a time or date (a digit after "on"/"at"),
# with the story before it (COMMENTS_MIN_STORY) and not ending as a sentence does ("Posted by the
# ministry on 3 January, the notice ..." is story). A post's own byline on top has no story before it.
# Sources: L3S-GN1 theherald.co.uk (59f730fe, a60538cf, 310a3b31: "Posted by: … on 9:35am Wed 9 Jan
# 08"), thisislancashire/bolton news pages (b8a4c562, c4957377), a blog's post footer ("Posted by
# Ed Kent on Wednesday, January 9th, 2008 at 8:43 am under: …", 552fe66a); the one gold line of
# this shape in the corpus is a byline above the story (readability_js keep-tabular-data).
COMMENT_SIGNATURE_RE = re.compile(
    r"^(?:posted|submitted|written|commented)\s+by\b.{1,80}?\b(?:on|at)\s+\S*\d", re.I)
# ... but a footer that links to the comments ("Posted by hugh macleod at 1:40 PM | Comments (5) |
# TrackBack", Movable Type; "Posted by jon at 11:16 AM : Comments (6)") is a post's own, under each post
# of a blog's front or archive page (CleanEval final-445, final-334: every post after the first was cut
# as comments): it starts nothing; the comments' own title or signatures below it still do.
COMMENT_LINKS_FOOTER_RE = re.compile(r"\bcomments?\s*[(\[]\s*\d|\btrack\s?backs?\b|\bpermalink\b", re.I)
COMMENTS_TITLE_MAX_WORDS = 8
# A title inside a box set into the story (the box is a child of an element that holds story lines
# before it) with the story going on right after the box in that same element heads a teaser of the
# comments, not the comments: it ends nothing. The line after the box counts as the story going on
# when it has COMMENTS_INSET_PROSE_WORDS words or more and few links. Source: wnp.pl 2012's
# div.commentOne ("Komentarze (2)", the last comment, its signature) after the story's second
# paragraph (DAnIEL gornictwo.wnp.pl, energetyka.wnp.pl: three pages cut after their lead, F1
# 0.90-0.95 -> 0.32-0.50, when "komentarze" became a title).
COMMENTS_INSET_PROSE_WORDS = 10
COMMENTS_MIN_STORY = 200
# The count-and-title heading of a blog's comments ("34 Responses to “Post title”", "One thought on
# “…”", "12 Replies to “…”"; the count as digits or as "One"/"No") starts the comments the same way,
# with the post's title quoted after it, however long (up to COMMENTS_ON_TITLE_MAX_CHARS). It is the
# comments heading of WordPress's default themes (Twenty Ten "%1$s Responses to %2$s", Twenty
# Eleven to Twenty Sixteen "%1$s thoughts on &ldquo;%2$s&rdquo;", Twenty Seventeen "%1$s Replies to
# &ldquo;%2$s&rdquo;", Twenty Nineteen/Twenty "%1$s replies on &ldquo;%2$s&rdquo;") and of the many
# themes copied from them; Arabic themes write "تعليق واحد على “%s”" / "%1$s تعليقات على “%2$s”"
# (themes tek-craft-toppres and pe-smart on GitHub, found with the search tools); in Arabic the count
# (or "واحد") is required, since "تعليق على «…»" / "رد على «…»" is also a story's sub-heading. In the dev pages:
# 72 pages (dragnet blogs of 2012, an L3S-GN1 blog, DAnIEL kaiserhealthnews.org), in no gold; without
# class names their comments joined the story (scrapinghub 8e3efab5 under --opaque-classes: 34
# comments after a four-paragraph story, F1 1.00 -> 0.23).
COMMENTS_ON_TITLE_RE = re.compile(
    r"^(?:\d[\d,.]*|one|no)\s+(?:responses?|thoughts?|comments?|repl(?:y|ies))\s+(?:to|on)\s*[“\"«‘„'”]"
    r"|^(?:\d+\s+(?:تعليقات|تعليق|ردود|رد)|(?:تعليق|رد) واحد)\s+على\s*[“\"«”‘']", re.I)
COMMENTS_ON_TITLE_MAX_CHARS = 300
# ... and at most COMMENTS_ON_TITLE_TAIL_WORDS words after the title's closing quote ("0 responses to
# “X” - Be the first to comment !", dragnet R757-R761): a story's sentence that starts the same way
# goes on after it ("One response to “the plan” came from the opposition, which …")
COMMENTS_ON_TITLE_TAIL_WORDS = 6

# The first choice is, lies in, or draws over half its score from a box that a boilerplate or
# related class/id token names (a sidebar, the readers' comments, a widget) and that the story
# guard kept only because it held the page's long prose (domwalk.walk's facts["spared"]; hidden boxes
# are not recorded: a story hidden behind a paywall class is still the story): a short post beside
# a longer "About" widget or a longer comment. The best candidate that neither lies in nor holds
# such a box wins when it scores at least SPARED_ALT_SHARE of the choice. Sources: Dragnet dev
# pages (2012): a WordPress photo blog whose 300-character post lost to its sidebar's "About:"
# text, a Blogger post under a longer reader's comment. When no candidate outside such boxes has
# prose and the choice scores under the short-page line (scraper.choice._SHORT_PAGE), the lines
# outside them are valued leniently (a story of short lines: an invitation with an address) and
# the best box the publisher marks as the story's (a body hint) wins on the same share (Dragnet
# R103, a Blogger invitation in <br> lines under a longer comment: 0.000 -> 0.882). Measured on all 2,677 dev pages (2026-12-03): 12 Dragnet pages up
# (+0.55 to +0.83 each), 3 down by 0.02 (a heading above the post no longer in the choice), no
# other page changed; at 0.3, 8 of the 12 pages up.
SPARED_ALT_SHARE = 0.1

# A photo page whose only prose is its captions (a slideshow page, a "photo of the day"): when no
# story line came out at all, the captions the rules took out (figcaption, class/id tokens that
# say caption) are the story, if one of them holds CAPTION_STORY_MIN_CHARS characters and they
# hold that many after the line rules (credits go). An empty body stays empty otherwise. Sources:
# Dragnet dev pages (2012): abcnews.go.com slideshow pages ("Lindsay Lohan looked a tad too done
# up…", 3D paintings in Hangzhou, "Monokini Madness"), one <div class="caption"> each, whose gold
# is the caption; issue 9 item 2 (no empty body where the page has an article).
CAPTION_STORY = "container.caption-story"
CAPTION_STORY_MIN_CHARS = 120
CAPTION_STORY_RULE_RE = re.compile(r"boilerplate\.(?:tag:figcaption|token:[.#][\w-]*caption)")
# A photo story: the story's box holds PHOTO_STORY_MIN_CAPTIONS captions or more (as CAPTION_STORY_RULE_RE
# takes them out), each of PHOTO_STORY_CAPTION_MIN_CHARS characters or more once its credit is cut, and
# they hold PHOTO_STORY_SHARE times the characters of the story's other lines or more: the captions are
# the story, each in its place among the intro's lines (a written probe of Arabic news, 2026-12-07: a
# "صور" story of six captioned photos under a two-paragraph intro, in a WordPress theme's figcaptions; the
# world publishers' probe's detik photo story, 2026-12-07; Dragnet R208, a Halloween gallery, +0.54). A story
# told in its paragraphs, with photos beside it, holds more text than its captions; a caption said twice is a
# credit ("Front page appears courtesy of the Newseum" under each front page: Dragnet R589). Dragnet's golds
# split on galleries: R515's leaves its captions out (-0.33).
PHOTO_STORY = "container.photo-story"
PHOTO_STORY_MIN_CAPTIONS = 4
PHOTO_STORY_CAPTION_MIN_CHARS = 40
PHOTO_STORY_SHARE = 1.0


# The choice says nothing of the headline: when the chosen story shares at most TITLE_LOW of the
# title's words (TITLE_MIN_WORDS or more: words of 3+ letters, CJK characters one by one, as the
# description check counts them) and a candidate among the TITLE_CANDIDATES
# best, apart from the choice (neither inside nor around it), shares TITLE_HIGH or more with
# TITLE_MIN_UNITS of text or more and a score of TITLE_MIN_SCORE of the choice's or more, the
# candidate is the story. (Boxes around the choice were tried: they take the headline's words in
# with the page's furniture, 11 dev pages down by up to 0.19. Without the score floor a title that
# is the site's name, "中國廣播公司全球資訊網", sent bcc.com.tw's story to its footer: 0.05-0.09 of
# the story's score, against 0.57-1.18 for the boxes this rule is for.)
# Needs no class name: a page whose classes say nothing (hashed CSS-module names) lost its short
# story (jpost.com 2019, scrapinghub e372e42c…, with its class names hashed: 428 characters under
# itemprop=articleBody) to the footer's customer-service paragraph (591 characters), which shares
# only "Jerusalem Post" with the title.
TITLE_BODY = "container.title"
TITLE_MIN_WORDS = 4
TITLE_LOW = 0.25
TITLE_HIGH = 0.6
TITLE_CANDIDATES = 10
TITLE_MIN_UNITS = 200
TITLE_MIN_SCORE = 0.3


# The trim of short lines at the story's start (story.edge: datelines, counters, "مباشر") spares a line
# that ends a clause or a sentence in words (one of these ends, two words or more or CJK text, no
# ellipsis): a poem's or a blog's short lines. Sources: dugushici.com (magic_html dev page), Bai
# Juyi's poem "夜雨", seven lines each ending with "，" or "。", all trimmed before; dragnet R485/R138
# (hymn and poem blogs: "He in his madness prays for storms,"). 20 dev pages up, 4 down by up to 0.015
# (a Chinese photo caption ending with "。", an odd "1 here. 2 here." line).
# ... nor the first of EDGE_FACT_MIN_LINES lines or more that open the story as a list of facts, each "label: value"
# (a label of at most EDGE_FACT_LABEL_MAX_CHARS characters, the line of at most EDGE_FACT_MAX_WORDS words, no link):
# a ski review's specifications, "Ski: 2021-2022 Line Outline, 186 cm" / "Available Lengths: 178, 186 cm" / …, a
# house tour's "Name: Ashley" / "Location: Downtown — Los Angeles, California" (postlight/parser's fixtures
# blisterreview.com and www.apartmenttherapy.com: the first line went, the rest stayed)
EDGE_FACT_MIN_LINES = 2
EDGE_FACT_LABEL_MAX_CHARS = 30
EDGE_FACT_MAX_WORDS = 12
EDGE_CLAUSE_ENDS = (".", "!", "?", "؟", "。", "，", "！", "？", "、", ",", "،", "؛", ";")

# Nor does it take the rows of a data table at either edge of the story (B.DATA_TABLE_MIN_ROWS
# rows or more of two cells with text, a header cell <th> or a <thead>, no table inside it), short as
# each row's line is: a story that ends with its table of prices, results or schedules ("المحافظة |
# عدد المستهدفين", "القاهرة | 2.5 مليون"). Source: a written probe of Arabic story pages, 2026-12-05 (8
# of 150 pages lost such a table's rows); a layout table's byline or date row ("Reviewer | Steve",
# "Date | 10-May-2006", CleanEval final-265) has no header cell and is still trimmed. On the dev
# pages: BBC's match statistics under a 2008 match report (L3S-GN1 95469dc3…, not in the gold,
# 0.944 → 0.930) and Wikipedia's infobox rows (readability_js, ±0.001).

# A page that says it is an article (og:type / JSON-LD), whose choice holds the story's marked box
# (<article>, a body-hint class or id, itemprop=articleBody) beside a longer privacy panel that the rules did not
# name, so that the wall test took the whole for a consent screen: the marked box is the story when
# none of its own lines speaks of cookies or choices and it holds CONSENT_STORY_MIN_CHARS or more (a
# two-paragraph brief of 195 characters beside a home-made privacy centre with its four categories of
# cookies, a written probe page in youm7's markup, 2026-12-04: stored as a wall, the brief was lost).
STORY_BESIDE_CONSENT = "container.story-beside-consent"
CONSENT_STORY_MIN_CHARS = 80

# A story printed wholly inside one link (a video page's text linking to its text version: ntdtv.com
# 2012, DAnIEL 20120112_www.ntdtv.com_0da8…, <dl><a href="…atext…">the story, its paragraphs cut by
# <br></a></dl>): every line of it is a link line and goes at the assembly, and the body left is a
# footer's address line. When the body has fewer than LINKED_STORY_MAX_BODY characters, the block whose
# link lines hold LINKED_STORY_MIN_CHARS or more (CJK characters weighed WIDE_CHAR_WEIGHT times, as the
# scores weigh them), LINKED_STORY_FACTOR times the body, with LINKED_STORY_MIN_SENTENCES lines of prose
# (each ending a sentence and LINKED_STORY_PROSE_UNITS long: not a menu's "Submit a Video!", CleanEval
# dev-27's forum menu, which took it without that test) is the story. (Teasers with summaries are each a
# block of their own. Of all 5,812 dev pages only ntdtv's changes, 0.000 -> 0.980, 2026-12-06.)
LINKED_STORY = "container.linked-story"
LINKED_STORY_MAX_BODY = 200
LINKED_STORY_MIN_CHARS = 600
LINKED_STORY_MIN_SENTENCES = 3
LINKED_STORY_PROSE_UNITS = 80
LINKED_STORY_FACTOR = 5

# A "page not found" page served as a normal answer (a soft 404: status 200, the site's furniture,
# a search box, its most-read list): no article (Article.problem "not_found"), when the page does not
# say it is an article (og:type / JSON-LD) and either its <body> carries a not-found class
# (NOT_FOUND_BODY_CLASSES: WordPress's body_class() prints "error404" on such pages) or its <title>
# says so (NOT_FOUND_TITLE_RE: the common wordings in the corpus's languages; "404" only beside one of
# them, as a headline may count 404 of something). Source: WordPress core get_body_class(); a written
# probe page of a WordPress site's 404 with its most-read list was stored as a story, 2026-12-04.
NOT_FOUND_BODY_CLASSES = frozenset({"error404", "error-404", "page-404", "not-found-page", "page-not-found"})
# ... and a listing by the classes WordPress's get_body_class() gives an archive ("archive", "category",
# "tag", "author", "search", "search-results", "post-type-archive-<type>") or a theme's "<prefix>-archive"
# (echoroukonline.com's "ech-archive": a written probe of Arabic section pages, 2026-12-07), on a page
# that does not say it is an article. No corpus or dev page's <body> has one of them (Movable Type's
# "mt-archive-listing" is its entries' class: not here).
LISTING_BODY_CLASS_RE = re.compile(r"(?:archive|category|tag|author|search|search-results|post-type-archive(?:-[\w-]+)?"
                                   r"|[a-z0-9]+[-_]archive)$")
NOT_FOUND_TITLE_RE = re.compile(
    r"page not found|404 not found|not found \(404\)|error 404|404 error|الصفحة غير موجودة|الصفحة المطلوبة غير موجودة"
    r"|لم يتم العثور على الصفحة|خطأ 404|صفحة غير موجودة|seite nicht gefunden|page introuvable|página no encontrada"
    r"|pagina non trovata|página não encontrada|страница не найдена|sayfa bulunamadı"
    # (Persian, Indonesian and Malay, Vietnamese: a second written probe of walls and errors, 2026-12-07)
    r"|صفحه یافت نشد|صفحه مورد نظر یافت نشد|halaman tidak ditemukan|halaman tidak dijumpai|không tìm thấy trang"
    # (Polish, Czech, Slovak, Hungarian, Ukrainian, Greek, Romanian, Dutch, Swedish, Danish/Norwegian, Finnish, Hebrew,
    # Chinese, Japanese, Korean, Thai: "Nie znaleziono strony - Wydarzenia w INTERIA.PL" over "Ups! Nie znaleźliśmy tej
    # strony", a written probe of world publishers, 2026-12-07, stored as a story; the CMSs' and the browsers' own
    # wordings of "page not found")
    r"|nie znaleziono strony|strona nie (?:została znaleziona|istnieje)|stránka nebyla nalezena|stránka nenájdená"
    r"|az oldal nem található|сторінку не знайдено|сторінка не знайдена|η σελίδα δεν βρέθηκε|pagina nu a fost găsită"
    r"|pagina niet gevonden|sidan (?:hittades|kunde) inte|siden (?:blev ikke fundet|finnes ikke|findes ikke)"
    r"|sivua ei löytynyt|הדף לא נמצא|页面不存在|页面未找到|找不到页面|頁面不存在|找不到頁面|ページが見つかりません"
    r"|페이지를 찾을 수 없습니다|ไม่พบหน้า",
    re.I,
)

# ... and, on a page that does not say it is an article either, a <title> or <h1> that says the
# content is refused to the reader's region (GEO_BLOCK_TITLE_RE: a block, Article.problem "blocked"
# with kind "geo", counted as blocked/geo like a bot challenge: the operator is told the site blocks
# us) or that the site is down for maintenance or out of service (UNAVAILABLE_TITLE_RE: problem
# "unavailable"; a site that answers so run after run is dark). Written probe pages 2026-12-04: a Nuxt
# site's "هذا المحتوى غير متاح في منطقتك" page (GEO-451) and a "الموقع تحت الصيانة" page, both with
# the site's furniture and both served with 200, were stored as stories; the wordings are those
# of the sites' and CMS maintenance plugins' own pages (WordPress core's "Briefly unavailable for
# scheduled maintenance").
GEO_BLOCK_TITLE_RE = re.compile(
    r"غير متاح في (?:منطقتك|بلدك|دولتك)|غير متوفر في (?:منطقتك|بلدك|دولتك)"
    r"|not available in your (?:country|region|location|area)|unavailable in your (?:country|region|location)"
    r"|geo.?(?:blocked|restricted)"
    # (in Persian, French, Spanish, Portuguese, Italian, German and Turkish: "این محتوا در منطقه شما در دسترس نیست" over
    # a bilingual geo-block page, a written probe of walls and no-article pages, 2026-12-07, read as a story)
    "|در (?:منطقه|[کك]شور) شما (?:در دسترس|قابل دسترس[یي]|قابل نما[یي]ش) ن[یي]ست"
    r"|n.est pas disponible dans votre (?:pays|région)|no (?:está|esta) disponible en (?:tu|su) (?:país|pais|región|region)"
    r"|não está disponível (?:no seu país|na sua região)|non (?:è|e) disponibile nel(?:la)? tu[ao] (?:paese|regione)"
    r"|in (?:ihrem|deinem) land nicht verfügbar|in ihrer region nicht verfügbar|(?:ülkenizde|bölgenizde) (?:kullanılamıyor|erişilebilir değil)",
    re.I,
)
# ... "content not available" without the reader's region is a block only when nothing else on the
# page's <title> or <h1> says what it is: "المحتوى غير متوفر" over "عذراً، هذا الخبر لم يعد متاحاً" is a
# story taken down (GONE_TITLE_RE; a written probe of 2026-12-07 reported it as a region's block)
CONTENT_UNAVAILABLE_TITLE_RE = re.compile(r"المحتوى غير متاح|المحتوى غير متوفر|content (?:is )?not available", re.I)
UNAVAILABLE_TITLE_RE = re.compile(
    r"تحت الصيانة|قيد الصيانة|في وضع الصيانة|الموقع متوقف مؤقتا|الخدمة غير متاحة"
    r"|under maintenance|maintenance mode|scheduled maintenance|site maintenance|service unavailable"
    r"|briefly unavailable|en maintenance|wartungsarbeiten|en mantenimiento"
    # a server error the CMS rendered in its own page: "خطأ في الخادم", "حدث خطأ غير متوقع"
    r"|خطأ في الخادم|حدث خطأ غير متوقع|حدث خطأ ما|internal server error|something went wrong|an error occurred"
    r"|error 500|500 error"
    # (... and Arabic's "internal error in the server" and "error 500": "خطأ 500 - خطأ داخلي في الخادم" over "عذرا، حدث خطأ
    # داخلي في الخادم" in a news site's own layout at a story's address, a written probe of adversarial Arabic pages,
    # 2026-12-08, stored as a story)
    r"|خطأ داخلي في الخادم|خطأ داخلي بالخادم|خطأ 500|الخطأ 500"
    # WordPress core's own error page (wp_die()'s default title "WordPress &rsaquo; Error", over "There has
    # been a critical error on this website." of its fatal error handler: a written probe, 2026-12-07)
    r"|wordpress › error"
    # (WordPress core's maintenance page, titled "Maintenance" alone over "Briefly unavailable for scheduled
    # maintenance. Check back in a minute.", and an Arabic site's "الموقع قيد التحديث": the same probe)
    r"|^\s*maintenance\s*$|الموقع قيد التحديث"
    # a proxy's or a CDN's error page for the origin (Cloudflare's "502: Bad gateway", nginx's "502 Bad
    # Gateway", "504 Gateway Time-out") and maintenance in Portuguese, Italian and Turkish (a written probe
    # of walls and errors, 2026-12-07: the first two stored as stories)
    r"|bad gateway|gateway time-?out|em manutenção|in manutenzione|bakım çalışması"
    # (a service "temporarily unavailable" in French, German, Spanish and Arabic, and an Arabic site's "scheduled
    # maintenance" and "we are improving the site": a written probe of pages that are no articles, 2026-12-07,
    # stored both as stories; "service unavailable" was there in English)
    r"|service (?:momentanément|temporairement) indisponible|vorübergehend nicht verfügbar"
    r"|servicio (?:temporalmente )?no disponible|الخدمة غير متاحة مؤقتا|صيانة مجدولة|نعمل على تحسين الموقع"
    # (Drupal core's maintenance page in German, "Website wird gewartet" over "@site wird gerade gewartet. Wir sollten
    # in Kürze wieder da sein."; Dutch, Indonesian: a written probe of walls and errors, 2026-12-07)
    r"|wird (?:gerade )?gewartet|wartungsmodus|in onderhoud|wordt onderhouden|sedang dalam (?:pemeliharaan|perbaikan)"
    # (Polish, Czech, Russian: "Przerwa techniczna" over "Trwają zaplanowane prace serwisowe.", a written probe of walls
    # and errors, 2026-12-07, stored as a story)
    # (the site's own words, not a story's "technical works on the railway line")
    r"|przerwa techniczna|trwają prace serwisowe|technická přestávka|údržba (?:webu|stránek)"
    r"|на сайте ведутся (?:технические|профилактические) работы|технический перерыв"
    # (Korean, Japanese, Chinese: "서비스 점검 안내", a written probe of world publishers, 2026-12-07, stored as a story)
    r"|서비스 점검 안내|시스템 점검 안내|점검 중입니다|メンテナンス中|メンテナンスのお知らせ|網站維護中|系统维护中|网站维护中|系統維護中"
    # (a site's holding page, "Office de Tourisme … - Site en construction": a written probe of 2005-16 pages, 2026-12-07;
    # the site, not a building: "Stadium under construction" is a story's title)
    r"|(?:web)?site (?:en|under|in) construction|seite im aufbau|website im aufbau|sitio en construcción"
    r"|sito in costruzione|site em construção|sajt u izgradnji",
    re.I,
)
# ... and a page whose <body> says so by the classes of Drupal core's maintenance page ("maintenance-page
# in-maintenance": its maintenance-page.html.twig; the same probe)
UNAVAILABLE_BODY_CLASSES = frozenset({"maintenance-page", "in-maintenance"})
# ... and a page whose short body (under SERVER_ERROR_MAX_CHARS: the error's stack trace with it) opens with a
# server error that PHP or WordPress
# printed where the story was to be: "Fatal error: Uncaught Error: … Stack trace" over "There has been a critical
# error on this website." (WordPress's fatal error handler), "Error establishing a database connection" (its
# database error), PHP's "Parse error: … on line 14" (the same probe: a theme died under the story's headline)
SERVER_ERROR_MAX_CHARS = 1500
# (and a page that says it is an article, its <title> and a short <h1> of at most UNAVAILABLE_H1_MAX_WORDS words both
# saying the site is down for maintenance: "الموقع قيد الصيانة"; verdicts._unavailable_article)
UNAVAILABLE_H1_MAX_WORDS = 6
# ... and its <h1> nothing but that and the site named as such ("الموقع قيد الصيانة", "Website wird gewartet"): a short
# brief's headline names what is under maintenance ("محطة المترو قيد الصيانة", a station)
UNAVAILABLE_SITE_WORDS = frozenset({"الموقع", "موقع", "الموقع الإلكتروني", "website", "site", "webseite", "sito",
                                    "sitio", "situs", "sítio", "سایت", "وب‌سایت", "we", "we're", "we’re", "نحن"})
SERVER_ERROR_LINE_RE = re.compile(
    r"^(?:(?:php )?(?:fatal error|parse error)\s*:|there has been a critical error on (?:this|your) website"
    r"|error establishing a database connection)", re.I)
# The same pages, more kinds (a third batch of written probe pages, 2026-12-04, measured once before
# these rules: eight of its eleven pages that are no article were stored as stories): a story the
# site took down ("تم حذف هذا المقال", "هذا الرابط لم يعد صالحاً": GONE_TITLE_RE, problem "not_found"
# like a soft 404), a rate limit answered with 200 (RATE_LIMIT_TITLE_RE: a block, kind "rate_limit":
# the operator is told to slow down), a search results page (SEARCH_TITLE_RE, problem "listing").
GONE_TITLE_RE = re.compile(
    r"تم حذف (?:هذا |ال)(?:المقال|الخبر|المحتوى|الموضوع|مقال|خبر|محتوى|موضوع)|لم يعد (?:صالحا|صالحاً|متاحا|متاحاً|متوفرا)"
    # (an expired share link, "انتهت صلاحية هذا الرابط": the same probe)
    r"|انتهت صلاحية (?:هذا )?الرابط"
    # (a story's address the site no longer serves, its single-page app's "المقال غير موجود" as the <h1> under
    # the site's name as the <title>: a written probe of Arabic story pages in sabq.org's React markup,
    # 2026-12-07, stored as a story)
    # ("غير متوفر", not available, is CONTENT_UNAVAILABLE_TITLE_RE's: a region's block when nothing else says)
    r"|(?:المقال|الخبر|المحتوى|الموضوع) (?:المطلوب |المطلوبة )?غير (?:موجود|موجودة)"
    r"|(?:article|story|content|page) (?:has been|was) (?:removed|deleted)|no longer available|(?:article|story) not found"
    # (in Spanish, Italian, French, German, Portuguese and Turkish: "Este contenido ya no está disponible" over a
    # removed story under its old headline, a written probe of walls and no-article pages, 2026-12-07)
    r"|ya no está disponible|non è più disponibile|n'est plus disponible|n’est plus disponible|ist nicht mehr verfügbar"
    r"|não está mais disponível|artık (?:mevcut|yayında) değil"
    # (Dutch, Polish, Swedish, Russian: "Dit artikel is niet meer beschikbaar", a written probe of walls and errors,
    # 2026-12-07, stored as a story)
    r"|niet (?:meer|langer) beschikbaar|nie jest już dostępn[ya]|inte längre tillgänglig|больше не доступ(?:ен|на|но)",
    re.I,
)
# ... and on such a page whose <h1> kept the story's headline, the body's first line alone says it, a short
# line (at most GONE_FIRST_LINE_MAX_WORDS words) over a body under GONE_ARTICLE_MAX_CHARS
GONE_FIRST_LINE_MAX_WORDS = 10
# ... or longer, up to GONE_FIRST_LINE_LONG_MAX_WORDS, when what it says opens the line (at most
# GONE_FIRST_LINE_LEAD_WORDS words before it: "هذا المحتوى لم يعد متاحاً على الموقع لانتهاء فترة النشر المتفق
# عليها مع مصدره.", an expired syndicated story under its old headline, a written probe of walls and no-article
# pages, 2026-12-07; a brief saying an app "is no longer available" names its subject first)
GONE_FIRST_LINE_LONG_MAX_WORDS = 25
GONE_FIRST_LINE_LEAD_WORDS = 3
# ... and on a page that says it is an article, the <h1> alone says so when the <title> does not hold it (the
# site's name alone) and the body is under GONE_ARTICLE_MAX_CHARS: a story removed at its own address in the
# site's article template, og:type article kept (a written probe of pages that are no articles, 2026-12-07:
# "هذا المحتوى لم يعد متاحاً" under "النيل نيوز", stored as a story)
GONE_ARTICLE_MAX_CHARS = 400
# The JSON-LD articleBody is the story when the DOM gave no line at all and it holds this many characters
# or more (extract: the articleBody rescue; a longer one also when the DOM gave less than half of it)
LD_BODY_EMPTY_MIN_CHARS = 150
# (and in Turkish, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian: "429 - Çok Fazla İstek", a
# written probe of walls and errors, 2026-12-07, stored as a story)
RATE_LIMIT_TITLE_RE = re.compile(
    r"طلبات كثيرة|عدد كبير من الطلبات|تجاوزت الحد المسموح(?: به)? من الطلبات|too many requests|rate limit(?:ed)?\b"
    r"|çok fazla istek|zu viele anfragen|trop de requêtes|demasiadas (?:solicitudes|peticiones)"
    r"|(?:muitas|demasiadas) (?:solicitações|requisições)|troppe richieste|te veel (?:verzoeken|aanvragen)"
    r"|zbyt wiele (?:żądań|zapytań)|слишком много запросов", re.I)
SEARCH_TITLE_RE = re.compile(
    r"نتائج البحث عن|نتائج البحث ل|search results for|results for [\"“]|résultats de recherche|suchergebnisse"
    # (and in more languages with the query quoted after them: "Risultati della ricerca per “alluvione”", a
    # written probe, 2026-12-07; unquoted, "risultati della ricerca" are a study's results)
    r"|(?:risultati della ricerca|resultados de (?:la )?búsqueda|resultados da (?:pesquisa|busca)|zoekresultaten|"
    r"wyniki wyszukiwania|результаты поиска|arama sonuçları)(?: (?:per|para|de|voor|dla|для|için))?:? *[«\"“„']"
    # (a title that opens with the search box's name and the query: "Buscador: puente romano - La Voz del Duero", a
    # written probe of 2005-16 pages, 2026-12-07, stored a results page as a story)
    r"|^\s*(?:search|buscador|búsqueda|busca|recherche|suche|ricerca|pesquisa|zoeken|szukaj|поиск)\s*:\s*\S"
    # (a forum's index, phpBB's "Foren-Übersicht" / "Board index" in its <title>: the same probe)
    r"|foren-übersicht|board index|forum index|index du forum|índice general del foro|indice del forum"
    r"|список форумов|главная страница форума", re.I)
# A page whose JSON-LD names it a collection, a profile or a search results page (schema.org
# CollectionPage, ProfilePage, SearchResultsPage: a section, tag or author page), or whose og:type is
# "profile" (an author's page), and that names no article type: a listing (problem "listing"); and a
# site's home page by its address (the path is one of HOME_PATHS, and no query: l3s_gn1's articles of
# 2008 are "index.php?fSectionId=286&fArticleId=…", "/?fSectionId=…"; not "/news/": readability.js's
# yahoo-2 story is saved under it): an article's address that
# redirects to the home page (a story taken down) is parsed at the home page's address.
LISTING_LD_TYPES = frozenset({"collectionpage", "profilepage", "searchresultspage", "itemlist"})
LISTING_OG_TYPES = frozenset({"profile"})
# ... and a JSON-LD page type of these (without an article type) says "listing" even beside og:type
# "article", which themes print on every page of a site: a WordPress category page of teaser cards with
# Yoast's CollectionPage and the theme's og:type article (a written probe page of enabbaladi.net, 2026-12-05;
# no corpus or dev page has og:type article with one of these and no article type). Not "itemlist": a
# story's own list of items (Postmedia's stories carry one beside their NewsArticle).
LISTING_OVER_OG_TYPES = frozenset({"collectionpage", "profilepage", "searchresultspage"})
HOME_PATHS = frozenset({"", "index.html", "index.htm", "index.php", "index.aspx", "default.aspx", "home",
                        "ar", "en", "fr", "ar/home", "arabic"})

# A tag, section or home page: no article (Article.problem "listing") when the page does not say it
# is an article, holds LISTING_MIN_CARDS teaser summaries or more (cards of one shape whose titles
# are links: scraper.choice._teaser_lines) and the story the choice gave is LISTING_MAX_LINES lines
# or fewer, every one of them a card's summary. A written probe page of a Moroccan site's tag archive
# (12 cards) came out as one card's summary, stored as a story.
LISTING_MIN_CARDS = 4
LISTING_MAX_LINES = 3
# ... and a topic's hub page at any address: a longer story that is an introduction of at most
# LISTING_HUB_INTRO_MAX_LINES line(s) of LISTING_HUB_INTRO_MAX_WORDS words or fewer, then nothing but the
# lines of LISTING_HUB_MIN_CARDS cards or more (a news site's "Ceasefire talks: latest news and analysis" at
# /world/2026/03/ceasefire-talks, one line of introduction over ten cards with their standfirsts: a written
# probe of walls and no-article pages, 2026-12-07, stored it as a story)
LISTING_HUB_INTRO_MAX_LINES = 1
LISTING_HUB_INTRO_MAX_WORDS = 40
LISTING_HUB_MIN_CARDS = 6
# (and LISTING_HUB_CARD_MIN_LINES lines a card or more: a blog's carnival post, one line of a link and its quote
# per item, Dragnet R441, is a post)
LISTING_HUB_CARD_MIN_LINES = 2
# ... and any number of lines, every one a card's summary, at an address whose path names a tag, topic,
# category, section or author page ("/tag/wildfires/": a tag archive of eight cards came out as their eight
# summaries, stored as a story; a written probe of walls and no-article pages, 2026-12-07)
# (and those words in Spanish, Portuguese, French, Italian, German and Polish: "/autor/lucia-ferrer/" in a
# second written probe of walls and no-article pages, 2026-12-07)
_LISTING_PATH_WORDS = (r"tags?|topics?|categor(?:y|ies)|sections?|authors?|search|autor(?:es|e|en)?|auteurs?|"
                       r"etiquetas?|tema|temas|themen?|thema|kategorie|categorias?|categorie|rubriques?|tagi?")
LISTING_PATH_RE = re.compile(rf"/(?:{_LISTING_PATH_WORDS}|archives?)/[^/]+/?$", re.I)
# ... and there, whatever the story came out as, when the page holds LISTING_MIN_CARDS cards or more whose
# titles are links (choice._title_cards): a tag page's introduction over its list of headlines, an author's
# bio over their stories (a written probe of pages that are no articles, 2026-12-07, stored both); not at
# "/archives/<n>", the address of a WordPress post under the "archives" permalink structure, nor where the
# name starts with a number: a forum thread's, "/topic/48821-como-recuperei-…/" (Invision Community; a written
# probe of recall-hard pages, 2026-12-07, whose replies' linked titles are cards)
LISTING_CARDS_PATH_RE = re.compile(rf"/(?:{_LISTING_PATH_WORDS})/(?!\d)[^/]+/?$", re.I)

# The story in the page's embedded framework data (scraper.embedded), taken only when the DOM gave
# no story at all: a Next.js page that prints a skeleton and its __NEXT_DATA__ JSON (a written probe
# page in asharq.com's markup, 2026-12-04, came out empty). Strings of EMBEDDED_MIN_STRING characters
# or more; the story's text must come to EMBEDDED_MIN_CHARS; a JSON of more than EMBEDDED_MAX_JSON_CHARS
# is not read (a whole app state, not a page's).
EMBEDDED_STORY = "container.embedded-data"
EMBEDDED_MIN_STRING = 80
EMBEDDED_MIN_CHARS = 400
EMBEDDED_MAX_JSON_CHARS = 3_000_000
# ... nor its values nested deeper than this (a page's data is a few dozen levels deep at most; the
# reader would otherwise pass Python's recursion limit)
EMBEDDED_MAX_DEPTH = 64
# Besides __NEXT_DATA__, a script whose data holds HTML blocks escaped for JSON ("\u003cp\u003e…", kept
# by htmlio.strip_code): the JSON values it assigns or pushes are read the same way, each "{" or "["
# tried as the start of one, at most EMBEDDED_SCRIPT_TRIES of them (React Query's dehydrated state,
# window["__RQ_…"].push({… "contentHtml": "\u003cp …"}): hankookilbo.com 2026, fundus
# kr_HankookIlbo_2026_01_29, empty before for every extractor).
EMBEDDED_SCRIPT_TRIES = 50

# The story printed only inside an element the walk skips (rules.boilerplate SKIP_TAGS), taken only when
# nothing else gave one: a page built by its scripts that prints the story in a <noscript> for browsers
# without scripts, a story set in an open <dialog> (written probe pages, 2026-12-06: both came out empty;
# a closed <dialog> is not shown). Its lines (each outermost SKIPPED_BOX_BLOCKS element) go through the
# line rules and must come to EMBEDDED_MIN_CHARS; the box with the most is taken.
SKIPPED_BOX_STORY = "container.skipped-box"
SKIPPED_BOX_TAGS = ("noscript", "dialog")
SKIPPED_BOX_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")

# A breadcrumb trail printed as a line of the story ("الرئيسية » أخبار » محليات", "Home > Breaking > …",
# "Home » News » Work and Career News » <headline>"): the home page's name, a separator, then anything,
# in fewer than BREADCRUMB_MAX_WORDS words, among the lines of the chosen story (story.breadcrumb), not
# before the choice (a site's menu, "Home | Contact | Subscribe …", taken out of the page before it,
# counts no more against the page's wrapper: two cleaneval pages' choice took in more, -0.01; "|" is
# a menu's separator, not a trail's). Lines of our bodies of dragnet_R853/R855/R941 and a DAnIEL
# psychcentral.com page, at the top; a written probe (2026-12-05) put one under the story and between
# its paragraphs, where the edge trim does not reach. No gold line of the corpus or dev sets opens so.
BREADCRUMB_HOMES = ["الرئيسية", "الصفحة الرئيسية", "Home", "Startseite", "Accueil", "Inicio", "Главная", "Anasayfa"]
BREADCRUMB_SEPARATORS = "»>›/\\"
BREADCRUMB_MAX_WORDS = 25
# ... or a trail that opens with the site's name and ends with the story's own title, its linked parts
# separated as above: at most BREADCRUMB_TRAIL_MAX_PARTS parts before the title, each of at most
# BREADCRUMB_TRAIL_PART_WORDS words (DataLife Engine's "speedbar", "Заречные вести » Новости » <title>",
# its templates' {speedbar}; a written probe of many page kinds, 2026-12-06)
BREADCRUMB_TRAIL_MAX_PARTS = 5
BREADCRUMB_TRAIL_PART_WORDS = 4

# Another story's card set into the story between two of its paragraphs: a box whose lines are all
# links (up to INSET_CARD_MAX_LINES), one of them a heading, the headings of INSET_CARD_MIN_WORDS
# words or more between them (a headline, not a linked sub-heading's one or two words), with a line of
# prose (INSET_CARD_PROSE_CHARS or more, few links) right before and right after it. Source: NPR's
# div.bucketwrap.internallink (magic_html npr.org 2024: h3.slug "Education" + h3 "Is this some kind of
# joke? A school facing shortages starts teaching standup comedy", both links, in the story's flow).
INSET_CARD_MAX_LINES = 4
INSET_CARD_MIN_WORDS = 4
INSET_CARD_PROSE_CHARS = 60

# A short line (up to REPEATED_LINE_MAX_WORDS words) printed REPEATED_LINE_MIN times or more in a row,
# word for word, among the story's lines is a slide's furniture printed on every slide, not the story's:
# the run goes. Source: CNN's 2013 gallery in the story box (newspaper4k cnn_article: "Weather threatens
# holiday plans" fourteen times in a row over the story, in no gold). Three in a row is a chant or a
# refrain ("We love you Arsenal, we do.", Dragnet R764's gold), and a listing repeats its field labels
# between other lines ("Scheduled:", "Fee: $155": CleanEval final-319), never in a row.
REPEATED_LINE_MIN = 5
REPEATED_LINE_MAX_WORDS = 12
REPEATED_LINE_MAX_CHARS = 120

# The story's trailing headings go (a title left over its end), but not when its last SENTENCE_HEADINGS_MIN
# lines are headings written as sentences of SENTENCE_HEADINGS_MIN_WORDS words or more with their full stop:
# a listicle's points set in <h3> (fundus de_BusinessInsiderDE_2024_01_29: "1. Evergrande besaß mehr als 1300
# Immobilienprojekte in China." … six such points and a last line, all <h3>, in the gold). One such heading
# alone is kept no more (keeping any sentence-heading at the end moved 44 dev pages, net down).
SENTENCE_HEADINGS_MIN = 3
SENTENCE_HEADINGS_MIN_WORDS = 4
# A list that ends the story under a heading of its own keeps its short items at the end trim: at least
# this many items of one list, none of them a link (scraper.assemble._titled_list_end)
TITLED_LIST_MIN_ITEMS = 3
# ... or under a line of at least this many words ending with a colon: "Ashcombe Vale is twinned with:"
# (a spec sheet's "Camera Features:" over "MicroSD", "Flash" is no story: Dragnet R473)
TITLED_LIST_INTRO_MIN_WORDS = 3
# ... and a ranking printed as paragraphs, each line opening with its number ("1、香港", "2、新加坡"), the
# numbers rising: at least this many such lines end the story (scraper.assemble._ranked_lines_end;
# DAnIEL money.163.com's freedom ranking, 2012)
RANKED_LINES_MIN = 3

# The start trim leaves a poem's first line: a line that opens a block of at least VERSE_MIN_LINES lines
# broken by <br> (one block: a stanza), VERSE_WORDED_SHARE of its first VERSE_LOOK_LINES lines of
# VERSE_LINE_MIN_WORDS words or more, at most VERSE_LINE_MAX_CHARS characters, with no digit (a byline and
# a date over a story in one <br> block have digits and few words). A written probe of recall-hard pages,
# 2026-12-06, lost a poem's first line, "She wore no veil. She said the bees", as a dateline.
VERSE_MIN_LINES = 4
VERSE_LOOK_LINES = 8   # (the block's first lines only: a block of 30,000 <br> lines is read in linear time)
VERSE_LINE_MIN_WORDS = 4
VERSE_LINE_MAX_CHARS = 70   # (a verse's length: a <br> block of prose paragraphs, a byline over them, is no stanza)
VERSE_WORDED_SHARE = 0.75
