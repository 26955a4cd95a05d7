"""Reader-comment lists that no class name gives away (rules.boilerplate COMMENT_LIST_*): told by
their structure, a commenter's signature line of one template repeated over the list."""
from __future__ import annotations

import re

from lxml import etree

from .article import Removal
from .rules import boilerplate as B
from .textlines import (
    _alt, _CJK_RE, _fold_list, _LETTER_WORDS_RE, mark_removed, Para, _SENTENCE_END_RE, _sole_child, _words,
)

COMMENT_LIST_RULE = "boilerplate.comment-list"
_CL_TIME_RE = re.compile(B.COMMENT_LIST_TIME, re.I)
_CL_DATE_RE = re.compile(B.COMMENT_LIST_DATE, re.I)
_CL_AGO_RE = re.compile(B.COMMENT_LIST_AGO, re.I)
# (the screen's words as one search: half the time of a test per word on the short lines of a page)
_CL_AGO_HINT = re.compile("|".join(map(re.escape, B.COMMENT_LIST_AGO_HINTS))).search
_CL_SAID_RE = re.compile(
    rf"(?:^|[\s\u3000]|(?<=[\u3400-\u9fff]))(?:{_alt(B.COMMENT_LIST_SAID_WORDS)})$", re.I)
_CL_HEADING_RE = re.compile(rf"(?<![^\W\d_])(?:{_alt(B.COMMENT_LIST_HEADING_WORDS)})(?![^\W\d_])", re.I)
_CL_STRIP = " \t,.;:：|•·-–—()[]«»\"'"
_CL_LABEL_RE = re.compile(rf"^(?:{_alt(B.COMMENT_LIST_HEADING_WORDS)})(?![^\W\d_])[^:：\n]{{0,40}}[:：]\s*(?P<name>\S.*)$",
                          re.I)
_CL_DIGITS_RE = re.compile(r"\d+")


_CL_GUEST_NAMES = frozenset({x.lower() for x in B.COMMENT_LIST_GUEST_NAMES} | set(_fold_list(B.COMMENT_LIST_GUEST_NAMES)))
_CL_SAID_LAST = frozenset(w.lower().split()[-1].rstrip(_CL_STRIP) for w in B.COMMENT_LIST_SAID_WORDS)
_CL_SAID_CJK = tuple(w for w in B.COMMENT_LIST_SAID_WORDS if _CJK_RE.search(w))


def _name_units(name: str) -> float:
    """The size of a name in words, a CJK character counting half a word (a commenter's name is a
    word or three; a headline with its date is longer)."""
    cjk = len(_CJK_RE.findall(name))
    return len(_LETTER_WORDS_RE.findall(_CJK_RE.sub(" ", name))) + cjk / 2


def comment_signature(text: str) -> tuple[str, frozenset, str] | None:
    """A comment's header or footer line: ("said" | "dated", its words, the name part), else None
    (rules.boilerplate COMMENT_LIST_*)."""
    if len(text) > B.COMMENT_LIST_LINE_MAX_CHARS:
        return None
    rest, n = _CL_TIME_RE.subn(" ", text)
    dated = False
    if n:
        rest, n = _CL_DATE_RE.subn(" ", rest)
        dated = n > 0
    elif _CL_AGO_HINT(text) and _CL_AGO_RE.search(text):
        rest, dated = _CL_AGO_RE.sub(" ", text), True   # "3 hours ago": a date and a time of day in one
    elif not _CL_DATE_RE.search(text) and text.rstrip(_CL_STRIP)[-1:].isdigit():
        return None
    else:
        rest = _CL_DATE_RE.sub(" ", text)
    bare = rest.strip(_CL_STRIP)
    words = _LETTER_WORDS_RE.findall(bare.lower())
    m = _CL_LABEL_RE.match(bare)
    if m is not None:   # "Комментарии нашего читателя: гость" (a comment label, a colon, the name)
        name = m.group("name").strip(_CL_STRIP)
        if (name and len(name.split()) <= B.COMMENT_LIST_NAME_MAX_WORDS and _LETTER_WORDS_RE.search(name)
                and not _SENTENCE_END_RE.search(name)):
            return ("label", frozenset(words), name.lower())
        return None
    m = _CL_SAID_RE.search(bare)
    if m is not None:
        name = bare[:m.start()].strip(_CL_STRIP)
        if name and len(name.split()) <= B.COMMENT_LIST_NAME_MAX_WORDS and not _SENTENCE_END_RE.search(name):
            return ("dated" if dated else "said", frozenset(words), name.lower())
        return None
    if dated and 1 <= len(words) <= B.COMMENT_LIST_NAME_MAX_WORDS:
        return ("dated", frozenset(words), " ".join(words))
    return None


_CL_SCORE_RE = re.compile(B.COMMENT_LIST_SCORE)


def _cited_name(p: Para) -> bool:
    """The line is all of a <cite> that is the only element of its block, no text beside it: a
    comment's header as WordPress and Disqus print it (<div><cite><span>kma99</span></cite></div>)."""
    c = _sole_child(p)
    return c is not None and c.tag == "cite"


