"""Benchmark: our extractor beside trafilatura and readability-lxml on ``../shared/corpus``.

Run ``python -m scraper.bench`` (or ``make bench BENCH_ARGS="--set htmldate_ar --verbose"``).
The dev pages in ``tests/devpages`` (own manifest, same shape; see its PROVENANCE.md) are loaded
after the corpus as their own set(s) unless ``--no-devpages``.

For every manifest page with ``gold_paragraphs`` the three extractors run on the same bytes in
the same process, interleaved page by page (the order of the extractors rotates per page and
repeat, so machine noise spreads over all of them):

* ``ours``         ``scraper.extract.extract(html_bytes, url).body`` (raw bytes; decoding is ours)
* ``trafilatura``  ``trafilatura.extract(html_bytes, url=url)``: default settings (neither
                   favor_precision nor favor_recall), raw bytes so that its own decoder
                   (UTF-8 first, then charset detection) does the job
* ``readability``  ``readability.Document(text, url=url).summary(html_partial=True)``, then the
                   text of that HTML with block elements on their own lines; ``text`` is decoded
                   UTF-8-first (then ``<meta charset>``, then charset detection), because
                   readability's own byte path trusts ``<meta charset>`` before trying UTF-8 and
                   several corpus pages declare a wrong charset. The version matters: 0.9
                   (2025) scores far higher than 0.8.4.1 (readability_js 0.958 vs 0.848), and pip
                   resolves the ``bench`` extra to 0.8.4.1 because 0.9 pins ``cssselect<1.4``
                   and ``chardet<6`` while the core needs ``cssselect>=1.6``. ``make bench``
                   installs 0.9 without those pins (it takes ``str`` input here, so chardet is
                   never called; its ``cssselect`` use, title heuristics, works with 1.6); the report's
                   header prints the versions that ran (``peer_versions``)

Metric (the article-extraction-benchmark's, as the corpus README states): bag-of-tokens
precision / recall / F1 between the extracted body and the gold paragraphs joined by "\\n";
tokens are ``\\w+`` after NFKC, and for Arabic pages tashkeel/tatweel are stripped and alef forms
unified first (``tokens``). Multiset intersection. An empty extraction scores 0 (1 if the gold
is empty too). An extractor that raises or times out on a page scores 0 there and is counted.

Leaks: for pages with ``gold_without`` a page is leaky for a system when any of those strings,
folded with ``scraper.textnorm.fold``, occurs in the folded extracted body.

Timing: ``time.perf_counter`` around each call, bytes already in memory (the gzip file is
decompressed before the clock starts; HTML decoding is inside each extractor's time). With
``--repeat N`` the per-page time is the median of N runs. One untimed warm-up call per extractor
precedes the run.

Memory: unless ``--no-mem`` (or ``--only`` without ``--mem``), each extractor then runs alone over the same pages in a fresh
subprocess, and the process's peak RSS (``VmHWM`` from /proc/self/status; ``ru_maxrss`` where
there is no /proc, but not on Linux where it is inherited across fork+exec) is reported as three
numbers: the interpreter before import, the growth after importing the extractor, and the further
growth while extracting all pages (pages are read one at a time, so they hardly count).
tracemalloc is not used because libxml2 (which all three use) allocates outside Python's view.
"""
from __future__ import annotations

import argparse
import gc
import gzip
import hashlib
import importlib
import json
import math
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from scraper.textnorm import fold

REPO_ROOT = Path(__file__).resolve().parent.parent


def _default_corpus() -> Path:
    """``shared/corpus`` next to the checkout, or next to one of its parents (a worktree under
    ``wt/<name>`` shares the main checkout's corpus)."""
    for base in (REPO_ROOT.parent, *REPO_ROOT.parent.parents):
        if (base / "shared" / "corpus" / "manifest.jsonl").exists():
            return base / "shared" / "corpus"
    return REPO_ROOT.parent / "shared" / "corpus"


DEFAULT_CORPUS = _default_corpus()
# Dev pages kept in the repository (tests/devpages/PROVENANCE.md): same manifest shape as the
# shared corpus, paths relative to their own folder; loaded beside it unless --no-devpages.
DEVPAGES = REPO_ROOT / "tests" / "devpages"
# Dev sets whose licence keeps their pages out of the repository are built into folders under
# .devdata/ (git-ignored; e.g. tests/devpages/build_l3s_gn1.py SOURCE --out .devdata/l3s): each
# such folder with a manifest.jsonl is loaded by default too.
LOCAL_DEVPAGES = REPO_ROOT / ".devdata"


