"""Text normalisation, done once, used everywhere.

Two different jobs:

* ``clean_text`` is for what we *store*: Unicode NFC, no zero-width or bidi control
  characters, collapsed whitespace. Diacritics (tashkeel) are kept.
* ``fold`` is for *matching* (rules, search, the benchmark metric): NFKC, no tashkeel,
  no tatweel, alef/hamza forms unified, alef maqsura -> ya, lower-case Latin, no
  punctuation differences that matter for phrase rules. Rules and queries are folded
  with the same function as the text they are compared with.
"""
from __future__ import annotations

import re
import unicodedata

_WS_RE = re.compile(r"[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_NL_RE = re.compile(r" ?\n[ \n]*")

# Arabic diacritics: Quranic marks 0610-061A, harakat + tanwin 064B-065F, superscript alef
# 0670, Quranic annotation 06D6-06ED; tatweel 0640.
_TASHKEEL_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD_CHARS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ك": "ك", "ک": "ك",
    "ؤ": "و", "ئ": "ي",
}
_FOLD_TABLE = str.maketrans(_FOLD_CHARS)
# The same mapping as (from, to) pairs for chained ``str.replace``: a few C scans of the string
# instead of ``str.translate`` with a dict (one dict lookup per character, ~70x slower on a news
# body). Identical output because no target character is also a source character.
_FOLD_PAIRS = tuple((a, b) for a, b in _FOLD_CHARS.items() if a != b)
_PUNCT_RE = re.compile(r"[^\w\s]+")


# Zero-width and bidi formatting characters that carry no text: dropped from stored text and from
# folded text. The joiners are the exception in stored text (_STORE_INVISIBLE_RE): ZWNJ (200C) and
# ZWJ (200D) between two characters of a word are spelling in Persian, Urdu, Kurdish and the Indic
# scripts ("می‌گویند" is two joined-apart parts of one word; without the ZWNJ it renders, and splits
# into words, as another: the metric's tokens of a Persian story lost a quarter of their matches,
# written probe pages of Persian news sites, 2026-12-05) and in emoji sequences; beside a space or at
# an end of the text they are noise ("إقـرأ‌ أيضا") and go. Folded text (rules, search) drops them all.
_OTHER_INVISIBLES = "\u061c\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"   # (ALM, word joiner, BOM, soft hyphen, bidi)
_INVISIBLE_RE = re.compile(f"[\u200b-\u200f{_OTHER_INVISIBLES}]")
# The Private Use Area of the BMP, where icon fonts put their glyphs (Divi's blurb icon printed as a line of its own,
# "\ue01d"; Font Awesome 4's "\uf09a" beside a share link: a written probe of blogs, 2026-12-07): no text. A space
# each, not nothing: legacy Chinese encodings map their user-defined characters there, between the words of a
# story (DAnIEL's iask.ca page), which a space keeps apart as the metric's \w tokens already are. (The screen,
# _SCREEN_RE, finds both kinds in one search.)
_PUA_RE = re.compile("[\ue000-\uf8ff]")
_SCREEN_RE = re.compile(f"[\u200b-\u200f{_OTHER_INVISIBLES}\ue000-\uf8ff]")
# (the joiners only where a space, another invisible character or an end of the text is beside them)
_STORE_INVISIBLE_RE = re.compile(f"[\u200b\u200e\u200f{_OTHER_INVISIBLES}]"
                                 r"|[\u200c\u200d](?![^\s\u200b-\u200f])|(?<![^\s\u200b-\u200f])[\u200c\u200d]")


def _nfc(s: str) -> str:
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


def clean_text(s: str, keep_newlines: bool = False) -> str:
    """Normalise text for storage: NFC, invisible characters removed (the joiners inside a word
    kept), whitespace collapsed."""
    if not s:
        return ""
    if not s.isascii():   # (ASCII text is NFC and has no invisible character; isascii() is O(1))
        s = _nfc(s)
        if _SCREEN_RE.search(s):
            s = _STORE_INVISIBLE_RE.sub("", _PUA_RE.sub(" ", s))
    if keep_newlines:
        s = _NL_RE.sub("\n", _WS_RE.sub(" ", s))
        return s.strip(" \n")
    return " ".join(s.split())  # str.split() knows every Unicode space (NBSP, thin space, …)


