"""``textnorm.fold`` / ``fold_words`` / ``fold_search`` were made faster (chained ``str.replace``
instead of ``str.translate`` with a dict, one whitespace collapse): their output must stay
byte-identical to the straightforward definitions below (the code before), on every gold text of
the corpus and on every Unicode code point."""
from __future__ import annotations

import re
import unicodedata

import pytest

from scraper import textnorm
from corpus_pages import corpus_records


# -- the reference definitions (as they were, translate-based)
_TABLE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ك": "ك", "ک": "ك",
    "ؤ": "و", "ئ": "ي",
})
_SEARCH = str.maketrans({"ة": "ه", **{chr(0x660 + i): str(i) for i in range(10)},
                         **{chr(0x6F0 + i): str(i) for i in range(10)}})
_INVISIBLE = re.compile("[\u200b-\u200f\u061c\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_PUA = re.compile("[\ue000-\uf8ff]")   # (icon fonts' glyphs: a space each)
_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]+")


def ref_fold(s: str) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    s = _INVISIBLE.sub("", _PUA.sub(" ", s))
    s = _TASHKEEL.sub("", s).translate(_TABLE).lower()
    return " ".join(s.split())


def ref_fold_words(s: str) -> str:
    return " ".join(_PUNCT.sub(" ", ref_fold(s)).split())


def ref_fold_search(s: str) -> str:
    return ref_fold_words(s).translate(_SEARCH)


def corpus_texts() -> list[str]:
    out = []
    for r in corpus_records():
        paras = [p for p in r.get("gold_paragraphs") or [] if p]
        out += [r.get("gold_title") or "", "\n".join(paras),
                *(r.get("gold_without") or []), *(r.get("gold_with") or [])]
    assert len(out) > 1000
    return [t for t in out if isinstance(t, str)]


@pytest.mark.parametrize("fast, ref", [
    (textnorm.fold, ref_fold), (textnorm.fold_words, ref_fold_words),
    (textnorm.fold_search, ref_fold_search)])
def test_fold_is_identical_on_the_corpus(fast, ref):
    texts = corpus_texts()
    diff = [t[:80] for t in texts if fast(t) != ref(t)]
    assert not diff, f"{len(diff)} texts fold differently, e.g. {diff[:3]}"


@pytest.mark.parametrize("fast, ref", [
    (textnorm.fold, ref_fold), (textnorm.fold_words, ref_fold_words),
    (textnorm.fold_search, ref_fold_search)])
def test_fold_is_identical_on_every_code_point(fast, ref):
    chars = [chr(c) for c in range(0x110000)      # every assigned character (not surrogates)
             if unicodedata.category(chr(c)) not in ("Cn", "Cs")]
    # every character alone between letters, and next to an Arabic letter with tashkeel
    for chunk in range(0, len(chars), 4096):
        part = chars[chunk:chunk + 4096]
        text = " ".join(f"a{c}b" for c in part) + " " + "".join(f"ب{c}\u064e" for c in part)
        assert fast(text) == ref(text), f"code points {ord(part[0]):#x}..{ord(part[-1]):#x}"


def test_fold_keeps_its_meaning():
    assert textnorm.fold_search("أعلنت الحكومةُ ٢٠٢٤، مستشفى!") == "اعلنت الحكومه 2024 مستشفي"
    assert textnorm.fold("  Hello,\u200b  World ") == "hello, world"
    assert textnorm.fold_words("") == textnorm.fold_search("") == ""
    assert textnorm.fold_search(None) == ""          # as before the table path (callers pass None)


def test_punctuation_table_matches_the_regex_on_the_whole_bmp():
    """Long texts take the numpy lookup table; it marks exactly the characters of _PUNCT_RE."""
    bmp = " ".join(f"a{chr(c)}b" for c in range(0x10000))
    textnorm._PUNCT_BMP = None
    fast = textnorm._punct_to_spaces(bmp)
    assert textnorm._PUNCT_BMP is not None                   # the table path was taken
    assert fast.split() == textnorm._PUNCT_RE.sub(" ", bmp).split()
    astral = bmp + " \U0001F600 \U00010400"                   # beyond the BMP: the regex path
    assert textnorm._punct_to_spaces(astral).split() == textnorm._PUNCT_RE.sub(" ", astral).split()


