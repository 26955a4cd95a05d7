"""Is this answer a block? Named from what the response is (no Scrapy, no network).

    block_from_headers(status, headers)  -> Block | None   status + headers only, no body
    challenge_in_tree(root)              -> (kind, evidence) | None   the ONE parsed page
    block_of(status, headers, root=None) -> Block | None   both, for a response already parsed
    mark_challenge(root, article)        -> bool   the hook scraper.extract calls on its tree

Kinds (the ``blocked/<kind>`` stats): ``cloudflare``, ``akamai``, ``datadome``, ``sucuri``,
``perimeterx``, ``imperva``, ``aws-waf``, ``cloudfront``, ``f5``, ``wordfence``, ``modsecurity``, ``radware``,
``reblaze``, ``yandex``, ``tencent``, ``vercel``, ``ddos-guard``, ``anubis``, ``go-away`` when a
vendor is recognised, ``isp`` for an ISP's or a regulator's block page, ``captcha`` for a captcha page of
no named vendor, else ``http_403``,
``http_429``, ``http_503``.
The rules, with their sources, are data in ``scraper.rules.blocking``.

Headers and status are enough for most blocks (a 403 with ``Server: cloudflare``). A challenge
page served with 200 is recognised from the page the extractor parsed anyway (title, a few
element markers, the visible text of a short page): ``scraper.extract`` calls
``challenge_in_tree`` on its tree; nothing here scans raw bytes.
"""
from __future__ import annotations

import re
from itertools import islice
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .rules import blocking as R
from .textnorm import fold

__all__ = ["Block", "block_from_headers", "challenge_in_tree", "block_of", "BLOCK_STATUSES",
           "HINT", "header_pairs", "mark_challenge"]

BLOCK_STATUSES = R.BLOCK_STATUSES
HINT = R.HINT


@dataclass(frozen=True)
class Block:
    kind: str          # stats suffix: "cloudflare", "http_429", …
    status: int        # HTTP status of the answer
    evidence: str      # what told us, for the log: "server: cloudflare", "title 'Just a moment...'"

    @property
    def vendor(self) -> str | None:
        return None if self.kind.startswith("http_") else self.kind


# --------------------------------------------------------------------------- headers

def _text(v: Any) -> str:
    if isinstance(v, bytes):
        return v.decode("latin-1", "replace")
    return str(v)


def header_pairs(headers: Mapping | Iterable | None) -> list[tuple[str, str]]:
    """(name, value) pairs, both lower case, one per value, from a dict (str or bytes keys;
    a value may be a list, as in Scrapy's ``Headers``) or a list of pairs."""
    if not headers:
        return []
    items = headers.items() if isinstance(headers, Mapping) else headers
    out = []
    for name, value in items:
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            out.append((_text(name).strip().lower(), _text(v).strip().lower()))
    return out


def _cookie_names(pairs: list[tuple[str, str]]) -> set[str]:
    return {v.split("=", 1)[0].strip() for n, v in pairs if n == "set-cookie" and "=" in v}


def block_from_headers(status: int, headers: Mapping | Iterable | None) -> Block | None:
    """A block told by status and headers alone, or None. With a block status (403, 429, 503)
    and no vendor in the headers the kind is ``http_<status>`` (a challenge page in the body
    may still name the vendor: see ``block_of``)."""
    pairs = header_pairs(headers)
    blocked_status = status in BLOCK_STATUSES
    for kind, name, needle, needs_status, _src in R.HEADER_RULES:
        if needs_status and not blocked_status:
            continue
        for n, v in pairs:
            if n == name and needle in v:
                return Block(kind, status, f"{name}: {v[:60]}" if v else name)
    if not blocked_status:
        return None
    cookies = _cookie_names(pairs)
    for kind, cookie, _src in R.COOKIE_RULES:
        if cookie in cookies:
            return Block(kind, status, f"cookie {cookie}")
    return Block(f"http_{status}", status, f"HTTP {status}")


# --------------------------------------------------------------------------- the page

_TITLE_END = re.compile(r"[\s.…]+$")
# (regexp=False: no EXSLT regular-expression functions registered before each call; none is used)
_ELEMENTS = [(kind, etree.XPath(f"boolean(self::*[{pred}])", regexp=False), pred) for kind, pred, _src in R.ELEMENT_RULES]
# (the vendors' markers and the captcha widgets in one walk of the small page)
_ANY_ELEMENT = etree.XPath("//*[" + " or ".join(f"({p})" for p in (*(p for _k, p, _s in R.ELEMENT_RULES),
                                                                   *R.CAPTCHA_WIDGETS)) + "]", regexp=False)
_TITLE = etree.XPath("(//title)[1]", regexp=False)
_BODY = etree.XPath("(//body)[1]", regexp=False)
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False, regexp=False)
_CAPTCHA_PHRASES = tuple(fold(p) for p in R.CAPTCHA_PHRASES)


def _norm(text: str) -> str:
    # (str.split() and the regex \s split at the same characters, str.isspace(); the join is
    # several times faster than re.sub on a page's indented text; a curly apostrophe as straight)
    return " ".join((text or "").split()).lower().replace("\u2019", "'")


