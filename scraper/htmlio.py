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
    """The input is empty, binary, mojibake, or no charset decodes it. ``kind`` says which:
    ``"empty"``, ``"binary"``, ``"mojibake"`` or ``"undecodable"``."""

    def __init__(self, message: str, kind: str | None = None):
        super().__init__(message)
        self.kind = kind or ("empty" if "empty" in message else "undecodable")


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\x00\x00\x01\x00",
                 b"7z\xbc\xaf", b"\xfd7zXZ", b"BZh", b"\x28\xb5\x2f\xfd", b"OggS", b"ID3", b"fLaC")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# The letters' runs of a text decoded as windows-1256 that say it is Arabic: ARABIC_MIN_WORDS words of Arabic
# letters alone, ARABIC_WORDS_VS_MIXED times as many as the words that mix Arabic and Latin letters. A Latin page
# (cp1252, ISO-8859-1) decoded so gets an Arabic letter for each of its ã, á, í, ó, õ, ú inside its Latin words
# ("computaçمo", "malلria"): a Portuguese page of Folha de S.Paulo, 2017, declared windows-1252, was read as
# windows-1256 by the count of Arabic letters alone (chimbori/crux's golden file folha_uol_com_br.html).
ARABIC_MIN_WORDS = 10
ARABIC_WORDS_VS_MIXED = 3


def _reads_as_arabic(text: str) -> bool:
    """The text (a page decoded as windows-1256) has words of Arabic letters, not Latin words with Arabic letters
    in them (ARABIC_MIN_WORDS, ARABIC_WORDS_VS_MIXED)."""
    words = mixed = 0
    for run in _LETTERS_RE.findall(text[:20000]):
        if run.isascii():
            continue
        n = len(_ARABIC_RE.findall(run))
        if n == len(run):
            words += n > 1
        elif n and any("a" <= c <= "z" or "A" <= c <= "Z" for c in run):
            mixed += 1
    return words >= ARABIC_MIN_WORDS and words >= ARABIC_WORDS_VS_MIXED * mixed
_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859-1", "iso8859-15", "cp1256", "iso8859-6", "ascii"}
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# C0 control bytes no text has (tab, LF, FF, CR and ESC allowed): ~10% of random bytes.
_CTRL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13, 27))
_CTRL_BYTE_VALUES = tuple(_CTRL_BYTES)
_SAMPLE = 65536


def _mojibake_needles() -> tuple[bytes, ...]:
    """UTF-8 Arabic read as a single-byte charset and stored again as UTF-8 ("Ø§Ù„…" from
    cp1252/latin-1, "ط§ظ„…" from windows-1256): the UTF-8 bytes of what alef, lam and meem (the
    most frequent letters, about a third of Arabic text) become. Real text never has them."""
    out = set()
    for letter in "\u0627\u0644\u0645":
        for enc in ("cp1252", "latin-1", "cp1256"):
            pair = letter.encode("utf-8").decode(enc)
            if not "\u0600" <= pair[1] <= "\u06ff":
                out.add(pair.encode("utf-8"))
    return tuple(sorted(out))


_MOJIBAKE_NEEDLES = _mojibake_needles()
# a quick first look: lam and meem pairs start with "Ù" (cp1252, latin-1) or "ظ" + a punctuation
# mark (windows-1256)
_MOJIBAKE_PREFIXES = (b"\xc3\x99", b"\xd8\xb8\xe2\x80")
# each prefix with one of its bytes that Arabic and English pages seldom have ("\xc3": Latin-1
# letters; "\xb8": in Arabic only the rare ظ)
_MOJIBAKE_SCREENS = ((b"\xc3\x99", b"\xc3"), (b"\xd8\xb8\xe2\x80", b"\xb8"))
assert tuple(p for p, _b in _MOJIBAKE_SCREENS) == _MOJIBAKE_PREFIXES and all(b in p for p, b in _MOJIBAKE_SCREENS)


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
    """Not text in any charset: a known file signature, NUL bytes, or C0 control bytes (more
    than 1% of the first 64 KiB; text has none, random bytes ~10%)."""
    head = body[:1024]
    if head.startswith(_BINARY_MAGIC):
        return True
    if head.count(b"\x00") > 8:
        return True
    sample = body[:_SAMPLE]
    # (one memchr per control byte first: a page holds none of them, and the count below copies the
    # sample to count them)
    if not any(c in sample for c in _CTRL_BYTE_VALUES):
        return False
    ctrl = len(sample) - len(sample.translate(None, _CTRL_BYTES))
    return ctrl >= 8 and ctrl * 100 > len(sample)


def looks_binary_text(text: str) -> bool:
    """Decoded text that is no page: mostly non-ASCII with (almost) no whitespace (random
    high bytes read as windows-1256 or cp1252). Markup and prose are 5-20% whitespace."""
    sample = text[:_SAMPLE]
    if len(sample) < 512 or sample.isascii():
        return False
    nonascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if nonascii * 10 <= 3 * len(sample):
        return False
    ws = sum(sample.count(c) for c in " \n\t\r")
    return ws * 100 < len(sample)


