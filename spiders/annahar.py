"""Annahar (النهار), https://www.annahar.com: RSS feed; stories at /arabic/article/<id> (2025-26)
and /arabic/section/<n>-<name>/<id>[/<slug>] (2021-24).

Sources (../shared/reference/site-evidence.md, "annahar"): the feed `/arabic/rss-feed` is used
directly by CFW (2025-26; the old `/rss` is only in hand lists); /arabic/article/813180 (a 2025-26
document) and /arabic/section/76-سياسة/15032021061702334 (crawled 2024-04) are articles, so
`section/` is no longer denied. No body selector is documented: generic detection."""
from __future__ import annotations

from .sitespider import SiteSpider


class AnnaharSpider(SiteSpider):
    name = "annahar"
    allowed_domains = ["annahar.com"]
    feeds = ["https://www.annahar.com/arabic/rss-feed"]
    article_url_pattern = r"annahar\.com/[^?#]+/\d{5,}(?:/|$)"
    deny_url_patterns = [r"annahar\.com/(?:[^?#]*/)?(?:video|videos|podcast|podcasts|"
                         r"author|authors|tag|tags)/"]
    unverified = ("deny_url_patterns",)