def _cl_sig(el: etree._Element) -> tuple:
    """An element's markup as a template prints it: tag and classes (numbers left out: "c169900")."""
    return (el.tag, tuple(_CL_DIGITS_RE.sub("", el.get("class") or "").split()),
            _CL_DIGITS_RE.sub("", el.get("id") or "")[:1])


def _cl_top(el: etree._Element, parent: etree._Element):
    """The child of ``parent`` that holds ``el`` (None if el is not below it)."""
    while el is not None:
        up = el.getparent()
        if up is parent:
            return el
        el = up
    return None


def _comment_lists(paras: list[Para], removals: list[Removal], stage: str, cites: bool = True) -> None:
    """Mark the lines of reader-comment lists that no class name gives away: runs of sibling items,
    each with a signature line of one template (rules.boilerplate COMMENT_LIST_*). ``cites``: the
    page has a <cite> (its TagIndex; without one, no line is a name set alone in one)."""
    groups: dict = {}
    # (a cheap screen, inlined: a signature line has a time of day or ends with a verb of saying)
    max_chars, has_time, said_last, said_cjk, strip = (B.COMMENT_LIST_LINE_MAX_CHARS, _CL_TIME_RE.search,
                                                       _CL_SAID_LAST, _CL_SAID_CJK, _CL_STRIP)
    label = _CL_LABEL_RE.match
    ago_hint = _CL_AGO_HINT
    for i, p in enumerate(paras):
        t = p.text
        if len(t) > max_chars:
            continue
        if t.endswith(")") and not p.removed and p.block is not None:
            m = _CL_SCORE_RE.search(t)
            if m is not None:
                # a moderated comment's title with its score, "Re:Exit Interviews (Score:5, Insightful)": the
                # score stands for the name (a title is as long as a headline, which the name check keeps out)
                score = m.group().strip(" ()").lower()
                groups.setdefault(("said", _cl_sig(p.block)), []).append(
                    (i, ("said", frozenset(_LETTER_WORDS_RE.findall(score)), score)))
                continue
        if (cites and len(t) <= B.COMMENT_LIST_CITE_MAX_CHARS and len(t.split()) <= B.COMMENT_LIST_NAME_MAX_WORDS
                and not p.removed and _cited_name(p)):
            # the commenter's name set alone in a <cite> (WordPress's comment template, Disqus's)
            words = _LETTER_WORDS_RE.findall(t.lower())
            groups.setdefault(("said", _cl_sig(p.block)), []).append((i, ("said", frozenset(words), t.lower())))
            continue
        if not (":" in t and has_time(t) or ago_hint(t)):
            tail = t.rstrip(strip)
            if not tail or not (tail.endswith(said_cjk) or tail.rsplit(None, 1)[-1].lower().rstrip(strip) in said_last
                                or (":" in t or "：" in t) and label(t)):
                continue
        if p.removed or p.block is None or p.heading and p.tag in ("h1", "h2"):
            continue
        sig = comment_signature(t)
        if sig is None and i > 0 and paras[i - 1].block is p.block and not paras[i - 1].removed:
            # the name and the time on two lines of one block (<p><span>Alcalino</span><br><span>Hace
            # 28 minutos</span></p>): the signature is the two read as one line
            sig = comment_signature(paras[i - 1].text + " " + t)
        if sig is not None:
            groups.setdefault((sig[0], _cl_sig(p.block)), []).append((i, sig))
    if not groups:
        return
    long_lines = [i for i, p in enumerate(paras) if not p.removed and len(p.text) >= B.COMMENT_LIST_LONG_CHARS]
    for (kind, _), members in groups.items():
        if len(members) < B.COMMENT_LIST_MIN_ITEMS:
            continue
        # the template's constant words: those of half the lines or more (and of three or more); the
        # lines of one template share them ("Posted by: … at", "(gość)"); what is left is the name,
        # which a comment signature has ("Tracked on <date>", a trackback's line, names no one)
        counts: dict = {}
        for _, sig in members:
            for w in sig[1]:
                counts[w] = counts.get(w, 0) + 1
        frame_words = {w for w, c in counts.items() if c >= B.COMMENT_LIST_MIN_ITEMS and c * 2 >= len(members)
                       and w not in _CL_GUEST_NAMES}
        templates: dict = {}
        for i, sig in members:
            frame = sig[1] & frame_words if kind == "dated" else frozenset()   # ("said", "label": the name is known)
            name = sig[2] if kind != "dated" else " ".join(w for w in sig[2].split() if w not in frame)
            if name:
                templates.setdefault(frame, []).append((i, name))
        for members in templates.values():
            if len(members) < B.COMMENT_LIST_MIN_ITEMS:
                continue
            sizes = sorted(_name_units(name) for _, name in members)
            if sizes[len(sizes) // 2] > B.COMMENT_LIST_NAME_MEDIAN_WORDS:
                continue   # headlines with their dates (a list of related stories), not names
            _comment_run(paras, members, kind, long_lines, removals, stage)
            # two lists of one template on one page (the readers' comments and a box of the anonymous
            # ones): their items meet only high up, as two; each list with items enough is asked alone
            lists: dict = {}
            for m in members:
                lists.setdefault(paras[m[0]].block.getparent(), []).append(m)
            if len(lists) > 1:
                for sub in lists.values():
                    if len(sub) >= B.COMMENT_LIST_MIN_ITEMS and not any(paras[i].removed for i, _ in sub):
                        _comment_run(paras, sub, kind, long_lines, removals, stage)


def _comment_run(paras: list[Para], members: list, kind: str, long_lines: list, removals: list[Removal],
                 stage: str) -> None:
    blocks = [paras[i].block for i, _ in members]
    # the parent of the items: the deepest element above every signature line
    path = [blocks[0], *blocks[0].iterancestors()]
    common = set(path)
    for b in blocks[1:]:
        common &= {b, *b.iterancestors()}
    parent = next(a for a in path if a in common)
    if parent in blocks:
        return
    tops = []
    for b in blocks:
        top = _cl_top(b, parent)
        if not tops or tops[-1] is not top:
            tops.append(top)
    # the parent's children that hold lines of the page, in order, and the lines of each
    lines_of: dict = {}
    for j, p in enumerate(paras):
        if p.block is not None:
            top = _cl_top(p.block, parent)
            if top is not None:
                lines_of.setdefault(top, []).append(j)
    children = [c for c in parent if c in lines_of]
    pos = {c: k for k, c in enumerate(children)}
    top_pos = [pos[t] for t in tops if t in pos]
    # runs of items: consecutive items with at most COMMENT_LIST_MAX_GAP children of text between them
    # (a gap that holds half the page's long lines or more is the story between two signature lines)
    long_set = set(long_lines)

    def long_in(lo: int, hi: int) -> int:
        return sum(1 for c in children[lo:hi] for j in lines_of[c] if j in long_set)

    runs, run = [], [top_pos[0]]
    for k in top_pos[1:]:
        if k - run[-1] - 1 <= B.COMMENT_LIST_MAX_GAP and long_in(run[-1] + 1, k) * 2 < len(long_lines):
            run.append(k)
        else:
            runs.append(run)
            run = [k]
    runs.append(run)
    names = {name for _, name in members}
    member_lines = {i for i, _ in members}
    for run in runs:
        if len(run) < B.COMMENT_LIST_MIN_ITEMS or (len(names) < 2 and not names <= _CL_GUEST_NAMES):
            continue
        first, last = run[0], run[-1]
        gap_sigs = {_cl_sig(children[k]) for k in range(first, last + 1) if k not in run}
        if gap_sigs:
            # a footer template (the comment, then its signature) or a header one: the text block
            # on one side of the run, in the markup of the gaps, is the first (last) comment's
            before = first > 0 and _cl_sig(children[first - 1]) in gap_sigs
            after = last + 1 < len(children) and _cl_sig(children[last + 1]) in gap_sigs
            if before and not after and long_in(first - 1, first) * 2 < len(long_lines):
                first -= 1
            elif after and not before and long_in(last + 1, last + 2) * 2 < len(long_lines):
                last += 1
        span = children[first:last + 1]
        lines = [j for c in span for j in lines_of[c]]
        inside = set(lines)
        said = [j for j in lines if j not in member_lines and not paras[j].removed and paras[j].link_ratio < 0.5]
        if len(said) * 2 < len(run):
            continue   # items without a text of their own: a list of dated links, not of comments
        if not any(j not in inside for j in long_lines):
            continue   # all the page's long prose: the list is the page's content
        start = min(lines)
        if not any(not q.removed and q.link_ratio < 0.5 and len(q.text) >= B.COMMENT_LIST_STORY_LINE_CHARS
                   for q in paras[:start]):
            continue   # no story before it: a list of posts (a blog's front page, a forum's thread), the content
        if kind == "said":
            # undated "X said," lines, as a story's quotes are ("The minister said:" + the quote):
            # only a box of its own, no long prose beside the run in its parent
            if any(j not in inside and j in long_set for c in children for j in lines_of[c]):
                continue
        # the heading over the list ("Komentarze (15)") and the short lines between it and the list
        # ("Wyświetl od:"): the lines right before it in the same parent
        j, head = min(lines) - 1, []
        while j >= 0 and len(head) < 6:
            q = paras[j]
            if q.block is None or not (q.block is parent or _cl_top(q.block, parent) is not None):
                break
            if not q.removed:
                if _words(q.text) > B.COMMENT_LIST_HEADING_MAX_WORDS or _SENTENCE_END_RE.search(q.text):
                    break   # a sentence: the story's last line ("Share them in the comments below.")
                head.append(j)
            j -= 1
        named = [k for k, j in enumerate(head) if _CL_HEADING_RE.search(paras[j].text)]
        if named:
            lines = head[:named[-1] + 1] + lines   # (up to the farthest line that names the comments)
        for j in sorted(set(lines)):
            if not paras[j].removed:
                mark_removed(paras[j], COMMENT_LIST_RULE, removals, stage)
