"""Al Jazeera (الجزيرة نت), https://www.aljazeera.net: one sitemap per day plus the RSS feed;
stories at /<section>/<yyyy>/<m>/<d>/<slug>.

Sources (../shared/reference/site-evidence.md, "aljazeera"):
- Daily sitemaps "sitemap.xml?yyyy=Y&mm=M&dd=D" (month and day not padded): two Python
  scrapers and two PHP grabbers build exactly this and parse its <loc>s.
- Feed `/rss`: a 2026-02 feed monitor (WPM: HTTP 200, valid, ~125 items/day) and RSSHub
  `rss.ts` (`rssUrl: 'rss'`).
- URLs /news/2025/7/17/<slug>, /news/2026/8/5/<slug>, /sport/2026/10/3/<slug> match.
- Body `.wysiwyg` and noise `.more-on` ("اقرأ أيضا" boxes): RSSHub `index.tsx`
  (`content('.more-on').parent().remove()`, `content('.wysiwyg').html()`)."""
from __future__ import annotations

from .sitespider import SiteSpider


class AljazeeraSpider(SiteSpider):
    name = "aljazeera"
    allowed_domains = ["aljazeera.net"]
    dated_sitemaps = ["https://www.aljazeera.net/sitemap.xml?yyyy={y}&mm={m}&dd={d}"]
    feeds = ["https://www.aljazeera.net/rss"]
    article_url_pattern = r"aljazeera\.net/[^?#]*/\d{4}/\d{1,2}/\d{1,2}/[^/?#]+"
    # liveblogs are denied on purpose (not one story); /liveblog/ URLs are real (2024)
    deny_url_patterns = [r"aljazeera\.net/(?:video|programs|gallery|podcasts?|liveblog)/",
                         r"/liveblog/"]
    body_selectors = (".wysiwyg",)
    noise_selectors = (".more-on",)
