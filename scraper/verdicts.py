"""What a page is when it is no article: a consent wall (a wall is never stored), a soft 404 or a
removed story, a maintenance or server-error page, a listing (home, section, tag, search), each
from the one tree and the lines already read, with the evidence for ``--explain``."""
from __future__ import annotations

import re

from urllib.parse import urlsplit

from . import clean, domrules, textlines
from .article import Removal
from .dates import find_date_in_text
from .htmlio import text_of
from .rules import consent as C
from .rules import container as RC
from .textnorm import fold
from .urls import host_of
from .choice import _alike_siblings, _hint_bonus, _SENTENCE_ENDS, _teaser_lines, _title_cards
from .assemble import _assemble, _CHOICE_RE, _COUNTED_PARTNERS_RE


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
