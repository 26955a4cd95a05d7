"""The second look at the first choice (rules.container, each recorded as a decision for
``--explain``): a fragment grows to its parent or its split-off siblings, a choice that disagrees
with JSON-LD ``articleBody`` or the description gives way to a better candidate, the story's
opening or standfirst in a box of its own joins it."""
from __future__ import annotations

from . import domrules, textlines
from .article import Removal
from .rules import container as RC
from .textnorm import fold
from .choice import (
    _agreement, _decision, _one_of_many, _para_value, _SENTENCE_END_RE, _share_in, _tokens, _units, _word_set,
)
from .assemble import _assemble, _lines, _table_intro


def _reconsider(kept: list[textlines.Para], best, scores: dict, meta: dict, title_f: str):
    """A second look at the first choice (rules: scraper.rules.container). Returns the elements that
    hold the story (the choice, or its parent, plus split-off parts), the decisions taken, and the
    story's lines with the removals of their assembly."""
    decisions: list[Removal] = []
    if best is None:
        removed: list[Removal] = []
        return (), decisions, _assemble(kept, set(), title_f, removed), removed
    paras = [p for p in kept if p.block is not None]
    one = _one_of_many(best, scores, title_f)
    if one is not None:   # one story of several appended on the page: the one the title names
        decisions.append(_decision(RC.ONE_OF_MANY, one, f"{textlines.describe(best)} holds several <article>s "
                                   f"with their own h1; the one whose h1 says the title", paras, {one}))
        best = one
    members = [best]
    # a single paragraph: its parent holds the story when the parent's other lines are text
    parent = best.getparent()
    single = best.tag in RC.PARAGRAPH_TAGS   # a paragraph element chosen: a fragment if it holds one line or two
    if single and sum(1 for p in paras if p.ancestors and p.ancestors[0] is best) > RC.PARAGRAPH_MAX_LINES:
        single = False
        parent = None   # a paragraph holding the whole story in lines cut by <br>: it stays alone
    if single and parent is not None and parent.tag != "html":
        text_chars = link_chars = own_chars = 0
        prose, alike = False, True   # (the other text lines: one of prose, all in paragraphs beside the choice)
        for p in paras:
            if parent in p.ancestors:
                if best in p.ancestors:
                    own_chars += len(p.text)
                elif p.link_ratio > 0.5:
                    link_chars += len(p.text)
                else:
                    text_chars += len(p.text)
                    prose = prose or _para_value(p) > 0
                    alike = alike and p.block is not None and p.block.tag == best.tag and p.block.getparent() is parent
        # (or, when the parent's other text lines are paragraphs beside the choice, one of them prose, with the
        # choice's own text: a short story's last sentence after one linked headline set into it outweighed
        # it, a written probe of Arabic news, 2026-12-07)
        if text_chars and (text_chars >= RC.PARAGRAPH_TEXT_VS_LINKS * link_chars or (
                prose and alike and text_chars + own_chars >= RC.PARAGRAPH_TEXT_VS_LINKS * link_chars)):
            members = [parent]
            decisions.append(_decision(RC.PARAGRAPH_PARENT, parent, f"{textlines.describe(best)} -> its parent "
                                       f"({text_chars} chars of other text lines, {link_chars} of links)",
                                       paras, {parent}))
    # a body cut in parts: siblings of the same tag and class that score as story join
    el = members[0]
    parent = el.getparent()
    if parent is not None and el.tag not in ("body", "html") and (single or el.tag not in RC.PARAGRAPH_TAGS):
        cls = el.get("class")
        for sib in parent:
            if sib is el or sib.tag != el.tag or sib.get("class") != cls:
                continue
            if scores.get(sib, 0.0) > RC.SPLIT_MIN_SCORE:
                why = f"score {scores[sib]:.0f}"
            else:   # a part that ends the story with a promo line: its own prose paragraph says it is story
                if not cls and el.tag in RC.SPLIT_LAYOUT_TAGS:
                    continue   # (boxes named by no class are a layout's regions: a sidebar's cell or div)
                prose = max((_para_value(p) for p in paras if sib in p.ancestors), default=0.0)
                if prose < RC.SPLIT_PROSE_LINE:
                    continue
                why = f"a prose line valued {prose:.0f}"
            members.append(sib)
            decisions.append(_decision(RC.SPLIT_BODY, sib, f"+ {textlines.describe(sib)} ({why}), a sibling of "
                                       f"the same tag and class", paras, {sib}))
    intro = _table_intro(el, paras) if el.tag in ("table", "tbody") else []
    if intro:
        members.extend(intro)
        decisions.append(_decision(RC.TABLE_INTRO, intro[0], f"+ {len(intro)} paragraph(s) right before the table "
                                   f"{textlines.describe(el)}", paras, set(intro)))
    if len(members) == 1 and el.tag not in RC.PARAGRAPH_TAGS and el.tag not in ("body", "html", "table", "tbody"):
        after = _trailing_sections(el, paras)
        if after:   # the story's sections after its box: a sub-heading over a table or a list (RC.TRAILING_SECTION)
            members.extend(after)
            decisions.append(_decision(RC.TRAILING_SECTION, after[0], f"+ {len(after) // 2} sub-heading(s) with the "
                                       f"table or list under each, right after {textlines.describe(el)}", paras, set(after)))
    if el.get("class") and el.tag not in RC.PARAGRAPH_TAGS and el.tag not in ("body", "html"):
        lede = _lede_box(paras, el, members, scores, meta.get("descriptions") or ())
        if lede is not None:
            members.append(lede)
            decisions.append(_decision(RC.LEDE_BOX, lede, f"+ {textlines.describe(lede)}, a box of the same tag and "
                                       f"class before it that says the page's description", paras, {lede}))
    if single and len(members) > RC.BETWEEN_MIN_PARTS and parent is not None:
        # a story of many paragraphs, one element each: what stands between them is story too (its
        # sub-headings, short lines, lists); link lines and the rules' removals still drop
        pos = {id(c): i for i, c in enumerate(parent)}
        at = sorted(pos[id(m)] for m in members)
        joined = set(map(id, members))
        between = [c for c in parent[at[0]:at[-1]] if isinstance(c.tag, str) and id(c) not in joined]
        # ... and the paragraphs of the parts' tag right before the first part, with no link in them (its
        # opening sentence, too short to score as a part: beside RC.BETWEEN_MIN_PARTS)
        lined: dict = {}   # (a block of the parent: are all its lines text, no link or heading)
        for p in paras:
            if p.block is not None and p.block.getparent() is parent:
                lined[p.block] = lined.get(p.block, True) and p.link_ratio == 0 and not p.heading
        opening = 0
        for c in reversed(parent[:at[0]]):
            if not isinstance(c.tag, str) or (c not in lined and not len(c) and not (c.text or "").strip()):
                continue
            if c.tag != el.tag or not lined.get(c):
                break
            between.append(c)
            opening += 1
        if between:
            members.extend(between)
            decisions.append(_decision(RC.SPLIT_BETWEEN, parent, f"+ {len(between) - opening} element(s) between the "
                                       f"{len(at)} parts" + (f" and {opening} right before the first" if opening else "")
                                       + f" in {textlines.describe(parent)}", paras, set(between)))
    members_set = set(members)
    removed = []
    lines = _assemble(kept, members_set, title_f, removed)
    # the publisher's JSON-LD articleBody says the story is much longer: ancestors and next candidates
    ld = meta.get("article_body") or ""
    body_chars = sum(len(x) for x in lines)
    if len(ld) >= RC.LD_MIN_CHARS and (single or not (
            RC.LD_SAME_LENGTH[0] * len(ld) <= body_chars <= RC.LD_SAME_LENGTH[1] * len(ld))):
        fragment = single or body_chars < RC.LD_SHORT * len(ld)
        gain = RC.LD_MIN_GAIN_FRAGMENT if fragment else RC.LD_MIN_GAIN
        ref = _tokens(ld)
        ref_n = sum(ref.values())
        now, now_r = _agreement(lines, ref, ref_n) if ref_n else (1.0, 1.0)
        preview = now_r >= RC.LD_PREVIEW_RECALL and body_chars > RC.LD_PREVIEW_RATIO * len(ld)
        if now < 1.0 - gain and not preview:
            cands = [a for a in members[0].iterancestors() if a.tag != "html"][:RC.LD_ANCESTORS]
            cands += [e for e, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.LD_CANDIDATES]
                      if s > 0 and e not in members_set and e not in cands]
            top, top_f1 = None, now
            for cand in cands:
                cl = _lines(paras, {cand}, title_f)
                f1 = _agreement(cl, ref, ref_n)[0]
                if f1 > top_f1:
                    top, top_f1 = cand, f1
            if top is not None and top_f1 >= now + gain:
                decisions.append(_decision(RC.LD_BODY, top, f"{textlines.describe(members[0])} -> "
                                           f"{textlines.describe(top)}: token F1 against the JSON-LD articleBody "
                                           f"{now:.2f} -> {top_f1:.2f}", paras, {top}))
                members, members_set, lines = [top], {top}, None
    if lines is None:   # the members changed: assemble again, recording what the lines drop
        removed = []
        lines = _assemble(kept, members_set, title_f, removed)
    # the page's description is not in the choice at all, but is in another candidate
    desc = meta.get("description") or ""
    if not decisions and _units(desc) >= RC.DESC_MIN_UNITS and _units("".join(lines)) < RC.DESC_SMALL_BODY:
        want = _word_set(desc)
        if len(want) >= RC.DESC_MIN_WORDS:
            now = _share_in(want, lines)
            if now < RC.DESC_LOW:
                for cand, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.DESC_CANDIDATES]:
                    if s <= 0 or cand in members_set:
                        continue
                    cl = _lines(paras, {cand}, title_f)
                    cov = _share_in(want, cl)
                    if cov >= RC.DESC_HIGH and _units("".join(cl)) >= RC.DESC_MORE * _units(desc):
                        decisions.append(_decision(RC.DESC_BODY, cand, f"{textlines.describe(members[0])} holds "
                                                   f"{now:.0%} of the description's words -> "
                                                   f"{textlines.describe(cand)} holds {cov:.0%}", paras, {cand}))
                        members, members_set = [cand], {cand}
                        removed = []
                        lines = _assemble(kept, members_set, title_f, removed)
                        break
    # the choice says nothing of the headline: a candidate that does
    if not decisions and lines:
        want = {w for w in _word_set(meta.get("title") or "") if not w.isdigit()}
        if len(want) >= RC.TITLE_MIN_WORDS:
            now = _share_in(want, lines)
            top = max(scores.get(members[0], 0.0), 1.0)
            if now <= RC.TITLE_LOW:
                for cand, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.TITLE_CANDIDATES]:
                    if s < RC.TITLE_MIN_SCORE * top:
                        break   # (sorted: the rest score less)
                    # (a box apart from the choice: not inside it, not around it, where the headline's
                    # own box would bring the words in with the page's furniture)
                    if s <= 0 or cand in members_set or any(m in members_set for m in cand.iterancestors()) \
                            or any(cand in m.iterancestors() for m in members_set):
                        continue
                    cl = _lines(paras, {cand}, title_f)
                    cov = _share_in(want, cl)
                    if cov >= RC.TITLE_HIGH and _units("".join(cl)) >= RC.TITLE_MIN_UNITS:
                        decisions.append(_decision(RC.TITLE_BODY, cand, f"{textlines.describe(members[0])} holds "
                                                   f"{now:.0%} of the title's words -> "
                                                   f"{textlines.describe(cand)} holds {cov:.0%} (score "
                                                   f"{s / top:.2f} of the choice's)", paras, {cand}))
                        members, members_set = [cand], {cand}
                        removed = []
                        lines = _assemble(kept, members_set, title_f, removed)
                        break
    # nothing of the story in the choice: the next candidate that has some
    if not lines:
        for cand, s in sorted(scores.items(), key=lambda kv: -kv[1])[:RC.NEXT_CANDIDATES]:
            if s <= 0 or cand in members_set:
                continue
            cl = _lines(paras, {cand}, title_f)
            if cl:
                decisions.append(_decision(RC.NEXT_CANDIDATE, cand, f"{textlines.describe(members[0])} gave no "
                                           f"story line -> {textlines.describe(cand)}", paras, {cand}))
                members, members_set = [cand], {cand}
                removed = []
                lines = _assemble(kept, members_set, title_f, removed)
                break
    return tuple(members), decisions, lines, removed