def _default_devpages() -> list[Path]:
    local = sorted(d for d in LOCAL_DEVPAGES.glob("*") if (d / "manifest.jsonl").exists())
    return [DEVPAGES, *local]
TIME_RATIO_TARGET = 0.25   # ours / trafilatura total extraction time (issue 9 item 4)
SYSTEMS = ("ours", "trafilatura", "readability")
SHORT = {"ours": "ours", "trafilatura": "trafilatura", "readability": "readability"}
SET_ORDER = ("fundus", "scrapinghub", "newspaper4k", "htmldate_ar")

# ---------------------------------------------------------------------------------------------
# Metric
# ---------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")
# Arabic tashkeel (Quranic marks 0610-061A, harakat/tanwin 064B-065F, superscript alef 0670,
# Quranic annotation 06D6-06ED) and tatweel 0640.
_AR_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Alef forms -> bare alef: madda, hamza above, hamza below, wasla, wavy hamza above/below.
_AR_ALEF = str.maketrans({c: "\u0627" for c in "\u0622\u0623\u0625\u0671\u0672\u0673"})


def tokens(text: str, lang: str = "") -> list[str]:
    """Tokens for the metric: ``\\w+`` after NFKC; for Arabic (``lang`` "ar…") tashkeel and
    tatweel are removed and alef forms unified first. No case folding (as in the benchmark)."""
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text)
    if (lang or "").lower().startswith("ar"):
        text = _AR_MARKS_RE.sub("", text).translate(_AR_ALEF)
    return _WORD_RE.findall(text)


def prf(extracted: str, gold: str | Iterable[str], lang: str = "") -> tuple[float, float, float]:
    """Bag-of-tokens (multiset) precision, recall, F1 of ``extracted`` against ``gold``
    (a string, or paragraphs which are joined by "\\n")."""
    if not isinstance(gold, str):
        gold = "\n".join(gold)
    pred_c = Counter(tokens(extracted, lang))
    gold_c = Counter(tokens(gold, lang))
    n_pred, n_gold = sum(pred_c.values()), sum(gold_c.values())
    if n_pred == 0 or n_gold == 0:
        return (1.0, 1.0, 1.0) if n_pred == n_gold else (0.0, 0.0, 0.0)
    common = sum((pred_c & gold_c).values())
    if common == 0:
        return 0.0, 0.0, 0.0
    p, r = common / n_pred, common / n_gold
    return p, r, 2 * p * r / (p + r)


def leaks(extracted: str, gold_without: Iterable[str]) -> list[str]:
    """The ``gold_without`` strings that occur in ``extracted`` (both compared in ``fold`` form,
    so tashkeel, hamza spelling, case and whitespace/line breaks do not hide a leak)."""
    body = fold(extracted or "")
    if not body:
        return []
    out = []
    for s in gold_without or ():
        f = fold(s)
        if f and f in body:
            out.append(s)
    return out


# ---------------------------------------------------------------------------------------------
# Extractors
# ---------------------------------------------------------------------------------------------

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def decode_peer(data: bytes) -> str:
    """Decoding for readability: UTF-8 if valid, else a declared ``<meta charset>`` that works,
    else charset_normalizer's guess, else windows-1252 with replacement."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET_RE.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii", "replace"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except ImportError:  # pragma: no cover
        pass
    return data.decode("windows-1252", "replace")


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul".split()
)

_BLOCK_MARK = "\ue000\ue001"  # private-use pair marking block boundaries in html_text


def html_text(fragment: str) -> str:
    """Text of an HTML fragment, block elements (and <br>) on their own lines, whitespace
    collapsed within lines, empty lines dropped."""
    import lxml.html

    if not fragment or not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    mark = _BLOCK_MARK  # not "\n": newlines in the source are just whitespace
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = mark + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = mark + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split(mark))
    return "\n".join(line for line in lines if line)


def load_ours(spec: str = "scraper.extract:extract") -> Callable[[bytes, str], str]:
    mod_name, _, fn_name = spec.partition(":")
    fn = getattr(importlib.import_module(mod_name), fn_name or "extract")

    def run(data: bytes, url: str) -> str:
        return fn(data, url).body or ""

    return run


def load_trafilatura() -> Callable[[bytes, str], str]:
    import trafilatura

    def run(data: bytes, url: str) -> str:
        return trafilatura.extract(data, url=url) or ""

    return run


def load_readability() -> Callable[[bytes, str], str]:
    import logging

    from readability import Document

    # readability logs a traceback for pages it cannot summarise; the bench records the error.
    logging.getLogger("readability").setLevel(logging.CRITICAL)
    logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

    def run(data: bytes, url: str) -> str:
        return html_text(Document(decode_peer(data), url=url).summary(html_partial=True))

    return run


READABILITY_CURRENT = (0, 9)   # the release the `make bench` target installs (see the docstring)


def peer_versions() -> dict[str, str]:
    """Installed versions of the peers (and of lxml, which all three parse with)."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for dist in ("trafilatura", "readability-lxml", "lxml", "lxml_html_clean"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "-"
    return out


