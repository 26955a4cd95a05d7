"""The article record the core produces and every adapter consumes."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Removal:
    """One thing the cleaner took out of the page, and why."""

    rule: str          # rule name, e.g. "consent.selector:#cookie-law-info-bar" or "related.phrase:اقرأ أيضا"
    text: str          # the text that was removed (whitespace-collapsed, may be truncated)
    stage: str = "dom"  # "dom" (removed from the tree) or "text" (safety net after extraction)
    path: str = ""     # where it was (tag#id.class chain) for --explain / --html
    order: int = 0     # position in the document (removals are listed in reading order)


@dataclass
class Article:
    url: str
    canonical_url: str = ""
    site: str = ""
    title: str = ""
    description: str = ""
    body: str = ""                 # paragraphs joined by "\n"
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None   # ISO 8601
    modified_at: str | None = None
    section: str = ""
    tags: list[str] = field(default_factory=list)
    language: str = ""
    image_url: str = ""
    fetched_at: str = ""
    # The page says the story is for subscribers: its structured data (JSON-LD isAccessibleForFree
    # false, article:content_tier locked) or a paywall's cut-off notice under the story's first lines.
    # The body is what the page served: the story's lead only, or all of it where a site serves the
    # whole text and a script hides it.
    paywalled: bool = False
    removed: list[Removal] = field(default_factory=list)
    # Not stored: why the page yielded no article ("consent_wall", "no_body", "undecodable", "empty",
    # "binary", "mojibake", "not_found": a soft 404 or a story taken down, "unavailable": a maintenance
    # or server-error page, "listing": a home, section, tag, author or search page, "blocked": a
    # bot-challenge page, a region's block or a rate-limit page, its kind in ``blocked``). The body
    # of such a page is empty, but a listing's, a soft 404's and an unavailable page's: their main
    # text as read, for the CLI and the service (the spiders store no page that has a problem)
    problem: str | None = None
    blocked: str | None = None     # Not stored: "cloudflare", "datadome", "geo", "rate_limit", … (scraper.blocking)
    # Not stored: the site body selector was configured but matched nothing (fell back to generic)
    selector_missed: bool = False
    # Not stored: second looks at the story container that changed it, each with its rule
    # (scraper.rules.container; stage "container", shown by `scraper extract --explain`)
    decisions: list[Removal] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n") if p]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return d


ITEM_FIELDS = (
    "url", "canonical_url", "site", "title", "description", "body", "authors",
    "published_at", "modified_at", "section", "tags", "language", "image_url",
    "fetched_at", "paywalled", "removed",
)