def _sample(body: bytes) -> bytes:
    """The first 64 KiB and the middle 64 KiB (where the story usually is)."""
    if len(body) <= 2 * _SAMPLE:
        return body
    mid = len(body) // 2
    return body[:_SAMPLE] + body[mid - _SAMPLE // 2: mid + _SAMPLE // 2]


def looks_mojibake(utf8: bytes) -> bool:
    """UTF-8 bytes of text that is UTF-8 Arabic already read as a single-byte charset: at least
    10 of the alef/lam/meem pairs, and one for every 10 Arabic letters left (real text: none)."""
    sample = _sample(utf8)
    # (a byte of the prefix looked for first, by memchr: most pages lack one of them, and
    # counting a multi-byte string over the sample is a slow scan)
    if sum(sample.count(p) for p, byte in _MOJIBAKE_SCREENS if sample.find(byte) != -1) < 10:
        return False
    n = sum(sample.count(p) for p in _MOJIBAKE_NEEDLES)
    if n < 10:
        return False
    letters = sample.count(b"\xd8") + sample.count(b"\xd9")
    return n * 10 >= letters


def utf8_share(body: bytes) -> tuple[str, int, int]:
    """The body decoded as UTF-8 with bad bytes replaced, the number of non-ASCII characters
    that decoded well and the number of bad sequences (one per U+FFFD produced)."""
    lenient = body.decode("utf-8", "replace")
    bad = lenient.count("\ufffd") - body.count(b"\xef\xbf\xbd")
    nonascii = len(lenient) - len(lenient.encode("ascii", "ignore"))
    return lenient, nonascii - bad, bad


def _try(body: bytes, enc: str) -> str | None:
    try:
        return body.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes | str, headers: Mapping | None = None) -> tuple[str, str]:
    """Return (text, encoding); raise UndecodableError (``kind``: empty, binary, mojibake,
    undecodable) for what is no page.

    One charset per page: BOM, HTTP charset, <meta> charset, else sniffed (UTF-8, windows-1256,
    cp1252). A declared charset that does not fit the bytes is corrected: UTF-8 declared as
    latin-1/cp1252/windows-1256, windows-1256 declared as UTF-8 or Latin. A page that is mostly
    UTF-8 stays UTF-8 with its few bad bytes replaced (a stray byte, one windows-1256 sentence);
    a page that is mostly windows-1256 stays windows-1256. Text that comes out as mojibake or
    binary is rejected."""
    return decode_for_parse(body, headers)[:2]


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def decode_for_parse(body: bytes | str, headers: Mapping | None = None) -> tuple[str, str, bytes | None]:
    """:func:`decode_html`, plus the UTF-8 bytes of which the text is the exact (strict) decoding
    when there are such bytes (the body, without its BOM), else None: :func:`parse_html` then
    parses those bytes (libxml2 reads UTF-8 natively; a str reaches it as UTF-16 or UCS-4 and is
    converted first)."""
    if isinstance(body, str):
        # a lone surrogate (a str from JSON's "\ud800" escapes, from a caller's own decoding) ended
        # libxml2's parse of the text there: the rest of the page was lost. As U+FFFD, as a decoder does.
        # (Text decoded from bytes has none.)
        if _SURROGATE_RE.search(body) is not None:
            body = _SURROGATE_RE.sub("\ufffd", body)
        return body, "unicode", None
    if not body or body.isspace():   # (isspace: the ASCII whitespace strip() strips, without a copy)
        raise UndecodableError("empty body", "empty")
    bom_enc, bom = read_bom(body)
    if bom_enc:  # before the binary check: UTF-16 is full of NUL bytes
        text = _try(body[len(bom):], bom_enc)
        if text is not None:
            strict = bom_enc == "utf-8"
            return (*_checked(text, bom_enc, strict=strict), body[len(bom):] if strict else None)
    if looks_binary(body):
        raise UndecodableError("binary body", "binary")
    text, enc, strict = _decode(body, headers)
    return (*_checked(text, enc, body if enc == "utf-8" else None, strict), body if strict else None)


def _checked(text: str, enc: str, utf8: bytes | None = None, strict: bool = False) -> tuple[str, str]:
    """*text* unless it is mojibake or binary. *strict*: it is the strict UTF-8 decoding of the
    bytes, which random bytes never are (a run of high bytes is valid UTF-8 only by design), so
    the whitespace test of :func:`looks_binary_text` is not asked: it would take a page whose
    first 64 KiB are a script of Arabic strings with few spaces for binary."""
    if looks_mojibake(utf8 if utf8 is not None else text[:2 * _SAMPLE].encode("utf-8", "replace")):
        raise UndecodableError(f"mojibake (UTF-8 read as {enc})", "mojibake")
    if not strict and looks_binary_text(text):
        raise UndecodableError(f"binary body (no text as {enc})", "binary")
    return text, enc


