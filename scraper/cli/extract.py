"""``scraper extract [--json] [--explain] [--html OUT.html] FILE_OR_URL…``: run the core on pages
and show what was removed and why. Calls the core directly (no Scrapy)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
from dataclasses import asdict
from pathlib import Path

from lxml import etree

from ..article import Article
from ..domrules import REMOVED_ATTR
from ..extract import _site_of, extract_tree, tree_for_explain
from ..fetch import USER_AGENT, LimitHit, fetch_url, read_file  # noqa: F401 (USER_AGENT: API)
from ..htmlio import UndecodableError
from ..rules.consent import is_consent_host
from ..urls import host_of

MAX_BYTES = 16 * 1024 * 1024


def add_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "extract", help="extract one page (URL or file) and explain what was removed",
        description="Run the extraction core on saved pages or URLs. Prints the clean article; "
                    "--explain adds every removed block in reading order with its rule; "
                    "--json prints one JSON object per input, one per line, in input order.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")
    p.add_argument("--json", action="store_true", help="one JSON object per input per line")
    p.add_argument("--explain", action="store_true", help="list removed blocks with their rules")
    p.add_argument("--html", metavar="OUT.html",
                   help="write the page with removed blocks highlighted and labelled "
                        "(with several inputs: OUT-1.html, OUT-2.html, …)")
    p.add_argument("--url", help="original URL of a saved FILE (for canonical/relative links)")
    p.add_argument("--site", help="use this spider's site rules (body selector, noise selectors)")
    p.add_argument("--timeout", type=float, default=20.0,
                   help="seconds for a whole URL fetch, body included (default 20)")
    p.add_argument("--max-bytes", type=int, default=MAX_BYTES,
                   help=f"largest page read from a URL or a .gz file, in bytes (default "
                        f"{MAX_BYTES}, 16 MiB); the read stops there")
    p.set_defaults(func=run)
    return p


def _load(src: str, timeout: float, max_bytes: int = MAX_BYTES) -> tuple[bytes, str, dict]:
    if src.startswith(("http://", "https://")):
        return fetch_url(src, timeout=timeout, max_bytes=max_bytes)
    path = Path(src)
    return read_file(path, max_bytes=max_bytes), path.resolve().as_uri(), {}


def _profile(name: str | None, url: str):
    try:
        from spiders.registry import profile_for  # site modules (optional)
    except ImportError:
        return None
    return profile_for(name=name, url=url)


_HIGHLIGHT_CSS = """
[data-scraper-removed]{display:block!important;visibility:visible!important;opacity:1!important;
  position:static!important;outline:3px solid #d00!important;background:#fee!important;margin:4px 0!important}
[data-scraper-removed]::before{content:"REMOVED: " attr(data-scraper-removed);display:block;font:bold 12px monospace;
  color:#fff;background:#d00;padding:2px 4px;direction:ltr;text-align:left}
[data-scraper-line]{outline:2px dashed #e80!important;background:#fff4e0!important}
[data-scraper-line]::before{content:"LINE REMOVED: " attr(data-scraper-line);display:block;font:bold 12px monospace;
  color:#fff;background:#e80;padding:2px 4px;direction:ltr;text-align:left}
[data-scraper-body]{outline:3px solid #080!important}
[data-scraper-body]::before{content:"STORY CONTAINER";display:block;font:bold 12px monospace;color:#fff;
  background:#080;padding:2px 4px;direction:ltr;text-align:left}
"""


def _drop_keep_tail(el, parent) -> None:
    """Remove an element but keep the text that follows it."""
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def write_highlighted(root, out: Path) -> None:
    for el in list(root.iter("script", "noscript", "iframe")):
        parent = el.getparent()
        if el.get(REMOVED_ATTR) is None and parent is not None:
            _drop_keep_tail(el, parent)
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    meta = etree.SubElement(head, "meta")
    meta.set("charset", "utf-8")
    style = etree.SubElement(head, "style")
    style.text = _HIGHLIGHT_CSS
    out.write_bytes(b"<!DOCTYPE html>\n" + etree.tostring(root, method="html", encoding="utf-8"))


def _print_text(art: Article, explain: bool, src: str) -> None:
    print(f"# {src}")
    if art.problem:
        why = next((r.text for r in art.decisions if r.rule.startswith("page.no-article:")), "")
        kind = f" ({art.blocked})" if art.blocked else ""
        print(f"!! no article: {art.problem}{kind}" + (f": {why}" if why else ""))
    for key in ("title", "url", "canonical_url", "site", "published_at", "modified_at", "language", "section"):
        val = getattr(art, key)
        if val:
            print(f"{key}: {val}")
    if art.authors:
        print("authors: " + ", ".join(art.authors))
    if art.tags:
        print("tags: " + ", ".join(art.tags[:15]))
    if art.paywalled:
        print("paywalled: the page says the story is for subscribers (the body may be its lead only)")
    print()
    print(art.body)
    if explain and art.decisions:
        print()
        print(f"--- container reconsidered ({len(art.decisions)}) ---")
        for i, r in enumerate(art.decisions, 1):
            print(f"{i:3}. {r.rule} [{r.path}]")
            print(f"     {r.text}")
    if explain:
        print()
        print(f"--- removed ({len(art.removed)} blocks, reading order) ---")
        for i, r in enumerate(art.removed, 1):
            where = f" [{r.path}]" if r.path else ""
            print(f"{i:3}. {r.rule} ({r.stage}){where}")
            print(f"     {r.text}")
    print()


def run(args) -> int:
    failures = 0
    many = len(args.inputs) > 1
    for n, src in enumerate(args.inputs, 1):
        try:
            data, url, headers = _load(src, args.timeout, getattr(args, "max_bytes", MAX_BYTES))
        except (OSError, urllib.error.URLError, ValueError) as exc:
            failures += 1
            limit = exc.name if isinstance(exc, LimitHit) else None
            what = f"limit {limit}: " if limit else ""
            print(f"scraper extract: cannot read {src}: {what}{exc}", file=sys.stderr)
            if args.json:
                out = {"url": src, "problem": "fetch_failed", "error": str(exc)}
                if limit:
                    out["limit"] = limit
                print(json.dumps(out, ensure_ascii=False))
            continue
        url = args.url or url
        art = Article(url=url)
        profile = _profile(args.site, url)
        if profile is not None:
            art.site = profile.name
        else:
            art.site = _site_of(url)
        try:
            root = tree_for_explain(data, headers)
        except UndecodableError as exc:
            art.problem = exc.kind      # empty, binary, mojibake or undecodable
            root = None
        if root is not None:
            art = extract_tree(root, art, profile)
        if not art.problem and is_consent_host(host_of(url)):
            art.problem = "consent_wall"   # the fetch was redirected to a consent host
        if art.problem:
            failures += 1
        if args.json:
            d = asdict(art)
            d.pop("selector_missed", None)
            d.pop("decisions", None)
            print(json.dumps(d, ensure_ascii=False))
        else:
            _print_text(art, args.explain, src)
        if args.html and root is not None:
            out = Path(args.html)
            if many:
                out = out.with_name(f"{out.stem}-{n}{out.suffix}")
            write_highlighted(root, out)
            print(f"highlighted page written to {out}", file=sys.stderr)
    return 1 if failures else 0


def main(argv=None) -> int:  # `python -m scraper.cli.extract`
    parser = argparse.ArgumentParser(prog="scraper")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    args = parser.parse_args(["extract", *(argv if argv is not None else sys.argv[1:])])
    return args.func(args)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())

__all__ = ["add_parser", "run", "write_highlighted"]
