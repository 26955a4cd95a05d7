"""HTML bytes + URL (+ headers) in, a clean Article out. One parse, one tree, one text walk.

    decode → parse → metadata → one walk: DOM noise rules (consent / related / boilerplate / site)
    and paragraphs → line rules (read-also, widgets, cookie text, furniture)
    → choose the story container → assemble, normalise, date/language/authors
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from datetime import datetime, timezone
from urllib.parse import urlsplit

from lxml import etree

from . import blocking, clean, domrules, domwalk, embedded, textlines
from .article import Article, Removal
from .authors import clean_authors
from .dates import find_date_in_text, parse_date
from .rules.dates import DATE_CLASS_WORDS
from .htmlio import (NUL_FROM_NUL_BYTE, TagIndex, UndecodableError, decode_for_parse, decode_html, parse_html, select,
                     text_of)
from .lang import detect_language
from .metadata import extract_metadata
from .rules import boilerplate as B
from .rules import consent as C
from .rules import container as RC
from .site import SiteProfile
from .textnorm import clean_text, fold
from .tokenmatch import _trie
from .urls import host_of

_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$")
# (an enumerated line: "12、", "12.", "12)" then the item, not a digit ("3.5"): _ranked_lines_end)
_RANKED_LINE_RE = re.compile(r"\s*(\d{1,4})\s*[、.．)）]\s*[^\d\s]")
# (a name has no digit and no sentence's or clause's mark: _name_like)
_NOT_NAME_RE = re.compile(r"[\d.,:;!?؟،؛|/()«»\"“”]")
# (looked for with `in` in the lower-cased line, as written and folded: an IGNORECASE alternation
# took ~0.4 ms per 2,000 characters, and folding every prose line ~1.5 ms per page)
_RIGHTS_LOWER = tuple(dict.fromkeys(x for p in B.RIGHTS_PHRASES for x in (p.lower(), fold(p))))
_SENTENCE_END_RE = re.compile(r"[.!?؟。！？۔…\"»”]\s*$")
def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _site_of(url: str) -> str:
    host = host_of(url)
    return host[4:] if host.startswith("www.") else host


# CJK ideographs, kana and hangul: one such character says what a word of the other scripts says,
# so they count RC.WIDE_CHAR_WEIGHT times (a 40-character Chinese sentence is prose)
_WIDE_RE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _units(text: str) -> int:
    """Length of a line for the scores, CJK characters counted RC.WIDE_CHAR_WEIGHT times."""
    n = len(text)
    if text.isascii() or _WIDE_RE.search(text) is None:   # (no list of matches built for most text)
        return n
    return n + (RC.WIDE_CHAR_WEIGHT - 1) * len(_WIDE_RE.findall(text))


def _para_value(p: textlines.Para) -> float:
    v = p.value
    if v is None:
        v = p.value = _para_value_of(p)
    return v


def _rights_notice(p: textlines.Para) -> bool:
    """A copyright or rights notice (a site's legal footer): no story prose, so a line that would
    count as prose counts as neutral (B.RIGHTS_PHRASES)."""
    if "©" in p.text:
        return True
    low = clean._low(p)
    if low is False:
        low = textlines.folded(p)
    return any(x in low for x in _RIGHTS_LOWER)


def _para_value_of(p: textlines.Para) -> float:
    n = _units(p.text)
    lr = p.link_ratio
    if _URL_RE.match(p.text):
        return 0.0   # a bare URL line: an affiliate link in a list, or a microdata span; not prose
    if p.heading:
        return -1.5 * n if lr > 0.5 else 0.0   # a linked heading is a teaser title
    if lr > 0.5:
        # (a sentence of the story with its links inside it: neutral, not a list of links)
        if n >= RC.LINKED_SENTENCE_NEUTRAL_CHARS and p.block is not None and _linked_sentence(p):
            return 0.0
        if p.tag == "p" and n * (1.0 - lr) >= RC.LINKED_PROSE_OWN_CHARS and _ends_sentence(p.text):
            return 0.0   # a paragraph with a box of links set into its sentence (RC.LINKED_PROSE_OWN_CHARS)
        return -1.5 * n
    if n >= 80:
        return 0.0 if _rights_notice(p) else n * (1.0 - lr)
    if n >= 25 and _SENTENCE_END_RE.search(p.text):
        return 0.0 if _rights_notice(p) else 0.6 * n * (1.0 - lr)
    if n >= 40 and lr < 0.2:
        return 0.0   # list items, short lines of a table or a product list: neutral
    return -0.5 * n - 10


def _hint_bonus(el) -> float:
    if el.tag in ("body", "html"):
        return 1.0   # a page-type class ("story", "single") on <body> says what the page is, not where
    if el.get("itemprop") == "articleBody":
        return 1.25
    if domrules.class_id_hint(el.get("class"), el.get("id")):   # (is_body_hint without a second itemprop read)
        return 1.15
    if el.tag == "article":
        return 1.1
    return 1.0


_SHORT_PAGE = 500.0  # below this much prose, also try the lenient valuation


def _lenient_value(p: textlines.Para) -> float:
    """For pages made of short lines (calendars, results tables, lists): any plain line counts."""
    n = _units(p.text)
    if p.link_ratio > 0.5:
        return -1.5 * n
    return 0.5 * n if n >= 10 else -5.0


def _best(paras: list[textlines.Para], value, scores: dict, depth: dict):
    scores.clear()
    per_block: dict = {}
    chains: dict = {}
    for p in paras:   # sum per block first: many lines share one block
        b = p.block
        per_block[b] = per_block.get(b, 0.0) + value(p)
        chains[b] = p.ancestors
    get = scores.get
    for b, v in per_block.items():
        for anc in chains[b]:
            scores[anc] = get(anc, 0.0) + v
    best, best_score = None, 0.0
    for el, s in scores.items():
        if s <= 0:
            continue   # (s2 == s: never above best_score >= 0, equal only to 0 with best None)
        s2 = s * _hint_bonus(el)
        if s2 > best_score or (s2 == best_score and best is not None and _depth(el, depth) > _depth(best, depth)):
            best, best_score = el, s2
    return best, best_score


def _depth(el, depth: dict) -> int:
    """The element's depth in the tree (the root is 1), once per element: only ties ask for it.
    (Every chain in _best runs from its block up to the root, so this is the chain's length less
    the element's position in it.)"""
    d = depth.get(el)
    if d is None:
        d = depth[el] = 1 + sum(1 for _ in el.iterancestors())
    return d


_CARD_MAX_CHARS = 1000
_CARD_MIN_SIBLINGS = 3
_CARD_OWN_TITLE_CHARS = 15
# a card's title may be a line of its own that is (almost) all link, not a heading: ruvr.ru 2012
# <div class="news-item-title"><a>…</a></div> (DAnIEL dev set, 12 pages up), wp.pl, dragnet R56x
_CARD_TITLE_LINKED = 0.9
_CARD_TITLE_MAX_CHARS = 150
# the boxes of a card's summary beside a title written straight into the card's own <li>/<article>
# (mk.ru 2012, DAnIEL dev set: <li><a>title</a><p><i>subtitle</i></p><p>summary</p></li>)
_CARD_SUMMARY_TAGS = frozenset({"p", "div"})
# (and into a <div> so: <div><a>title</a><p>summary</p></div>, a written probe of 2026-12-05, a column
# of such cards beside the story in a box of the same parent)
_CARD_OWN_BLOCKS = ("li", "article", "div")


def _alike_siblings(el, counted: dict) -> int:
    """How many children of the element's parent look like it: list items / <article>s, or
    elements of one tag and one class attribute (the cards of a "more stories" grid). ``counted``:
    the counts made so far, by (parent, tag, class): the cards of one grid are counted once, not
    once each (a list of n items cost n² sibling reads)."""
    parent = el.getparent()
    tag = el.tag
    if parent is None or tag in ("body", "main", "html"):
        return 0
    if tag in ("li", "article"):
        cls = None
    else:
        cls = el.get("class")
        if not cls:
            return 0
    key = (parent, tag, cls)
    n = counted.get(key)
    if n is None:
        n = counted[key] = (sum(1 for sib in parent if sib.tag == tag) if cls is None
                            else sum(1 for sib in parent if sib.tag == tag and sib.get("class") == cls))
    return n


_PICTURE_HREF_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$", re.I)


def _links_a_page(p: textlines.Para) -> bool:
    """The line's first link goes to a page, not to a picture (a gallery's slide titled by a link to
    its photo, <li><a href="….jpg">Weights</a><div>caption</div><img></li>: lifestyle.aol.co.uk 2012,
    DAnIEL dev set, whose gold keeps the slides). (A card linked by "#" or a script is a card still:
    a script opens its story.) Not a number linked to a place on the same page ("#footnote-anchor-1":
    a footnote's number before its text, Substack's footnotes), nor the toggle of an accordion
    (aria-expanded on the line's block or link: an FAQ's question over its answer, Elementor's
    accordion): a written probe of blogs in 14 languages, 2026-12-07, lost both as teaser grids."""
    if p.block is None:
        return True
    a = next(p.block.iter("a"), None)
    href = (a.get("href") or "").strip() if a is not None else ""
    if len(href) > 1 and href[0] == "#" and href[1] != "!" and not any(c.isalpha() for c in p.text):
        return False   # (a comment's name linked to its own "#comment-12" titles its card still)
    if p.block.get("aria-expanded") is not None or (a is not None and a.get("aria-expanded") is not None):
        return False
    return not href or _PICTURE_HREF_RE.search(href) is None


def _faq_question(p: textlines.Para) -> bool:
    """A question that opens and closes its answer, an accordion's toggle (aria-expanded or a button's role
    on its block): an FAQ's question set in an <a> without href (Elementor's accordion: a written probe of
    blogs in 14 languages, 2026-12-07), not a link line."""
    blk = p.block
    return (blk is not None and p.text.rstrip()[-1:] in ("?", "؟", "？")
            and (blk.get("aria-expanded") is not None or blk.get("role") == "button"))


def _title_cards(paras: list[textlines.Para]) -> tuple[set, dict]:
    """The lines that may title a teaser card (a heading that is a link, or a short line that is all
    link), and the card of each that has one: the most repeated box around it, a few levels up
    (_alike_siblings). Returns (ids of the title lines, {id of a title line: its card})."""
    alike: dict = {}   # (headings of one grid share their upper boxes: counted once)
    counted: dict = {}   # (and the cards of one grid are counted once: _alike_siblings)
    titles: set = set()   # (a card's title may be a linked line of its own in a <div>, not a heading)
    card_of: dict = {}
    for p in paras:
        if ((p.heading and p.link_ratio > 0.5) or (
                p.link_ratio >= _CARD_TITLE_LINKED and len(p.text) <= _CARD_TITLE_MAX_CHARS)) and _links_a_page(p):
            titles.add(id(p))
            # the card is the most repeated box around the heading, a few levels up
            card, most = None, _CARD_MIN_SIBLINGS - 1
            # (a title written straight into a list item or an <article> beside its summary paragraph,
            # <li><a>title</a><p>summary</p></li>: its own block is the card; not a menu's item that
            # holds a sub-menu, <li><a>Share</a><ul>…</ul></li>)
            first = 1
            if not p.heading and p.block is not None and p.block.tag in _CARD_OWN_BLOCKS and any(
                    c.tag in _CARD_SUMMARY_TAGS for c in p.block):
                first = 0
            for anc in p.ancestors[first:5]:
                if anc.tag in ("body", "main"):
                    break
                n = alike.get(anc)
                if n is None:
                    n = alike[anc] = _alike_siblings(anc, counted)
                if n > most:
                    card, most = anc, n
            if card is not None:
                card_of[id(p)] = card
    return titles, card_of


def _teaser_lines(paras: list[textlines.Para]) -> set:
    """ids of the summary lines of teaser cards: a card (see _alike_siblings) whose heading is a link,
    with little text (a stream of "more stories" under or beside the story). Their summaries are
    prose, but not this page's story: they count as neutral, not as story. The card's title may also
    be a short line that is all link (a <div> around an <a>, not a heading). A box that also holds a
    headline that is no link (a short story's own <h1>) is the story, not a card."""
    titles, card_of = _title_cards(paras)
    linked = set(card_of.values())
    if not linked:
        return set()
    size: dict = {}
    members: dict = {}
    titled: set = set()   # boxes holding a headline of their own that is no link: a story, not a card
    for p in paras:
        if p.heading or id(p) in titles:
            if p.heading and p.link_ratio <= 0.5 and len(p.text) >= _CARD_OWN_TITLE_CHARS:
                titled.update(anc for anc in p.ancestors[:6] if anc in linked)
            continue
        for anc in p.ancestors[:6]:
            if anc in linked:
                size[anc] = size.get(anc, 0) + len(p.text)
                members.setdefault(anc, []).append(p)
                break
    out: set = set()
    for card, lines in members.items():
        if size[card] <= _CARD_MAX_CHARS and card not in titled:
            out.update(id(p) for p in lines)
    return out


def choose_container(paras: list[textlines.Para], spared=()):
    """The element whose paragraphs add up to the most story text (boilerplate counts against)."""
    return _choose(paras, spared)[0]


def _choose(paras: list[textlines.Para], spared=()):
    """choose_container, with the scores of every element (for the second look, _reconsider).
    ``spared``: the boxes the story guard kept from a token rule (domwalk.walk's facts["spared"])."""
    paras = [p for p in paras if p.block is not None]
    chains: dict = {}
    for p in paras:
        chain = chains.get(p.block)
        if chain is None:
            chain = chains[p.block] = (p.block, *p.block.iterancestors())
        p.ancestors = chain
    scores: dict = {}
    if not paras:
        return None, scores
    depth: dict = {}
    teasers = _teaser_lines(paras)
    value = _para_value if not teasers else (lambda p: 0.0 if id(p) in teasers else _para_value(p))
    best, best_score = _best(paras, value, scores, depth)
    marked, marked_score = None, 0.0
    for el, sc in scores.items():
        if sc > marked_score and el.get("itemprop") == "articleBody":
            marked, marked_score = el, sc
    # inside the chosen container, the publisher's own articleBody markup wins unless it holds only
    # a fragment of the story
    if (marked is not None and marked is not best and marked_score >= 200 and marked_score >= 0.5 * best_score
            and best in marked.iterancestors()):
        return marked, scores
    if best is not None and _hint_bonus(best) == 1.0:
        hinted = _hinted_inside(paras, best, best_score, scores, value)
        if hinted is not None:
            return hinted, scores
    if best_score < _SHORT_PAGE:
        # little prose anywhere: the story may be a table or a list of short lines
        alt, alt_score = _best(paras, _lenient_value, {}, {})
        if alt is not None and alt_score > 1.5 * max(best_score, 1.0):
            return alt, scores
    if best is not None and spared:
        alt = _outside_kept_boxes(paras, best, best_score, scores, spared, depth)
        if alt is not None:
            return alt, scores
    return best, scores


def _hinted_inside(paras: list[textlines.Para], best, best_score: float, scores: dict, value):
    """The choice has no mark of a story box, but holds one (<article>, a body-hint class or id,
    itemprop=articleBody) that makes RC.HINTED_CHILD_SHARE of its score: the choice only adds the
    boxes beside it (a sidebar's teasers in the page's content column). That box, unless another
    marked box beside it in the choice has story too (the story in parts), or a paragraph of story
    stands right beside it or beside one of its parents (the story goes on past a tag closed too
    early). None otherwise."""
    floor = RC.HINTED_CHILD_SHARE * best_score
    # (1.25: the largest _hint_bonus, a cheap screen before asking for the element's bonus)
    marked = [el for el, sc in scores.items()
              if sc * 1.25 >= floor and el is not best and _hint_bonus(el) > 1.0 and sc * _hint_bonus(el) >= floor]
    marked = [el for el in marked if best in el.iterancestors()]
    if not marked:
        return None
    top = max(marked, key=lambda el: scores[el] * _hint_bonus(el))
    around = set(top.iterancestors())
    for el, sc in scores.items():
        if (sc > 0 and el is not top and el not in around and _hint_bonus(el) > 1.0
                and best in el.iterancestors() and top not in el.iterancestors() and not _teaser_article(el)):
            return None
    chain = {best}   # top's parents up to the choice
    for a in top.iterancestors():
        if a is best:
            break
        chain.add(a)
    for p in paras:
        if p.block.tag == "p" and p.block is not top and p.block.getparent() in chain and value(p) > 0:
            return None
    return top


def _teaser_article(el) -> bool:
    """An <article> marked as such by its tag alone that is a teaser card: its heading is a link
    (a sidebar's "من الإمارات" box of two <article>s, each a linked <h4> over a summary): no part
    of the story."""
    if el.tag != "article" or domrules.class_id_hint(el.get("class"), el.get("id")) or el.get("itemprop"):
        return False
    h = next(el.iter("h1", "h2", "h3", "h4", "h5", "h6"), None)
    return h is not None and (h.find(".//a") is not None or h.getparent().tag == "a")


def _lies_in(el, boxes) -> bool:
    """The element is one of the boxes, or lies in one. (Module-level: a nested function that another
    one calls makes a reference cycle when compiled, see clean.filter_paragraphs.)"""
    return el in boxes or any(a in boxes for a in el.iterancestors())


def _outside_kept_boxes(paras: list[textlines.Para], best, best_score: float, scores: dict, spared, depth: dict):
    """The choice is, or draws most of its score from, a box the rules name as not story (sidebar,
    comments) that only the story guard kept: the best candidate that neither lies in nor holds
    such a box, if it scores RC.SPARED_ALT_SHARE of the choice (scraper.rules.container SPARED_*).
    None otherwise."""
    kept = set(spared)
    boxes = [el for el in spared if el in scores]
    if not boxes:
        return None
    holding = {a for box in boxes for a in box.iterancestors()}
    inside = sum(scores[b] for b in boxes   # (the outermost kept boxes inside the choice)
                 if best in b.iterancestors() and not any(a in kept for a in b.iterancestors()))
    if not _lies_in(best, kept) and inside <= 0.5 * scores[best]:
        return None

    def top(candidates: dict, bonus, marked: bool):
        alt, alt_score = None, 0.0
        for el, sc in candidates.items():
            sc = sc * bonus(el)
            if (sc > alt_score and el not in holding and not _lies_in(el, kept)
                    and (not marked or domrules.is_body_hint(el))):
                alt, alt_score = el, sc
        return alt, alt_score

    alt, alt_score = top(scores, _hint_bonus, marked=False)
    if alt is None and best_score < _SHORT_PAGE:
        # no prose outside those boxes, and little in them: the story may be short lines (a note,
        # an invitation with an address) in the box the publisher marks as the story's (body-hint
        # class or itemprop), counted leniently
        lenient: dict = {}
        _best([p for p in paras if not _lies_in(p.block, kept)], _lenient_value, lenient, depth)
        alt, alt_score = top(lenient, lambda el: 1.0, marked=True)
    return alt if alt is not None and alt_score >= RC.SPARED_ALT_SHARE * best_score else None


_TOKEN_RE = re.compile(r"\w+")


def _tokens(text: str) -> Counter:
    # the body and the articleBody come from one page in one spelling: lower case is enough
    return Counter(_TOKEN_RE.findall(text.lower()))


_WORD_RE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\\W\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]{3,}")


def _word_set(text: str) -> set:
    """Words of 3+ letters and single CJK characters, lower case (for the description check)."""
    return set(_WORD_RE.findall(text.lower()))


def _wordy(c: str) -> bool:
    """A character of a _WORD_RE run of letters (a word character, not CJK: _WIDE_RE's ranges)."""
    return (c.isalnum() or c == "_") and _WIDE_RE.match(c) is None


def _share_in(want: set, lines: list[str]) -> float:
    """``len(want & _word_set(" ".join(lines))) / len(want)`` for a small set *want* of _word_set's
    words, looking each up in the text instead of building the text's word set (the whole story's,
    on nearly every page: the title check)."""
    low = " ".join(lines).lower()
    n = 0
    for w in want:
        at = low.find(w)
        if at >= 0 and len(w) > 1:   # (a single CJK character is a word wherever it is)
            end = len(low)
            while at >= 0 and ((at > 0 and _wordy(low[at - 1])) or (at + len(w) < end and _wordy(low[at + len(w)]))):
                at = low.find(w, at + 1)
        n += at >= 0
    return n / len(want)


def _agreement(lines: list[str], ref: Counter, ref_n: int) -> tuple[float, float]:
    """Token F1 and recall of lines against a reference bag of tokens (the JSON-LD articleBody)."""
    got = _tokens("\n".join(lines))
    common = sum((got & ref).values())
    if not common:
        return 0.0, 0.0
    p, r = common / sum(got.values()), common / ref_n
    return 2 * p * r / (p + r), r


def _decision(rule: str, el, why: str, paras: list[textlines.Para], members) -> Removal:
    inside = [p for p in paras if not members.isdisjoint(p.ancestors)]
    return Removal(rule=rule, text=why, stage="container", path=textlines.describe(el),
                   order=inside[0].order if inside else 0)


def _one_of_many(best, scores: dict, title_f: str):
    """The <article> inside *best* whose h1 says the page's title, when *best* holds several story
    <article>s with their own h1 (rules: scraper.rules.container ARTICLES_*); else None."""
    if best is None or not title_f or best.tag == "article":
        return None
    arts = [a for a in best.iter("article") if scores.get(a, 0.0) >= RC.ARTICLES_MIN_SCORE]
    if len(arts) < RC.ARTICLES_MIN:
        return None
    arts = [a for a in arts if not any(b is not a and b in arts for b in a.iterancestors("article"))]
    named = []
    for a in arts:
        h1 = a.find(".//h1")
        if h1 is None:
            return None   # not a stream of stories, each with its headline
        if _same_words(fold(clean_text(" ".join(h1.itertext()))), title_f):
            named.append(a)
    if len(arts) < RC.ARTICLES_MIN or len(named) != 1:
        return None
    one = named[0]
    inner = max((el for el in scores if el is one or one in el.iterancestors()), key=lambda el: scores[el])
    return inner


def _reconsider(kept: list[textlines.Para], best, scores: dict, meta: dict, title_f: str):
    """A second look at the first choice (rules: scraper.rules.container). Returns the elements that
    hold the story (the choice, or its parent, plus split-off parts), the decisions taken, and the
    story's lines with the removals of their assembly."""
    decisions: list[Removal] = []
    if best is None:
        removed: list[Removal] = []
        return (), decisions, _assemble(kept, set(), title_f, removed), removed
    paras = [p for p in kept if p.block is not None]
    one = _one_of_many(best, scores, title_f)
    if one is not None:   # one story of several appended on the page: the one the title names
        decisions.append(_decision(RC.ONE_OF_MANY, one, f"{textlines.describe(best)} holds several <article>s "
                                   f"with their own h1; the one whose h1 says the title", paras, {one}))
        best = one
    members = [best]
    # a single paragraph: its parent holds the story when the parent's other lines are text
    parent = best.getparent()
    single = best.tag in RC.PARAGRAPH_TAGS   # a paragraph element chosen: a fragment if it holds one line or two
    if single and sum(1 for p in paras if p.ancestors and p.ancestors[0] is best) > RC.PARAGRAPH_MAX_LINES:
        single = False
        parent = None   # a paragraph holding the whole story in lines cut by <br>: it stays alone
    if single and parent is not None and parent.tag != "html":
        text_chars = link_chars = own_chars = 0
        prose, alike = False, True   # (the other text lines: one of prose, all in paragraphs beside the choice)
        for p in paras:
            if parent in p.ancestors:
                if best in p.ancestors:
                    own_chars += len(p.text)
                elif p.link_ratio > 0.5:
                    link_chars += len(p.text)
                else:
                    text_chars += len(p.text)
                    prose = prose or _para_value(p) > 0
                    alike = alike and p.block is not None and p.block.tag == best.tag and p.block.getparent() is parent
        # (or, when the parent's other text lines are paragraphs beside the choice, one of them prose, with the
        # choice's own text: a short story's last sentence after one linked headline set into it outweighed
        # it, a written probe of Arabic news, 2026-12-07)
        if text_chars and (text_chars >= RC.PARAGRAPH_TEXT_VS_LINKS * link_chars or (
                prose and alike and text_chars + own_chars >= RC.PARAGRAPH_TEXT_VS_LINKS * link_chars)):
            members = [parent]
            decisions.append(_decision(RC.PARAGRAPH_PARENT, parent, f"{textlines.describe(best)} -> its parent "
                                       f"({text_chars} chars of other text lines, {link_chars} of links)",
                                       paras, {parent}))
    # a body cut in parts: siblings of the same tag and class that score as story join
    el = members[0]
    parent = el.getparent()
    if parent is not None and el.tag not in ("body", "html") and (single or el.tag not in RC.PARAGRAPH_TAGS):
        cls = el.get("class")
        for sib in parent:
            if sib is el or sib.tag != el.tag or sib.get("class") != cls:
                continue
            if scores.get(sib, 0.0) > RC.SPLIT_MIN_SCORE:
                why = f"score {scores[sib]:.0f}"
            else:   # a part that ends the story with a promo line: its own prose paragraph says it is story
                if not cls and el.tag in RC.SPLIT_LAYOUT_TAGS:
                    continue   # (boxes named by no class are a layout's regions: a sidebar's cell or div)
                prose = max((_para_value(p) for p in paras if sib in p.ancestors), default=0.0)
                if prose < RC.SPLIT_PROSE_LINE:
                    continue
                why = f"a prose line valued {prose:.0f}"
            members.append(sib)
            decisions.append(_decision(RC.SPLIT_BODY, sib, f"+ {textlines.describe(sib)} ({why}), a sibling of "
                                       f"the same tag and class", paras, {sib}))
    intro = _table_intro(el, paras) if el.tag in ("table", "tbody") else []
    if intro:
        members.extend(intro)
        decisions.append(_decision(RC.TABLE_INTRO, intro[0], f"+ {len(intro)} paragraph(s) right before the table "
                                   f"{textlines.describe(el)}", paras, set(intro)))
    if len(members) == 1 and el.tag not in RC.PARAGRAPH_TAGS and el.tag not in ("body", "html", "table", "tbody"):
        after = _trailing_sections(el, paras)
        if after:   # the story's sections after its box: a sub-heading over a table or a list (RC.TRAILING_SECTION)
            members.extend(after)
            decisions.append(_decision(RC.TRAILING_SECTION, after[0], f"+ {len(after) // 2} sub-heading(s) with the "
                                       f"table or list under each, right after {textlines.describe(el)}", paras, set(after)))
    if el.get("class") and el.tag not in RC.PARAGRAPH_TAGS and el.tag not in ("body", "html"):
        lede = _lede_box(paras, el, members, scores, meta.get("descriptions") or ())
        if lede is not None:
            members.append(lede)
            decisions.append(_decision(RC.LEDE_BOX, lede, f"+ {textlines.describe(lede)}, a box of the same tag and "
                                       f"class before it that says the page's description", paras, {lede}))
    if single and len(members) > RC.BETWEEN_MIN_PARTS and parent is not None:
        # a story of many paragraphs, one element each: what stands between them is story too (its
        # sub-headings, short lines, lists); link lines and the rules' removals still drop
        pos = {id(c): i for i, c in enumerate(parent)}
        at = sorted(pos[id(m)] for m in members)
        joined = set(map(id, members))
        between = [c for c in parent[at[0]:at[-1]] if isinstance(c.tag, str) and id(c) not in joined]
        # ... and the paragraphs of the parts' tag right before the first part, with no link in them (its
        # opening sentence, too short to score as a part: beside RC.BETWEEN_MIN_PARTS)
        lined: dict = {}   # (a block of the parent: are all its lines text, no link or heading)
        for p in paras:
            if p.block is not None and p.block.getparent() is parent:
                lined[p.block] = lined.get(p.block, True) and p.link_ratio == 0 and not p.heading
        opening = 0
        for c in reversed(parent[:at[0]]):
            if not isinstance(c.tag, str) or (c not in lined and not len(c) and not (c.text or "").strip()):
                continue
            if c.tag != el.tag or not lined.get(c):
                break
            between.append(c)
            opening += 1
        if between:
            members.extend(between)
            decisions.append(_decision(RC.SPLIT_BETWEEN, parent, f"+ {len(between) - opening} element(s) between the "
                                       f"{len(at)} parts" + (f" and {opening} right before the first" if opening else "")
                                       + f" in {textlines.describe(parent)}", paras, set(between)))
    members_set = set(members)
    removed = []
    lines = _assemble(kept, members_set, title_f, removed)
    # the publisher's JSON-LD articleBody says the story is much longer: ancestors and next candidates
    ld = meta.get("article_body") or ""
    body_chars = sum(len(x) for x in lines)
    if len(ld) >= RC.LD_MIN_CHARS and (single or not (
            RC.LD_SAME_LENGTH[0] * len(ld) <= body_chars <= RC.LD_SAME_LENGTH[1] * len(ld))):
        fragment = single or body_chars < RC.LD_SHORT * len(ld)
        gain = RC.LD_MIN_GAIN_FRAGMENT if fragment else RC.LD_MIN_GAIN
        ref = _tokens(ld)
        ref_n = sum(ref.values())
        now, now_r = _agreement(lines, ref, ref_n) if ref_n else (1.0, 1.0)
        preview = now_r >= RC.LD_PREVIEW_RECALL and body_chars > RC.LD_PREVIEW_RATIO * len(ld)
        if now < 1.0 - gain and not preview:
            cands = [a for a in members[0].iterancestors() if a.tag != "html"][:RC.LD_ANCESTORS]
            cands += [e for e, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.LD_CANDIDATES]
                      if s > 0 and e not in members_set and e not in cands]
            top, top_f1 = None, now
            for cand in cands:
                cl = _lines(paras, {cand}, title_f)
                f1 = _agreement(cl, ref, ref_n)[0]
                if f1 > top_f1:
                    top, top_f1 = cand, f1
            if top is not None and top_f1 >= now + gain:
                decisions.append(_decision(RC.LD_BODY, top, f"{textlines.describe(members[0])} -> "
                                           f"{textlines.describe(top)}: token F1 against the JSON-LD articleBody "
                                           f"{now:.2f} -> {top_f1:.2f}", paras, {top}))
                members, members_set, lines = [top], {top}, None
    if lines is None:   # the members changed: assemble again, recording what the lines drop
        removed = []
        lines = _assemble(kept, members_set, title_f, removed)
    # the page's description is not in the choice at all, but is in another candidate
    desc = meta.get("description") or ""
    if not decisions and _units(desc) >= RC.DESC_MIN_UNITS and _units("".join(lines)) < RC.DESC_SMALL_BODY:
        want = _word_set(desc)
        if len(want) >= RC.DESC_MIN_WORDS:
            now = _share_in(want, lines)
            if now < RC.DESC_LOW:
                for cand, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.DESC_CANDIDATES]:
                    if s <= 0 or cand in members_set:
                        continue
                    cl = _lines(paras, {cand}, title_f)
                    cov = _share_in(want, cl)
                    if cov >= RC.DESC_HIGH and _units("".join(cl)) >= RC.DESC_MORE * _units(desc):
                        decisions.append(_decision(RC.DESC_BODY, cand, f"{textlines.describe(members[0])} holds "
                                                   f"{now:.0%} of the description's words -> "
                                                   f"{textlines.describe(cand)} holds {cov:.0%}", paras, {cand}))
                        members, members_set = [cand], {cand}
                        removed = []
                        lines = _assemble(kept, members_set, title_f, removed)
                        break
    # the choice says nothing of the headline: a candidate that does
    if not decisions and lines:
        want = {w for w in _word_set(meta.get("title") or "") if not w.isdigit()}
        if len(want) >= RC.TITLE_MIN_WORDS:
            now = _share_in(want, lines)
            top = max(scores.get(members[0], 0.0), 1.0)
            if now <= RC.TITLE_LOW:
                for cand, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.TITLE_CANDIDATES]:
                    if s < RC.TITLE_MIN_SCORE * top:
                        break   # (sorted: the rest score less)
                    # (a box apart from the choice: not inside it, not around it, where the headline's
                    # own box would bring the words in with the page's furniture)
                    if s <= 0 or cand in members_set or any(m in members_set for m in cand.iterancestors()) \
                            or any(cand in m.iterancestors() for m in members_set):
                        continue
                    cl = _lines(paras, {cand}, title_f)
                    cov = _share_in(want, cl)
                    if cov >= RC.TITLE_HIGH and _units("".join(cl)) >= RC.TITLE_MIN_UNITS:
                        decisions.append(_decision(RC.TITLE_BODY, cand, f"{textlines.describe(members[0])} holds "
                                                   f"{now:.0%} of the title's words -> "
                                                   f"{textlines.describe(cand)} holds {cov:.0%} (score "
                                                   f"{s / top:.2f} of the choice's)", paras, {cand}))
                        members, members_set = [cand], {cand}
                        removed = []
                        lines = _assemble(kept, members_set, title_f, removed)
                        break
    # nothing of the story in the choice: the next candidate that has some
    if not lines:
        for cand, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.NEXT_CANDIDATES]:
            if s <= 0 or cand in members_set:
                continue
            cl = _lines(paras, {cand}, title_f)
            if cl:
                decisions.append(_decision(RC.NEXT_CANDIDATE, cand, f"{textlines.describe(members[0])} gave no "
                                           f"story line -> {textlines.describe(cand)}", paras, {cand}))
                members, members_set = [cand], {cand}
                removed = []
                lines = _assemble(kept, members_set, title_f, removed)
                break
    return tuple(members), decisions, lines, removed


