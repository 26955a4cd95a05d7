"""Annahar (النهار), https://www.annahar.com: RSS feed; stories at /<section>/…/<id>/<slug>."""
from __future__ import annotations

from .sitespider import SiteSpider


class AnnaharSpider(SiteSpider):
    name = "annahar"
    allowed_domains = ["annahar.com"]
    feeds = ["https://www.annahar.com/rss"]                        # many configs [u]
    # unverified beyond public-code links such as /lebanon/342933/ (a long id in the path).
    article_url_pattern = r"annahar\.com/[^?#]+/\d{5,}(?:/|$)"
    deny_url_patterns = [r"annahar\.com/(?:[^?#]*/)?(?:video|videos|podcast|podcasts|"
                         r"author|authors|tag|tags|section)/"]
