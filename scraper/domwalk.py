"""The walk: the DOM rules (:mod:`scraper.domrules`) applied and the page's text cut into lines
(:class:`scraper.textlines.Para`) in one pass over the tree, with the facts the line rules read later
(the blocks that hold an image, the boxes of sign-up forms, the spared story boxes)."""
from __future__ import annotations

from lxml import etree

from .article import Removal
from .htmlio import TagIndex
from .rules import boilerplate as B
from .rules import consent as C
from .site import SiteProfile
from .textnorm import clean_text, fold
from .textlines import HEADING_TAGS, Para
from .domrules import (
    _account_form, _apply_rule, _attr_rule, _buy_box, _dom_rule, _gone_signup_form, _is_consent_button,
    is_email_field, _mark_after_heading, _note_signup_box, _page_setup, _paid_link, _poll_box,
    _reply_form_box, _RULE_ATTRS, _signup_box, _StoryGuard, _TAG_RULES, _visible_len_upto,
)


BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "li", "ul", "ol", "dl", "dd",
    "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
    "thead", "tfoot", "caption", "figure", "figcaption", "fieldset", "address", "center", "details",
    "summary", "hr", "body", "html", "label", "legend", "picture",
})
_CELL_TAGS = frozenset({"td", "th"})
_TABLE_LINE_TAGS = frozenset({"td", "th", "tr"})   # (a row of data cells is one line: its block is the row)
# the smallest headings: the only line of an image's box so set is its caption (<div><img><h6>…</h6></div>)
_CAPTION_HEADINGS = frozenset({"h5", "h6"})
# A table cell without block content is a data cell (its row is one line); a layout cell that
# holds paragraphs or divs stays a block of its own.
_CELL_BLOCK_TAGS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote", "section", "article", "br")
_CELL_BLOCK_SET = frozenset(_CELL_BLOCK_TAGS)


def _bg_picture(el: etree._Element) -> bool:
    """An empty element that shows a picture as its background (``style="background-image:url(…)"``:
    the featured image of WordPress news themes, a caption under it; a written probe of Arabic caption
    markups, 2026-12-06)."""
    style = el.get("style")
    return bool(style) and "url(" in style and "background" in style and not (el.text and el.text.strip())


def _data_cell(cell: etree._Element) -> bool:
    """No descendant of the cell has one of _CELL_BLOCK_TAGS. (The XPath ``not(.//p | .//div | …)``
    collected every such descendant, thirteen times, before answering; lxml's iteration filtered
    by thirteen tags costs more to set up, per cell, than a plain iteration over a data cell's few
    descendants; a layout cell's first descendant is mostly a block already.)"""
    if not len(cell):
        return True   # (text alone, the most common cell)
    for el in cell.iterdescendants():
        if el.tag in _CELL_BLOCK_SET:
            return False
    return True


def _box_of(p: "Para") -> etree._Element | None:
    """The element around the line's block (its <p>'s parent)."""
    return p.block.getparent() if p.block is not None else None


def is_link(a: etree._Element) -> bool:
    """An <a> that is a link to the reader: not a named anchor, ``<a name="top">`` without href (the
    target of a link). Left open, as 2000s templates left it, a named anchor holds the rest of the
    page in libxml2's tree, where a browser closes it at the next <a>: its text counted as link text
    made epinions.com's whole review a list of links (CleanEval final-405). Nor an accordion's toggle, a
    question's title that opens its answer in place (Bootstrap's ``<a data-toggle="collapse" href="#…">``, WAI-ARIA's
    ``aria-expanded`` with ``aria-controls``): an FAQ's questions taken for teaser cards' linked titles left a
    municipal FAQ page with its closing note alone (a written probe of recall-hard pages, 2026-12-07)."""
    get = a.get
    if get("href") is None:
        return get("name") is None
    return not (get("data-toggle") == "collapse" or get("data-bs-toggle") == "collapse"
                or (get("aria-controls") is not None and get("aria-expanded") is not None))


