"""Independent Arabia (اندبندنت عربية), https://www.independentarabia.com: RSS and the
sitemap; stories at /node/<id>/<section>/<slug>.

Sources (../shared/reference/site-evidence.md, "independentarabia"): the feed is confirmed by a
2026-02 feed monitor (WPM: HTTP 200, valid, 300 items; CFW: "intermittent"); pages fetch with
plain requests (ORCH 2026-07). The sitemap is in one hand list; the /node/<id> article pattern
has no public sample at all: check it on one live feed item before trusting the site."""
from __future__ import annotations

from .sitespider import SiteSpider


class IndependentArabiaSpider(SiteSpider):
    name = "independentarabia"
    allowed_domains = ["independentarabia.com"]
    feeds = ["https://www.independentarabia.com/rss.xml"]
    sitemaps = ["https://www.independentarabia.com/sitemap.xml"]
    article_url_pattern = r"independentarabia\.com/node/\d+"      # Drupal node addresses
    deny_url_patterns = [r"/(?:video|videos|podcast|podcasts|gallery)(?:/|$)"]
    unverified = ("sitemaps", "article_url_pattern", "deny_url_patterns")
