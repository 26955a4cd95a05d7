"""Asharq Al-Awsat (الشرق الأوسط), https://aawsat.com: RSS feed; stories at
/<section>/…/<id>-<slug> (older: /home/article/<id>/<slug>)."""
from __future__ import annotations

from .sitespider import SiteSpider


class AawsatSpider(SiteSpider):
    name = "aawsat"
    allowed_domains = ["aawsat.com"]
    feeds = ["https://aawsat.com/feed"]                            # many configs [u]
    # unverified: not seen in public code beyond /home/article/<id>/ links.
    article_url_pattern = r"aawsat\.com/(?:home/article/\d+|[^?#]+/\d{5,}-[^/?#]+)"
    deny_url_patterns = [r"aawsat\.com/(?:[^?#]*/)?(?:video|videos|multimedia|podcast|podcasts)/"]