def strip_tashkeel(s: str) -> str:
    return _TASHKEEL_RE.sub("", s)


def _replace_all(s: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for a, b in pairs:
        s = s.replace(a, b)
    return s


_NFKC_SHORT = 500        # shorter texts: unicodedata.normalize directly (cheap enough)
_NFKC_MAX_KINDS = 24     # more distinct characters to replace than this: normalize directly
_NFKC_CHANGES = None     # bool[0x110000]: characters that NFKC changes on their own (some)
# Where the characters that make news text need NFKC live (NBSP, ½, ´; …, ‰, ™, ①, ㎞; ﻻ and
# the other Arabic presentation forms, ﬁ, full-width and half-width forms). The table needs not
# be complete: a character outside it that NFKC changes fails the final check, and the text
# takes ``normalize``.
_NFKC_RANGES = ((0x00A0, 0x0300), (0x2000, 0x3400), (0xFB00, 0xFFF0))


def _nfkc_changes():
    """The table of ``nfkc``: one ``normalize`` over the characters of _NFKC_RANGES, each
    between two NULs (a NUL is a starter that composes with nothing and no mark is reordered
    across it, so each piece is the NFKC of its character alone)."""
    import numpy as np

    chars = [chr(c) for a, b in _NFKC_RANGES for c in range(a, b)]
    pieces = unicodedata.normalize("NFKC", "\0".join(chars)).split("\0")
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(c) for c, p in zip(chars, pieces, strict=True) if p != c]] = True
    return table


def nfkc(s: str) -> str:
    """``unicodedata.normalize("NFKC", s)``, exactly, faster for a long text whose NFKC only
    replaces a few kinds of characters on their own (``…``, full-width punctuation, NBSP: what
    makes a news body need NFKC; ``normalize`` walks the whole text, ~0.1 µs per character).

    Each such character is replaced by its own NFKC form (one ``str.replace`` per kind found):
    the result *r* has the same NFKD as *s* (NFKD is per character and canonical reordering
    depends only on the canonical equivalence class), so NFKC(r) = NFKC(s); when *r* is already
    NFKC (``is_normalized``), it IS NFKC(s). Otherwise (a replaced character that composes with
    a neighbour, marks to reorder, a character beyond the BMP…) the full ``normalize``."""
    if unicodedata.is_normalized("NFKC", s):
        return s
    if len(s) < _NFKC_SHORT:
        return unicodedata.normalize("NFKC", s)
    global _NFKC_CHANGES
    import numpy as np

    if _NFKC_CHANGES is None:
        _NFKC_CHANGES = _nfkc_changes()
    codes = np.array([s]).view(np.uint32)           # the code points (UCS-4), no encoding
    kinds = set(codes[_NFKC_CHANGES.take(codes)].tolist())
    if 0 < len(kinds) <= _NFKC_MAX_KINDS:
        r = s
        for c in kinds:
            r = r.replace(chr(c), unicodedata.normalize("NFKC", chr(c)))
        if unicodedata.is_normalized("NFKC", r):
            return r
    return unicodedata.normalize("NFKC", s)


def _fold_chars(s: str) -> str:
    """``fold`` without the final whitespace collapse."""
    if s.isascii():   # (NFKC already, and nothing to strip or unify: only the lower case is left)
        return s.lower()
    s = nfkc(s)
    if _SCREEN_RE.search(s):
        s = _INVISIBLE_RE.sub("", _PUA_RE.sub(" ", s))
    return _replace_all(_TASHKEEL_RE.sub("", s), _FOLD_PAIRS).lower()