def _trailing_sections(el, paras: list[textlines.Para]) -> list:
    """The siblings right after the chosen box that are the story's own closing sections: each a sub-heading
    (RC.TRAILING_HEADING_TAGS) over a table, a list or a definition list (RC.TRAILING_CONTENT_TAGS), every line of
    both kept and no link line (a "Related" heading over its links stops it). A museum's object page, its
    description in div.opis, then "<h2>Metryczka</h2><table>" of the object's facts (a written probe of recall-hard
    pages, 2026-12-07, lost the table)."""
    out: list = []
    sib = el.getnext()
    while sib is not None and len(out) < 2 * RC.TRAILING_MAX_SECTIONS:
        if not isinstance(sib.tag, str):
            sib = sib.getnext()
            continue
        if sib.tag not in RC.TRAILING_HEADING_TAGS:
            break
        nxt = sib.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is None or nxt.tag not in RC.TRAILING_CONTENT_TAGS:
            break
        head = [p for p in paras if p.block is sib]
        body = [p for p in paras if p.ancestors and nxt in p.ancestors]
        # (the lines are the kept ones: a box a rule took out has none, and ends it here)
        if len(head) != 1 or not body or any(p.link_ratio >= 0.3 for p in (*head, *body)):
            break
        out += [sib, nxt]
        sib = nxt.getnext()
    return out