def _decode(body: bytes, headers: Mapping | None) -> tuple[str, str, bool]:
    """(text, encoding, whether the text is the strict UTF-8 decoding of the whole body)."""
    declared = http_content_type_encoding(_header(headers, "content-type")) or html_body_declared_encoding(body[:8192])
    declared = resolve_encoding(declared) if declared else None
    share: tuple[str, int, int] | None = None
    if declared and declared != "utf-8":
        text = _try(body, declared)
        if text is not None:
            if declared in _SINGLE_BYTE and not body.isascii():
                # A single-byte charset declared on a body that is UTF-8 with non-ASCII bytes:
                # the declaration is wrong (UTF-8 never decodes by accident); a few bad bytes
                # in it do not make it windows-1256 (the good sequences outnumber them 4:1).
                lenient, good, bad = share = utf8_share(body)
                if bad == 0 or (good >= 20 and good >= 4 * bad):
                    return lenient, "utf-8", False
            if declared in _SINGLE_BYTE and declared != "cp1256":
                # windows-1256 bytes declared as Latin: browsers show ÇÌÊãÚ; we show Arabic.
                if len(_ARABIC_RE.findall(text[:20000])) < 5:
                    ar = body.decode("cp1256", "replace")
                    if len(_ARABIC_RE.findall(ar[:20000])) > 50 and _reads_as_arabic(ar):
                        return ar, "cp1256", False
            return text, declared, False
    # UTF-8 declared, or a declared charset that does not decode the bytes, or none: sniff.
    text = _try(body, "utf-8")
    if text is not None:
        return text, "utf-8", True
    lenient, good, bad = share or utf8_share(body)
    if good > bad or (declared == "utf-8" and bad < 5):
        # mostly UTF-8: the bad bytes become U+FFFD, the page is not read as windows-1256
        return lenient, "utf-8", False
    text = body.decode("cp1256", "replace")
    if len(_ARABIC_RE.findall(text[:20000])) > 20 and _reads_as_arabic(text):
        return text, "cp1256", False
    return body.decode("cp1252", "replace"), "cp1252", False


# A plain etree HTML parser: lxml.html's per-tag element classes cost a Python lookup for every
# element we touch, and we need none of their methods (text_of and select below replace them).
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False,
                           huge_tree=True)
_PARSER_UTF8 = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False,
                                huge_tree=True, encoding="utf-8")
_tostring = etree.tostring


def text_of(el: etree._Element) -> str:
    """All text of an element and its descendants (what lxml.html calls text_content()); an
    element without children has its own text only (about half the calls: ``len`` and ``.text``
    cost less). Serialised as text: the same string as XPath's ``string()``, ~20% faster (1.5
    against 1.8 µs on 83,313 corpus elements with children, every string the same)."""
    return _tostring(el, method="text", encoding="unicode", with_tail=False) if len(el) else (el.text or "")


class TagIndex:
    """The elements of a few tags, in document order, found in one walk of the tree. The metadata,
    the cleaner's page set-up, its story guard and the date search each walked the whole tree for
    their own tags; a walk of a page costs about as much for ten tags as for one."""

    TAGS = ("meta", "link", "script", "h1", "title", "time", "form", "p", "style", "body", "cite", "blockquote")

    def __init__(self, root: etree._Element):
        self.root = root
        self._walk()

    def _walk(self) -> None:
        # per child of the root, in order: (child, {tag: [elements under it, itself included]})
        self._parts: list[tuple[etree._Element, dict]] = []
        for child in self.root:
            found: dict = {}
            if isinstance(child.tag, str):
                for el in child.iter(*self.TAGS):
                    lst = found.get(el.tag)
                    if lst is None:
                        found[el.tag] = [el]
                    else:
                        lst.append(el)
            self._parts.append((child, found))

    def get(self, tag: str, top: etree._Element | None = None) -> list:
        """``list(top.iter(tag))`` for one of TAGS, where ``top`` is the root (default) or one of
        its children."""
        assert tag in self.TAGS
        # the tree changed since the walk (the cleaner gives a page left inside <head> a new <body>,
        # see domrules._body_from_head: the root's children change): walk it again
        n = len(self.root)
        if n != len(self._parts) or any(self.root[i] is not self._parts[i][0] for i in range(n)):
            self._walk()
        if top is None or top is self.root:
            out = [self.root] if self.root.tag == tag else []
            for _child, found in self._parts:
                out += found.get(tag, ())
            return out
        for child, found in self._parts:
            if child is top:
                return list(found.get(tag, ()))
        return list(top.iter(tag))   # (not a child of the root)


@lru_cache(maxsize=512)
def _css(selector: str) -> etree.XPath:
    return etree.XPath(GenericTranslator().css_to_xpath(selector))


def select(root: etree._Element, selector: str) -> list:
    """Elements matching a CSS selector; an invalid selector matches nothing (site modules are data)."""
    try:
        return _css(selector)(root)
    except (SelectorError, etree.XPathError):
        return []


