"""Where each extractor's body starts, against the opening words that three extractors' test suites expect.

    python -m scraper.benchmarks.story_start SOURCE [SOURCE …] [--only ours,trafilatura,readability] [--show N]

SOURCE: a checkout or a git directory (the ``fetch`` tool's mirror is one) of
`postlight/parser <https://github.com/postlight/parser>`_ (MIT and Apache-2.0), of
`goose3/goose3 <https://github.com/goose3/goose3>`_ (Apache-2.0) or of
`chimbori/crux <https://github.com/chimbori/crux>`_ (Apache-2.0), told apart by their layout.

crux's golden files (``GoldenFilesTest.kt`` and ``test_data/*.html``, 84 saved pages of 2010-17: news, blogs,
Wikipedia, a few app pages; removed from its newest tree, so a git directory is read at the commit before
their removal) assert the start of the article's text (``assertStartsWith``); its first 25 words at most.

goose3's content tests (``tests/data/content/test_<name>.html`` + ``.json``, 51 saved pages of 2010-14 news
sites in English, French, Spanish, German, Chinese, Korean and Arabic) assert that goose's text begins with
``expected.cleaned_text`` (its ``assert_cleaned_text``); the first paragraph of it, at most 25 words, is the
expected opening here. Its pages at example.com and exemple.com are made up for goose's own options and
are left out.

postlight/parser's custom extractors' tests (``src/extractors/custom/<site>/index.test.js``, about 140
sites, most of them English, Japanese, German and French publishers saved in 2016-2020) each read one to
three saved pages (``fixtures/…html``) and assert the first 13 words of the content (``excerptContent($('*')
.first().text(), 13)``), the title, and often the author and the date, written by the test's author from the
article (149 pages). Those words are an independent check of where a body starts: leading furniture (a
kicker, a date line, a notice, a card) puts them later, a lost opening leaves them out.

Per page and system: **start** (the body opens with the expected words), **later** (they are in the body,
after other text: the characters before them are counted), **missing** (not in the body). Compared with
letters and digits only, folded (Mercury's text joins elements with no space between them). Mercury's convention
differs from this project's in one known way: its content opens with the lead photo's caption and
credit where a page has one ("Image: Brian Weaver One of the best …"), which this project leaves out
(it is furniture), so a page of that kind reads **missing** for a body that is right; ``--show`` lists
the pages that do not start right, with the expected words and each body's opening, to read them.

The fixtures were saved by Mercury's tooling, which rewrites ``<meta content=…>`` as ``value=…``: the
pages' metadata is not what the sites served, so only titles are compared, not dates or authors.
Nothing here is a test: it prints figures (a dev probe, not a held-out set).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from scraper.bench import call, load_system
from scraper.textnorm import fold

TESTS_GLOB = re.compile(r"^src/extractors/custom/[^/]+/index\.test\.js$")
_STR = r"""(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)"""
_URL_RE = re.compile(r"\b(?:url|uri)\s*=\s*" + _STR)
_FIXTURE_RE = re.compile(r"readFileSync\(\s*'\./(fixtures/[^']+)'")


def _assert_value(name: str, js: str) -> str | None:
    m = re.search(r"assert\.equal\(\s*" + name + r"\s*,\s*" + _STR, js)
    if m is None:
        return None
    return re.sub(r"\\(.)", r"\1", next(g for g in m.groups() if g is not None))


@dataclass
class Case:
    site: str
    url: str
    fixture: str
    first13: str   # the opening the test expects (Mercury's 13 words; goose3's and crux's first words)
    title: str | None


class Source:
    """Files of a checkout or of a git directory (read with ``git show REF:path``; REF is HEAD, or for crux,
    whose newest tree no longer has its golden files, the commit before the one that removed them)."""

    def __init__(self, path: Path):
        self.path = path
        self.git = not (path / "src").is_dir() and not (path / "tests").is_dir()
        self.ref = "HEAD"
        self._names: list[str] | None = None
        if self.git and not any(n.startswith(("src/extractors/custom/", GOOSE_DIR)) or n in CRUX_TESTS
                                for n in self.all_names()):
            gone = self._git("log", "-1", "--format=%H", "--all", "--", *CRUX_TESTS).strip()
            if gone:
                self.ref, self._names = f"{gone}^", None

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "-C", str(self.path), *args], capture_output=True, text=True, check=True).stdout

    def all_names(self) -> list[str]:
        if self._names is None:
            if not self.git:
                self._names = sorted(str(p.relative_to(self.path)) for p in self.path.rglob("*") if p.is_file())
            else:
                self._names = sorted(self._git("ls-tree", "-r", "--name-only", self.ref).splitlines())
        return self._names

    def names(self) -> list[str]:
        return [n for n in self.all_names() if TESTS_GLOB.match(n)]

    def read(self, name: str) -> bytes:
        if not self.git:
            return (self.path / name).read_bytes()
        return subprocess.run(["git", "-C", str(self.path), "show", f"{self.ref}:{name}"], capture_output=True,
                              check=True).stdout


def cases(src: Source) -> list[Case]:
    """Each case of each site's test file: a fixture read, its URL (assigned right after the read, else the
    last one before it) and the assertions up to the next fixture read. A fixture read twice counts once."""
    out, seen = [], set()
    for name in src.names():
        js = src.read(name).decode("utf-8", "replace")
        reads = list(_FIXTURE_RE.finditer(js))
        for k, fx in enumerate(reads):
            end = reads[k + 1].start() if k + 1 < len(reads) else len(js)
            seg = js[fx.start():end]
            url = _URL_RE.search(seg)
            if url is None or ("assert" in seg[:url.start()]):
                url = next(reversed(list(_URL_RE.finditer(js, 0, fx.start()))), None)
            first = _assert_value("first13", seg) or _assert_value("text", seg)
            if url is None or not first or fx.group(1) in seen:
                continue
            seen.add(fx.group(1))
            out.append(Case(site=name.split("/")[-2], url=next(g for g in url.groups() if g is not None),
                            fixture=fx.group(1), first13=first, title=_assert_value("title", seg)))
    return out


GOOSE_DIR = "tests/data/content/"
GOOSE_MADE_UP = ("example.com", "exemple.com")
GOOSE_WORDS = 25


def goose_cases(src: Source) -> list[Case]:
    """goose3's content tests: each page with its ``expected.cleaned_text``'s first paragraph (GOOSE_WORDS
    words at most) as the expected opening."""
    names = set(src.all_names())
    out = []
    for name in sorted(n for n in names if n.startswith(GOOSE_DIR) and n.endswith(".json")):
        page = name[:-5] + ".html"
        if page not in names:
            continue
        data = json.loads(src.read(name))
        url = data.get("url") or ""
        first = ((data.get("expected") or {}).get("cleaned_text") or "").strip().split("\n")[0]
        if not first or urlsplit(url).hostname in GOOSE_MADE_UP:
            continue
        out.append(Case(site=name.rsplit("/", 1)[-1][:-5], url=url, fixture=page,
                        first13=" ".join(first.split()[:GOOSE_WORDS]), title=None))
    return out


CRUX_DATA = "test_data/"
CRUX_TESTS = ("src/test/kotlin/com/chimbori/crux/articles/GoldenFilesTest.kt",
              "src/test/java/com/chimbori/crux/articles/GoldenFilesTest.kt")
_KT_STR = r'"((?:[^"\\]|\\.)*)"'
_CRUX_FILE_RE = re.compile(r"(?:fromFile|extractFromFile)\(\s*" + _KT_STR + r"(?:\.toHttpUrl\(\))?\s*,\s*" + _KT_STR)
_CRUX_START_RE = re.compile(r"assertStartsWith\(\s*" + _KT_STR)


def crux_cases(src: Source) -> list[Case]:
    """crux's golden files (GoldenFilesTest.kt): each test reads a page of test_data/ for a URL and asserts
    the start of the article's text (``assertStartsWith``); a page read by several tests counts once."""
    names = set(src.all_names())
    test = next((t for t in CRUX_TESTS if t in names), None)
    if test is None:
        return []
    kt = src.read(test).decode("utf-8", "replace")
    out, seen = [], set()
    for block in kt.split("@Test")[1:]:
        page, start = _CRUX_FILE_RE.search(block), _CRUX_START_RE.search(block)
        if page is None or start is None:
            continue
        url, name = (re.sub(r"\\(.)", r"\1", g) for g in page.groups())
        first = re.sub(r"\\(.)", r"\1", start.group(1)).strip()
        fixture = CRUX_DATA + name
        if not first or fixture not in names or fixture in seen:
            continue
        seen.add(fixture)
        out.append(Case(site=name[:-5], url=url, fixture=fixture, first13=" ".join(first.split()[:GOOSE_WORDS]),
                        title=None))
    return out


