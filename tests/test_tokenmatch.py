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
          "h-offscreen", "element-invisible", "show-for-sr", "visuallyhidden", "offscreenx",
          "article-body", "content", "story", "shared", "shareable", "header", "readmore", "x", "1", "é",
          "cta", "cta-letter", "read-more-cta", "octa", "InlineDonationPromo-container", "NewsletterEmbed",
          "Newsletter-shortcode-container", "promo-image"]
_PREFIXES = ["", "a-", "a_", "a__", "ab-cd-", "no-", "has-", "with-", "without-", "mb(0)-", "-", "_", "__"]
_SUFFIXES = ["", "-x", "_1", "s", "-", "(", "__x"]
TOKENS = sorted({p + w + s for p, w, s in itertools.product(_PREFIXES, _WORDS, _SUFFIXES)})


@pytest.mark.parametrize("rx", [B.BOILERPLATE_TOKEN_RE, R.RELATED_TOKEN_RE], ids=["boilerplate", "related"])
def test_fast_matcher_agrees_with_the_regex(rx):
    fast = TokenMatcher(rx)
    wrong = [t for t in TOKENS if fast.match(t) != bool(rx.match(t))]
    assert not wrong, wrong[:20]
    assert any(fast.match(t) for t in TOKENS) and not all(fast.match(t) for t in TOKENS)


def test_both_paths_of_the_matcher_give_the_regex_answers():
    """A token without the literals of the alternatives that start with a character class
    (``[a-z0-9]*caption``) takes match()'s faster path: both paths are taken by the tokens above,
    and each gives the regex's answer, hits and misses."""
    rx = B.BOILERPLATE_TOKEN_RE
    fast = TokenMatcher(rx)
    assert fast.any_screen is not None and fast.heads
    plain = [t for t in TOKENS if t.isascii() and t.islower() and fast.any_screen.search(t) is None]
    other = sorted(set(TOKENS) - set(plain))
    for group in (plain, other):
        answers = [fast.match(t) for t in group]
        assert any(answers) and not all(answers)
        assert answers == [bool(rx.match(t)) for t in group]
    # the related rules have no such alternative: the matcher's first path only
    assert TokenMatcher(R.RELATED_TOKEN_RE).any_screen is None


def test_rejects_a_pattern_of_another_shape():
    import re
    with pytest.raises(ValueError):
        TokenMatcher(re.compile(r"^(?:cookie|consent)$"))


def test_stem_screen_never_hides_a_token_a_rule_matches(monkeypatch):
    """domrules._no_token_rule is a shortcut only: every token (of the shapes above, the consent
    vocabulary and the CMP names, alone or inside a class value) that some token rule matches
    passes the screen, and plain tokens are screened out."""
    from scraper import domrules
    from scraper.rules import consent as C
    assert domrules._SCREEN is not None
    toks = set(TOKENS) | {p + w for p, w in itertools.product(
        ["", "x-", "site_"], ["cookie-banner", "gdpr-consent", "cookiebot", "onetrust-banner-sdk",
                              *C.CMP_CLASSES, *C.CMP_IDS, *C.CMP_ID_PREFIXES])}

    def full_rule(tok, sigil):
        monkeypatch.setattr(domrules, "_SCREEN", None)
        domrules._TOKEN_CACHE.clear()
        try:
            return domrules._token_rule(tok, sigil)
        finally:
            monkeypatch.undo()
            domrules._TOKEN_CACHE.clear()

    hits = [t for t in toks if full_rule(t, ".") or full_rule(t, "#")]
    assert len(hits) > 100
    hidden = [t for t in hits if domrules._no_token_rule(t.lower()) or domrules._no_token_rule("row " + t.lower())]
    assert not hidden, hidden[:20]
    assert domrules._no_token_rule("container row col-md-8 clearfix")
    assert not domrules._no_token_rule("col-md-8 share-buttons")