# Tag names are case-insensitive: an old page's <SCRIPT> ends at the first "</script" in any case,
# as in a browser (a saved page whose <SCRIPT LANGUAGE="Java... was cut short otherwise swallowed
# the whole page into <head>: L3S-GN1 dev pages 034f7376…, 14129678…).
# a code element's start tag, or a comment's start: markup inside a comment is no element (a
# "<script>" there is text of the comment), and a comment ends at its first "-->" even inside what
# would be a script: nbcsports.msnbc.com 2012 opens "<!-- a href=…>Tweet</a>" before the story and
# closes it with the "// -->" of a later script; cutting that script out made the comment run on
# over the whole story (Dragnet dev page 9)
# (the lookahead lets the engine pass over every other "<" at once: with noscript as a fourth name the
# scan of a page took 40% longer without it)
_CODE_OPEN_RE = re.compile(r"<(?=[sSnN!])(?:(script|style|svg|noscript)\b|!--)", re.I)
# An end tag's name ends at white space, "/" or ">" (the HTML standard's tokenizer, as libxml2 2.14
# reads it): "</scripts>" inside a script does not end it.
_CODE_CLOSE_RE = {t: re.compile("</" + t + r"(?=[\t\n\f\r />])", re.I) for t in ("script", "style", "svg", "noscript")}
# Inside a script, "<!--" opens an escaped stretch in which "<script" starts a double-escaped one,
# where "</script" only goes back to the escaped stretch; "-->" ends both (the standard's
# "script data escaped" and "double escaped" states; browsers and libxml2 2.14 alike). So an old
# page's "<!-- document.write('<script src=…></script>'); //-->" does not end its script at the
# "</script>" inside the string: cut there, the rest ('"); //-->', or the 400 KB of a store's JSON
# after an ad snippet in it: bleacherreport.com, ir-research-data chaos-baseball-2) was page text.
_SCRIPT_TOKEN_RE = re.compile(r"<!--+>|<!--|-->|<(/?)script(?=[\t\n\f\r />])", re.I)
_SCRIPT_TOKEN_BYTES_RE = re.compile(_SCRIPT_TOKEN_RE.pattern.encode(), re.I)


# A <noscript>'s content is text to a browser that runs scripts: its first "</noscript" ends it.
# libxml2 parses it as markup, and a <div> or a table cell opened there and not closed before
# "</noscript>" makes it ignore that end tag: the whole page after it ended up inside the
# <noscript>, which the walk skips (socialistworker.co.uk 2005: '<noscript><div id="leftcont1">
# </noscript>' around its menu, CleanEval final-714: an empty body). Such a <noscript> is emptied
# before parsing; one whose markup is closed stays as it is (a challenge's noscript text is read).
_TAG_NAME_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_TAG_NAME_BYTES_RE = re.compile(_TAG_NAME_RE.pattern.encode())
_NOT_CLOSED = frozenset(   # void elements, and the document's own (which libxml2 places itself)
    "area base br col embed hr img input keygen link meta param source track wbr html head body".split())


def _opens_unclosed(text, start: int, end: int) -> bool:
    """``text[start:end]`` (str or bytes) opens an element that it does not close."""
    rx = _TAG_NAME_RE if isinstance(text, str) else _TAG_NAME_BYTES_RE
    depth: dict = {}
    for m in rx.finditer(text, start, end):
        name = m.group(2).lower()
        if isinstance(name, bytes):
            name = name.decode("ascii")
        if name not in _NOT_CLOSED:
            depth[name] = depth.get(name, 0) + (-1 if m.group(1) else 1)
    return any(v > 0 for v in depth.values())


def _script_end(text, start: int, first):
    """The end tag that ends a script whose data starts at *start* and holds "<!--" before
    *first*, the first ``</script`` after it (a match): the standard's states are followed (str
    or bytes)."""
    escaped = double = False
    rx = _SCRIPT_TOKEN_RE if isinstance(text, str) else _SCRIPT_TOKEN_BYTES_RE
    for m in rx.finditer(text, start):
        token = m.group()
        if m.group(1) is not None:      # <script or </script
            if not m.group(1):
                double = double or escaped
            elif double:
                double = False
            else:
                return m
        elif token[-1:] in (">", b">"):  # -->, or <!--> / <!--->: out of both stretches
            escaped = double = False
        elif not escaped:                # <!--
            escaped = True
    return None


# An <svg> never closed (theatlantic.com 2017's menus: '<strong class="c-menu__title"><span>Sections</span>
# <svg …><use …></use></strong>', ir-research-data chaos pages) ends for a browser at the first
# tag of HTML inside it: the HTML standard's "rules for parsing tokens in foreign content" leave
# the SVG at a start tag of its list below and at an end tag of an element open outside it. Cut
# up to the next "</svg" regardless, the code cut took the page's structure with it (the
# story ended up inside a menu's <strong>). So an <svg> is cut up to the first such tag when one
# comes before "</svg": a start tag of _SVG_BREAKOUT_TAGS or an end tag of no SVG element.
_SVG_ELEMENTS = (   # SVG 1.1 (Appendix "Element Index") and SVG 2, lower-cased
    "a altglyph altglyphdef altglyphitem animate animatecolor animatemotion animatetransform circle "
    "clippath color-profile cursor defs desc discard ellipse feblend fecolormatrix fecomponenttransfer "
    "fecomposite feconvolvematrix fediffuselighting fedisplacementmap fedistantlight fedropshadow "
    "feflood fefunca fefuncb fefuncg fefuncr fegaussianblur feimage femerge femergenode femorphology "
    "feoffset fepointlight fespecularlighting fespotlight fetile feturbulence filter font font-face "
    "font-face-format font-face-name font-face-src font-face-uri foreignobject g glyph glyphref hatch "
    "hatchpath hkern image line lineargradient marker mask mesh meshgradient meshpatch meshrow metadata "
    "missing-glyph mpath path pattern polygon polyline radialgradient rect script set solidcolor stop "
    "style svg switch symbol text textpath title tref tspan unknown use view vkern").split()