def walk(root: etree._Element, profile: SiteProfile | None, removals: list[Removal],
         index: TagIndex | None = None) -> tuple[list[Para], dict]:
    """One pass over the tree: each element is first checked against the DOM rules (consent,
    related, boilerplate, site noise; marked and skipped when one matches), and the text of the
    rest is cut into paragraphs at block elements and <br>, with link statistics.

    Returns the paragraphs and page facts for wall detection (wall markup seen, consent text)."""
    if index is None:
        index = TagIndex(root)
    body, facts, extra = _page_setup(root, profile, index)
    guard = _StoryGuard(body, index)
    paras: list[Para] = []
    seq = 0  # elements seen so far: the reading-order position of lines and removals
    after: dict = {}  # siblings that follow a related-widget heading (see _mark_after_heading)
    inline_cells: set = set()
    anchors: set = set()   # the <a> elements that are no link (is_link)
    overlay_cards: set = set()   # boxes made one link by an empty <a> laid over them (_overlay_card)
    parts: list[str] = []
    link_parts = 0
    link_depth = 0
    blocks: list[etree._Element] = [body]
    img_texts: set = facts["img_texts"]
    img_blocks: set = facts["img_blocks"]
    media_tags, image_tags = B.CAPTION_MEDIA_TAGS, B.IMAGE_TAGS

    def flush():
        nonlocal link_parts
        if parts:
            raw = "".join(parts)
            text = "" if raw.isspace() else clean_text(raw)
            if text:
                # against the text as shown (white space runs collapsed): the indentation between
                # the links of a hand-indented list is no text of the line
                ratio = min(1.0, link_parts / len(text)) if link_parts else 0.0
                blk = blocks[-1]
                paras.append(Para(text=text, link_chars=int(ratio * len(text)), block=blk, tag=blk.tag, order=seq))
        parts.clear()
        link_parts = 0

    walker = etree.iterwalk(body, events=("start", "end"))
    # the element whose subtree was skipped: its end event is the walk's next event
    skipped = None
    # (module constants bound to locals: this loop runs for every element of every page; the
    # common case of _dom_rule, an element with none of the rule attributes, is inlined)
    skip_tags, block_tags, heading_tags, cell_tags = B.SKIP_TAGS, BLOCK_TAGS, HEADING_TAGS, _CELL_TAGS
    consent_tags, rule_attrs, tag_rules = C.CONSENT_TAGS, _RULE_ATTRS, _TAG_RULES
    dom_rule, attr_rule, data_cell, append = _dom_rule, _attr_rule, _data_cell, parts.append
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if el is body:
                t = el.text
                if t:
                    append(t)
                continue
            if tag in skip_tags and not (tag == "template" and _shadow_root(el)) and not (
                    tag == "button" and _disclosure_heading(el)):
                if tag in ("button", "input"):
                    if _is_consent_button(el):
                        facts["consent_buttons"].append(el)
                    if tag == "input" and is_email_field(el):
                        _note_signup_box(el, guard, facts)
                    elif tag == "input":
                        kind = (el.get("type") or "").strip().lower()
                        if kind == "password":
                            box = _signup_box(el, prose_stop=True)   # a log-in or registration box
                            form = _account_form(el, guard)
                            if form is not None and (box is None or box is form or form in box.iterancestors()):
                                box = form   # (the whole registration form, bigger than the small box)
                            if box is not None:
                                facts["login_boxes"].add(box)
                        elif kind == "radio":
                            box = _poll_box(el, facts["poll_forms"])
                            if box is not None:
                                facts["poll_boxes"].add(box)
                        elif kind in B.TOOL_FIELD_TYPES:
                            box = _reply_form_box(el)   # an interactive tool's small box (B.TOOL_FIELD_TYPES)
                            if box is not None:
                                facts["tool_boxes"].add(box)
                elif tag == "textarea":
                    box = _reply_form_box(el)
                    if box is not None:
                        facts["reply_forms"].add(box)
                elif tag in media_tags and blocks:
                    img_blocks.add(blocks[-1])   # a player's box: its one short line is its title (4b)
                skipped = el
                walker.skip_subtree()
                continue
            seq += 1
            # (extra: site noise selectors, first; after: cards after a related heading, last)
            hit = extra.get(el) if extra else None
            if not hit:
                if tag in consent_tags:
                    hit = dom_rule(el)
                else:
                    keys = el.keys()
                    hit = tag_rules.get(tag) if not keys or rule_attrs.isdisjoint(keys) else attr_rule(el, tag, keys)
                if hit is None and after:
                    hit = after.get(el)
            if hit is not None and _apply_rule(el, hit, guard, facts, removals, seq):
                skipped = el
                walker.skip_subtree()
                if tag == "form":
                    _gone_signup_form(el, guard, facts)
                if hit[0] == "related" and tag in heading_tags:
                    _mark_after_heading(el, guard, after)
                continue
            if tag in cell_tags and data_cell(el):
                inline_cells.add(el)   # a data table's cell: one line per row, cells separated
                append(" ")
            elif tag in block_tags:
                if parts:
                    flush()
                if not len(el) and _bg_picture(el):
                    img_blocks.add(blocks[-1])   # a picture set as an empty box's background: its box is an image's
                blocks.append(el)
            elif tag == "br":
                if parts:
                    flush()
            elif tag == "a":
                if is_link(el):
                    link_depth += 1
                    if (el.get("href") or "").startswith(B.SKIP_PAST_END_PREFIX):
                        facts["end_links"] = True   # (a skip link of BBC's: _skip_past)
                    if _paid_link(el):
                        box = _buy_box(el)
                        if box is not None:
                            facts["buy_boxes"].add(box)
                    if not len(el) and not el.text:
                        card = _overlay_card(el)
                        if card is not None:
                            overlay_cards.add(card)
                else:
                    anchors.add(el)   # (see above)
            elif tag in image_tags:
                append(" ")  # an image between two inline texts separates them
                img_blocks.add(blocks[-1])
                alt = el.get("alt") or el.get("title")
                if alt and len(alt) >= 8:
                    img_texts.add(fold(alt))   # a caption that repeats it is not story
            t = el.text   # (each .text/.tail access builds a new str: read once)
            if t:
                append(t)
                if link_depth:
                    link_parts += len(t.strip()) + (1 if t[:1].isspace() else 0)
        else:  # end
            if el is body:
                flush()
                continue
            if el is skipped:
                skipped = None
            elif tag in block_tags:
                if tag in cell_tags and el in inline_cells:
                    append(" ")   # (a data cell pushed no block)
                else:
                    if parts:
                        flush()
                    blocks.pop()
            elif tag == "a":
                if not anchors or el not in anchors:
                    link_depth -= 1
            t = el.tail
            if t:
                append(t)
                if link_depth:
                    link_parts += len(t.strip())
    flush()
    if overlay_cards:
        for q in paras:
            blk = q.block
            for _ in range(_OVERLAY_CARD_LEVELS):
                if blk is None:
                    break
                if blk in overlay_cards:
                    q.card = True
                    break
                blk = blk.getparent()
    return paras, facts


