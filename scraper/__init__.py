"""Core of the Arabic news scraper: HTML bytes + URL in, a clean article out.

Nothing in the core modules (textnorm, rules, htmlio, clean, extract, metadata, dates,
storage) imports Scrapy; spiders, pipelines, settings, items and middlewares adapt it.
"""
from .article import Article, Removal  # noqa: F401

__version__ = "0.1.0"