def all_cases(src: Source) -> list[Case]:
    """The cases of a postlight/parser, a goose3 or a crux tree."""
    names = src.all_names()
    if any(n.startswith(GOOSE_DIR) for n in names):
        return goose_cases(src)
    if any(n in CRUX_TESTS for n in names):
        return crux_cases(src)
    return cases(src)


def squeeze(text: str) -> str:
    """Letters and digits only, folded."""
    return re.sub(r"[\W_]+", "", fold(text or ""))


def verdict(body: str, first13: str) -> tuple[str, int]:
    """("start" | "later" | "missing", characters of the body before the words)."""
    b, g = squeeze(body), squeeze(first13)
    pos = b.find(g) if g else -1
    return ("start", 0) if pos == 0 else ("later", pos) if pos > 0 else ("missing", 0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, nargs="+", help="checkout or git directory of postlight/parser, goose3 or crux")
    ap.add_argument("--only", default="ours,trafilatura,readability")
    ap.add_argument("--ours", default="scraper.extract:extract", help="module:function of our extractor")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list up to N pages ours does not start right")
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    systems = {n: load_system(n, args.ours) for n in names}
    for path in args.source:
        src = Source(path)
        todo = all_cases(src)
        if not todo:
            print(f"no test cases found under {path}", file=sys.stderr)
            return 2
        report(src, todo, systems, args)
    return 0