def _trailing_sections(el, paras: list[textlines.Para]) -> list:
    """The siblings right after the chosen box that are the story's own closing sections: each a sub-heading
    (RC.TRAILING_HEADING_TAGS) over a table, a list or a definition list (RC.TRAILING_CONTENT_TAGS), every line of
    both kept and no link line (a "Related" heading over its links stops it). A museum's object page, its
    description in div.opis, then "<h2>Metryczka</h2><table>" of the object's facts (a written probe of recall-hard
    pages, 2026-12-07, lost the table)."""
    out: list = []
    sib = el.getnext()
    while sib is not None and len(out) < 2 * RC.TRAILING_MAX_SECTIONS:
        if not isinstance(sib.tag, str):
            sib = sib.getnext()
            continue
        if sib.tag not in RC.TRAILING_HEADING_TAGS:
            break
        nxt = sib.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is None or nxt.tag not in RC.TRAILING_CONTENT_TAGS:
            break
        head = [p for p in paras if p.block is sib]
        body = [p for p in paras if p.ancestors and nxt in p.ancestors]
        # (the lines are the kept ones: a box a rule took out has none, and ends it here)
        if len(head) != 1 or not body or any(p.link_ratio >= 0.3 for p in (*head, *body)):
            break
        out += [sib, nxt]
        sib = nxt.getnext()
    return out


