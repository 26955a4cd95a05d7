"""Anadolu Agency Arabic (وكالة الأناضول), https://www.aa.com.tr/ar: RSS feed;
stories at /ar/<section>/<slug>/<id>.

Sources (../shared/reference/site-evidence.md, "anadolu"):
- Feed `ar/rss/default?cat=guncel`: many configs (also `cat=live`); fundus crawls the Turkish
  twin `tr/rss/default?cat=guncel` in 2026-08. Not machine-checked for ar.
- URLs: /ar/الدول-العربية/<slug>/3883610 (Mar 2026); the April-2026 relaunch kept
  /tr/<section>/<slug>/<id> (fundus test page of 2026-04-20).
- Body: fundus `AnadoluAjansiParser` V2 (commit 19c5315e "Fix AnadoluAjansi", 2026-04-20)
  reads `//div[@dir]/p`; on its 2026-04-20 test page the story is
  `<div dir="…" class="embed-responsive prose max-w-none …">`. V1's `div.detay-icerik` is
  valid only until 2026-04-05 and is gone from the relaunched pages (kept second for older
  cached pages)."""
from __future__ import annotations

from .sitespider import SiteSpider


class AnadoluSpider(SiteSpider):
    name = "anadolu"
    allowed_domains = ["aa.com.tr"]
    path_prefixes = ("/ar/",)
    feeds = ["https://www.aa.com.tr/ar/rss/default?cat=guncel"]
    article_url_pattern = r"aa\.com\.tr/ar/[^/?#]+/[^/?#]+/\d{5,}"
    deny_url_patterns = [r"aa\.com\.tr/ar/(?:video|videos|photo|foto|info|infografik|p)/",
                         r"aa\.com\.tr/ar/[^?#]*(?:فيديو|صور)/"]
    body_selectors = ("div.prose[dir]", "div.detay-icerik")
    fixture = "real (other edition) + synthetic"
    unverified = ("feeds", "deny_url_patterns")