_SVG_BREAKOUT_TAGS = (   # the HTML standard, 13.2.6.5 (font only with attributes: left out)
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li "
    "listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var").split()
_SVG_BREAK = (r"<(?:/(?!(?:{svg})(?![A-Za-z0-9:_-]))[A-Za-z]|(?:{html})(?![A-Za-z0-9:_-]))".format(
    svg="|".join(re.escape(t) for t in sorted(_SVG_ELEMENTS, key=len, reverse=True)),
    html="|".join(sorted(_SVG_BREAKOUT_TAGS, key=len, reverse=True))))
_SVG_BREAK_RE = re.compile(_SVG_BREAK, re.I)
_SVG_BREAK_BYTES_RE = re.compile(_SVG_BREAK.encode(), re.I)
_FOREIGN_OBJECT_RE = re.compile(r"<foreignobject", re.I)   # (HTML inside the SVG: the cut as before)
_FOREIGN_OBJECT_BYTES_RE = re.compile(rb"<foreignobject", re.I)
# A script whose data holds HTML blocks escaped for JSON ("\u003cp\u003e…": React Query's dehydrated
# state, a store's initial state, a CMS's article JSON) is kept as __NEXT_DATA__ is, for
# scraper.embedded when the DOM gives no story (a page that fills its story in with JavaScript:
# fundus kr_HankookIlbo_2026_01_29, whose story is only in window["__RQ_…"].push({…"contentHtml":…})).
# Looked for by find() (a fast search of the script's text), then matched; at most
# _ESCAPED_TRIES escapes of "<" per script.
_ESCAPED_BLOCK_RE = re.compile(r"\\u003[cC](?:p|h[2-6])(?![A-Za-z0-9])")
_ESCAPED_BLOCK_BYTES_RE = re.compile(rb"\\u003[cC](?:p|h[2-6])(?![A-Za-z0-9])")
_ESCAPED_TRIES = 64


def _escaped_blocks(text, start: int, end: int) -> bool:
    """``text[start:end]`` (str or bytes, not copied) holds an HTML block tag escaped for JSON."""
    bytes_ = isinstance(text, bytes)
    mark, rx = (b"\\u003", _ESCAPED_BLOCK_BYTES_RE) if bytes_ else ("\\u003", _ESCAPED_BLOCK_RE)
    i = text.find(mark, start, end)
    for _ in range(_ESCAPED_TRIES):
        if i < 0:
            return False
        if rx.match(text, i, end):
            return True
        i = text.find(mark, i + 5, end)
    return False


def strip_code(text: str) -> str:
    """Drop <script> (except JSON-LD), <style> and inline <svg> elements before parsing, and empty a
    <noscript> whose markup is left open (_opens_unclosed).

    Their content never reaches an article (template banners included) and is often more than
    half of a page's bytes: the parser then builds a much smaller tree. Each ends where a browser
    ends it (_CODE_CLOSE_RE, _script_end). A script's *tail* text stays, since only the element
    itself is cut out."""
    out: list[str] = []
    pos = 0
    n = len(text)
    opening = _CODE_OPEN_RE.search(text)
    while opening is not None:
        i = opening.start()
        tag = opening.group(1)
        if tag is None:   # a comment: nothing inside it is cut, the scan goes on after its end
            end = text.find("-->", opening.end())
            if end < 0:
                break
            opening = _CODE_OPEN_RE.search(text, end + 3)
            continue
        close = text.find(">", i)
        if close < 0:
            break
        tag = tag.lower()
        if tag == "noscript":
            m = _CODE_CLOSE_RE[tag].search(text, close)
            if m is not None and _opens_unclosed(text, close + 1, m.start()):
                out.append(text[pos:close + 1])   # (emptied: see _TAG_NAME_RE)
                pos = m.start()
            opening = _CODE_OPEN_RE.search(text, max(pos, close + 1))
            continue
        if tag == "script" and ("ld+json" in text[i:close] or "__NEXT_DATA__" in text[i:close]):
            # keep JSON-LD for the metadata, and Next.js's page data for a story the DOM lacks
            # (scraper.embedded)
            out.append(text[pos:close + 1])
            pos = close + 1
        else:
            m = _CODE_CLOSE_RE[tag].search(text, close)
            if tag == "script" and m is not None and text.find("<!--", close, m.start()) >= 0:
                m = _script_end(text, close, m)
            j = n if m is None else m.start()
            brk = _SVG_BREAK_RE.search(text, close, j) if tag == "svg" else None
            if tag == "script" and m is not None and _escaped_blocks(text, close, j):
                k = text.find(">", j)   # (kept whole, for scraper.embedded: _ESCAPED_BLOCK_RE)
                out.append(text[pos:n if k < 0 else k + 1])
                pos = n if k < 0 else k + 1
            elif brk is not None and _FOREIGN_OBJECT_RE.search(text, close, brk.start()) is None:
                out.append(text[pos:i])   # an <svg> never closed: it ends where HTML starts again
                pos = brk.start()
            else:
                if m is None:
                    break
                k = text.find(">", j)
                out.append(text[pos:i])
                pos = n if k < 0 else k + 1
        opening = _CODE_OPEN_RE.search(text, pos)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_CODE_OPEN_BYTES_RE = re.compile(rb"<(?=[sSnN!])(?:(script|style|svg|noscript)(?![A-Za-z0-9_])|!--)", re.I)
