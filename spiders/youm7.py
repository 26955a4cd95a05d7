"""Youm7 (اليوم السابع), https://www.youm7.com: one sitemap per day ("every story of that day")
and a section feed; stories at /story/<y>/<m>/<d>/<slug>/<id>."""
from __future__ import annotations

from .sitespider import SiteSpider


class Youm7Spider(SiteSpider):
    name = "youm7"
    allowed_domains = ["youm7.com"]
    dated_sitemaps = ["https://www.youm7.com/Sitemap/{y}/{m}/{d}"]      # public code [u]
    feeds = ["https://www.youm7.com/rss/SectionRss?SectionID=65"]        # [u]
    article_url_pattern = r"youm7\.com/story/\d{4}/\d{1,2}/\d{1,2}/[^?#]+/\d+"
    # NHA-015 Scrapers/youm7/youm7.py: body `div#articleBody` (`div.newsStory` around it);
    # noise `.related-articles`, `.article-footer`, read-also phrases.
    body_selectors = ("div#articleBody", "div.newsStory")
    noise_selectors = (".related-articles", ".article-footer")
    noise_phrases = ("اقرأ أيضا", "اقرأ ايضا", "موضوعات متعلقة", "الموضوعات المتعلقة")
    # The Google Funding Choices CMP is script-injected (.fc-consent-root): no cookie value
    # for it is documented, so none is sent.
