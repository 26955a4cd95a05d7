"""The story as a page's front-end framework embedded it in a data script, for pages whose HTML shows
a skeleton ("جار التحميل...") and fills the story in with JavaScript: Next.js prints the page's props
as JSON in ``<script id="__NEXT_DATA__" type="application/json">``, the story's paragraphs among them
(``props.pageProps.article.body[i].content`` = ``"<p>…</p>"``); other pages push or assign a store's
state in an inline script, the story's HTML escaped for JSON (``window["__RQ_…"].push({…"contentHtml":
"\u003cp …"})``), and htmlio.strip_code keeps such a script too. Used only when the DOM gave no story.

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

_DATA_SCRIPTS = etree.XPath('//script[@id="__NEXT_DATA__" or (not(@type="application/ld+json") and contains(., "\\u003"))]',
                             smart_strings=False)
_TAG_RE = re.compile(r"<\s*(?:p|h[2-6]|li|blockquote)\b", re.I)
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")


def _strings(node, path: str, out: dict, depth: int = 0) -> None:
    if depth > RC.EMBEDDED_MAX_DEPTH:
        return
    if isinstance(node, dict):
        for k, v in node.items():
            _strings(v, f"{path}.{k}", out, depth + 1)
    elif isinstance(node, list):
        for v in node:
            _strings(v, f"{path}[]", out, depth + 1)
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
        if any(a.tag == "figcaption" or "caption" in (a.get("class") or "").lower() for a in el.iterancestors()):
            continue   # (a photo's caption in the story's HTML: <div class="caption"><p>…</p></div>, Hankook Ilbo)
        text = clean_text(" ".join(el.itertext()))
        if text:
            out.append(text)
    return out


def _script_data(raw: str) -> list:
    """The JSON values a script assigns or pushes (``window.__STATE__ = {…}``, ``x.push({…})``): each
    "{" or "[" is tried as the start of one (json's raw_decode), at most RC.EMBEDDED_SCRIPT_TRIES of
    them; the values of EMBEDDED_MIN_CHARS or more characters are kept, the text after each skipped."""
    out, decoder, i, tries = [], json.JSONDecoder(), 0, 0
    while tries < RC.EMBEDDED_SCRIPT_TRIES:
        i = min((k for k in (raw.find("{", i), raw.find("[", i)) if k >= 0), default=-1)
        if i < 0:
            break
        tries += 1
        try:
            value, end = decoder.raw_decode(raw, i)
        except (ValueError, RecursionError):
            i += 1
            continue
        if end - i >= RC.EMBEDDED_MIN_CHARS:
            out.append(value)
        i = end
    return out


def story_lines(root) -> list[str]:
    """The story's lines from the page's embedded framework data, or [] when there is none: Next.js's
    __NEXT_DATA__, or a script whose data holds HTML escaped for JSON (kept by htmlio.strip_code)."""
    groups: dict = {}
    for k, script in enumerate(_DATA_SCRIPTS(root)):
        raw = script.text or ""
        if len(raw) > RC.EMBEDDED_MAX_JSON_CHARS:
            continue
        if script.get("id") == "__NEXT_DATA__":
            try:
                values = [json.loads(raw)]
            except (ValueError, RecursionError):   # (broken, or nested past the interpreter's limit)
                continue
        else:
            values = _script_data(raw)
        for v in values:
            _strings(v, f"{k}", groups)
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
