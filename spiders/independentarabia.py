"""Independent Arabia (اندبندنت عربية), https://www.independentarabia.com: RSS and the
sitemap; stories at /node/<id>/<section>/<slug>."""
from __future__ import annotations

from .sitespider import SiteSpider


class IndependentArabiaSpider(SiteSpider):
    name = "independentarabia"
    allowed_domains = ["independentarabia.com"]
    feeds = ["https://www.independentarabia.com/rss.xml"]          # [u]
    sitemaps = ["https://www.independentarabia.com/sitemap.xml"]   # [u]
    # unverified: not seen in public code (Drupal node addresses).
    article_url_pattern = r"independentarabia\.com/node/\d+"
    deny_url_patterns = [r"/(?:video|videos|podcast|podcasts|gallery)(?:/|$)"]