def fold(s: str) -> str:
    """Matching form: NFKC, no tashkeel/tatweel/invisibles, unified alef/hamza/ya, lower case,
    single spaces. Punctuation is kept (phrase rules decide about it)."""
    if not s:
        return ""
    return " ".join(_fold_chars(s).split())


def fold_words(s: str) -> str:
    """``fold`` with punctuation turned into spaces: the form used for full-text search."""
    if not s:
        return ""
    # one whitespace collapse instead of two: removing punctuation from the uncollapsed text
    # leaves the same words
    return " ".join(_punct_to_spaces(_fold_chars(s)).split())


_PUNCT_BMP = None      # bool[65536]: is the BMP character matched by _PUNCT_RE (built on first use)


def _punct_to_spaces(s: str) -> str:
    """Every character of ``_PUNCT_RE`` as a space. Long texts of the BMP go through a lookup
    table in numpy built from ``_PUNCT_RE`` itself (the class is per character, so the result
    after whitespace splitting is identical), ~6x faster than ``re.sub`` on a news body."""
    global _PUNCT_BMP
    if len(s) < 2000:
        return _PUNCT_RE.sub(" ", s)
    import numpy as np

    codes = np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if int(codes.max()) > 0xFFFF:
        return _PUNCT_RE.sub(" ", s)
    if _PUNCT_BMP is None:
        table = np.zeros(0x10000, dtype=bool)
        bmp = "".join(map(chr, range(0x10000)))
        for m in _PUNCT_RE.finditer(bmp):
            table[m.start():m.end()] = True
        _PUNCT_BMP = table
    codes = codes.copy()
    codes[_PUNCT_BMP[codes]] = 32
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


_SEARCH_CHARS = {"ة": "ه", **{chr(0x660 + i): str(i) for i in range(10)},
                 **{chr(0x6F0 + i): str(i) for i in range(10)}}
_SEARCH_TABLE = str.maketrans(_SEARCH_CHARS)
_SEARCH_PAIRS = tuple(_SEARCH_CHARS.items())      # targets are never sources: see _FOLD_PAIRS


def fold_search(s: str) -> str:
    """``fold_words`` plus what readers type interchangeably in a search box: teh marbuta as heh
    (القمه finds القمة) and Arabic-Indic digits as ASCII (٢٠٢٤ finds 2024)."""
    if s and len(s) >= 2000:
        out = _fold_search_table(s)
        if out is not None:
            return out
    return _replace_all(fold_words(s), _SEARCH_PAIRS)


_SEARCH_BMP = None     # uint16[65536]: BMP code point -> folded code point (or a marker below)


def _search_bmp():
    """_SEARCH_BMP, built on first use (``_build_search_table``)."""
    global _SEARCH_BMP
    if _SEARCH_BMP is None:
        _SEARCH_BMP = _build_search_table()
    return _SEARCH_BMP
# markers: surrogate code points, which the table never outputs otherwise (a surrogate in the
# UTF-16 of a text, i.e. a character beyond the BMP or a lone surrogate, is itself a FALLBACK)
_DELETE, _FALLBACK = 0xDFFE, 0xDFFF


def _build_search_table():
    """``fold_search`` after NFKC as one lookup per BMP character: each step but NFKC and the
    whitespace collapse maps one character to at most one character, so it is computed here
    per character with the very functions of the slow path (invisibles and tashkeel deleted,
    the fold pairs, ``str.lower``, ``_PUNCT_RE`` and every ``str.isspace`` character to a space,
    the search pairs). Characters whose ``lower()`` is not one character or depends on its
    neighbours (U+0130, final sigma U+03A3), and surrogates, are marked ``_FALLBACK``: a text
    holding one takes the slow path."""
    import numpy as np

    table = np.zeros(0x10000, dtype=np.uint16)
    fold_pairs, search_pairs = dict(_FOLD_PAIRS), dict(_SEARCH_PAIRS)
    for c in range(0x10000):
        ch = chr(c)
        if 0xD800 <= c <= 0xDFFF:
            table[c] = _FALLBACK
            continue
        if _INVISIBLE_RE.match(ch) or _TASHKEEL_RE.match(ch):
            table[c] = _DELETE
            continue
        low = fold_pairs.get(ch, ch).lower()
        if len(low) != 1 or c == 0x3A3 or 0xD800 <= ord(low) <= 0xDFFF:
            table[c] = _FALLBACK
            continue
        if _PUNCT_RE.match(low) or low.isspace():
            low = " "
        table[c] = ord(search_pairs.get(low, low))
    return table


