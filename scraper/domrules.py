"""The DOM rules: what ids, classes, tags and attributes say a box is (rules.consent, rules.related,
rules.boilerplate), the boxes told by their content (sign-up, log-in, buy and poll boxes, a reply
form), and the story guard that keeps a rule from taking the box that holds the story.

Removed elements are *marked* (attribute ``data-scraper-removed``), not detached: the walk
(:mod:`scraper.domwalk`) skips marked subtrees, and ``scraper extract --html`` can show the same tree
with the removed blocks highlighted. Every removal is recorded as a :class:`scraper.article.Removal`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from .article import Removal
from .htmlio import TagIndex, select, text_of
from .rules import boilerplate as B
from .rules import consent as C
from .rules import related as R
from .site import SiteProfile
from .textnorm import fold
from .tokenmatch import TokenMatcher, _trie, required_stems
from .urls import host_of
from .textlines import _alt, _bare, _CJK_RE, _cut, describe, _fold_list, HEADING_TAGS, Para, _words

REMOVED_ATTR = "data-scraper-removed"
BODY_ATTR = "data-scraper-body"


# (regexp=False: lxml registers the EXSLT regular-expression functions before every call of an
# XPath unless told not to, which is most of the cost of these small calls; none of our
# expressions uses them)
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False, regexp=False)


_SHOWN_ALL_NODES = 20_000   # (characters of raw text: see shown_text)


def shown_text(el: etree._Element, limit: int = 600, raw: str | None = None) -> str:
    """An element's text as a reader would see it, text nodes joined with spaces (for --explain;
    scripts and styles were cut before parsing). Stops after about `limit` characters.
    ``raw``: the element's text_of(), when the caller has it: if it is within the limit, the
    limit cannot be reached and one XPath call gives all the text nodes (joining whitespace-only
    nodes too adds no word, so the words are the same as below)."""
    if raw is not None:
        if not len(el):   # (no children: one text node at most, raw itself)
            return " ".join(raw.split())
        if len(raw) <= limit:
            return " ".join(" ".join(_TEXT_NODES(el)).split())
    parts: list[str] = []
    size = 0
    # the same strings in the same order: all at once from the XPath (no element proxies; most of
    # a removed menu's text nodes are its indentation) unless the block is big, then lazily: a big
    # removed block stops after `limit` characters
    texts = _TEXT_NODES(el) if raw is not None and len(raw) <= _SHOWN_ALL_NODES else el.itertext()
    for t in texts:
        if not t.isspace():
            parts.append(t)
            size += len(t)
            if size > limit:
                break
    return " ".join(" ".join(parts).split())




def is_body_hint(el: etree._Element) -> bool:
    """The element is marked up as the story body (class/id vocabulary or itemprop)."""
    if el.get("itemprop") == "articleBody":
        return True
    return class_id_hint(el.get("class"), el.get("id"))


def class_id_hint(cls: str | None, ident: str | None) -> bool:
    """The body-hint vocabulary test of :func:`is_body_hint` on an element's class and id values."""
    if cls is None and ident is None:
        return False
    key = (cls, ident)
    hit = _HINT_CACHE.get(key)
    if hit is None:
        hit = any(B.BODY_HINT_RE.match(tok) for tok in ((cls or "") + " " + (ident or "")).lower().split())
        if len(_HINT_CACHE) > 100_000:
            _HINT_CACHE.clear()
        _HINT_CACHE[key] = hit
    return hit


_HINT_CACHE: dict[tuple, bool] = {}   # (class, id) -> body hint; the same strings repeat


_TOKEN_CACHE: dict[tuple[str, str], tuple[int, str, str] | None] = {}
_RELATED_MATCHER = TokenMatcher(R.RELATED_TOKEN_RE)
_BOILERPLATE_MATCHER = TokenMatcher(B.BOILERPLATE_TOKEN_RE)
_RELATED_TOKEN = _RELATED_MATCHER.match        # == RELATED_TOKEN_RE.match, faster
_BOILERPLATE_TOKEN = _BOILERPLATE_MATCHER.match


def _stem_screen(*parts) -> re.Pattern | None:
    """A search for any of the (stem, anchored) pairs of ``parts`` (see required_stems): an
    anchored stem at the start of a token or of a ``-``/``_`` segment, the others anywhere, in
    " " + a lower-cased ASCII value. None if a part has no readable stems."""
    if any(p is None for p in parts):
        return None
    stems = set().union(*parts)
    pattern = r"[\s_-]" + _trie(s for s, anchored in stems if anchored)
    floating = [s for s, anchored in stems if not anchored]
    return re.compile(pattern + ("|" + _trie(floating) if floating else ""))


def _token_screen() -> re.Pattern | None:
    """One search that tells, for most class attributes and ids, that no token rule can match:
    every rule (the CMP names and prefixes, GENERIC_TOKEN_RE, the related and boilerplate token
    rules) needs one of its literal stems at the start of a token or of a ``-``/``_`` segment
    (a few, such as ``[a-z0-9]*caption``, anywhere). Searched in " " + the lower-cased ASCII
    value; a value it does not match gets no token rule (a shortcut: same answers, fewer rule
    regexes on pages whose class names were never seen). None if a rule has no readable stem."""
    return _stem_screen(_RELATED_MATCHER.stems, _BOILERPLATE_MATCHER.stems,
                        required_stems(C.GENERIC_TOKEN_RE.pattern, C.GENERIC_TOKEN_RE.flags),
                        {(k.lower(), True) for k in (*C.CMP_CLASSES, *C.CMP_IDS, *C.CMP_ID_PREFIXES)})


_SCREEN = _token_screen()
# the same screen per family of token rules: a token that passes _SCREEN (on the stems of some
# family) is tried only against the families whose own stems it holds
_RELATED_SCREEN = _stem_screen(_RELATED_MATCHER.stems)
_BOILERPLATE_SCREEN = _stem_screen(_BOILERPLATE_MATCHER.stems)


def _no_token_rule(low: str) -> bool:
    """True when no token of this lower-cased class value or id can match a token rule."""
    return _SCREEN is not None and low.isascii() and _SCREEN.search(" " + low) is None


def _may_match(screen: re.Pattern | None, tok: str) -> bool:
    """False when the family of token rules whose stems make ``screen`` cannot match ``tok``."""
    return screen is None or not tok.isascii() or screen.search(" " + tok) is not None


_MISS = object()
_CMP_ID_PREFIXES = tuple(C.CMP_ID_PREFIXES)


def _token_rule(tok: str, sigil: str) -> tuple[int, str, str] | None:
    """(priority, family, rule) for one lower-cased class token (sigil ".") or id ("#"); cached,
    since class names repeat across elements and pages."""
    key = (tok, sigil)
    hit = _TOKEN_CACHE.get(key, _MISS)   # (not try/except: a miss is common on a new site's page)
    if hit is not _MISS:
        return hit
    hit = None
    if _no_token_rule(tok):
        pass
    elif (sigil == "#" and tok in C.CMP_IDS) or (sigil == "." and tok in C.CMP_CLASSES):
        hit = (0, "consent", f"consent.{'id' if sigil == '#' else 'class'}:{sigil}{tok}")
    elif sigil == "#" and tok.startswith(_CMP_ID_PREFIXES):
        prefix = next(p for p in C.CMP_ID_PREFIXES if tok.startswith(p))
        hit = (0, "consent", f"consent.id-prefix:#{prefix}")
    elif C.GENERIC_TOKEN_RE.match(tok):
        hit = (1, "consent", f"consent.token:{sigil}{tok}")
    elif _may_match(_RELATED_SCREEN, tok) and _RELATED_TOKEN(tok):
        hit = (2, "related", f"related.token:{sigil}{tok}")
    elif _may_match(_BOILERPLATE_SCREEN, tok) and _BOILERPLATE_TOKEN(tok):
        hit = (3, "boilerplate", f"boilerplate.token:{sigil}{tok}")
    if len(_TOKEN_CACHE) > 200_000:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[key] = hit
    return hit


