"""Lines of text as the walk cuts them (:class:`Para`) and what every rule reads of a line: its folded
form, its word count, its bare words; the removal records (:func:`mark_removed`, :func:`describe`).

The cleaner's parts, in the order of the data path: :mod:`scraper.domrules` (the DOM rules and the
story guard), :mod:`scraper.domwalk` (one pass over the tree: the DOM rules applied, the text cut
into lines), :mod:`scraper.clean` (the line rules), :mod:`scraper.commentlists` (reader-comment lists
told by their structure). This module is their common ground and imports none of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .article import Removal
from .rules import boilerplate as B
from .textnorm import fold
from .tokenmatch import _trie

LINE_ATTR = "data-scraper-line"
_MAX_REMOVAL_TEXT = 400


def _short(text: str) -> str:
    return _cut(" ".join(text.split()))


def _cut(text: str) -> str:
    """A removal's text, single-spaced already, cut to _MAX_REMOVAL_TEXT characters."""
    return text if len(text) <= _MAX_REMOVAL_TEXT else text[: _MAX_REMOVAL_TEXT - 1] + "…"


def describe(el: etree._Element) -> str:
    """tag#id.class path of an element, for --explain."""
    parts = []
    node = el
    while node is not None:
        s = node.tag
        if not isinstance(s, str) or s == "html":
            break
        get = node.get
        ident = get("id")
        if ident:
            s += "#" + ident
        cls = get("class")
        if cls:
            s += "." + ".".join(cls.split(None, 2)[:2])   # (the first two tokens, without splitting the rest)
        parts.append(s)
        if len(parts) == 4:
            break
        node = node.getparent()
    return " < ".join(parts)


def _fold_list(items) -> list[str]:
    out = sorted({fold(x).strip() for x in items if fold(x).strip()}, key=len, reverse=True)
    return out


def _alt(items) -> str:
    """A regex alternation of the folded ``items``, longest first, written as a trie
    (tokenmatch._trie, longest=True): the same matches as the plain ``longest|…|shortest``, but
    ``re`` rejects a place on its first character instead of trying every word there (most of the
    line screens' time went to that)."""
    return _trie(_fold_list(items), longest=True)


_CJK_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_CHARS_PER_WORD_MAX = 12   # (more characters per space-separated word than this: look for CJK)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_SENTENCE_BREAK_RE = re.compile(r"[.!?؟。](?=\s)")


def _prose(text: str) -> bool:
    return len(_SENTENCE_BREAK_RE.findall(text)) >= B.PROSE_HEADING_MIN_SENTENCES - 1


@dataclass(slots=True)
class Para:
    text: str
    link_chars: int
    block: etree._Element | None
    tag: str
    folded: str = ""
    removed: str | None = None
    ancestors: tuple = field(default_factory=tuple)
    order: int = 0          # document position (element count when the line ended)
    # the container scores' value of the line (scraper.choice._para_value), once
    value: float | None = field(default=None, compare=False, repr=False)
    low: str | bool | None = field(default=None, compare=False, repr=False)   # see _low
    # in a card an empty link covers (_overlay_card): all link to the reader, though its text is outside
    # the <a>; the story's assembly takes it as a link line (the container choice weighs it as text, as
    # it is: a block of cards inside the story's box must not make a section of the story outweigh it)
    card: bool = field(default=False, compare=False, repr=False)
    # (computed when the line is made from text, link_chars and tag, and again by derive() when
    # the cleaner cuts the line: the cleaner and the container choice read them hundreds of
    # thousands of times a corpus, a property call each)
    link_ratio: float = field(init=False, compare=False, repr=False)
    # a "heading" of several sentences is a paragraph set in a heading's type: B.PROSE_HEADING_*
    heading: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        self.derive()

    def derive(self):
        """link_ratio and heading from text, link_chars and tag (again after a change of them)."""
        text = self.text
        self.link_ratio = self.link_chars / len(text) if text else 0.0
        self.heading = self.tag in HEADING_TAGS and (len(text) < B.PROSE_HEADING_MIN_CHARS or not _prose(text))


_PUNCT_ONLY_RE = re.compile(r"[\W_]+")


# words of letters only (no digits, no underscore): the share-bar and comment-list rules count them
_LETTER_WORDS_RE = re.compile(r"[^\W\d_]+")
_SENTENCE_END_RE = re.compile(r"[.!?؟。！？]\s*$")


def folded(p: Para) -> str:
    if not p.folded:
        p.folded = fold(p.text)
    return p.folded


def _cjk_words(text: str, n: int) -> int:
    """``n``, the line's count of space-separated words, or for Chinese and Japanese (no spaces between
    words; more than _CJK_CHARS_PER_WORD_MAX characters a "word") two characters a word: a story's
    sentence of 60 characters was one "word", a label's length, and a sign-up box's rule took a short
    Japanese story above its pitch (the multilingual recall probe, 2026-12-06)."""
    if len(text) > _CJK_CHARS_PER_WORD_MAX * n:
        return max(n, len(_CJK_RE.findall(text)) // 2)
    return n


def _words(s: str) -> int:
    return _cjk_words(s, len(s.split()))


# _PUNCT_ONLY_RE on ASCII: every character but a letter or a digit is punctuation ([\W_])
_ASCII_PUNCT_TO_SPACE = {c: " " for c in range(128) if not chr(c).isalnum()}


def _bare(folded: str) -> str:
    if folded.isascii():   # (a translate of ASCII text costs less than the regex substitution)
        return " ".join(folded.translate(_ASCII_PUNCT_TO_SPACE).split())
    return " ".join(_PUNCT_ONLY_RE.sub(" ", folded).split())


def _sole_child(p: Para) -> etree._Element | None:
    """The one element of the line's block when it holds all of the block's text (no text before or
    after it: <p><em>…</em></p>), else None."""
    blk = p.block
    if blk is None or (blk.text and not blk.text.isspace()):
        return None
    # (the first child and no second: len() counts the children, each line of a block of n <br>s
    # made it n² child reads)
    kid = next(iter(blk), None)
    if kid is None or kid.getnext() is not None:
        return None
    return None if kid.tail and not kid.tail.isspace() else kid


def mark_removed(p: Para, rule: str, removals: list[Removal], stage: str) -> None:
    """A line goes by ``rule``: marked on the line and its block (the block's mark is only read by
    `scraper extract --html`) and recorded for --explain."""
    p.removed = rule
    if p.block is not None:
        p.block.set(LINE_ATTR, rule)
    removals.append(Removal(rule=rule, text=_short(p.text), stage=stage,
                            path=describe(p.block) if p.block is not None else "", order=p.order))
