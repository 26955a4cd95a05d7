"""Page metadata from JSON-LD, OpenGraph/meta tags, <link>, <time> and <h1>, read from the same
tree the cleaner works on (before it marks anything)."""
from __future__ import annotations

import html as _html
import json
import re

from lxml import etree

from .htmlio import TagIndex, text_of
from .textnorm import clean_text, fold
from .urls import join

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
    "report", "scholarlyarticle", "techarticle", "satiricalarticle", "webpage", "medicalwebpage",
}
_JSON_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_AUTHOR_CLASSES = {"author", "byline", "author-name", "writer", "article-author", "post-author", "byline-author"}
# ... and a theme's own prefix before the author's name: Ghost's Source theme prints the writer as
# <h4 class="gh-article-author-name"> (TryGhost/Source post.hbs; a written probe of modern web pages,
# 2026-12-06, where the name stayed over a Dutch post with no author in its metadata)
_AUTHOR_CLASS_RE = re.compile(r"^(?:[a-z0-9]+[-_])+author[-_]name$")
_TITLE_SPLIT_RE = re.compile(r"\s+[|\-–—:»]\s+")


# the <h1>s read for a title the <title> says (the first few: a page of cards may have dozens)
TITLE_H1_MAX = 5
# a first <h1> of this many words or fewer that the <title> does not say is a label, not the headline,
# when the <title>'s longest part has TITLE_FROM_PAGE_MIN_WORDS words or more (dev pages of 2005-12,
# L3S-GN1 and DAnIEL: "Top Classifieds", "Kid's TV", "Новости" over the story's <title>)
TITLE_LABEL_MAX_WORDS = 3
TITLE_FROM_PAGE_MIN_WORDS = 4
_TITLE_WORD_RE = re.compile(r"[^\W\d_]{3,}")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"      # what ``\w`` matches in a str pattern


def _whole_words_in(c: str, t: str) -> bool:
    r"""*c* occurs in *t* with no word character on either side: ``(?<!\w)c(?!\w)`` without
    compiling a pattern for each page's title (a compile took ~0.4 ms a page)."""
    i, n = t.find(c), len(c)
    while i >= 0:
        j = i + n
        if (i == 0 or not _word_char(t[i - 1])) and (j == len(t) or not _word_char(t[j])):
            return True
        i = t.find(c, i + 1)
    return False


def _echoed(candidate: str, page_title: str) -> bool:
    """The document's <title> says the candidate title: holds it (as whole words), or more than half
    of its words of three letters or more (folded)."""
    c, t = fold(candidate), fold(page_title)
    if _whole_words_in(c, t):   # (not "UK" in "Ukraine")
        return True
    words = set(_TITLE_WORD_RE.findall(c))
    return bool(words) and 2 * len(words & set(_TITLE_WORD_RE.findall(t))) > len(words)


# An <h1> that is the site's name where the <title> names the site: its end after a separator ("Fissures sur la
# façade … ? - Forum Maison & Travaux" under <h1>Forum Maison & Travaux</h1>), or its start before a colon, as
# Blogger writes it ("Muddy Boots & Marigolds: Seed saving round-up: …" over <h3 class="post-title">): the
# title is the rest, of TITLE_REST_MIN_WORDS words or more (written probes of the general web of 2010-20,
# 2026-12-07). Not a headline before " - " or " | " ("Fire in Rome - The Daily Planet" under <h1>Fire in
# Rome</h1>: the site's name comes last there).
_TITLE_SITE_END_RE = re.compile(r"\s+[|\-–—»:]\s+$")
TITLE_REST_MIN_WORDS = 3


# A <title>'s parts, between separators (" | ", " – ", " - " …); its first part is a shortened headline when the
# visible <h1> opens with it and is longer, the part at least this long.
_TITLE_SITE_SPLIT_RE = re.compile(r"\s+[|–—\-:»·]\s+|\s+::\s+")
TITLE_HEAD_MIN_CHARS = 12