_CLASS_CACHE: dict[str, tuple | None] = {}
# A CSS-module class as Next.js and css-loader print it, "[file]_[local]__[hash:5]"
# ("Podcast_box__u8Z3c", "Paywall_teaser__1aB2c", "Tags_tags__m3Nq8"): the file and local names are
# the source's own words, the hash (a digit or a capital in it, unlike a BEM element "card__title")
# hides them from the token rules. (The local name may be hashed too, "AuthorCard_267c6__5e0ab":
# the file name is then the only word.)
# (also with the file's ".module" suffix kept, "[file]-module_[local]__[hash:5]": Meduza's
# "DonatesTeaser-module_root__1Kp7t", "Newsletter-module_root", its story's "SimpleBlock-module_p__Q3azD";
# a written probe of world news publishers, 2026-12-07, where both boxes stayed under the story)
_CSS_MODULE_RE = re.compile(r"(?<!\S)([A-Za-z][A-Za-z0-9]*)(?:-module)?_([A-Za-z0-9][A-Za-z0-9-]*)__([A-Za-z0-9_-]{5})(?!\S)")
# ... and as other builds print it, "[file]__[local]__[hash:5]" (css-loader's "[name]__[local]___[hash]",
# Quintype's "styles-m__text__0Uq1b", "styles-m__app-promo__4Rt1c": a written probe of Arabic story
# pages, 2026-12-06, where an app's promo box between the story's elements kept its pitch)
_CSS_MODULE2_RE = re.compile(r"(?<!\S)([a-z][a-z0-9-]*)__([a-z0-9][a-z0-9-]*)__+([A-Za-z0-9_-]{5})(?!\S)")


def _css_module_names(cls: str) -> str | None:
    """The source names of the CSS-module classes of a class attribute ("Paywall_teaser__1aB2c" ->
    "Paywall_teaser Paywall"), or None when it has none."""
    out = []
    for m in (*_CSS_MODULE_RE.finditer(cls), *_CSS_MODULE2_RE.finditer(cls)):
        h = m.group(3)
        if any(c.isdigit() or c.isupper() for c in h):
            # (not the local name alone: "Story_header__x1Y2z" is the story's header, not the site's)
            out += [f"{m.group(1)}_{m.group(2)}", m.group(1)]
    return " ".join(out) if out else None


_WEAK_TOKEN = B.WEAK_TOKEN_RE.search


def _class_rule(cls: str) -> tuple | None:
    """(priority, family, rule) of the strongest token rule of a whole class attribute, or
    (9, "boilerplate", hidden-rule) for a hiding utility class; cached per attribute value (the
    same class strings repeat on every card of a page and across pages)."""
    best = _CLASS_CACHE.get(cls, _MISS)
    if best is not _MISS:
        return best
    best = None
    if "__" in cls:
        cls_m = _css_module_names(cls)
        if cls_m is not None:   # (the names a CSS-module build hashed, as their source wrote them)
            cls_m = f"{cls} {cls_m}"
    else:
        cls_m = None
    low = (cls_m or cls).lower()
    toks = low.split()
    if B.BEM_MODIFIER_MARK in low:
        if B.DRUPAL_FIELD_MARK in low:   # (a Drupal field's wrapper: its field's name is a token too)
            toks += [t.split(B.DRUPAL_FIELD_MARK, 1)[1] for t in toks if B.DRUPAL_FIELD_MARK in t]
        toks += [b for b in (t.split(B.BEM_MODIFIER_MARK, 1)[0] for t in toks if B.BEM_MODIFIER_MARK in t) if b]
    if not _no_token_rule(low):
        slugs = not B.POST_CLASS_MARKERS.isdisjoint(toks)   # a blog post's box: its topic slugs are no rule
        for tok in toks:
            if slugs and B.TAXONOMY_TOKEN_RE.match(tok):
                continue
            if tok in B.TOKEN_NOT_WITH and not B.TOKEN_NOT_WITH[tok].isdisjoint(toks):
                continue
            hit = _token_rule(tok, ".")
            if hit is not None and (best is None or hit[0] < best[0] or (
                    hit[0] == best[0] and _WEAK_TOKEN(best[2]) and not _WEAK_TOKEN(hit[2]))):
                best = hit   # (a presentation token gives way to one that says what the box holds)
    if best is None and B.BEM_MODIFIER_MARK in low:
        # a block's modifier that names a related list ("rail--trending"), and only that: other
        # modifiers say a part's role in the story ("block--header": a sub-heading)
        for mod in (m for t in toks for m in t.split(B.BEM_MODIFIER_MARK)[1:] if m):
            hit = _token_rule(mod, ".")
            if hit is not None and hit[1] == "related":
                best = hit
                break
    if best is None and not B.HIDDEN_CLASSES.isdisjoint(toks):
        hidden = [t for t in toks if t in B.HIDDEN_CLASSES]
        if not any(B.RESPONSIVE_SHOW_RE.match(t) for t in toks):
            best = (9, "boilerplate", f"boilerplate.hidden:.{hidden[0]}")
    if len(_CLASS_CACHE) > 100_000:
        _CLASS_CACHE.clear()
    _CLASS_CACHE[cls] = best
    return best


# The attributes the DOM rules below read: an element with none of them (most: <p>, <a href>,
# <img src>) can only match by its tag.
_RULE_ATTRS = frozenset({"class", "id", "aria-label", "aria-labelledby", "hidden", "aria-hidden", "style",
                         "itemprop", "aria-modal", *B.AMP_STAND_IN_ATTRS, *B.COMPONENT_NAME_ATTRS, *B.MAP_PIN_ATTRS})
_TAG_RULES = {t: ("boilerplate", f"boilerplate.tag:{t}") for t in B.BOILERPLATE_TAGS}
_AMP_STAND_IN = frozenset(B.AMP_STAND_IN_ATTRS)
_COMPONENT_ATTRS = frozenset(B.COMPONENT_NAME_ATTRS)
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_COMPONENT_CACHE: dict[tuple, tuple | None] = {}


def _component_rule(attr: str, value: str) -> tuple[str, str] | None:
    """(family, rule) of a component's test or analytics name (B.COMPONENT_NAME_ATTRS), read as an id;
    boilerplate and related rules only (a consent verdict weighs in the wall's: banners are told by their
    class, id and text, as before)."""
    key = (attr, value)
    hit = _COMPONENT_CACHE.get(key, _MISS)
    if hit is _MISS:
        name = _CAMEL_RE.sub("-", value.strip()).lower()
        found = _token_rule(name, "#") if name and " " not in name else None
        hit = None if found is None or found[1] == "consent" else (found[1], found[2].replace(":#", f":{attr}=", 1))
        if len(_COMPONENT_CACHE) > 100_000:
            _COMPONENT_CACHE.clear()
        _COMPONENT_CACHE[key] = hit
    return hit


def _dom_rule(el: etree._Element) -> tuple[str, str] | None:
    """(family, rule name) of the strongest DOM rule that matches the element, else None."""
    tag = el.tag
    if tag in C.CONSENT_TAGS:
        return "consent", f"consent.tag:{tag}"
    keys = el.keys()   # (names only: cheaper than reading the values one by one)
    if not keys or _RULE_ATTRS.isdisjoint(keys):
        return _TAG_RULES.get(tag)
    return _attr_rule(el, tag, keys)


def _class_id_rule(cls: str | None, ident: str | None) -> tuple[str, str] | None:
    """(family, rule) of the strongest token rule of an element's id and class values, else None."""
    best = None
    if ident:
        best = _token_rule(ident.strip().lower(), "#")
        if best is not None and best[0] == 0:
            return best[1], best[2]
    if cls:
        hit = _class_rule(cls)
        if hit is not None:
            if hit[0] == 9:
                if best is None:
                    return hit[1], hit[2]
            elif best is None or hit[0] < best[0]:
                best = hit
    if best is not None:
        return best[1], best[2]
    return None


# (class, id) -> _class_id_rule: the same pairs repeat on a page's cards and across a site's pages
_CLASS_ID_CACHE: dict[tuple, tuple | None] = {}


_FACT_BOX_TITLE_RE = re.compile(rf"^(?:{_alt(_fold_list(B.FACT_BOX_TITLES))})(?!\w)")


def _fact_box_titled(el: etree._Element) -> bool:
    """An <aside> whose first heading opens with a fact box's title (B.FACT_BOX_TITLES): "حقائق عن سد
    النهضة", "Zur Person"."""
    h = next(el.iterdescendants("h2", "h3", "h4", "h5", "h6", "strong"), None)
    return h is not None and _FACT_BOX_TITLE_RE.match(fold(text_of(h)).strip()) is not None


def _section_of_a_series(el: etree._Element, tag: str, cls: str) -> bool:
    """The rule comes from the <section>'s id alone, and the element is one of a series of its parent's
    children of its tag and class (B.SECTION_SERIES_MIN or more), whose class no rule names: the id is
    the anchor of a section of the page, named for its subject ("<section class='service-section'
    id='subscription'>" on a council's page of bin prices, between "what-goes-in" and "faq": a written
    probe of recall-hard pages, 2026-12-06)."""
    if _class_rule(cls) is not None:
        return False
    parent = el.getparent()
    if parent is None:
        return False
    n = 0
    for sib in parent:
        if sib.tag == tag and sib.get("class") == cls:
            n += 1
            if n >= B.SECTION_SERIES_MIN:
                return True
    return False