def _description_words(descriptions) -> list[set]:
    """The word sets of the page's descriptions that have RC.LEAD_MIN_WORDS words or more (the
    standfirst and the lede box are recognised by them)."""
    return [w for w in (set(domrules.WORD3_RE.findall(fold(d))) for d in descriptions) if len(w) >= RC.LEAD_MIN_WORDS]


def _lede_box(paras: list[textlines.Para], el, members: list, scores: dict, descriptions):
    """A box of ``el``'s tag and class attribute, apart from the members (neither inside nor around
    one) and in the same <article> as ``el`` (or in none, as ``el``), that comes before ``el``,
    scores as story, holds no link line and has a line that says one of the page's descriptions, or
    ends right before ``el`` and holds paragraphs of prose (RC.LEDE_BOX, RC.LEDE_BOX_GAP_LINES). None
    if there is none."""
    tag, cls = el.tag, el.get("class")
    cands = [c for c, s in scores.items() if s > RC.SPLIT_MIN_SCORE and c.tag == tag and c is not el
             and c.get("class") == cls]
    if not cands:
        return None
    descs = _description_words(descriptions)
    first = next((i for i, p in enumerate(paras) if el in p.ancestors), None)
    if first is None:
        return None
    story = next(el.iterancestors("article"), None)
    for c in cands:
        if any(c is m or c in m.iterancestors() or m in c.iterancestors() for m in members):
            continue
        if next(c.iterancestors("article"), None) is not story:
            continue   # another <article>: another story on the page (scroll.in's next story, sponsored)
        lines = [(i, p) for i, p in enumerate(paras) if c in p.ancestors]
        if not lines or lines[-1][0] >= first:
            continue
        if any(p.link_ratio > RC.LEDE_BOX_MAX_LINK_RATIO for _, p in lines):
            continue
        # ... or, right before the choice (RC.LEDE_BOX_GAP_LINES), several paragraphs of prose
        gap = paras[lines[-1][0] + 1:first]
        if (len(gap) <= RC.LEDE_BOX_GAP_LINES and not any(_para_value(p) >= RC.SPLIT_PROSE_LINE for p in gap)
                and sum(_para_value(p) >= RC.SPLIT_PROSE_LINE for _, p in lines) >= RC.LEDE_BOX_PROSE_LINES):
            return c
        for _, p in lines:
            words = set(domrules.WORD3_RE.findall(textlines.folded(p)))
            if len(words) >= RC.LEAD_MIN_WORDS and any(len(words & d) >= RC.LEAD_SHARE * len(d) for d in descs):
                return c   # (the description's words in the line: it may be the line cut short, "…")
    return None


def _announced_lists(paras: list[textlines.Para]) -> set:
    """Lists (the parents of <li> lines) that the story's own sentence announces: the line just
    before the list's first item is prose of RC.ANNOUNCED_LIST_MIN_WORDS words or more ending with
    a colon ("The seven pieces in this issue are:"). Their linked items are the story's list."""
    out: set = set()
    prev = None
    for p in paras:
        if p.tag == "li" and p.block is not None:
            lst = p.block.getparent()
            if lst not in out and prev is not None and prev.block is not None and prev.block.getparent() is not lst \
                    and not prev.heading and prev.link_ratio < 0.5 and prev.text.rstrip().endswith(RC.ANNOUNCE_ENDS) \
                    and len(prev.text.split()) >= RC.ANNOUNCED_LIST_MIN_WORDS:
                out.add(lst)
            if lst in out:
                continue   # (the items that follow belong to the same list: prev stays the announcement)
        prev = p
    return out


def _text_lists(paras: list[textlines.Para]) -> set:
    """Lists (the parents of <li> lines) whose items are mostly text, not links: a list that is
    content (notes, steps, a digest), where an item that links most of its words is still an item
    (scraper.rules.container LIST_*)."""
    items: dict = {}
    for p in paras:
        if p.tag == "li" and p.block is not None:
            n = items.setdefault(p.block.getparent(), [0, 0])
            n[0] += 1
            if p.link_ratio <= 0.6:
                n[1] += 1
    return {lst for lst, (n, text) in items.items() if text < n and text >= RC.LIST_TEXT_SHARE * n}


@lru_cache(maxsize=4096)
def _item_words(text: str) -> frozenset:
    """Words of a line for the roundup test: folded, 3+ letters, Arabic prefixes set aside.
    (Cached: every assembly of a page's candidates asks again for the same lines.)"""
    out = set()
    for w in domrules.words_of(text):
        for pre in RC.ROUNDUP_PREFIXES:
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                w = w[len(pre):]
                break
        out.add(w)
    return frozenset(out)


def _roundup_heads(inside: list[textlines.Para]) -> set:
    """ids of the link lines that head the items of a roundup (scraper.rules.container ROUNDUP_*)."""
    def is_link_line(p):
        return not p.heading and p.link_ratio > 0.6 and not _URL_RE.match(p.text)

    heads, clear = [], 0
    for i, p in enumerate(inside):
        if (not is_link_line(p) or p.tag in _NOT_HEAD_TAGS or (i and inside[i - 1].heading)
                or len(p.text.split()) > RC.ROUNDUP_HEAD_MAX_WORDS):
            continue
        after = []
        for j in range(i + 1, len(inside)):   # (no copy of the rest of the list per head)
            q = inside[j]
            if is_link_line(q) or q.heading:
                break
            after.append(q.text)
        if len(after) < RC.ROUNDUP_MIN_TEXT_LINES:
            continue
        head = _item_words(p.text)
        shared = len(head & _item_words(" ".join(after[:RC.ROUNDUP_TEXT_LINES])))
        if shared < RC.ROUNDUP_SHARED or shared < RC.ROUNDUP_SHARE * len(head):
            continue
        heads.append(id(p))
        before = [q.text for q in inside[max(0, i - 6):i] if not q.heading and not is_link_line(q)][-2:]
        if (len(head & _item_words(after[0])) >= RC.ROUNDUP_SHARED
                and shared >= RC.ROUNDUP_BEFORE_FACTOR * len(head & _item_words(" ".join(before)))):
            clear += 1
    return set(heads) if clear >= RC.ROUNDUP_MIN_ITEMS else set()


_NOT_HEAD_TAGS = frozenset({"li", "dd", "dt", "td", "th"})


def _linked_dt(el) -> bool:
    """A <dt> whose text is mostly one link: a headline to another page."""
    if el.tag != "dt":
        return False
    text = len("".join(el.itertext()).strip())
    return text > 0 and sum(len("".join(a.itertext()).strip()) for a in el.iter("a")) > 0.6 * text


_THUMB_TAGS = frozenset({*B.IMAGE_TAGS, "picture", "figure", "span", "div"})   # (only when they have no text)


def _cut_short_item(el) -> bool:
    """A list item that opens with a link (a headline of a few words) and ends cut short with an ellipsis (an
    excerpt of the linked story)."""
    if el.tag != "li" or (el.text and el.text.strip()):
        return False
    # (a thumbnail before the headline: <li><img …><a>headline</a><br>excerpt […]</li>)
    first = next((c for c in el if not (c.tag in _THUMB_TAGS and not (c.tail and c.tail.strip())
                                        and not "".join(c.itertext()).strip())), None)
    if first is None or first.tag != "a" or len("".join(first.itertext()).split()) < RC.TEASER_HEADLINE_MIN_WORDS:
        return False
    return "".join(el.itertext()).rstrip().endswith(RC.TEASER_CUT_SHORT)


def _teaser_summaries(inside: list[textlines.Para]) -> set:
    """ids of the one-line summaries of a teaser list (scraper.rules.container TEASER_*): the <dd>
    under a <dt> that is a linked headline, in a <dl> of RC.TEASER_MIN_ITEMS or more such items; the
    items of a list of RC.TEASER_MIN_ITEMS or more headlines with excerpts cut short."""
    out: set = set()
    lists: dict = {}
    for p in inside:
        if p.block is None:
            continue
        if p.tag == "dd":
            if p.link_ratio > 0.6 or len(p.text) > RC.TEASER_SUMMARY_MAX_CHARS:
                continue
            dt, lst = p.block.getprevious(), p.block.getparent()
            if dt is None or lst is None or not _linked_dt(dt):
                continue
            if lst not in lists:   # the list's items, those already removed too
                lists[lst] = sum(1 for c in lst if _linked_dt(c))
        elif p.tag == "li" and p.text.endswith(RC.TEASER_CUT_SHORT) and _cut_short_item(p.block):
            lst = p.block.getparent()
            if lst not in lists:
                lists[lst] = sum(1 for c in lst if _cut_short_item(c))
        else:
            continue
        if lists[lst] >= RC.TEASER_MIN_ITEMS:
            out.add(id(p))
    return out


def _inset_cards(inside: list[textlines.Para]) -> set:
    """ids of the lines of another story's card set into the story (scraper.rules.container
    INSET_CARD_*): the box of a heading that is a link, holding nothing but link lines, between two
    lines of the story's prose."""
    out: set = set()
    seen: set = set()
    last = len(inside) - 1
    for i, p in enumerate(inside):
        if not (p.heading and p.link_ratio > 0.6) or p.block is None:
            continue
        box = p.block.getparent()
        while box is not None and box.tag in _INLINE_TAGS:
            box = box.getparent()   # (a card's title linked as a whole, <a><h4>…</h4></a>: the card is the box)
        if box is None or box in seen:
            continue
        seen.add(box)
        lo = hi = i
        while lo > 0 and box in inside[lo - 1].ancestors:
            lo -= 1
        while hi < last and box in inside[hi + 1].ancestors:
            hi += 1
        lines = inside[lo:hi + 1]
        if (lo == 0 or hi == last or len(lines) > RC.INSET_CARD_MAX_LINES
                or any(q.link_ratio <= 0.6 for q in lines)
                or sum(len(q.text.split()) for q in lines if q.heading) < RC.INSET_CARD_MIN_WORDS
                or not (_inset_prose(inside[lo - 1]) and _inset_prose(inside[hi + 1]))):
            continue
        out.update(id(q) for q in lines)
    return out


_INLINE_TAGS = frozenset({"a", "span", "strong", "b", "em", "i", "font", "small"})


def _inset_prose(p: textlines.Para) -> bool:
    return not p.heading and p.link_ratio < 0.5 and len(p.text) >= RC.INSET_CARD_PROSE_CHARS


def _same_words(line_f: str, title_f: str) -> bool:
    """A headline says what the title says, in another order or with a kicker ("آرون بوشنيل: …"):
    RC.HEADLINE_SHARE of the words of each are in the other."""
    a, b = set(domrules.WORD3_RE.findall(line_f)), set(domrules.WORD3_RE.findall(title_f))
    return bool(a) and bool(b) and len(a & b) >= RC.HEADLINE_SHARE * max(len(a), len(b))


def _lead_named(p: textlines.Para, name_re=RC.LEAD_NAME_RE):
    """The line's block, or a box RC.LEAD_NAMED_LEVELS levels up, that is named as the standfirst (``name_re``),
    or None."""
    for el in p.ancestors[:RC.LEAD_NAMED_LEVELS + 1]:
        get = el.get
        prop = get("itemprop")
        if prop and prop.strip().lower() in ("description", "abstract"):
            return el
        # (or named by the id of its heading: BBC Simorgh's live page, <section aria-labelledby="summary-heading">)
        for value in (get("class"), get("id"), get("aria-labelledby")):
            if value and any(name_re.match(t) for t in value.split()):
                return el
    return None


def _lead(kept: list[textlines.Para], members, descriptions: list[str], title_words: set, facts: dict):
    """(line, why) of the standfirst in a box of its own, just before the first line of the story and
    outside its box: a line that says one of the page's descriptions, is named as the standfirst,
    or stands between the headline and the story. None if there is none."""
    if not members:
        return None
    descs = _description_words(descriptions)
    member_set = set(members)
    first = next((i for i, p in enumerate(kept) if not member_set.isdisjoint(p.ancestors)), None)
    if first is None:
        return None
    # in the same part of the page as the story: the two boxes meet a few levels up
    box = members[0]
    near = set(box.iterancestors()) if box is not None else set()
    counted = 0
    for p in reversed(kept[max(0, first - RC.LEAD_LINES_SCANNED):first]):
        if p.link_ratio > 0.3 and len(p.text.split()) <= RC.LEAD_SKIPPED_LINK_WORDS:
            continue   # (a tab's, a menu's link: not counted, RC.LEAD_SKIPPED_LINK_WORDS)
        counted += 1
        if counted > RC.LEAD_LINES_BEFORE:
            break
        if p.link_ratio > 0.3 or p.block is None or not p.ancestors:
            continue
        lead_box = p.block
        # (a heading only when written as a sentence and named as the standfirst by its itemprop or as Turkish
        # dailies name it, <h2 class="haber-spot">: RC.LEAD_HEADING_NAME_RE)
        named_heading = p.heading and _SENTENCE_END_RE.search(p.text) and _lead_named(p, RC.LEAD_HEADING_NAME_RE) is not None
        if p.heading and not named_heading and (p.tag == "h1" or not descs):
            continue
        words = set(domrules.WORD3_RE.findall(textlines.folded(p)))
        # (a Chinese or Japanese lead's sentence is one or two "words" between spaces: its characters count)
        if textlines._cjk_words(p.text, len(words)) < RC.LEAD_MIN_WORDS:
            continue
        says_desc = any(len(words & desc) >= RC.LEAD_SHARE * max(len(words), len(desc)) for desc in descs)
        if p.heading and not named_heading:
            # (not the headline again: a heading that says more than the title, and the description, is the
            # standfirst: "نتابع معكم لحظة بلحظة تفاصيل …" under "لحظة بلحظة.. تفاصيل …", a written probe of Arabic news)
            if not says_desc or len(words & title_words) >= RC.LEAD_SHARE * len(words):
                continue
            why = "a heading that says the page's description, just before the story"
        elif p.heading:
            why = "a heading named as the standfirst, just before the story"
        elif says_desc:
            why = "the page's description, just before the story"
        elif len(p.text) <= RC.LEAD_NAMED_MAX_CHARS and (named := _lead_named(p)) is not None and not _caption_like(p, facts):
            why = "a box named as the standfirst, just before the story"
            # (a list in a box so named, its heading and items, goes whole: a live page's section.liveblog-summary,
            # "ملخص اليوم" over three points, gave its last point alone; a written probe of Arabic outlets, 2026-12-07)
            if (p.tag == "li" and named is not p.block
                    and domrules._visible_len_upto(named, RC.LEAD_NAMED_MAX_CHARS) is not None):
                lead_box = named
        else:
            continue
        if any(a in near for a in p.ancestors[:RC.LEAD_LEVELS]):
            return p, why, lead_box
    p = _standfirst_after_headline(kept, first, near, title_words, facts) if box is not None else None
    return (p, "the line between the headline and the story", p.block) if p is not None else None


def _caption_like(p: textlines.Para, facts: dict) -> bool:
    """The line says an image's alt text again, or sits in a figure or a box named a caption."""
    return textlines.folded(p) in facts["img_texts"] or any(
        a.tag in ("figure", "figcaption") or "caption" in (a.get("class") or "").lower()
        for a in p.ancestors[:RC.LEAD_NAMED_LEVELS + 1])


def _standfirst_after_headline(kept: list[textlines.Para], first: int, near: set, title_words: set, facts: dict):
    """The line right before the story's first line (lines of under 3 words between them skipped)
    when a heading that says the page's title comes just before it: headline, standfirst, story
    (scraper.rules.container STANDFIRST_*). Not the caption of a lead image: a line that says an
    image's alt text again, or in a figure or a box named a caption. ``near``: the ancestors of the
    story's box."""
    if len(title_words) < 2:
        return None
    i = first - 1
    while i >= 0 and len(domrules.WORD3_RE.findall(textlines.folded(kept[i]))) < 3 and not kept[i].heading:
        i -= 1
    if i < 1:
        return None
    p = kept[i]
    if (p.heading or p.link_ratio > 0.1 or p.block is None or not p.ancestors
            or len(p.text) > RC.STANDFIRST_MAX_CHARS or not _SENTENCE_END_RE.search(p.text)):
        return None
    if textlines._cjk_words(p.text, len(set(domrules.WORD3_RE.findall(textlines.folded(p))))) < RC.LEAD_MIN_WORDS:
        return None
    if _caption_like(p, facts):
        return None
    for q in reversed(kept[max(0, i - RC.STANDFIRST_HEADLINE_LINES):i]):
        if q.heading:
            words = set(domrules.WORD3_RE.findall(textlines.folded(q)))
            if len(words & title_words) >= RC.LEAD_SHARE * min(len(words), len(title_words)):
                if any(a in near for a in p.ancestors[:RC.LEAD_LEVELS]):
                    return p
            break
    return None


_COUNTER_RE = clean._GALLERY_COUNTER_LEAD_RE   # (the cleaner's: one pattern of a slide's number)


def _pager_line(text: str) -> bool:
    return len(text) <= RC.PAGER_MAX_CHARS and not any(c.isalpha() for c in text)