def _site_part(h1: str, title: str) -> bool:
    """Is the <h1> the part of the title after its last separator: the site's name as a logo heading
    ("Budget vote delayed again | City Ledger" over <h1>City Ledger</h1>; blogs' headers: Dragnet's
    "… - A Beautiful Mess", scrapinghub's GiveWell posts), and shorter than a part before it? Not the part
    before it ("„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung"), nor a last part that is the
    longest, a headline after its kicker ("Rückbau von Atomkraftwerk - Kühltürme von AKW Gundremmingen
    gesprengt", "Opinion | …")."""
    parts = [x.strip() for x in _TITLE_SITE_SPLIT_RE.split(title)]
    return len(parts) > 1 and h1 == parts[-1] and len(h1) < max(len(x) for x in parts[:-1])


def _site_h1_rest(h1s: list[str], page_title: str) -> str:
    """The <title> without the site's name when the first <h1> is that name (see above), else ""."""
    h1 = h1s[0] if h1s else ""
    if not h1 or len(h1) >= len(page_title):
        return ""
    sep = _TITLE_SITE_END_RE.search(page_title[:-len(h1)] + " ") if page_title.endswith(h1) else None
    if sep is not None:
        rest = page_title[:sep.start()].strip()
    elif page_title.startswith(h1 + ":"):
        rest = page_title[len(h1) + 1:].strip()
    else:
        return ""
    # (the rest longer than the <h1>: "Star-Telegram.com: | 01/02/2008 | Moya, Malisse land in Chennai quarters"
    # ends with its headline, L3S-GN1 cd0dc414)
    words = len(rest.split())
    return rest if words >= TITLE_REST_MIN_WORDS and words > len(h1.split()) else ""


def _title_without_metadata(h1s: list[str], page_title: str) -> str:
    """The title of a page whose metadata names none: the first of its first <h1>s that the
    <title> says (not the site's name: a short part of the <title> beside its longest one); else the
    first <h1> unless it is a short label the <title> does not say (a section's or a box's name:
    "Top Classifieds", "Allergies Health Center" over WebMD's story) and the <title>'s longest part
    is a headline's length (TITLE_FROM_PAGE_MIN_WORDS): then, or without an <h1>, that part."""
    rest = _site_h1_rest(h1s, page_title) if page_title else ""
    if rest:
        return rest
    parts = _TITLE_SPLIT_RE.split(page_title) if page_title else []
    part = max(parts, key=len) if parts else page_title
    names = {fold(x) for x in parts if x != part and len(x.split()) <= TITLE_LABEL_MAX_WORDS}
    said = next((h for h in h1s if h and fold(h) not in names and _echoed(h, page_title)), "") if page_title else ""
    if said:
        return said
    first = h1s[0] if h1s else ""
    if first and (len(first.split()) > TITLE_LABEL_MAX_WORDS or len(part.split()) < TITLE_FROM_PAGE_MIN_WORDS):
        return first
    return part or first


def _author_elements(root):
    """Elements that may hold a byline (itemprop/rel author, author/byline/writer classes), in
    document order. A Python loop: XPath's contains(@class, …) is several times slower."""
    body = root.find("body")
    # (elements only, filtered in C; the attribute names once, the values of those present only)
    for el in (body if body is not None else root).iter(etree.Element):
        keys = el.keys()
        if not keys:
            continue
        cls = el.get("class") if "class" in keys else None
        if (cls and ("author" in cls or "byline" in cls or "writer" in cls)) or (
                ("itemprop" in keys and el.get("itemprop") == "author") or ("rel" in keys and el.get("rel") == "author")):
            yield el


def _types(obj) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {str(x).lower() for x in t}
    return set()


# How deep the JSON-LD readers below go into nested lists and objects: real graphs are a few levels
# deep; a page's data nested hundreds of levels would take them past Python's recursion limit.
_LD_MAX_DEPTH = 32
VIDEO_MAX = 20   # (the JSON-LD VideoObjects read for their names: a video gallery page may list hundreds)