def _hidden_panel(el: etree._Element) -> bool:
    """A tab's or an accordion's panel that the page's script shows on a click (B.HIDDEN_PANEL_*): content
    hidden until asked for, not hidden text."""
    names = f"{el.get('id') or ''} {el.get('class') or ''}"
    if B.HIDDEN_PANEL_MEDIA_RE.search(names):
        return False   # (a photo's or a video's tab: its caption is no text the story hides)
    role = el.get("role")
    if role == "tabpanel" or (role == "region" and el.get("aria-labelledby")):
        return True
    part = el.get("data-component-part")
    if part and B.HIDDEN_PANEL_TOKEN_RE.search(part):
        return True
    cls = el.get("class")
    return bool(cls) and B.HIDDEN_PANEL_TOKEN_RE.search(cls) is not None


def _attr_rule(el: etree._Element, tag: str, keys: list) -> tuple[str, str] | None:
    """_dom_rule of an element that is no consent tag and has one of _RULE_ATTRS (``keys``: its
    attribute names)."""
    get = el.get
    cls = get("class")
    ident = get("id")
    if cls or ident:
        key = (cls, ident)
        hit = _CLASS_ID_CACHE.get(key, _MISS)
        if hit is _MISS:
            if len(_CLASS_ID_CACHE) > 100_000:
                _CLASS_ID_CACHE.clear()
            hit = _CLASS_ID_CACHE[key] = _class_id_rule(cls, ident)
        # (a table's own <caption> names the table, "Permit prices from 1 April 2024" in GOV.UK's
        # caption.govuk-table__caption: no image's caption, unless the table frames an image, as 2008's pages
        # framed a photo and its caption.story_image_caption, L3S-GN1 224aa27e; a written probe of page kinds)
        if hit is not None and not (tag == "section" and ident and cls and _section_of_a_series(el, tag, cls)) and not (
                hit[1].startswith("boilerplate.hidden") and _hidden_panel(el)) and not (
                tag == "caption" and "caption" in hit[1] and el.getparent() is not None
                and next(el.getparent().iter("img"), None) is None):
            return hit
    if not _COMPONENT_ATTRS.isdisjoint(keys):
        for attr in B.COMPONENT_NAME_ATTRS:
            value = get(attr) if attr in keys else None
            if value:
                hit = _component_rule(attr, value)
                if hit is not None:
                    return hit
    if tag in B.BOILERPLATE_TAGS:
        if tag == "aside" and ((cls and any(B.FACT_BOX_TOKEN_RE.match(t) for t in cls.lower().split()))
                               or _fact_box_titled(el)):
            return None   # (B.FACT_BOX_*: the story's fact box)
        return _TAG_RULES[tag]
    if "itemprop" in keys and get("itemprop") in B.COMMENT_ITEMPROPS:
        return "boilerplate", "boilerplate.itemprop:comment"
    label = get("aria-label") if "aria-label" in keys else None
    if label and C.ARIA_CONSENT_RE.search(label):
        return "consent", f"consent.aria-label:{label[:40]}"
    labelled = get("aria-labelledby") if "aria-labelledby" in keys else None
    if labelled:
        # a region named by its heading's id (BBC Simorgh: <section aria-labelledby="podcast-promo">)
        hit = _token_rule(labelled.split()[0].lower(), "#")
        if hit is not None and hit[1] != "consent":
            return hit[1], hit[2].replace(":#", ":aria-labelledby=", 1)
    # (aria-hidden hides from screen readers only: a paragraph so marked is still shown to the eye,
    # e.g. techradar.com's metered paragraphs <p class="paywall" aria-hidden="true">, fundus
    # uk_TechRadar_2026_05_21; other elements so marked are decorative copies, icons, tickers)
    if "hidden" in keys or ("aria-hidden" in keys and tag != "p" and get("aria-hidden") == "true"):
        if "hidden" in keys and _hidden_panel(el):
            return None   # (a tab's or an accordion's panel: B.HIDDEN_PANEL_*)
        return "boilerplate", "boilerplate.hidden"
    if "aria-modal" in keys and get("aria-modal") == "true" and _holds_consent_button(el):
        return "consent", "consent.dialog"   # (C.CONSENT_DIALOG)
    if B.MAP_PIN_ATTRS[0] in keys and B.MAP_PIN_ATTRS[1] in keys:
        return "boilerplate", "boilerplate.map-pin"   # (B.MAP_PIN_ATTRS)
    if not _AMP_STAND_IN.isdisjoint(keys):
        parent = el.getparent()
        if parent is not None and isinstance(parent.tag, str) and parent.tag.startswith("amp-"):
            return "boilerplate", "boilerplate.amp-stand-in"   # (B.AMP_STAND_IN_ATTRS)
    style = get("style") if "style" in keys else None
    if style:
        style = style.replace(" ", "").lower()
        if "display:none" in style:
            if _hidden_panel(el):
                return None
            return "boilerplate", "boilerplate.display-none"
        if "visibility:hidden" in style:   # (as readability.js and readability-lxml drop it: never shown)
            return "boilerplate", "boilerplate.visibility-hidden"
        if ":-" in style and _OFFSCREEN_RE.search(style):
            return "boilerplate", "boilerplate.offscreen"
    return None


# an element moved thousands of pixels off the screen (hidden text, "skip to content" links): in the
# corpus and dev pages 36 such elements hold 30+ characters, none of them in a gold
_OFFSCREEN_RE = re.compile(r"(?:^|;)(?:left|top|text-indent|margin-left):-\d{4,}px")


def _nonspace_len(t: str) -> int:
    # (a tab or a carriage return is rare: "in" finds one by memchr, count() walks the text)
    return (len(t) - t.count(" ") - t.count("\n") - (t.count("\t") if "\t" in t else 0)
            - (t.count("\r") if "\r" in t else 0))


def visible_len(el: etree._Element, text: str | None = None) -> int:
    """Non-whitespace length of the element's text without script/style contents (``text``:
    the element's text_of(), when the caller has it already)."""
    n = _nonspace_len(text_of(el) if text is None else text)
    for s in el.iter("script", "style"):
        if s.text:
            n -= _nonspace_len(s.text)
    return n


def visible_len_over(el: etree._Element, limit: int) -> bool:
    """``visible_len(el) > limit``, reading text nodes only until the answer is known: the boxes
    tested against a small limit are climbed from a line up to the page's big containers,
    whose whole text (hundreds of KB on a long page) a visible_len would build each time."""
    return _visible_len_upto(el, limit) is None


def _visible_len_upto(el: etree._Element, limit: int, n: int = 0) -> int | None:
    """``n`` + the element's visible length (its own tail left out) when that is at most ``limit``;
    None as soon as it is over."""
    first = True
    for e in el.iter():
        if first:
            first = False
        else:
            t = e.tail   # (the element's own tail is not its text)
            if t:
                n += len(t) - t.count(" ") - t.count("\n") - t.count("\t") - t.count("\r")
        tag = e.tag
        if tag == "script" or tag == "style" or not isinstance(tag, str):
            continue   # (visible_len leaves script/style contents out; comments are no text)
        t = e.text
        if t:
            n += len(t) - t.count(" ") - t.count("\n") - t.count("\t") - t.count("\r")
            if n > limit:
                return None
    return None if n > limit else n


def _climb_visible_len(el: etree._Element, limit: int, inner: etree._Element, inner_n: int) -> int | None:
    """_visible_len_upto(el, limit) for the parent of ``inner``, a box whose length ``inner_n`` is
    known: what lies beside it is added, its subtree is not read again (a box climbed level by
    level reads each text node once)."""
    n = inner_n
    tag = el.tag
    if not (tag == "script" or tag == "style" or not isinstance(tag, str)):
        t = el.text
        if t:
            n += len(t) - t.count(" ") - t.count("\n") - t.count("\t") - t.count("\r")
    for x in el:
        t = x.tail
        if t:
            n += len(t) - t.count(" ") - t.count("\n") - t.count("\t") - t.count("\r")
        if x is not inner:
            n = _visible_len_upto(x, limit, n)
            if n is None:
                return None
    return None if n > limit else n


WORD3_RE = re.compile(r"\w{3,}")


def words_of(text: str) -> set:
    """Folded, lower-cased words of 3+ characters (headline and roundup word tests)."""
    return set(WORD3_RE.findall(fold(text)))   # (fold() lower-cases)


def _headline_text(root: etree._Element) -> str:
    """The text of the page's <title> and of its first <h1>."""
    body = root.find("body")
    h1 = next(body.iter("h1"), None) if body is not None else None
    return " ".join(text_of(el) for el in (root.find(".//title"), h1) if el is not None)