def _slideshow_furniture(out: list[textlines.Para], drop) -> list[textlines.Para]:
    """The story's lines less a slideshow pager's run of numbers and arrows (scraper.rules.container
    PAGER_*) and a slide's title repeated on every slide (RC.REPEATED_LINE_*)."""
    out = _repeated_lines(out, drop)
    pager: set = set()
    run: list = []
    for p in (*out, None):
        if p is not None and _pager_line(p.text):
            run.append(id(p))
            continue
        if len(run) >= RC.PAGER_MIN_RUN:
            pager.update(run)
        run = []
    if not pager:
        return out
    keep = []
    for p in out:
        if id(p) in pager:
            drop(p, "story.pager")
        else:
            keep.append(p)
    return keep


def _repeated_lines(out: list[textlines.Para], drop) -> list[textlines.Para]:
    """*out* less the runs of one short line printed RC.REPEATED_LINE_MIN times or more in a row."""
    gone: set = set()
    k = 0
    while k < len(out):
        t = out[k].text
        m = k + 1
        while m < len(out) and out[m].text == t:
            m += 1
        if (m - k >= RC.REPEATED_LINE_MIN and len(t) <= RC.REPEATED_LINE_MAX_CHARS
                and len(t.split()) <= RC.REPEATED_LINE_MAX_WORDS and any(c.isalpha() for c in t)):
            gone.update(range(k, m))
        k = m
    if not gone:
        return out
    keep = []
    for k, p in enumerate(out):
        if k in gone:
            drop(p, "story.repeated-line")
        else:
            keep.append(p)
    return keep


def _chosen_table_row(p: textlines.Para, members, headed: dict | None = None) -> bool:
    """The line is a row of a table with a header (a <th> or <thead>) chosen as the story (a list page's
    table: its rows are its content, a linked name in one cell and data in others) with a cell of text
    that is no link. ``headed``: the verdicts of the tables met so far (does it have a header?)."""
    if p.tag != "tr" or p.block is None or not members:
        return False
    up = p.block.getparent()   # (the table, or its <tbody>/<thead>)
    table = up if up is None or up.tag == "table" else up.getparent()
    if table is None or table.tag != "table" or (table not in members and up not in members):
        return False
    has_head = headed.get(table) if headed is not None else None
    if has_head is None:   # (once a table: a long table's rows would each read it all again)
        has_head = next(table.iter("th", "thead"), None) is not None
        if headed is not None:
            headed[table] = has_head
    if not has_head:
        return False   # (a data table has a header: not a layout table's dated headline rows)
    return any(c.tag in ("td", "th") and next(c.iter("a"), None) is None and clean.holds_text(c) for c in p.block)


def _move_body_mark(members, box) -> None:
    """The story is *box*, not the members chosen first: the mark that ``scraper extract --html`` shows
    moves to it."""
    for el in members:
        el.attrib.pop(domrules.BODY_ATTR, None)
    box.set(domrules.BODY_ATTR, "1")


def _linked_story(kept: list[textlines.Para], body_chars: int):
    """(block, lines) of a story printed wholly inside a link, when the body is that small (scraper.rules
    .container LINKED_STORY_*): the block whose link lines hold the most characters (_units), if they are
    prose enough; else None."""
    by_block: dict = {}
    for p in kept:
        if p.link_ratio > 0.6 and p.block is not None and not p.heading:
            by_block.setdefault(p.block, []).append(p)
    if not by_block:
        return None
    block, lines = max(by_block.items(), key=lambda kv: sum(_units(p.text) for p in kv[1]))
    chars = sum(_units(p.text) for p in lines)   # (CJK characters weighed as the scores weigh them)
    if chars < RC.LINKED_STORY_MIN_CHARS or chars < RC.LINKED_STORY_FACTOR * body_chars:
        return None
    prose = sum(1 for p in lines if _units(p.text) >= RC.LINKED_STORY_PROSE_UNITS and _SENTENCE_END_RE.search(p.text))
    return (block, lines) if prose >= RC.LINKED_STORY_MIN_SENTENCES else None


def _table_intro(el, paras: list[textlines.Para]) -> list:
    """The paragraphs right before the chosen table in its parent (scraper.rules.container
    TABLE_INTRO_*), in page order: <p>s without link lines, one of them prose valued SPLIT_PROSE_LINE
    or more."""
    table = el.getparent() if el.tag == "tbody" else el
    if table is None or table.tag != "table":
        return []
    intro: list = []
    sib = table.getprevious()
    while sib is not None and len(intro) < RC.TABLE_INTRO_MAX:
        if not isinstance(sib.tag, str):
            sib = sib.getprevious()
            continue
        if sib.tag != "p":
            break
        lines = [p for p in paras if p.ancestors and sib in p.ancestors]
        if not lines or any(p.link_ratio > 0.5 for p in lines):
            break
        intro.append((sib, max(_para_value(p) for p in lines)))
        sib = sib.getprevious()
    if not any(value >= RC.SPLIT_PROSE_LINE for _, value in intro):
        return []
    return [p for p, _ in reversed(intro)]


def _smallest_box(lines: list[textlines.Para]):
    """The innermost element holding all of *lines* (None when they share none)."""
    common = set(lines[0].ancestors)
    for p in lines[1:]:
        common.intersection_update(p.ancestors)
    return next((a for a in lines[0].ancestors if a in common), None)


def _gallery_box(inside: list[textlines.Para]):
    """A slideshow embedded in the story (scraper.rules.container GALLERY_*): the smallest box holding
    the lines numbered "k/N" or "k of N" of one N, when the story has prose of its own outside it."""
    numbered: dict = {}
    for p in inside:
        t = p.text
        if t[:1].isdigit() or t[:1].isspace():
            m = _COUNTER_RE.match(t)
            if m and 0 < int(m.group(1)) <= int(m.group(2)):
                numbered.setdefault(m.group(2), {})[int(m.group(1))] = p
    for slides in numbered.values():
        if len(slides) < RC.GALLERY_MIN_SLIDES:
            continue
        lines = list(slides.values())
        box = _smallest_box(lines)
        if box is None:
            continue
        outside = sum(len(p.text) for p in inside if box not in p.ancestors and _para_value(p) > 0)
        if outside >= RC.GALLERY_STORY_OUTSIDE:
            return box
    return None


_CUT_SHORT_RE = re.compile(r"(?:\s*(?:\.\.\.|…))?\s*(?:more|mehr|plus|más)?\s*$", re.I)


def _copies(ps: list[textlines.Para]) -> bool:
    """The lines are one text said again: the same, or the others cut short of the longest (a trailing
    "… more" toggle taken off)."""
    longest = max((p.text for p in ps), key=len)
    return all(p.text == longest or longest.startswith(_CUT_SHORT_RE.sub("", p.text)) for p in ps)


def _cloned_slides(inside: list[textlines.Para]) -> set:
    """Slideshows whose slides are printed more than once (a carousel's clones, a strip of thumbnails
    beside the large view: scraper.rules.container CLONED_*): for each long line said more than once,
    the smallest box holding all its copies; such a box goes when the lines said more than once make
    CLONED_SHARE of its text, two different long ones or one three times, and the story has prose of
    its own outside it."""
    seen: dict = {}
    key_len = RC.CLONED_KEY_CHARS
    for p in inside:
        # (a caption's copies are the same in their first CLONED_KEY_CHARS characters: a thumbnail's may be
        # cut short with its "… more" toggle, beside the full one)
        seen.setdefault(p.text[:key_len], []).append(p)
    # (every line said more than once counts towards the share: a slide's "left" / "right" controls too;
    # copies that differ must be one caption cut short, not lines that open alike: a page of minutes whose
    # motions all read "Moved by Supervisor … to approve the minutes of …", CleanEval final-353)
    said_again = {t for t, ps in seen.items() if len(ps) > 1 and _copies(ps)}
    twice = {t: seen[t] for t in said_again if len(t) >= RC.CLONED_MIN_CHARS}
    if not twice or (len(twice) < 2 and max(len(ps) for ps in twice.values()) < 3):
        return set()
    boxes: list = []
    for ps in twice.values():
        box = _smallest_box(ps)
        if box is not None and box.tag not in ("body", "html") and box not in boxes:
            boxes.append(box)
    out: set = set()
    for box in boxes:
        total = cloned = outside = 0
        for p in inside:
            if box in p.ancestors:
                total += len(p.text)
                if p.text[:key_len] in said_again:
                    cloned += len(p.text)
            elif _para_value(p) > 0:
                outside += len(p.text)
        if total and cloned >= RC.CLONED_SHARE * total and outside >= RC.GALLERY_STORY_OUTSIDE:
            out.add(box)
    return out


# (Overlay links by their classes, here at the assembly; an empty <a> as the first or last element of a
# small box is read as one by its shape alone in the walk: domwalk._overlay_card.)
def _has_overlay_link(el) -> bool:
    """A descendant <a> of *el* with the class of an overlay link (see _overlay_link). (lxml's
    tag-filtered iteration stops at the first; the XPath ``.//a[contains(@class, …)][1]`` it
    replaces evaluated its predicate on every link of the story box first.)"""
    for a in el.iterdescendants("a"):
        cls = a.get("class")
        if cls and ("stretched-link" in cls or ("inset-0" in cls and "absolute" in cls)):
            return True
    return False


def _overlay_link(el) -> bool:
    """*el* has a child <a> stretched over it (Bootstrap's "stretched-link", Tailwind's "absolute
    inset-0"): a card the whole of which is one link, whose visible text is outside the <a>."""
    for a in el.iterchildren("a"):
        cls = a.get("class")
        if cls and ("stretched-link" in cls or ("inset-0" in cls and "absolute" in cls)):
            return True
    return False


def _in_card(p: textlines.Para, members, cards: dict) -> bool:
    """The line is a short one inside an overlay-linked card (rules: scraper.rules.container CARD_*),
    below the story's own box."""
    if len(p.text.split()) > RC.CARD_MAX_WORDS:
        return False
    for anc in p.ancestors[:RC.CARD_LEVELS]:
        if anc in members:
            return False
        hit = cards.get(anc)
        if hit is None:
            hit = cards[anc] = _overlay_link(anc)
        if hit:
            return True
    return False


def _lines(paras: list[textlines.Para], members: set, title_f: str) -> list[str]:
    """The lines _assemble would keep from these members (without recording removals)."""
    return _assemble(paras, members, title_f, None)


def _table_row(p: textlines.Para, tables: dict, headed: dict) -> bool:
    """A row of a data table with a header (a <th> or <thead>) and no table inside it: a table of the
    story, not a layout table's byline or date row (scraper.rules.container, beside EDGE_CLAUSE_ENDS).
    ``tables``, ``headed``: the verdicts of the tables met so far (clean.data_row's, and this one's)."""
    if not clean.data_row(p, tables):
        return False
    table = next(a for a in p.block.iterancestors() if a.tag == "table")
    if table not in headed:
        headed[table] = (next(table.iter("th", "thead"), None) is not None
                         and next(table.iterdescendants("table"), None) is None)
    return headed[table]


def _assemble(paras: list[textlines.Para], members, title_f: str, removals: list[Removal] | None) -> list[str]:
    """The story's lines: the paragraphs inside the members (the container and its joined parts; all
    lines when empty) minus link lists, the headline and non-story
    lines at its edges. Every line dropped here is recorded too, so --explain shows it (``removals``
    None: a candidate's lines, weighed and thrown away, record nothing)."""
    def drop(p: textlines.Para, rule: str):
        if removals is not None:
            removals.append(Removal(rule=rule, text=textlines._short(p.text), stage="text",
                                    path=textlines.describe(p.block), order=p.order))

    out: list[textlines.Para] = []
    inside = [p for p in paras if not members or not members.isdisjoint(p.ancestors)]
    text_lists = _text_lists(inside) | _announced_lists(inside)
    heads = teasers = None
    author_links: list[textlines.Para] = []
    link_lines: list[textlines.Para] = []   # (the lines all link dropped: a teaser card's title among them)
    gone_lines: list[textlines.Para] = []   # (a slideshow's lines dropped: its title is an orphan too)
    headed_tables: dict = {}   # (_chosen_table_row's verdict of each table)
    # (overlay-linked cards: only on pages whose story box has such a link at all, one XPath each)
    cards: dict | None = {} if members and any(_has_overlay_link(m) for m in members) else None
    galleries: set = set()
    if members:
        gallery = _gallery_box(inside)
        if gallery is not None:
            galleries.add(gallery)
        galleries |= _cloned_slides(inside)
    # (another story's card set into the story: only where a heading is a link at all)
    insets = _inset_cards(inside) if any(p.heading and p.link_ratio > 0.6 for p in inside) else ()
    for p in inside:
        if teasers is None:
            teasers = _teaser_summaries(inside)
        if id(p) in teasers:
            drop(p, "story.teaser")   # a teaser list's summary line under its linked headline
            continue
        if insets and id(p) in insets:
            drop(p, "story.inset-card")   # another story's card between two paragraphs
            continue
        if galleries and not galleries.isdisjoint(p.ancestors):
            drop(p, "story.gallery")   # a slideshow's numbered or cloned captions: other stories
            gone_lines.append(p)
            continue
        if cards is not None and p.link_ratio < 0.5 and _in_card(p, members, cards):
            drop(p, "story.card")   # a teaser card made a link by an overlay <a> (the text is not inside it)
            continue
        if (p.link_ratio >= RC.AUTHOR_POSTS_LINK_SHARE and len(p.text) <= RC.AUTHOR_POSTS_LINK_MAX_CHARS
                and _NOT_WORD_RE.sub(" ", textlines.folded(p)).strip().startswith(_AUTHOR_POSTS_LINKS)):
            author_links.append(p)   # "All posts by <a>…</a>": its box is looked at below
            drop(p, "story.author-box")
            continue
        # (any line of a card that an empty link covers, its title too: domwalk._overlay_card)
        if p.card or (not p.heading and p.link_ratio > 0.6 and not _URL_RE.match(p.text) and not _linked_sentence(p)):
            if heads is None:
                heads = _roundup_heads(inside)
            if (not (p.link_ratio <= RC.LIST_ITEM_MAX_LINK_RATIO and p.tag == "li"
                     and p.block.getparent() in text_lists) and id(p) not in heads
                    and not _chosen_table_row(p, members, headed_tables) and not _faq_question(p)):
                drop(p, "story.link-line")   # (a printed URL inside the story is text the reader sees)
                link_lines.append(p)
                continue
        if p.text.count(" ") < RC.BREADCRUMB_MAX_WORDS and (_BREADCRUMB_RE.match(textlines.folded(p))
                                                            or _trail_to_title(p, title_f)):
            drop(p, "story.breadcrumb")   # (among the story's lines only: see RC.BREADCRUMB_*)
            continue
        if (p.heading or len(out) == 0) and abs(len(p.text) - len(title_f)) <= 3 and textlines.folded(p) == title_f:
            if p.tag == "h1" and len(out) == 1 and _kicker_over(out[0], p):
                drop(out.pop(), "story.kicker")   # (the headline's kicker right over it: RC.KICKER_*)
            continue  # the headline is stored as the title
        if len(out) <= 1 and p.tag == "h1" and title_f and _same_words(textlines.folded(p), title_f) and (
                not out or _kicker_over(out[0], p)):
            if out:
                drop(out.pop(), "story.kicker")
            drop(p, "story.headline")   # the visible headline in other words than the title
            continue
        if not out and p.heading and p.link_ratio >= RC.KICKER_LINK_SHARE and _section_kicker(p):
            drop(p, "story.kicker")   # a heading over the story that links to its section (RC.KICKER_*)
            continue
        out.append(p)
    out = _slideshow_furniture(out, drop)
    # the readers' comments under their title (scraper.rules.container COMMENTS_*): the story ends there
    cut = _comments_start(out)
    if cut is not None:
        for p in out[cut:]:
            drop(p, "story.comments")
        del out[cut:]
    grid = _teaser_grid(out, link_lines)   # a grid of teaser cards under or over the story (RC.TEASER_GRID_*)
    if grid is not None:
        for p in out[grid[0]:grid[1]]:
            drop(p, "story.teaser-grid")
        del out[grid[0]:grid[1]]
    bio = _author_bio(out)   # an author bio box (AUTHOR_BIO_*)
    if bio is not None:
        for p in out[bio[0]:bio[1]]:
            drop(p, "story.author-bio")
        del out[bio[0]:bio[1]]
    start = _author_box_start(out, author_links[-1]) if author_links else None
    if start is not None:   # ... or one known by its link to the author's posts (AUTHOR_POSTS_*)
        for p in out[start:]:
            drop(p, "story.author-box")
        del out[start:]
    if link_lines or gone_lines:   # (after the rules above, which read headings: "Post a Comment" starts the comments)
        out = _orphan_titles(out, link_lines + gone_lines, drop)
    # trim non-story lines at the edges of the container (datelines, counters, "مباشر", "Sputnik")
    # (a short line that ends a clause, as a poem's or a blog's short lines do, is no dateline or counter)
    # (a row of a data table is the story's, short as its cells are: a story that ends with its table
    # of prices or results: scraper.rules.container, beside EDGE_CLAUSE_ENDS)
    tables: dict = {}
    headed: dict = {}
    verse: dict = {}   # (_opens_verse's verdict of each block, once)
    while out and not out[0].heading and out[0].tag != "pre" and (_para_value(out[0]) < 0 and not _clause(out[0].text)
                                          and not _table_row(out[0], tables, headed)
                                          and not _opens_verse(out, verse)
                                          and not _opens_facts(out)
                                          or _URL_RE.match(out[0].text)):
        drop(out.pop(0), "story.edge")
    # (at the end, an exclamation in words right under the story's last sentence is the writer's
    # sign-off, "Powodzenia!", "Bon appétit !"; a line of code is no counter, short as a command is:
    # a how-to that ends with "kumo --version" in its <pre>, a written probe of the general web, 2026-12-07)
    while out and not out[-1].heading and out[-1].tag != "pre" and (
            (_para_value(out[-1]) < 0 and len(out[-1].text.split()) <= 3 and not _sign_off(out)
             and not _table_row(out[-1], tables, headed))
            or _URL_RE.match(out[-1].text)) and not _titled_list_end(out) and not _ranked_lines_end(out):
        drop(out.pop(), "story.edge")
    # (a listicle's points set in headings at the story's end, each a sentence with its full stop, three or
    # more of them in a row (RC.SENTENCE_HEADINGS_*), are the story's, not titles left over the end)
    if out and out[-1].heading and not _sentence_headings_end(out):
        while out and out[-1].heading:
            drop(out.pop(), "story.edge")
    return [p.text for p in out]


