"""The story as a page's front-end framework embedded it in a data script, for pages whose HTML shows
a skeleton ("جار التحميل...") and fills the story in with JavaScript: Next.js prints the page's props
as JSON in ``<script id="__NEXT_DATA__" type="application/json">``, the story's paragraphs among them
(``props.pageProps.article.body[i].content`` = ``"<p>…</p>"``). Used only when the DOM gave no story.

The JSON is read with the standard library; no schema is assumed: the string values that hold HTML
paragraphs (or long plain text) are grouped by their path with list positions left out
(``props.pageProps.article.body[].content``), and the group with the most text is the story, in
document order. Its HTML is parsed as one small fragment (the page itself is not parsed again).

Rules: scraper.rules.container EMBEDDED_*.
"""
from __future__ import annotations

import json
import re

from lxml import etree

from .rules import container as RC
from .textnorm import clean_text

_NEXT_DATA = etree.XPath('//script[@id="__NEXT_DATA__"]', smart_strings=False)
_TAG_RE = re.compile(r"<\s*(?:p|h[2-6]|li|blockquote)\b", re.I)
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")


def _strings(node, path: str, out: dict) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            _strings(v, f"{path}.{k}", out)
    elif isinstance(node, list):
        for v in node:
            _strings(v, f"{path}[]", out)
    elif isinstance(node, str) and len(node) >= RC.EMBEDDED_MIN_STRING and (
            _TAG_RE.search(node) or " " in node[:200]):
        out.setdefault(path, []).append(node)


def _lines(fragment: str) -> list[str]:
    if not _TAG_RE.search(fragment):
        return [t for t in (clean_text(x) for x in fragment.split("\n")) if t]
    try:
        box = etree.fromstring(f"<div>{fragment}</div>", etree.HTMLParser(recover=True, encoding=None))
    except (etree.ParserError, ValueError):
        return []
    if box is None:
        return []
    out = []
    for el in box.iter(*_BLOCKS):
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue   # (a <p> inside a <blockquote>: its text comes with the quote)
        text = clean_text(" ".join(el.itertext()))
        if text:
            out.append(text)
    return out


def story_lines(root) -> list[str]:
    """The story's lines from the page's embedded framework data, or [] when there is none."""
    scripts = _NEXT_DATA(root)
    if not scripts:
        return []
    raw = scripts[0].text or ""
    if len(raw) > RC.EMBEDDED_MAX_JSON_CHARS:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    groups: dict = {}
    _strings(data, "", groups)
    best, best_chars = None, 0
    for path, values in groups.items():
        html = [v for v in values if _TAG_RE.search(v)]
        chars = sum(len(v) for v in (html or values))
        if chars > best_chars:
            best, best_chars = (html or values), chars
    if best is None:
        return []
    lines = [line for v in best for line in _lines(v)]
    return lines if sum(len(x) for x in lines) >= RC.EMBEDDED_MIN_CHARS else []
