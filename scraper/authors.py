"""Author (byline) clean-up.

``clean_authors(values) -> list[str]`` takes what the page offers (JSON-LD ``author`` names,
``meta[name=author]``, a byline element's text; a string, a list, or JSON-LD author dicts) and
returns person names:

* byline prefixes are removed: ``بقلم``, ``كتب``/``كتبت``, ``إعداد``, ``تحرير``, ``مراسل``,
  ``By``, ``Written by``, ``Von``, ``Par``, ``Por`` … with their separators (``كتب -``,
  ``بقلم:``), and descriptors such as ``الكاتب الصحفي``;
* trailing places and dates are cut (``أحمد علي - القاهرة``, ``أحمد علي (القاهرة)``,
  ``أحمد علي 03 مايو 2024``, ``… نشر في …``), as are e-mails, URLs, domains and @handles;
* several names are split on ``,`` ``،`` ``;`` ``&`` `` and `` and the Arabic `` و `` when it
  stands alone between two names (``أحمد علي و محمد حسن``; ``ومحمد`` is not split);
* values that are not names are dropped: empty, digits only, over 80 characters or 10 words,
  ``admin`` and other placeholders, role words on their own (``المحرر``, ``Staff``);
* duplicates are removed case- and fold-insensitively (hamza, tashkeel), first spelling kept;
  the output keeps diacritics.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .textnorm import clean_text, fold_words

__all__ = ["clean_authors", "MAX_NAME_CHARS"]

MAX_NAME_CHARS = 80
MAX_NAME_WORDS = 10
# An author value longer than this is no list of names (ten names of MAX_NAME_CHARS are 800): it is
# not read (a page's 30,000-character "author" made _URL_RE's scan quadratic, seconds of CPU)
MAX_VALUE_CHARS = 1000

_URL_RE = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\S+"
    r"|(?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|tv|co|me|io|eg|sa|ae|ma|dz|tn|lb|jo"
    r"|iq|ps|sy|kw|qa|bh|om|ye|ly|sd|uk|fr|de)(?:\.[a-z]{2})?(?:/\S*)?(?!\w)"
    r"|(?<!\w)@\w+",
    re.I,
)

_PREFIX_WORDS = (
    # Arabic byline verbs/nouns
    r"بقلم|كتبت|كتبه|كتبها|كتب|[اإأ]عداد|تحرير|مراسلتنا|مراسلنا|مراسلة|مراسل|ترجمة|متابعة"
    r"|تقرير|تصوير|حوار|بواسطة|المحرر"
    # descriptors before the name ("بقلم الكاتب الصحفي …")
    r"|الكاتبة|الكاتب|الصحفية|الصحفي|الصحافية|الصحافي|ال[اإ]علامية|ال[اإ]علامي"
    # other languages
    r"|written\s+by|reported\s+by|posted\s+by|story\s+by|words\s+by|text\s+by|by|authors?"
    r"|von(?!\s+(?:der|dem|den|und|zu)(?!\w))|par|por|door"
)
_PREFIX_RE = re.compile(
    r"^[\s\-–—:|/•·*]*(?:" + _PREFIX_WORDS + r")(?=[\s:：\-–—/|]|$)[\s:：\-–—/|]*",
    re.I,
)

# Splitting several names. " و " only with spaces on both sides.
_SPLIT_RE = re.compile(r"\s*[,،;؛&]\s*|\s+(?:and|et|und)\s+|\s+و\s+", re.I)
# A place or site after the name: "أحمد علي - القاهرة", "Ahmed Ali | Al-Ahram".
_SEGMENT_RE = re.compile(r"\s+[-–—/|]\s+|\s*\|\s*|\s+[-–—]|[-–—]\s+")
_TRAILING_KEYWORD_RE = re.compile(
    r"(?<!\w)(?:نشر|تاريخ\s+النشر|[اآ]خر\s+تحديث|تم\s+النشر|تحديث|published|updated|posted\s+on"
    r"|last\s+updated)(?!\w).*$",
    re.I,
)
_PAREN_TAIL_RE = re.compile(r"\s*[(\[][^)\]]*[)\]]?\s*$")
_DIGIT_TAIL_RE = re.compile(r"(?:^|\s+)\d.*$")  # a trailing date or time, not "عربي21"
_WEEKDAY_TAIL_RE = re.compile(
    r"(?:\s+(?:يوم|في|on|at))*"
    r"(?:\s+(?:يوم\s+)?(?:ال)?(?:[اأ]حد|[اإ]ثنين|ثلاثاء|[اأ]ربعاء|خميس|جمعة|سبت"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
    r"(?:\s+(?:يوم|في|on|at))*\s*$",
    re.I,
)
_EDGE_PUNCT = " \t-–—:|/\\,،;؛()[]{}\"'«»“”‘’•·*_~<>!?؟"
_TRAILING_DOT_RE = re.compile(r"(\w{3,})\.$")
_LETTER_RE = re.compile(r"[^\W\d_]")

_NOT_NAMES = {
    fold_words(w) for w in (
        "admin", "administrator", "editor", "editors", "staff", "staff writer", "writer",
        "reporter", "correspondent", "author", "user", "guest", "anonymous", "unknown",
        "webmaster", "root", "null", "none", "undefined", "editorial", "editorial team",
        "editorial staff", "newsroom", "news desk", "desk", "team", "agencies", "agency",
        "محرر", "المحرر", "محررة", "محرر الموقع", "مراسل", "مراسلنا", "المراسل", "مراسلة",
        "فريق التحرير", "هيئة التحرير", "التحرير", "أسرة التحرير", "الكاتب", "كاتب",
        "وكالات", "الوكالات", "المصدر", "مصدر", "غير معروف", "مجهول", "إدارة الموقع",
        "الإدارة", "الموقع", "بقلم", "كتب",
    )
}


def _flatten(values) -> Iterable[str]:
    if values is None:
        return
    if isinstance(values, str):
        yield values
    elif isinstance(values, dict):
        name = values.get("name") or values.get("alternateName")
        if name:
            yield from _flatten(name)
        elif values.get("givenName") or values.get("familyName"):
            yield " ".join(str(values.get(k) or "") for k in ("givenName", "familyName"))
    elif isinstance(values, (list, tuple, set)):
        for v in values:
            yield from _flatten(v)
    else:
        yield str(values)


def _strip_prefixes(s: str) -> str:
    for _ in range(4):
        m = _PREFIX_RE.match(s)
        if not m:
            break
        s = s[m.end():]
    return s


def _clean_one(part: str) -> str:
    s = _strip_prefixes(part.strip(_EDGE_PUNCT))
    segments = [seg for seg in _SEGMENT_RE.split(s) if seg.strip(_EDGE_PUNCT)]
    if not segments:
        return ""
    # "القاهرة - كتب أحمد علي": prefer the segment that carries a byline prefix.
    chosen = segments[0]
    for seg in segments[1:]:
        if _PREFIX_RE.match(seg):
            chosen = seg
            break
    s = _strip_prefixes(chosen)
    s = _TRAILING_KEYWORD_RE.sub("", s)
    s = _DIGIT_TAIL_RE.sub("", s)
    s = _PAREN_TAIL_RE.sub("", s)
    s = _WEEKDAY_TAIL_RE.sub("", s)
    s = s.strip(_EDGE_PUNCT)
    s = _TRAILING_DOT_RE.sub(r"\1", s)
    s = _strip_prefixes(s).strip(_EDGE_PUNCT)
    return " ".join(s.split())


def _is_name(s: str) -> bool:
    if not s or len(s) > MAX_NAME_CHARS or len(s.split()) > MAX_NAME_WORDS:
        return False
    if not _LETTER_RE.search(s):
        return False
    return fold_words(s) not in _NOT_NAMES


def clean_authors(values) -> list[str]:
    """Clean author values (str, list of str, JSON-LD author dicts) into a list of names."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in _flatten(values):
        s = clean_text(raw)
        if not s or len(s) > MAX_VALUE_CHARS:
            continue
        s = _URL_RE.sub(" ", s)
        s = _strip_prefixes(s)
        for part in _SPLIT_RE.split(s):
            name = _clean_one(part)
            if not _is_name(name):
                continue
            key = fold_words(name)
            if key in seen:
                continue
            seen.add(key)
            out.append(name)
    return out