def _headline_words(body: etree._Element) -> set:
    """Words of the page's <title> and first <h1> (for the story guard on pages of short lines), less
    the words of the site's name (og:site_name, else the part of the <title> after its last " | ") that
    the <h1> does not hold: the title adds the name, and the site's "About" box and its footer repeat it
    (a site named for its subject, "Autoracing | F1 | … | NASCAR" over "Classificação NASCAR", keeps it)."""
    root = body.getroottree().getroot()
    title = root.find(".//title")
    h1 = next(body.iter("h1"), None)
    words = words_of(f"{text_of(title) if title is not None else ''} {text_of(h1) if h1 is not None else ''}")
    site = next((m.get("content") or "" for m in root.iter("meta") if m.get("property") == "og:site_name"), "")
    if not site:
        parts = text_of(title).rsplit(" | ", 1) if title is not None else []
        site = parts[1] if len(parts) == 2 and len(parts[1]) < len(parts[0]) else ""
    if not site:
        return words
    return words - (words_of(site) - (words_of(text_of(h1)) if h1 is not None else set()))


class _StoryGuard:
    """Never remove the container of the story because of a class name.

    The story is where the page's long prose paragraphs are: an element that holds at least half
    of them (and two or more) is protected, whatever its class says. For consent rules only
    paragraphs without cookie wording count (a OneTrust vendor list is long prose too)."""

    def __init__(self, body: etree._Element, index: TagIndex | None = None):
        self.body = body
        self._index = index
        self._long: set | None = None
        self._long_plain: set | None = None
        self._longest = None   # the page's longest <p> (of 40+ characters)
        self._page_len: int | None = None   # visible_len of the body, measured when needed
        self._floor = 0   # a lower bound of it (see _compute)
        self._head: set | None = None   # words of the page's <title> and first <h1>, once
        self._code: list = []
        self._long_counts_: dict | None = None
        self._chains: dict = {}   # (parent, class) -> do the siblings of that class hold the story together
        self._plain_counts: dict | None = None
        self._about: list | None = None   # the paragraphs that speak of the headline (_about_elsewhere)

    def _head_words(self) -> set:
        if self._head is None:
            self._head = _headline_words(self.body)
        return self._head

    def _compute(self):
        self._long = set()
        self._medium = []   # paragraphs of 80-149 characters: a short story's sentences
        longest = 0
        shown = []
        index = self._index if self._index is not None else TagIndex(self.body.getroottree().getroot())
        # the page's <script>/<style> elements (their text is not shown)
        self._code = index.get("script", self.body) + index.get("style", self.body)
        floor, top = 0, None
        for p in index.get("p", self.body):
            t = text_of(p)
            if len(t) < 40:
                continue
            if top is None or t not in top:
                # not inside the last paragraph counted (a <p> inside another holds a part of its
                # text; in document order it comes right after it): the texts counted are disjoint
                floor += _nonspace_len(t)
                top = t
            # the length as shown: the source's indentation is no prose (BBC Simorgh indents the
            # <p> of a figcaption or a podcast promo by 50 spaces a line, 85 characters of text)
            t = " ".join(t.split())
            n = len(t)
            if n >= 150 or (n >= 40 and not t.isascii() and _CJK_RE.search(t)):
                self._long.add(p)
            elif n >= 80:
                self._medium.append(p)
            shown.append((n, p, t))
            if n > longest:
                longest, self._longest = n, p
        if len(shown) > 1:
            # the story's longest paragraph is, of those that share words with the headline, the one
            # that shares the most, then the longest (a privacy banner's or a promo's own line, longer
            # than a one-sentence story, says nothing of the headline; a teaser of the series' next
            # post says less of it); long paragraphs of which none says anything of it, beside shorter
            # ones that do, are not the story's either (a sidebar's promo pitches beside a story of
            # short lines, a footer's "about us"): B.GUARD_HEADLINE_SHARED. (The longest counts only
            # when no paragraph is long: with two or more long ones, the paragraphs are weighed only
            # when none of the long ones speaks of the headline.)
            head = self._head_words()
            shared: dict = {}   # (the long paragraphs' counts, asked again below when none is about it)
            about_it = False
            if head and len(self._long) > 1:
                for _, p, t in shown:
                    if p in self._long:
                        shared[p] = k = len(head & words_of(t))
                        if k >= B.GUARD_HEADLINE_SHARED:
                            about_it = True
                            break
            if head and not about_it:
                about = [(shared[p] if p in shared else len(head & words_of(t)), n, p) for n, p, t in shown]
                about = [(k, n, p) for k, n, p in about if k >= B.GUARD_HEADLINE_SHARED]
                if about:
                    self._longest = max(about, key=lambda x: x[:2])[2]
                    if self._long and not any(p in self._long for _, _, p in about):
                        self._long = set()
        # the page's visible length is at least that of its paragraphs of 40+ characters (less the
        # page's scripts and styles): most elements tested are far smaller, and need no measure of the page
        if floor:
            self._floor = floor - sum(_nonspace_len(s.text) for s in self._code if s.text)

    def _over_half(self, n: int) -> bool:
        """``n > 0.5 * visible_len(body)``; the page is measured only when its floor leaves it open."""
        if self._page_len is None:
            if n <= 0.5 * self._floor:
                return False
            self._page_len = self.visible_len(self.body) or 1
        return n > 0.5 * self._page_len

    def visible_len(self, el: etree._Element, text: str | None = None) -> int:
        """:func:`visible_len` of an element of the body, with the script/style elements found by
        _compute (no second walk of the element's subtree to look for them)."""
        n = _nonspace_len(text_of(el) if text is None else text)
        for s in self._code:
            if s.text and (s is el or any(a is el for a in s.iterancestors())):
                n -= _nonspace_len(s.text)
        return n

    def _long_counts(self, pool: set) -> dict:
        """For every element: how many paragraphs of the pool it holds (itself included)."""
        counts: dict = {}
        for p in pool:
            for a in (p, *p.iterancestors()):
                counts[a] = counts.get(a, 0) + 1
        return counts

    def _inside(self, el: etree._Element, family: str = "") -> int:
        """How many paragraphs of the pool (the long ones; for consent, those without cookie
        words) the element holds: ``sum(1 for p in el.iter("p") if p in pool)``, counted once."""
        if family == "consent":
            if self._plain_counts is None:
                self._plain_counts = self._long_counts(self._long_plain)
            return self._plain_counts.get(el, 0)
        if self._long_counts_ is None:
            self._long_counts_ = self._long_counts(self._long)
        return self._long_counts_.get(el, 0)

    def holds_story_together(self, els: list) -> bool:
        """Do these elements, taken together, hold the story (half of its long paragraphs, or
        half of the page's text)?"""
        if self._long is None:
            self._compute()
        if self._over_half(sum(self.visible_len(e) for e in els)):
            return True
        inside = sum(self._inside(e) for e in els)
        return bool(self._long) and inside * 2 >= len(self._long)

    def chain_holds_story(self, el: etree._Element) -> bool:
        """The element and its siblings of the same class hold the story's sections: a story cut
        into sections, each in a box named as an ad slot or a region (see B.REGION_CHAIN_MIN):
        B.REGION_CHAIN_MIN boxes or more with distinct texts of B.REGION_CHAIN_BOX_CHARS, which
        together hold the story (half its long paragraphs or half the page's text) or at least
        1/B.REGION_CHAIN_PAGE_SHARE of the page's text."""
        cls, parent = el.get("class"), el.getparent()
        if not cls or parent is None:
            return False
        key = (parent, cls)
        verdict = self._chains.get(key)
        if verdict is None:
            chain = [s for s in parent if isinstance(s.tag, str) and s.get("class") == cls]
            verdict = False
            if len(chain) >= B.REGION_CHAIN_MIN:
                texts = {" ".join(text_of(s).split()) for s in chain}   # (distinct texts: not one ad repeated)
                if sum(1 for t in texts if len(t) >= B.REGION_CHAIN_BOX_CHARS) >= B.REGION_CHAIN_MIN:
                    if self._long is None:
                        self._compute()
                    if self._page_len is None:
                        self._page_len = self.visible_len(self.body) or 1
                    share = sum(self.visible_len(s) for s in chain)
                    verdict = (share * B.REGION_CHAIN_PAGE_SHARE >= self._page_len
                               or self.holds_story_together(chain))
            self._chains[key] = verdict
        return verdict

    def holds_all(self, el: etree._Element) -> bool:
        """Every long paragraph of the page is inside the element (or the page has none and the
        element holds most of its text)."""
        if self._long is None:
            self._compute()
        if not self._long:
            # (a page of short paragraphs: most of its text, and the story's longest paragraph, see
            # _compute; comment rules beside a one-sentence story are most of the page's text)
            return self._over_half(self.visible_len(el)) and (self._longest is None or self._holds(el, self._longest))
        if self.long_inside(el) != len(self._long):
            return False
        # a short story (sentences under 150 characters) beside a long comments box: two or more
        # such paragraphs outside the box are a story outside it, and so is one that speaks of the
        # headline when nothing inside the box does
        outside = [p for p in self._medium if not self._holds(el, p)]
        if len(outside) >= 2:
            return False
        if outside:
            head = self._head_words()
            about = [p for p in (*self._long, *self._medium)
                     if len(head & words_of(text_of(p))) >= B.GUARD_HEADLINE_SHARED]
            if about and not any(self._holds(el, p) for p in about):
                return False
        return True

    def long_inside(self, el: etree._Element) -> int:
        """How many of the page's long paragraphs the element holds."""
        if self._long is None:
            self._compute()
        return self._inside(el)

    @staticmethod
    def _holds(el: etree._Element, p: etree._Element) -> bool:
        return p is el or any(a is el for a in p.iterancestors())

    def _about_elsewhere(self, el: etree._Element) -> bool:
        """The page's paragraphs of 80+ characters that speak of the headline (B.GUARD_HEADLINE_SHARED
        of its words, _headline_words: not the site's name, which an "About" box repeats) lie outside
        the element, none inside it: the element holds other prose than the story's (a blog's "About
        me" box beside a short post)."""
        if self._about is None:
            head = self._head_words()
            self._about = [p for p in (*self._long, *self._medium)
                           if len(head & words_of(text_of(p))) >= B.GUARD_HEADLINE_SHARED]
        return bool(self._about) and not any(self._holds(el, p) for p in self._about)

    def holds_story(self, el: etree._Element, family: str, raw: str | None = None) -> bool:
        """``raw``: the element's text_of(), when the caller has it."""
        if self._long is None:
            self._compute()
        if raw is None:
            raw = text_of(el)
        if len(raw) < 40:
            # too short for one long paragraph (the shortest counted is 40 CJK characters)
            if family == "consent":
                return False
            if self._over_half(len(raw)) and self._over_half(self.visible_len(el, raw)):
                return True
            return not self._long and el.tag in ("article", "main")
        if family == "consent" and self._long_plain is None:
            self._long_plain = {p for p in self._long if not _COOKIE_WORD_RE.search(fold(text_of(p)))}
        pool = self._long_plain if family == "consent" else self._long
        if family != "consent":
            # raw length bounds the visible length: most candidates are small and stop here
            if self._over_half(len(raw)) and self._over_half(self.visible_len(el, raw)) and (
                    self._long or self._longest is None or self._holds(el, self._longest)):
                # (on a page of short paragraphs only, a box holding half the text holds the story
                # only if it holds the longest paragraph: a podcast promo beside a one-line story
                # holds half the page's text but only its own 85-character pitch)
                return not self._about_elsewhere(el)
        if not pool:
            return family != "consent" and el.tag in ("article", "main")
        inside = self._inside(el, family)
        return (inside >= 2 and inside * 2 >= len(pool) or (inside >= 1 and len(pool) == 1)) and (
            family == "consent" or not self._about_elsewhere(el))


