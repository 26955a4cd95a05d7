"""Build dev set ``daniel`` (outside the repository) from the DAnIEL corpus as kept by waddle.

    python tests/devpages/build_daniel.py SOURCE --out .devdata/daniel
    python -m scraper.bench --set daniel

DAnIEL (Lejeune et al.; web-page cleaning evaluation: Lejeune and Zhu, "A New Proposal for
Evaluating Web Page Cleaning Tools", Computacion y Sistemas 22(4), 2018; Barbaresi and Lejeune,
WAC 2020): news pages on health topics saved in November 2011 - January 2012 from news sites in
five languages (English, Chinese, Russian, Greek, Polish), each with a reference cleaning of its
main content made by people. The copy read is rundimeco/waddle's ``corpora/Corpus_daniel_v2.1/``:
``html/<name>`` (the saved page, stored by waddle re-encoded as UTF-8), ``reference/<name>`` (the
reference: one ``<p>…</p>`` per paragraph, HTML entities escaped) and ``doc_lg.json`` (language
per page). waddle's history shows the references corrected by hand (e.g. "article russian refrence
errors": reader comments replaced by the article's text).

Gold = the reference's paragraphs in order: the text of each ``<p>`` (two references open one with
``<p`` and no ``>``, read as the same), entities unescaped, split on line breaks (a sub-heading and
its paragraph sometimes share a ``<p>``), whitespace collapsed. The reference's first paragraph is
the headline and there is no label to tell it apart, so it stays gold (as in sets ``magic_html``
and ``dragnet``). A reference holding other markup than ``<p>`` (one file: a whole page saved in
place of a reference) is left out. ``html`` is the page's bytes unchanged (gzip). waddle is
GPL-3.0 but the pages belong to their publishers, and at 133 MB they are too large to keep: they
are NOT kept in this repository. Nothing here runs an extractor.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

from scraper.bench import DevSource, dev_page, write_set

SET = "daniel"
SUB = "corpora/Corpus_daniel_v2.1"
LANGS = {"English": "en", "Chinese": "zh", "Russian": "ru", "Greek": "el", "Polish": "pl"}
GOLD_KIND = ("DAnIEL corpus reference cleaning (Lejeune and Zhu 2018; waddle Corpus_daniel_v2.1), "
             "made and corrected by people: headline + paragraphs, one per <p>; not any extractor's output")
# <p>, </p>, and "<p" glued to the paragraph's first letter ("<pWybrano …", "<p堅果 …")
_P_RE = re.compile(r"</?p\s*>|<p(?![a-z\s/>])")
_MARKUP_RE = re.compile(r"<[a-zA-Z!/][^>]*>")


def gold_paragraphs(raw: bytes) -> list[str] | None:
    """The reference's paragraphs; None when it holds markup other than <p> (not a reference)."""
    parts = _P_RE.split(raw.decode("utf-8", "replace"))
    if any(_MARKUP_RE.search(p) for p in parts):
        return None
    out = []
    for part in parts:
        for line in html.unescape(part).splitlines():
            line = " ".join(line.split())
            if line:
                out.append(line)
    return out



def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="folder or git dir holding " + SUB + "/")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (not the repository)")
    ap.add_argument("--repo", default="rundimeco/waddle", help="provenance: where SOURCE comes from")
    args = ap.parse_args(argv)
    src = DevSource(args.source, SUB)
    langs = json.loads(src.read("doc_lg.json"))
    pages_dir = args.out / "pages" / SET
    pages_dir.mkdir(parents=True, exist_ok=True)
    rows, skipped = [], []
    for name in sorted(src.names("html") & src.names("reference")):
        paras = gold_paragraphs(src.read(f"reference/{name}"))
        if not paras or sum(len(p) for p in paras) < 50:
            skipped.append(name)
            continue
        rows.append(dev_page(pages_dir, SET, name, src.read(f"html/{name}"),
                             lang=LANGS.get(langs.get(name, ""), "?"), url="", gold_paragraphs=paras,
                             gold_kind=GOLD_KIND, source_repo=args.repo, source_path=f"{SUB}/html/{name}",
                             source_gold_path=f"{SUB}/reference/{name}", source_commit=src.commit))
    write_set(args.out, SET, rows, f"{len(skipped)} left out: reference not a reference or under 50 "
                                   f"characters: {', '.join(skipped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
