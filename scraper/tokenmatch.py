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
        self.by_first = {c: re.compile(f"(?:{'|'.join(alts + anywhere)}){tail}", flags) for c, alts in groups.items()}
        self.other = re.compile(f"(?:{'|'.join(anywhere)}){tail}", flags) if anywhere else None

    def match(self, tok: str) -> bool:
        if self.neg is not None and self.neg.match(tok) is None:
            return False
        by_first, other = self.by_first, self.other
        n = len(tok)
        pos = 0
        while pos < n:
            rx = by_first.get(tok[pos], other)
            if rx is not None and rx.fullmatch(tok, pos):
                return True
            m = _ALNUM_RE.match(tok, pos)   # one more "word-" segment of the prefix
            if m is None:
                return False
            e = m.end()
            if e >= n or tok[e] not in "-_":
                return False
            if tok[e] == "_" and e + 1 < n and tok[e + 1] == "_":
                # "word__": the core may also start at the second "_" ("word_" + "_…")
                rx = by_first.get("_", other)
                if rx is not None and rx.fullmatch(tok, e + 1):
                    return True
                pos = e + 2
            else:
                pos = e + 1
        return False