_FACT_LINE_RE = re.compile(r"^[^\W\d_][^:：]{0,%d}[:：]\s*\S" % RC.EDGE_FACT_LABEL_MAX_CHARS)


def _opens_facts(out: list[textlines.Para]) -> bool:
    """The story opens with a list of facts, each line "label: value" (RC.EDGE_FACT_*): its first line is no
    furniture at the edge."""
    n = RC.EDGE_FACT_MIN_LINES
    return len(out) > n and all(
        _FACT_LINE_RE.match(p.text) and len(p.text.split()) <= RC.EDGE_FACT_MAX_WORDS and p.link_ratio == 0
        # (not the page's own metadata: a writer's label, a date: "Добавлено: 2012-01-15 14:40:09" / "Автор: …")
        and textlines._bare(fold(p.text.split(":", 1)[0].split("：", 1)[0])) not in clean._AUTHOR_LABELS_BARE
        and find_date_in_text(p.text) is None for p in out[:n])


_KICKER_PATH_RE = re.compile(RC.KICKER_SECTION_PATH, re.I)


def _kicker_over(k: textlines.Para, h1: textlines.Para) -> bool:
    """``k`` is a heading of at most RC.KICKER_MAX_WORDS words, no sentence, in the box of the headline ``h1``
    (the same parent), right before it: the headline's kicker (golem.de's <h2 class="head1">Mozilla</h2> over its
    <h1>, chimbori/crux's golden file golem.html)."""
    return (k.heading and k.block is not None and h1.block is not None and k.block.getparent() is h1.block.getparent()
            and len(k.text.split()) <= RC.KICKER_MAX_WORDS and not _clause(k.text))


def _section_kicker(p: textlines.Para) -> bool:
    """The line is at most RC.KICKER_MAX_WORDS words and its link goes to a section's page (RC.KICKER_*)."""
    if p.block is None or len(p.text.split()) > RC.KICKER_MAX_WORDS:
        return False
    a = next(p.block.iter("a"), None)
    href = (a.get("href") or "") if a is not None else ""
    if not href or href[0] == "#":
        return False
    path = urlsplit(href).path
    if _KICKER_PATH_RE.search(path):
        return True
    parts = [x for x in path.split("/") if x]
    return (0 < len(parts) <= RC.KICKER_MAX_SEGMENTS and not any(c.isdigit() for c in path) and "." not in parts[-1]
            and all(x.count("-") < RC.KICKER_SLUG_HYPHENS for x in parts))


def _trail_to_title(p: textlines.Para, title_f: str) -> bool:
    """A trail of linked sections that ends with the story's title, opening with the site's name rather
    than "Home" ("Заречные вести » Новости » В Покровском после ремонта …": DataLife Engine's speedbar,
    a written probe of many page kinds, 2026-12-06): RC.BREADCRUMB_TRAIL_*."""
    if not title_f or p.link_ratio == 0 or p.heading:
        return False
    f = textlines.folded(p)
    if len(f) <= len(title_f) or not f.endswith(title_f):
        return False
    head = f[: -len(title_f)].rstrip()
    if not head or head[-1] not in RC.BREADCRUMB_SEPARATORS:
        return False
    parts = _TRAIL_SPLIT_RE.split(head[:-1])
    return 1 <= len(parts) <= RC.BREADCRUMB_TRAIL_MAX_PARTS and all(
        0 < len(x.split()) <= RC.BREADCRUMB_TRAIL_PART_WORDS for x in parts)


def _titled_list_end(out: list[textlines.Para]) -> bool:
    """The story ends with a list under a heading of its own or a sentence that opens it ("… is twinned
    with:"; not a spec sheet's "Camera Features:"), its items lines with no link
    (RC.TITLED_LIST_MIN_ITEMS or more items of one list): a wiki's "Twin towns", a recipe's ingredients;
    the end trim leaves them (a written probe of story lines that look like furniture, 2026-12-06:
    "Saint-Rémy-sur-Loire, France" under "Twin towns")."""
    k = len(out)
    parent = None
    while k > 0 and not out[k - 1].heading and out[k - 1].tag == "li" and out[k - 1].link_ratio < 0.5:
        blk = out[k - 1].block
        up = blk.getparent() if blk is not None else None
        if up is None or (parent is not None and up is not parent):
            break
        parent = up
        k -= 1
    if len(out) - k < RC.TITLED_LIST_MIN_ITEMS or k == 0 or out[k - 1].link_ratio >= 0.5:
        return False
    return out[k - 1].heading or (out[k - 1].text.rstrip().endswith((":", "："))
                                  and len(out[k - 1].text.split()) >= RC.TITLED_LIST_INTRO_MIN_WORDS)


def _ranked_lines_end(out: list[textlines.Para]) -> bool:
    """The story ends with RC.RANKED_LINES_MIN or more lines that each open with a number and an
    enumeration mark, the numbers rising, none of them a link: a ranking printed as paragraphs
    ("1、香港" … "30、捷克" under "经济体自由度排名（1-30）：", DAnIEL money.163.com), whose items are as
    short as a dateline; the end trim leaves them."""
    last = None
    n = 0
    for p in reversed(out):
        m = _RANKED_LINE_RE.match(p.text)
        if m is None or p.link_ratio >= 0.5 or p.heading:
            break
        k = int(m.group(1))
        if last is not None and k >= last:
            break
        last, n = k, n + 1
        if n >= RC.RANKED_LINES_MIN:
            return True
    return False


def _sentence_headings_end(out: list[textlines.Para]) -> bool:
    """The story's last RC.SENTENCE_HEADINGS_MIN lines are headings written as sentences."""
    tail = out[-RC.SENTENCE_HEADINGS_MIN:]
    return len(tail) == RC.SENTENCE_HEADINGS_MIN and all(
        p.heading and clean.ends_with_full_stop(p.text) and len(p.text.split()) >= RC.SENTENCE_HEADINGS_MIN_WORDS
        for p in tail)


def _orphan_titles(out: list[textlines.Para], link_lines: list[textlines.Para], drop) -> list[textlines.Para]:
    """*out* without the headings whose box held only lines that went as all link or as a slideshow's
    (*link_lines*: a widget's title over cards or links in or under the story, in words no rule knows,
    "Elsewhere on City News"; a gallery's, "World news in pictures"): the box
    is the heading's block's parent; the heading goes when some of those link lines lie in it and none of
    the story's other lines do; not over the story's first line."""
    link_boxes: set | None = None
    cands = []
    prose = False   # (a heading over the story's first line is its headline or a kicker: left)
    for p in out:
        if not p.heading:
            prose = True
        elif prose and p.block is not None:
            box = p.block.getparent()
            if box is not None and box.tag not in ("body", "html"):
                if link_boxes is None:
                    # (a section's own "edit" link beside its heading makes it no widget's title: RC.EDIT_LABELS)
                    link_boxes = {a for q in link_lines if _NOT_WORD_RE.sub(" ", textlines.folded(q)).strip() not in _EDIT_LABELS
                                  for a in q.ancestors}
                if box in link_boxes:
                    cands.append((p, box))
    if not cands:
        return out
    boxes = {box for _, box in cands}
    lines_in: dict = {}
    for q in out:
        for a in q.ancestors:
            if a in boxes:
                lines_in[a] = lines_in.get(a, 0) + 1
    gone = {id(p) for p, box in cands if lines_in.get(box, 0) == 1}   # (the heading itself only)
    if not gone:
        return out
    for p in out:
        if id(p) in gone:
            drop(p, "story.orphan-title")
    return [p for p in out if id(p) not in gone]


def _opens_verse(out: list[textlines.Para], verdicts: dict) -> bool:
    """The first line opens a block of RC.VERSE_MIN_LINES or more lines broken by <br>, most of them short
    lines of words with no digit (a poem's stanza: "She wore no veil. She said the bees" over "could smell a
    coward through the cloth,"; RC.VERSE_*): a written probe of recall-hard pages, 2026-12-06, where the start
    trim took a poem's first line as a dateline. ``verdicts``: each block's, once."""
    blk = out[0].block
    if blk is None:
        return False
    hit = verdicts.get(blk)
    if hit is None:   # (once per block, on its first RC.VERSE_LOOK_LINES lines: the trim asks for each line it takes)
        n = 0
        for p in out:
            if p.block is not blk or n >= RC.VERSE_LOOK_LINES:
                break
            n += 1
        worded = sum(1 for p in out[:n] if len(p.text) <= RC.VERSE_LINE_MAX_CHARS and not any(c.isdigit() for c in p.text)
                     and len(textlines._LETTER_WORDS_RE.findall(p.text)) >= RC.VERSE_LINE_MIN_WORDS)
        hit = verdicts[blk] = n >= RC.VERSE_MIN_LINES and worded >= RC.VERSE_WORDED_SHARE * n
    return hit


_EMOJI_CATS = frozenset({"So", "Sk", "Mn", "Cf"})


def _clause(text: str) -> bool:
    """A line that ends a clause or a sentence in words (RC.EDGE_CLAUSE_ENDS; two words or more, or
    CJK): not an ellipsis, not a date and time ("14/01/2008 1:40:00 PM.")."""
    t = text.rstrip()
    if t and not t[-1].isascii():
        # (a sentence that ends with an emoji after its mark: "Hi everyone! 👋", a newsletter's greeting,
        # postlight/parser's fixture ma.ttias.be; its modifiers and variation selectors with it)
        end = len(t)
        while end > 0 and len(t) - end < 8 and not t[end - 1].isascii() and unicodedata.category(t[end - 1]) in _EMOJI_CATS:
            end -= 1
        t = t[:end].rstrip()
    return (t.endswith(RC.EDGE_CLAUSE_ENDS) and not t.endswith("..")
            and (len(textlines._LETTER_WORDS_RE.findall(t)) >= 2 or _WIDE_RE.search(t) is not None))


def _sign_off(out: list[textlines.Para]) -> bool:
    """The last line is an exclamation in words without a label ("Powodzenia!", not "Źródło:
    EurekAlert!"), right under a line of prose that ends a sentence."""
    t = out[-1].text.rstrip()
    if not t.endswith(("!", "！")) or ":" in t or "：" in t or out[-1].link_ratio > 0 or len(out) < 2:
        return False
    prev = out[-2]
    return (not prev.heading and _para_value(prev) > 0 and prev.text.rstrip().endswith(_SENTENCE_ENDS)
            and textlines._LETTER_WORDS_RE.search(t) is not None)


_NOT_WORD_RE = re.compile(r"[\W\d_]+")
_SENTENCE_ENDS = (".", "!", "?", "؟", "。")
_COMMENTS_TITLES = tuple(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.COMMENTS_TITLES)
_COMMENTS_LEADING = tuple(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.COMMENTS_TITLES_LEADING)
_AUTHOR_BIO_TITLES = frozenset(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.AUTHOR_BIO_TITLES)
_AUTHOR_BIO_PREFIXES = tuple(t + " " for t in _AUTHOR_BIO_TITLES)


def _card_link(block) -> bool:
    """The block's link goes where another link beside it goes (a teaser card: the headline, the
    image and the summary all link to the other story)."""
    parent = block.getparent()
    if parent is None:
        return False
    own = {a.get("href") for a in block.iter("a")}
    own.discard(None)
    own.discard("")
    if not own:
        return False
    seen: set = set()   # (one pass over the parent's links, not one per link of the block)
    for b in parent.iter("a"):
        href = b.get("href")
        if href in own:
            if href in seen:
                return True
            seen.add(href)
    return False


def _ends_sentence(text: str) -> bool:
    """The text ends as a sentence ends (not with "...", a teaser's cut)."""
    return text.endswith(_SENTENCE_ENDS) and text[-3:] != "..."


def _linked_sentence(p: textlines.Para) -> bool:
    """A paragraph of the story that is one linked sentence (or more), not a headline: a <p> of at
    least RC.LINKED_SENTENCE_MIN_WORDS words ending as a sentence ends, with its link inside it, not
    inside a link (rules: scraper.rules.container)."""
    return (p.tag == "p" and _ends_sentence(p.text)
            and len(p.text.split()) >= RC.LINKED_SENTENCE_MIN_WORDS
            # (a teaser card's summary is inside its link)
            and next((a for a in p.block.iterancestors("a") if domwalk.is_link(a)), None) is None
            and not _card_link(p.block))


def _teaser_grid(out: list[textlines.Para], link_lines: list[textlines.Para] = ()) -> tuple[int, int] | None:
    """Where a grid of teaser cards under the story, or else over it, is in the story's lines (start,
    end) (RC.TEASER_GRID_*). ``link_lines``: the lines all link taken out of the story already (a
    card's title written as a bare link beside its summary goes so; its card still counts it)."""
    if len(out) + len(link_lines) <= RC.TEASER_GRID_MIN_CARDS:
        return None
    titles, card_of = _title_cards(sorted((*out, *link_lines), key=lambda p: p.order) if link_lines else out)
    cards = set(card_of.values())
    if len(cards) < RC.TEASER_GRID_MIN_CARDS:
        return None
    # the card that holds each line (within six levels), or None: once a line
    card_at = {id(p): next((a for a in p.ancestors[:6] if a in cards), None) for p in (*out, *link_lines)}
    gone: dict = {}   # card -> how many of its titles were taken out already
    for p in link_lines:
        c = card_of.get(id(p))
        if c is not None:
            gone[c] = gone.get(c, 0) + 1

    def grid_of(run: list[textlines.Para], rest: list[textlines.Para]) -> bool:
        grid = {card_at[id(p)] for p in run}
        first = card_of.get(id(run[0]))
        if len(grid) < RC.TEASER_GRID_MIN_CARDS or (first is None and not gone.get(card_at[id(run[0])])):
            return False   # (the run starts with a card's title, or a card whose title went already)
        if any(card_at[id(p)] in grid for p in rest):
            return False   # a card's box holds a line of the story
        for c in grid:
            lines = [p for p in run if card_at[id(p)] is c]
            own = [p for p in lines if id(p) not in titles]
            if (len(lines) - len(own) + gone.get(c, 0) != 1 or len(own) > RC.TEASER_GRID_CARD_MAX_LINES
                    or sum(len(p.text) for p in own) > RC.TEASER_GRID_CARD_MAX_CHARS
                    or any(p.heading for p in own)):
                return False   # (one title each, a teaser's summary, no headline of its own)
        story = sum(len(p.text) for p in rest if not p.heading)
        if story < RC.TEASER_GRID_MIN_STORY and not (story >= RC.TEASER_GRID_MIN_BRIEF and any(
                clean.sentence_line(p, RC.TEASER_GRID_BRIEF_WORDS) for p in rest)):
            return False   # (the cards are the page's content: RC.TEASER_GRID_MIN_STORY, _BRIEF)
        # numbered items ("1. …", "٣- …"): a listicle's, the story's own
        numbered = [p for p in (*run, *link_lines)
                    if id(p) in titles and card_at[id(p)] in grid and _NUMBERED_RE.match(p.text)]
        return len(numbered) * 2 < len(grid)

    k = len(out)
    while k > 0 and card_at[id(out[k - 1])] is not None:
        k -= 1
    if k < len(out) and grid_of(out[k:], out[:k]):
        return k, len(out)
    k = 0
    while k < len(out) and card_at[id(out[k])] is not None:
        k += 1
    if k and grid_of(out[:k], out[k:]):
        return 0, k
    return None


_BREADCRUMB_RE = re.compile(rf"^[\W_]*(?:{textlines._alt(RC.BREADCRUMB_HOMES)})\s*[{re.escape(RC.BREADCRUMB_SEPARATORS)}]\s*[^\W_]",
                            re.I)
_NUMBERED_RE = re.compile(r"^\s*[(\[]?\d{1,2}\s*[-.):\]]")
_TRAIL_SPLIT_RE = re.compile(rf"\s+[{re.escape(RC.BREADCRUMB_SEPARATORS)}]\s+")


def _bio_title(p: textlines.Para, nxt: textlines.Para | None) -> bool:
    """The line titles an author bio box (RC.AUTHOR_BIO_TITLES): one of the titles, alone or with the
    writer's name after it ("About the Author: Anghus"), or "About" and a name of up to three capitalised
    words over a line that opens with that name or its first word ("About Gavin Sheehan" over "Gavin
    has been a lifelong geek …")."""
    bare = _NOT_WORD_RE.sub(" ", textlines.folded(p)).strip()
    if bare in _AUTHOR_BIO_TITLES or bare.startswith(_AUTHOR_BIO_PREFIXES):
        return True
    if nxt is None or not p.text.startswith("About "):
        return False
    name = p.text[6:].strip().rstrip(":")
    words = name.split()
    return (1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
            and nxt.text.startswith((name + " ", words[0] + " ", name + "'", words[0] + "'")))