_CARD_TAGS = frozenset({"div", "article", "li", "ul", "ol", "section", "aside", "figure", "a"})


def _following(el: etree._Element) -> list:
    return [s for s in el.itersiblings() if isinstance(s.tag, str) and s.tag not in ("br", "hr")]


def _are_cards(siblings: list) -> bool:
    """Teaser cards: mostly containers that each hold a link, and no plain paragraphs."""
    card_like = sum(1 for s in siblings if s.tag in _CARD_TAGS and next(s.iter("a"), None) is not None)
    return card_like >= 2 and card_like >= 0.6 * len(siblings) and not any(s.tag == "p" for s in siblings)


def _mark_after_heading(heading: etree._Element, guard: _StoryGuard, after: dict) -> None:
    """A related-widget heading (<h3 class="related-posts-title">) titles what follows it in its
    parent: the teaser cards after it go too — unless, all together, they hold the story."""
    siblings = _following(heading)
    if not siblings or any(is_body_hint(s) for s in siblings):
        return
    if not _are_cards(siblings) and guard.holds_story_together(siblings):
        return  # plain paragraphs after the heading: the story itself may go on there
    rule = ("after", f"related.after-heading:{describe(heading).split(' < ')[0]}")  # already guarded here
    for sib in siblings:
        after[sib] = rule


_REFRESH_URL_RE = re.compile(r"""url\s*=\s*['"]?\s*([^'"\s>]+)""", re.I)


_EMAIL_HINT_RE = re.compile(_alt(B.SIGNUP_EMAIL_FIELD_HINTS), re.I)


def is_email_field(el: etree._Element) -> bool:
    """<input type="email">, or a text input whose id/name/placeholder/aria-label says e-mail
    (rules.boilerplate.SIGNUP_EMAIL_FIELD_HINTS)."""
    kind = (el.get("type") or "text").strip().lower()
    if kind == "email":
        return True
    if kind != "text":
        return False
    hints = " ".join(el.get(a) or "" for a in ("id", "name", "placeholder", "aria-label"))
    return bool(hints.strip()) and bool(_EMAIL_HINT_RE.search(fold(hints)))


_SIGNUP_WORD_RE = re.compile(_alt(B.SIGNUP_WORDS), re.I)
_SIGNUP_PITCH_RE = re.compile(_alt(B.SIGNUP_PITCH_WORDS), re.I)


def _says_signup(field: etree._Element, box: etree._Element) -> bool:
    """An <input type="email"> box is a sign-up box as such; a box around a text field that says
    e-mail must also say "subscribe" (rules.boilerplate.SIGNUP_WORDS)."""
    if (field.get("type") or "").strip().lower() == "email":
        return True
    words = " ".join([text_of(box), field.get("id") or "",
                      *(i.get("value") or "" for i in box.iter("input"))])
    return bool(_SIGNUP_WORD_RE.search(fold(words)))


def _box_stops_at(anc) -> bool:
    """Where a box climbed from a form field (sign-up, log-in, poll, reply form) stops growing: the
    top of the tree, <body>, <article>, <main>, or a box that a class or id names as the story's."""
    return anc is None or anc.tag in ("body", "html", "article", "main") or is_body_hint(anc)


def _radio_group_form(radio: etree._Element, name: str | None):
    """Outside a <form> (or in a page-wide one): the smallest box within B.POLL_GROUP_LEVELS levels of
    *radio* that holds B.POLL_MIN_RADIOS radios of its name and a button to send the answer, or None."""
    if not name:
        return None
    anc = radio.getparent()
    for _ in range(B.POLL_GROUP_LEVELS):
        if anc is None or anc.tag in ("body", "form"):
            return None
        radios = sum(1 for i in anc.iter("input") if i.get("name") == name
                     and (i.get("type") or "").strip().lower() == "radio")
        if radios >= B.POLL_MIN_RADIOS:
            sends = next((b for b in anc.iter("button", "input") if b.tag == "button"
                          or (b.get("type") or "").strip().lower() == "submit"), None)
            return anc if sends is not None else None
        anc = anc.getparent()
    return None


def _poll_box(radio: etree._Element, seen: set):
    """The small box around a poll, survey or rating form found by one of its radio buttons
    (rules.boilerplate POLL_*): None when the radio is in no form (or a page-wide one) and its group's
    box has no button to send the answer (_radio_group_form), in a form already looked at, in a
    group of fewer radios, in a form with a field to type in (a search or sign-up form with
    options), or in a form with more text than a poll has."""
    form = next(radio.iterancestors("form"), None)
    name = radio.get("name")
    form_len = _visible_len_upto(form, B.POLL_BOX_MAX_CHARS) if form is not None else None
    if form_len is None:
        form = _radio_group_form(radio, name)   # (a script's poll of <div>s, with its button)
        form_len = _visible_len_upto(form, B.POLL_BOX_MAX_CHARS) if form is not None else None
    if form is None or form in seen:
        return None
    seen.add(form)
    n = 0
    for i in form.iter("input", "textarea"):
        kind = (i.get("type") or "text").strip().lower()
        if kind == "radio":
            n += i.get("name") == name
        elif i.tag == "textarea" or kind in B.POLL_TYPED_INPUTS:
            return None
    if n < B.POLL_MIN_RADIOS:
        return None
    if form_len is None or is_body_hint(form) or _has_prose_run(form):
        return None
    box = form
    anc = form.getparent()
    for _ in range(B.SIGNUP_BOX_LEVELS):
        if _box_stops_at(anc):
            break
        if (_visible_len_upto(anc, form_len + B.POLL_BOX_OUTSIDE_CHARS) is None or _has_prose_run(anc)
                or _story_outside(anc, box)):
            break   # (a short story's sentences around the poll: its wrapper is the story's)
        box = anc
        anc = anc.getparent()
    return box