def test_search_table_matches_the_slow_path_on_the_whole_bmp():
    """Long texts take fold_search's numpy lookup table (``_fold_search_table``): it must give
    the reference result wherever it answers, answer for ordinary text, and step aside (None)
    for what it cannot map per character (final sigma, dotted capital I, beyond the BMP)."""
    textnorm._SEARCH_BMP = None
    answered = 0
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    for chunk in range(0, len(chars), 2048):
        part = chars[chunk:chunk + 2048]
        text = " ".join(f"a{c}b" for c in part) + " " + "".join(f"ب{c}\u064e" for c in part)
        fast = textnorm._fold_search_table(text)
        if fast is not None:
            answered += 1
            assert fast == ref_fold_search(text), f"code points {ord(part[0]):#x}.."
    assert answered >= len(chars) // 2048 - 2          # only the chunks with Σ and İ step aside
    for odd in ("Σ", "İ", "\U0001F600", "\ud800"):
        assert textnorm._fold_search_table("نص " * 1000 + odd) is None
    bodies = [t for t in corpus_texts() if len(t) >= 2000]
    fast = [textnorm._fold_search_table(t) for t in bodies]
    assert sum(f is not None for f in fast) > 0.9 * len(bodies)
    assert all(f == ref_fold_search(t) for f, t in zip(fast, bodies) if f is not None)


def test_fold_search_many_equals_one_call_per_text():
    """``fold_search_many`` (one table pass over a batch, used by the store) gives exactly
    ``fold_search`` of each text: corpus titles and bodies of every length, empty and None,
    and texts the table cannot map (final sigma, beyond the BMP, a lone surrogate), which must
    not disturb their neighbours."""
    texts = corpus_texts()
    for i in range(0, len(texts), 97):
        part = texts[i:i + 97]
        assert textnorm.fold_search_many(part) == [textnorm.fold_search(t) for t in part]
    odd = ["", None, "  ", " أعلنت  الحكومةُ ", "ΟΔΟΣ", "نص \U0001F600 نص", "\ud800",
           "x\u0640", "ﷺ", "!!", "a\uffffb", "\u064e", "٢٠٢٤،", "Ⅻ hello\u200b"]
    for n in range(len(odd)):
        batch = odd[n:] + texts[:3] + odd[:n]
        assert textnorm.fold_search_many(batch) == [textnorm.fold_search(t) for t in batch]


def test_nfkc_equals_normalize_on_every_code_point():
    """``textnorm.nfkc`` (the characters NFKC changes replaced one kind at a time, then checked)
    gives exactly ``unicodedata.normalize("NFKC", …)``: every BMP code point and a sample beyond,
    a few kinds per text (the replacing path, not the fallback), each between letters, after
    Arabic with tashkeel, before a combining acute (composition), after a Hangul leading
    consonant (half-width vowels compose with it) and doubled before a combining mark of lower
    class (reordering); and on every corpus text."""
    filler = "نص عربي طويل ومثال آخر " * 30                       # long enough to take the path
    assert len(filler) >= textnorm._NFKC_SHORT
    chars = [chr(c) for c in [*range(1, 0xD800), *range(0xE000, 0x10000),
                              *range(0x10000, 0x110000, 97)]]
    for i in range(0, len(chars), 12):
        part = chars[i:i + 12]
        text = filler + " ".join(f"a{c}b ب{c}\u064e {c}\u0301 \u1100{c} {c}{c}\u0328\u0301"
                                 for c in part)
        assert textnorm.nfkc(text) == unicodedata.normalize("NFKC", text), \
            f"code points {ord(part[0]):#x}..{ord(part[-1]):#x}"
    for t in corpus_texts():
        assert textnorm.nfkc(t) == unicodedata.normalize("NFKC", t), t[:80]


def test_nfkc_replaces_without_normalizing_the_whole_text():
    """The usual news body (``…``, full-width punctuation, NBSP) is answered by the replacing
    path: the same result as ``normalize``, and the characters around are untouched."""
    body = "قال الوزير… إن الاجتماع\u00a0انتهى （مساء الأحد）: ١٢٣ ﻻ " * 40
    assert textnorm.nfkc(body) == unicodedata.normalize("NFKC", body)
    assert "..." in textnorm.nfkc(body) and "\u00a0" not in textnorm.nfkc(body)
    short = "…"
    assert textnorm.nfkc(short) == "..."
    assert textnorm.nfkc("نص") == "نص"
