"""Build dev set ``l3s_gn1`` (outside the repository) from a copy of the L3S-GN1 dataset.

    python tests/devpages/build_l3s_gn1.py SOURCE --out DIR
    python -m scraper.bench --devpages tests/devpages --devpages DIR

L3S-GN1 (Kohlschütter, Fankhauser, Nejdl, "Boilerplate Detection using Shallow Text Features",
WSDM 2010): 621 English news articles from 408 sites, sampled from Google News in the first
half of 2008; seven human assessors marked each text block as headline, full text,
supplemental (captions ...), related content, comments or not content. Its licence is for
research use only and non-transferable, so the pages are NOT kept in this repository: this
script reads them from SOURCE and writes ``DIR/manifest.jsonl`` + ``DIR/pages/l3s_gn1/*.html.gz``.

SOURCE is either the dataset's folder (``original/``, ``annotated/``, ``url-mapping.txt``: the
HTML conversion of the official WARC) or a git directory holding it under
``L3S-GN1-20100130203947-00001/`` (e.g. a clone of geodrome/page-signal, which carries the
dataset unchanged with its Readme and licence text).

Gold = the blocks the assessors labelled *full text* (``span.x-nc-sel2`` in ``annotated/``),
one paragraph per enclosing block element, in page order. Headline, supplemental, related,
comments and boilerplate are not gold (this project's body leaves out title and captions too).
The annotated copies were stored with some text double-encoded (UTF-8 read as Latin-1); a
string is repaired only when re-decoding it round-trips. ``html`` is ``original/<uuid>.html``,
bytes unchanged. Nothing here runs an extractor.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import lxml.html

from scraper.bench import DevSource, dev_page, write_set

SET = "l3s_gn1"
SUB = "L3S-GN1-20100130203947-00001"
GOLD_KIND = ("L3S-GN1 human assessment (7 assessors, WSDM 2010): text blocks labelled "
             "'full text' (x-nc-sel2), headline/captions/related/comments excluded; "
             "not any extractor's output")
INLINE = {"a", "span", "b", "i", "em", "strong", "font", "u", "small", "big", "sup", "sub",
          "abbr", "cite", "q", "tt", "code", "label"}


def _unmojibake(s: str) -> str:
    try:
        fixed = s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s
    return fixed


def _label(el) -> str:
    """The x-nc-sel class of the nearest labelled span around ``el`` (itself included)."""
    while el is not None:
        if el.tag == "span":
            for c in (el.get("class") or "").split():
                if c.startswith("x-nc-sel"):
                    return c
        el = el.getparent()
    return ""


def gold_paragraphs(annotated: bytes) -> list[str]:
    """Every piece of text whose nearest labelled span says 'full text', once (the assessors'
    spans nest: a labelled element can hold labelled text blocks), grouped by block element."""
    root = lxml.html.document_fromstring(annotated)
    paras: list[tuple[object, list[str]]] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title"):
            continue
        for text, holder in ((el.text, el), (el.tail, el.getparent())):
            if not text or not text.strip() or holder is None or _label(holder) != "x-nc-sel2":
                continue
            block = holder
            while block is not None and (block.tag in INLINE):
                block = block.getparent()
            if paras and paras[-1][0] is block:
                paras[-1][1].append(text)
            else:
                paras.append((block, [text]))
    out = [_unmojibake(" ".join(" ".join(parts).split())) for _, parts in paras]
    return [p for p in out if p]



def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="L3S-GN1 folder, or a git dir holding " + SUB)
    ap.add_argument("--out", type=Path, required=True, help="folder to write (not the repository)")
    ap.add_argument("--repo", default="geodrome/page-signal", help="provenance: where SOURCE comes from")
    args = ap.parse_args(argv)
    src = DevSource(args.source, SUB, marker="original")
    urls = {}
    for line in src.read("url-mapping.txt").decode("utf-8", "replace").splitlines():
        if "\t" in line:
            urn, url = line.split("\t", 1)
            urls[urn.strip("<>").rsplit(":", 1)[-1]] = url.strip()
    pages_dir = args.out / "pages" / SET
    pages_dir.mkdir(parents=True, exist_ok=True)
    rows, skipped = [], 0
    for name in sorted(n for n in src.names("original") if n.endswith(".html")):
        uuid = name[:-5]
        paras = gold_paragraphs(src.read(f"annotated/{name}"))
        if sum(len(p) for p in paras) < 200:
            skipped += 1          # nothing (or next to nothing) labelled full text
            continue
        rows.append(dev_page(pages_dir, SET, uuid, src.read(f"original/{name}"), lang="en",
                             url=urls.get(uuid, ""), gold_paragraphs=paras, gold_kind=GOLD_KIND,
                             source_repo=args.repo, source_path=f"{SUB}/original/{name}",
                             source_gold_path=f"{SUB}/annotated/{name}", source_commit=src.commit))
    write_set(args.out, SET, rows, f"{skipped} with under 200 characters of full text left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
