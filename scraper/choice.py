"""The first choice of the story container: each kept line's value (prose counts, links and short
lines count against it) summed over its ancestors, teaser cards' summaries neutral, CJK characters
weighted; the element with the most is the choice (rules.container's header says how)."""
from __future__ import annotations

import re
from collections import Counter

from . import clean, domrules, domwalk, textlines
from .article import Removal
from .rules import boilerplate as B
from .rules import container as RC
from .textnorm import clean_text, fold

_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$")
# (looked for with `in` in the lower-cased line, as written and folded: an IGNORECASE alternation
# took ~0.4 ms per 2,000 characters, and folding every prose line ~1.5 ms per page)
_RIGHTS_LOWER = tuple(dict.fromkeys(x for p in B.RIGHTS_PHRASES for x in (p.lower(), fold(p))))
_SENTENCE_END_RE = re.compile(r"[.!?؟。！？۔…\"»”]\s*$")


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


def _same_words(line_f: str, title_f: str) -> bool:
    """A headline says what the title says, in another order or with a kicker ("آرون بوشنيل: …"):
    RC.HEADLINE_SHARE of the words of each are in the other."""
    a, b = set(domrules.WORD3_RE.findall(line_f)), set(domrules.WORD3_RE.findall(title_f))
    return bool(a) and bool(b) and len(a & b) >= RC.HEADLINE_SHARE * max(len(a), len(b))


_SENTENCE_ENDS = (".", "!", "?", "؟", "。")


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