def _older_readability(v: str) -> bool:
    try:
        return tuple(int(x) for x in v.split(".")[:2]) < READABILITY_CURRENT
    except ValueError:
        return False


def load_system(name: str, ours_impl: str) -> Callable[[bytes, str], str]:
    if name == "ours":
        return load_ours(ours_impl)
    if name == "trafilatura":
        return load_trafilatura()
    if name == "readability":
        return load_readability()
    raise ValueError(name)


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only on pathological pages
    raise _Timeout()


def call(fn: Callable[[bytes, str], str], data: bytes, url: str, timeout: float):
    """Run one extraction: (body, seconds, error-or-None). Never raises (except ^C)."""
    use_alarm = timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    t0 = time.perf_counter()
    try:
        body = fn(data, url)
        err = None
        if not isinstance(body, str):
            body, err = "", f"non-str body: {type(body).__name__}"
    except _Timeout:
        body, err = "", f"timeout after {timeout:g}s"
    except Exception as e:  # noqa: BLE001 - one page must not stop the run
        body, err = "", f"{type(e).__name__}: {e}"[:300]
    dt = time.perf_counter() - t0
    if use_alarm:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return body, dt, err


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------


@dataclass
class Page:
    id: str
    set: str
    lang: str
    url: str
    path: Path
    gold: list[str]
    gold_without: list[str]
    gz: bytes = b""

    def html(self) -> bytes:
        return gzip.decompress(self.gz) if self.gz else gzip.open(self.path).read()