# An empty <a href> laid over a small box (a teaser card: "stretched links" of Bootstrap, Tailwind's
# "absolute inset-0" anchor; The Sun's rail cards: <div><div><h3>KIM IN THE CROSSHAIRS</h3><span>Japan
# to 'bomb North Korea' …</span></div><a href="/news/…" class="rail__item-anchor"></a></div>, ir-research
# chaos-apple-2) makes the whole box one link to the reader: its lines are link lines to the story's
# assembly (Para.card), which they are not in the tree. The box: the anchor's parent, of which it is the
# first or the last element; a container of other elements with no text of its own (an empty link left
# at the end of a story's paragraph, <div>… for Phase One of the diet …<a href="…"></a></div>, is no
# card: Dragnet R49), holding at most _OVERLAY_CARD_MAX_CHARS visible characters, with a heading or no
# <p>; its lines up to _OVERLAY_CARD_LEVELS blocks below it. The address must be one ("target=_blank"
# written as the href of a broken tag is none: DAnIEL sina.com.cn).
_OVERLAY_CARD_TAGS = frozenset({"div", "li", "article", "section", "figure"})
_OVERLAY_CARD_MAX_CHARS = 300
_OVERLAY_CARD_LEVELS = 4


def _overlay_card(a: etree._Element):
    """The card an empty link *a* is laid over, or None (see _OVERLAY_CARD_TAGS)."""
    href = (a.get("href") or "").strip()
    if (not href or href[0] == "#" or href.lower().startswith("javascript") or not ("/" in href or "." in href)
            or any(c.isspace() for c in href)):
        return None
    box = a.getparent()
    if box is None or box.tag not in _OVERLAY_CARD_TAGS or (box.text and not box.text.isspace()):
        return None
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) < 2 or (kids[0] is not a and kids[-1] is not a) or any(k.tail and not k.tail.isspace() for k in kids):
        return None
    n = _visible_len_upto(box, _OVERLAY_CARD_MAX_CHARS)
    if not n:
        return None
    # a card is titled (a heading) or holds no paragraph: a brief's <p>s with a link left empty after
    # them are a story
    titled = next(box.iterdescendants("h2", "h3", "h4", "h5", "h6"), None) is not None
    if not titled and next(box.iterdescendants("p"), None) is not None:
        return None
    return box


def _disclosure_heading(el) -> bool:
    """A <button> that is a heading's whole text and opens a collapsed panel (an FAQ accordion's
    question, Bootstrap's ``<h3 class="accordion-header"><button aria-controls="c1">…?</button>``;
    WAI-ARIA's accordion pattern): its text is the heading, not a control's label."""
    parent = el.getparent()
    return (parent is not None and parent.tag in HEADING_TAGS
            and (el.get("aria-controls") is not None or el.get("aria-expanded") is not None)
            and not (parent.text or "").strip() and not (el.tail or "").strip())


def _shadow_root(el) -> bool:
    """A declarative shadow root (rules.boilerplate SHADOW_ROOT_ATTRS): shown, unlike a <template>."""
    return any(el.get(a) is not None for a in B.SHADOW_ROOT_ATTRS)