def _reply_form_box(field: etree._Element):
    """The small box around a field to write in (<textarea>): a reader's comment or reply form, an
    e-mail-a-friend form, with their labels, title and notices, whatever their class names
    (rules.boilerplate REPLY_FORM_*): the field's <form> (or, in a page-wide form, the field's own
    box), and the boxes around it that add little text. None when that is already too big, or holds
    a sentence of prose or two shorter ones (a short story in the form's box)."""
    form = next(field.iterancestors("form"), None)
    start = form if form is not None and not visible_len_over(form, B.REPLY_FORM_MAX_CHARS) else field.getparent()
    box, size = None, 0
    anc = start
    for _ in range(B.SIGNUP_BOX_LEVELS):
        if _box_stops_at(anc):
            break
        n = _visible_len_upto(anc, B.REPLY_FORM_MAX_CHARS if box is None else size + B.REPLY_FORM_OUTSIDE_CHARS)
        if n is None or _has_prose_run(anc) or _has_prose_run(anc, B.REPLY_FORM_PROSE_CHARS, 2):
            break
        if box is None:
            size = n
        box = anc
        anc = anc.getparent()
    return box


def in_boxes(p: Para, boxes) -> bool:
    """The line lies in one of the boxes."""
    return p.block is not None and (p.block in boxes or any(a in boxes for a in p.block.iterancestors()))


def _has_prose_run(box: etree._Element, limit: int = B.POLL_PROSE_CHARS, runs: int = 1) -> bool:
    """``runs`` runs of text of ``limit`` characters or more (one text node each): a sentence of a
    story, which no poll's title, question or answer is."""
    for e in box.iter():
        # (code is no prose: a comment form's list of the HTML tags it allows, <code>&lt;a href=""…)
        for t in (e.text if e.tag != "code" and e.tag != "pre" else None, e.tail if e is not box else None):
            if t and len(t) >= limit and len(t.strip()) >= limit:
                runs -= 1
                if not runs:
                    return True
    return False


def _signup_box(field: etree._Element, prose_stop: bool = False, guard: "_StoryGuard | None" = None):
    """The small box around an e-mail field: a newsletter or registration sign-up (its title, pitch,
    consent line and button), whatever its class names. None when the field sits in a big block.
    ``prose_stop``: never climb to a box that holds a paragraph of prose (a short story beside a
    log-in form in one unmarked wrapper stays); ``guard``: nor to one that holds the story in a
    paragraph that is no sign-up pitch (_story_beside_signup)."""
    box = None
    anc = field.getparent()
    for _ in range(B.SIGNUP_BOX_LEVELS):
        if _box_stops_at(anc):
            break
        if visible_len_over(anc, B.SIGNUP_BOX_MAX_CHARS):
            break
        if guard is not None and _story_beside_signup(anc, guard):
            break
        if prose_stop and _prose_paragraph(anc):
            break
        if box is not None and _story_outside(anc, box):
            break   # (a short story's sentences around the box: its wrapper is the story's, not the box's)
        box = anc
        anc = anc.getparent()
    return box


def _note_signup_box(field: etree._Element, guard: "_StoryGuard", facts: dict, gone=None) -> None:
    """The sign-up box around an e-mail field, for filter_paragraphs (facts["signup_boxes"]); not
    ``gone``, a form a rule took whole."""
    box = _signup_box(field, guard=guard)
    if box is not None and box is not gone and _says_signup(field, box):
        facts["signup_boxes"].add(box)
        facts["signup_boxes"].update(_signup_lead_in(box))


def _paid_link(a: etree._Element) -> bool:
    """A link marked as paid or affiliate (rel="sponsored")."""
    rel = a.get("rel")
    return rel is not None and "sponsored" in rel.lower()


def _buy_box(a: etree._Element):
    """The small box around a paid link (rel="sponsored", which search engines ask of affiliate and paid
    links) that is a box of its own to buy from (B.BUY_BOX_*): a container element, not a paragraph, of at
    most B.BUY_BOX_MAX_CHARS visible characters, holding two such links (a price list) or one and a short
    bold or heading title opening it ("Envie de le lire ? Commandez-le chez … <a rel="nofollow sponsored">",
    "Gdzie kupić?", "Bedste pris lige nu": a written probe of European blogs, 2026-12-07). None otherwise: a
    story's sentence with a paid link in it stays."""
    box = None
    anc = a.getparent()
    for _ in range(B.BUY_BOX_LEVELS):
        if anc is None or _box_stops_at(anc) or visible_len_over(anc, B.BUY_BOX_MAX_CHARS):
            break
        if any(len(" ".join(text_of(q).split())) >= B.BUY_BOX_PROSE_CHARS and not any(
                _paid_link(x) for x in q.iter("a")) for q in anc.iter("p")):
            break   # (a paragraph of the story beside the box: a review's section with its product card)
        if anc.tag not in B.BUY_BOX_NOT_TAGS:
            box = anc
        anc = anc.getparent()
    if box is None:
        return None
    paid = sum(1 for x in box.iter("a") if _paid_link(x))
    if paid >= 2:
        return box
    title = next(box.iter("strong", "b", *HEADING_TAGS), None)
    if title is None or title is a or any(x is a for x in title.iter("a")):
        return None
    words = text_of(title).split()
    lead = " ".join(text_of(box).split())
    return box if 0 < len(words) <= B.BUY_BOX_TITLE_MAX_WORDS and lead.startswith(" ".join(words)) else None


def _signup_lead_in(box: etree._Element) -> list:
    """The elements right before a sign-up box that title and pitch it, when the page builder set each in
    a box of its own (Elementor: a heading widget "اشترك في نشرتنا البريدية", a text widget with the pitch,
    then the form widget, siblings in the story's container; a written probe of Arabic news, 2026-12-07):
    up to B.SIGNUP_LEAD_IN_BOXES small boxes without a link, back to one holding a heading that says
    sign-up (B.SIGNUP_WORDS); [] when there is no such heading."""
    found = []
    sib = _element_sibling(box, etree._Element.getprevious)
    for _ in range(B.SIGNUP_LEAD_IN_BOXES):
        if (sib is None or visible_len_over(sib, B.SIGNUP_BOX_MAX_CHARS) or sib.tag == "a"
                or next(sib.iter("a"), None) is not None):
            return []
        found.append(sib)
        heads = [sib] if sib.tag in HEADING_TAGS else list(sib.iter(*HEADING_TAGS))
        if any(_SIGNUP_WORD_RE.search(fold(text_of(h))) for h in heads):
            return found
        sib = _element_sibling(sib, etree._Element.getprevious)
    return []


def _gone_signup_form(form: etree._Element, guard: "_StoryGuard", facts: dict) -> None:
    """A sign-up form that a class or tag rule took whole ("Form-newsletter"): the walk never reaches
    its e-mail field, so the small box around the form (its title and pitch: "Get local news you
    can trust") is found from here, as it is from a field the walk reads."""
    field = next((f for f in form.iter("input") if is_email_field(f)), None)
    if field is not None:
        _note_signup_box(field, guard, facts, gone=form)


_ACCOUNT_FORM_LEGAL_RE = re.compile(_alt(B.ACCOUNT_FORM_LEGAL_WORDS), re.I)
_BENEFIT_RE = re.compile(_alt(B.PAYWALL_BENEFIT_WORDS), re.I)
_ACCOUNT_FORM_FIELD_TYPES = frozenset({"text", "email", "password", "tel", "checkbox", "date", "number"})


def _prose_paragraph(box: etree._Element, excused=None) -> bool:
    """The box holds a <p> of LOGIN_BOX_PROSE_CHARS or more as shown (white space runs as one space),
    but those whose text ``excused`` takes for the box's own (a pitch, a consent line)."""
    for p in box.iter("p"):
        t = " ".join(text_of(p).split())
        if len(t) >= B.LOGIN_BOX_PROSE_CHARS and not (excused is not None and excused(t)):
            return True
    return False


def _signup_pitch(t: str) -> bool:
    return _SIGNUP_PITCH_RE.search(fold(t)) is not None


def _pitch_or_legal(t: str) -> bool:
    return _signup_pitch(t) or _ACCOUNT_FORM_LEGAL_RE.search(t) is not None