def _author_bio(out: list[textlines.Para]) -> tuple[int, int] | None:
    """Where an author bio box's title and its short bio lines are in the story's lines (start, end):
    only when they end the story."""
    before = 0
    for i, p in enumerate(out):
        if before >= RC.AUTHOR_BIO_MIN_STORY and len(p.text) <= 40:
            if _bio_title(p, out[i + 1] if i + 1 < len(out) else None):
                end, chars = i + 1, 0
                while (end < len(out) and end - i <= RC.AUTHOR_BIO_MAX_LINES and not out[end].heading
                       and chars + len(out[end].text) <= RC.AUTHOR_BIO_MAX_CHARS):
                    chars += len(out[end].text)
                    end += 1
                # the box ends the story, and its lines are in the title's own box (the element around
                # the title): a bio box between the story's paragraphs leaves the story's last
                # paragraphs out of it, whatever their length
                box = p.block.getparent() if p.block is not None else None
                return (i, end) if end == len(out) and box is not None and all(
                    domrules.in_boxes(q, (box,)) for q in out[i + 1:end]) else None
        before += len(p.text)
    return None


_EDIT_LABELS = frozenset(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.EDIT_LABELS)
_AUTHOR_POSTS_LINKS = tuple(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.AUTHOR_POSTS_LINKS)


def _author_box_start(out: list[textlines.Para], link: textlines.Para) -> int | None:
    """Where the lines of an author box start in the story's lines, the box known by its "all posts
    by" link (taken out already): the lines in the link's block, or in the nearest box around it that
    holds any, when they are the story's last lines and a box's few (RC.AUTHOR_POSTS_*)."""
    if link.block is None or sum(1 for q in out if q.order > link.order) >= RC.AUTHOR_POSTS_LAST:
        return None
    box, lines = link.block, []
    for _ in range(RC.AUTHOR_BIO_MAX_LINES):
        lines = [j for j, q in enumerate(out) if domrules.in_boxes(q, (box,))]
        if lines or box.getparent() is None:
            break
        box = box.getparent()
    if not lines:
        return None
    start = lines[0]
    if (lines == list(range(start, len(out))) and len(lines) <= RC.AUTHOR_BIO_MAX_LINES
            and sum(len(out[j].text) for j in lines) <= RC.AUTHOR_BIO_MAX_CHARS
            and sum(len(q.text) for q in out[:start]) >= RC.COMMENTS_MIN_STORY):
        return start
    return None


def _inset(out: list[textlines.Para], i: int) -> bool:
    """The title at ``out[i]`` heads a box set into the story (a comment teaser between its
    paragraphs): the box is a child of an element that holds story lines before the title, and
    the first line after the box is prose in that same element (RC.COMMENTS_INSET_*)."""
    title = out[i].block
    if title is None:
        return False
    parents = {id(q.block.getparent()) for q in out[:i] if q.block is not None}
    box = next((a for a in title.iterancestors() if id(a.getparent()) in parents), None)
    if box is None:
        return False
    for q in out[i + 1:]:
        b = q.block
        if b is None or b is box or any(a is box for a in b.iterancestors()):
            continue   # (a line of the box itself)
        return (b.getparent() is box.getparent() and q.link_ratio < 0.3
                and q.text.count(" ") + 1 >= RC.COMMENTS_INSET_PROSE_WORDS)
    return False


_CLOSING_QUOTES = "”\"»’'“"


def _after_quoted_title(text: str) -> int:
    """The words after the quoted title's closing mark ("34 Responses to “X” - Be the first to comment !":
    6); a sentence that starts the same way goes on ("One response to “the plan” came from …")."""
    end = max(text.rfind(q) for q in _CLOSING_QUOTES)
    return len(text[end + 1:].split())


_PAREN_TAIL_RE = re.compile(r"\s*\([^()]*\)\s*$")


def _title_words(text: str, line: str) -> int:
    """The words of a title line (*line*: its folded words) without a note in brackets at its end:
    "Add your comments (Read more for our comments policy)" is a title of three words (gamingbolt.com
    2017, ir-research-data chaos-scorpio-9: its comments joined the story without class names)."""
    if not text.endswith(")"):
        return len(line.split())
    return len(_NOT_WORD_RE.sub(" ", fold(_PAREN_TAIL_RE.sub("", text))).split())


def _comments_start(out: list[textlines.Para]) -> int | None:
    """Index of the line that titles the readers' comments, when story comes before it."""
    before = 0
    for i, p in enumerate(out):
        if (before >= RC.COMMENTS_MIN_STORY and len(p.text) <= 160 and RC.COMMENT_SIGNATURE_RE.match(p.text)
                and not p.text.endswith(_SENTENCE_ENDS)   # a signature, not a sentence of the story
                and not RC.COMMENT_LINKS_FOOTER_RE.search(p.text)):
            return i
        if (before >= RC.COMMENTS_MIN_STORY and len(p.text) <= RC.COMMENTS_ON_TITLE_MAX_CHARS
                and RC.COMMENTS_ON_TITLE_RE.match(p.text) and _after_quoted_title(p.text) <= RC.COMMENTS_ON_TITLE_TAIL_WORDS
                and not _inset(out, i)):
            return i
        if before >= RC.COMMENTS_MIN_STORY and len(p.text) <= 80:
            line = _NOT_WORD_RE.sub(" ", textlines.folded(p)).strip()
            if (line.startswith(_COMMENTS_TITLES) and _title_words(p.text, line) <= RC.COMMENTS_TITLE_MAX_WORDS
                    and (line in _COMMENTS_TITLES or any(line.startswith(t + " ") for t in _COMMENTS_LEADING))
                    and not _inset(out, i)):
                return i
        before += len(p.text)
    return None


_CHOICE_RE = re.compile("|".join(re.escape(fold(w)) for w in C.WALL_CHOICE_WORDS))
_COUNTED_PARTNERS_RE = re.compile(C.BANNER_PARTNERS_COUNTED, re.I)   # ("Wir und unsere 213 Partner …")


def _dateline_only(line: str) -> bool:
    """A short line that holds a date and ends no sentence (C.WALL_DATELINE_MAX_WORDS): a source and date line."""
    return (len(line.split()) <= C.WALL_DATELINE_MAX_WORDS and not line.rstrip().endswith(_SENTENCE_ENDS)
            and find_date_in_text(line) is not None)


def _talk(body: list[str]) -> list[str]:
    """The lines of more than a title's words (C.WALL_LEFTOVER_TITLE_WORDS; a Chinese or Japanese line's words by its
    characters: "年末年始は12月29日から1月3日までお休みをいただきます。" is no title, a written probe of modern blogs
    whose Japanese post was told a consent wall, 2026-12-07)."""
    return [x for x in body if textlines._cjk_words(x, len(x.split())) > C.WALL_LEFTOVER_TITLE_WORDS]


def _mostly_choices(body: list[str]) -> bool:
    """At least C.WALL_BOX_CONSENT_SHARE of the text of the lines of more than a title's words speaks
    of cookies or of the reader's choices (_speaks_of_choices)."""
    talk = _talk(body)
    return bool(talk) and sum(len(x) for x in talk if _speaks_of_choices(x)) >= (
        C.WALL_BOX_CONSENT_SHARE * sum(len(x) for x in talk))


def _named_wall(el) -> bool:
    """The element or a box around it, below <body>, has an id or class that names a consent wall
    (C.WALL_NAME_RE; <html> and <body> classes are the page's states, "cookiewall-active")."""
    while el is not None and el.tag not in ("body", "html"):
        name = f"{el.get('id') or ''} {el.get('class') or ''}"
        if name != " " and C.WALL_NAME_RE.search(name):
            return True
        el = el.getparent()
    return False


def _speaks_of_choices(line: str) -> bool:
    """A line of a consent screen: a cookie word, or the reader's choices (C.WALL_CHOICE_WORDS)."""
    return clean.has_cookie_word(line) or _CHOICE_RE.search(fold(line)) is not None or _COUNTED_PARTNERS_RE.search(line) is not None


def _is_article(meta: dict) -> bool:
    """The page's metadata says it is an article (a JSON-LD type, og:type). A JSON-LD collection,
    search or profile page type without an article type outweighs og:type (RC.LISTING_OVER_OG_TYPES)."""
    types = meta["ld_types"]
    if any("article" in t for t in types):
        return True
    if any(t in RC.LISTING_OVER_OG_TYPES for t in types):
        return False
    return "article" in meta["og_type"]


def _text_lines(lines, removals: list[Removal], profile) -> list[str]:
    """Lines that come from no element of the page (JSON-LD articleBody, framework data, captions
    gathered again) through the line rules: the ones kept."""
    paras = [textlines.Para(text=t, link_chars=0, block=None, tag="p") for t in lines]
    return [p.text for p in clean.filter_paragraphs(paras, removals, profile, stage="text")]


def _end_furniture(line: str) -> str | None:
    """The rule of a line that is furniture at the story's end (a disclaimer or opinion note, a
    desk's sign-off, a Chinese page's edge furniture), else None."""
    if clean.is_disclaimer(line) or clean.is_opinion_note(line):
        return "story.disclaimer"
    if clean.is_signoff(line):
        return "story.signoff"
    return "story.edge-furniture" if clean.is_cjk_furniture(line) else None


def _listing_page(kept: list[textlines.Para], body: list[str], meta: dict, url: str, paras: list[textlines.Para] = ()) -> bool:
    """A page of teaser cards that does not say it is an article, whose story came out as nothing but
    summaries of its cards, or anything at all at a tag's, topic's or author's address (RC.LISTING_*)."""
    if _is_article(meta):
        return False
    try:
        path = urlsplit(url).path
    except ValueError:
        return False
    if _listing_address(path, paras or kept):
        return True
    if not body:
        return False
    lines = set(body)
    if len(body) > RC.LISTING_MAX_LINES:
        if RC.LISTING_PATH_RE.search(path) is not None and _card_lines(kept, lines) >= RC.LISTING_MIN_CARDS:
            return True
        # (a topic's hub: its introduction, then its cards alone, a title and a summary or more each: RC.LISTING_HUB_*)
        intro = body[:RC.LISTING_HUB_INTRO_MAX_LINES]
        rest = set(body[RC.LISTING_HUB_INTRO_MAX_LINES:]) - set(intro)
        if not all(len(x.split()) <= RC.LISTING_HUB_INTRO_MAX_WORDS for x in intro):
            return False
        cards = _card_lines(kept, rest)
        return cards >= RC.LISTING_HUB_MIN_CARDS and len(rest) >= RC.LISTING_HUB_CARD_MIN_LINES * cards
    teasers = _teaser_lines(kept)
    if len(teasers) < RC.LISTING_MIN_CARDS:
        return False
    return all(id(p) in teasers for p in kept if p.text in lines and not p.removed)


def _listing_address(path: str, paras: list[textlines.Para]) -> bool:
    """At a tag's, topic's or author's address, RC.LISTING_MIN_CARDS cards or more whose titles are links
    (cards taken out by any rule count too): a tag page's introduction, an author's bio over the list of
    their stories is no story (RC.LISTING_CARDS_PATH_RE)."""
    if RC.LISTING_CARDS_PATH_RE.search(path) is None:
        return False
    for p in paras:   # (the lines taken out before the choice have no chain of boxes yet: _choose)
        if not p.ancestors and p.block is not None:
            p.ancestors = (p.block, *p.block.iterancestors())
    _titles, card_of = _title_cards(paras)
    return len(set(card_of.values())) >= RC.LISTING_MIN_CARDS


def _card_lines(kept: list[textlines.Para], lines: set) -> int:
    """How many cards the lines of the story fill, when every one of them lies in a card: one of
    LISTING_MIN_CARDS or more alike boxes (_alike_siblings), a few levels up, that holds a link to another page
    (the cards' titles may have gone by a token rule: "teaser-title"; an FAQ's questions linking to themselves,
    "#faq-1", are no teasers: a written probe of recall-hard pages, 2026-12-07, told a library's FAQ a listing);
    0 when a line lies in none."""
    counted: dict = {}
    cards: set = set()
    for p in kept:
        if p.removed or p.text not in lines:
            continue
        card = next((anc for anc in p.ancestors[:5] if anc.tag not in ("body", "main")
                     and _alike_siblings(anc, counted) >= RC.LISTING_MIN_CARDS
                     and next((a for a in anc.iter("a") if (a.get("href") or "#").lstrip()[:1] != "#"), None) is not None), None)
        if card is None:
            return 0
        cards.add(card)
    return len(cards)


def _no_article_page(root, meta: dict, url: str) -> tuple[str, str] | None:
    """(what, why) for a page that is no article, answered as a normal page: "not_found" (a soft 404
    or a story taken down, RC.NOT_FOUND_*, RC.GONE_TITLE_RE), "geo" or "rate_limit" (blocks:
    RC.GEO_BLOCK_TITLE_RE, RC.RATE_LIMIT_TITLE_RE, RC.CONTENT_UNAVAILABLE_TITLE_RE last), "unavailable" (maintenance or a server error,
    RC.UNAVAILABLE_TITLE_RE) or "listing" (search results, a collection or author page by its
    metadata, the home page by its address: RC.SEARCH_TITLE_RE, RC.LISTING_*, RC.HOME_PATHS); why: the
    evidence, for ``scraper extract --explain``. None for any other page and for a page that says it
    is an article."""
    if _is_article(meta):
        return None
    body = root.find("body")
    classes = (body.get("class") or "").lower().split() if body is not None else []
    hit = next((c for c in classes if c in RC.NOT_FOUND_BODY_CLASSES), None)
    if hit is not None:
        return "not_found", f"<body class> {hit}"
    hit = next((c for c in classes if c in RC.UNAVAILABLE_BODY_CLASSES), None)
    if hit is not None:
        return "unavailable", f"<body class> {hit}"
    hit = next((c for c in classes if RC.LISTING_BODY_CLASS_RE.match(c)), None)
    if hit is not None:
        return "listing", f"<body class> {hit}"
    title = meta["page_title"] or ""
    m = RC.NOT_FOUND_TITLE_RE.search(title)
    if m is not None:
        return "not_found", f"<title> says {m.group(0)!r}"
    for where, text in (("<title>", title), ("<h1>", meta["h1"] or "")):
        for what, rx in (("geo", RC.GEO_BLOCK_TITLE_RE), ("rate_limit", RC.RATE_LIMIT_TITLE_RE),
                         ("unavailable", RC.UNAVAILABLE_TITLE_RE), ("not_found", RC.GONE_TITLE_RE),
                         ("listing", RC.SEARCH_TITLE_RE)):
            m = rx.search(text)
            if m is not None:
                return what, f"{where} says {m.group(0)!r}"
    for where, text in (("<title>", title), ("<h1>", meta["h1"] or "")):
        m = RC.CONTENT_UNAVAILABLE_TITLE_RE.search(text)
        if m is not None:
            return "geo", f"{where} says {m.group(0)!r}"
    if meta["og_type"] in RC.LISTING_OG_TYPES:
        return "listing", f"og:type {meta['og_type']}"
    hit = next((t for t in meta["ld_types"] if t in RC.LISTING_LD_TYPES), None)
    if hit is not None:
        return "listing", f"JSON-LD type {hit}"
    try:
        parts = urlsplit(url)   # (no query: "index.php?id=1489", "/?fArticleId=…" are articles' addresses)
        home = bool(parts.hostname) and not parts.query and parts.path.strip("/").lower() in RC.HOME_PATHS
    except ValueError:   # (a page address that cannot be parsed: no home page's)
        home = False
    if home:
        return "listing", f"the home page's address {parts.path or '/'}"
    return None


def _verdict(what: str, why: str) -> tuple[str, Removal]:
    """(what, its decision) of a page that is no article: the rule "page.no-article:<what>" with its evidence."""
    return what, Removal(rule=f"page.no-article:{what}", text=why, stage="page", path="", order=0)


def _gone_article(meta: dict, body: list[str] = ()) -> tuple[str, Removal] | None:
    """A story taken down at its own address, its page still saying article (og:type, NewsArticle): an
    <h1> that says the story is gone or not found (RC.GONE_TITLE_RE, RC.NOT_FOUND_TITLE_RE) under a
    <title> that does not hold it (the site's name alone), over a body of less than
    RC.GONE_ARTICLE_MAX_CHARS (the caller's test), or the body's first line, when short, that says so under the
    story's old headline (RC.GONE_FIRST_LINE_*: a longer one when it opens with it). A story's own headline is
    its title's too."""
    h1 = " ".join((meta["h1"] or "").split())
    # (the <title> may say it too when the story's own metadata names another headline: "تم حذف هذا الخبر -
    # <site>" as <title> and <h1>, og:title and the JSON-LD headline the removed story's; a written probe of
    # pages that are no articles, 2026-12-07, stored as a story)
    named = " ".join((meta["title"] or "").split())
    first = body[0] if body and len(body[0].split()) <= RC.GONE_FIRST_LINE_LONG_MAX_WORDS else ""
    m = RC.GONE_TITLE_RE.search(first) if first else None   # (the story's headline kept, its text gone: RC.GONE_FIRST_LINE_*)
    if m is not None and (len(first.split()) <= RC.GONE_FIRST_LINE_MAX_WORDS
                          or len(first[:m.start()].split()) <= RC.GONE_FIRST_LINE_LEAD_WORDS):
        return _verdict("not_found", f"the body's first line says {m.group(0)!r}, over a short body")
    if not h1 or (h1 in " ".join((meta["page_title"] or "").split()) and (not named or h1 in named)):
        return None
    m = RC.GONE_TITLE_RE.search(h1) or RC.NOT_FOUND_TITLE_RE.search(h1)
    if m is None:
        return None
    return _verdict("not_found", f"<h1> says {m.group(0)!r} under another <title>, over a short body")


