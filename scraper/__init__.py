"""Core of the Arabic news scraper: HTML bytes + URL in, a clean article out.

Nothing in the core modules (textnorm, rules, htmlio, clean, extract, metadata, dates,
storage) imports Scrapy; spiders, pipelines, settings, items and middlewares adapt it.
"""
from . import _compiled

# the modules that load from the optional Cython build (scraper/.compiled/, made by `make venv`)
# because their source is unchanged since it; () = pure Python. `python -m scraper._build_compiled` says why.
COMPILED = _compiled.install()

from .article import Article, Removal  # noqa: E402,F401

__version__ = "0.1.0"