_CODE_CLOSE_BYTES_RE = {t.encode(): re.compile(rx.pattern.encode(), re.I) for t, rx in _CODE_CLOSE_RE.items()}


def _strip_code_utf8(data: bytes) -> bytes:
    """:func:`strip_code` on valid UTF-8 bytes: the same cuts, so the result is the UTF-8 of
    ``strip_code(data.decode())``. (The tag name must end where ``\\b`` ends it in the str
    version: a non-ASCII letter right after it is a word character there.)"""
    out: list[bytes] = []
    pos = 0
    n = len(data)
    search = _CODE_OPEN_BYTES_RE.search
    opening = search(data)
    while opening is not None:
        i = opening.start()
        end = opening.end()
        if opening.group(1) is None:   # a comment (see _CODE_OPEN_RE)
            stop = data.find(b"-->", end)
            if stop < 0:
                break
            opening = search(data, stop + 3)
            continue
        if end < n and data[end] >= 0x80:
            ch = data[end:end + 4].decode("utf-8", "ignore")[:1]
            if ch.isalnum():   # "<scripté": no tag boundary for the str regex either
                opening = search(data, i + 1)
                continue
        close = data.find(b">", i)
        if close < 0:
            break
        tag = opening.group(1).lower()
        if tag == b"noscript":
            m = _CODE_CLOSE_BYTES_RE[tag].search(data, close)
            if m is not None and _opens_unclosed(data, close + 1, m.start()):
                out.append(data[pos:close + 1])   # (see strip_code)
                pos = m.start()
            opening = search(data, max(pos, close + 1))
            continue
        if tag == b"script" and (b"ld+json" in data[i:close] or b"__NEXT_DATA__" in data[i:close]):
            out.append(data[pos:close + 1])   # keep JSON-LD and Next.js's data (see strip_code)
            pos = close + 1
        else:
            m = _CODE_CLOSE_BYTES_RE[tag].search(data, close)
            if tag == b"script" and m is not None and data.find(b"<!--", close, m.start()) >= 0:
                m = _script_end(data, close, m)
            j = n if m is None else m.start()
            brk = _SVG_BREAK_BYTES_RE.search(data, close, j) if tag == b"svg" else None
            if tag == b"script" and m is not None and _escaped_blocks(data, close, j):
                k = data.find(b">", j)   # (kept whole: see strip_code)
                out.append(data[pos:n if k < 0 else k + 1])
                pos = n if k < 0 else k + 1
            elif brk is not None and _FOREIGN_OBJECT_BYTES_RE.search(data, close, brk.start()) is None:
                out.append(data[pos:i])   # (see strip_code)
                pos = brk.start()
            else:
                if m is None:
                    break
                k = data.find(b">", j)
                out.append(data[pos:i])
                pos = n if k < 0 else k + 1
        opening = search(data, pos)
    if not out:
        return data
    out.append(data[pos:])
    return b"".join(out)


# Charsets in which a NUL character comes only from a NUL byte (no UTF-16/32, no UTF-7).
NUL_FROM_NUL_BYTE = frozenset({"utf-8", "cp1256", "cp1252", "latin_1", "iso8859-1", "iso8859-6", "iso8859-15", "ascii"})


_TITLE_OPEN_RE = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE_RE = re.compile(r"</title[\s/>]", re.I)
_TITLE_OPEN_BYTES_RE = re.compile(rb"<title\b[^>]*>", re.I)
_TITLE_CLOSE_BYTES_RE = re.compile(rb"</title[\s/>]", re.I)


def _close_title(data):
    """A <title> that is never closed (a page saved cut short or spliced) holds the whole rest of
    the page as its text for libxml2 (and for an HTML5 browser): the page comes out empty. Older
    browsers ended the title at the next tag; so does this (only when no end tag "</title>",
    "</title >" follows at all: "</titlevalue=…" is none). Source: L3S-GN1 dev pages 082e02bd…
    (koreatimes.co.kr), 0bf24489… (news.bbc.co.uk), 51600d8d… (computerworld.com), cb5cb16c…
    (cbn.com: "</titlevalue=") and four more, saved in 2008 with bytes missing after <title>."""
    if isinstance(data, bytes):
        m = _TITLE_OPEN_BYTES_RE.search(data)
        if m is None or _TITLE_CLOSE_BYTES_RE.search(data, m.end()):
            return data
        i = data.find(b"<", m.end())
        return data if i < 0 else data[:i] + b"</title>" + data[i:]
    m = _TITLE_OPEN_RE.search(data)
    if m is None or _TITLE_CLOSE_RE.search(data, m.end()):
        return data
    i = data.find("<", m.end())
    return data if i < 0 else data[:i] + "</title>" + data[i:]


