"""Search helpers of the archive (no Scrapy, no database): the folded search form stored in
``articles_search``, safe FTS5 queries from user input, snippets of the original text."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..textnorm import fold_search, fold_search_many

FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# bm25 weights for (title, body) in articles_search_fts
BM25 = "bm25(articles_search_fts, 5.0, 1.0)"

_WORD_RE = re.compile(r"\S+")


def search_form(text: str) -> str:
    """What is stored in the shadow table: ``textnorm.fold_search`` (no tashkeel/tatweel,
    unified alef/hamza/ya, ة as ه, ASCII digits, lower case, punctuation -> spaces)."""
    return fold_search(text)


def search_forms(texts: list[str]) -> list[str]:
    """``search_form`` of each of *texts* in one pass (``textnorm.fold_search_many``): the
    titles and bodies of a write batch."""
    return fold_search_many(texts)


def search_tokens(text: str) -> list[str]:
    """The folded words of *text*, as used for queries and snippet matching."""
    return fold_search(text).split()


def fts_query(query: str) -> str:
    """User input -> a safe FTS5 MATCH expression: every folded word as a quoted string,
    implicitly ANDed. Operators, quotes, parentheses, ``*``, ``:`` etc. in the input are
    separators (``fold_search`` drops punctuation), and the quoting makes words such as
    ``AND``/``NEAR`` plain words. Returns "" when nothing searchable is left."""
    seen: list[str] = []
    for tok in search_tokens(query):
        if tok not in seen:
            seen.append(tok)
    return " ".join('"' + t.replace('"', '""') + '"' for t in seen)


def make_snippet(body: str, terms: Iterable[str], *, before: int = 12, after: int = 22,
                 mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of the ORIGINAL *body* around the first word that matches one of the folded
    *terms*; matching words in the window are wrapped in *mark*. Each word is folded on its
    own, so the positions map back exactly. Without a match: the start of the body."""
    terms = set(terms)
    words = [m.group(0) for m in _WORD_RE.finditer(body or "")]
    if not words:
        return ""

    def hits(word: str) -> bool:
        return bool(terms) and any(t in terms for t in search_tokens(word))

    first = next((i for i, w in enumerate(words) if hits(w)), None)
    if first is None:
        start, end = 0, min(len(words), before + after)
    else:
        start = max(0, first - before)
        end = min(len(words), first + after)
    out = []
    for w in words[start:end]:
        out.append(f"{mark[0]}{w}{mark[1]}" if mark and hits(w) else w)
    text = " ".join(out)
    if start > 0:
        text = "… " + text
    if end < len(words):
        text += " …"
    return text