# --opaque-classes: every class and id value replaced by a meaningless token of its own (as CSS-module
# builds and minifiers print them), outside <script> and <style>: how much of a result rests on the
# page's class names. Deterministic (the same token for the same name on every page).
_CODE_BLOCK_RE = re.compile(rb"(<(script|style)\b.*?</\2\s*>)", re.I | re.S)
_CLASS_ID_RE = re.compile(rb"""(\s(?:class|id)\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.I)


def _opaque_token(name: bytes) -> bytes:
    return b"c" + hashlib.md5(name).hexdigest()[:7].encode()


def opaque_classes(raw: bytes) -> bytes:
    """The page with every class/id token outside <script>/<style> replaced by an opaque one."""
    def attr(m):
        # (the value keeps its own quotes: a class or id written inside another attribute's value,
        # "&lt;div id='ad'" in a component's JSON data attribute, must not close that value)
        quote = b'"' if m.group(2) is not None else b"'"
        value = m.group(2) if m.group(2) is not None else m.group(3)
        return m.group(1) + quote + b" ".join(_opaque_token(t) for t in value.split()) + quote
    parts = _CODE_BLOCK_RE.split(raw)
    out = []
    i = 0
    while i < len(parts):
        out.append(_CLASS_ID_RE.sub(attr, parts[i]))   # markup between code blocks
        if i + 1 < len(parts):
            out.append(parts[i + 1])   # a <script>/<style> block as it is
        i += 3   # (split keeps both groups: the block and its tag name)
    return b"".join(out)


def load_pages(corpus: Path, set_: str | None = None, lang: str | None = None,
               limit: int | None = None, ids: Iterable[str] | None = None,
               read: bool = True, extra: Iterable[Path] = ()) -> list[Page]:
    """Pages of ``corpus``'s manifest, then of each ``extra`` folder's (e.g. ``DEVPAGES``)."""
    manifest = corpus / "manifest.jsonl"
    if not manifest.exists():
        sys.exit(f"bench: no manifest at {manifest} (use --corpus PATH)")
    sets = set(set_.split(",")) if set_ else None
    langs = set(lang.split(",")) if lang else None
    want = set(ids) if ids else None
    pages = []
    folders = [corpus, *(Path(e) for e in extra if (Path(e) / "manifest.jsonl").exists())]
    for corpus in folders:
        if limit and len(pages) >= limit:
            break
        pages += _load_manifest(corpus, sets, langs, want, read, limit and limit - len(pages))
    return pages


def dev_page(pages_dir: Path, set_name: str, page_id: str, raw: bytes, **fields) -> dict:
    """Write one page of a dev set (gzip, bytes unchanged) as ``pages_dir/<page_id>.html.gz`` and
    return its manifest row: id, set, html, then ``fields`` (the dev-set builders of tests/devpages)."""
    (pages_dir / f"{page_id}.html.gz").write_bytes(gzip.compress(raw, 9, mtime=0))
    return {"id": page_id, "set": set_name, "html": f"pages/{set_name}/{page_id}.html.gz", **fields}


def replace_set(manifest: Path, set_name: str, rows: list[dict]) -> None:
    """Write *rows* as set *set_name* of a page folder's ``manifest.jsonl``: the other sets' lines
    kept as they are, this set's old lines replaced (the dev-set builders of tests/devpages)."""
    keep = []
    if manifest.exists():
        keep = [ln for ln in manifest.read_text(encoding="utf-8").splitlines()
                if ln.strip() and json.loads(ln).get("set") != set_name]
    manifest.write_text("".join(ln + "\n" for ln in keep + [json.dumps(r, ensure_ascii=False) for r in rows]),
                        encoding="utf-8")


def write_set(out: Path, set_name: str, rows: list[dict], left_out: str) -> None:
    """replace_set into ``out/manifest.jsonl``, and say so on stderr: "<set>: <n> pages written to
    <out> (<left_out>)" (the dev-set builders of tests/devpages)."""
    replace_set(out / "manifest.jsonl", set_name, rows)
    print(f"{set_name}: {len(rows)} pages written to {out} ({left_out})", file=sys.stderr)


class DevSource:
    """The folder ``sub`` of a dataset, read from a checkout (``path/sub``, or ``path`` itself when it
    is that folder: it holds ``marker``) or from a git directory's HEAD (the dev-set builders of
    tests/devpages read public mirrors fetched as bare git directories)."""

    def __init__(self, path: Path, sub: str, marker: str | None = None):
        self.path = path
        if marker is not None and (path / marker).exists():
            self.base, self.git = path, False
        else:
            self.base, self.git = path / sub, not (path / sub).is_dir()
        self.sub = sub
        self.gitdir = str(path / ".git") if (path / ".git").exists() else str(path)
        self.commit = ""
        if self.git or (path / ".git").exists():
            self.commit = subprocess.run(["git", f"--git-dir={self.gitdir}", "rev-parse", "HEAD"],
                                         capture_output=True, text=True).stdout.strip()

    def read(self, rel: str) -> bytes:
        if not self.git:
            return (self.base / rel).read_bytes()
        return subprocess.run(["git", f"--git-dir={self.gitdir}", "show", f"HEAD:{self.sub}/{rel}"],
                              capture_output=True, check=True).stdout

    def names(self, folder: str) -> set[str]:
        """The file names in ``folder`` (relative to ``sub``)."""
        if not self.git:
            return {p.name for p in (self.base / folder).iterdir()}
        out = subprocess.run(["git", f"--git-dir={self.gitdir}", "ls-tree", "-z", "--name-only",
                              f"HEAD:{self.sub}/{folder}"], capture_output=True, text=True, check=True).stdout
        return set(n for n in out.split("\0") if n)   # (-z: names as they are, spaces included)


def _load_manifest(corpus: Path, sets, langs, want, read: bool, limit) -> list[Page]:
    pages = []
    with open(corpus / "manifest.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if not d.get("gold_paragraphs"):
                continue
            if sets and d["set"] not in sets:
                continue
            if langs and d.get("lang", "") not in langs:
                continue
            if want and d["id"] not in want:
                continue
            p = Page(d["id"], d["set"], d.get("lang", "") or "?", d.get("url", ""),
                     corpus / d["html"], list(d["gold_paragraphs"]), list(d.get("gold_without") or []))
            if read:
                p.gz = p.path.read_bytes()
            pages.append(p)
            if limit and len(pages) >= limit:
                break
    return pages


# ---------------------------------------------------------------------------------------------
# Run
# ---------------------------------------------------------------------------------------------


@dataclass
class Result:
    p: float = 0.0
    r: float = 0.0
    f1: float = 0.0
    ms: float = 0.0
    chars: int = 0
    leaked: list[str] = field(default_factory=list)
    error: str | None = None
    body: str = ""


def run_bench(pages: list[Page], systems: dict[str, Callable], repeat: int = 1,
              timeout: float = 60.0, progress: bool = False) -> dict[str, dict[str, Result]]:
    names = list(systems)
    results: dict[str, dict[str, Result]] = {}
    if pages:  # untimed warm-up (imports, lazy regex compilation, caches)
        data = pages[0].html()
        for n in names:
            call(systems[n], data, pages[0].url, timeout)
    t_start = time.perf_counter()
    for i, page in enumerate(pages):
        data = page.html()
        times: dict[str, list[float]] = defaultdict(list)
        bodies: dict[str, tuple[str, str | None]] = {}
        for rep in range(repeat):
            k = (i + rep) % len(names)
            for n in names[k:] + names[:k]:
                body, dt, err = call(systems[n], data, page.url, timeout)
                times[n].append(dt)
                if n not in bodies:
                    bodies[n] = (body, err)
        page_res = {}
        for n in names:
            body, err = bodies[n]
            p, r, f = prf(body, page.gold, page.lang)
            page_res[n] = Result(p, r, f, statistics.median(times[n]) * 1000, len(body),
                                 leaks(body, page.gold_without) if page.gold_without else [],
                                 err, body)
        results[page.id] = page_res
        if progress:
            el = time.perf_counter() - t_start
            sys.stderr.write(f"\r  {i + 1}/{len(pages)} pages, {el:.0f}s ")
            sys.stderr.flush()
    if progress:
        sys.stderr.write("\n")
    return results


def mem_worker(args) -> None:
    """Subprocess entry: one extractor alone over the pages; prints peak RSS figures (KiB)."""
    def rss() -> int:
        # Linux: VmHWM is the peak RSS of this process image. ru_maxrss is not used there
        # because Linux carries it over fork+exec, so it starts at the (large) parent's RSS.
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])  # kB
        except OSError:
            pass
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS

    pages = load_pages(Path(args.corpus), args.set, args.lang, args.limit, args.id, read=False,
                       extra=args.devpages)
    gc.collect()
    base = rss()
    fn = load_system(args.mem_worker, args.ours_impl)
    imported = rss()
    errors = 0
    for page in pages:
        _, _, err = call(fn, page.html(), page.url, args.timeout)
        errors += err is not None
    print(json.dumps({"system": args.mem_worker, "base_kb": base, "import_kb": imported,
                      "peak_kb": rss(), "pages": len(pages), "errors": errors}))