def _title_of(root) -> str:
    found = _TITLE(root)
    return _norm(" ".join(found[0].itertext())) if found else ""


def _visible_text(root) -> str | None:
    """The page's text, normalised; None as soon as it is clearly longer than a challenge page
    (a short page of long paragraphs costs no more than its first few thousand characters)."""
    found = _BODY(root)
    node = found[0] if found else root
    parts = _TEXT_NODES(node)   # (itertext's strings, in one call: the page is small)
    if sum(map(len, parts)) > 4 * R.MAX_TEXT_CHARS:
        return None
    text = _norm(" ".join(parts))
    return text if len(text) <= R.MAX_TEXT_CHARS else None


# (a challenge page's explanation folded away in a <details> box is no story: Anubis's "Why am I seeing
# this?", three paragraphs of 30-60 words)
_PARAGRAPHS = etree.XPath("//p[not(ancestor::details)]", regexp=False)


def _carries_story(root) -> bool:
    """``STORY_PARAGRAPHS`` paragraphs of ``STORY_PARAGRAPH_WORDS`` words or more: a story, not a
    challenge page (called on small pages only)."""
    n = 0
    for p in _PARAGRAPHS(root):
        if len(" ".join(p.itertext()).split()) >= R.STORY_PARAGRAPH_WORDS:
            n += 1
            if n >= R.STORY_PARAGRAPHS:
                return True
    return False


def _small(root) -> bool:
    """At most ``MAX_ELEMENTS`` elements in the page: stops counting at the limit, so a real
    article page costs a few microseconds here."""
    return next(islice(root.iter(), R.MAX_ELEMENTS + 1, None), None) is None


def challenge_in_tree(root) -> tuple[str, str] | None:
    """(kind, evidence) when the parsed page *root* is a bot-challenge or block page, else None.

    Only small pages are looked at (``MAX_ELEMENTS`` elements, ``MAX_TEXT_CHARS`` characters
    of visible text): challenge pages are a few dozen elements, stories are not. Then a title
    rule or an element marker names the vendor (Akamai's plain "Access Denied" title only with
    its reference text), else the text rules, else a captcha widget with words asking for a
    person (``captcha``)."""
    if root is None or not _small(root):
        return None
    text = _visible_text(root)
    if text is None:
        return None
    title = _title_of(root)
    title_key = _TITLE_END.sub("", title)
    # (kind, evidence, whether a story's page may carry the same: a title, R.EMBEDDABLE_ELEMENTS)
    candidates: list[tuple[str, str, bool]] = []
    for kind, prefix, _src in R.TITLE_RULES:
        if title_key.startswith(_TITLE_END.sub("", prefix)):
            candidates.append((kind, f"title {title[:60]!r}", True))
            break
    widget = None   # a captcha widget (an element found that is no vendor's marker)
    for el in _ANY_ELEMENT(root):
        found = next(((k, pred) for k, xp, pred in _ELEMENTS if xp(el)), None)
        if found is None and widget is None:
            widget = el
        if found:
            ident = el.get("id") or el.get("src") or el.get("href") or el.get("action") or ""
            candidates.append((found[0], f"<{el.tag}> {ident[:60]}".strip(), found[1] in R.EMBEDDABLE_ELEMENTS))
            break
    story = None   # (_carries_story, asked once)
    for kind, evidence, story_may_carry in candidates:
        if evidence.startswith("title"):
            needs = R.TITLE_NEEDS_TEXT.get(kind)
            if needs and not any(t in text for t in needs):
                continue
        if story_may_carry:
            # (a title a story may have; a vendor's widget a story's page may carry: Cloudflare's
            # Turnstile iframe in the comment form under a three-paragraph story, R.EMBEDDABLE_ELEMENTS)
            story = _carries_story(root) if story is None else story
            if story:
                continue
        return kind, evidence
    if story is None:
        story = _carries_story(root)
    if story:   # (what the text says below is quoted by a story)
        return None
    for kind, needle, _src in R.TEXT_RULES:
        if needle in text:
            return kind, f"text {needle!r}"
    if widget is not None:
        folded = fold(text)
        phrase = next((p for p in _CAPTCHA_PHRASES if p in folded), None)
        if phrase is not None:
            ident = widget.get("class") or widget.get("src") or ""
            return "captcha", f"<{widget.tag}> {ident[:40]} + text {phrase!r}"
    return None


def block_of(status: int, headers: Mapping | Iterable | None, root=None) -> Block | None:
    """Status/headers first; a page *root* (already parsed) names the vendor of an unnamed
    block status, or makes a block of a 200 challenge page."""
    block = block_from_headers(status, headers)
    if block is not None and block.vendor:
        return block
    found = challenge_in_tree(root) if root is not None else None
    if found:
        return Block(found[0], status, found[1])
    return block


def mark_challenge(root, article) -> bool:
    """The extractor's hook: a challenge page sets ``article.problem = "blocked"`` and
    ``article.blocked`` to its kind (True), anything else leaves *article* alone (False)."""
    found = challenge_in_tree(root)
    if found is None:
        return False
    article.problem, article.blocked = "blocked", found[0]
    return True