def _fold_search_table(s: str) -> str | None:
    """``fold_search`` of a long text through the lookup table of ``_build_search_table`` in
    numpy (~4x faster on a news body, identical output), or None when the text has a
    character beyond the BMP or one marked for the slow path."""
    import numpy as np

    s = nfkc(s)
    out = _search_bmp()[np.frombuffer(s.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)]
    special = (out & 0xFFFE) == 0xDFFE           # _DELETE or _FALLBACK
    if special.any():
        if (out == _FALLBACK).any():
            return None
        out = out[~special]
    space = out == 32
    # a space is kept only after a non-space (no leading or repeated spaces), and not at the end
    keep = ~space
    keep[1:] |= space[1:] & ~space[:-1]
    out = out[keep]
    if out.size and out[-1] == 32:
        out = out[:-1]
    return out.tobytes().decode("utf-16-le")


_SEP, _MARK = "\uffff", 0xDFFD      # fold_search_many: separator in, piece boundary out
_SEARCH_MANY = None    # uint16[0x110000]: _SEARCH_BMP, _SEP -> _MARK, beyond the BMP _FALLBACK


def _many_table():
    import numpy as np

    table = np.full(0x110000, _FALLBACK, dtype=np.uint16)
    table[:0x10000] = _search_bmp()
    table[ord(_SEP)] = _MARK                     # (no text of a batch holds one)
    return table


def fold_search_many(texts: list[str | None]) -> list[str]:
    """``[fold_search(t) for t in texts]`` with one pass of the lookup table over all of them
    (a batch of articles: ~5x faster than one call per text, short texts included; identical
    output). Texts the table cannot map (see ``_build_search_table``; characters beyond the
    BMP) take ``fold_search``. The code points are read from numpy's UCS-4 copy of the joined
    text (no encoding)."""
    global _SEARCH_MANY
    import numpy as np

    texts = [t or "" for t in texts]
    if len(texts) < 2 or any(_SEP in t for t in texts):
        return [fold_search(t) for t in texts]
    if _SEARCH_MANY is None:
        _SEARCH_MANY = _many_table()
    codes = np.array([_SEP.join([nfkc(t) for t in texts])]).view(np.uint32)
    out = _SEARCH_MANY.take(codes)               # (take: ~2x faster than indexing)
    special = (out & 0xFFFE) == 0xDFFE           # _DELETE or _FALLBACK
    fallback = None
    if special.any():
        fallback = np.flatnonzero(special)
        fallback = fallback[out[fallback] == _FALLBACK]
        out = out[~special]
    space = out == 32
    keep = ~space                                # as in _fold_search_table; _MARK is no space
    keep[1:] |= space[1:] & ~space[:-1]
    pieces = out[keep].tobytes().decode("utf-16-le", "surrogatepass").split(chr(_MARK))
    folded = [p.strip(" ") for p in pieces]
    if fallback is not None and fallback.size:   # the texts holding such a character
        seps = np.flatnonzero(codes == ord(_SEP))
        for i in set(np.searchsorted(seps, fallback).tolist()):
            folded[i] = fold_search(texts[i])
    return folded


_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def arabic_ratio(s: str) -> float:
    """Share of letters that are Arabic script (0..1)."""
    letters = _LETTER_RE.findall(s[:5000])
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC_RE.match(c)) / len(letters)
