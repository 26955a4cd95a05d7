"""CNN Arabic (سي إن إن بالعربية), https://arabic.cnn.com: RSS feed and sitemap; stories at
/<section>/article/<yyyy>/<mm>/<dd>/<slug> (2013 layout: /<yyyy>/<section>/<m>/<d>/<slug>/index.html)."""
from __future__ import annotations

from .sitespider import SiteSpider


class CnnArabicSpider(SiteSpider):
    name = "cnnarabic"
    allowed_domains = ["arabic.cnn.com"]
    feeds = ["https://arabic.cnn.com/api/v1/rss/rss.xml"]          # [u]
    sitemaps = ["https://arabic.cnn.com/sitemap.xml"]              # [u]
    article_url_pattern = (r"arabic\.cnn\.com/(?:[^?#]+/article/\d{4}/\d{2}/\d{2}/[^/?#]+"
                           r"|\d{4}/[a-z_]+/\d{1,2}/\d{1,2}/[^?#]+)")
    deny_url_patterns = [r"/video/|/videos/|/gallery/"]
    # The recorded page (newspaper4k tests/data/html/arabic_article.html) ends the story with a
    # comment-policy box right after `div.cnn_divln3pxblck`, then Facebook comments.
    noise_selectors = ("div.cnn_divln3pxblck + div", "div.fb-comments")
