"""France 24 Arabic (فرانس 24), https://www.france24.com/ar: Google News sitemap, RSS feed and
the sitemap index; stories at /ar/<section>/<yyyymmdd>-<slug>.

Sources (../shared/reference/site-evidence.md, "france24"):
- Feed `/ar/rss`: very many configs (section feeds /ar/<section>/rss "29 items" in a tested
  list); CFW and GHA: 403 from datacenters, one config marks it `proxy: true`.
- Sitemaps live under /sitemaps/<lang>/: /sitemaps/fr/news.xml, /sitemaps/en/news.xml,
  /sitemaps/es/index.xml (contents_YYYYMM.xml children) are used in 2025-26 code. The Arabic
  ones are that pattern with `ar` (not seen directly). The old `/ar/sitemap.xml` is gone.
- Body: fetch_util's France 24 profile (2026) reads `.t-content__body` and removes aside, nav,
  share and newsletter boxes; its fixture wraps header, body, aside and nav in
  `div.t-content.t-content--article`. The wrapper is tried first so that the standfirst
  (`p.t-content__chapo`, in the header) is not lost; the core drops the repeated headline.
- URLs: /ar/<section>/20250101-<slug> (the /es/francia/20260707-<slug> shape)."""
from __future__ import annotations

from .sitespider import SiteSpider


class France24Spider(SiteSpider):
    name = "france24"
    allowed_domains = ["france24.com"]
    path_prefixes = ("/ar/",)
    news_sitemaps = ["https://www.france24.com/sitemaps/ar/news.xml"]
    feeds = ["https://www.france24.com/ar/rss"]
    sitemaps = ["https://www.france24.com/sitemaps/ar/index.xml"]
    article_url_pattern = r"france24\.com/ar/[^?#]+/\d{8}-[^/?#]+"
    # video and programme pages (section names are Arabic; checked on the decoded URL too)
    deny_url_patterns = [r"france24\.com/ar/(?:فيديو|برامج|video|tv-shows|live)/"]
    body_selectors = (".t-content--article", ".t-content__body")
    noise_selectors = (".t-content--article aside", ".t-content--article nav")
    unverified = ("news_sitemaps", "sitemaps")
