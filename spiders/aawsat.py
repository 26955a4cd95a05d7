"""Asharq Al-Awsat (الشرق الأوسط), https://aawsat.com: RSS feed; stories at
/<section>/…/<id>-<slug> (older: /home/article/<id>/<slug>).

Sources (../shared/reference/site-evidence.md, "aawsat"): the feed is used directly by a
2025-26 Cloudflare-Workers aggregator (CFW) and many configs; 2025-26 story URLs
(/العالم/أوروبا/5321484-<slug>, /العالم-العربي/الخليج/5114786-<slug>) and the old
/home/article/3804376/ form match the pattern; pages fetch with plain requests (ORCH 2026-07:
99 %). No body selector: none is documented, generic container detection is used."""
from __future__ import annotations

from .sitespider import SiteSpider


class AawsatSpider(SiteSpider):
    name = "aawsat"
    allowed_domains = ["aawsat.com"]
    feeds = ["https://aawsat.com/feed"]                            # CFW 2025-26, many configs
    article_url_pattern = r"aawsat\.com/(?:home/article/\d+|[^?#]+/\d{5,}-[^/?#]+)"
    # no public source names the video/podcast sections: a guess from the site's menu words
    deny_url_patterns = [r"aawsat\.com/(?:[^?#]*/)?(?:video|videos|multimedia|podcast|podcasts)/"]
    unverified = ("deny_url_patterns",)
