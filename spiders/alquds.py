"""Al-Quds Al-Arabi (القدس العربي), https://www.alquds.co.uk: WordPress feed ("full article");
stories at /<arabic-slug>/ (no id in the address: the URL heuristics decide).

Sources (../shared/reference/site-evidence.md, "alquds"): the feed is in very many configs and
was used directly by CFW (its later version: "direct feed socket-closes" from datacenters,
Google News works); the site is WordPress (wp-content uploads in 2026 code); story URLs are a
bare slug (/<arabic-slug>/). The WordPress sitemap index is not referenced anywhere public."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlqudsSpider(SiteSpider):
    name = "alquds"
    allowed_domains = ["alquds.co.uk"]
    feeds = ["https://www.alquds.co.uk/feed/"]
    sitemaps = ["https://www.alquds.co.uk/sitemap_index.xml"]      # WordPress default path
    # Story URLs are a bare slug: article_url_pattern stays None (tag/author/category/page
    # URLs are rejected by the base heuristics); WordPress services are denied here.
    deny_url_patterns = [r"alquds\.co\.uk/(?:wp-|feed|comments|amp)(?:[-/]|$)", r"/amp/?$"]
    unverified = ("sitemaps",)