def _walk_ld(data, out: list, depth: int = 0):
    if depth > _LD_MAX_DEPTH:
        return
    if isinstance(data, list):
        for x in data:
            _walk_ld(x, out, depth + 1)
    elif isinstance(data, dict):
        if "@graph" in data:
            _walk_ld(data["@graph"], out, depth + 1)
        if "@type" in data:
            out.append(data)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main and ("headline" in main or "articleBody" in main):
            out.append(main)


def _ld_of_type(objs: list[dict], kind: str, prop: str) -> list[dict]:
    """The JSON-LD objects of type ``kind`` (lower case), on their own or as an object's ``prop``, at most VIDEO_MAX."""
    out: list[dict] = []
    for obj in objs:
        v = obj.get(prop)
        for x in ([obj] if kind in _types(obj) else []) + (v if isinstance(v, list) else [v]):
            if isinstance(x, dict) and kind in _types(x) and x not in out:
                out.append(x)
                if len(out) >= VIDEO_MAX:
                    return out
    return out


def _videos(objs: list[dict]) -> list[tuple[str, str]]:
    """(name, description) of the page's JSON-LD VideoObjects, on their own or as an object's "video", each
    cleaned: what the page says an embedded video is called and is about."""
    return [(name, clean_text(_first_str(x.get("description")))) for x in _ld_of_type(objs, "videoobject", "video")
            if (name := clean_text(_first_str(x.get("name"))))]


def _image_captions(objs: list[dict]) -> list[str]:
    """The captions of the page's JSON-LD ImageObjects, on their own or as an object's "image", each cleaned: what
    the page says its pictures' captions are."""
    return [cap for x in _ld_of_type(objs, "imageobject", "image") if (cap := clean_text(_first_str(x.get("caption"))))]


def _ld_objects(scripts) -> list[dict]:
    objs: list[dict] = []
    for s in scripts:
        if (s.get("type") or "").strip().lower() != "application/ld+json" or not s.text:
            continue
        raw = s.text.strip()
        if raw.startswith("<!--"):
            raw = raw[4:].rstrip("->").strip()
        try:
            data = json.loads(raw)
        except RecursionError:   # (nested past the interpreter's limit: no graph of ours)
            continue
        except ValueError:
            try:
                data = json.loads(_JSON_CTRL_RE.sub(" ", raw), strict=False)
            except (ValueError, RecursionError):
                continue
        _walk_ld(data, objs)
    return objs


def _names(v, depth: int = 0) -> list[str]:
    if v is None or depth > _LD_MAX_DEPTH:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        n = v.get("name") or v.get("alternateName")
        return _names(n, depth + 1) if n else []
    if isinstance(v, list):
        out = []
        for x in v:
            out.extend(_names(x, depth + 1))
        return out
    return [str(v)]


def _first_str(v) -> str:
    for _ in range(_LD_MAX_DEPTH):   # (a loop: each step goes one level down)
        if isinstance(v, str):
            return v
        if isinstance(v, list) and v:
            v = v[0]
        elif isinstance(v, dict):
            v = v.get("url") or v.get("@id") or v.get("name") or ""
        else:
            return ""
    return ""


def _keywords(v) -> list[str]:
    if isinstance(v, str):
        return [x.strip() for x in re.split(r"[,،;]", v) if x.strip()]
    if isinstance(v, list):
        out = []
        for x in v:
            out.extend(_keywords(x) if isinstance(x, str) else _names(x))
        return out
    return []


def _not_free(v) -> bool:
    """A schema.org ``isAccessibleForFree`` that says no: false, "False", "false", "no" or the
    Boolean's URL "https://schema.org/False"."""
    if v is False:
        return True
    if isinstance(v, str):
        v = v.strip().lower()
        return v.rsplit("/", 1)[-1] in ("false", "no") and (v.count("/") == 0 or "schema.org/" in v)
    return False


