"""CNN Arabic (سي إن إن بالعربية), https://arabic.cnn.com: RSS feed and sitemap; stories at
/<section>/article/<yyyy>/<mm>/<dd>/<slug> (2013 layout: /<yyyy>/<section>/<m>/<d>/<slug>/index.html).

Sources (../shared/reference/site-evidence.md, "cnnarabic"): the feed is used directly by CFW
(2025-26) and many configs (section variants /api/v1/rss/{middle_east,world,tech}/rss.xml); the
sitemap is only in hand-written lists; /middle-east/article/2026/09/06/<slug> and
/middle-east/article/2023/10/30/<slug> match; pages fetch with plain requests (ORCH 2026-07)."""
from __future__ import annotations

from .sitespider import SiteSpider


class CnnArabicSpider(SiteSpider):
    name = "cnnarabic"
    allowed_domains = ["arabic.cnn.com"]
    feeds = ["https://arabic.cnn.com/api/v1/rss/rss.xml"]
    sitemaps = ["https://arabic.cnn.com/sitemap.xml"]
    article_url_pattern = (r"arabic\.cnn\.com/(?:[^?#]+/article/\d{4}/\d{2}/\d{2}/[^/?#]+"
                           r"|\d{4}/[a-z_]+/\d{1,2}/\d{1,2}/[^?#]+)")
    deny_url_patterns = [r"/video/|/videos/|/gallery/"]
    # The recorded 2013 page (newspaper4k tests/data/html/arabic_article.html) ends the story
    # with a comment-policy box right after `div.cnn_divln3pxblck`, then Facebook comments.
    # Stale for today's template (web-share 2022 reads `article`) but harmless.
    noise_selectors = ("div.cnn_divln3pxblck + div", "div.fb-comments")
    unverified = ("sitemaps", "deny_url_patterns")
    fixture = "real"
