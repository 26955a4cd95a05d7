"""Bytes to one lxml tree: charset detection (HTTP header, BOM, <meta>, sniffing) and parsing.

Arabic sites still serve windows-1256 with the charset only in a meta tag, or a wrong charset in
the HTTP header; both are handled here, once, for every caller.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

from functools import lru_cache

from cssselect import GenericTranslator, SelectorError
from lxml import etree
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding


class UndecodableError(ValueError):
    """The input is empty, binary, or no charset decodes it."""


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\x00\x00\x01\x00")
_MOJIBAKE_RE = re.compile("[\u00d8\u00d9][\u0080-\u00ff]")  # UTF-8 Arabic read as latin-1/cp1252: "Ø§Ù„"
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859-1", "iso8859-15", "cp1256", "iso8859-6", "ascii"}
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _header(headers: Mapping | None, name: str) -> str:
    if not headers:
        return ""
    for k, v in headers.items():
        if (k.decode("latin-1") if isinstance(k, bytes) else str(k)).lower() == name:
            if isinstance(v, (list, tuple)):
                v = v[0] if v else b""
            return v.decode("latin-1") if isinstance(v, bytes) else str(v)
    return ""


def looks_binary(body: bytes) -> bool:
    head = body[:1024]
    if head.startswith(_BINARY_MAGIC):
        return True
    return head.count(b"\x00") > 8


def _try(body: bytes, enc: str) -> str | None:
    try:
        return body.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes | str, headers: Mapping | None = None) -> tuple[str, str]:
    """Return (text, encoding). Order: BOM, HTTP charset, <meta> charset, UTF-8, windows-1256, cp1252.

    A declared charset that does not fit the bytes is corrected: invalid UTF-8 that decodes as
    windows-1256 into Arabic, or UTF-8 Arabic declared as latin-1/cp1252 (mojibake)."""
    if isinstance(body, str):
        return body, "unicode"
    if not body or not body.strip():
        raise UndecodableError("empty body")
    bom_enc, bom = read_bom(body)
    if bom_enc:  # before the binary check: UTF-16 is full of NUL bytes
        text = _try(body[len(bom):], bom_enc)
        if text is not None:
            return text, bom_enc
    if looks_binary(body):
        raise UndecodableError("binary body")

    declared = http_content_type_encoding(_header(headers, "content-type")) or html_body_declared_encoding(body[:8192])
    declared = resolve_encoding(declared) if declared else None
    if declared:
        text = _try(body, declared)
        if text is not None:
            if declared in _SINGLE_BYTE:
                # A single-byte charset declared on a body that is valid UTF-8 with non-ASCII bytes:
                # the declaration is wrong (UTF-8 never decodes by accident).
                if not body.isascii():
                    utf = _try(body, "utf-8")
                    if utf is not None:
                        return utf, "utf-8"
                # windows-1256 bytes declared as Latin: browsers show ÇÌÊãÚ; we show Arabic.
                if declared != "cp1256" and len(_ARABIC_RE.findall(text[:20000])) < 5:
                    ar = body.decode("cp1256", "replace")
                    if len(_ARABIC_RE.findall(ar[:20000])) > 50:
                        return ar, "cp1256"
            return text, declared
        # Declared charset is wrong (usually "utf-8" on a windows-1256 page): fall through to sniffing.
        if declared == "utf-8":
            lenient = body.decode("utf-8", "replace")
            if lenient.count("\ufffd") < 5:
                return lenient, "utf-8"

    text = _try(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = body.decode("cp1256", "replace")
    if len(_ARABIC_RE.findall(text[:20000])) > 20:
        return text, "cp1256"
    return body.decode("cp1252", "replace"), "cp1252"


# A plain etree HTML parser: lxml.html's per-tag element classes cost a Python lookup for every
# element we touch, and we need none of their methods (text_of and select below replace them).
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
# All text of an element and its descendants (what lxml.html calls text_content()).
text_of = etree.XPath("string()", smart_strings=False)


@lru_cache(maxsize=512)
def _css(selector: str) -> etree.XPath:
    return etree.XPath(GenericTranslator().css_to_xpath(selector))


def select(root: etree._Element, selector: str) -> list:
    """Elements matching a CSS selector; an invalid selector matches nothing (site modules are data)."""
    try:
        return _css(selector)(root)
    except (SelectorError, etree.XPathError):
        return []


_CODE_OPEN_RE = re.compile(r"<(script|style|svg)\b")


def strip_code(text: str) -> str:
    """Drop <script> (except JSON-LD), <style> and inline <svg> elements before parsing.

    Their content never reaches an article (template banners included) and is often more than
    half of a page's bytes: the parser then builds a much smaller tree.
    A script's *tail* text stays, since only the element itself is cut out."""
    out: list[str] = []
    pos = 0
    n = len(text)
    opening = _CODE_OPEN_RE.search(text)
    while opening is not None:
        i = opening.start()
        close = text.find(">", i)
        if close < 0:
            break
        if opening.group(1) == "script" and "ld+json" in text[i:close]:
            out.append(text[pos:close + 1])   # keep JSON-LD for the metadata
            pos = close + 1
        else:
            j = text.find("</" + opening.group(1), close)
            if j < 0:
                break
            k = text.find(">", j)
            out.append(text[pos:i])
            pos = n if k < 0 else k + 1
        opening = _CODE_OPEN_RE.search(text, pos)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def parse_html(text: str) -> etree._Element:
    """Parse decoded HTML into an lxml tree (never raises on broken markup)."""
    text = strip_code(_XML_DECL_RE.sub("", text, count=1))
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        root = etree.fromstring(text, _PARSER)
    except (etree.ParserError, ValueError) as exc:  # "Document is empty" and friends
        raise UndecodableError(str(exc)) from exc
    if root is None:
        raise UndecodableError("document is empty")
    return root


def codec_name(enc: str) -> str:
    try:
        return codecs.lookup(enc).name
    except LookupError:
        return enc
