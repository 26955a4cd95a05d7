"""Youm7 (اليوم السابع), https://www.youm7.com: one sitemap per day ("every story of that day")
and a section feed; stories at /story/<y>/<m>/<d>/<slug>/<id> (short alias without the slug).

Sources (../shared/reference/site-evidence.md, "youm7"):
- Daily sitemap `/Sitemap/{y}/{m}/{d}`: a 2025-26 market-data job formats exactly this and
  parses its <loc>s.
- Feed `rss/SectionRss?SectionID=65`: lists only (CFW uses SectionID=97 and 203 and notes 0 items
  from datacenters): secondary, the daily sitemap is the reliable path.
- URLs /story/2026/5/2/<slug>/7398505 and the slug-less /story/2026/8/1/7499145 (2026) match.
- Body `div#articleBody`: the 2020 and 2024 recorded pages (corpus htmldate_ar, real_ar),
  web-share (2022), NHA-015 `Scrapers/youm7/youm7.py` (2025, with `div.newsStory` around it).
- Noise `.related-articles`, `.article-footer` and the read-also phrases: NHA-015
  `NOISE_PATTERNS`. Photo captions: the 2024 pages (corpus real_ar youm7.com_6573469, from
  magic-html's benchmark) put in-story photos in `div.imgcontainer` (img + `span.uplCaption`)
  between the paragraphs of `div#articleBody`, and the lead photo's caption in `span.img-cap`. The Google Funding Choices CMP is script-injected (.fc-consent-root): no
  cookie value for it is documented, so none is sent."""
from __future__ import annotations

from .sitespider import SiteSpider


class Youm7Spider(SiteSpider):
    name = "youm7"
    allowed_domains = ["youm7.com"]
    dated_sitemaps = ["https://www.youm7.com/Sitemap/{y}/{m}/{d}"]
    feeds = ["https://www.youm7.com/rss/SectionRss?SectionID=65"]
    article_url_pattern = r"youm7\.com/story/\d{4}/\d{1,2}/\d{1,2}/(?:[^?#]+/)?\d+"
    body_selectors = ("div#articleBody", "div.newsStory")
    noise_selectors = (".related-articles", ".article-footer",
                       "#articleBody div.imgcontainer", "span.uplCaption", "span.img-cap")
    noise_phrases = ("اقرأ أيضا", "اقرأ ايضا", "موضوعات متعلقة", "الموضوعات المتعلقة")
    unverified = ("feeds",)
    fixture = "real"