def _description_words(descriptions) -> list[set]:
    """The word sets of the page's descriptions that have RC.LEAD_MIN_WORDS words or more (the
    standfirst and the lede box are recognised by them)."""
    return [w for w in (set(domrules.WORD3_RE.findall(fold(d))) for d in descriptions) if len(w) >= RC.LEAD_MIN_WORDS]


def _lede_box(paras: list[textlines.Para], el, members: list, scores: dict, descriptions):
    """A box of ``el``'s tag and class attribute, apart from the members (neither inside nor around
    one) and in the same <article> as ``el`` (or in none, as ``el``), that comes before ``el``,
    scores as story, holds no link line and has a line that says one of the page's descriptions, or
    ends right before ``el`` and holds paragraphs of prose (RC.LEDE_BOX, RC.LEDE_BOX_GAP_LINES). None
    if there is none."""
    tag, cls = el.tag, el.get("class")
    cands = [c for c, s in scores.items() if s > RC.SPLIT_MIN_SCORE and c.tag == tag and c is not el
             and c.get("class") == cls]
    if not cands:
        return None
    descs = _description_words(descriptions)
    first = next((i for i, p in enumerate(paras) if el in p.ancestors), None)
    if first is None:
        return None
    story = next(el.iterancestors("article"), None)
    for c in cands:
        if any(c is m or c in m.iterancestors() or m in c.iterancestors() for m in members):
            continue
        if next(c.iterancestors("article"), None) is not story:
            continue   # another <article>: another story on the page (scroll.in's next story, sponsored)
        lines = [(i, p) for i, p in enumerate(paras) if c in p.ancestors]
        if not lines or lines[-1][0] >= first:
            continue
        if any(p.link_ratio > RC.LEDE_BOX_MAX_LINK_RATIO for _, p in lines):
            continue
        # ... or, right before the choice (RC.LEDE_BOX_GAP_LINES), several paragraphs of prose
        gap = paras[lines[-1][0] + 1:first]
        if (len(gap) <= RC.LEDE_BOX_GAP_LINES and not any(_para_value(p) >= RC.SPLIT_PROSE_LINE for p in gap)
                and sum(_para_value(p) >= RC.SPLIT_PROSE_LINE for _, p in lines) >= RC.LEDE_BOX_PROSE_LINES):
            return c
        for _, p in lines:
            words = set(domrules.WORD3_RE.findall(textlines.folded(p)))
            if len(words) >= RC.LEAD_MIN_WORDS and any(len(words & d) >= RC.LEAD_SHARE * len(d) for d in descs):
                return c   # (the description's words in the line: it may be the line cut short, "…")
    return None