def _unavailable_article(meta: dict) -> tuple[str, Removal] | None:
    """A page that says it is an article (its head kept by a maintenance plugin) whose <title> and <h1> both say the
    site is down for maintenance or broken (RC.UNAVAILABLE_TITLE_RE), over a short body (the caller's test): "الموقع
    قيد الصيانة" as both at a story's address (a written probe of adversarial Arabic pages, 2026-12-07). One of them
    alone may be a story's headline about a site's outage."""
    h1, title = meta["h1"] or "", meta["page_title"] or ""
    if len(h1.split()) > RC.UNAVAILABLE_H1_MAX_WORDS:
        return None   # (a story's headline on a service's maintenance says more: "«مصرف …» يوقف خدماته … لأعمال صيانة مجدولة")
    m = RC.UNAVAILABLE_TITLE_RE.search(h1)
    if m is None or RC.UNAVAILABLE_TITLE_RE.search(title) is None:
        return None
    rest = (h1[:m.start()] + " " + h1[m.end():]).lower().replace(":", " ").split()
    if any(w.strip(".!،,") not in RC.UNAVAILABLE_SITE_WORDS for w in rest):
        return None   # (the <h1> names what is under maintenance: RC.UNAVAILABLE_SITE_WORDS)
    return _verdict("unavailable", f"<title> and <h1> say {m.group(0)!r}")


def _server_error(body: list[str]) -> tuple[str, Removal] | None:
    """A short body whose first line is a server error PHP or WordPress printed where the story was to be
    (RC.SERVER_ERROR_LINE_RE): the page is "unavailable", a site broken for now."""
    m = RC.SERVER_ERROR_LINE_RE.match(body[0]) if body else None
    if m is None:
        return None
    return _verdict("unavailable", f"the body's first line says {m.group(0)!r}")


def _story_beside_consent(kept: list[textlines.Para], container, meta: dict, title_f: str):
    """On a page that says it is an article, a story box marked as such (<article>, a body-hint class
    or id, itemprop=articleBody) inside the choice that _wall took for a consent screen, whose own lines
    do not speak of cookies or choices and hold RC.CONSENT_STORY_MIN_CHARS or more: (box, its
    lines, their removals). None otherwise (scraper.rules.container STORY_BESIDE_CONSENT)."""
    if container is None or not _is_article(meta):
        return None
    boxes: dict = {}
    for p in kept:
        if p.removed or p.block is None or container not in p.ancestors:
            continue
        for anc in p.ancestors:
            if anc is container:
                break
            if _hint_bonus(anc) > 1.0:
                boxes.setdefault(anc, []).append(p)
                break
    for box, lines in sorted(boxes.items(), key=lambda kv: -sum(len(p.text) for p in kv[1])):
        if any(_speaks_of_choices(p.text) for p in lines):
            continue
        dropped: list[Removal] = []
        body = _assemble(kept, {box}, title_f, dropped)
        if sum(len(x) for x in body) >= RC.CONSENT_STORY_MIN_CHARS:
            return box, body, dropped
    return None


_GATE_RE = re.compile(textlines._alt([fold(x) for x in C.WALL_GATE_PHRASES]), re.I)   # (read in folded text: "قبل أن تتابع", Persian ی)
_PAY_OFFER_RE = re.compile(rf"(?<!\w)(?:{textlines._alt(C.CONSENT_OR_PAY_WORDS)})(?!\w)", re.I)


def _pay_offer(removals: list[Removal]) -> bool:
    """The consent text taken out offers to pay instead (C.CONSENT_OR_PAY_WORDS)."""
    return any(r.rule.startswith("consent.") and _PAY_OFFER_RE.search(fold(r.text)) for r in removals)


_MEDIA_TAGS = ("img", "picture", "video", "iframe", "amp-img", "amp-video", "amp-iframe", "amp-youtube")


def _media_only_article(root, removals: list[Removal]) -> bool:
    """The page's <article> holds a picture, a video or an embed and none of the consent text taken out: a
    story told in media (a gallery, a video post) with a banner beside it, not a consent screen."""
    art = next(root.iter("article"), None)
    if art is None or next(art.iter(*_MEDIA_TAGS), None) is None:
        return False
    text = " ".join(text_of(art).split())
    return not any(r.rule.startswith("consent.") and " ".join(r.text.split())[:60] in text for r in removals)


def _wall(meta: dict, facts: dict, body: list[str], removals: list[Removal], container=None,
          media_only: bool = False) -> bool:
    """A consent wall: the page is a consent screen, not a story with a banner on it. ``media_only``: the
    body is empty and the page's <article> holds only media, outside the consent text (_media_only_article):
    the empty body says no_body, not a wall (a written probe of pages that are no articles, 2026-12-07: a
    video post and a photo gallery with a cookie banner told consent walls)."""
    body_chars = sum(len(x) for x in body)
    consent_chars = facts["consent_chars"] + sum(len(r.text) for r in removals if r.rule.startswith(("consent.text", "consent.box")))
    is_article = _is_article(meta)
    if facts["wall_markup"] and (body_chars < 300 or consent_chars > body_chars):
        return True
    canonical = meta["canonical_url"]
    if canonical and C.is_consent_host(host_of(canonical)):
        return True   # the page names a consent host as its own address (consent.youtube.com/ml)
    # (on a page that says it is an article too, beside its own consent buttons: the story box empty, the
    # screen's text all that is left, "… nuestros 201 socios utilizamos cookies … Puedes aceptarlas y seguir leyendo
    # gratis, o suscribirte …" under "Aceptar y seguir leyendo gratis": a written probe of walls, 2026-12-07)
    if ((not is_article or facts["consent_buttons"]) and 0 < body_chars < C.WALL_SHORT_MAX_CHARS
            and not clean.has_cookie_word(meta["page_title"])):
        talk = _talk(body)
        if (talk and all(_speaks_of_choices(x) and not clean.reported(x) for x in talk)
                and any(clean.is_consent_text(fold(x)) for x in talk)):
            return True   # (C.WALL_SHORT_MAX_CHARS)
    if container is not None and body_chars < C.WALL_NAMED_MAX_CHARS and _named_wall(container):
        # the story box lies in the wall's own box (C.WALL_NAME_RE)
        if not is_article or _mostly_choices(body):
            return True
    holding = [rule for box, rule in facts["consent_spared"]
               if container is not None and (box is container or box in container.iterancestors())]
    if holding:
        # the story box lies in a consent box, which the story guard kept because it held the page's
        # prose: what is left is the consent screen's text (its purposes, its vendors). A platform's
        # own root named by its id or class (C.CMP_IDS, CMP_CLASSES, CMP_ID_PREFIXES: injected by the
        # platform, never a page's story wrapper) says so whatever the page's metadata; a box named
        # by the generic vocabulary only when what is left is short and speaks of cookies and choices
        # (a story in a wrapper so named, <div class="gdpr-cookies">, stays a story)
        if any(not r.startswith("consent.token") for r in holding):
            return True
        if body_chars < C.WALL_BOX_MAX_CHARS and _mostly_choices(body):
            return True
    if container is not None and body_chars:
        # ... or the platform's root lies inside the story box beside a teaser (a consent-or-pay wall
        # over a locked article's title and lead): its text is most of what is left
        inside = [box for box, rule in facts["consent_spared"]
                  if not rule.startswith("consent.token") and container in box.iterancestors()]
        if inside and sum(len(domrules.shown_text(b, limit=body_chars + 1)) for b in inside) * 2 >= body_chars:
            return True
    if C.WALL_TITLE_RE.search(meta["page_title"]) and body_chars < C.WALL_BOX_MAX_CHARS and not is_article:
        # "NPR Cookie Consent and Choices": whatever short text is left is the consent form's; a longer
        # one when half of it speaks of cookies or choices (C.WALL_BOX_CONSENT_SHARE)
        if body_chars < 600 and (consent_chars > 0 or facts["consent_buttons"] or clean.is_consent_text(fold(" ".join(body)))):
            return True
        # (a notice with no cookie word, most of it on the reader's consent and rights: a Saudi personal-data
        # notice, "إشعار الخصوصية", that shows the site only after "أوافق": a written probe of walls, 2026-12-07)
        if _mostly_choices(body):
            return True
    if consent_chars and body_chars < C.WALL_LEFTOVER_MAX_CHARS and consent_chars >= body_chars and not media_only:
        # what is left of the page still speaks of the reader's choices, or holds no line longer than a
        # title (a consent box's lines all taken out, consent.box): not a short page's own line beside a
        # banner as long, a listing's one summary, an error page's notice, a brief (a written probe of
        # pages that are no articles, 2026-12-07: five listings and a server error told consent walls)
        # (a dateline left over, "المساء الجديد - خاص الجمعة 14 نوفمبر 2025" under a Funding Choices screen, is
        # no story line: a written probe of walls, 2026-12-07, stored the page with that line as its story)
        talk = [x for x in _talk(body) if not _dateline_only(x)]
        if all(_speaks_of_choices(x) for x in talk):
            return True
    if (consent_chars >= C.CONSENT_OR_PAY_SHARE * body_chars and body_chars < C.CONSENT_OR_PAY_MAX_LEAD
            and (_pay_offer(removals) or _PAY_OFFER_RE.search(fold(" ".join(body))))):
        return True   # a consent-or-pay wall over the story's lead (C.CONSENT_OR_PAY_*)
    if (consent_chars and len(body) <= C.WALL_GATE_MAX_LINES and body_chars <= C.WALL_GATE_MAX_CHARS
            and any(r.rule.startswith("consent.") and _GATE_RE.search(fold(r.text)) for r in removals)):
        return True   # the screen holds the story back, one line of it shown (C.WALL_GATE_*)
    box = None if container is None else (container.getparent() if container.getparent() is not None else container)
    buttons_in_story = box is not None and box.tag != "body" and any(
        box in b.iterancestors() for b in facts["consent_buttons"])
    if buttons_in_story and (body_chars < C.WALL_BOX_MAX_CHARS or not is_article and body_chars < 2500):
        # the story box (or the box right around it) is the consent screen's own, whatever the
        # page's metadata says (C.WALL_BOX_*): what is left speaks of cookies or the reader's choices
        if body_chars < C.WALL_BOX_MAX_CHARS and _mostly_choices(body):
            return True
        # a privacy notice whose own box holds accept/reject buttons, and most of what is left talks
        # about cookies and consent (an article about cookie law has no such buttons in its text)
        if not is_article and sum(len(x) for x in body if clean.is_consent_text(fold(x))
                                  or clean.has_cookie_word(x)) >= 0.6 * body_chars:
            return True
    return consent_chars > 0 and body_chars == 0 and not media_only


def extract(html: bytes | str, url: str, headers: Mapping | None = None,
            profile: SiteProfile | None = None, fetched_at: str | None = None) -> Article:
    art = Article(url=url, site=(profile.name if profile and profile.name != "generic" else _site_of(url)),
                  fetched_at=fetched_at or _now())
    try:
        text, enc, utf8 = decode_for_parse(html, headers)
        # (a NUL byte check on the bytes is a memchr; the same check on the text is not)
        root = parse_html(text, no_nul=(isinstance(html, bytes) and enc in NUL_FROM_NUL_BYTE
                                        and b"\x00" not in html), utf8=utf8)
    except UndecodableError as exc:
        art.problem = exc.kind      # empty, binary, mojibake or undecodable
        return art
    return extract_tree(root, art, profile)


def _trim_story(body: list[str], kept: list[textlines.Para], meta: dict, facts: dict,
                removals: list[Removal]) -> list[str]:
    """The story's lines without the furniture at its edges and the reply forms in its box, once the
    story box is final (again after _story_beside_consent chose another box); each line taken out is
    a removal."""
    # a site's disclaimer under the story (B.DISCLAIMER_*) and a Chinese page's editor credit, font-size
    # switch, comment counter or pager at either edge (B.CJK_FURNITURE_*), once the story box is final:
    # taken out before the choice, a short story's box lost the lines it counted and the choice (or
    # the second looks) moved away from it (sohu.com, magic_html 9a0e481a; news.ifeng.com 97a2a581)
    def trim(line: str, rule: str):
        src = next((p for p in reversed(kept) if p.text == line), None)
        removals.append(Removal(rule=rule, text=textlines._short(line), stage="text",
                                path=textlines.describe(src.block) if src is not None and src.block is not None else "",
                                order=src.order if src is not None else 1 << 30))
    while len(body) > 1 and (rule := _end_furniture(body[-1])) is not None:
        trim(body.pop(), rule)
    # (the page's metadata names the writer, else the byline line taken out of the page: "By Grace Holloway")
    names = clean.author_names(meta["authors"]) or clean.author_names(_byline_authors(removals))
    if not names:   # (... else a name printed alone over the story and again in its card under it)
        edge = _writer_at_edges(body)
        if edge is not None:
            facts["edge_author"] = edge
            names = clean.author_names([edge])
    if names:   # the writer's name over or under the story, their bio under it (B.AUTHOR_*)
        for end in (False, True):
            for k in range(min(B.AUTHOR_EDGE_LINES, len(body) - 1)):
                i = len(body) - 1 - k if end else k
                if len(body) > 1 and (rule := clean.author_line(body[i], names, end)) is not None:
                    trim(body.pop(i), rule)
                    # ... with the bio printed under the name in its card: the last line (under the
                    # story), the next line (over it)
                    if rule == "boilerplate.byline-name" and len(body) > 1 and (
                            i == len(body) - 1 if end else i < len(body) - 1) and (
                            clean.is_bio_line(body[i]) or (end and _opens_with_writer(body[i], names))):
                        trim(body.pop(i), "boilerplate.author-bio")
                    # ... and the name over the bio in its card under the story ("Jonas Keller" over "Jonas
                    # is VP of Engineering at …")
                    elif (end and rule == "boilerplate.author-bio" and len(body) > 1
                          and clean.author_line(body[-1], names, True) == "boilerplate.byline-name"):
                        trim(body.pop(), "boilerplate.byline-name")
                    break
    if names and len(body) > 1 and clean.is_card_bio(body[-1]):
        trim(body.pop(), "boilerplate.author-bio")   # (its card's name went as a link: B.AUTHOR_CARD_BIO_*)
    while len(body) > 1 and clean.is_cjk_furniture(body[0]):
        trim(body.pop(0), "story.edge-furniture")
    # a desk's credit over the story, as under it ("فرانس24/ أ ف ب" under France 24 Arabic's
    # standfirst; a written probe page, 2026-12-05): within the first AUTHOR_EDGE_LINES lines, set
    # apart by a slash (a dateline with its agency in brackets, "القاهرة (رويترز)", opens a story)
    for k in range(min(B.AUTHOR_EDGE_LINES, len(body) - 1)):
        if "/" in body[k] and clean.is_signoff(body[k]):
            trim(body.pop(k), "story.signoff")
            break
    # a reader's comment or reply form in the story box (domrules._reply_form_box), once the box is
    # final: its labels count against the boxes that hold them, and taken out before the choice they
    # moved it (a blog's post and its comments, dragnet R681-R685)
    # (and an interactive tool's box, found by its number field: clean's B.TOOL_FIELD_TYPES)
    for key, rule in (("reply_forms", "boilerplate.reply-form"), ("tool_boxes", "boilerplate.tool-box")):
        forms = facts.get(key)
        if forms and len(body) > 1:
            form_lines = {p.text for p in kept if not p.removed and domrules.in_boxes(p, forms)}
            if form_lines and any(x not in form_lines for x in body):
                for line in [x for x in body if x in form_lines]:
                    trim(line, rule)
                body = [x for x in body if x not in form_lines]
    return body