def measure_memory(args, names: list[str]) -> dict[str, dict]:
    cmd_base = [sys.executable, "-m", "scraper.bench", "--corpus", str(args.corpus),
                "--ours-impl", args.ours_impl, "--timeout", str(args.timeout)]
    for opt in ("set", "lang", "limit"):
        v = getattr(args, opt)
        if v:
            cmd_base += [f"--{opt}", str(v)]
    for pid in args.id or ():
        cmd_base += ["--id", pid]
    cmd_base += [a for d in args.devpages for a in ("--devpages", str(d))] or ["--no-devpages"]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))

    def one(name: str) -> dict:
        try:
            cp = subprocess.run(cmd_base + ["--mem-worker", name], capture_output=True, text=True,
                                env=env, cwd=str(REPO_ROOT), timeout=3600)
            line = [ln for ln in cp.stdout.splitlines() if ln.startswith("{")]
            if cp.returncode == 0 and line:
                return json.loads(line[-1])
            return {"error": (cp.stderr.strip().splitlines() or [f"exit {cp.returncode}"])[-1]}
        except Exception as e:  # noqa: BLE001
            return {"error": f"{type(e).__name__}: {e}"}

    # Memory is not timing: two at a time is fine on a 2-core machine.
    with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as ex:
        return dict(zip(names, ex.map(one, names)))


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    v = sorted(values)
    return v[max(0, math.ceil(q / 100 * len(v)) - 1)]


def _fmt(x: float, spec: str = ".3f") -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, spec)


def groups_of(pages: list[Page], min_lang: int) -> list[tuple[str, list[Page]]]:
    by_set, by_lang = defaultdict(list), defaultdict(list)
    for p in pages:
        by_set[p.set].append(p)
        by_lang[p.lang].append(p)
    out = []
    for s in sorted(by_set, key=lambda s: (SET_ORDER.index(s) if s in SET_ORDER else 99, s)):
        out.append((f"set:{s}", by_set[s]))
    other = []
    langs = sorted(by_lang, key=lambda lg: (lg != "ar", -len(by_lang[lg]), lg))
    for lg in langs:
        if lg == "ar" or len(by_lang[lg]) >= min_lang:
            out.append((f"lang:{lg}", by_lang[lg]))
        else:
            other.extend(by_lang[lg])
    if other:
        out.append((f"lang:other({len({p.lang for p in other})})", other))
    out.append(("all", pages))
    return out