def _lead_named(p: textlines.Para, name_re=RC.LEAD_NAME_RE):
    """The line's block, or a box RC.LEAD_NAMED_LEVELS levels up, that is named as the standfirst (``name_re``),
    or None."""
    for el in p.ancestors[:RC.LEAD_NAMED_LEVELS + 1]:
        get = el.get
        prop = get("itemprop")
        if prop and prop.strip().lower() in ("description", "abstract"):
            return el
        # (or named by the id of its heading: BBC Simorgh's live page, <section aria-labelledby="summary-heading">)
        for value in (get("class"), get("id"), get("aria-labelledby")):
            if value and any(name_re.match(t) for t in value.split()):
                return el
    return None


def _lead(kept: list[textlines.Para], members, descriptions: list[str], title_words: set, facts: dict):
    """(line, why) of the standfirst in a box of its own, just before the first line of the story and
    outside its box: a line that says one of the page's descriptions, is named as the standfirst,
    or stands between the headline and the story. None if there is none."""
    if not members:
        return None
    descs = _description_words(descriptions)
    member_set = set(members)
    first = next((i for i, p in enumerate(kept) if not member_set.isdisjoint(p.ancestors)), None)
    if first is None:
        return None
    # in the same part of the page as the story: the two boxes meet a few levels up
    box = members[0]
    near = set(box.iterancestors()) if box is not None else set()
    counted = 0
    for p in reversed(kept[max(0, first - RC.LEAD_LINES_SCANNED):first]):
        if p.link_ratio > 0.3 and len(p.text.split()) <= RC.LEAD_SKIPPED_LINK_WORDS:
            continue   # (a tab's, a menu's link: not counted, RC.LEAD_SKIPPED_LINK_WORDS)
        counted += 1
        if counted > RC.LEAD_LINES_BEFORE:
            break
        if p.link_ratio > 0.3 or p.block is None or not p.ancestors:
            continue
        lead_box = p.block
        # (a heading only when written as a sentence and named as the standfirst by its itemprop or as Turkish
        # dailies name it, <h2 class="haber-spot">: RC.LEAD_HEADING_NAME_RE)
        named_heading = p.heading and _SENTENCE_END_RE.search(p.text) and _lead_named(p, RC.LEAD_HEADING_NAME_RE) is not None
        if p.heading and not named_heading and (p.tag == "h1" or not descs):
            continue
        words = set(domrules.WORD3_RE.findall(textlines.folded(p)))
        # (a Chinese or Japanese lead's sentence is one or two "words" between spaces: its characters count)
        if textlines._cjk_words(p.text, len(words)) < RC.LEAD_MIN_WORDS:
            continue
        says_desc = any(len(words & desc) >= RC.LEAD_SHARE * max(len(words), len(desc)) for desc in descs)
        if p.heading and not named_heading:
            # (not the headline again: a heading that says more than the title, and the description, is the
            # standfirst: "نتابع معكم لحظة بلحظة تفاصيل …" under "لحظة بلحظة.. تفاصيل …", a written probe of Arabic news)
            if not says_desc or len(words & title_words) >= RC.LEAD_SHARE * len(words):
                continue
            why = "a heading that says the page's description, just before the story"
        elif p.heading:
            why = "a heading named as the standfirst, just before the story"
        elif says_desc:
            why = "the page's description, just before the story"
        elif len(p.text) <= RC.LEAD_NAMED_MAX_CHARS and (named := _lead_named(p)) is not None and not _caption_like(p, facts):
            why = "a box named as the standfirst, just before the story"
            # (a list in a box so named, its heading and items, goes whole: a live page's section.liveblog-summary,
            # "ملخص اليوم" over three points, gave its last point alone; a written probe of Arabic outlets, 2026-12-07)
            if (p.tag == "li" and named is not p.block
                    and domrules._visible_len_upto(named, RC.LEAD_NAMED_MAX_CHARS) is not None):
                lead_box = named
        else:
            continue
        if any(a in near for a in p.ancestors[:RC.LEAD_LEVELS]):
            return p, why, lead_box
    p = _standfirst_after_headline(kept, first, near, title_words, facts) if box is not None else None
    return (p, "the line between the headline and the story", p.block) if p is not None else None


