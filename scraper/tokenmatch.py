"""Fast exact matching of the class/id token rules (``scraper.rules``): same answers as the rule
regexes, several times faster on the tokens that match nothing (most of them).

The token rules have one shape: ``^(?!negations)(?:[a-z0-9]+(?:[-_]|__))*?(?:CORE)TAIL$`` — any
number of leading ``word-`` segments, then one of many alternatives (CORE), then an optional
tail. Python's ``re`` tries every alternative at every segment start. Here the alternatives are
grouped by their first letter once, at import, and each segment start tries only the group of
its own first character (plus the few alternatives that start with a character class).
tests/test_tokenmatch.py checks the answers against the regexes themselves.
"""
from __future__ import annotations

import re

_PREFIX = r"(?:[a-z0-9]+(?:[-_]|__))*?(?:"
_ALNUM_RE = re.compile(r"[a-z0-9]+")


def _split_top(alternation: str) -> list[str]:
    """Split a regex alternation on its top-level ``|`` (not inside groups or classes)."""
    out, depth, cls, esc, cur = [], 0, False, False, []
    for ch in alternation:
        if esc:
            cur.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
        elif cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


class TokenMatcher:
    """``match(token)`` is True exactly when ``rx.match(token)`` is (token lower-cased)."""

    def __init__(self, rx: re.Pattern):
        pat = rx.pattern
        self.rx = rx
        i = pat.find(_PREFIX)
        if not pat.startswith("^") or i < 0:
            raise ValueError(f"not a token rule: {pat[:60]}")
        neg = pat[1:i]
        self.neg = re.compile(neg) if neg else None   # a lookahead: matches when NOT negated
        body = pat[i + len(_PREFIX):]
        depth, j = 1, 0
        while depth:   # the end of the CORE group
            ch = body[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "[":
                j = body.index("]", j + 1)
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            j += 1
        core, tail = body[: j - 1], body[j:]
        if not tail.endswith("$"):
            raise ValueError(f"not a token rule: {pat[:60]}")
        tail = tail[:-1] + r"\Z"
        groups: dict[str, list[str]] = {}
        anywhere: list[str] = []
        for alt in _split_top(core):
            if alt[:1].isalnum():
                groups.setdefault(alt[0].lower(), []).append(alt)
            else:
                anywhere.append(alt)
        flags = rx.flags
        # literals one of which a matching token holds (at a segment start unless "anywhere"): see
        # required_stems; None when an alternative does not start with literals
        stems: set | None = set()
        for alt in _split_top(core):
            found = required_stems(alt, flags)
            if found is None:
                stems = None
                break
            stems |= found
        self.stems = stems
        self.by_first = {c: re.compile(f"(?:{'|'.join(alts + anywhere)}){tail}", flags) for c, alts in groups.items()}
        self.other = re.compile(f"(?:{'|'.join(anywhere)}){tail}", flags) if anywhere else None
        # A faster path for an ASCII token that holds none of the literals of the alternatives that
        # start with a character class (``[a-z0-9]*caption``: "anywhere"): only the grouped
        # alternatives can match, and only at a segment whose first two characters start one of
        # them (``heads``; the first characters in ``wide`` have an alternative with a shorter or
        # unreadable start and are tried at every segment). Most segments of most tokens then
        # cost a set lookup instead of a regex (required_stems reads the literals).
        any_stems: set | None = set()
        for alt in anywhere:
            found = required_stems(alt, flags)
            if found is None:
                any_stems = None
                break
            any_stems |= found
        self.plain = {c: re.compile(f"(?:{'|'.join(alts)}){tail}", flags) for c, alts in groups.items()}
        self.heads: set[str] = set()
        self.wide: set[str] = set()
        for c, alts in groups.items():
            for alt in alts:
                found = required_stems(alt, flags)
                if found is None or any(not anchored or len(s) < 2 for s, anchored in found):
                    self.wide.add(c)
                else:
                    self.heads.update(s[:2] for s, _ in found)
        # (None, the fast path never taken: no anywhere alternatives, where match() tries a regex
        # only at the segments that start a group already; or their literals cannot be read)
        self.any_screen = re.compile(_trie(s for s, _ in any_stems)) if anywhere and any_stems else None

    def match(self, tok: str) -> bool:
        if self.neg is not None and self.neg.match(tok) is None:
            return False
        # (the faster path: a lower-case ASCII token, what domrules._token_rule passes, that holds no
        # literal of an anywhere alternative; ``heads`` are lower case)
        if self.any_screen is not None and tok.isascii() and tok.islower() and self.any_screen.search(tok) is None:
            by_first, other, heads, wide = self.plain, None, self.heads, self.wide
        else:
            by_first, other, heads, wide = self.by_first, self.other, None, None
        n = len(tok)
        pos = 0
        while pos < n:
            c = tok[pos]
            rx = by_first.get(c, other)
            if rx is not None and (heads is None or c in wide or tok[pos:pos + 2] in heads) and rx.fullmatch(tok, pos):
                return True
            m = _ALNUM_RE.match(tok, pos)   # one more "word-" segment of the prefix
            if m is None:
                return False
            e = m.end()
            if e >= n or tok[e] not in "-_":
                return False
            if tok[e] == "_" and e + 1 < n and tok[e + 1] == "_":
                # "word__": the core may also start at the second "_" ("word_" + "_…"; only an
                # anywhere alternative can: never on the faster path)
                rx = by_first.get("_", other)
                if rx is not None and rx.fullmatch(tok, e + 1):
                    return True
                pos = e + 2
            else:
                pos = e + 1
        return False


try:   # the regex parser of the standard library (``re._parser`` since 3.11)
    from re import _constants as _sre_c, _parser as _sre_parse
except ImportError:   # pragma: no cover
    import sre_constants as _sre_c
    import sre_parse as _sre_parse

_ZERO_WIDTH = {_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT}
_REPEATS = {_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", _sre_c.MAX_REPEAT)}


def _stems_of(seq, anchored: bool = True) -> set[tuple[str, bool]] | None:
    """(literal, anchored) pairs such that every match of the parsed (sub)pattern contains one of
    the literals, starting where the match starts when ``anchored`` (no optional repeat was
    skipped before it); None when the pattern does not start with literals (after anchors,
    lookarounds and optional repeats)."""
    ops = list(seq)
    i = 0
    while i < len(ops):
        op, av = ops[i]
        if op in _REPEATS and av[0] == 0:
            anchored = False
        elif op not in _ZERO_WIDTH:
            break
        i += 1
    if i == len(ops):
        return None
    op, av = ops[i]
    if op == _sre_c.LITERAL:
        run = []
        while i < len(ops) and ops[i][0] == _sre_c.LITERAL:
            run.append(chr(ops[i][1]))
            i += 1
        return {("".join(run), anchored)}
    if op == _sre_c.SUBPATTERN:
        return _stems_of(av[-1], anchored)
    if op == _sre_c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:
            s = _stems_of(alt, anchored)
            if s is None:
                return None
            out |= s
        return out
    if op in _REPEATS:   # a repeat of at least one: its item is there
        return _stems_of(av[2], anchored)
    return None


def required_stems(pattern: str, flags: int = 0) -> set[tuple[str, bool]] | None:
    """(literal, anchored) pairs, lower case: every string the pattern matches (``match`` on a
    lower-cased ASCII token) contains one of the literals, at the start of the match when
    anchored. None when they cannot be read off the pattern."""
    stems = _stems_of(_sre_parse.parse(pattern, flags))
    if stems is None or not all(s and s.isascii() for s, _ in stems):
        return None
    return {(s.lower(), a) for s, a in stems}


def _trie(words, longest: bool = False) -> str:
    """A regex for any of the literal ``words``, as nested groups by first character (Python's
    ``re`` then rejects a position on its first character instead of trying every word).
    ``longest``: the same matches as the plain alternation longest first (a word that ends inside
    a longer one is tried after it, greedily), for callers that read the match's span; otherwise
    the shorter word is enough to find."""
    words = sorted(set(words))
    ends = "" in words
    if ends and not longest:
        return ""   # a word ends here: the shorter one is enough to find
    by_first: dict[str, list[str]] = {}
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
    if not by_first:
        return ""
    alts = [re.escape(c) + _trie(rest, longest) for c, rest in sorted(by_first.items())]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if not ends:
        return body
    return (body if len(alts) > 1 else "(?:" + body + ")") + "?"
