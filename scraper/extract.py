"""HTML bytes + URL (+ headers) in, a clean Article out. One parse, one tree, one text walk.

    decode → parse → metadata → one walk (domwalk: the DOM rules, the text cut into lines)
    → line rules (clean) → the story container's first choice (choice) and second look
    (reconsider) → the story's lines (assemble) → what the page is (verdicts)
    → normalise, date/language/authors (here)
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from datetime import datetime, timezone
from lxml import etree

from . import blocking, clean, domrules, domwalk, embedded, textlines
from .article import Article, Removal
from .authors import clean_authors
from .dates import find_date_in_text, parse_date
from .rules.dates import DATE_CLASS_WORDS
from .htmlio import (
    NUL_FROM_NUL_BYTE, TagIndex, UndecodableError, decode_for_parse, decode_html, parse_html, select, text_of,
)
from .lang import detect_language
from .metadata import extract_metadata
from .rules import boilerplate as B
from .rules import container as RC
from .site import SiteProfile
from .textnorm import clean_text, fold
from .tokenmatch import _trie
from .urls import host_of
from .choice import _choose, _decision
from .assemble import _assemble, _linked_story, _move_body_mark
from .reconsider import _lead, _reconsider
from .verdicts import (
    _end_furniture, _gone_article, _listing_page, _media_only_article, _no_article_page, _server_error,
    _story_beside_consent, _text_lines, _unavailable_article, _verdict, _wall,
)

# (a name has no digit and no sentence's or clause's mark: _name_like)
_NOT_NAME_RE = re.compile(r"[\d.,:;!?؟،؛|/()«»\"“”]")


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _site_of(url: str) -> str:
    host = host_of(url)
    return host[4:] if host.startswith("www.") else host


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


def _same_folded(text: str, other: str) -> bool:
    """``text`` says ``other`` (both folded): a video's name or a picture's caption that is the page's title (a
    video page's headline) or one of its descriptions is theirs, not the medium's."""
    return bool(other) and fold(text) == fold(other)


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
    facts["videos"] = [(n, d) for n, d in meta["videos"] if not _same_folded(n, meta["title"])]
    facts["image_captions"] = [c for c in meta["image_captions"] if not _same_folded(c, meta["title"])
                               and not any(_same_folded(c, d) for d in meta["descriptions"])]
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
