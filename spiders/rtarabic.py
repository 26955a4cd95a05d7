"""RT Arabic (آر تي عربي), https://arabic.rt.com: RSS feed; stories at /<section>/<id>-<slug>/."""
from __future__ import annotations

from .sitespider import SiteSpider


class RtArabicSpider(SiteSpider):
    name = "rtarabic"
    allowed_domains = ["arabic.rt.com"]
    feeds = ["https://arabic.rt.com/rss/"]                         # [u]
    article_url_pattern = r"arabic\.rt\.com/[a-z_-]+/\d{5,}-"
    deny_url_patterns = [r"arabic\.rt\.com/(?:video|videos|photolines|programs|tv|live|lessons)/"]
    # the social follow line closing RT stories ("تابعوا RT على" + network links; unverified:
    # not seen in public code, modelled on the "تابعونا على" furniture lines)
    noise_phrases = ("تابعوا RT على",)
