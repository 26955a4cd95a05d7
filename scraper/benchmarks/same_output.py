"""Check that a change to the extractor's hot paths changes no output (a tool for speed work, not a test).

``python -m scraper.benchmarks.same_output --write before.jsonl`` on the old code, then
``python -m scraper.benchmarks.same_output --check before.jsonl`` on the new code: for every page of
the shared corpus and of the dev page folders (``tests/devpages`` and each ``.devdata/*/`` with a
manifest; every manifest line, with or without gold), it records

* ``extract(bytes, url)``'s whole Article (every field, the removals and the container decisions
  that ``scraper extract --explain`` prints; ``fetched_at`` fixed), and
* the path of ``scraper extract --explain --html``: ``tree_for_explain`` + ``extract_tree``, its
  Article and the SHA-1 of the marked tree (``data-scraper-removed``/``-line``/``-body``) that
  ``--html`` highlights,

and ``--check`` lists every page whose record differs (exit 1), naming the first fields that do.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from dataclasses import asdict
from pathlib import Path

from lxml import etree

from scraper.article import Article
from scraper.bench import DEFAULT_CORPUS, _default_devpages
from scraper.extract import _site_of, extract, extract_tree, tree_for_explain
from scraper.htmlio import UndecodableError

FETCHED_AT = "2000-01-01T00:00:00+00:00"


def pages(corpus: Path, extra: list[Path]):
    """(key, url, bytes) of every manifest line of the corpus and the extra folders."""
    for folder in (corpus, *extra):
        manifest = folder / "manifest.jsonl"
        if not manifest.exists():
            continue
        with open(manifest, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                d = json.loads(line)
                yield f"{folder.name}/{d['set']}/{d['id']}", d.get("url", ""), gzip.open(folder / d["html"]).read()


def record(data: bytes, url: str) -> dict:
    out = {"extract": asdict(extract(data, url, fetched_at=FETCHED_AT))}
    art = Article(url=url, site=_site_of(url), fetched_at=FETCHED_AT)
    try:
        root = tree_for_explain(data)
    except UndecodableError as exc:
        art.problem, root = exc.kind, None
    if root is not None:
        art = extract_tree(root, art)
    out["explain"] = asdict(art)
    out["html_sha1"] = hashlib.sha1(etree.tostring(root, encoding="utf-8")).hexdigest() if root is not None else ""
    return out


def _diff(a, b, path="") -> list[str]:
    if type(a) is not type(b):
        return [path or "."]
    if isinstance(a, dict):
        out = []
        for k in sorted(set(a) | set(b), key=str):
            out += _diff(a.get(k), b.get(k), f"{path}.{k}")
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path} (length {len(a)} != {len(b)})"]
        out = []
        for i, (x, y) in enumerate(zip(a, b)):
            out += _diff(x, y, f"{path}[{i}]")
        return out
    return [] if a == b else [path]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scraper.benchmarks.same_output", description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", metavar="OUT", help="write the records of the current code")
    mode.add_argument("--check", metavar="REF", help="compare the current code's records with REF")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--devpages", type=Path, action="append", help="page folders (default: the bench's)")
    args = ap.parse_args(argv)
    extra = args.devpages or _default_devpages()
    if args.write:
        n = 0
        with open(args.write, "w", encoding="utf-8") as fh:
            for key, url, data in pages(args.corpus, extra):
                fh.write(json.dumps({"key": key, **record(data, url)}, ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
        print(f"{n} pages written to {args.write}")
        return 0
    ref = {}
    with open(args.check, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            ref[d.pop("key")] = d
    n = bad = 0
    seen = set()
    for key, url, data in pages(args.corpus, extra):
        n += 1
        seen.add(key)
        if key not in ref:
            print(f"NEW  {key} (not in {args.check})")
            bad += 1
            continue
        now = json.loads(json.dumps(record(data, url), ensure_ascii=False, sort_keys=True))
        diff = _diff(ref[key], now)
        if diff:
            bad += 1
            print(f"DIFF {key}: {', '.join(diff[:6])}{' …' if len(diff) > 6 else ''}")
    missing = set(ref) - seen
    for key in sorted(missing):
        print(f"GONE {key}")
    print(f"{n} pages checked, {bad} differ, {len(missing)} missing")
    return 1 if bad or missing else 0


if __name__ == "__main__":
    sys.exit(main())