def extract_tree(root, art: Article, profile: SiteProfile | None = None) -> Article:
    url = art.url
    if blocking.mark_challenge(root, art):  # a bot-challenge page (problem "blocked"), not a story
        return art
    index = TagIndex(root)   # (the elements of the tags that metadata, walk and dates look for: one walk)
    meta = extract_metadata(root, url, index)
    gone = _no_article_page(root, meta, url)   # a soft 404, a block's page, a maintenance page, a listing
    no_article = None   # (what, its verdict) of a page that is no article but whose text is read
    if gone is not None:
        what, verdict = _verdict(*gone)
        if what in ("geo", "rate_limit"):
            art.decisions.append(verdict)
            art.problem, art.blocked = "blocked", what
            art.title = meta["title"] or ""
            return art
        # a home, section or search page, a soft 404, a maintenance page: no article (never stored),
        # but its main text is still read, as for any page, for whoever reads the page with the core
        # (the CLI, the service; CleanEval's golds hold the text of such pages too)
        no_article = what, verdict
    removals: list[Removal] = []

    paras, facts = domwalk.walk(root, profile, removals, index)
    # site body selector first; generic container detection when it finds nothing
    scope = None
    if profile and profile.body_selectors:
        for sel in profile.body_selectors:
            found = [el for el in select(root, sel) if len(text_of(el).strip()) > 50
                     and not any(x.get(domrules.REMOVED_ATTR) for x in (el, *el.iterancestors()))]
            if found:
                scope = found[0]
                break
        if scope is None:
            art.selector_missed = True

    kept = clean.filter_paragraphs(paras, removals, profile, stage="text", facts=facts)
    title_f = fold(meta["title"])
    if scope is not None:
        for p in kept:
            p.ancestors = (p.block, *p.block.iterancestors()) if p.block is not None else ()
        members = (scope,)
        container = scope
    else:
        # wall detection looks around the first choice (a privacy notice's own box), the body
        # comes from the reconsidered members
        container, scores = _choose(kept, facts["spared"])
        members, art.decisions, body, dropped = _reconsider(kept, container, scores, meta, title_f)
        lead = _lead(kept, members, meta["descriptions"], set(domrules.WORD3_RE.findall(title_f)), facts)
        if lead is not None:   # the standfirst just before the story box (scraper.rules.container LEAD_*)
            lead, why, lead_box = lead
            members = (lead_box, *members)
            art.decisions.append(_decision(RC.LEAD, lead_box, why, kept, {lead_box}))
            dropped = []
            body = _assemble(kept, set(members), title_f, dropped)
        removals.extend(dropped)
    if scope is not None:
        body = _assemble(kept, set(members), title_f, removals)
    for el in members:
        el.set(domrules.BODY_ATTR, "1")  # only read by `scraper extract --html`

    # JSON-LD articleBody rescue: when the DOM gave much less than the publisher's own body text
    ld_body = meta["article_body"]
    body_chars = sum(len(x) for x in body)
    # (... or when the DOM gave nothing at all: a script-drawn page whose HTML is its app shell, "جارٍ التحميل…",
    # and its story only in the JSON-LD, shorter than 400 characters: a written probe of loopback sites, 2026-12-07)
    if ld_body and ((len(ld_body) > 400 and body_chars < 0.5 * len(ld_body))
                    or (not body_chars and len(ld_body) >= RC.LD_BODY_EMPTY_MIN_CHARS)):
        body = _text_lines([t for t in (clean_text(x) for x in ld_body.split("\n")) if t], removals, profile)
        body_chars = sum(len(x) for x in body)

    if scope is None and body_chars < RC.LINKED_STORY_MAX_BODY:
        linked = _linked_story(kept, body_chars)
        if linked is not None:   # a story printed wholly inside one link (scraper.rules.container LINKED_STORY_*)
            block, lines = linked
            orders = {p.order for p in lines}
            # (the assembly's drops of those lines, "story.link-line", are no removals now)
            removals[:] = [r for r in removals if not (r.rule.startswith("story.") and r.order in orders)]
            art.decisions.append(_decision(RC.LINKED_STORY, block, f"{textlines.describe(block)}: "
                                           f"{sum(len(p.text) for p in lines)} characters of prose, all of it "
                                           f"a link, against a body of {body_chars}", kept, {block}))
            _move_body_mark(members, block)
            body = [p.text for p in lines]
            body_chars = sum(len(x) for x in body)

    body = _trim_story(body, kept, meta, facts, removals)
    removals.sort(key=lambda r: r.order)  # reading order (stable for equal positions)
    art.removed = removals
    if _wall(meta, facts, body, removals, container, media_only=not body and _media_only_article(root, removals)):
        story = _story_beside_consent(kept, container, meta, title_f) if scope is None else None
        if story is None:
            if no_article is not None and no_article[0] != "listing":
                art.problem = no_article[0]   # (a soft 404 behind a consent banner is still a soft 404)
                art.decisions.insert(0, no_article[1])
            else:
                art.problem = "consent_wall"
            return art
        box, body, dropped = story   # an article page's story box beside a privacy panel: the story
        removals.extend(dropped)
        body = _trim_story(body, kept, meta, facts, removals)
        removals.sort(key=lambda r: r.order)
        art.decisions.append(_decision(RC.STORY_BESIDE_CONSENT, box, f"{textlines.describe(container)} -> "
                                       f"{textlines.describe(box)}: the page's marked story box, beside text "
                                       f"that speaks of cookies and choices", kept, {box}))
        _move_body_mark(members, box)
    if not body and scope is None:
        body = _caption_story(root, art, removals, profile)
    elif scope is None:
        body = _photo_story(root, art, body, kept, members, removals, profile)
    if not body and scope is None:
        # the story only in the page's framework data (a Next.js skeleton page: RC.EMBEDDED_*)
        lines = embedded.story_lines(root)
        if lines:
            body = _text_lines(lines, removals, profile)
            if body:
                art.decisions.append(Removal(rule=RC.EMBEDDED_STORY, text=f"{len(body)} lines from the page's "
                                             f"__NEXT_DATA__ (the DOM gave no story)", stage="container",
                                             path="script#__NEXT_DATA__", order=0))
    if not body and scope is None:
        found = _skipped_box_story(root, removals, profile)
        if found is not None:   # the story only in a <noscript> or an open <dialog> (RC.SKIPPED_BOX_*)
            box, body = found
            art.decisions.append(Removal(rule=RC.SKIPPED_BOX_STORY, text=f"{len(body)} lines from a <{box.tag}> "
                                         "(the rest of the page gave no story)", stage="container",
                                         path=textlines.describe(box), order=0))
    if no_article is None and scope is None:
        body_chars = sum(map(len, body))
        if body_chars < RC.GONE_ARTICLE_MAX_CHARS:
            no_article = _gone_article(meta, body)
        if no_article is None and body_chars < RC.SERVER_ERROR_MAX_CHARS:
            no_article = _server_error(body) or _unavailable_article(meta)
    if no_article is not None:
        art.problem = no_article[0]
        art.decisions.insert(0, no_article[1])
    elif scope is None and _listing_page(kept, body, meta, url, paras):
        art.problem = "listing"   # a tag, section or home page: its teasers are no story (RC.LISTING_*)
        art.decisions.append(Removal(rule="page.no-article:listing", text=f"the story came out as {len(body)} "
                                     "line(s), at a listing's address or all summaries of the page's teaser cards",
                                     stage="page", path="", order=0))
    elif not body:
        art.problem = "no_body"

    art.body = "\n".join(body)
    art.title = meta["title"]
    art.description = meta["description"]
    art.canonical_url = meta["canonical_url"] or url
    art.authors = clean_authors(meta["authors"])
    if not art.authors:  # a visible byline line ("كتب: محمد علي") removed from the body
        art.authors = _byline_authors(removals) or clean_authors([facts["edge_author"]] if "edge_author" in facts else [])
    art.section = meta["section"]
    art.tags = meta["tags"]
    art.image_url = meta["image_url"]
    art.paywalled = meta["paywalled"] or any(r.rule == clean.PAYWALL_CUT_RULE for r in removals)
    art.language = detect_language(art.body[:1500] or art.title, meta["declared_lang"] or None)
    art.published_at = _first_date(meta["published_raw"])
    art.modified_at = _first_date(meta["modified_raw"])
    if art.published_at is None:
        art.published_at = _date_from_text(root, index)
    return art


_REMOVED_OUTERMOST = etree.XPath(f".//*[@{domrules.REMOVED_ATTR} and not(ancestor::*[@{domrules.REMOVED_ATTR}])]",
                                 smart_strings=False, regexp=False)


def _opens_with_writer(line: str, names: list[str]) -> bool:
    """The story's last line, right under the writer's name line, opens with their name or first name and
    is no longer than a bio (B.AUTHOR_BIO_MAX_WORDS): their card's bio, "Jonas is VP of Engineering at
    Lumenstack and leads …" (a written probe of many page kinds, 2026-12-06)."""
    if len(line.split()) > B.AUTHOR_BIO_MAX_WORDS:
        return False
    f = fold(line)
    return any(f.startswith(n + " ") or (len(n.split()) > 1 and f.startswith(n.split()[0] + " ")) for n in names)


_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "ibn", "el", "y"})


def _writer_at_edges(body: list[str]) -> str | None:
    """The writer's name where the metadata names none: a line of a person's name by its shape (_name_like)
    over a last line that opens with it (the author's card under the story, "Jonas Keller" / "Jonas is VP
    of …"), or among the story's first B.AUTHOR_EDGE_LINES lines and again among its last
    B.AUTHOR_EDGE_LINES + 1 (the byline without its "By" and the card's name). A written probe of many page
    kinds, 2026-12-06: a Next.js blog whose metadata names no writer."""
    n = B.AUTHOR_EDGE_LINES
    # (the card alone: the name over a last line that opens with it, "Jonas Keller" / "Jonas is …")
    if len(body) >= 3 and _name_like(body[-2]) and _opens_with_writer(body[-1], [fold(body[-2])]):
        return body[-2]
    if len(body) < 2 * n + 2:
        return None
    tail = body[-(n + 1):]
    return next((line for line in body[:n] if line in tail and _name_like(line)), None)


def _name_like(line: str) -> bool:
    """Two to four words, no digit or mark of a sentence or clause, each capitalised (or a particle: "van",
    "al"); in a script with capitals only (Arabic and CJK lines never look like a name here: a section's
    two-word heading over a line that opens with its first word is no author's card)."""
    words = line.split()
    if not 2 <= len(words) <= 4 or _NOT_NAME_RE.search(line):
        return False
    return all(w[0].isupper() or w in _PARTICLES for w in words)


def _byline_authors(removals: list[Removal]) -> list[str]:
    """The writers a visible byline line taken out of the page names ("كتب: محمد علي", "By Grace Holloway")."""
    return clean_authors([r.text for r in removals if r.rule == "boilerplate.byline"][:1])


def _inside_block(el, box, blocks) -> bool:
    """An element of *blocks* holds *el* below *box*."""
    for a in el.iterancestors():
        if a is box:
            return False
        if a.tag in blocks:
            return True
    return False


def _skipped_box_story(root, removals: list[Removal], profile) -> tuple | None:
    """(box, lines) of the <noscript> or open <dialog> whose lines, through the line rules, come to
    the most story text, at least RC.EMBEDDED_MIN_CHARS; None when none does (RC.SKIPPED_BOX_*)."""
    best, best_chars = None, RC.EMBEDDED_MIN_CHARS - 1
    blocks = RC.SKIPPED_BOX_BLOCKS
    for box in root.iter(*RC.SKIPPED_BOX_TAGS):
        if box.tag == "dialog" and box.get("open") is None:
            continue
        texts = []
        for el in box.iter(*blocks):
            if _inside_block(el, box, blocks):
                continue   # (its text came with the block around it)
            t = clean_text(" ".join(el.itertext()))
            if t:
                texts.append(t)
        if sum(len(t) for t in texts) <= best_chars:
            continue
        gone: list[Removal] = []
        lines = _text_lines(texts, gone, profile)
        chars = sum(len(t) for t in lines)
        if chars > best_chars:
            best, best_chars = (box, lines, gone), chars
    if best is None:
        return None
    box, lines, gone = best
    removals.extend(gone)
    return box, lines


def _caption_story(root, art: Article, removals: list[Removal], profile) -> list[str]:
    """A photo page whose only prose is its captions (a slideshow page, a photo of the day): when
    nothing else came out as story, its captions are the story (scraper.rules.container
    CAPTION_STORY_*). Their removal records give way to a decision."""
    found = []
    for el in _REMOVED_OUTERMOST(root):
        if RC.CAPTION_STORY_RULE_RE.match(el.get(domrules.REMOVED_ATTR)):
            # (a caption's own credit, "… Foto: Pradita Utama/detikcom", is no story: cut before the lines'
            # rules see it, or they take the caption for a credit line: detik's photo story, a written probe
            # of world publishers, 2026-12-07)
            text = clean.strip_credit_tail(clean_text(" ".join(el.itertext())))
            if text and all(text != t for _, t in found):
                found.append((el, text))
    if not any(len(t) >= RC.CAPTION_STORY_MIN_CHARS for _, t in found):
        return []
    lines = _text_lines([t for _, t in found], removals, profile)
    if sum(len(t) for t in lines) < RC.CAPTION_STORY_MIN_CHARS:
        return []
    paths = {textlines.describe(el) for el, _ in found}
    removals[:] = [r for r in removals if not (r.stage == "dom" and r.path in paths)]
    art.removed = removals
    art.decisions.append(Removal(rule=RC.CAPTION_STORY, text=f"no story line outside the captions: "
                                 f"{len(lines)} caption(s) as the story", stage="container",
                                 path=textlines.describe(found[0][0])))
    return lines


def _photo_story(root, art: Article, body: list[str], kept: list[textlines.Para], members, removals: list[Removal],
                 profile) -> list[str]:
    """A photo story: the story's box holds PHOTO_STORY_MIN_CAPTIONS captions or more, each a sentence of
    its own, whose text outweighs the story's other lines (scraper.rules.container PHOTO_STORY_*): the
    captions are the story, in their places among its lines; their removal records give way to a
    decision. *body* otherwise."""
    if sum(1 for r in removals if r.stage == "dom" and RC.CAPTION_STORY_RULE_RE.match(r.rule)) < RC.PHOTO_STORY_MIN_CAPTIONS:
        return body   # (a screen on the records before the tree is searched)
    inside = set(members)
    caps = [el for el in _REMOVED_OUTERMOST(root) if RC.CAPTION_STORY_RULE_RE.match(el.get(domrules.REMOVED_ATTR))
            and any(a in inside for a in el.iterancestors())]
    if len(caps) < RC.PHOTO_STORY_MIN_CAPTIONS:
        return body
    texts = [clean.strip_credit_tail(clean_text(" ".join(el.itertext()))) for el in caps]
    if (any(len(t) < RC.PHOTO_STORY_CAPTION_MIN_CHARS for t in texts) or len(set(texts)) < len(texts)
            or sum(map(len, texts)) < RC.PHOTO_STORY_SHARE * sum(map(len, body))):
        return body
    # the captions' places: their removal records, in reading order as the elements are
    recs = [r for r in removals if r.stage == "dom" and RC.CAPTION_STORY_RULE_RE.match(r.rule)
            and r.path in {textlines.describe(el) for el in caps}]
    lines_at: dict = {}
    for p in kept:
        if p.text in body and any(m is p.block or m in p.ancestors for m in inside):
            lines_at.setdefault(p.text, p.order)
    if len(recs) != len(caps) or any(t not in lines_at for t in body):
        return body   # (a line or a caption whose place is not known: the body as it was)
    said = _text_lines(texts, removals, profile)
    placed = [(lines_at[t], 0, t) for t in body]
    placed += [(r.order, 1, t) for r, t in zip(recs, texts) if t in said]
    paths = {r.path for r in recs}
    removals[:] = [r for r in removals if not (r.stage == "dom" and r.path in paths
                                               and RC.CAPTION_STORY_RULE_RE.match(r.rule))]
    art.removed = removals
    art.decisions.append(Removal(rule=RC.PHOTO_STORY, text=f"{len(caps)} captions of sentences, {sum(map(len, texts))} "
                                 f"characters against {sum(map(len, body))} of other story lines: a photo story",
                                 stage="container", path=textlines.describe(caps[0])))
    return [t for _, _, t in sorted(placed)]


def _first_date(values) -> str | None:
    for v in values:
        d = parse_date(v)
        if d:
            return d
    return None


# rules.dates; (only asked whether one of the words is there: as a trie, re rejects a place on its
# first character instead of trying every word)
_DATE_CLASS_RE = re.compile(_trie(DATE_CLASS_WORDS), re.I)
# (class, id) -> whether _DATE_CLASS_RE finds a date word in them: the same values repeat on a
# page's cards and across a site's pages (bounded: cleared at 100,000 entries)
_DATE_HINTS: dict[tuple, bool] = {}
_DATE_BLOCKS = etree.XPath("//body//*[self::span or self::div or self::p or self::time or self::small or self::li"
                           " or self::em or self::strong][@class or @id]", regexp=False)
_DATE_TAGS = ("span", "div", "p", "time", "small", "li", "em", "strong")


def _date_from_text(root, index: TagIndex | None = None) -> str | None:
    """Arabic/English date text near the story (bylines, date spans) when no markup has it."""
    seen = 0
    hints = _DATE_HINTS
    bodies = index.get("body") if index is not None else list(root.iter("body"))
    # the elements _DATE_BLOCKS selects, in the same (document) order, from lxml's tag-filtered
    # iteration: the loop mostly stops at the first few, and the XPath builds the whole list first
    # (several times slower on big pages); with no body or nested ones, the XPath (its node-set has
    # no duplicates)
    for el in bodies[0].iter(_DATE_TAGS) if len(bodies) == 1 else _DATE_BLOCKS(root):
        get = el.get
        cls, ident = get("class"), get("id")
        if cls is None and ident is None:
            continue
        key = (cls, ident)
        hint = hints.get(key)
        if hint is None:
            hint = _DATE_CLASS_RE.search((cls or "") + " " + (ident or "")) is not None
            if len(hints) > 100_000:
                hints.clear()
            hints[key] = hint
        if not hint:
            continue
        t = clean_text(text_of(el))
        if 6 <= len(t) <= 160:
            d = find_date_in_text(t)
            if d:
                return d
            seen += 1
            if seen > 25:
                break
    return None


def tree_for_explain(html: bytes | str, headers: Mapping | None = None):
    """Decode and parse exactly as extract() does (for `scraper extract --html`)."""
    text, _ = decode_html(html, headers)
    return parse_html(text)


__all__ = ["extract", "extract_tree", "tree_for_explain"]
