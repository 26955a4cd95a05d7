"""Build dev sets ``chaos`` and ``big9`` (outside the repository) from Utomo and Leu's extraction data.

    python tests/devpages/build_ir_research.py SOURCE --out DIR
    python -m scraper.bench --devpages tests/devpages --devpages DIR --set chaos,big9

The web content extraction data of MSVCode/ir-research-data (Utomo and Leu, "Automatic News-Roundup
Generation using Clustering, Extraction, and Presentation", Multimedia Systems 2019; the extraction
method in their "Subject-Assisted Extraction"), each page with a gold text made by people:

* ``chaos``: 360 pages of 2017 from about 240 sites, ten for each of 36 search-engine queries
  (news, magazines, blogs, company and reference pages: what a query for a news subject returns);
* ``big9``: ten pages of each of nine news sites (Ars Technica, BBC, CNN, Forbes, Fox News, LA Times,
  NY Mag, NY Post, Yahoo! News) saved as of 2005, 2009, 2013 and 2017 (four folders of 90).

Terms: "Only for research purpose", so the pages are NOT kept in this repository: this script reads
them from SOURCE (a checkout or git directory of the repository, folder ``Extraction/``) and writes
``DIR/manifest.jsonl`` + ``DIR/pages/<set>/*.html.gz``.

``html`` is ``<folder>/html/<name>.htm(l)``, bytes unchanged. Gold = ``<folder>/gold/<name>.txt``, one
paragraph per non-empty line (UTF-8, or windows-1252 where the file is not UTF-8: several were saved
so); its first line is the headline (kept, as the authors wrote it). The page's URL is its
``og:url`` or canonical link when it has one (the data gives none). Nothing here runs an extractor.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from scraper.bench import DevSource, dev_page, write_set

SUB = "Extraction"
FOLDERS = {"chaos": ["chaos-all"], "big9": ["big5-05", "big5-09", "big5-13", "big5-17"]}
GOLD_KIND = ("Utomo & Leu (ir-research-data) gold text made by people: headline and article "
             "paragraphs; not any extractor's output")
_URL_RES = (re.compile(rb'<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)', re.I),
            re.compile(rb'<meta[^>]+content=["\']([^"\']+)["\'][^>]*property=["\']og:url', re.I),
            re.compile(rb'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)', re.I),
            re.compile(rb'<link[^>]+href=["\']([^"\']+)["\'][^>]*rel=["\']canonical', re.I))


def page_url(raw: bytes) -> str:
    """The page's own URL as its markup states it (og:url, else the canonical link), else ""."""
    head = raw[:200_000]
    for rx in _URL_RES:
        m = rx.search(head)
        if m and m.group(1).lower().startswith((b"http://", b"https://")):
            return m.group(1).decode("utf-8", "replace").strip()
    return ""


def gold_paragraphs(data: bytes) -> list[str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _id(folder: str, stem: str) -> str:
    tag = "chaos" if folder == "chaos-all" else "big9-" + folder.rsplit("-", 1)[1]
    return f"{tag}-" + re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="checkout or git dir of MSVCode/ir-research-data")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (not the repository)")
    ap.add_argument("--repo", default="MSVCode/ir-research-data", help="provenance: where SOURCE comes from")
    args = ap.parse_args(argv)
    src = DevSource(args.source, SUB, marker="chaos-all")
    for set_name, folders in FOLDERS.items():
        pages_dir = args.out / "pages" / set_name
        pages_dir.mkdir(parents=True, exist_ok=True)
        rows, skipped = [], 0
        for folder in folders:
            htmls = {n.rsplit(".", 1)[0]: n for n in src.names(f"{folder}/html") if n.endswith((".htm", ".html"))}
            for name in sorted(src.names(f"{folder}/gold")):
                stem = name[:-4]
                if not name.endswith(".txt") or stem not in htmls:
                    continue
                paras = gold_paragraphs(src.read(f"{folder}/gold/{name}"))
                if sum(len(p) for p in paras) < 200:
                    skipped += 1
                    continue
                raw = src.read(f"{folder}/html/{htmls[stem]}")
                rows.append(dev_page(pages_dir, set_name, _id(folder, stem), raw, lang="en", url=page_url(raw),
                                     gold_paragraphs=paras, gold_kind=GOLD_KIND, source_repo=args.repo,
                                     source_path=f"{SUB}/{folder}/html/{htmls[stem]}",
                                     source_gold_path=f"{SUB}/{folder}/gold/{name}", source_commit=src.commit))
        write_set(args.out, set_name, rows, f"{skipped} with under 200 characters of gold left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
