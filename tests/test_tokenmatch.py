"""scraper.tokenmatch gives exactly the answers of the token-rule regexes it speeds up."""
from __future__ import annotations

import itertools

import pytest

from scraper.rules import boilerplate as B
from scraper.rules import related as R
from scraper.tokenmatch import TokenMatcher

# real class/id tokens of the rule families and their near misses, with every prefix/separator shape
_WORDS = ["share", "social", "comments", "comments-area", "tags", "ad", "ads", "adsbygoogle", "nav", "menu",
          "footer", "footer-links", "uplcaption", "figcaption", "credit", "photo-credits", "promo",
          "podcast-promo", "related", "relatedposts", "related-posts-box", "most-read", "read-also",
          "recommendations-heading", "yarpp-related", "outbrain", "trending", "modal", "sr-only",
          "article-body", "content", "story", "shared", "shareable", "header", "readmore", "x", "1", "é"]
_PREFIXES = ["", "a-", "a_", "a__", "ab-cd-", "no-", "has-", "with-", "without-", "mb(0)-", "-", "_", "__"]
_SUFFIXES = ["", "-x", "_1", "s", "-", "(", "__x"]
TOKENS = sorted({p + w + s for p, w, s in itertools.product(_PREFIXES, _WORDS, _SUFFIXES)})


@pytest.mark.parametrize("rx", [B.BOILERPLATE_TOKEN_RE, R.RELATED_TOKEN_RE], ids=["boilerplate", "related"])
def test_fast_matcher_agrees_with_the_regex(rx):
    fast = TokenMatcher(rx)
    wrong = [t for t in TOKENS if fast.match(t) != bool(rx.match(t))]
    assert not wrong, wrong[:20]
    assert any(fast.match(t) for t in TOKENS) and not all(fast.match(t) for t in TOKENS)


def test_rejects_a_pattern_of_another_shape():
    import re
    with pytest.raises(ValueError):
        TokenMatcher(re.compile(r"^(?:cookie|consent)$"))
