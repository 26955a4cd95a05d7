"""``SafeSpiderLoader``: Scrapy's spider loader, one module at a time (``SPIDER_LOADER_CLASS``).

Scrapy's loader imports every module of ``SPIDER_MODULES`` in one walk: a site module that raises
on import (a bug in one site's module) stopped ``scraper crawl --all`` before any site was crawled,
with a traceback; with ``SPIDER_LOADER_WARN_ONLY`` it would leave out the whole package. Here each
module is imported on its own: one that fails is left out with an ERROR naming it and its error
(``broken``: {module: error}), the other sites' spiders load, and ``scraper crawl`` ends with a
non-zero exit code that names the module.
"""
from __future__ import annotations

import logging
import pkgutil
from importlib import import_module

from scrapy.spiderloader import SpiderLoader

logger = logging.getLogger(__name__)
_told: set = set()   # (the modules reported already: the CLI and the crawler process each make a loader)


class SafeSpiderLoader(SpiderLoader):
    def _load_all_spiders(self) -> None:
        self.broken: dict[str, str] = {}
        for name in self.spider_modules:
            for module_name in self._module_names(name):
                try:
                    module = import_module(module_name)
                except Exception as e:   # noqa: BLE001 - any error of a site's module: that site only
                    self.broken[module_name] = f"{type(e).__name__}: {e}"
                    if module_name not in _told:
                        _told.add(module_name)
                        logger.error("Spider module %s cannot be imported (%s: %s): its spiders are left out",
                                     module_name, type(e).__name__, e)
                    continue
                self._load_spiders(module)
        self._check_name_duplicates()

    def _module_names(self, name: str) -> list[str]:
        """*name* and, for a package, the modules under it (as Scrapy's walk_modules finds them)."""
        try:
            package = import_module(name)
        except Exception:   # noqa: BLE001 - reported by the caller's import of the same name
            return [name]
        names = [name]
        if hasattr(package, "__path__"):
            names += [info.name for info in pkgutil.walk_packages(package.__path__, prefix=f"{name}.",
                                                                  onerror=lambda _n: None)]
        return names
