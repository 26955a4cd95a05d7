"""The story's lines from the chosen boxes, in reading order: the lines kept inside them, less what
sits at the story's edges or between its parts (link lines, a headline said again, a kicker, teaser
grids and cards, an author's bio, a gallery's furniture, the lists and tables that are the story
kept), each drop recorded as a ``story.*`` removal."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from urllib.parse import urlsplit

from . import clean, domrules, textlines
from .article import Removal
from .dates import find_date_in_text
from .rules import boilerplate as B
from .rules import consent as C
from .rules import container as RC
from .textnorm import fold
from .choice import (
    _faq_question, _linked_sentence, _para_value, _same_words, _SENTENCE_END_RE, _SENTENCE_ENDS, _title_cards,
    _units, _URL_RE, _WIDE_RE,
)

# (an enumerated line: "12、", "12.", "12)" then the item, not a digit ("3.5"): _ranked_lines_end)
_RANKED_LINE_RE = re.compile(r"\s*(\d{1,4})\s*[、.．)）]\s*[^\d\s]")


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
_COMMENTS_TITLES = tuple(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.COMMENTS_TITLES)
_COMMENTS_LEADING = tuple(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.COMMENTS_TITLES_LEADING)
_AUTHOR_BIO_TITLES = frozenset(_NOT_WORD_RE.sub(" ", fold(t)).strip() for t in RC.AUTHOR_BIO_TITLES)
_AUTHOR_BIO_PREFIXES = tuple(t + " " for t in _AUTHOR_BIO_TITLES)


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
