"""Scrapy item carrying one extracted article (the fields of ``scraper.article.ITEM_FIELDS``)."""
from __future__ import annotations

from dataclasses import is_dataclass

import scrapy

from ..article import ITEM_FIELDS, Article


class ArticleItem(scrapy.Item):
    """One article as stored; ``removed`` is a list of dicts (rule, text, stage, path)."""

    url = scrapy.Field()
    canonical_url = scrapy.Field()
    site = scrapy.Field()
    title = scrapy.Field()
    description = scrapy.Field()
    body = scrapy.Field()
    authors = scrapy.Field()
    published_at = scrapy.Field()
    modified_at = scrapy.Field()
    section = scrapy.Field()
    tags = scrapy.Field()
    language = scrapy.Field()
    image_url = scrapy.Field()
    fetched_at = scrapy.Field()
    paywalled = scrapy.Field()
    removed = scrapy.Field()
    # the addresses requested that redirected to this one (Scrapy's redirect_urls): kept as the
    # article's aliases (article_urls), so that a later run does not follow the redirect again
    aliases = scrapy.Field()


# (the article's fields, and the one the crawl adds: its redirects)
CRAWL_FIELDS = ("aliases",)
assert set(ArticleItem.fields) == set(ITEM_FIELDS) | set(CRAWL_FIELDS), "ArticleItem out of sync with ITEM_FIELDS"


def item_from_article(article: Article) -> ArticleItem:
    """Article -> ArticleItem (lists copied, ``removed`` as plain dicts)."""
    item = ArticleItem()
    for name in ITEM_FIELDS:
        value = getattr(article, name)
        if name == "removed":
            # vars() of the flat Removal dataclass: what asdict() gives, without its deep copy
            value = [dict(vars(r)) if is_dataclass(r) else dict(r) for r in (value or [])]
        elif isinstance(value, list):
            value = list(value)
        item[name] = value
    return item
