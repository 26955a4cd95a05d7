"""Al Bayan (البيان), https://www.albayan.ae: the "latest news" RSS linked from its pages;
stories at /<section>/<subsection>/<yyyy-mm-dd>-1.<id>."""
from __future__ import annotations

from .sitespider import SiteSpider


class AlbayanSpider(SiteSpider):
    name = "albayan"
    allowed_domains = ["albayan.ae"]
    # <link rel="alternate" title="آخر الأخبار" href="/cmlink/1.446"> on the recorded page
    # (corpus htmldate_ar albayan.ae_1623715966)
    feeds = ["https://www.albayan.ae/cmlink/1.446"]
    article_url_pattern = r"albayan\.ae/[^?#]+/\d{4}-\d{2}-\d{2}-1\.\d+"
    deny_url_patterns = [r"albayan\.ae/(?:[^?#]*/)?(?:videos?|photos?|gallery)/"]
    # the recorded page: div#articledetails (itemprop=articleBody); the Google News prompt
    # after the paragraphs is p.follow-google.
    body_selectors = ("#articledetails", "[itemprop=articleBody]")
    noise_selectors = ("p.follow-google",)
