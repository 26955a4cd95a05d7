"""What the core needs to know about one site (declared in its spider module)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SiteProfile:
    name: str = "generic"
    domains: tuple[str, ...] = ()
    # CSS selectors for the article body, tried in order; when none matches the generic
    # path is used and Article.selector_missed is set.
    body_selectors: tuple[str, ...] = ()
    # Extra CSS selectors removed before extraction (site-specific noise).
    noise_selectors: tuple[str, ...] = ()
    # Extra phrases (any spelling; folded before use) that mark a read-also/noise line.
    noise_phrases: tuple[str, ...] = ()
    # Consent cookies the site itself sets after "accept": {name: value}.
    consent_cookies: dict[str, str] = field(default_factory=dict)


GENERIC = SiteProfile()