def summarise(group: list[Page], results, name: str) -> dict:
    rs = [results[p.id][name] for p in group]
    n = len(rs)
    with_wo = [p for p in group if p.gold_without]
    ms = [r.ms for r in rs]
    return {
        "pages": n,
        "f1": sum(r.f1 for r in rs) / n if n else float("nan"),
        "p": sum(r.p for r in rs) / n if n else float("nan"),
        "r": sum(r.r for r in rs) / n if n else float("nan"),
        "leaky": sum(1 for p in with_wo if results[p.id][name].leaked) if with_wo else None,
        "leak_pages": len(with_wo),
        "errors": sum(1 for r in rs if r.error),
        "empty": sum(1 for r in rs if not r.error and r.chars == 0),
        "med_ms": statistics.median(ms) if ms else float("nan"),
        "p95_ms": pct(ms, 95),
        "total_s": sum(ms) / 1000,
    }


def print_report(pages, results, names, args, mem, out=sys.stdout) -> dict:
    w = out.write
    w(f"corpus: {args.corpus}  pages: {len(pages)}  repeat: {args.repeat}  "
      f"systems: {', '.join(names)}\n")
    if any(n != "ours" for n in names):
        vers = peer_versions()
        w("peers: " + ", ".join(f"{k} {v}" for k, v in vers.items()) + "\n")
        if "readability" in names and _older_readability(vers["readability-lxml"]):
            w(f"  note: readability-lxml {vers['readability-lxml']} is older than "
              f"{'.'.join(map(str, READABILITY_CURRENT))} and scores much lower; `make bench` installs the current "
              "release (see scraper/bench.py)\n")
    w("metric: mean bag-of-tokens P/R/F1 vs gold paragraphs (\\w+ after NFKC; Arabic: no "
      "tashkeel/tatweel, unified alef); leaky = pages where a gold_without string is in the "
      "body (fold form)\n")
    w("time: per-page wall ms (perf_counter, decoding included, median of repeats); "
      "empty = no error but empty body\n\n")
    hdr = (f"{'group':<18} {'pages':>5}  {'system':<12} {'F1':>6} {'P':>6} {'R':>6}  "
           f"{'leaky':>6} {'err':>4} {'empty':>5}  {'med ms':>7} {'p95 ms':>7} {'total s':>8}\n")
    w(hdr)
    w("-" * (len(hdr) - 1) + "\n")
    summary: dict[str, dict[str, dict]] = {}
    prev_kind = None
    for gname, group in groups_of(pages, args.min_lang):
        kind = gname.split(":")[0]
        if prev_kind is not None and kind != prev_kind:
            w("-" * (len(hdr) - 1) + "\n")
        prev_kind = kind
        summary[gname] = {}
        for j, n in enumerate(names):
            s = summarise(group, results, n)
            summary[gname][n] = s
            leak = f"{s['leaky']}/{s['leak_pages']}" if s["leaky"] is not None else "-"
            w(f"{gname if j == 0 else '':<18} {str(s['pages']) if j == 0 else '':>5}  "
              f"{SHORT[n]:<12} {_fmt(s['f1'])} {_fmt(s['p'])} {_fmt(s['r'])}  "
              f"{leak:>6} {s['errors']:>4} {s['empty']:>5}  {_fmt(s['med_ms'], '7.1f')} "
              f"{_fmt(s['p95_ms'], '7.1f')} {_fmt(s['total_s'], '8.2f')}\n")

    # Memory
    if mem:
        w("\npeak memory: peak RSS (Linux VmHWM) of a fresh subprocess running one extractor alone "
          "over the same pages, in MiB: interpreter + bench module, +import of the extractor, "
          "+further peak while extracting\n")
        for n in names:
            m = mem.get(n) or {}
            if "error" in m:
                w(f"  {SHORT[n]:<12} failed: {m['error']}\n")
            elif m:
                w(f"  {SHORT[n]:<12} {m['base_kb'] / 1024:7.1f}  +{(m['import_kb'] - m['base_kb']) / 1024:6.1f}"
                  f"  +{(m['peak_kb'] - m['import_kb']) / 1024:6.1f}   (peak {m['peak_kb'] / 1024:.1f} MiB, "
                  f"{m['pages']} pages, {m['errors']} errors)\n")

    # Errors
    errs = [(pid, n, r.error) for pid, pr in results.items() for n, r in pr.items() if r.error]
    if errs:
        w(f"\nerrors: {len(errs)} (F1=0 on those pages)\n")
        for pid, n, e in errs[: (len(errs) if args.verbose else 10)]:
            w(f"  {SHORT[n]:<12} {pid}: {e}\n")
        if not args.verbose and len(errs) > 10:
            w(f"  … {len(errs) - 10} more (--verbose)\n")

    # Targets
    allg = summary.get("all", {})
    if "ours" in names:
        w("\ntargets:\n")
        peers = [n for n in names if n != "ours"]
        if peers:
            for g, row in summary.items():
                if not g.startswith(("set:", "lang:")):
                    continue
                best_peer = max(peers, key=lambda n: row[n]["f1"])
                ok = row["ours"]["f1"] >= row[best_peer]["f1"]
                w(f"  [{'PASS' if ok else 'FAIL'}] {g:<16} ours F1 {row['ours']['f1']:.3f} >= "
                  f"max(peers) {row[best_peer]['f1']:.3f} ({best_peer})\n")
        lang_ar = summary.get("lang:ar", {}).get("ours")
        if lang_ar is not None:
            w(f"  [{'PASS' if lang_ar['f1'] >= 0.98 else 'FAIL'}] Arabic pages ours F1 {lang_ar['f1']:.3f} >= 0.98\n")
        for leak_set in ("htmldate_ar", "real_ar"):
            ar = summary.get(f"set:{leak_set}", {}).get("ours")
            if ar is not None and ar["leaky"] is not None:
                w(f"  [{'PASS' if ar['leaky'] == 0 else 'FAIL'}] {leak_set} leaky pages (ours) "
                  f"{ar['leaky']}/{ar['leak_pages']} == 0\n")
        if "trafilatura" in names and allg:
            for g, row in summary.items():
                if not (g.startswith("set:") or g == "all"):
                    continue
                to, tt = row["ours"]["total_s"], row["trafilatura"]["total_s"]
                ratio = to / tt if tt else float("nan")
                w(f"  [{'PASS' if ratio <= TIME_RATIO_TARGET else 'FAIL'}] time {g:<16} ours {to:6.2f}s / "
                  f"trafilatura {tt:6.2f}s = {ratio:.3f} <= {TIME_RATIO_TARGET}\n")
    elif allg:
        w("\ntargets: not checked (ours not run)\n")
    if allg and len(names) > 1:
        w("\ntotal time: " + ", ".join(f"{SHORT[n]} {allg[n]['total_s']:.2f}s" for n in names))
        if "ours" in names and "trafilatura" in names and allg["trafilatura"]["total_s"]:
            w(f"; ours/trafilatura = {allg['ours']['total_s'] / allg['trafilatura']['total_s']:.3f}")
        w("\n")
    return summary