def _caption_like(p: textlines.Para, facts: dict) -> bool:
    """The line says an image's alt text again, or sits in a figure or a box named a caption."""
    return textlines.folded(p) in facts["img_texts"] or any(
        a.tag in ("figure", "figcaption") or "caption" in (a.get("class") or "").lower()
        for a in p.ancestors[:RC.LEAD_NAMED_LEVELS + 1])


def _standfirst_after_headline(kept: list[textlines.Para], first: int, near: set, title_words: set, facts: dict):
    """The line right before the story's first line (lines of under 3 words between them skipped)
    when a heading that says the page's title comes just before it: headline, standfirst, story
    (scraper.rules.container STANDFIRST_*). Not the caption of a lead image: a line that says an
    image's alt text again, or in a figure or a box named a caption. ``near``: the ancestors of the
    story's box."""
    if len(title_words) < 2:
        return None
    i = first - 1
    while i >= 0 and len(domrules.WORD3_RE.findall(textlines.folded(kept[i]))) < 3 and not kept[i].heading:
        i -= 1
    if i < 1:
        return None
    p = kept[i]
    if (p.heading or p.link_ratio > 0.1 or p.block is None or not p.ancestors
            or len(p.text) > RC.STANDFIRST_MAX_CHARS or not _SENTENCE_END_RE.search(p.text)):
        return None
    if textlines._cjk_words(p.text, len(set(domrules.WORD3_RE.findall(textlines.folded(p))))) < RC.LEAD_MIN_WORDS:
        return None
    if _caption_like(p, facts):
        return None
    for q in reversed(kept[max(0, i - RC.STANDFIRST_HEADLINE_LINES):i]):
        if q.heading:
            words = set(domrules.WORD3_RE.findall(textlines.folded(q)))
            if len(words & title_words) >= RC.LEAD_SHARE * min(len(words), len(title_words)):
                if any(a in near for a in p.ancestors[:RC.LEAD_LEVELS]):
                    return p
            break
    return None