def _account_form(field: etree._Element, guard: "_StoryGuard"):
    """The password field's own <form> when it is a registration or log-in form of its own
    (B.ACCOUNT_FORM_*), else None."""
    form = next((a for a in field.iterancestors() if a.tag == "form"), None)
    if form is None or visible_len_over(form, B.ACCOUNT_FORM_MAX_CHARS) or form.find(".//h1") is not None:
        return None
    fields = sum(1 for e in form.iter("input", "select", "textarea")
                 if e.tag != "input" or (e.get("type") or "text").strip().lower() in _ACCOUNT_FORM_FIELD_TYPES)
    if fields < B.ACCOUNT_FORM_MIN_FIELDS:
        return None
    if _prose_paragraph(form, _pitch_or_legal):
        return None   # a paragraph of prose in the form: a short story in a page-wide form
    if guard.holds_story(form, "boilerplate"):
        return None
    return form


def _story_beside_signup(box: etree._Element, guard: "_StoryGuard") -> bool:
    """A box climbed from an e-mail field holds the story (the story guard's verdict) in a paragraph
    of LOGIN_BOX_PROSE_CHARS or more that is no sign-up pitch: a one-paragraph story's unmarked
    wrapper, where the sign-up box stops growing (B.SIGNUP_BOX_STORY)."""
    return guard.holds_story(box, "boilerplate") and _prose_paragraph(box, _signup_pitch)


def _holds_headline(el: etree._Element) -> bool:
    """The box holds the page's headline as its <h1>, in few characters (B.HEADER_HEADLINE_*)."""
    h1 = next(el.iter("h1"), None)
    if h1 is None:
        return False
    words = words_of(text_of(h1))
    if len(words) < B.HEADER_HEADLINE_MIN_WORDS or _visible_len_upto(el, B.HEADER_HEADLINE_MAX_CHARS) is None:
        return False
    root = el.getroottree().getroot()
    title = root.find(".//title")
    said = words_of(" ".join([text_of(title) if title is not None else ""] + [
        m.get("content") or "" for m in root.iter("meta") if m.get("property") == "og:title"]))
    return len(words & said) >= B.HEADER_HEADLINE_SHARE * len(words)


_SIGNUP_CONSENT_RE = re.compile(rf"\s*(?:{_alt(B.SIGNUP_CONSENT_OPENERS)})(?![^\W\d_])", re.I)


def _story_outside(anc: etree._Element, inner: etree._Element) -> bool:
    """``anc`` holds, outside ``inner``, the page's headline (<h1>) or two runs of text of
    REPLY_FORM_PROSE_CHARS (one text node each; code, runs with a SIGNUP_PITCH_WORDS word and a consent line
    opening with one of SIGNUP_CONSENT_OPENERS not counted): a story's, which a sign-up box's or a poll's title,
    pitch and question are not."""
    runs = 0
    stack = [anc]
    while stack:
        e = stack.pop()
        texts = [] if e is anc else [e.tail]
        if e is not inner and isinstance(e.tag, str) and e.tag not in ("code", "pre"):
            if e.tag == "h1":
                return True
            texts.append(e.text)
            stack.extend(e)
        for t in texts:
            if t and len(t) >= B.REPLY_FORM_PROSE_CHARS:
                n = len(t.strip())
                if n < B.REPLY_FORM_PROSE_CHARS or _SIGNUP_PITCH_RE.search(fold(t)) or _SIGNUP_CONSENT_RE.match(t):
                    continue   # (the box's own pitch, outside its form: "Sign up to our newsletter and …", or its
                    # consent line, B.SIGNUP_CONSENT_OPENERS)
                runs += 1
                if runs == 2:
                    return True
    return False


# Elements that belong in <head>; the first other one there starts the page's body (as in a browser)
_HEAD_TAGS = frozenset({"title", "meta", "link", "base", "style", "script", "noscript"})


def _body_from_head(root: etree._Element):
    """No <body> in the tree: the parser left the page inside <head> (an element that cannot be in
    <head>, e.g. a stray <mbox>, or <noscript><body>… in <head>). As a browser does, the first
    element that is not head matter starts the body: it and what follows move into a new <body>.
    Source: L3S-GN1 dev pages f3d9f7be… (dailyindia.com, <mbox> in <head>) and 89329982…
    (planet-f1.com, <noscript><body id="story"></noscript> after </head>)."""
    head = root.find("head")
    if head is None:
        return None
    for child in head:
        if not isinstance(child.tag, str):
            continue
        inner = child.find("body") if child.tag == "noscript" else None
        if child.tag in _HEAD_TAGS and inner is None:
            continue
        body = inner if inner is not None else etree.Element("body")
        rest = [c for c in child.itersiblings()]
        if inner is None:
            body.append(child)
        for c in rest:
            body.append(c)
        root.append(body)
        return body
    return None


def _after_body(body: etree._Element) -> None:
    """Markup after "</body>" (before "</html>"): libxml2 leaves it beside the body, under <html>;
    a browser puts it in the body and shows it. It moves to the end of the body."""
    tail = body.tail
    if tail and tail.strip():
        last = body[-1] if len(body) else None
        if last is None:
            body.text = (body.text or "") + tail
        else:
            last.tail = (last.tail or "") + tail
    body.tail = None
    for sib in list(body.itersiblings()):
        body.append(sib)


def _page_setup(root: etree._Element, profile: SiteProfile | None, index: TagIndex):
    body = root.find("body")
    if body is None:
        body = _body_from_head(root)
    elif body.getnext() is not None:
        _after_body(body)
    if body is None:
        body = root
    facts = {"wall_markup": False, "consent_chars": 0, "consent_buttons": [], "spared": [], "consent_spared": [], "img_texts": set(), "img_blocks": set(),
             "signup_boxes": set(), "login_boxes": set(), "poll_boxes": set(), "poll_forms": set(), "buy_boxes": set(),
             "reply_forms": set(), "tool_boxes": set(), "cites": bool(index.get("cite")), "quotes": bool(index.get("blockquote"))}
    extra: dict = {}
    if profile and profile.noise_selectors:
        for sel in profile.noise_selectors:
            for el in select(root, sel):
                extra.setdefault(el, ("site", f"site.noise:{sel}"))
    body_cls = (body.get("class") or "").lower().split()
    if any(c in C.WALL_BODY_CLASSES for c in body_cls):
        facts["wall_markup"] = True
    for form in index.get("form"):
        action = form.get("action") or ""
        if "//" in action and C.is_consent_host(host_of(action.strip())):
            facts["wall_markup"] = True  # Google's consent form and friends
    head = root.find("head")
    for meta in index.get("meta", head):
        if (meta.get("http-equiv") or "").strip().lower() == "refresh":
            m = _REFRESH_URL_RE.search(meta.get("content") or "")
            if m and C.is_consent_host(host_of(m.group(1))):
                facts["wall_markup"] = True  # <meta http-equiv=refresh> to a consent host (not followed)
    return body, facts, extra


# a link opens a popup, a tooltip or a lightbox; a <span> with such a class may be the tooltip's own text.
# A link inside a sentence is a word of the sentence whatever its class says: a keyword the site links
# to its tag page (haber7.com: "… sanatı ve <a class="link_keywords">spor</a>u önerdi", magic_html
# haber7.com_0c3fcbaa: the token rule for "keywords" cut the word out of the sentence).
_INLINE_TRIGGER_TAGS = frozenset({"a"})
# ... and a label named as a tag (B.LABELS_TOKEN_RE) in a sentence is its word too: a changelog's "<li><span
# class="tag tag-added">Added</span> Outline view: …</li>" (a written probe of recall-hard pages, 2026-12-07, lost
# every entry's first word); other inline boxes' names in running text stay rules (datelines, bylines: any
# named span taken as the sentence's word moved 32 dev pages, net down)
_INLINE_LABEL_TAGS = frozenset({"span", "em", "strong", "b", "i", "small", "mark"})
_TOKEN_RULE = "boilerplate.token:"
# Inside a code block, class tokens name the highlighted syntax ("hljs-comment", "hljs-keyword",
# "token comment"), not page furniture: cnblogs.com (magic_html cnblogs.com_66211fc4) lost the
# comments and the keywords of its shell listings ("# prometheus", "then", "fi") to the token rules.
_CODE_TOKEN_TAGS = frozenset({"span", "a", "b", "i", "em", "strong", "font"})
_CODE_TAGS = frozenset({"pre", "code"})


def _in_code(el: etree._Element) -> bool:
    return any(a.tag in _CODE_TAGS for a in el.iterancestors())


def _in_running_text(el: etree._Element) -> bool:
    """The element sits inside a sentence: text right before or after it in its parent (not only
    separators: "Facebook | Digg | other sites" is a row of links). An element of no letter or digit
    (a heading's permalink "¶", "#") is no word of the sentence it follows."""
    if not any(c.isalnum() for t in el.itertext() for c in t):
        return False
    if _has_word(el.tail):
        return True
    prev = el.getprevious()
    if prev is not None:
        return _has_word(prev.tail)
    parent = el.getparent()
    return parent is not None and _has_word(parent.text)