_ROOT_OPEN_WINDOW = 16384   # how far into the page the <html> start tag is looked for


def _open_root(data):
    """A self-closed root start tag, "<html …/>" (a page saved with bytes missing inside the tag,
    so that an image's "/>" closes it), is an empty document for libxml2: it ends the root there
    and drops the rest. An HTML5 browser ignores "/" on a non-void start tag and shows the page;
    so does this, by taking the "/" out (only in the first <html> start tag, looked for in the
    page's first 16 KiB). Source: L3S-GN1 dev page ce6830ee… (pr-inside.com 2008:
    '<html xmogo.jpg" alt="…" width="145" height="62" border="0" />'; every extractor came out
    empty)."""
    if isinstance(data, bytes):
        opens, gt, slash = (b"<html", b"<HTML"), b">", b"/"
    else:
        opens, gt, slash = ("<html", "<HTML"), ">", "/"
    i = min((j for j in (data.find(o, 0, _ROOT_OPEN_WINDOW) for o in opens) if j >= 0), default=-1)
    if i < 0:
        return data
    name_end = data[i + 5:i + 6]               # "<html" then white space or "/", not "<htmlx"
    if not (name_end.isspace() or name_end == slash):
        return data
    k = data.find(gt, i + 5)
    return data[:k - 1] + data[k:] if k > 0 and data[k - 1:k] == slash else data


_HTML_END_RE = re.compile(r"</(?:html|body)\s*>", re.I)
_HTML_END_BYTES_RE = re.compile(rb"</(?:html|body)\s*>", re.I)
# the first "</html" or "</HTML" (one scan, where two str.find scanned the whole page each)
_HTML_END_FIRST_RE = re.compile(r"</(?:html|HTML)")
_HTML_END_FIRST_BYTES_RE = re.compile(rb"</(?:html|HTML)")


def _reopen_after_html_end(data):
    """libxml2 drops everything after the end tag that closes <html>; an HTML5 browser puts it in
    the body and shows it (a second document pasted after the first, a template that prints the
    story after "</html>"). When markup other than white space follows the first "</html>" (in upper
    or lower case), the end tags of <html> and <body> are taken out, so the parser keeps the rest in
    the one body. Source: L3S-GN1 dev page 954487ce… (wvva.com 2008: the story is a second
    <html> document after the first's "</html>"; every extractor came out empty)."""
    if isinstance(data, bytes):
        first = _HTML_END_FIRST_BYTES_RE.search(data)
        regex = _HTML_END_BYTES_RE
        empty, gt, open_comment, close_comment = b"", b">", b"<!--", b"-->"
    else:
        first = _HTML_END_FIRST_RE.search(data)
        regex = _HTML_END_RE
        empty, gt, open_comment, close_comment = "", ">", "<!--", "-->"
    if first is None:
        return data
    i = first.start()
    k = data.find(gt, i)
    if k < 0:
        return data
    rest = data[k + 1:].lstrip()
    while rest.startswith(open_comment):   # comments after the end (cache stamps) change nothing
        e = rest.find(close_comment)
        if e < 0:
            return data
        rest = rest[e + 3:].lstrip()
    return regex.sub(empty, data) if rest else data


# HTML5's sectioning elements are unknown to libxml2's HTML parser, and it ignores their end tag
# while a <div> opened inside is still open (its end-tag priorities: an unknown element's end tag
# does not close a <div>); a browser closes the <div>s there. One <div> left open in an <aside> or
# a <nav> then puts the rest of the page inside it: gizmodo.com 2017's inset <aside> around a
# related story took the story's last paragraphs with it (ir-research-data chaos-robot-2), its menu
# the whole page. So before such an end tag, the <div>s opened since its start tag and still open
# are closed, as the browser closes them. (Comments are skipped: markup commented out opens nothing.)
_SECTIONING = "aside|nav|section|article|header|footer|main|figure|figcaption"
_DIV_OR_SECTION_RE = re.compile(rf"<!--.*?-->|<(/?)(div|{_SECTIONING})(?=[\s>/])", re.I | re.S)
_DIV_OR_SECTION_BYTES_RE = re.compile(_DIV_OR_SECTION_RE.pattern.encode(), re.I | re.S)