def report(src: Source, todo: list[Case], systems: dict, args) -> None:
    names = list(systems)
    pages = [(c, src.read(c.fixture)) for c in todo]
    rows: dict[str, list] = {n: [] for n in names}
    for c, data in pages:
        for n, fn in systems.items():
            body, _, err = call(fn, data, c.url, args.timeout)
            rows[n].append((verdict(body, c.first13), body, err))
    kind = ("goose3's content tests" if todo[0].fixture.startswith(GOOSE_DIR) else "crux's golden files"
            if todo[0].fixture.startswith(CRUX_DATA) else "postlight/parser's custom-extractor tests")
    print(f"story_start: {len(pages)} pages of {kind} ({src.path})")
    print(f"{'system':<13}{'start':>7}{'later':>7}{'missing':>9}{'errors':>8}   chars before, median of 'later'")
    for n in names:
        v = [r[0][0] for r in rows[n]]
        later = sorted(r[0][1] for r in rows[n] if r[0][0] == "later")
        med = later[len(later) // 2] if later else 0
        errs = sum(1 for r in rows[n] if r[2])
        print(f"{n:<13}{v.count('start'):>7}{v.count('later'):>7}{v.count('missing'):>9}{errs:>8}   {med}")
    if "ours" in rows and args.show:
        shown = 0
        for (c, _), (verd, body, err) in zip(pages, rows["ours"]):
            if verd[0] == "start" or shown >= args.show:
                continue
            shown += 1
            opening = " | ".join(body.split("\n")[:3])[:240]
            print(f"\n{c.site}: {verd[0]}{f' ({verd[1]} chars before)' if verd[0] == 'later' else ''}"
                  f"{f' error {err}' if err else ''}\n  expected: {c.first13[:160]}\n  ours:     {opening}")
    print()


if __name__ == "__main__":
    sys.exit(main())
