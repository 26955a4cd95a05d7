"""Rebuild ``tests/devpages`` set ``magic_html`` from a checkout of opendatalab/magic-html.

    python tests/devpages/build_magic_html.py /path/to/magic-html [--max-gz-kb 60] [--out DIR]

Reads ``benchmark/data/article/base.json`` (magic-html's human-annotated gold: ``url`` and
``content`` per page hash) and ``benchmark/data/article/htmls/<hash>.html`` (the saved page,
bytes kept exactly), and writes ``<out>/pages/magic_html/<id>.html.gz`` plus the set's lines of
``<out>/manifest.jsonl`` (other sets' lines in that manifest are kept). Nothing here runs an
extractor: the gold is magic-html's annotation, split on newlines into paragraphs. ``lang`` is
``scraper.lang.detect_language`` on the gold text (a label for the per-language table, not gold).

Left out: pages whose gold is empty, the two youm7.com pages (already in ``../shared/corpus`` set ``real_ar`` with their
own annotation) and, to keep the repository small, pages whose gzip is above ``--max-gz-kb``
(default 60; use a large value and another ``--out`` to build all 156 outside the repository).
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from scraper.bench import replace_set
from scraper.lang import detect_language

SET = "magic_html"
REPO = "opendatalab/magic-html"
GOLD_KIND = ("magic-html benchmark annotation (benchmark/data/article/base.json 'content': "
             "the page's main content as marked by the magic-html authors, title and date "
             "lines included; not any extractor's output), split on newlines")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="checkout of opendatalab/magic-html")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--max-gz-kb", type=float, default=60.0)
    args = ap.parse_args(argv)
    src = args.source
    commit = subprocess.run(["git", "-C", str(src), "rev-parse", "HEAD"], capture_output=True,
                            text=True).stdout.strip() or "unknown"
    gold = json.loads((src / "benchmark/data/article/base.json").read_text(encoding="utf-8"))
    pages_dir = args.out / "pages" / SET
    pages_dir.mkdir(parents=True, exist_ok=True)
    rows, skipped = [], []
    for key, item in sorted(gold.items(), key=lambda kv: kv[1]["url"]):
        url = item["url"]
        host = urlsplit(url).hostname or "page"
        if host.endswith("youm7.com"):
            skipped.append((url, "in ../shared/corpus real_ar"))
            continue
        paras = [p.strip() for p in item["content"].split("\n") if p.strip()]
        if not paras:
            skipped.append((url, "empty gold"))
            continue
        raw = (src / f"benchmark/data/article/htmls/{key}.html").read_bytes()
        gz = gzip.compress(raw, 9, mtime=0)
        if len(gz) > args.max_gz_kb * 1024:
            skipped.append((url, f"gzip {len(gz) // 1024} KB"))
            continue
        pid = f"{host.removeprefix('www.')}_{key[:8]}"
        (pages_dir / f"{pid}.html.gz").write_bytes(gz)
        rows.append({
            "id": pid, "set": SET, "lang": detect_language(item["content"]), "url": url,
            "html": f"pages/{SET}/{pid}.html.gz", "gold_paragraphs": paras,
            "gold_kind": GOLD_KIND, "source_repo": REPO,
            "source_path": f"benchmark/data/article/htmls/{key}.html",
            "source_gold_path": "benchmark/data/article/base.json", "source_commit": commit,
        })
    replace_set(args.out / "manifest.jsonl", SET, rows)
    print(f"{SET}: {len(rows)} pages written, {len(skipped)} left out", file=sys.stderr)
    for url, why in skipped:
        print(f"  left out {url} ({why})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