def _close_divs_in_sections(data):
    """``data`` with "</div>"s put before each end tag of a sectioning element that would close
    <div>s still open inside it (see above); ``data`` itself when there is none."""
    if isinstance(data, bytes):
        rx, close, div, opens, ends = _DIV_OR_SECTION_BYTES_RE, b"</div>", b"div", b"<div", b"</div"
    else:
        rx, close, div, opens, ends = _DIV_OR_SECTION_RE, "</div>", "div", "<div", "</div"
    # (a page whose <div> start tags are no more than its end tags has none left open, but for a
    # stray end tag that hides one: the tag scan below, ~1 ms on a long page, runs only on the
    # pages with more start tags, 477 of the 5,713 dev pages; it changes 60 of them, and 2 pages
    # more when it runs on every page. Lower case only: the templates that write <DIV> are older
    # than the sectioning elements.)
    if data.count(opens) <= data.count(ends):
        return data
    stack: list = []   # the names of the open elements among those, lower-cased
    cuts: list = []    # (position, how many </div>)
    for m in rx.finditer(data):
        name = m.group(2)
        if name is None:
            continue   # a comment
        name = name.lower()
        if not m.group(1):
            stack.append(name)
            continue
        # an end tag closes the innermost open element of its name and what is open inside it (a
        # stray one closes nothing); a sectioning element's closes the <div>s in it first, with
        # the "</div>"s put before it (a </div> does the same for libxml2 as for a browser)
        for k in range(len(stack) - 1, -1, -1):
            if stack[k] == name:
                n = 0 if name == div else sum(1 for x in stack[k + 1:] if x == div)
                if n:
                    cuts.append((m.start(), n))
                del stack[k:]
                break
    if not cuts:
        return data
    out, pos = [], 0
    for at, n in cuts:
        out.append(data[pos:at])
        out.append(close * n)
        pos = at
    out.append(data[pos:])
    return data[:0].join(out)


# libxml2 stops parsing at 2,048 open elements (with huge_tree; 256 without) and the rest of the page is
# lost, where a browser keeps every word (Chrome sets elements deeper than 512 beside their parent):
# an old page that opens a <font> or a <b> on each of thousands of lines and never closes them. Only
# when that happened, the page is parsed again with the start tags past DEPTH_KEEP open elements (and
# their end tags) left out, a block's as a <br> (its text stays a line of its own): the text stays, the
# nesting goes (_flatten_deep). The open elements are counted without the end tags HTML implies (an
# unclosed <p> closed by the next): more than libxml2 counts, so the second parse stays under its limit.
DEPTH_KEEP = 500
_DEPTH_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
                           "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                           "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"})
_TAG_TOKEN_RE = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>", re.S)
_TAG_TOKEN_BYTES_RE = re.compile(_TAG_TOKEN_RE.pattern.encode(), re.S)
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                        "source", "track", "wbr", "keygen", "basefont", "frame", "isindex"})


def _depth_error(parser) -> bool:
    """The last parse stopped at libxml2's depth limit (its last error, a fatal one, says so: "Excessive
    depth in document"; ERR_RESOURCE_LIMIT in libxml2 2.14, an internal error in older releases)."""
    err = parser.error_log.last_error
    return err is not None and err.level_name == "FATAL" and "xcessive depth" in err.message


def _flatten_deep(data):
    """``data`` without the start tags opened past DEPTH_KEEP open elements, nor their end tags (a
    block's as a line break)."""
    as_bytes = isinstance(data, bytes)
    rx = _TAG_TOKEN_BYTES_RE if as_bytes else _TAG_TOKEN_RE
    br = b"<br>" if as_bytes else "<br>"
    stack: list = []    # (name, kept?) of the open elements
    out: list = []
    pos = 0
    for m in rx.finditer(data):
        name = m.group(2)
        if name is None:
            continue   # a comment
        name = (name.decode("latin-1") if as_bytes else name).lower()
        if name in _VOID_TAGS or m.group(3):
            continue
        if not m.group(1):
            keep = len(stack) < DEPTH_KEEP
            stack.append((name, keep))
            if keep:
                continue
        else:
            k = len(stack) - 1
            while k >= 0 and stack[k][0] != name:
                k -= 1
            if k < 0:
                continue   # a stray end tag: the parser ignores it
            keep = stack[k][1]
            del stack[k:]
            if keep:
                continue
        out.append(data[pos:m.start()])
        if name in _DEPTH_BLOCKS:
            out.append(br)
        pos = m.end()
    out.append(data[pos:])
    return data[:0].join(out)


def parse_html(text: str, no_nul: bool = False, utf8: bytes | None = None) -> etree._Element:
    """Parse decoded HTML into an lxml tree (never raises on broken markup). ``no_nul``: the
    caller knows the text has no NUL character (its bytes had none, see NUL_FROM_NUL_BYTE),
    which spares a scan of the whole text. ``utf8``: bytes whose strict UTF-8 decoding is
    ``text`` (from :func:`decode_for_parse`): the same cuts are made on them and they are parsed
    instead, the same tree for less work."""
    if utf8 is not None:
        decl = _XML_DECL_RE.match(text)
        data = utf8[len(text[:decl.end()].encode("utf-8")):] if decl else utf8
        data = _strip_code_utf8(data)
        if not no_nul and b"\x00" in data:
            data = data.replace(b"\x00", b"")
        parser = _PARSER_UTF8
    else:
        data = strip_code(_XML_DECL_RE.sub("", text, count=1))
        if not no_nul and "\x00" in data:
            data = data.replace("\x00", "")
        parser = _PARSER
    data = _close_divs_in_sections(_reopen_after_html_end(_close_title(_open_root(data))))
    try:
        root = etree.fromstring(data, parser)
        if _depth_error(parser):
            root = etree.fromstring(_flatten_deep(data), parser)   # (see DEPTH_KEEP)
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
