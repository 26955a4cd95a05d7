"""Al-Quds Al-Arabi (القدس العربي), https://www.alquds.co.uk: WordPress feed ("full article");
stories at /<arabic-slug>/ (no id in the address: the URL heuristics decide)."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlqudsSpider(SiteSpider):
    name = "alquds"
    allowed_domains = ["alquds.co.uk"]
    feeds = ["https://www.alquds.co.uk/feed/"]                     # [u]
    # unverified: not seen in public code. The WordPress sitemap index.
    sitemaps = ["https://www.alquds.co.uk/sitemap_index.xml"]
    # Story URLs are a bare slug: article_url_pattern stays None (tag/author/category/page
    # URLs are rejected by the base heuristics); WordPress services are denied here.
    deny_url_patterns = [r"alquds\.co\.uk/(?:wp-|feed|comments|amp)(?:[-/]|$)", r"/amp/?$"]
