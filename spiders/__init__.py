"""Scrapy spiders: ``base.NewsSpider`` plus one small declarative module per site."""