_SEPARATORS = frozenset("|·•/\\-–—")


def _has_word(text: str | None) -> bool:
    """Text beside an inline element that makes it part of a sentence: anything but white space and
    the separators of a row of links ("Facebook | Digg")."""
    return bool(text) and any(not c.isspace() and c not in _SEPARATORS for c in text)


# the rules whose boxes the story guard kept are listed in facts["spared"]: a box a boilerplate or
# related token names (sidebar, comments, widget …) kept because it held the page's long prose,
# which the container choice trusts less (scraper.choice._outside_kept_boxes)
_TOKEN_RULES = ("boilerplate.token:", "related.token:")
# ... and an <aside> so kept (a blog's profile box, the page's only long <p>, beside a post of <br> lines:
# a written probe of recall-hard pages, 2026-12-07, ameblo's skin)
_ASIDE_RULE = "boilerplate.tag:aside"
_RULE_FLAGS: dict[str, tuple[bool, ...]] = {}   # rule name -> (comments, weak, trigger, linked, region, labels) token tests


def _holds_prose_runs(el: etree._Element) -> bool:
    """A run of text (one text node) of B.LABELS_BOX_PROSE_CHARS or more, or B.LABELS_BOX_PROSE_RUNS
    runs of B.LABELS_BOX_LINE_CHARS or more: prose, which a box of labels does not hold."""
    runs = 0
    for t in el.itertext():
        n = len(t)
        if n >= B.LABELS_BOX_LINE_CHARS:
            n = len(t.strip())
            if n >= B.LABELS_BOX_PROSE_CHARS:
                return True
            if n >= B.LABELS_BOX_LINE_CHARS:
                runs += 1
                if runs >= B.LABELS_BOX_PROSE_RUNS:
                    return True
    return False


def _apply_rule(el: etree._Element, hit: tuple[str, str], guard: "_StoryGuard", facts: dict,
                removals: list[Removal], order: int) -> bool:
    """Mark the element as removed by the rule unless it holds the story. True if marked."""
    family, rule = hit
    if family == "consent":
        ident = (el.get("id") or "").lower()
        toks = set((el.get("class") or "").lower().split())
        if ident in C.WALL_IDS or toks & C.WALL_CLASSES:
            facts["wall_markup"] = True
    generic = family != "consent" or rule.startswith("consent.token")
    flags = _RULE_FLAGS.get(rule)
    if flags is None:
        if len(_RULE_FLAGS) > 50_000:
            _RULE_FLAGS.clear()
        flags = _RULE_FLAGS[rule] = (bool(B.COMMENTS_TOKEN_RE.search(rule)), bool(B.WEAK_TOKEN_RE.search(rule)),
                                     bool(B.TRIGGER_TOKEN_RE.search(rule)),
                                     family == "boilerplate" and bool(B.LINKED_TOKEN_RE.search(rule)),
                                     bool(B.REGION_TOKEN_RE.search(rule) or B.AD_TOKEN_RE.search(rule)),
                                     family == "boilerplate" and bool(B.LABELS_TOKEN_RE.search(rule)))
    comments, weak, trigger, linked, region, labels = flags
    if linked and next((a for a in el.iter("a") if a.get("href")), None) is None:
        return False   # a "teaser" without a link: the story's own lead (see LINKED_TOKEN_RE)
    if family == "boilerplate" and rule.endswith("footer") and rule.startswith(_TOKEN_RULE) and any(
            d is not el and class_id_hint(d.get("class"), d.get("id")) for d in el.iter("div", "section", "article")):
        return False   # a box named a footer that holds one named as the story's (B.FOOTER_HOLDING_BODY)
    if (family == "boilerplate" and rule.endswith("header") and rule.startswith(_TOKEN_RULE)
            and _holds_headline(el)):
        return False   # the story's own header, its <h1> the page's headline (B.HEADER_HOLDING_HEADLINE)
    if labels and _holds_prose_runs(el):
        return False   # a box of labels (tags, menu, pager) holding runs of prose: misnamed
    raw = None   # the element's text_of(), once (the guard, the weak-token test and shown_text read it)
    if family == "boilerplate" and comments:
        # a comments box: kept only when all the page's long prose is inside it
        if is_body_hint(el):
            return False
        if guard.holds_all(el):
            if rule.startswith(_TOKEN_RULES):
                facts["spared"].append(el)
            return False
    elif family not in ("site", "after"):
        if generic and (is_body_hint(el) or el.tag in ("article", "main")):
            return False
        raw = text_of(el)
        if guard.holds_story(el, family, raw):
            if family in ("boilerplate", "related") and not weak and not region and (
                    rule.startswith(_TOKEN_RULES) or rule == _ASIDE_RULE):
                facts["spared"].append(el)   # (a name that says what the box is; not a hidden box)
            elif family == "consent":
                facts["consent_spared"].append((el, rule))   # (a consent box holding the page's prose)
            return False
        if region and family == "boilerplate" and guard.chain_holds_story(el):
            return False   # one of the story's sections, each in a box named as an ad slot
    if family == "boilerplate" and weak and (
            el.find(".//article") is not None
            or (len(text_of(el) if raw is None else raw) > B.WEAK_TOKEN_MAX_CHARS and guard.long_inside(el) >= 3)):
        return False   # a story shown in a modal/overlay box (see WEAK_TOKEN_RE)
    if family == "boilerplate" and el.tag in _CODE_TOKEN_TAGS and rule.startswith(_TOKEN_RULE) and _in_code(el):
        return False   # a syntax highlighter's token in a code block (<span class="hljs-keyword">fi</span>)
    if (family == "boilerplate" and ((el.tag in _INLINE_TRIGGER_TAGS and (trigger or rule.startswith(_TOKEN_RULE)))
                                     or (labels and el.tag in _INLINE_LABEL_TAGS))
            and _in_running_text(el)):
        # a word in a sentence that opens a popup/tooltip, not the popup box; a word of a sentence
        # that the site links to its tag or section page (<a class="link_keywords">spor</a>u)
        return False
    el.set(REMOVED_ATTR, rule)
    text = shown_text(el, raw=raw)
    if family == "consent":
        facts["consent_chars"] += len(text)
    if text:
        # (shown_text's text is single-spaced already: _short's collapse would change nothing)
        removals.append(Removal(rule=rule, text=_cut(text), stage="dom", path=describe(el), order=order))
    return True


_COOKIE_WORD_RE = re.compile(rf"(?:{_alt(C.COOKIE_WORDS_AR)})|\b(?:{_alt(C.COOKIE_WORDS_EN + C.COOKIE_WORDS_OTHER)})\b", re.I)
_BUTTON_LABELS = C.BUTTON_LABELS_AR + C.BUTTON_LABELS_EN + C.BUTTON_LABELS_EU
_BUTTON_SET = {_b for _b in (" ".join(re.sub(r"[\W_]+", " ", fold(x)).split()) for x in _BUTTON_LABELS) if _b}
_BUTTONS_LONGEST_FIRST = sorted(_BUTTON_SET, key=len, reverse=True)


def _element_sibling(el, step):
    """The element sibling of *el* in the direction of *step*, past <br>s, comments and entities."""
    sib = step(el)
    while sib is not None and (not isinstance(sib.tag, str) or sib.tag == "br"):
        sib = step(sib)
    return sib


def _is_consent_button(el: etree._Element) -> bool:
    """A <button> (by its text) or an <input> (by its value) labelled as a consent button."""
    label = text_of(el) if el.tag == "button" else (el.get("value") or "")
    return bool(label) and len(label) < 60 and _is_button_line(fold(label))


def _holds_consent_button(box: etree._Element) -> bool:
    """*box* holds a <button> or an <input> labelled as a consent button (C.CONSENT_DIALOG)."""
    return any(_is_consent_button(b) for b in box.iter("button", "input"))


@lru_cache(maxsize=4096)
def _is_button_line(folded: str) -> bool:
    bare = _bare(folded)
    if not bare or _words(bare) > 6:
        return False
    if bare in _BUTTON_SET:
        return True
    # several labels in one line: "قبول رفض إدارة الإعدادات", "Accept Learn More"
    rest = bare
    for label in _BUTTONS_LONGEST_FIRST:
        if label and (rest == label or rest.startswith(label + " ") or rest.endswith(" " + label) or f" {label} " in rest):
            rest = " ".join(rest.replace(label, " ").split())
        if not rest:
            return True
    return not rest