def _paywalled(ld_all: list, meta: dict) -> bool:
    """The page says its story is for subscribers: an article object of its JSON-LD, or a part of it
    (``hasPart``), is not ``isAccessibleForFree`` (Google's structured data for subscription and
    paywalled content: https://developers.google.com/search/docs/data-types/paywalled-content), or
    its ``article:content_tier`` is ``locked`` (Facebook's Open Graph article tier: free, metered,
    locked; a metered page serves the whole story to a reader within the quota, so it is none)."""
    if any(v.strip().lower() == "locked" for v in meta.get("article:content_tier", ())):
        return True
    for obj in ld_all:
        if not _types(obj) & ARTICLE_TYPES:
            continue
        if _not_free(obj.get("isAccessibleForFree")):
            return True
        parts = obj.get("hasPart")
        for part in (parts if isinstance(parts, list) else [parts]):
            if isinstance(part, dict) and _not_free(part.get("isAccessibleForFree")):
                return True
    return False


def extract_metadata(root: etree._Element, url: str, index: TagIndex | None = None) -> dict:
    """Return a dict with title, description, authors, published_raw, modified_raw, section, tags,
    image_url, canonical_url, declared_lang, og_type, ld_types, article_body (JSON-LD),
    time_values (<time datetime>) and paywalled (_paywalled). ``index``: the tree's TagIndex, when
    the caller has one."""
    meta: dict[str, list[str]] = {}
    canonical = ""
    # one pass over the tree (the TagIndex) collects what the fields below need (an XPath per field
    # walks the whole tree each time; contains(@class, …) over every element is the slowest of all)
    if index is None:
        index = TagIndex(root)
    for el in index.get("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        val = el.get("content")
        if key and val and val.strip():
            meta.setdefault(key, []).append(val.strip())
    for el in index.get("link"):
        rel = (el.get("rel") or "").lower().split()
        if "canonical" in rel and el.get("href") and not canonical:
            canonical = el.get("href").strip()
    ld_scripts = index.get("script")
    h1_el = next(iter(index.get("h1")), None)
    title_el = next(iter(index.get("title")), None)
    time_values: list[str] = []
    for el in index.get("time"):
        v = el.get("datetime") or ""
        if v.strip():
            time_values.append(v.strip())

    def m(*keys) -> str:
        for k in keys:
            if k in meta:
                return meta[k][0]
        return ""

    ld_all = _ld_objects(ld_scripts)
    ld = {}
    for obj in ld_all:
        if _types(obj) & ARTICLE_TYPES and (obj.get("headline") or obj.get("articleBody") or obj.get("datePublished")):
            if not ld or ("webpage" in _types(ld) and "webpage" not in _types(obj)):
                ld = obj
    ld_types = sorted({t for o in ld_all for t in _types(o)})

    h1 = ""
    if h1_el is not None:
        h1 = clean_text(text_of(h1_el))
    page_title = clean_text(text_of(title_el)) if title_el is not None else ""

    title = clean_text(_first_str(ld.get("headline"))) if ld else ""
    if title and page_title and not _echoed(title, page_title):
        # the JSON-LD object's own name when it is the visible <h1> and the <title> says it, not the
        # headline (Wikipedia's "headline" is the page's short description: "Wikimedia list article")
        name = clean_text(_first_str(ld.get("name")))
        if name and name == h1 and _echoed(name, page_title):
            title = name
    title = title or clean_text(m("og:title", "twitter:title")) or _title_without_metadata(
        [h1, *(clean_text(text_of(el)) for el in index.get("h1")[1:TITLE_H1_MAX])] if h1_el is not None else [],
        page_title)   # (the first <h1>'s text is h1 already)
    if "&" in title:
        title = clean_text(_html.unescape(title))
    if h1 and title and h1 != title and len(h1) > 10 and (h1 in title or title in h1):
        if _site_part(h1, title):   # (the h1 is the site's name, a blog's header: the title less that name)
            rest = title[:title.rfind(h1)]
            sep = _TITLE_SITE_END_RE.search(rest)
            title = (rest[:sep.start()] if sep else rest).strip()
        else:
            title = h1  # og:title often carries the site name; the visible h1 does not
    elif h1 and title and h1 != title and len(h1) > len(title) // 2:
        # ... or a shortened headline and the site's name, the visible h1 the whole headline ("Vesta R6 im
        # Test – TechnikProbe" over <h1>Vesta R6 im Test: Saugroboter mit Wischmopp für Altbauwohnungen</h1>;
        # a written probe of page kinds, 2026-12-07: two pages whose headline was read as the <title>'s part)
        head = _TITLE_SITE_SPLIT_RE.split(title, 1)[0].strip()
        if head != title and len(head) >= TITLE_HEAD_MIN_CHARS and h1.startswith(head) and len(h1) > len(head):
            title = h1
    site_name = clean_text(m("og:site_name", "application-name"))
    if site_name and title != site_name:
        # "عنوان الخبر - اليوم السابع", "Headline | Site": drop the site's own name
        for sep in (" - ", " | ", " – ", " — ", " :: ", " » "):
            if title.endswith(sep + site_name):
                title = title[: -len(sep + site_name)].strip()
            elif title.startswith(site_name + sep):
                title = title[len(site_name + sep):].strip()

    authors = []
    if ld:
        authors = _names(ld.get("author") or ld.get("creator"))
    if not authors:
        authors = [a for a in meta.get("author", []) + meta.get("article:author", []) + meta.get("dc.creator", [])
                   if not a.startswith("http")]
    if not authors:
        for el in _author_elements(root):
            if el.get("itemprop") != "author" and el.get("rel") != "author" and not any(
                    t in _AUTHOR_CLASSES or _AUTHOR_CLASS_RE.match(t) for t in (el.get("class") or "").lower().split()):
                continue
            t = clean_text(text_of(el))
            if t and len(t) <= 80:
                authors.append(t)
            if len(authors) >= 3:
                break

    tags = _keywords(ld.get("keywords")) if ld else []
    tags = tags or meta.get("article:tag", []) or _keywords(m("news_keywords", "keywords"))

    times = time_values

    lang = root.get("lang") or root.get("xml:lang") or m("content-language", "og:locale", "language", "dc.language")
    if ld and not lang:
        lang = _first_str(ld.get("inLanguage"))

    image = _first_str(ld.get("image")) if ld else ""
    image = image or m("og:image", "og:image:url", "twitter:image", "twitter:image:src")

    body = ld.get("articleBody") if ld else None
    descriptions = list(dict.fromkeys(d for d in (clean_text(x) for x in (
        m("og:description"), m("description"), m("twitter:description"),
        _first_str(ld.get("description")) if ld else "")) if d))
    return {
        "title": title,
        "h1": h1,
        "page_title": page_title,
        "description": descriptions[0] if descriptions else "",
        # every distinct summary the page gives, first the one above (a standfirst may repeat any)
        "descriptions": descriptions,
        "authors": [clean_text(a) for a in authors if a and clean_text(a)],
        "published_raw": [v for v in [
            _first_str(ld.get("datePublished")) if ld else "",
            m("article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date",
              "datepublished", "date", "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
              "article.published", "cxenseparse:recs:publishtime", "og:article:published_time"),
            *times[:1],
        ] if v],
        "modified_raw": [v for v in [
            _first_str(ld.get("dateModified")) if ld else "",
            m("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified"),
        ] if v],
        "section": clean_text(_first_str(ld.get("articleSection")) if ld else "") or clean_text(m("article:section", "section")),
        "tags": [clean_text(t) for t in tags if clean_text(t)][:30],
        # (a page's address that cannot be parsed, "http://[::1…", a port past 65535, is none: join)
        "image_url": (join(url, image) or "") if image else "",
        "canonical_url": (join(url, canonical or m("og:url")) or "") if (canonical or m("og:url")) else "",
        "declared_lang": (lang or "").strip(),
        "og_type": m("og:type").lower(),
        "ld_types": ld_types,
        "article_body": clean_text(body, keep_newlines=True) if isinstance(body, str) else "",
        "paywalled": _paywalled(ld_all, meta),
        "videos": _videos(ld_all),
        "image_captions": _image_captions(ld_all),
    }