def print_worst(pages, results, names, n_worst: int, out=sys.stdout) -> None:
    who = "ours" if "ours" in names else names[0]
    rows = sorted(pages, key=lambda p: (results[p.id][who].f1, p.id))[:n_worst]
    others = [n for n in names if n != who]
    out.write(f"\nworst {len(rows)} pages by {who} F1:\n")
    out.write(f"  {'id':<44} {'set':<12} {'lang':<4} {'P':>5} {'R':>5} {'F1':>5}  "
              + " ".join(f"{SHORT[o][:5] + ' F1':>8}" for o in others) + "  note\n")
    for p in rows:
        r = results[p.id][who]
        note = r.error or ("empty" if not r.chars else "")
        if r.leaked:
            note = (note + " " if note else "") + f"leaks {len(r.leaked)}"
        out.write(f"  {p.id[:44]:<44} {p.set:<12} {p.lang:<4} {r.p:5.2f} {r.r:5.2f} {r.f1:5.2f}  "
                  + " ".join(f"{results[p.id][o].f1:8.2f}" for o in others) + f"  {note}\n")


def print_verbose(pages, results, names, out=sys.stdout) -> None:
    out.write("\nper page (F1 per system; leaked gold_without strings):\n")
    for p in pages:
        pr = results[p.id]
        out.write(f"  {p.set}/{p.id} [{p.lang}] " + "  ".join(
            f"{SHORT[n]} {pr[n].f1:.3f} ({pr[n].ms:.0f} ms)" for n in names) + "\n")
        for n in names:
            if pr[n].error:
                out.write(f"      {SHORT[n]} error: {pr[n].error}\n")
            for s in pr[n].leaked:
                out.write(f"      {SHORT[n]} leaks: {s}\n")


def write_json(path: str, pages, results, names, summary, mem, bodies: bool) -> None:
    doc = {"summary": summary, "memory": mem, "pages": []}
    for p in pages:
        row = {"id": p.id, "set": p.set, "lang": p.lang, "url": p.url}
        for n in names:
            r = results[p.id][n]
            d = {"p": round(r.p, 4), "r": round(r.r, 4), "f1": round(r.f1, 4), "ms": round(r.ms, 2),
                 "chars": r.chars, "leaked": r.leaked, "error": r.error}
            if bodies:
                d["body"] = r.body
            row[n] = d
        doc["pages"].append(row)
    def clean(x):
        if isinstance(x, float) and math.isnan(x):
            return None
        if isinstance(x, dict):
            return {k: clean(v) for k, v in x.items()}
        if isinstance(x, list):
            return [clean(v) for v in x]
        return x

    with open(path, "w", encoding="utf-8") as fh:
        json.dump(clean(doc), fh, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------


def parse_args(argv=None):
    ap = argparse.ArgumentParser(prog="python -m scraper.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help=f"corpus folder (default: {DEFAULT_CORPUS})")
    ap.add_argument("--devpages", type=Path, action="append",
                    help=f"extra page folder with a manifest.jsonl, repeatable (default: {DEVPAGES} "
                         f"and every {LOCAL_DEVPAGES}/*/ with a manifest.jsonl)")
    ap.add_argument("--no-devpages", action="store_true", help="only --corpus, no dev pages")
    ap.add_argument("--set", help="only this set (comma-separated list allowed)")
    ap.add_argument("--lang", help="only this language (comma-separated list allowed)")
    ap.add_argument("--id", action="append", help="only this page id (repeatable)")
    ap.add_argument("--limit", type=int, help="first N pages (after filters)")
    ap.add_argument("--only", help="comma-separated systems to run: ours,trafilatura,readability")
    ap.add_argument("--repeat", type=int, default=1, help="runs per page; per-page time = median")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per call before it counts as an error")
    ap.add_argument("--min-lang", type=int, default=5,
                    help="languages with fewer pages are grouped as 'other' (ar is always shown)")
    ap.add_argument("--json", metavar="OUT", help="write per-page results to OUT")
    ap.add_argument("--json-bodies", action="store_true", help="include extracted bodies in --json")
    ap.add_argument("--worst", type=int, metavar="N", help="list the N pages with lowest F1 for ours")
    ap.add_argument("--verbose", "-v", action="store_true", help="per-page lines, leaked strings, all errors")
    ap.add_argument("--mem", dest="mem", action="store_true", default=None,
                    help="run the peak-memory subprocess pass (default: yes, unless --only)")
    ap.add_argument("--no-mem", dest="mem", action="store_false", help="skip the peak-memory pass")
    ap.add_argument("--ours-impl", default="scraper.extract:extract",
                    help="module:function for 'ours' (default scraper.extract:extract)")
    ap.add_argument("--progress", action="store_true", help="progress on stderr")
    ap.add_argument("--opaque-classes", action="store_true",
                    help="replace every class and id by a meaningless token first (CSS-module names): "
                         "how much of each result rests on class names")
    ap.add_argument("--mem-worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.repeat = max(1, args.repeat)
    args.devpages = [] if args.no_devpages else (args.devpages or _default_devpages())
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.mem_worker:
        mem_worker(args)
        return 0
    names = [n.strip() for n in (args.only or ",".join(SYSTEMS)).split(",") if n.strip()]
    bad = [n for n in names if n not in SYSTEMS]
    if bad:
        sys.exit(f"bench: unknown system(s) {bad}; choose from {list(SYSTEMS)}")
    systems = {}
    for n in names:
        try:
            systems[n] = load_system(n, args.ours_impl)
        except Exception as e:  # noqa: BLE001 - report and go on with the others
            print(f"bench: {n} unavailable ({type(e).__name__}: {e}); skipped", file=sys.stderr)
    names = [n for n in names if n in systems]
    if not names:
        sys.exit("bench: no extractor available")
    pages = load_pages(Path(args.corpus), args.set, args.lang, args.limit, args.id,
                       extra=args.devpages)
    if not pages:
        sys.exit("bench: no pages match")
    if args.opaque_classes:
        for p in pages:
            p.gz = gzip.compress(opaque_classes(p.html()), 1)
        print("bench: --opaque-classes: every class and id replaced by a meaningless token")
    t0 = time.perf_counter()
    results = run_bench(pages, systems, args.repeat, args.timeout, args.progress)
    wall = time.perf_counter() - t0
    if args.mem is None:
        args.mem = not args.only
    mem = measure_memory(args, names) if args.mem else {}
    summary = print_report(pages, results, names, args, mem)
    if args.worst:
        print_worst(pages, results, names, args.worst)
    if args.verbose:
        print_verbose(pages, results, names)
    if args.json:
        write_json(args.json, pages, results, names, summary, mem, args.json_bodies)
        print(f"\nper-page results written to {args.json}")
    print(f"\nbench wall time: {wall:.1f}s (extraction pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
