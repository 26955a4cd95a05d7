"""The line rules: what a line of text says it is (a read-also marker and its links, a related
widget's title, a cookie banner's sentence, a caption or credit, a byline, a promo, page furniture),
told by its words (rules.related, rules.consent, rules.boilerplate) and its place among the lines
the walk cut (:mod:`scraper.domwalk`). :func:`filter_paragraphs` marks them removed, each with
its rule, and returns the lines kept. The parts before it: :mod:`scraper.textlines`.
"""
from __future__ import annotations

import re

from lxml import etree

from .article import Removal
from .dates import find_date_in_folded
from .htmlio import text_of
from .rules import boilerplate as B
from .rules import consent as C
from .rules import related as R
from .site import SiteProfile
from .textnorm import fold
from .textlines import (
    _alt, _bare, _cjk_words, describe, _fold_list, folded, HEADING_TAGS, _LETTER_WORDS_RE, LINE_ATTR,
    mark_removed, Para, _SENTENCE_END_RE, _short, _sole_child, _words,
)
from .domrules import (
    _are_cards, _BENEFIT_RE, _box_stops_at, _BUTTON_LABELS, _BUTTON_SET, _climb_visible_len, _CODE_TAGS,
    _COOKIE_WORD_RE, _element_sibling, _following, _headline_text, in_boxes, _in_code, is_body_hint,
    _is_button_line, _nonspace_len, visible_len_over, _visible_len_upto,
)
from .domwalk import _box_of, _CAPTION_HEADINGS, _TABLE_LINE_TAGS
from .commentlists import _comment_lists


_SEP = r"[\s:：\-–—_.…|»«\"'()\[\]،,>/\\]*"
_READ_ALSO_VERB_ADV = rf"(?:{_alt(R.READ_ALSO_VERBS)})\s*(?:{_alt(R.READ_ALSO_ADVERBS)})"
_READ_ALSO_RE = re.compile(
    rf"^[\W_]*(?:{_READ_ALSO_VERB_ADV}|{_alt(R.READ_ALSO_MARKERS)})(?P<punct>{_SEP})", re.I
)
# A read-also marker after the last sentences of a paragraph ("… على مراحل. اقرأ أيضا: <a>…</a>"):
# the sentence ends where a tail may start, and the first words a tail may start with (raw and
# folded, lower case, without tatweel), a screen before folding the tail (rules.related
# READ_ALSO_TAIL_MAX_WORDS)
_TAIL_START_RE = re.compile(r"[.!?؟…»\"”](?=\s+(\S+))")   # (group 1: the first word after it)
_TAIL_FIRST_WORDS = frozenset(w for x in (*R.READ_ALSO_VERBS, *R.READ_ALSO_MARKERS)
                              for w in (x.split()[0].lower().replace("ـ", ""), fold(x.split()[0])))
_STATEMENT_RE = re.compile(rf"(?:{_alt(C.BANNER_STATEMENTS_AR)})|(?:{_alt(C.BANNER_STATEMENTS_EN)})"
                           rf"|(?:{_alt(C.BANNER_STATEMENTS_OTHER)})"
                           rf"|(?:{_alt(C.BANNER_FRAMEWORK_EU)})"
                           # (the European ones opening a sentence: see C.BANNER_STATEMENTS_EU)
                           rf"|(?:^|(?<=[.!?:;«„“\"(]\s)|(?<=[.!?:;«„“\"(]))(?:{_alt(C.BANNER_STATEMENTS_EU)}|{C.BANNER_PARTNERS_COUNTED})", re.I)
_SELF_RE = re.compile(r"هذا الموقع|موقعنا|الموقع|this (?:web)?site|our (?:web)?site|موقع", re.I)
_BUTTON_IN_TEXT_RE = re.compile(
    rf"(?:^|\s)(?:{_alt(C.BUTTON_LABELS_AR)})(?:$|\s)|\b(?:accept|reject|agree|manage options|learn more)\b", re.I
)
# (the verbs also with the conjunction و glued on: "وقالت الشركة …", the common form in news)
_SAID_RE = re.compile(r"\bو?قال|\bو?قالت|\bو?اضاف(?![ةي])|\bو?اوضح|\bsaid\b", re.I)   # (the verbs alone: reported())
_QUOTE_RE = re.compile(r"[\"«»“”]|" + _SAID_RE.pattern, re.I)
_YOU_AGREE_RE = re.compile(rf"(?:^|\W)(?:{_alt(_fold_list(C.BANNER_YOU_AGREE))})(?!\w)")
# a button label in quotes ('by clicking "accept all cookies"'): the banner naming its own button
_QUOTED_BUTTON_RE = re.compile(
    rf"[\"«“”]\s*(?:{_alt(sorted({fold(x) for x in _BUTTON_LABELS}, key=len, reverse=True))})"
    rf"\s*[\"»“”]")
# ... the reader told to press it, the verb in the imperative opening the sentence (C.BANNER_PRESS_VERBS)
_PRESS_BUTTON_RE = re.compile(
    rf"(?:^|[.!?؟،,:]\s*)(?:{_alt(_fold_list(C.BANNER_PRESS_VERBS))})\s+(?:{fold('على')}\s+|on\s+)?" + _QUOTED_BUTTON_RE.pattern)
_CHOICE_WORD_RE = re.compile(_alt(_fold_list(C.WALL_CHOICE_WORDS + C.PREFERENCE_CENTER_WORDS)))
_PAYWALL_RE = re.compile(rf"^[\W_]*(?:{_alt(B.PAYWALL_LINES)})", re.I)
_PAYWALL_CUT_RE = re.compile(rf"^[\W_]*(?:{_alt(B.PAYWALL_CUTOFF_LINES)})", re.I)
_EMBED_CONSENT_RE = re.compile(rf"^[\W_]*(?:{_alt(C.EMBED_CONSENT_LINES)})", re.I)
_ADBLOCK_RE = re.compile(_alt(B.ADBLOCK_NOTICE_PHRASES), re.I)
_SCRIPT_MARKER_RE = re.compile("|".join(B.SCRIPT_TEXT_MARKERS))
# the first word of each embed-consent line, unfolded (a cheap screen on long lines)
_RAW_EMBED_START_RE = re.compile(
    r"^[\W_]*(?:" + "|".join(sorted({re.escape(x.split()[0]) for x in C.EMBED_CONSENT_LINES}, key=len, reverse=True))
    + r")", re.I)
_FOLLOW_VERBS = frozenset(fold(x) for x in B.FOLLOW_LINE_VERBS)
_FOLLOW_VERBS_SINGULAR = frozenset(fold(x) for x in B.FOLLOW_LINE_VERBS_SINGULAR)
assert not any(v.isascii() for v in _FOLLOW_VERBS | _FOLLOW_VERBS_SINGULAR)   # (see _follow_line)
_FOLLOW_PLACE_RE = re.compile(rf"(?<!\w)(?:{_alt(B.FOLLOW_LINE_PLACES)})(?!\w)", re.I)
# (a platform by name, "و" glued on or not: "على فيسبوك وتيليغرام")
_FOLLOW_PLATFORM_RE = re.compile(rf"(?<!\w)و?({_alt(B.FOLLOW_LINE_PLATFORMS)})(?!\w)", re.I)
_FOLLOW_LINK_END_RE = re.compile(rf"(?<!\w)(?:{_alt(B.FOLLOW_LINE_LINK_ENDS)})[\W_]*$")
_FOLLOW_OWN_PLACE_RE = re.compile(rf"(?<!\w)(?:{_alt(B.FOLLOW_LINE_OWN_PLACES)})(?!\w)", re.I)
_FOLLOW_FOR_MORE = tuple(fold(x) for x in B.FOLLOW_LINE_FOR_MORE)
_FOLLOW_MESSAGING_RE = re.compile(rf"(?<!\w)و?(?:{_alt(B.FOLLOW_LINE_MESSAGING)})(?!\w)", re.I)
_LIVE_STAMP_RE = re.compile(r"^\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?\s*[A-Z]{2,4}(?=[A-Z][a-z])")
# a name after the label (a capital, not a month: "By October 2025 …" opens a sentence) and a year or a clock
_DATED_BYLINE_RE = re.compile(r"^\w+\s*[:：\-–—]?\s+(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                              r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                              r"|The|This|That|Then|Now|Next|Last|Early|Late|Mid)\.?\b)"
                              r"[A-Z][\w'’.-]*\s.*?(?:(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}:\d{2})")


def _glued_date(text: str) -> bool:
    """A date run into the word before it, "Daria ShulzhenkoSeptember 8, 2025 5:00 PM" (a writer's name and
    the date in two spans with no space between: a written probe of 40 news publishers' pages, 2026-12-06):
    found once the glue is split (no glue: the text unchanged, nothing to look for again)."""
    unglued = _UNGLUE_RE.sub(" ", text)
    return unglued != text and find_date_in_folded(fold(unglued)) is not None


_LATIN_LABEL_NEXT_RE = re.compile(rf"^\W*(?:{_alt(B.BYLINE_LATIN_LABELS)})\s*[:：\-–—]?\s+([^\W\d_])", re.I)


def _lower_after_label(text: str, words: int) -> bool:
    """A Latin byline label opening a sentence, not a byline: the word after "By", "Von", "Par", "Por" (or another
    of B.BYLINE_LATIN_LABELS) is in lower case in a line of more than B.BYLINE_LOWER_NEXT_MAX_WORDS words ("Por que
    os bancos médios pagam mais", a sub-heading asking why: a written probe of modern web pages, 2026-12-07; "By
    the time …", "Par ailleurs …", "Das Interview führte zu …"). A byline names someone; "by admin" is one, and
    short."""
    m = _LATIN_LABEL_NEXT_RE.match(text)
    return m is not None and m.group(1).islower() and words > B.BYLINE_LOWER_NEXT_MAX_WORDS


def _dated_byline(text: str) -> bool:
    """A byline run into its date: "By Marcus LeeSept. 18, 2025Updated 2:14 p.m. ET" (B.BYLINE_DATED_MAX_WORDS),
    "كتب: النيل نيوز الجمعة 21 مارس 2025 10:12 ص" (a date the date rules read, in a line of another script
    than Latin: a written probe of pages that are no articles, 2026-12-07, a gallery page stored as that
    line)."""
    return _DATED_BYLINE_RE.match(text) is not None or (
        not text.isascii() and find_date_in_folded(fold(text)) is not None)


_JS_WORD_RE = re.compile(r"javascript|جافا ?سكري?بت", re.I)
_JS_ENABLE_RE = re.compile(rf"(?<!\w)(?:{_alt(_fold_list(B.JS_NOTICE_ENABLE_WORDS))})", re.I)
_CONTENT_GATE_RE = re.compile(rf"^[\W_]*(?:{_alt(_fold_list(B.CONTENT_GATE_OPENINGS))})", re.I)
_CONTACT_LINE_RE = re.compile(rf"^(?:{_alt(_fold_list(B.CONTACT_LINE_LABELS))})\s*:\s*[\d+(]", re.I)
# (or run into the next span's text: "Listen to this article6 min", "Video UnavailableClick to play")
_FURNITURE_RE = re.compile(rf"^[\W_]*(?:{_alt(B.FURNITURE_LINES)})(?:$|[\s:：\-–—.!?؟】」』）)]|(?-i:(?<=[a-z])(?=[A-Z0-9])))", re.I)
_GLUED_RE = re.compile(r"[a-z][A-Z]")   # (the folded line has lost the capital that shows the glue)
_UNGLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SHORT_LINK_RE = re.compile(rf"^[\W_]*(?:{_alt(B.SHORT_LINK_LABELS)})[\W_]*$", re.I)
_BLOG_TEMPLATE_RE = re.compile(rf"^[\W_]*(?:{_alt(B.BLOG_TEMPLATE_LINES)})", re.I)
_URL_LINE_RE = re.compile(r"^(?:https?://|www\.)\S+$")
_BYLINE_RE = re.compile(rf"^(?:{_alt(B.BYLINE_PREFIXES)})\s*[:：\-–—]?\s+\S|^(?:{_alt(B.BYLINE_PREFIXES_COLON)})\s*[:：]\s*\S",
                        re.I)
_CREDIT_LINE_RE = re.compile(r"^\([^()]{2,60}\)$")
_TWEET_SOURCE_RE = re.compile(B.TWEET_SOURCE_LINE)
_GALLERY_COUNTER_LEAD_RE = re.compile(B.GALLERY_COUNTER_LEAD, re.I)
# (not after a quote mark: "«تصوير: نادر العلمي»، عبارة اعتاد قراء الصحف …" names the label in a sentence)
_CAPTION_RE = re.compile(rf"^(?:(?![«\"“”„])[\W_])*(?:{_alt(B.CAPTION_PREFIXES)})", re.I)
_CAPTION_BARE_RE = re.compile(rf"^[\W_]*(?:{_alt(B.CAPTION_BARE_LABELS)})(?!\w)")
_SOURCE_LINE_RE = re.compile(rf"^(?:{_alt(B.SOURCE_LINE_LABELS)})\s*:\s*[«\"“(]?\s*[^\W_]", re.I)
# (PR Newswire's closing line, "SOURCE BrightGrid Energy": the label in capitals and no colon, on the raw
# line; the modern-web probe, 2026-12-06)
_PR_SOURCE_RE = re.compile(r"^SOURCE\s+[A-Z0-9][^.!?]*$")
_CAPTION_END_RE = re.compile(rf"(?:{_alt(B.CAPTION_SUFFIXES)})\W*$", re.I)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?؟。])\s+")
_PROMO_VERB_RE = re.compile(rf"(?:{_alt(B.NEWSLETTER_PROMO_VERBS)})(?![a-zà-ÿ])", re.I)   # (a CJK verb has no word end)
_PROMO_ADDRESS_RE = re.compile(rf"(?<!\w)(?:{_alt(B.NEWSLETTER_PROMO_ADDRESS_WORDS)})(?!\w)", re.I)
_PROMO_NOUN_RE = re.compile(_alt(B.NEWSLETTER_PROMO_NOUNS), re.I)
_PODCAST_NOUN_RE = re.compile(_alt(B.PODCAST_PROMO_NOUNS), re.I)
_PODCAST_VERB_RE = re.compile(rf"(?<!\w)(?:{_alt(B.PODCAST_PROMO_VERBS)})", re.I)
_CAPTION_CREDIT_RE = re.compile(B.CAPTION_CREDIT_TAIL + r"\W*$")
# (on the raw line: the labels as written, longest first)
_CAPTION_LABEL_TAIL_RE = re.compile(B.CAPTION_LABEL_TAIL.format(
    labels="|".join(re.escape(x) for x in sorted(B.CAPTION_LABEL_TAIL_LABELS, key=len, reverse=True)),
    dash_labels="|".join(re.escape(x) for x in sorted(B.CAPTION_LABEL_TAIL_DASH_LABELS, key=len, reverse=True))), re.I)
_COMMENT_SUBJECT_RE = re.compile(_alt(B.COMMENT_POLICY_SUBJECTS), re.I)
_COMMENT_CLAIM_RE = re.compile(_alt(B.COMMENT_POLICY_CLAIMS), re.I)
# cheap screen on the raw line before folding it: a stem of every claim
# (the other languages' stems are the rarest word of each claim: a screen that passes on "police" or
# "discussion" passes on most lines of an English news page, and the claims' regex is then searched
# in each of them)
# (the verbs also with their shadda, "التعليقات المنشورة لا تعبّر عن رأي الموقع.": the raw screen looks before
# folding; a written probe of Arabic pages of modern builds, 2026-12-07, kept that line)
_RAW_POLICY_WORDS = ("تعبر", "تعكس", "يعبر", "يعكس", "تعبّر", "يعبّر", "نشرها", "إرشادات", "ارشادات", "شروط", "قواعد", "ضوابط", "تخضع", "تحتفظ", "يحتفظ",
                     "غير مسؤول", "غير مسئول", "مسؤولية أصحاب", "مسئولية أصحاب", "مسؤولية كاتب", "مسئولية كاتب",
                     "الدخول ل", "دخولك ل", "أصحابها", "اصحابها", "كاتبه", "كاتبها", "كاتبيها", "كتابها", "صاحبه",
                     "التحريري", "بالضرورة",
                     "reflect", "moderat",
                     "comment", "netiquette", "join the discussion", "internautas", "reserva el derecho",
                     "permitido verter", "Verfassern", "themenbezogen", "Meinung der Redaktion", "Kommentarfunktion",
                     "commentaires sont", "comentarios est", "commenti sono", "comentários estão", "comentarios cerrados",
                     "diesen Artikel", "diesen Beitrag", "متفق ہونا", "setelah login")
_RAW_POLICY_RE = re.compile("|".join(_RAW_POLICY_WORDS), re.I)
_BYLINE_LABEL_RE = re.compile(rf"^(?:{_alt(B.BYLINE_LABELS)})\s*\S", re.I)
_DISCLAIMER_LABEL_RE = re.compile(rf"^[\W_]*(?:{_alt(B.DISCLAIMER_LABELS)})\s*[:：]", re.I)
_DISCLAIMER_WORD_RE = re.compile(_alt(B.DISCLAIMER_WORDS), re.I)


_RIGHTS_START_RE = re.compile(rf"^[\W_]*(?:{_alt(B.RIGHTS_LINE_STARTS)})", re.I)
_RIGHTS_ANY = tuple(dict.fromkeys(x for ph in B.RIGHTS_PHRASES for x in (ph.lower(), fold(ph))))
_REPRODUCTION_ANY = tuple(dict.fromkeys(x for ph in B.REPRODUCTION_PHRASES for x in (ph.lower(), fold(ph))))


_REPRINT_OPEN_RE = re.compile(rf"^[\W_]*(?:{_alt(B.REPRINT_NOTICE_OPENINGS)})(?!\w)", re.I)
# (B.REPRINT_NOTICE_AR_*, asked of the folded line)
_AR_RIGHTS_OPEN_RE = re.compile(rf"^(?:[\W\d_]*(?P<owner>©[\s\d]*(?:\w+\s+){{1,{B.REPRINT_NOTICE_AR_OWNER_WORDS}}}[-–—|:]\s*)|[\W\d_]*)"
                                rf"(?P<label>(?:{_alt(B.REPRINT_NOTICE_AR_LABELS)})\s*:\s*)?"
                                rf"(?:(?P<rights>{_alt(B.REPRINT_NOTICE_AR_RIGHTS)})"
                                rf"|(?P<ban>{_alt(B.REPRINT_NOTICE_AR_BANS)})|{_alt(B.REPRINT_NOTICE_AR_PERMITS)})(?!\w)")
_AR_REPRINT_ACT_RE = re.compile(rf"(?<!\w)(?:{_alt(B.REPRINT_NOTICE_AR_ACTS)})(?!\w)")
_AR_REPRINT_PERMIT_RE = re.compile(rf"^(?:\W*\w+){{0,{B.REPRINT_NOTICE_AR_PERMIT_GAP}}}?\W*(?:{_alt(B.REPRINT_NOTICE_AR_ACTS)})(?!\w)")
_AR_REPRINT_TERM_RE = re.compile(_alt(B.REPRINT_NOTICE_AR_TERMS))
_AR_REPRINT_OBJECT_RE = re.compile(_alt(B.REPRINT_NOTICE_AR_OBJECTS))
_AR_REPRINT_CONTENT_RE = re.compile(_alt(B.REPRINT_NOTICE_AR_CONTENT))
_AR_REPRINT_COPY_RE = re.compile(rf"(?<!\w)(?:{_alt(B.REPRINT_NOTICE_AR_COPY_ACTS)})(?!\w)")


def _arabic_rights_line(p: Para) -> bool:
    """An Arabic site's rights or reprint notice (B.REPRINT_NOTICE_AR_*)."""
    spaces = p.text.count(" ")
    if spaces >= B.REPRINT_NOTICE_AR_LABELLED_MAX_WORDS:
        return False
    if spaces > 30 and _AR_RIGHTS_OPEN_RE.match(fold(p.text[:60])) is None:
        return False   # (a long line: its opening first, before folding all of it)
    f = folded(p)
    m = _AR_RIGHTS_OPEN_RE.match(f)
    if m is None or (spaces >= B.REPRINT_NOTICE_AR_MAX_WORDS and not m.group("label")):
        return False
    if m.group("rights"):
        return True
    rest = f[m.end():]
    if not _AR_REPRINT_TERM_RE.search(rest):
        return False
    if m.group("ban"):
        # (after "© <owner> -" the owner is the object: "© سوريا الغد - يمنع إعادة نشر الصور أو النصوص دون إذن خطي")
        return bool(_AR_REPRINT_ACT_RE.search(rest) and (m.group("owner") or _AR_REPRINT_OBJECT_RE.search(rest))
                    or _AR_REPRINT_COPY_RE.search(rest) and _AR_REPRINT_CONTENT_RE.search(rest))
    return _AR_REPRINT_PERMIT_RE.match(rest) is not None   # (a permission: its act right after it)


def is_rights_line(p: Para) -> bool:
    """A rights notice line (rules.boilerplate RIGHTS_LINE_*, REPRODUCTION_PHRASES): "Copyright 2012
    The Associated Press. All rights reserved. This material may not be published…"; or a reprint
    notice (REPRINT_NOTICE_*): "При перепечатке ссылка на сайт обязательна."; or an Arabic site's notice
    (REPRINT_NOTICE_AR_*): "يمنع نسخ أو إعادة نشر محتوى الموقع دون إذن مسبق"."""
    if not p.text.isascii() and _arabic_rights_line(p):
        return True
    starts = _RIGHTS_START_RE.match(p.text) is not None
    reprint = B.REPRINT_NOTICE_LINK in p.text and _REPRINT_OPEN_RE.match(p.text) is not None
    # (every reproduction phrase holds one of the screen's words: two scans of the raw line stop
    # most lines before any lower-casing)
    if not starts and not reprint and not any(k in p.text for k in B.REPRODUCTION_SCREEN):
        return False
    low = _low(p)
    if low is False:
        low = folded(p)
    if reprint and p.text.count(" ") < B.REPRINT_NOTICE_MAX_WORDS and any(x in low for x in B.REPRINT_NOTICE_DEMANDS):
        return True
    repro = any(x in low for x in _REPRODUCTION_ANY)
    if not (repro or starts):
        return False
    return (starts and repro) or any(x in low for x in _RIGHTS_ANY)


def _share_bar(p: Para) -> bool:
    """A share bar printed as text (rules.boilerplate SHARE_BAR_*)."""
    text = p.text
    if not any(k in text for k in B.SHARE_BAR_SCREEN):   # (a few `in` scans of the raw line: most stop here)
        return False
    ws = _LETTER_WORDS_RE.findall(folded(p).lower())
    if len(ws) < B.SHARE_BAR_MIN_WORDS:
        return False
    if sum(w in B.SHARE_BAR_WORDS for w in ws) >= B.SHARE_BAR_SHARE * len(ws):
        return True
    # (a label of a few words before the networks, opening with a share word: "Compartir esta noticia:
    # Facebook X LinkedIn", "Share this page Facebook LinkedIn Email"; B.SHARE_BAR_LABEL_MAX_WORDS)
    if ws[0] not in B.SHARE_BAR_WORDS:
        return False
    k = next((i for i, w in enumerate(ws) if i and w in B.SHARE_BAR_NETWORKS), len(ws))
    rest = ws[k:]
    return (k <= B.SHARE_BAR_LABEL_MAX_WORDS and len(rest) >= 2
            and sum(w in B.SHARE_BAR_WORDS for w in rest) >= B.SHARE_BAR_SHARE * len(rest))


def is_cjk_furniture(text: str) -> bool:
    """A Chinese page's editor credit, font-size switch, comment counter or pager line
    (rules.boilerplate CJK_FURNITURE_*). Used on the story's edges once the story box is final."""
    if text.isascii():
        return False
    if len(text) <= B.CJK_FURNITURE_MAX_CHARS and B.CJK_FURNITURE_RE.match(text):
        return True
    return len(text) <= B.CJK_PAGE_PROMO_MAX_CHARS and B.CJK_PAGE_PROMO_RE.match(text) is not None


_HASHTAG_LINE_RE = re.compile(rf"^\s*(?:#[^\s#]+\s*){{{B.HASHTAG_LINE_MIN},}}$")
_BIO_LINE_RE = re.compile(rf"^\s*[*٭]\s*(?:{_alt(_fold_list(B.BIO_LINE_WORDS))})(?!\w)")
_BIO_WORD_RE = re.compile(rf"(?<!\w)(?:{_alt(_fold_list(B.BIO_LINE_WORDS))})(?!\w)")
_BIO_WORDS = frozenset(_fold_list(B.BIO_LINE_WORDS + B.AUTHOR_ROLE_WORDS_AR))
_QUESTION_ENDS = frozenset("?？؟")
_SUPPORT_VERB_RE = re.compile(rf"(?<!\w)و?(?:{_alt(_fold_list(B.SUPPORT_PLEA_VERBS))})(?!\w)")
_SUPPORT_OBJECT_RE = re.compile(_alt(_fold_list(B.SUPPORT_PLEA_OBJECTS)))
_SUPPORT_FUNDED_RE = re.compile(_alt(_fold_list(B.SUPPORT_PLEA_FUNDED)))
_OPINION_NOTE_RE = re.compile(_alt(_fold_list(B.OPINION_NOTE_PHRASES)))


def is_opinion_note(text: str) -> bool:
    """A note under the story that it speaks for its writer or source only (rules.boilerplate
    OPINION_NOTE_*). Used on the story's last lines once the story box is final."""
    return len(text.split()) <= B.OPINION_NOTE_MAX_WORDS and _OPINION_NOTE_RE.search(fold(text)) is not None


def is_disclaimer(text: str) -> bool:
    """A site's disclaimer line (rules.boilerplate DISCLAIMER_*). Used on the story's last lines once
    the story box is final (scraper.extract): a short story's box counts it as it stands."""
    if len(text) > B.DISCLAIMER_MAX_CHARS or not (_DISCLAIMER_LABEL_RE.match(text) or
                                                   B.DISCLAIMER_SITE_LABEL_RE.match(text)):
        return False
    return bool(_DISCLAIMER_WORD_RE.search(fold(text)))


_NO_CAPTION_BLOCKS = frozenset({"li", "td", "th", "tr", "table", "tbody", "body", "article", "main", "section", "dd",
                                "dt", "blockquote"})
_DATE_HINT_RE = re.compile(r"\d")
# (a line that ends with a time's "a.m." / "p.m." has no sentence's full stop: "By Owen Kessler and Nadia
# FerraroPublished July 22, 2025 at 5:30 a.m.", a written probe of modern news pages, 2026-12-06)
# (the date's year before it: a story's sentence "By Mayor Ruiz's count, 40 homes burned by 5:30 a.m." has none)
_TIME_END_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\b.{0,12}\d[:.]\d{2}\s*[ap]\.\s?m\.\s*$")
# ... and a 24-hour time with a full stop after it, in a line that a date label opens ("Publié le 14 octobre 2025 à
# 18:01.": a written probe of French news pages, 2026-12-08; a story's sentence ending with a time opens otherwise)
_TIME_STOP_END_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\b.{0,12}\b\d{1,2}[:h.]\d{2}\s*\.\s*$")


# Cheap screen on unfolded text before folding a whole line for the cookie rules: the stems of
# the cookie vocabulary with optional tashkeel/tatweel between letters.
_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u0640]*"
_RAW_COOKIE_AR_STEMS = ("رتباط", "كوكي", "تعريف", "تعرف", "עוגיות", "קובצי")   # (+ Hebrew's: C.COOKIE_WORDS_OTHER)
_RAW_COOKIE_AR = "|".join(_MARKS.join(stem) for stem in _RAW_COOKIE_AR_STEMS)
# ("erez": Turkish "çerez" by its ASCII letters, a screen ASCII words make cheap; _COOKIE_WORD_RE decides)
_RAW_COOKIE_RE = re.compile(_RAW_COOKIE_AR + "|cookie|consent|tcf|erez", re.I)

# re.I matches these to "i", "i" and "s"; str.lower() does not turn them into those letters
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")
_TRAP_0, _TRAP_1, _TRAP_2 = _CASE_TRAPS


def _cover(words) -> tuple:
    """A few characters of which every word holds one (a greedy set cover, most words first): a text
    holding none of them holds none of the words, which a one-character ``in`` (a memchr) tells fast
    (the 30 Arabic policy words: on a page without Arabic, their ``in`` scans took ~55 µs, the
    cover's four letters ~2 µs)."""
    left = [set(w) for w in words]
    cover = []
    while left:
        counts: dict = {}
        for chars in left:
            for c in chars:
                counts[c] = counts.get(c, 0) + 1
        best = max(sorted(counts), key=counts.__getitem__)
        cover.append(best)
        left = [chars for chars in left if best not in chars]
    return tuple(cover)


def _word_screen(pattern: re.Pattern, caseless, cased_words, caseless_letters=None):
    """A faster ``pattern.search(text) is not None`` for a re.I ``pattern`` that is the alternation of
    ``caseless`` (words without cased letters, or a regex of such) and ``cased_words``: a re.I search
    tries every position of the text, ``in`` skips ahead. ASCII words are looked for in
    ``text.lower()``, which finds what re.I finds except for the three _CASE_TRAPS characters: a
    text holding one of them goes to the pattern itself. ``caseless_letters``: for a ``caseless``
    regex, words of which each of its matches holds every letter (its stems), so that a page without
    any letter of their ``_cover`` is not searched."""
    cased = tuple(sorted({w.lower() for w in cased_words}))
    if not all(w.isascii() or all(c.isascii() or (len(c.upper()) == 1 and c.upper().lower() == c) for c in w)
               for w in cased):
        # (a letter whose case maps one to one, "ü"/"Ü", is found by lower() as re.I finds it; not "ß", "SS")
        def search_rx(text: str, low: str | bool | None = None) -> bool:
            return pattern.search(text) is not None
        # (the same interface as below: filter_paragraphs narrows every screen to its page)
        search_rx.needs_low = False
        search_rx.narrow = lambda page, page_low: search_rx if search_rx(page) else None
        return search_rx
    regex = caseless.search if isinstance(caseless, re.Pattern) else None
    words = () if regex is not None else tuple(caseless)
    assert all(w.lower() == w.upper() for w in words)

    def screen(ws: tuple, cs: tuple, rx):
        def search(text: str, low: str | bool | None = None) -> bool:
            """``low``: _lowered(text), when the caller has it."""
            if rx is not None and rx(text):
                return True
            for w in ws:
                if w in text:
                    return True
            if not cs:
                return False
            if low is None:
                low = _lowered(text)
            if low is False:
                return pattern.search(text) is not None
            for w in cs:
                if w in low:
                    return True
            return False
        search.needs_low = bool(cs)   # (the caller passes its cached lower() then)
        return search

    search = screen(words, cased, regex)
    words_cover, cased_cover = _cover(words), _cover(cased)
    # (for a caseless regex: the words whose letters every match holds, as the caller knows them)
    regex_cover = _cover(caseless_letters) if caseless_letters else None

    def narrow(page: str, page_low: str | bool):
        """The screen for the lines of a page (``page``: its lines joined, ``page_low``:
        _lowered(page)) that looks only for the words the page holds (a line is a part of the page,
        and its lower() a part of the page's), or None when the page holds none."""
        if page_low is False:
            return search if search(page, page_low) else None
        rx = regex if regex is not None and (
            regex_cover is None or any(c in page for c in regex_cover)) and regex(page) else None
        ws = tuple(w for w in words if w in page) if any(c in page for c in words_cover) else ()
        cs = tuple(w for w in cased if w in page_low) if any(c in page_low for c in cased_cover) else ()
        return screen(ws, cs, rx) if rx is not None or ws or cs else None

    search.narrow = narrow
    return search


def _lowered(text: str) -> str | bool:
    """text.lower(), or False when the text holds one of the _CASE_TRAPS (the regex must decide)."""
    # (three ``in`` scans: a fast search each, several times faster than one regex scan for the
    # character class)
    if not text.isascii() and (_TRAP_0 in text or _TRAP_1 in text or _TRAP_2 in text):
        return False
    return text.lower()


def _adblock_notice(p: "Para") -> bool:
    """The line speaks to a reader who blocks ads (scraper.rules.boilerplate ADBLOCK_NOTICE_*)."""
    low = _low(p)
    return (low is False or "block" in low) and bool(_ADBLOCK_RE.search(folded(p)))


# a credit label with its colon anywhere in a line ("… مساء الثلاثاء تصوير: عبدالله باعلوي / …")
_CREDIT_LABEL_RE = re.compile(rf"(?<!\w)(?:{_alt(B.CAPTION_LABEL_TAIL_LABELS)})\s*:", re.I)


_ENTRY_SEP_RE = re.compile(r"\s*[:：–—]\s+|\s+[-–—]\s+")
_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}")


def _quoted(p: "Para") -> bool:
    """The line is inside a <blockquote> of the story (within QUOTE_LEVELS levels), not a social post's
    embed: a quoted memo's "المصدر: …" and "التاريخ: …" lines, a quoted cookie banner in a story about the
    law (written probes of Arabic stories, 2026-12-06) are the story's, not a caption, a dateline or a
    banner."""
    el = p.block
    for _ in range(B.QUOTE_LEVELS):
        if el is None:
            return False
        if el.tag == "blockquote":
            cls = (el.get("class") or "").lower()
            if any(w in cls for w in B.QUOTE_EMBED_CLASS_WORDS):
                return False
            # (a post's embed also by its link to the post, whatever its class: names made meaningless)
            return not any(h in (a.get("href") or "") for a in el.iter("a") for h in B.QUOTE_EMBED_HOSTS)
        el = el.getparent()
    return False


def _in_timeline(p: "Para") -> bool:
    """A list item among TIMELINE_MIN_SIBLINGS or more items of its list that are timeline entries or
    short dated lines: a schedule, its own event may be one word ("10. April 2025: Inkrafttreten" under a
    law's dated timetable, "يناير: الاثنين ٢٧ يناير ٢٠٢٥" in a year's list of pay days; written probes of
    story lines that look like furniture, 2026-12-06). A dateline is one line, not one of a list's."""
    blk = p.block
    up = blk.getparent() if blk is not None else None
    if up is None:
        return False
    n = 0
    for li in up:
        if li is not blk and li.tag == "li" and (_timeline_entry(t := fold(text_of(li))) or (
                len(t.split()) <= B.TIMELINE_DATE_MAX_WORDS + B.TIMELINE_SHORT_EXTRA_WORDS
                and find_date_in_folded(t) is not None)):
            n += 1
            if n >= B.TIMELINE_MIN_SIBLINGS:
                return True
    return False


def _timeline_entry(f: str) -> bool:
    """The folded line is a timeline's entry: a date (up to B.TIMELINE_DATE_MAX_WORDS words), a colon or
    a dash, then an event of B.TIMELINE_EVENT_MIN_WORDS words or more without a date or a clock time
    ("15 مارس 2011: اندلاع الاحتجاجات في درعا"). Asked of list items only."""
    m = _ENTRY_SEP_RE.search(f)
    if m is None:
        return False
    head, tail = f[:m.start()], f[m.end():]
    return (len(head.split()) <= B.TIMELINE_DATE_MAX_WORDS and len(tail.split()) >= B.TIMELINE_EVENT_MIN_WORDS
            and _CLOCK_RE.search(tail) is None and bool(find_date_in_folded(head))
            and not find_date_in_folded(tail))


def _dated_entry(f: str) -> bool:
    """_timeline_entry, its date alone before the colon or dash (not "08/05/2012 (press release: …)")."""
    m = _ENTRY_SEP_RE.search(f)
    return m is not None and "(" not in f[:m.start()] and _timeline_entry(f)


def _entry_beside(paras: list["Para"], i: int) -> bool:
    """The line before or after line ``i`` is a dated entry too (B.TIMELINE_*: a run of dated entries set
    as paragraphs, not a list)."""
    return any(0 <= j < len(paras) and _dated_entry(folded(paras[j])) for j in (i - 1, i + 1))


_CELL_LINE_LEVELS = 2   # a cell's paragraph: its block at most this many levels below the <td> (<td><div><p>)


def data_row(p: "Para", tables: dict) -> bool:
    """The line is a table's row of data: two cells or more with text, one of them without a digit
    (a label: "الصفوف من الثالث إلى السادس | السبت 9 يناير 2027 | …", a schedule's row), not a layout
    table's date cell. ``tables``: the verdict of each table met so far on the page, and whether it has
    a header row (a table is counted once, not once for each of its dated rows)."""
    return p.tag == "tr" and p.block is not None and _data_table_row(p.block, p, tables)


def in_data_row(p: "Para", tables: dict) -> bool:
    """data_row, or a cell's own paragraph in such a row (<td><p><span>2025年1月11日</span></p></td>: a
    table pasted from a word processor, each cell's text in a <p>; a written probe's university notice,
    2026-12-07, whose dated cells were told datelines): the table's, not the page's."""
    if p.tag == "tr":
        return data_row(p, tables)
    if p.block is None:
        return False
    for level, anc in enumerate(p.block.iterancestors()):
        if anc.tag in ("td", "th"):
            # (the cell holds this line alone: a layout table's column of the page holds a dateline and
            # the story under it)
            row = anc.getparent()
            return (row is not None and row.tag == "tr" and "".join(anc.itertext()).split() == p.text.split()
                    and _data_table_row(row, p, tables))
        if level >= _CELL_LINE_LEVELS - 1 or anc.tag in ("table", "tr"):
            return False
    return False


def _data_table_row(row, p: "Para", tables: dict) -> bool:
    def texts(tr) -> list[str]:
        return [t for t in ("".join(c.itertext()).strip() for c in tr if c.tag in ("td", "th")) if t]

    own = texts(row)
    if len(own) < 2 or p.link_chars:
        return False   # (a row that links is a dated headline list's: "January 14, 2008 | <a>…</a>")
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    if table is None:
        return False
    if all(_DATE_HINT_RE.search(t) for t in own):
        # (every cell a date or a time: a schedule's row under its header, "08:00 | 08:35" under "Depart
        # Carrick Quay | Depart Innish Pier", a written probe of recall-hard pages, 2026-12-06; without a
        # header, a layout table's date cells; the header looked for once per table)
        headed = tables.get(("headed", table))
        if headed is None:
            headed = tables[("headed", table)] = next(table.iter("th", "thead"), None) is not None
        if not headed:
            return False
    if table not in tables:
        # (a data table: B.DATA_TABLE_MIN_ROWS rows or more of two cells with text; a layout table's
        # byline row, "By X | Monday, January 14th 2008", stands alone)
        rows = 0
        for tr in table.iter("tr"):
            if len(texts(tr)) >= 2:
                rows += 1
                if rows >= B.DATA_TABLE_MIN_ROWS:
                    break
        tables[table] = rows >= B.DATA_TABLE_MIN_ROWS
    return tables[table]


def _caption_label_line(p: "Para") -> bool:
    """The line is a caption's label or credit by its words alone ("صورة أرشيفية", "تصوير: …",
    "… (أرشيفية)")."""
    f = folded(p)
    if _CAPTION_RE.match(f) or _CAPTION_END_RE.search(f) or _CREDIT_LABEL_RE.search(f) or _credit_tail(p.text) or (
            _words(f) <= B.CAPTION_BARE_LABEL_MAX_WORDS and _CAPTION_BARE_RE.match(f)):
        return True
    # a player's label over it ("فيديو", B.MEDIA_LABELS), a gallery's counter ("1 / 5")
    return len(f) <= 40 and (_bare(f) in _MEDIA_LABEL_SET or B.GALLERY_COUNTER_RE.match(f) is not None)


def _gallery_counters(paras: list["Para"]) -> set:
    """The ids of the lines that open with a slide's number "k/N" when B.GALLERY_COUNTER_MIN_LINES or
    more lines share that N: a slideshow's, which the container stage reads (B.GALLERY_COUNTER_LEAD)."""
    by_total: dict = {}
    for p in paras:
        t = p.text
        if t[:1].isdigit() or t[:1] == " ":
            m = _GALLERY_COUNTER_LEAD_RE.match(t)
            if m is not None and 0 < int(m.group(1)) <= int(m.group(2)):
                by_total.setdefault(m.group(2), []).append(id(p))
    return {k for ids in by_total.values() if len(ids) >= B.GALLERY_COUNTER_MIN_LINES for k in ids}


def holds_text(el: etree._Element) -> bool:
    """The element has text in it, other than white space."""
    return any(t.strip() for t in el.itertext())


def _caption_tables(img_blocks) -> set:
    """The tables of at most B.CAPTION_TABLE_MAX_ROWS rows, no table inside, holding an image's block
    and a cell with a picture alone in it (_image_alone): a frame of an image and its caption."""
    found: set = set()
    for b in img_blocks:
        if b.tag not in _TABLE_LINE_TAGS:
            continue
        table = next((a for a in b.iterancestors("table")), None)
        if table is None or table in found:
            continue
        rows = 0
        for el in table.iter("tr", "table"):
            if el.tag == "table" and el is not table:
                rows = B.CAPTION_TABLE_MAX_ROWS + 1
            rows += el.tag == "tr"
            if rows > B.CAPTION_TABLE_MAX_ROWS:
                break
        else:
            if any(_image_alone(cell) for cell in table.iter("td", "th")):
                found.add(table)
    return found


def _image_alone(cell: etree._Element) -> bool:
    """The cell holds a picture (an image not drawn smaller than B.CAPTION_TABLE_ICON_PX: no icon
    beside a label) and no text."""
    img = next(cell.iter(*B.IMAGE_TAGS), None)
    if img is None or holds_text(cell):
        return False
    for attr in ("width", "height"):
        size = img.get(attr, "").strip().removesuffix("px")
        if size.isdigit() and int(size) < B.CAPTION_TABLE_ICON_PX:
            return False
    return True


def _styled_line_under_image(p: "Para", img_blocks) -> bool:
    """The line is all of its block, set in one <em>, <i> or <small> (B.CAPTION_STYLE_TAGS), and the
    element right before that block holds an image and no text: a caption typed under its photo
    (<p><img></p><p><em>…</em></p>)."""
    run = _sole_child(p)
    if run is None or run.tag not in B.CAPTION_STYLE_TAGS:
        return False
    prev = p.block.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None or not (prev.tag in B.IMAGE_TAGS or prev in img_blocks):
        return False
    return not holds_text(prev)


def _plain_caption_between_prose(p: "Para", img_blocks) -> bool:
    """The line is all of its block, plain text (no element in it), right after an element that holds
    only an image, and that image's element follows a paragraph of the story's prose while a paragraph of
    prose follows the line's block (B.CAPTION_BETWEEN_PROSE_*): a caption typed under a photo set between
    two of the story's paragraphs (<p><img></p><p>…</p>, <div><img></div><div>…</div>)."""
    blk = p.block
    if (blk is None or blk.tag not in B.CAPTION_BETWEEN_PROSE_TAGS
            or p.text.endswith((":", "：")) or p.text.isupper()):
        return False   # (a line that leads into what follows, "Adding a package:"; a title in capitals)
    img = _element_sibling(blk, etree._Element.getprevious)
    if (img is None or not (img.tag in B.IMAGE_TAGS or img in img_blocks)
            or next(iter(blk), None) is not None or holds_text(img)):
        return False   # (no element in the block: asked by its first child, len() counts them all)
    return all(sib is not None and sib.tag == blk.tag and _prose_block(sib) for sib in (
        _element_sibling(img, etree._Element.getprevious), _element_sibling(blk, etree._Element.getnext)))


def _prose_block(el) -> bool:
    text = " ".join(text_of(el).split())
    return text.count(" ") + 1 >= B.CAPTION_BETWEEN_PROSE_WORDS and _SENTENCE_END_RE.search(text) is not None


_MEDIA_TITLE_RE = re.compile(rf"^[\W_]*(?:{_alt(B.CAPTION_MEDIA_TITLE_LABELS)})\s*[:：|\-–—.]+\s*\S")


def _beside_player(p: "Para") -> bool:
    """The element right before or right after the line's block is a player (B.CAPTION_MEDIA_TAGS) or
    holds one and no text."""
    blk = p.block
    if blk is None:
        return False
    for step in (etree._Element.getprevious, etree._Element.getnext):
        sib = step(blk)
        while sib is not None and not isinstance(sib.tag, str):
            sib = step(sib)   # (an entity or a processing instruction between them)
        if sib is None:
            continue
        if sib.tag in B.CAPTION_MEDIA_TAGS:
            return True
        if next(sib.iter(*B.CAPTION_MEDIA_TAGS), None) is not None and not holds_text(sib):
            return True
        # (a player drawn by its script over a thumbnail: an image and the video's length as its only text,
        # "<div class=jw-wrapper><img><span>01:58</span><button>▶</button></div>": a written probe of Arabic
        # pages of modern builds, 2026-12-07)
        if (next(sib.iter("img", "picture"), None) is not None
                and B.PLAYER_BOX_DURATION_RE.match(_MARKER_EDGES_RE.sub("", text_of(sib)))):
            return True
    return False


def strip_credit_tail(text: str) -> str:
    """The caption without the photo credit it ends with (CAPTION_LABEL_TAIL, CAPTION_CREDIT_TAIL): "Warga
    mengevakuasi … sejak dini hari. Foto: Pradita Utama/detikcom" -> "Warga mengevakuasi … sejak dini hari."."""
    m = _CAPTION_CREDIT_RE.search(text) if text.endswith(")") else (
        _CAPTION_LABEL_TAIL_RE.search(text) if ":" in text[-90:] else None)
    if m is None:
        return text
    cut = m.start() + (1 if text[m.start()] in ".!?»«“”\"" else 0)
    return text[:cut].rstrip()


def _credit_tail(text: str) -> bool:
    """The line ends with a photo credit (rules.boilerplate CAPTION_CREDIT_TAIL, CAPTION_LABEL_TAIL)."""
    if text.endswith(")"):
        return bool(_CAPTION_CREDIT_RE.search(text))
    return ":" in text[-90:] and bool(_CAPTION_LABEL_TAIL_RE.search(text))


_SEE_MARKER_RE = re.compile(r"[\W_]*see\b")


def _read_also_tail(text: str, link_chars: int = 0) -> tuple[int, str] | None:
    """(where the tail starts, its marker) when the paragraph ends with a read-also marker, its
    separator and a few words after one of its sentences, or without a separator when the words are
    a link (``link_chars``: the line's linked characters; "… خلال الربع الأخير. اقرأ أيضا <a>أسعار الذهب
    اليوم في محلات الصاغة</a>", a written probe of adversarial Arabic pages, 2026-12-07); else None."""
    for m in _TAIL_START_RE.finditer(text, max(0, len(text) - 300)):
        # (the tail's first word from the lookahead's group: no copy of the rest of the line per
        # sentence end; most lines end in sentences whose next word starts no tail)
        first = m.group(1).strip("[](){}«»\"'“”|:-–—.،,").replace("ـ", "").lower()
        if first not in _TAIL_FIRST_WORDS and (first.isascii() or fold(first) not in _TAIL_FIRST_WORDS):
            continue   # (folded only when needed: "اقْرَأْ" with its tashkeel)
        start = m.end()
        if not _LETTER_WORDS_RE.search(text, 0, m.start()):
            return None   # ("» اقرأ أيضا.. …": no sentence before the marker, the line rule's line)
        tail = text[start:].strip()
        f = fold(tail)
        hit = _READ_ALSO_RE.match(f)
        if hit is None:
            continue
        rest = f[hit.end():].strip()
        if not (hit.group("punct") or "").strip() and not (
                rest and link_chars >= 0.9 * len(rest) and not _SEE_MARKER_RE.match(f)):
            continue   # (not "See also <a>…</a>.": a reference work's cross-reference, CleanEval final-105's gold)
        if _words(rest) > R.READ_ALSO_TAIL_MAX_WORDS:
            continue
        return start, _marker(f[: hit.end()])
    return None


_MARKER_EDGES_RE = re.compile(r"^[\W_]+|[\W_]+$")


def _marker(f: str) -> str:
    """The read-also marker as a rule's name: its words without the marks around them ("» اقرا ايضا..")."""
    return _MARKER_EDGES_RE.sub("", f)


def _follow_line(f: str) -> bool:
    """An Arabic call to follow the site on a platform (rules.boilerplate FOLLOW_LINE_*; the caller
    keeps to FOLLOW_LINE_MAX_WORDS); f: the folded line."""
    if f.isascii():
        return False   # (every verb has Arabic letters, asserted below: no ASCII line has one)
    # (with the conjunction glued on: "ولمتابعة", "فتابعونا")
    within = (B.FOLLOW_LINE_FOR_MORE_VERB_WITHIN if f.lstrip().startswith(_FOLLOW_FOR_MORE)
              else B.FOLLOW_LINE_VERB_WITHIN)
    first = [w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in f.split(None, within)[:within]]
    if any(w in _FOLLOW_VERBS for w in first):
        return _FOLLOW_PLACE_RE.search(f) is not None
    first = first[:B.FOLLOW_LINE_VERB_WITHIN]
    if not any(w in _FOLLOW_VERBS_SINGULAR for w in first):
        return False
    if _FOLLOW_OWN_PLACE_RE.search(f) is not None:
        return True
    if B.FOLLOW_LINE_CHANNEL_CALL_RE.match(f) and _FOLLOW_MESSAGING_RE.search(f) is not None:
        return True
    # the verb first, a short line with no full stop nor a colon (a quote): a platform, and a second
    # one or "… هنا" at the end
    if (first[0] not in _FOLLOW_VERBS_SINGULAR or len(first) < 3 or f.count(" ") >= B.FOLLOW_LINE_SINGULAR_MAX_WORDS
            or ":" in f or f.rstrip().endswith(".")):
        return False
    platforms = {m.group(1) for m in _FOLLOW_PLATFORM_RE.finditer(f)}
    return len(platforms) >= 2 or (len(platforms) == 1 and _FOLLOW_LINK_END_RE.search(f) is not None)


def _script_text(p: "Para") -> bool:
    """The line is script code shown as text, outside any code block (rules.boilerplate SCRIPT_TEXT_*)."""
    t = p.text
    n = len(t)
    if n < B.SCRIPT_TEXT_MIN_CHARS:
        return False
    syntax = t.count(";") + t.count("{") + t.count("}") + t.count("(") + t.count(")") + t.count("=")
    if syntax < B.SCRIPT_TEXT_MIN_SYNTAX * n:
        return False
    if _in_code_block(p):
        return False
    found = 0
    for _ in _SCRIPT_MARKER_RE.finditer(t):
        found += 1
        if found >= B.SCRIPT_TEXT_MIN_MARKERS:
            return True
    return False


def _in_code_block(p: "Para") -> bool:
    """The line is (in) a code block or holds one: a tutorial's code, which stays."""
    blk = p.block
    return blk is not None and (blk.tag in _CODE_TAGS or _in_code(blk) or next(blk.iter(*_CODE_TAGS), None) is not None)


def _markup_text(p: "Para") -> bool:
    """The line is a tag of markup shown as text, outside any code block (B.MARKUP_TEXT_RE)."""
    return B.MARKUP_TEXT_RE.match(p.text) is not None and not _in_code_block(p)


def _ai_note(p: "Para") -> bool:
    """A note that a machine wrote a part of the page: a summary box's label as a whole line, or a
    disclaimer with its review clause (scraper.rules.boilerplate AI_NOTE_*)."""
    t = p.text
    return any(h in t for h in B.AI_NOTE_HINTS) and (
        B.AI_NOTE_LABEL_RE.match(t) is not None or (not p.heading and B.AI_NOTE_SENTENCE_RE.search(t) is not None))


def _affiliate_note(p: "Para") -> bool:
    """A disclosure of the page's affiliate links opening the line (scraper.rules.boilerplate AFFILIATE_NOTE_*)."""
    t = p.text
    return any(h in t for h in B.AFFILIATE_NOTE_HINTS) and B.AFFILIATE_NOTE_RE.match(t) is not None


def _says_typo(text: str) -> bool:
    """The line names a typo or an error (B.TYPO_REPORT_WORDS; the line lower-cased once)."""
    low = text.lower()
    return any(x in low for x in B.TYPO_REPORT_WORDS)


def _low(p: "Para") -> str | bool:
    """_lowered(p.text), once per line (three screens read it)."""
    if p.low is None:
        p.low = _lowered(p.text)
    return p.low


def _split_cased(words) -> tuple[list, list]:
    words = sorted(set(words), key=len, reverse=True)
    return ([w for w in words if w.lower() == w.upper()], [w for w in words if w.lower() != w.upper()])


_raw_cookie = _word_screen(_RAW_COOKIE_RE, re.compile(_RAW_COOKIE_AR), ("cookie", "consent", "tcf", "erez"),
                           caseless_letters=_RAW_COOKIE_AR_STEMS)
_raw_policy = _word_screen(_RAW_POLICY_RE, *_split_cased(_RAW_POLICY_WORDS))


def _raw_words_screen(words) -> tuple[re.Pattern, object]:
    """The pattern of the words as written and as folded ("النشرة الإخبارية" / "النشرة الاخبارية"),
    longest first, case-insensitive, and its raw screen (_word_screen)."""
    both = {*words, *(fold(x) for x in words)}
    pattern = re.compile("|".join(sorted({re.escape(x) for x in both}, key=len, reverse=True)), re.I)
    return pattern, _word_screen(pattern, *_split_cased(both))


_PROMO_NOUN_RAW_RE, _raw_promo_noun = _raw_words_screen(B.NEWSLETTER_PROMO_NOUNS)
_PODCAST_NOUN_RAW_RE, _raw_podcast_noun = _raw_words_screen(B.PODCAST_PROMO_NOUNS)


def _date_parts_line(f: str) -> bool:
    """Two date lines joined by "|" in one line, too long for one ("نشر في: الخميس 22 مايو 2025 - 3:10 م |
    آخر تحديث: الخميس 22 مايو 2025 - 3:10 م": a written probe page of an Egyptian daily, 2026-12-06):
    every part has a date of its own."""
    parts = [x for x in f.split("|") if x.strip()] if "|" in f else ()
    return len(parts) >= 2 and all(_words(x) <= 16 and _DATE_HINT_RE.search(x) and find_date_in_folded(x)
                                   for x in parts)


_BYLINE_BARE = frozenset(_bare(fold(x)) for x in B.BYLINE_PREFIXES)   # (a byline label alone on its line)
_AUTHOR_LABELS_BARE = frozenset(_bare(fold(x)) for x in B.AUTHOR_LABELS)   # (with its colon: B.AUTHOR_LABELS)
_SOURCE_BARE = frozenset(_bare(fold(x)) for x in B.SOURCE_LINE_LABELS)   # (a source's label alone on its line)
_WATCH_VERBS = frozenset(fold(x) for x in B.WATCH_LINE_VERBS)


def _watch_line(p: "Para") -> bool:
    """A call to watch another page's video: a verb of B.WATCH_LINE_VERBS, a few words and a mark, then the
    link that is the rest of the line (B.WATCH_LINE_*)."""
    t = p.text
    if p.link_chars < 0.4 * len(t):
        return False
    lead = t[:len(t) - p.link_chars]   # (the text before the link, give or take a character: link_chars rounds)
    end, mark = max((lead.rfind(x), x) for x in B.WATCH_LINE_MARKS)
    if end < 0 or len(lead[end + len(mark):].split()) > 1:
        return False
    words = lead[:end].split()
    return bool(words) and len(words) <= B.WATCH_LINE_LEAD_WORDS and fold(words[0]) in _WATCH_VERBS


_SIGNOFF_AGENCY_RE = re.compile(rf"(?<!\w)(?:{_alt(_fold_list(B.SIGNOFF_AGENCIES))})(?!\w)")
_SIGNOFF_MARKERS = frozenset(_bare(fold(m)) for m in B.SIGNOFF_END_MARKERS)
_INITIALS_RE = re.compile(r"^[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})*\.?$")
_AGENCY_ALT = _alt(_fold_list(B.SIGNOFF_AGENCIES + B.AGENCY_CREDIT_MORE))
_AGENCY_CREDIT_RE = re.compile(rf"^[(\[]?\s*(?:{_alt(B.AGENCY_CREDIT_WORDS)})\s+(?:{_AGENCY_ALT})(?!\w)"
                               rf"(?:\s*(?:,|،|\bet\b|\band\b|\bund\b|\by\b|\be\b)\s*(?:{_AGENCY_ALT})(?!\w))*\s*[)\]]?\.?$")


def _podcast_promo_box(box) -> bool:
    """The box links out or plays audio, and asks to listen (B.PODCAST_PROMO_VERBS)."""
    return _links_out(box) and _PODCAST_VERB_RE.search(fold(text_of(box))) is not None


def _links_out(box) -> bool:
    """The box links somewhere or plays audio: a promo's "all episodes" link or its player."""
    return box is not None and next((a for a in box.iter("a", "audio") if a.tag == "audio" or a.get("href")), None) is not None


# a place of up to AUTHOR_PLACE_MAX_WORDS words, a colon or a dash, the rest (the writer's name?)
_PLACE_NAME_RE = re.compile(rf"^\s*((?:[^\W\d_]+\s+){{0,{B.AUTHOR_PLACE_MAX_WORDS - 1}}}[^\W\d_]+)\s*(?::|\s[-–—])\s*(.+)$")


_NAME_PLACE_RE = re.compile(rf"^\s*(.+?)\s*(?:\s[-–—]|:)\s*((?:[^\W\d_]+\s+){{0,{B.AUTHOR_PLACE_MAX_WORDS - 1}}}[^\W\d_]+)\s*$")


def author_names(authors) -> list[str]:
    """The bare folded names of the page's writers that the author-line rule may match (B.AUTHOR_*)."""
    out = []
    for a in authors or ():
        b = _bare(fold(a))
        if b and B.AUTHOR_NAME_MIN_WORDS <= b.count(" ") + 1 <= 5 and b not in out:
            out.append(b)
    return out


_ROLE_END_RE = re.compile(rf"(?:{_alt(_fold_list(B.AUTHOR_ROLE_WORDS))})$")
_ROLE_START_RE = re.compile(rf"^(?:{_alt(_fold_list(B.AUTHOR_ROLE_WORDS_AR))})(?!\w)")
_FOLLOW_PREFIXES = tuple(_bare(w) + " " for w in _fold_list(B.AUTHOR_FOLLOW_WORDS))


def _role(b: str, comma: bool = False) -> bool:
    """A writer's job title (B.AUTHOR_ROLE_*): a few words ending with a role word, or (a line that
    opens in Arabic) opening with one, "صحافية @handle"; ``b``: the line bare and folded; ``comma``: the
    line as written holds a comma (a bio runs on after one)."""
    n = b.count(" ")
    if b[:1].isascii():
        return n < B.AUTHOR_ROLE_MAX_WORDS and _ROLE_END_RE.search(b) is not None
    return (n < B.AUTHOR_ROLE_MAX_WORDS or (n < B.AUTHOR_ROLE_AR_MAX_WORDS and not comma)) and (
        _ROLE_START_RE.match(b) is not None)


# (B.AUTHOR_BIO_*: after the name, on the folded line: "is a staff writer", "is a contributing writer
# at …", "covers …"; the role word ends the line or a preposition follows it: "was the first reporter to
# reach the ground" is a story's)
_EN_BIO_RE = re.compile(rf"(?:(?:is|was|has been)\s+(?:\S+\s+){{0,5}}?(?:{_alt(_fold_list(B.AUTHOR_ROLE_WORDS))})"
                        rf"(?:$|[.,;:]|\s+(?:{_alt(B.AUTHOR_BIO_EN_AFTER_ROLE)})\b)|(?:{_alt(B.AUTHOR_BIO_EN_VERBS)})\s)")


# a reading time run in at a line's end, "… Temps de Lecture 3 min." (see author_line)
_READING_TIME_TAIL_RE = re.compile(rf"(?:{_alt(B.READING_TIME_LABELS)})\s*:?\s*\d+\s*\w*\.?\s*$", re.I)


def _english_bio(f: str, names: list[str]) -> bool:
    """The folded line is a writer's English bio opening with their name (_EN_BIO_RE after it); the name as
    the metadata or the byline gives it, or its first words (a byline run into its date gives "grace
    holloway september")."""
    words = f.split(" ", 6)
    # (the line's first words bare, as the names are: "adebayo-lamb" is "adebayo lamb")
    heads = [(_bare(" ".join(words[:k])), " ".join(words[k:])) for k in range(1, min(len(words), 6))]
    for n in names:
        parts = n.split()
        # (down to the first name alone: "Theo is PagePixel's senior reviews editor. He has tested …" under
        # the review of "Theo Lindqvist", a written probe of general web pages, 2026-12-07)
        for k in range(len(parts), 0, -1):
            head = " ".join(parts[:k])
            if any(h == head and _EN_BIO_RE.match(rest) for h, rest in heads):
                return True
    return False


def author_line(text: str, names: list[str], end: bool) -> str | None:
    """The rule of a line at an edge of the story that is its writer's name alone (or with their job
    title), their job title alone, their follow button, or their bio that opens with the name
    (B.AUTHOR_*; names: author_names(); ``end``: the story's last lines); else None."""
    if not names or len(text.split()) > B.AUTHOR_BIO_MAX_WORDS:
        return None
    f = fold(text)
    b = _bare(f)
    if b in names:
        return "boilerplate.byline-name"
    if not b.isascii() and any(b.startswith(n + " ") for n in names) and (
            end or (_BIO_WORD_RE.search(b) is not None and not _SENTENCE_END_RE.search(text))):
        # (over the story, an author card's line: a writer's word in it and no sentence end; a
        # story's first sentence may open with its writer's name)
        return "boilerplate.author-bio"
    if end and b.isascii() and _english_bio(f, names):
        return "boilerplate.author-bio"
    if not _SENTENCE_END_RE.search(text):
        if _role(b, "،" in text or "," in text):
            return "boilerplate.byline-role"
        for n in names:
            # (the title may be run into the name: "… NguyenNSW reporters")
            if b.startswith(n) and (_role(b[len(n):].strip()) or (
                    " and " in b and _ROLE_END_RE.search(b) is not None and len(b.split()) <= 10)):
                return "boilerplate.byline-name"
            # (... or the place the writer files from run into the name, spans side by side with no space:
            # "Elena SastreFuentespina (Teruel)", a written probe of modern web pages, 2026-12-07)
            if (b.startswith(n) and b[len(n):len(n) + 1].isalpha() and len(b[len(n):].split()) <= B.AUTHOR_GLUED_PLACE_WORDS
                    and _GLUED_RE.search(text)):
                return "boilerplate.byline-name"
    if b.startswith(_FOLLOW_PREFIXES) and any(b[len(w):].startswith(n) for w in _FOLLOW_PREFIXES if b.startswith(w)
                                              for n in names):
        return "boilerplate.follow-author"
    # the place the writer files from, then the name: "القاهرة: سامي الزين", "لندن - سامي الزين"
    m = _PLACE_NAME_RE.match(text)
    if m is not None and _bare(fold(m.group(2))) in names:
        return "boilerplate.byline-name"
    m = _NAME_PLACE_RE.match(text)   # ... or the name, then the place: "محمد الطيب - طويلة"
    if m is not None and _bare(fold(m.group(1))) in names:
        return "boilerplate.byline-name"
    # the name with the story's date: "Par Camille Lafargue et Hugo Darrigade Publié le 21 juillet 2025
    # à 13h55, mis à jour à 22h10" (B.AUTHOR_DATED_MAX_WORDS)
    # (... and the reading time run in after them: "Par Richard Schittly (Lyon, correspondant) Publié le
    # 04 mars 2025 à 05h30 Temps de Lecture 3 min.", Le Monde; its abbreviation's period is no sentence end)
    if (len(text.split()) <= B.AUTHOR_DATED_MAX_WORDS and not _SENTENCE_END_RE.search(_READING_TIME_TAIL_RE.sub("", text))
            and any(f" {n} " in f" {b} " for n in names) and find_date_in_folded(f) is not None):
        return "boilerplate.byline"
    return None


def is_bio_line(text: str) -> bool:
    """A writer's bio on a line of its own, under their name (B.AUTHOR_BIO_MAX_WORDS, a writer's word
    of BIO_LINE_WORDS, no sentence end; not on an ASCII line: an English bio is author_line's, when it
    opens with the name)."""
    if len(text.split()) > B.AUTHOR_BIO_MAX_WORDS or text.isascii() or _SENTENCE_END_RE.search(text):
        return False
    return _BIO_WORD_RE.search(_bare(fold(text))) is not None


_CARD_BIO_VERBS = frozenset(fold(x) for x in B.AUTHOR_CARD_BIO_VERBS)


def is_card_bio(text: str) -> bool:
    """An Arabic writer's bio from their card under the story (B.AUTHOR_CARD_BIO_*): a role word first, a
    verb of the beat within a few words."""
    if text.isascii() or len(text.split()) > B.AUTHOR_BIO_MAX_WORDS:
        return False
    words = _bare(fold(text)).split()
    return (bool(words) and words[0] in _BIO_WORDS
            and any(w in _CARD_BIO_VERBS for w in words[1:B.AUTHOR_CARD_BIO_VERB_WITHIN + 1]))


def is_signoff(text: str) -> bool:
    """The desk's sign-off under a story (rules.boilerplate SIGNOFF_*): initials and agencies
    ("ز.أ.ب/أ.ح (أ ف ب، رويترز)"), an agency's end marker alone ("//انتهى//"), or the agencies after "with"
    ("Avec AFP et Reuters": AGENCY_CREDIT_*)."""
    if len(text.split()) > B.SIGNOFF_MAX_WORDS:
        return False
    f = fold(text)
    if _bare(f) in _SIGNOFF_MARKERS or _AGENCY_CREDIT_RE.match(f.strip()):
        return True   # (an end marker alone; the agencies after "with": B.AGENCY_CREDIT_*)
    if not any(c in text for c in "/()"):
        return False
    rest, agencies = _SIGNOFF_AGENCY_RE.subn(" ", f)
    if not agencies:
        return False
    others = 0
    for tok in re.split(r"[\s/()\[\]،,+\-–—:]+", rest):
        if not tok or _INITIALS_RE.match(tok) or _bare(tok) in _SIGNOFF_MARKERS:
            continue
        others += 1
        if others > 1:
            return False
    return True


_AD_SET = {_bare(fold(x)) for x in B.AD_LABELS}
_AI_SUMMARY_TITLE_SET = frozenset(_bare(fold(x)) for x in B.AI_SUMMARY_TITLES)
_BYLINE_BOX_SET = frozenset(_bare(fold(x)) for x in B.BYLINE_BOX_TITLES)
_AD_JOIN_RE = re.compile(B.AD_LABEL_JOINERS)
# (two joined labels open with one: the first words of the labels, a cheap test before the joiners' regex)
_AD_STARTS = tuple(sorted({x.split()[0] for x in _AD_SET if x}))
_AD_ENDS = tuple(sorted({x.split()[-1] for x in _AD_SET if x}))   # (the site's name before a label)
_AD_CONTINUE_WORDS = frozenset(fold(x) for x in B.AD_LABEL_CONTINUATION_WORDS)


def _ad_labels(folded_text: str) -> bool:
    """Ad labels joined into one line ("إعلان · Advertisement", "Anzeige | Advertisement"): every part
    a label (B.AD_LABEL_JOINERS); or a label and what to do past the slot ("Publicidad - Sigue abajo"), or
    a short site name and a label ("Le360 - Publicité"): B.AD_LABEL_CONTINUATION_*, AD_LABEL_SITE_MAX_WORDS."""
    parts = [_bare(x) for x in _AD_JOIN_RE.split(folded_text)]
    parts = [x for x in parts if x]
    if len(parts) == 2 and parts[0] in _AD_SET:
        words = parts[1].split()
        if len(words) <= B.AD_LABEL_CONTINUATION_MAX_WORDS and not _AD_CONTINUE_WORDS.isdisjoint(words):
            return True
    if len(parts) == 2 and parts[1] in _AD_SET and len(parts[0].split()) <= B.AD_LABEL_SITE_MAX_WORDS:
        return True
    return len(parts) >= 2 and all(x in _AD_SET for x in parts)


_SPONSOR_LINE_RE = re.compile(rf"(?:{_alt(B.SPONSOR_LINE_PREFIXES)})\s*:?\s+\w")
_SPONSOR_PARAGRAPH_RE = re.compile(rf"(?:{_alt(B.SPONSOR_LINE_PREFIXES)})\s*:?\s+(?:[^\s:.!?؟]+\s+){{0,{B.SPONSOR_PARAGRAPH_NAME_WORDS - 1}}}"
                                   rf"[^\s:.!?؟]+\s*:")
_MEDIA_LABEL_SET = {_bare(fold(x)) for x in B.MEDIA_LABELS}
_PREF_CENTER_SET = {_bare(fold(x)) for x in C.PREFERENCE_CENTER_LINES}   # (compared as the anchors are)
# widget titles as the lines are compared (folded, punctuation as spaces: "Don't miss" -> "don t miss")
_WIDGET_SET = {_bare(t) for t in _fold_list(R.WIDGET_TITLES)}
_PROMO_TITLE_SET = {_bare(t) for t in _fold_list(B.PROMO_BOX_TITLES)}
_AUTHOR_BOX_SET = {_bare(t) for t in _fold_list(B.AUTHOR_BOX_TITLES)}
_SENTENCE_MARKER_NEXT = frozenset(fold(x).strip() for x in R.READ_ALSO_SENTENCE_NEXT_WORDS)
_MARKER_ADVERBS = tuple(fold(x).strip() for x in R.READ_ALSO_ADVERBS if not x.isascii())


def ends_with_full_stop(text: str) -> bool:
    """The text ends as a sentence does, with a full stop that is no ellipsis ("…", "..", ". .")."""
    end = text.rstrip()
    return end.endswith((".", "。")) and not end.endswith((". .", "..", "…"))


def ends_as_sentence(text: str) -> bool:
    """ends_with_full_stop, or a question or exclamation mark; closing quotes and brackets after
    it are read past. (Not an ellipsis: a teaser's summary cut short ends so.)"""
    end = text.rstrip().rstrip("\"'”’»)]")
    return end.endswith(("?", "؟", "!", "！", "？")) or ends_with_full_stop(end)


def sentence_line(p: "Para", words: int) -> bool:
    """A line of prose that is a sentence: no heading, under 0.3 of it links, ``words`` words or
    more, ending as a sentence does (the story's own line beside a box or a grid of cards)."""
    if p.heading or p.link_ratio >= 0.3:
        return False
    t = p.text
    return _cjk_words(t, t.count(" ") + 1) >= words and ends_as_sentence(t)


_OPENING_QUOTES = "«“\"'„"
_CLOSING_QUOTES = "»”\"'“"


def _sentence_after_marker(head: str, marker: str, rest: str, link_ratio: float = 1.0) -> bool:
    """A marker without its colon that opens the story's own sentence: the next word is a function
    word ("قد يهمك أن تعرف …", "للمزيد من المعلومات …", "الأكثر قراءة في الصحف …"), or the line is a
    whole sentence with no link (R.READ_ALSO_SENTENCE_MIN_WORDS words or more after the marker and its
    full stop: "Related research shows the council was wrong …", "Recommended reading for the council was
    published …"), and the marker is no verb with its adverb ("اقرأ أيضا …" is always the read-also
    line). R.READ_ALSO_SENTENCE_*."""
    if head.rstrip()[-1:] in ":：" or not rest or marker.endswith(_MARKER_ADVERBS):
        return False
    if link_ratio == 0 and ends_with_full_stop(rest) and len(rest.split()) >= R.READ_ALSO_SENTENCE_MIN_WORDS:
        return True
    return rest.split(None, 1)[0] in _SENTENCE_MARKER_NEXT


# multi-word titles also open a longer heading: "الأكثر قراءة اليوم", "Самые популярные диеты"
_WIDGET_PREFIXES = tuple(t + " " for t in _WIDGET_SET if " " in t)
_READING_TIME_RE = re.compile(_alt(B.READING_TIME_LABELS))   # (on lines with a digit: _HAS_DIGIT first)
_META_LINE_RE = re.compile(rf"^[\W_]*{B.META_LINE_RE}(?:\s*[{re.escape(B.META_LINE_JOINERS)}]\s*{B.META_LINE_RE})*[\W_]*$")
_HAS_DIGIT = re.compile(r"\d").search   # every meta line has a number: a cheap screen for both
# (asked of folded lines: the labels folded too, "آخر تحديث" as "اخر تحديث")
_PUBLISHED_ALT = _alt(_fold_list(B.PUBLISHED_LABELS))
_PUBLISHED_LINE_RE = re.compile(rf"^[\W_]*(?:(?:{_alt(_fold_list(B.LIVE_BADGE_WORDS))})\s*[|•·:–-]\s*)?"
                                rf"(?:{_PUBLISHED_ALT})(?![^\W\d_]).*\d")   # (B.LIVE_BADGE_WORDS)
_PUBLISHED_LABEL_RE = re.compile(rf"^[\W_]*(?:{_PUBLISHED_ALT})(?![^\W\d_])")
_PUBLISHED_LABELS_BARE = frozenset(_bare(fold(x)) for x in B.PUBLISHED_LABELS + B.PUBLISHED_BARE_LABELS)
# ... but "منذ ساعتين" (two hours ago) has none: its own screen is one of RELATIVE_TIME_AR_WORDS
_AR_RELATIVE_WORDS = tuple(_fold_list(B.RELATIVE_TIME_AR_WORDS))
assert not any(w.isascii() for w in _AR_RELATIVE_WORDS)   # (an ASCII line holds none of them)
# (after a live entry's clock, glued or not: "14:20منذ 44 دقيقة", a written probe page 2026-12-04)
_AR_RELATIVE_RE = re.compile(
    rf"^[\W_]*(?:\d{{1,2}}:\d{{2}}\s*)?(?:(?:{_alt(B.RELATIVE_TIME_AR_PREFIXES)})\s*:?\s*)?(?:{_alt(B.RELATIVE_TIME_AR_WORDS)})\s*\d*\s*"
    rf"(?:{_alt(B.RELATIVE_TIME_AR_UNITS)})[\W_]*$")


def _served_rest(paras: "list[Para]", start: int) -> bool:
    """The page serves the subscribers' part of the story after its paywall prompt (sites that send
    the whole text and hide it with a script): at least B.PAYWALL_REST_MIN_LINES lines of prose
    (B.PAYWALL_REST_LINE_WORDS words or more, few links) and B.PAYWALL_REST_MIN_CHARS in all after it.
    The prompt's box goes then, the story stays."""
    lines = chars = 0
    for q in paras[start:]:
        if not q.removed and q.link_ratio < 0.3 and _words(q.text) >= B.PAYWALL_REST_LINE_WORDS:
            lines += 1
            chars += len(q.text)
            if lines >= B.PAYWALL_REST_MIN_LINES and chars >= B.PAYWALL_REST_MIN_CHARS:
                return True
    return False


# A release's heading in a changelog, its version then its date: "3.2.0 (2024-02-19)", "v1.4 – 12 March
# 2024" (a written probe page of Docusaurus release notes, 2026-12-04): a section's title, no dateline.
# (not a date written with dots, "12.03.2024 (Dienstag)")
_RELEASE_HEADING_RE = re.compile(
    rf"^[\W_]*(?:(?:{_alt(_fold_list(B.RELEASE_HEADING_WORDS))})\s*)?(?!\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b)v?\d+\.\d+(?:\.\d+)*"
    r"(?:[-.][a-z0-9]+)*\s*(?:[(\[·•|]|[-–—:]\s)")


def _fact_value(p: "Para") -> bool:
    """A definition list's value under a term that is no publication label: "<dt>Dates</dt><dd>8 March to
    1 September 2024</dd>" (an exhibition's, an event's facts: content), not "<dt>Published</dt><dd>…"."""
    dt = p.block.getprevious() if p.block is not None else None
    if dt is None or dt.tag != "dt":
        return False
    label = fold(text_of(dt))
    return bool(label.strip()) and _PUBLISHED_LABEL_RE.match(label) is None


_STAMP_AUTHOR_RE = re.compile(rf"^[\W_]*(?:{_alt(_fold_list(B.STAMP_LINE_AUTHOR_LABELS))})\s*:?\s+\S", re.I)
_STAMP_JOINER_RE = re.compile(r"\s*[|•·]\s*")   # (not the comma and the slash of META_LINE_JOINERS: dates hold them)


_STAMP_LABEL_RE = re.compile(_PUBLISHED_ALT)


def _published_parts(f: str) -> bool:
    """A folded line of two or three published/updated stamps, each a PUBLISHED_LABELS label with a
    date or time, of at most B.PUBLISHED_PART_MAX_WORDS words, joined by a bar or a dot or run
    together ("publié le 18 juil. 2024 à 08:01mis à jour le …": two <time> elements side by side)."""
    if _PUBLISHED_LINE_RE.match(f) is None:   # (a stamp opens the line, or a counter: "كد خبر: … | تاريخ انتشار: …")
        if not ("|" in f and _META_LINE_RE.match(f.split("|", 1)[0])):
            return False
    parts = [x for x in _STAMP_JOINER_RE.split(f.strip()) if x]
    if len(parts) == 1:   # run together: cut where each label starts
        starts = [m.start() for m in _STAMP_LABEL_RE.finditer(f)]
        lead = f[:starts[0]] if starts else f
        if len(starts) < 2 or lead.strip(" \t-–—:|•·"):
            return False
        parts = [f[a:b] for a, b in zip(starts, starts[1:] + [len(f)])]
    if not 2 <= len(parts) <= 3 or any(len(x.split()) > B.PUBLISHED_PART_MAX_WORDS for x in parts):
        return False
    stamps = [_PUBLISHED_LINE_RE.match(x) is not None for x in parts]
    # (beside a stamp: a counter, or the writer after a label: B.STAMP_LINE_AUTHOR_*)
    return any(stamps) and all(s or _META_LINE_RE.match(x) or (
        _STAMP_AUTHOR_RE.match(x) and len(x.split()) <= B.STAMP_LINE_AUTHOR_MAX_WORDS + 1) for s, x in zip(stamps, parts))


def _line_numbers(text: str) -> bool:
    """The line is a code block's gutter: the numbers 1 to n in order, n at least B.LINE_NUMBERS_MIN."""
    nums = text.split()
    return len(nums) >= B.LINE_NUMBERS_MIN and all(x == str(k) for k, x in enumerate(nums, 1))


def _banner_agree_line(p: "Para") -> bool:
    """A short line in the banner's second person, "… فإنك توافق على …" / "… you agree to …"
    (rules.consent BANNER_YOU_AGREE): asked only of the lines right after a cookie banner line."""
    f = folded(p)
    return (_words(f) <= C.BANNER_YOU_AGREE_MAX_WORDS and _YOU_AGREE_RE.search(f) is not None
            and not _QUOTE_RE.search(f))


def _holds_any(box: etree._Element, elements) -> bool:
    """One of *elements* lies inside *box*."""
    return any(any(a is box for a in e.iterancestors()) for e in elements)


def _banner_score_at_least(p: "Para", least: int, buttons) -> bool:
    """cookie_banner_score of the line, with _beside_consent_buttons's point asked only when it decides."""
    score = cookie_banner_score(folded(p))
    return score >= least or (score == least - 1 and _beside_consent_buttons(p, buttons) == 1)


def _beside_consent_buttons(p: "Para", buttons) -> int:
    """1 when the line's box, up to C.BANNER_BUTTON_BOX_LEVELS levels above its block, holds one of the page's
    consent buttons ("Alle akzeptieren" as a <button>: the banner's own text, not prose about cookies; a
    written probe of European blogs, 2026-12-07, kept a Jimdo banner's sentences), else 0."""
    blk = p.block
    if not buttons or blk is None:
        return 0
    for level, anc in enumerate((blk, *blk.iterancestors())):
        if level > C.BANNER_BUTTON_BOX_LEVELS or anc.tag in ("body", "html", "article", "main"):
            return 0
        if _holds_any(anc, buttons):
            return 1
    return 0


_QUOTED_SPAN_RE = re.compile(r"[«“„\"]([^«»“”„\"]{0,80})[»“”\"]")
_QUOTE_MARK_RE = re.compile(r"[«»“”„\"]")


def _quoted_labels_only(folded: str) -> bool:
    """The line's quotation marks only set off short labels (C.BANNER_QUOTED_LABEL_MAX_WORDS words each) and no
    one is said to say anything: a banner naming its own link, "… jederzeit unter „Privatsphäre“ widerrufen."
    (a written probe of walls, 2026-12-07), not a story quoting a banner."""
    if _SAID_RE.search(folded):
        return False
    spans = _QUOTED_SPAN_RE.findall(folded)
    # (not a consent button's label: a story about banners quotes those, "… يضغطون «قبول الكل» دون قراءة")
    return (bool(spans) and all(len(x.split()) <= C.BANNER_QUOTED_LABEL_MAX_WORDS
                                and _bare(x) not in _BUTTON_SET for x in spans)
            and not _QUOTE_MARK_RE.search(_QUOTED_SPAN_RE.sub(" ", folded)))


def cookie_banner_score(folded: str) -> int:
    """Evidence that a line is a cookie banner, not prose about cookies (needs a cookie word)."""
    if not _COOKIE_WORD_RE.search(folded):
        return 0
    n = _words(folded)
    score = 0
    statements = _STATEMENT_RE.findall(folded)
    if statements:
        score += 2
        if n > 30 and len(set(statements)) >= 2:
            score += 1   # (a long line with two of the banners' statements: the IAB framework's say five)
    if _SELF_RE.search(folded):
        score += 1
    if _BUTTON_IN_TEXT_RE.search(folded):
        score += 1
    if n <= 30:
        score += 1
    if n > 70:
        score -= 3
    if _QUOTE_RE.search(folded) and not ((_YOU_AGREE_RE.search(folded) or _PRESS_BUTTON_RE.search(folded))
                                         and _QUOTED_BUTTON_RE.search(folded)
                                         and not _QUOTE_RE.search(_QUOTED_BUTTON_RE.sub(" ", folded))) \
            and not _quoted_labels_only(folded):
        score -= 2   # (a quotation: prose about a banner; not the banner quoting its own button,
        #               the reader agreeing by it or told to press it: "انقر على «أوافق» لقبول …")
    return score


def _preference_center(paras: list[Para]) -> list[int]:
    """The lines of a consent preference centre printed as lines of the page (rules.consent
    PREFERENCE_CENTER_*): each line only such a panel prints, and the run of lines around it that
    speak of cookies or of the reader's choices, button labels and repeated category titles."""
    anchors = [i for i, q in enumerate(paras)
               if not q.removed and q.text.count(" ") < 6 and _bare(folded(q)) in _PREF_CENTER_SET
               and q.block is not None]
    if len(anchors) < C.PREFERENCE_CENTER_MIN_ANCHORS:
        return []
    # the panel: the smallest box around all those lines; never a box that holds the headline or
    # the whole page, and nothing outside it goes (a story about cookie law beside the panel stays)
    blocks = [paras[a].block for a in anchors]
    common = {blocks[0], *blocks[0].iterancestors()}
    for b in blocks[1:]:
        common &= {b, *b.iterancestors()}
    panel = next(a for a in (blocks[0], *blocks[0].iterancestors()) if a in common)
    if _box_stops_at(panel) or next(panel.iter("h1"), None) is not None:
        return []
    taken: set = set()
    panel_box = (panel,)   # (a tuple for in_boxes; no nested function for it: see filter_paragraphs' end)

    def consent_line(q: Para, seen: set) -> bool:
        f = folded(q)
        if _words(f) > C.PREFERENCE_CENTER_MAX_WORDS or not in_boxes(q, panel_box):
            return False
        return (_bare(f) in _PREF_CENTER_SET or f in seen or _is_button_line(f)
                or _COOKIE_WORD_RE.search(f) is not None or _CHOICE_WORD_RE.search(f) is not None)

    for a in anchors:
        if a in taken:
            continue
        seen = {folded(paras[a])}
        run = [a]
        for step in (-1, 1):
            j = a + step
            while 0 <= j < len(paras):
                q = paras[j]
                if not q.removed:
                    if consent_line(q, seen):
                        run.append(j)
                        seen.add(folded(q))
                    elif (_words(q.text) <= C.PREFERENCE_CENTER_GAP_WORDS and in_boxes(q, panel_box)
                          and 0 <= j + step < len(paras)
                          and not paras[j + step].removed and consent_line(paras[j + step], seen)):
                        run.append(j)   # a short line inside the run ("Sale of Personal Data")
                    else:
                        break
                j += step
        taken.update(run)
    return sorted(taken)


# (a paywall's cut-off notice under the story's first lines, the lines under it going as
# "boilerplate.after-paywall": the page says the rest of the story is for subscribers)
PAYWALL_CUT_RULE = "boilerplate.paywall-cut"


def _teaser_card_lines(p: Para, q: Para) -> bool:
    """Lines ``p`` and ``q`` are a teaser card's linked title and summary (B.READ_ALSO_CARD_*): the smallest box
    holding both, within two levels of ``q``'s block, holds no other text, and a picture, in it or in its parent
    that holds no other text either."""
    if p.block is None or q.block is None:
        return False
    box = q.block
    for _ in range(3):
        if box is None:
            return False
        if in_boxes(p, (box,)):
            break
        box = box.getparent()
    else:
        return False
    own = _nonspace_len(p.text) + _nonspace_len(q.text)
    if _visible_len_upto(box, own + B.READ_ALSO_CARD_SLACK_CHARS) is None:
        return False
    if next(box.iter("img", "picture"), None) is not None:
        return True
    outer = box.getparent()   # (the card around the box: its thumbnail beside the box, no more text)
    return (outer is not None and next(outer.iter("img", "picture"), None) is not None
            and _visible_len_upto(outer, own + B.READ_ALSO_CARD_SLACK_CHARS) is not None)


def _is_newsletter_promo(p: Para) -> bool:
    """A line asking the reader to sign up for a newsletter (rules.boilerplate NEWSLETTER_PROMO_*)."""
    if p.heading or not _raw_promo_noun(p.text, _low(p)):   # (raw screen first: most lines stop here)
        return False
    f = folded(p)
    if not (_PROMO_VERB_RE.search(f) and _PROMO_NOUN_RE.search(f)) or _QUOTE_RE.search(f):
        return False
    if _words(p.text) <= B.NEWSLETTER_PROMO_PLAIN_WORDS:
        return True
    # (a longer line: one of its sentences asks, with the verb and the noun, opening with the verb or
    # speaking to the reader: "Sign up for CNN's Wonder Theory science newsletter. Explore the universe
    # with …"; not a story's sentences about newsletters, "… what the newsletter is. Others have replaced
    # the welcome message with a one-question survey: why did you subscribe?", "I also subscribe to every
    # newsletter …")
    sentences = _SENTENCE_SPLIT_RE.split(f)
    # (... or opening with the verb and naming the newsletter within its first B.NEWSLETTER_PROMO_NOUN_WITHIN words,
    # however long: "Sign up for CNN Travel's Unlocking the World newsletter for news about destinations …", 27 words)
    if any(_PROMO_NOUN_RE.search(x) and (
            ((m := _PROMO_VERB_RE.search(x)) is not None and m.start() == 0 and (
                _words(x) <= B.NEWSLETTER_PROMO_PLAIN_WORDS
                or _PROMO_NOUN_RE.search(" ".join(x.split()[:B.NEWSLETTER_PROMO_NOUN_WITHIN]))))
            or (_PROMO_VERB_RE.search(x) and _PROMO_ADDRESS_RE.search(x) is not None))
            for x in sentences):
        return True
    # ... or a pitch that names the newsletter to the reader, then a bare call as its last sentence: "The
    # Sustainable Switch newsletter helps you stay up to date with the latest sustainability trends. Sign up
    # here." (B.NEWSLETTER_PROMO_CALL_MAX_WORDS)
    last = sentences[-1].strip() or (sentences[-2].strip() if len(sentences) > 1 else "")
    m = _PROMO_VERB_RE.search(last)
    return (m is not None and m.start() == 0 and _words(last) <= B.NEWSLETTER_PROMO_CALL_MAX_WORDS
            and any(_PROMO_NOUN_RE.search(x) and _PROMO_ADDRESS_RE.search(x) for x in sentences[:-1]))


_SCOPED_FLAGS = ((re.I, "i"), (re.M, "m"), (re.S, "s"), (re.X, "x"), (re.A, "a"))
_NAMED_GROUP_RE = re.compile(r"\(\?P<\w+>")


def _match_any(*patterns: re.Pattern):
    """``lambda s: any(p.match(s) for p in patterns)`` as one ``re`` call: the alternation of the
    patterns, each with its own flags (scoped) and its named groups unnamed. The line rules ask it
    of a line once, then only the patterns of a line it matches: a failed ``match`` costs little
    inside ``re`` but a call each from Python (19 calls a short line). The patterns must not refer
    back to a group (a number would point elsewhere in the union)."""
    parts = []
    for pat in patterns:
        src = pat.pattern
        if "(?P=" in src or re.search(r"\\[1-9]", src):
            raise ValueError(f"a back-reference cannot join a union: {src[:60]!r}")
        flags = "".join(c for f, c in _SCOPED_FLAGS if pat.flags & f)
        parts.append(f"(?{flags}:{_NAMED_GROUP_RE.sub('(?:', src)})")
    return re.compile("|".join(parts)).match


# The line rules' start patterns on the folded line (f) and on the line as written (p.text), each
# asked of a line only when its union matches (filter_paragraphs; tests/test_line_screens.py)
_FOLDED_STARTS = (_READ_ALSO_RE, _EMBED_CONSENT_RE, _PAYWALL_RE, B.METER_NOTICE_RE, _CONTENT_GATE_RE,
                  _CONTACT_LINE_RE, _CAPTION_RE, _SOURCE_LINE_RE, _BYLINE_LABEL_RE, _SPONSOR_LINE_RE,
                  _FURNITURE_RE, _BLOG_TEMPLATE_RE, _BYLINE_RE, _CREDIT_LINE_RE)
_RAW_STARTS = (B.CONTACT_FOOTER_RE, B.TIP_LINE_RE, B.TIP_LINE_AR_RE, B.TIP_QUESTION_AR_RE, B.APP_PROMO_RE, B.LISTEN_ON_RE,
               B.FOLLOW_LINE_CALL_RE, _MEDIA_TITLE_RE, _LIVE_STAMP_RE, _PR_SOURCE_RE, B.NEWSLETTER_ISSUE_RE, B.LETTERS_CALL_RE,
               B.NEWS_PLUG_RE)
_folded_start = _match_any(*_FOLDED_STARTS)
_raw_start = _match_any(*_RAW_STARTS)

# Lines told by their opening alone, each (max words, start pattern, rule): a newsletter issue's own lines, a
# call for readers' letters, a news site's plug (B.NEWSLETTER_ISSUE_*, B.LETTERS_CALL_*, B.NEWS_PLUG_*); their
# patterns are in _RAW_STARTS, so a line is asked only when that union matches it
_OPENING_LINES = ((B.NEWSLETTER_ISSUE_MAX_WORDS, B.NEWSLETTER_ISSUE_RE.match, "boilerplate.newsletter-issue"),
                  (B.LETTERS_CALL_MAX_WORDS, B.LETTERS_CALL_RE.match, "boilerplate.letters-call"),
                  (B.NEWS_PLUG_MAX_WORDS, B.NEWS_PLUG_RE.match, "boilerplate.news-plug"))


def _age_notice(p: Para) -> bool:
    """A notice that the story is old (B.AGE_NOTICE_*)."""
    f = folded(p)
    return any(h in f for h in B.AGE_NOTICE_HINTS) and B.AGE_NOTICE_RE.search(f) is not None


def _opening_line(text: str, words: int) -> str | None:
    """The rule of a line that one of _OPENING_LINES opens, else None."""
    return next((rule for most, match, rule in _OPENING_LINES if words <= most and match(text)), None)


_LISTEN_ON_PLATFORM_RE = re.compile(_alt(B.LISTEN_ON_PLATFORMS))
_LISTEN_ON_SINGULAR = frozenset(fold(w) for w in B.LISTEN_ON_SINGULAR_AR)
_FOLLOW_CALL_PLATFORM_RE = re.compile(rf"\b(?:{_alt(B.FOLLOW_LINE_CALL_PLATFORMS)})\b")
_FOLLOW_CALL_OWN_RE = re.compile(_alt(B.FOLLOW_LINE_CALL_OWN_PLACES))
_FOLLOW_CALLS_ALSO_TOLD = frozenset(_fold_list(B.FOLLOW_LINE_CALLS_ALSO_TOLD))
_FIRST_WORD_RE = re.compile(r"[\W_]*(\w*)")


def _follow_call(text: str, opens: bool) -> bool:
    """A call to follow the site (B.FOLLOW_LINE_CALL_*) opening the line (``opens``: the line's
    start screen matched) or its last sentence: with two platforms, the site's own channel, or after a
    call to follow us, one platform or Google."""
    if opens and B.FOLLOW_LINE_CALL_RE.match(text) is not None and _follow_places(text):
        return True
    if "hatsApp" in text or "elegram" in text or "oogle" in text:
        m = B.FOLLOW_LINE_ALSO_ON_RE.search(text)
        if m is not None and len(text[:m.start()].split()) <= B.FOLLOW_LINE_ALSO_ON_SUBJECT_WORDS:
            return True   # (the site, named first, on a messaging app too: B.FOLLOW_LINE_ALSO_ON_*)
    # (the last sentence found by rfind, in C: a regex over every short line cost 2% of extract())
    k = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if k < 0:
        return False
    last = text[k + 2:]
    return B.FOLLOW_LINE_CALL_RE.match(last) is not None and _follow_places(last)


def _follow_places(call: str) -> bool:
    f = fold(call)
    platforms = set(_FOLLOW_CALL_PLATFORM_RE.findall(f))
    if len(platforms) >= 2:
        return True
    if _FIRST_WORD_RE.match(f).group(1) in _FOLLOW_CALLS_ALSO_TOLD:
        return False
    if _FOLLOW_CALL_OWN_RE.search(f) is not None or B.FOLLOW_LINE_CALL_CHANNEL_RE.search(f):
        return True
    return B.FOLLOW_LINE_CALL_US_RE.match(call) is not None and (bool(platforms) or "google" in f)


def _listen_on(f: str) -> bool:
    """The folded line names two of the podcast apps, or "wherever you get your podcasts"
    (B.LISTEN_ON_*); a line opening with an Arabic verb that is also the past tense is a call only when
    short and without a full stop."""
    if not (len(set(_LISTEN_ON_PLATFORM_RE.findall(f))) >= 2 or B.LISTEN_ON_ANYWHERE_RE.search(f) is not None):
        return False
    words = f.split()
    return not (words and words[0].strip("\"'«»") in _LISTEN_ON_SINGULAR
                and (len(words) > B.LISTEN_ON_SINGULAR_MAX_WORDS or f.rstrip().endswith((".", "۔"))))


_SKIP_STARTS = frozenset({"skip", "Skip", "SKIP"})
_SKIP_PAST_RE = re.compile(B.SKIP_PAST_LINK_RE, re.I)


def _skip_past(paras: list[Para], removals: list[Removal], stage: str, end_links: bool = False) -> None:
    """A link that lets the reader skip a promotion ("skip past newsletter promotion", <a href="#X">;
    with ``end_links``, any link to an "#end-of-…" element: B.SKIP_PAST_END_PREFIX) and what it skips:
    every line from the link to the element it points at (id X), and that element's own label ("after
    newsletter promotion"), when they are few (B.SKIP_PAST_*)."""
    for j, p in enumerate(paras):
        if (p.removed or p.block is None or p.link_ratio < 0.9 or len(p.text) > B.SKIP_PAST_LINK_MAX_CHARS
                or not (end_links or (p.text[:4] in _SKIP_STARTS and _SKIP_PAST_RE.match(p.text)))):
            continue
        link = next((a for a in p.block.iter("a") if (a.get("href") or "").startswith("#") and (
            (end_links and a.get("href").startswith(B.SKIP_PAST_END_PREFIX))
            or _SKIP_PAST_RE.match(" ".join(text_of(a).split())))), None)
        if link is None:
            continue
        target_id = link.get("href")[1:]
        between, target, n = set(), None, 0
        for el in link.getroottree().getroot().iter():
            if target is None and el is link:
                target = False   # (from here on: the elements between)
                continue
            if target is False:
                if el.get("id") == target_id:
                    target = el
                    break
                between.add(el)
                n += 1
                if n > B.SKIP_PAST_MAX_ELEMENTS:
                    break
        if not isinstance(target, etree._Element):
            continue
        k, lines = j + 1, []
        while k < len(paras) and len(lines) <= B.SKIP_PAST_MAX_LINES:
            q = paras[k]
            if q.block is target or (q.block is not None and any(a is target for a in q.block.iterancestors())):
                if _words(q.text) <= B.SKIP_PAST_LABEL_MAX_WORDS:
                    lines.append(q)   # (the target's own label, "after newsletter promotion")
                break
            if q.block not in between:
                break
            lines.append(q)
            k += 1
        else:
            continue   # (more lines than a promotion's)
        for q in (p, *lines):
            if not q.removed:
                mark_removed(q, "boilerplate.skip-past", removals, stage)


_QUOTED_RE = re.compile(r"[“\"«„]([^“”\"«»„]+)[”\"»“]")


def _pull_quotes(paras: list[Para], page: str) -> list[int]:
    """The lines of a <blockquote> (the line's block or one of the two boxes above it) of at most
    B.PULL_QUOTE_MAX_WORDS words whose quotation (the text between quote marks, at least half the
    line's words and B.PULL_QUOTE_MIN_WORDS or more) the page prints again elsewhere: a pull quote
    repeating a sentence of the story ("It's the whole town, going back and forth," the captain said …)."""
    out: list[int] = []
    page_bare = None
    for j, q in enumerate(paras):
        blk = q.block
        if q.removed or blk is None or _words(q.text) > B.PULL_QUOTE_MAX_WORDS:
            continue
        if not (blk.tag == "blockquote" or any(a.tag == "blockquote" for _, a in zip(range(2), blk.iterancestors()))):
            continue
        quoted = [b for b in (_bare(fold(x)) for x in _QUOTED_RE.findall(q.text))
                  if b.count(" ") + 1 >= max(B.PULL_QUOTE_MIN_WORDS, _words(q.text) / 2)]
        if not quoted:
            continue
        if page_bare is None:
            page_bare = _bare(fold(page))
        if any(page_bare.count(b) >= 2 for b in quoted):
            out.append(j)
    return out


def _appeal_box(p: Para) -> etree._Element | None:
    """The box of an appeal that line ``p`` opens (B.APPEAL_BOX_*): the nearest box around its block that holds more
    than the line, of at most B.APPEAL_BOX_MAX_CHARS visible characters, or None."""
    b = p.block
    own = _nonspace_len(p.text)
    for _ in range(B.APPEAL_BOX_LEVELS):
        b = b.getparent() if b is not None else None
        if b is None or b.tag in ("body", "html", "article", "main"):
            return None
        n = _visible_len_upto(b, B.APPEAL_BOX_MAX_CHARS)
        if n is None:
            return None
        if n > own + B.APPEAL_BOX_MORE_CHARS:
            return b
    return None


def _meta_joined(p: Para) -> bool:
    """A line of meta parts: joined by a bar or a spaced middle dot or bullet, or saying a reading time."""
    t = p.text
    return "|" in t or " · " in t or " • " in t or (
        _HAS_DIGIT(t) is not None and _READING_TIME_RE.search(folded(p)) is not None)


def _last_story_lines(paras: list[Para], placed: list[int], removals: list[Removal], stage: str) -> None:
    """When the line rules left the page no line of prose (B.LAST_STORY_*), the lines taken only by
    where they stand (a caption by its place under an image) or by the date they hold
    (boilerplate.dateline) that are sentences are the story: a brief of one sentence in the box of its
    photo, a lead that opens with its date. They come back, and their removal records go."""
    if any(not q.removed and not q.heading and q.link_ratio < 0.3 and q.text.count(" ") + 1 >= B.LAST_STORY_WORDS
           for q in paras):
        return
    # (not a meta line of parts joined by a bar or a dot, nor one that says a reading time: "ريم الأنصاري · 3 ديسمبر
    # 2025 · قراءة في 7 دقائق" over a log-in wall's box, the only line left of a subscribers' page, came back
    # as its story; a written probe of Arabic walls, 2026-12-08)
    back = [paras[k] for k in placed if paras[k].text.count(" ") + 1 >= B.LAST_STORY_WORDS
            and paras[k].link_ratio < 0.3 and not _meta_joined(paras[k])]
    if not back:
        return
    gone = {(q.order, q.removed) for q in back}
    removals[:] = [r for r in removals if not (r.stage == stage and (r.order, r.rule) in gone)]
    for q in back:
        if q.block is not None and q.block.get(LINE_ATTR) == q.removed:
            del q.block.attrib[LINE_ATTR]
        q.removed = None


def filter_paragraphs(paras: list[Para], removals: list[Removal], profile: SiteProfile | None = None,
                      stage: str = "text", facts: dict | None = None) -> list[Para]:
    """Mark read-also lines (with the link lines that belong to them), related-widget headings,
    cookie-banner sentences, captions and credits, and page furniture. Returns the paragraphs
    that were kept. ``facts`` (from :func:`walk`) brings the images' alt texts and the blocks
    that hold an image, for captions without caption markup."""
    for key, rule in (("signup_boxes", "boilerplate.signup-box"), ("login_boxes", "boilerplate.login-box"),
                      ("buy_boxes", "boilerplate.buy-box"),
                      ("poll_boxes", "boilerplate.poll-box")):
        boxes = facts.get(key) if facts else None
        if not boxes:
            continue
        for j, q in enumerate(paras):
            if not q.removed and in_boxes(q, boxes):
                # the box's own cut-off line ("Connectez-vous pour lire la suite" in a registration
                # wall's box under a story's lead): the readable story ended there, as at a paywall's
                # line (step 4 below), and the article says so (paywalled)
                cut = (key != "poll_boxes" and _words(q.text) <= 25 and _PAYWALL_CUT_RE.match(folded(q))
                       and sum(len(o.text) for o in paras[:j] if not o.removed and o.link_ratio < 0.3
                               and _words(o.text) >= 8) >= 200)
                mark_removed(q, PAYWALL_CUT_RULE if cut else rule, removals, stage)
    if facts is not None:
        _comment_lists(paras, removals, stage, facts.get("cites", True))   # reader-comment lists told by their structure
    end_links = bool(facts and facts.get("end_links"))
    if end_links or any(p.text[:4] in _SKIP_STARTS and not p.removed for p in paras):
        _skip_past(paras, removals, stage, end_links)
    img_texts = facts.get("img_texts", ()) if facts else ()
    # (the folded names of the page's videos, each with its folded description: B.VIDEO_TITLE_*)
    video_names: dict = {}
    ld_captions = {fold(c) for c in (facts.get("image_captions", ()) if facts else ())}
    for name, desc in (facts.get("videos", ()) if facts else ()):
        video_names.setdefault(fold(name), set()).add(fold(desc))
    img_blocks = facts.get("img_blocks", ()) if facts else ()
    # the box of an image (the image's block, or the box right around that block: <div><div><img>
    # </div><div>caption</div></div>) that a line sits in, up to two levels above the line's own block
    # (<figure><img><p>caption</p></figure>), and how many lines each such box holds
    # (sole_lines: the lines that are the only line of such a box)
    sole_lines: set = set()
    credited: set = set()
    table_captions: set = set()
    if img_blocks:
        boxes_of_images = set(img_blocks)
        boxes_of_images.update(b.getparent() for b in img_blocks if b.getparent() is not None)
        image_box: dict = {}
        lines_per_box: dict = {}
        for q in paras:
            b = q.block
            for _ in range(B.CAPTION_BOX_LEVELS):
                if b is None:
                    break
                if b in boxes_of_images:
                    image_box[id(q)] = b
                    lines_per_box.setdefault(b, []).append(q)
                    break
                b = b.getparent()
        # (the only line of the box, or each of its few lines when all are short, none ends a sentence
        # and one is a caption label or credit: "صورة أرشيفية" over "طلاب في مدرسة …")
        # (the boxes of a few lines one of which is a caption label or credit by its words: asked once a box)
        labelled = {b for b, lines in lines_per_box.items() if 1 < len(lines) <= B.CAPTION_BOX_MAX_LINES
                    and b.tag not in _NO_CAPTION_BLOCKS and any(_caption_label_line(q) for q in lines)}
        sole_lines = {k for k, b in image_box.items() if b.tag not in _NO_CAPTION_BLOCKS and (
            len(lines_per_box[b]) == 1 or (b in labelled and all(
                not q.heading and _words(q.text) <= 15 and not _SENTENCE_END_RE.search(q.text)
                for q in lines_per_box[b])))}
        # (... and a one-sentence caption over its credit line in the image's box: B.CAPTION_CREDITED_MAX_WORDS)
        credited = {id(q) for b in labelled if len(lines_per_box[b]) == 2
                    for q in lines_per_box[b] if not q.heading and _words(q.text) <= B.CAPTION_CREDITED_MAX_WORDS}
        # a small table that frames an image and its caption (<table><tr><td><img></td></tr><tr><td>
        # caption</td></tr></table>): its few short lines are the caption (table_captions; B.CAPTION_TABLE_*)
        tables = _caption_tables(img_blocks)
        if tables:
            in_table: dict = {}
            for q in paras:
                b = q.block
                if b is not None and b.tag in _TABLE_LINE_TAGS:
                    for anc in b.iterancestors():
                        if anc.tag == "table":
                            if anc in tables:
                                in_table.setdefault(anc, []).append(q)
                            break
            for lines in in_table.values():
                if len(lines) <= B.CAPTION_BOX_MAX_LINES and all(
                        not q.heading and not q.link_chars and _words(q.text) <= B.CAPTION_TABLE_MAX_WORDS
                        and not _SENTENCE_END_RE.search(q.text) for q in lines):
                    table_captions.update(id(q) for q in lines)
    site_re = None
    if profile and profile.noise_phrases:
        site_re = re.compile(rf"^[\W_]*(?:{_alt(profile.noise_phrases)})", re.I)

    def drop(i: int, rule: str):
        mark_removed(paras[i], rule, removals, stage)

    def consume_links(j: int, rule: str, max_n: int = 12) -> int:
        """The link lines right after line j-1 (a read-also marker, a widget's title) go: at most
        ``max_n``, and past that only those in the marker's own block (a list set into the story's
        paragraph with <br>s: macdailynews.com's "Related MacDailyNews articles:" over 40 links,
        CleanEval dev page final-104, whose rest outweighed the story it shares a <p> with)."""
        n = 0
        own = paras[j - 1].block if j > 0 else None
        while j < len(paras) and (n < max_n or (own is not None and paras[j].block is own)):
            q = paras[j]
            if q.removed:
                j += 1
                continue
            if q.link_ratio >= 0.6 and _words(q.text) <= 30:
                drop(j, rule)
                j += 1
                n += 1
                continue
            break
        return j

    def inside(q: Para, box: etree._Element) -> bool:
        return q.block is box or (q.block is not None and any(a is box for a in q.block.iterancestors()))

    def small_box(j: int, apart: "Para | None" = None, own: bool = False):
        """The largest box around line j's block of at most 400 visible characters (below
        <article>/<main>/<body>; with ``apart``, below the box that holds that line too), or None;
        not the line's own block (``own``: that too, when the next line lies inside it)."""
        blk = paras[j].block
        box = None
        if blk is not None:
            n = 0
            for anc in (blk, *blk.iterancestors()):
                if anc.tag in ("body", "html", "article", "main") or (apart is not None and inside(apart, anc)):
                    break
                # (visible_len_over(anc, 400), each level adding what lies beside the box below it)
                n = _visible_len_upto(anc, 400) if box is None else _climb_visible_len(anc, 400, box, n)
                if n is None:
                    break
                box = anc
        if box is blk and not (own and j + 1 < n_paras and inside(paras[j + 1], blk)):
            return None
        return box

    def story_prose(q: Para, words: int) -> bool:
        return not q.removed and sentence_line(q, words)

    page_prose: dict = {}   # (the characters of the page's story_prose lines, once per word count)

    def story_below(j: int, box: etree._Element, words: int = B.BOX_STORY_PROSE_WORDS) -> bool:
        """The lines after line j in the box hold the page's story: at least B.BOX_STORY_PROSE_SHARE
        of its prose (lines of ``words`` words or more; B.BOX_STORY_PROSE_*): the box is the story's
        own, not the widget's or the notice's."""
        k = j + 1
        n = 0
        while k < n_paras and inside(paras[k], box):
            if story_prose(paras[k], words):
                n += len(paras[k].text)
            k += 1
        if not n:
            return False
        total = page_prose.get(words)
        if total is None:
            total = page_prose[words] = sum(len(q.text) for q in paras if story_prose(q, words))
        return n >= B.BOX_STORY_PROSE_SHARE * total

    def furniture_box(j: int):
        """The small box a furniture heading at line j opens, when the box also holds a button and
        little else (B.FURNITURE_BOX_*), or None."""
        box = small_box(j)
        if box is None or (j > 0 and inside(paras[j - 1], box)) or story_below(j, box):
            return None
        # (a <button> prints no line: "Copy HTML" under the republishing box's licence; not a toggle that
        # opens or closes the box, aria-expanded: ZDF's "Sendehinweis" note, which its gold keeps)
        k, pitch = j + 1, 0
        buttons = int(any(b.get("aria-expanded") is None and b.get("aria-controls") is None for b in box.iter("button")))
        while k < n_paras and inside(paras[k], box):
            q = paras[k]
            words = _words(q.text)
            if q.removed or (q.link_ratio >= 0.6 and words <= B.FURNITURE_BOX_BUTTON_WORDS):
                buttons += 1
            elif words > B.FURNITURE_BOX_PITCH_WORDS or pitch == B.FURNITURE_BOX_MAX_PITCH:
                return None
            else:
                pitch += 1
            k += 1
        return box if buttons else None

    def player_box(j: int) -> list[int]:
        """The indexes of the lines of the video player's box that line j (the video's length) stands
        in, or [] when it is no such box (B.PLAYER_BOX_*)."""
        box = small_box(j)
        if box is None:
            box = paras[j].block   # (the line's own block may be the box: title and length in it)
        if box is None or any(a.tag in ("table", "tr", "td") for a in (box, *box.iterancestors())):
            return []
        named = None
        el = paras[j].block   # (the line's block, the elements above it up to the box, the box)
        while el is not None:
            if B.PLAYER_BOX_CLASS_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
                named = el
                break
            if el is box:
                break
            el = el.getparent()
        if named is None:
            return []
        members = player_lines(j, box)
        if not members and named is not box:
            # (a short story's whole box is under 400 characters: the player's own named box, its title
            # and its length, within it; a written probe of Arabic news sites, 2026-12-07, div.video-embed)
            members = player_lines(j, named)
            if len(members) < 2:
                return []
        return members

    def player_lines(j: int, box: etree._Element) -> list[int]:
        k = j
        while k > 0 and inside(paras[k - 1], box):
            k -= 1
        members = []
        while k < n_paras and inside(paras[k], box):
            q = paras[k]
            # (a title may ask a question: "فيديو توضيحي: كيف تعمل مزرعة عمودية؟")
            if not q.removed and (_words(q.text) > B.PLAYER_BOX_LINE_MAX_WORDS or (
                    _SENTENCE_END_RE.search(q.text) and not q.text.rstrip().endswith(("?", "؟")))):
                return []
            members.append(k)
            k += 1
        return members

    def consume_box(j: int, rule: str) -> int:
        """The marker line opens a small box (≤ 400 characters: a read-also or related widget
        without a telling class): every line of that box goes with it. Returns the next index.
        (The box holds no line before the marker: in a story of one short paragraph the story's own
        box is under 400 characters too, and RT's "اقرأ المزيد" card, title, link and teaser, sits in
        it: a written probe of adversarial Arabic pages, 2026-12-07.)"""
        # (the box may be the marker's own block, the marker set in it inline over the box's other lines:
        # <div class="video-embed"><span>شاهد أيضاً</span><div>player</div><p>title</p></div>, a written probe
        # of Arabic story pages, 2026-12-07)
        box = small_box(j, paras[j - 1] if j > 0 else None, own=True)
        if box is None or story_below(j, box):
            return j + 1   # not a box of its own (the marker shares its block with the line before it)
        return drop_inside(j + 1, box, rule)

    consent_buttons = facts.get("consent_buttons", ()) if facts else ()

    def consume_consent_box(j: int) -> int:
        """A cookie banner's line in the box that holds the page's consent buttons (a privacy centre
        printed beside the story: its intro, its categories' titles and descriptions), or else in the
        box right around it (buttons made of links): the box's other lines go too when none is prose
        that speaks of neither cookies nor choices (C.CONSENT_BOX_*). Returns the next index."""
        blk = paras[j].block
        if blk is None:
            return j + 1
        box = None
        for level, anc in enumerate(blk.iterancestors()):
            if level >= C.CONSENT_BOX_LEVELS or anc.tag in ("body", "html", "article", "main") or is_body_hint(anc):
                break
            if level == 0:
                box = anc   # (without buttons: the box right around the line)
            if _holds_any(anc, consent_buttons):
                box = anc
                break
        if box is None:
            return j + 1
        first, last = j, j
        while first > 0 and inside(paras[first - 1], box):
            first -= 1
        while last + 1 < n_paras and inside(paras[last + 1], box):
            last += 1
        lines = [paras[k] for k in range(first, last + 1) if k != j and not paras[k].removed]
        if not lines or sum(len(q.text) for q in lines) > C.CONSENT_BOX_MAX_CHARS:
            return j + 1
        for q in lines:
            if _words(q.text) >= C.CONSENT_BOX_PROSE_WORDS:
                fq = folded(q)
                if not (_COOKIE_WORD_RE.search(fq) or _CHOICE_WORD_RE.search(fq)):
                    return j + 1   # the story's prose shares the box
        for k in range(first, last + 1):
            if k != j and not paras[k].removed:
                drop(k, "consent.box")
        return last + 1

    def banner_around(i: int) -> int:
        """A cookie banner's line i went: its title and buttons just before it, its buttons and "you
        agree" lines just after it, and its box (consume_consent_box) go too. Returns the next index."""
        for j in (i - 1, i - 2):
            if j >= 0 and not paras[j].removed:
                fj = folded(paras[j])
                if _is_button_line(fj):
                    drop(j, "consent.button")
                elif _words(fj) <= 6 and C.BANNER_TITLE_RE.search(fj):
                    drop(j, "consent.title")  # "🍪 نحن نهتم بخصوصيتك", "Cookie notice"
        j = i + 1
        while j < n_paras and j <= i + 4:
            if not paras[j].removed:
                if _is_button_line(folded(paras[j])):
                    drop(j, "consent.button")
                elif _banner_agree_line(paras[j]):
                    drop(j, "consent.text")
                else:
                    break
            j += 1
        return max(j, consume_consent_box(i))

    def consume_notice_box(j: int, rule: str, box: etree._Element | None = None,
                           past_removed: bool = False) -> int | None:
        """A notice line (a paywall's) in a small box of its own (``box``, else line j's): the box's
        other lines go too, the short ones above it (a badge, a label; with ``past_removed``, lines
        gone already pass whatever their length) and all below it. Returns the next index; None when
        a line of prose above it shares the box (the story's, not the notice's: nothing goes)."""
        box = small_box(j) if box is None else box
        if box is None:
            return j + 1
        if story_below(j, box, B.NOTICE_BOX_STORY_PROSE_WORDS if next(box.iter(*B.NOTICE_BOX_CONTROL_TAGS), None)
                       is not None else B.BOX_STORY_PROSE_WORDS):
            return None   # (the story's own box: B.BOX_STORY_PROSE_*, B.NOTICE_BOX_STORY_PROSE_WORDS)
        k = j - 1
        while k >= 0 and inside(paras[k], box):
            q = paras[k]
            if not (past_removed and q.removed) and _words(q.text) > (
                    B.NOTICE_BOX_TITLE_WORDS if q.heading else B.NOTICE_BOX_LABEL_WORDS):
                return None
            k -= 1
        for q in range(k + 1, j):
            if not paras[q].removed:
                drop(q, rule)
        return drop_inside(j + 1, box, rule)

    def newsletter_box(j: int) -> int | None:
        """Line j (naming the newsletter or the inbox) and the other lines of its small box go when
        the box asks to sign up (its title or button) and links out (consume_notice_box; its title
        may have gone already). Returns the next index, None when it is no such box."""
        box = small_box(j)
        if box is None or not _links_out(box) or not _PROMO_VERB_RE.search(fold(text_of(box))):
            return None
        if story_below(j - 1, box):
            return None   # (line j and the box's lines after it hold the page's story: a short post about the newsletter itself)
        nxt = consume_notice_box(j, "boilerplate.newsletter-box", box, past_removed=True)
        if nxt is not None:
            drop(j, "boilerplate.newsletter-box")
        return nxt

    def podcast_box(j: int) -> int | None:
        """Line j (naming a podcast) and the other lines of its box go: the largest box around it of at
        most 400 characters that links out or plays audio and asks to listen, climbed only while no
        line in it is longer than a pitch, or than a label above line j (B.PODCAST_PROMO_*: the
        promo's own box, not a short story's box around it; consume_notice_box). Returns the next
        index, None when it is no such box."""
        blk = paras[j].block
        box = None
        for anc in blk.iterancestors() if blk is not None else ():
            if anc.tag in ("body", "html", "article", "main") or visible_len_over(anc, 400):
                break
            k = j - 1
            while k >= 0 and inside(paras[k], anc):
                k -= 1
            m = j + 1
            while m < len(paras) and inside(paras[m], anc):
                m += 1
            if any(not paras[q].removed and _words(paras[q].text) > (
                    B.NOTICE_BOX_LABEL_WORDS if q < j else B.PODCAST_PROMO_MAX_WORDS) for q in range(k + 1, m)):
                break   # a line of prose in the box (above the title, more than a label): a story's
            if _podcast_promo_box(anc):
                box = anc
        if box is None:
            return None
        nxt = consume_notice_box(j, "boilerplate.podcast-box", box, past_removed=True)
        if nxt is not None:
            drop(j, "boilerplate.podcast-box")
        return nxt

    def consume_benefits(j: int) -> int:
        """A subscription's list of benefits at line j, or after one pitch line at j, goes with that
        line (B.PAYWALL_BENEFITS_*). Returns the next index."""
        start = j
        while j < n_paras and paras[j].removed:
            j += 1
        first = j
        if j < n_paras and paras[j].tag != "li":
            if paras[j].text.count(" ") >= B.PAYWALL_BENEFITS_PITCH_MAX_WORDS:
                return start
            j += 1   # (the pitch: "Enjoy the latest local, national and international news.")
        lst = paras[j].block.getparent() if j < n_paras and paras[j].tag == "li" else None
        if lst is None or lst.tag not in ("ul", "ol"):
            return start
        end, hits = j, 0
        while end < n_paras and paras[end].tag == "li" and paras[end].block.getparent() is lst:
            q = paras[end]
            if q.text.count(" ") >= B.PAYWALL_BENEFITS_ITEM_MAX_WORDS:
                return start
            hits += bool(_BENEFIT_RE.search(q.text))
            end += 1
        items = end - j
        if items < B.PAYWALL_BENEFITS_MIN_ITEMS or hits < B.PAYWALL_BENEFITS_SHARE * items:
            return start
        for k in range(first, end):
            if not paras[k].removed:
                drop(k, "boilerplate.paywall-box")
        return end

    def drop_inside(k: int, box: etree._Element, rule: str) -> int:
        """Every line from k on that lies inside the box goes. Returns the next index."""
        while k < len(paras) and inside(paras[k], box):
            if not paras[k].removed:
                drop(k, rule)
            k += 1
        return k

    def consume_next(j: int, rule: str) -> int:
        """Every line inside the element right after the title's own block (its next element
        sibling, not the story's body box) goes. Returns the next index."""
        blk = paras[j].block
        box = blk.getnext() if blk is not None else None
        while box is not None and not isinstance(box.tag, str):
            box = box.getnext()
        if box is None or is_body_hint(box) or box.tag in ("p", "article", "main"):
            return j + 1
        return drop_inside(j + 1, box, rule)

    def consume_after_box(j: int, rule: str) -> int:
        """The widget title at line j stands alone in its box, the list in the box right after it: the
        outermost box around the title that holds no other line left (the title's module), then that
        box's next element, when it is small (B.TITLE_MODULE_LIST_MAX_CHARS) and its two lines or more are
        all short and end no sentence (headlines, not the story's next paragraph): its lines go. (LBC's
        "مقالات ذات صلة" module over a sibling module of cards whose titles are no links, the link an
        empty overlay: a written probe of the 23 Arabic sites' pages, 2026-12-07.) Returns the next index."""
        blk = paras[j].block
        if blk is None:
            return j + 1
        # (a box is a run of lines in reading order: it holds another line left when it holds the nearest one
        # before the title or the nearest one after it)
        near = [q for q in (next((paras[k] for k in range(j - 1, -1, -1) if not paras[k].removed), None),
                            next((paras[k] for k in range(j + 1, n_paras) if not paras[k].removed), None))
                if q is not None]
        box = None
        for anc in (blk, *blk.iterancestors()):
            if anc.tag in ("body", "html", "main", "article") or is_body_hint(anc) or any(inside(q, anc) for q in near):
                break
            box = anc
        if box is None:
            return j + 1
        nxt = box.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if (nxt is None or nxt.tag in ("p", "article", "main") or is_body_hint(nxt)
                or _visible_len_upto(nxt, B.TITLE_MODULE_LIST_MAX_CHARS) is None):
            return j + 1
        k = j + 1
        n = 0
        while k < n_paras and inside(paras[k], nxt):
            q = paras[k]
            if not q.removed and (_words(q.text) > B.TITLE_MODULE_LINE_MAX_WORDS or _SENTENCE_END_RE.search(q.text)):
                return j + 1
            n += 1
            k += 1
        # (two lines or more: a list; one line alone there is the story's first heading under its table of
        # contents' title, dilei.it in magic_html)
        return drop_inside(j + 1, nxt, rule) if n >= 2 else j + 1

    def consume_cards(j: int, rule: str, box_tags: tuple = ()) -> int:
        """A widget heading element followed by teaser cards (<h2>…</h2><div><a>…</a>…</div>…, or
        one list of them, <h4>…</h4><ul><li><article>…</article></li>…</ul>): every line inside those
        cards goes. Returns the next index."""
        heading = paras[j].block
        siblings = _following(heading) if heading is not None and heading.tag in HEADING_TAGS else []
        # (one list after the heading: its items are the cards)
        # (for a read-also marker heading also one box of them: Jetpack's <h3>Related</h3><div><div><a>
        # …</a></div>…</div>; for the widget titles that box moved the choice on five dragnet pages)
        cards = ([c for c in siblings[0] if isinstance(c.tag, str)]
                 if len(siblings) == 1 and siblings[0].tag in (box_tags or ("ul", "ol")) else siblings)
        if not siblings or not _are_cards(cards) or any(is_body_hint(s) for s in siblings):
            return j + 1
        k = j + 1
        while k < len(paras) and any(inside(paras[k], s) for s in siblings):
            if not paras[k].removed:
                drop(k, rule)
            k += 1
        return k

    def screened(screen, q: Para) -> bool:
        """A narrowed line screen (policy_line, cookie_line) asked of a line, with its cached lower()."""
        return screen(q.text, _low(q) if screen.needs_low else None)

    def is_prose(q: Para) -> bool:
        return not q.removed and q.link_ratio < 0.3 and _words(q.text) >= 20

    about: list = []

    def about_cookies() -> bool:
        """The page's <title> or first <h1> speaks of cookies (a story about cookie law), once."""
        if not about:
            block = next((q.block for q in paras if q.block is not None), None)
            head = _headline_text(block.getroottree().getroot()) if block is not None else ""
            about.append(_COOKIE_WORD_RE.search(fold(head)) is not None)
        return about[0]

    def between_prose(j: int, same_box: bool = False) -> bool:
        """A long line with story prose right before and after it is prose about cookies, not a
        banner (banners sit at the edges of the page or in their own boxes). ``same_box``: a short
        line only on a page whose headline speaks of cookies and when it is a paragraph of the same
        box as both (a story's sentence about cookie walls, "… must allow cookies before viewing this
        page …", among the story's <p>s; C.BANNER_STORY_NEIGHBOUR_WORDS)."""
        box = _box_of(paras[j])
        lo = hi = j
        in_list = same_box and paras[j].tag == "li" and box is not None and box.tag in ("ul", "ol")
        if in_list:
            # an item of a list in the story: the list's neighbours, its parent their box ("وتنقسم الكوكيز
            # عادة إلى أربعة أنواع:" over "كوكيز ضرورية: …", "كوكيز إعلانية: …" between the paragraphs of a
            # story that explains cookies: a written probe of Arabic pages, 2026-12-06)
            while lo > 0 and _box_of(paras[lo - 1]) is box:
                lo -= 1
            while hi + 1 < len(paras) and _box_of(paras[hi + 1]) is box:
                hi += 1
            box = box.getparent()
        before = next((q for q in reversed(paras[max(0, lo - 3):lo])
                       if not q.removed and not (in_list and q.text.endswith((":", "：")))), None)   # (not its intro)
        after = next((q for q in paras[hi + 1:hi + 4] if not q.removed), None)
        if before is None or after is None:
            return False
        if not same_box:
            return is_prose(before) and is_prose(after)
        return box is not None and about_cookies() and all(
            _box_of(q) is box and q.link_ratio < 0.3 and (
                _words(q.text) >= C.BANNER_STORY_NEIGHBOUR_WORDS or (in_list and q is after and q.heading))
            for q in (before, after))   # (a list may end its section: the next one's heading under it)

    for p in paras:
        # a read-also marker after the paragraph's own sentences: the tail goes, the sentences stay
        if not p.removed and p.text.count(" ") >= 6 and not p.heading:
            tail = _read_also_tail(p.text, p.link_chars)
            if tail is not None:
                cut, marker = tail
                removals.append(Removal(rule=f"related.inline-tail:{marker}", text=_short(p.text[cut:].strip()),
                                        stage=stage, path=describe(p.block) if p.block is not None else "",
                                        order=p.order))
                p.link_chars = max(0, p.link_chars - (len(p.text) - cut))   # (the tail is mostly its link)
                p.text = p.text[:cut].rstrip()
                p.folded, p.low, p.value = "", None, None
                p.derive()   # (link_ratio and heading of the shorter line)
    # the raw screens of the rules below, asked first of all the lines at once: words that are
    # nowhere on the page are in none of its lines (most pages have no comment-policy, cookie,
    # newsletter or ad-block wording left; the screens per line then never run)
    page = "\n".join([p.text for p in paras])
    page_low = _lowered(page)
    # (each screen narrowed to the words the page holds: a line holds no other)
    policy_line = _raw_policy.narrow(page, page_low)
    cookie_line = _raw_cookie.narrow(page, page_low)
    policy_page, cookie_page = policy_line is not None, cookie_line is not None
    # (narrow: the same verdict as the screen over the page, its words screened by their letters first)
    promo_page = _raw_promo_noun.narrow(page, page_low) is not None
    podcast_page = _raw_podcast_noun.narrow(page, page_low) is not None
    block_page = page_low is False or "block" in page_low
    ai_page = any(h in page for h in B.AI_NOTE_HINTS)
    affiliate_page = any(h in page for h in B.AFFILIATE_NOTE_HINTS)
    if cookie_page:
        for j in _preference_center(paras):
            if not paras[j].removed:
                drop(j, "consent.preference-center")
    if facts and facts.get("quotes"):
        for j in _pull_quotes(paras, page):
            drop(j, "boilerplate.pull-quote")
    data_tables: dict = {}   # (data_row's verdicts, a table's once)
    placed: list = []   # lines taken by where they stand or by their date alone (_last_story_lines)
    counters = _gallery_counters(paras)
    i = 0
    n_paras = len(paras)
    while i < n_paras:
        p = paras[i]
        if p.removed:
            i += 1
            continue
        # (_words(p.text): a Para's text is clean_text's, single-spaced; a long Chinese or Japanese line
        # is not "a few words")
        words = _cjk_words(p.text, p.text.count(" ") + 1)
        # 0. comment policy / reader-opinion disclaimer (B.COMMENT_POLICY_MAX_WORDS, so before the prose exit)
        if (policy_page and words <= B.COMMENT_POLICY_MAX_WORDS and not p.heading
                and screened(policy_line, p)
                and is_comment_policy(folded(p))):
            drop(i, "boilerplate.comment-policy")
            i += 1
            continue
        if (len(p.text) <= B.DISCLAIMER_CJK_MAX_CHARS and B.DISCLAIMER_CJK_SCREEN in p.text
                and any(x in p.text for x in B.DISCLAIMER_CJK) and not is_disclaimer(p.text)):
            # ("转载并不代表本网赞同其观点": a Chinese site's reprint disclaimer without a label; one with
            # its label, "免责声明：…", goes once the story box is chosen: see is_disclaimer)
            drop(i, "boilerplate.rights")
            i += 1
            continue
        if p.text[:1] == "<" and _markup_text(p):   # (markup shown as text, a line of any length)
            drop(i, "boilerplate.markup-text")
            i += 1
            continue
        if p.text[:1] == "_" and words == 1 and len(p.text) >= B.SIGNATURE_RULE_MIN and not p.text.strip("_"):
            # a signature's delimiter and the signature under it, the rest of the block (B.SIGNATURE_*)
            end = i + 1
            while end < n_paras and paras[end].block is p.block:
                end += 1
            if 1 <= end - i - 1 <= B.SIGNATURE_MAX_LINES and all(
                    _words(q.text) <= B.SIGNATURE_MAX_WORDS for q in paras[i + 1:end]):
                for k in range(i, end):
                    if not paras[k].removed:
                        drop(k, "boilerplate.signature")
                i = end
                continue
        if ((12 < words <= B.PUBLISHER_NOTICE_MAX_WORDS and p.text.startswith(B.PUBLISHER_NOTICE_STARTS))
                or (p.text[:3] == "You" and words <= 12 and B.READ_COUNT_RE.match(p.text))
                or (words <= B.SUPPORTED_NOTE_MAX_WORDS and "-supported" in p.text and B.SUPPORTED_NOTE_RE.search(p.text))
                or (p.text[:1] in "CP" and words <= B.SCIENCE_X_LINE_MAX_WORDS and B.SCIENCE_X_LINE_RE.match(p.text.strip()))):
            drop(i, "boilerplate.publisher-notice")   # (a publisher's own notice: B.PUBLISHER_NOTICE_*)
            # (an appeal's opening line takes the rest of its box: B.APPEAL_NOTICE_STARTS, B.APPEAL_BOX_*)
            box = _appeal_box(p) if p.text.startswith(B.APPEAL_NOTICE_STARTS) else None
            i = (box is not None and consume_notice_box(i, "boilerplate.publisher-notice", box)) or i + 1
            continue
        if ((words <= B.PLAYER_BOX_LINE_MAX_WORDS and _HAS_DIGIT(p.text[-8:])
                and (B.PLAYER_BOX_DURATION_RE.match(p.text) if words <= 2 else B.PLAYER_BOX_DURATION_TAIL_RE.search(p.text)))
                or (words <= 6 and p.text[:1].isdigit() and B.PLAYER_BOX_DURATION_HEAD_RE.match(p.text))):
            members = player_box(i)
            if members:
                for k in members:
                    if not paras[k].removed:
                        drop(k, "boilerplate.player-box")   # (B.PLAYER_BOX_*)
                i = max(i, members[-1]) + 1
                continue
        if words <= B.POST_META_MAX_WORDS and p.text.startswith(B.POST_META_STARTS):
            drop(i, "boilerplate.post-meta")   # (a blog theme's sentence under the post: B.POST_META_*)
            i += 1
            continue
        if words <= B.AGE_NOTICE_MAX_WORDS and _age_notice(p):
            drop(i, "boilerplate.age-notice")   # ("This article is more than 2 years old.": B.AGE_NOTICE_*)
            i += 1
            continue
        if words > 30 and p.link_ratio < 0.4 and site_re is None:
            # long prose: only the cookie rule, the embed prompt, credit-tailed captions and newsletter
            # promos can apply (read-also lines are short or links; an embed's consent prompt is one
            # long sentence: "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird.
            # Damit können …"; it is screened on the raw line's first word, folded only then)
            if (cookie_page and words <= 120 and screened(cookie_line, p)
                    and _banner_score_at_least(p, 3, consent_buttons)
                    and not between_prose(i) and not _quoted(p)):
                drop(i, "consent.text")
                i = banner_around(i)
                continue
            elif words <= 60 and _RAW_EMBED_START_RE.match(p.text) and _EMBED_CONSENT_RE.match(folded(p)):
                drop(i, "consent.embed")
            elif (rule := _opening_line(p.text, words)) is not None:
                drop(i, rule)
            elif (words <= B.CAPTION_CREDIT_MAX_WORDS and not p.heading and _credit_tail(p.text)):
                drop(i, "boilerplate.caption")
            elif promo_page and words <= B.NEWSLETTER_PROMO_MAX_WORDS and _is_newsletter_promo(p):
                drop(i, "boilerplate.newsletter-promo")
                i = consume_notice_box(i, "boilerplate.newsletter-box") or i + 1   # (its title, field, button)
                continue
            elif block_page and words <= B.ADBLOCK_NOTICE_MAX_WORDS and _adblock_notice(p):
                drop(i, "boilerplate.adblock-notice")
            elif ai_page and words <= B.AI_NOTE_MAX_WORDS and _ai_note(p):
                drop(i, "boilerplate.ai-note")
            elif affiliate_page and words <= B.AFFILIATE_NOTE_MAX_WORDS and _affiliate_note(p):
                drop(i, "boilerplate.affiliate-note")
            elif _script_text(p):
                drop(i, "boilerplate.script-text")
            elif words <= B.RIGHTS_LINE_MAX_WORDS and not p.heading and is_rights_line(p):
                # (a long rights or reprint notice: "حقوق النشر: يحظر نشر أو توزيع … دون إذن خطي مسبق …"
                # of 46 words, a written probe page 2026-12-06; an agency's "Copyright … This material
                # may not be published …" of 31-60 words: the short-line branch below never saw them)
                drop(i, "boilerplate.rights")
            i += 1
            continue
        # Fold lazily: the start of a line decides most rules, the whole line only when needed.
        f = folded(p) if words <= 30 else fold(p.text[:200])
        # (the start patterns below are asked of a line only when their union matches it)
        hit, hit_raw = _folded_start(f) is not None, _raw_start(p.text) is not None
        # an embedded video's title as the page's JSON-LD names it, and its description after it in its box
        # (B.VIDEO_TITLE_*)
        if video_names and B.VIDEO_TITLE_MIN_WORDS <= words <= B.VIDEO_TITLE_MAX_WORDS and p.link_ratio < 0.5 and (
                f in video_names):
            drop(i, "boilerplate.video-title")
            box = p.block.getparent() if p.block is not None else None
            i += 1
            if (box is not None and i < n_paras and paras[i].block is not None and paras[i].block.getparent() is box
                    and folded(paras[i]) in video_names[f]):
                drop(i, "boilerplate.video-title")
                i += 1
            continue
        if ld_captions and words <= 30 and p.link_ratio < 0.5 and f in ld_captions:
            # (a picture's caption as the page's JSON-LD gives it, an ImageObject's "caption": metadata
            # "image_captions", never the page's title or description; fundus ind_Bhaskar_2024_09_04 and
            # de_BR_2024_08_27, whose golds leave those lines out)
            drop(i, "boilerplate.caption")
            i += 1
            continue
        # (after the read-also markers' own rule: "شاهد الفيديو: <a>…</a>" is theirs)
        if (words <= B.WATCH_LINE_MAX_WORDS and p.link_chars and not (hit and _READ_ALSO_RE.match(f))
                and _watch_line(p)):
            drop(i, "related.watch-line")   # (B.WATCH_LINE_*)
            i += 1
            continue
        # 1. read-also line (inline marker at the start of a line)
        m = _READ_ALSO_RE.match(f) if hit else None
        if m is None and site_re is not None:
            m = site_re.match(f)
        if m is not None:
            f = folded(p)
            hit = _folded_start(f) is not None
            rest = f[m.end():].strip()
            punct = m.group("punct").strip() if "punct" in m.groupdict() and m.group("punct") else ""
            rest_words = _words(rest)
            marker = _marker(f[: m.end()])
            # the marker in quotes as the subject of the story's own sentence, no link in it («اقرأ
            # أيضاً» هو الاسم الذي اختاره متطوعون للمبادرة …: a written probe of 42 Arabic pages,
            # 2026-12-06, where three such sentences of a story about a reading campaign went)
            named = (punct[:1] in _CLOSING_QUOTES and f.lstrip()[:1] in _OPENING_QUOTES and not (set(punct) & set(":："))
                     and p.link_ratio == 0 and ends_with_full_stop(rest)
                     and rest_words >= R.READ_ALSO_SENTENCE_MIN_WORDS)
            # ... or the marker, a comma, and the story's own sentence ("اقرأ أيضاً، ثم أخبرنا برأيك: هذه هي الجملة
            # التي تُختم بها كل بطاقة …." in a story about a reading campaign of that name: a written probe of Arabic
            # read-also and consent wording, 2026-12-07); a title after a comma ends with no full stop
            named = named or (punct.strip() in ("،", ",") and p.link_ratio == 0 and ends_with_full_stop(rest)
                              and rest_words >= R.READ_ALSO_SENTENCE_MIN_WORDS)
            if not named and (not rest
                    or (punct and (rest_words <= 30 or p.link_ratio >= 0.4))
                    or p.link_ratio >= 0.5
                    or (words <= 14 and p.link_ratio > 0)
                    or (rest_words <= 12 and bool(punct))
                    # "اقرأ أيضاً <title>" with no colon; not a marker that opens the story's own
                    # sentence ("للمزيد من المعلومات يمكن …": _sentence_after_marker)
                    or (rest_words <= 15 and words <= 18
                        and not _sentence_after_marker(f[: m.end()], marker, rest, p.link_ratio))):
                if (not rest and p.tag == "summary" and i + 1 < len(paras) and inside(paras[i + 1], p.block.getparent())
                        and paras[i + 1].link_ratio < 0.5):
                    # "اقرأ المزيد" / "Read more" as a <details>'s summary over text, not links: the label
                    # that opens the rest of the story on the page (a written probe, 2026-12-06: the rest
                    # went as a related box); over links it is a related box still
                    drop(i, "boilerplate.expander-label")
                    i += 1
                    continue
                drop(i, f"related.inline:{marker}")
                # a heading that is only the marker ("Related") over teaser cards takes the cards
                nxt = (consume_cards(i, f"related.cards:{marker}", ("ul", "ol", "div", "section"))
                       if not rest and p.heading else i + 1)
                if (nxt == i + 1 and rest and p.link_ratio >= 0.4 and i + 1 < n_paras and paras[i + 1].link_ratio == 0
                        and story_prose(paras[i + 1], B.READ_ALSO_WHOLE_NEXT_WORDS)
                        and not _teaser_card_lines(p, paras[i + 1])):
                    # the read-also line is whole, its linked title in it, and a sentence of the story's, no link in
                    # it, follows in the same block: no widget's box (tagDiv's "tdb-block-inner" parts of one story,
                    # B.READ_ALSO_WHOLE_NEXT_WORDS)
                    i = nxt
                else:
                    i = consume_box(i, f"related.box:{marker}") if nxt == i + 1 else nxt
                k = consume_links(i, f"related.inline-list:{marker}")
                if k == i == nxt and not rest:
                    k = consume_after_box(i - 1, f"related.box:{marker}")
                i = k
                continue
        # 2. related widget heading
        bare = _bare(f) if words <= 6 else ""
        if bare and R.WIDGET_TITLE_SITE_RE.match(bare) and p.link_ratio < 0.5:
            drop(i, f"related.widget:{bare}")
            i = consume_next(i, f"related.box:{bare}")
            continue
        if bare and (bare in _WIDGET_SET or (
                p.heading and bare.startswith(_WIDGET_PREFIXES))):
            drop(i, f"related.widget:{bare}")
            nxt = consume_cards(i, f"related.cards:{bare}")
            if nxt == i + 1:   # no teaser cards: a small box, or a list of links
                nxt = consume_box(i, f"related.box:{bare}")
            k = consume_links(nxt, f"related.widget-list:{bare}", max_n=30)
            if k == nxt == i + 1:   # (none of those: the list in the box after the title's own)
                k = consume_after_box(i, f"related.box:{bare}")
            i = k
            continue
        # 2b. a promo box's, an author box's or a review site's trust box's title over its own small box
        # (B.PROMO_BOX_TITLES, B.AUTHOR_BOX_TITLES, B.TRUST_BOX_RE); a promo's or an author's box links out
        box_rule = None
        if bare and not p.heading and p.link_ratio < 0.5 and B.TRUST_BOX_RE.match(bare):
            drop(i, "boilerplate.trust-box")   # ("Why you can trust SCMP" alone in its box: the probe of world publishers)
            i += 1
            continue
        if bare and p.heading:
            if bare in _PROMO_TITLE_SET:
                box_rule = f"boilerplate.promo-box:{bare}"
            elif bare in _AUTHOR_BOX_SET:
                box_rule = "boilerplate.author-box"
            elif B.TRUST_BOX_RE.match(bare):
                box_rule = "boilerplate.trust-box"
            elif bare in _AI_SUMMARY_TITLE_SET:
                box_rule = "boilerplate.ai-summary"   # (B.AI_SUMMARY_TITLES: a summary's bullets link nowhere)
        box = small_box(i) if box_rule else None
        if (box is not None and (box_rule in ("boilerplate.trust-box", "boilerplate.ai-summary") or _links_out(box))
                and not (i > 0 and inside(paras[i - 1], box)) and not story_below(i, box)):
            nxt = drop_inside(i + 1, box, box_rule)
            if nxt > i + 1:
                drop(i, box_rule)
                i = nxt
                continue
        # 3. cookie banner sentence, with the button labels around it (one more point when its box holds
        # the page's consent buttons: C.BANNER_BUTTON_BOX_LEVELS)
        if (cookie_page and words <= 120 and screened(cookie_line, p)
                and _banner_score_at_least(p, 3, consent_buttons)
                and not between_prose(i, same_box=words <= 25) and not _quoted(p)):
            drop(i, "consent.text")
            i = banner_around(i)
            continue
        # 3b. consent prompt of an embedded post ("هل تسمح بعرض المحتوى من تويتر؟"), with the lines after it in
        # its box that speak of cookies: its second sentence, "En cliquant sur « J'accepte », les cookies et autres
        # traceurs seront déposés …" under franceinfo's "Ce contenu est bloqué car …" (a written probe of French
        # news pages, 2026-12-08)
        if hit and words <= 60 and _EMBED_CONSENT_RE.match(f):
            drop(i, "consent.embed")
            box = p.block.getparent() if p.block is not None else None
            i += 1
            while (box is not None and i < n_paras and paras[i].block is not None and paras[i].block.getparent() is box
                   and _words(paras[i].text) <= 60 and _COOKIE_WORD_RE.search(folded(paras[i]))):
                drop(i, "consent.embed")
                i += 1
            continue
        # 3c. a notice to readers who block ads
        if block_page and _adblock_notice(p):
            drop(i, "boilerplate.adblock-notice")
            i += 1
            continue
        # 4. page furniture ("تابعونا على", "Advertisement", "© …", bare URLs)
        if hit and words <= 25 and (_PAYWALL_RE.match(f) or B.METER_NOTICE_RE.match(f)):
            story_before = sum(len(q.text) for q in paras[:i]
                               if not q.removed and q.link_ratio < 0.3 and _words(q.text) >= 8)
            if _PAYWALL_CUT_RE.match(f) and story_before >= 200 and not _served_rest(paras, i + 1):
                drop(i, PAYWALL_CUT_RULE)   # the readable story ended at the paywall
                for k in range(i + 1, n_paras):
                    if not paras[k].removed:
                        drop(k, "boilerplate.after-paywall")
                break
            drop(i, "boilerplate.paywall")
            i = consume_notice_box(i, "boilerplate.paywall-box") or i + 1   # (its plans, prices, buttons)
            i = consume_benefits(i)
            continue
        # 4a. a page's JavaScript notice, a sensitive-content gate with its box, a press contact's phones
        if words <= B.JS_NOTICE_MAX_WORDS and _JS_WORD_RE.search(f) and _JS_ENABLE_RE.search(folded(p)):
            drop(i, "boilerplate.js-notice")
            i += 1
            continue
        if hit and words <= 25 and _CONTENT_GATE_RE.match(f):
            drop(i, "boilerplate.content-gate")
            i = consume_notice_box(i, "boilerplate.content-gate") or i + 1
            continue
        if (hit and words <= B.CONTACT_LINE_MAX_WORDS and _CONTACT_LINE_RE.match(f)) or (
                hit_raw and words <= B.CONTACT_FOOTER_MAX_WORDS and B.CONTACT_FOOTER_RE.match(p.text)):
            drop(i, "boilerplate.contact")
            i += 1
            continue
        if hit_raw and words <= B.TIP_LINE_MAX_WORDS and (B.TIP_LINE_RE.match(p.text) or B.TIP_LINE_AR_RE.match(p.text)):
            drop(i, "boilerplate.tip-line")   # (and the rest of its small box: "If you have inside knowledge …")
            i = consume_notice_box(i, "boilerplate.tip-line") or i + 1
            continue
        if (hit_raw and words <= 10 and B.TIP_QUESTION_AR_RE.match(p.text) and i + 1 < n_paras
                and not paras[i + 1].removed and _words(paras[i + 1].text) <= B.TIP_LINE_WAY_MAX_WORDS
                and B.TIP_LINE_WAY_RE.search(paras[i + 1].text)):
            drop(i, "boilerplate.tip-line")   # the question alone, over the line that says how to send it
            drop(i + 1, "boilerplate.tip-line")
            i = consume_notice_box(i + 1, "boilerplate.tip-line") or i + 2
            continue
        if (hit_raw and words <= B.APP_PROMO_MAX_WORDS and p.tag != "li" and B.APP_PROMO_RE.match(p.text)
                and (words <= B.APP_PROMO_BARE_WORDS or B.APP_PROMO_CUES.search(p.text))):
            drop(i, "boilerplate.app-promo")
            i += 1
            continue
        if hit_raw and words <= B.LISTEN_ON_MAX_WORDS and B.LISTEN_ON_RE.match(p.text) and _listen_on(f):
            drop(i, "boilerplate.listen-on")   # "Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts."
            i += 1
            continue
        if ai_page and words <= B.AI_NOTE_MAX_WORDS and _ai_note(p):
            drop(i, "boilerplate.ai-note")   # "AI-generated summary", "… created with the assistance of AI and reviewed …"
            i += 1
            continue
        if affiliate_page and words <= B.AFFILIATE_NOTE_MAX_WORDS and _affiliate_note(p):
            drop(i, "boilerplate.affiliate-note")   # "Cet article contient des liens affiliés. …"
            i += 1
            continue
        if words <= B.TYPO_REPORT_MAX_WORDS and B.TYPO_REPORT_KEYS_RE.search(p.text) and _says_typo(p.text):
            drop(i, "boilerplate.typo-report")
            i += 1
            continue
        # 4b. captions and credits: the alt text of an image said again under it, a credit label
        # ("صدر الصورة، …", "Image source, …"), an "(أرشيفية)" tail, or the only short line of a
        # box that holds an image (youm7's div.imgcontainer; B.CAPTION_BOX_LEVELS)
        # (never a heading or a link: a teaser title repeats its image's alt text too, and the
        # container choice needs to see it as a link line)
        if words <= 30 and p.link_ratio < 0.5 and (
                not p.heading or p.tag in _CAPTION_HEADINGS and id(p) in sole_lines):
            # (what the line says: a credit, a caption's label or tail, the image's alt text...)
            # (a sentence too when it is the only line of the image's box: CNN's 2010 caption under its photo, the
            # alt text word for word, goose3's test page cnn1; not a story's first paragraph, a <p> that holds the
            # image whose alt text it is: msn.com's, postlight/parser's fixture)
            said = ((img_texts and folded(p) in img_texts and (not _SENTENCE_END_RE.search(f) or (
                id(p) in sole_lines and (p.block.tag != "p" or p.block not in img_blocks))))
                    or (hit and _CAPTION_RE.match(f))
                    or (words <= B.CAPTION_BARE_LABEL_MAX_WORDS and _CAPTION_BARE_RE.match(f))
                    or (words <= 25 and _CAPTION_END_RE.search(folded(p)))
                    or _credit_tail(p.text)
                    or (hit and words <= B.SOURCE_LINE_MAX_WORDS and _SOURCE_LINE_RE.match(f))
                    or (hit_raw and words <= B.SOURCE_LINE_MAX_WORDS and _PR_SOURCE_RE.match(p.text))
                    or (hit_raw and words <= B.CAPTION_MEDIA_TITLE_MAX_WORDS and _MEDIA_TITLE_RE.match(p.text)
                        and _beside_player(p))
                    or (words <= 30 and id(p) in sole_lines and not _SENTENCE_END_RE.search(f)
                        and _CREDIT_LABEL_RE.search(f)))
            # (... or only where it stands: the one short line of an image's box, under it, in its table)
            if (said or (
                    (words <= 15 and id(p) in sole_lines and p.block.tag not in _NO_CAPTION_BLOCKS
                     and not _SENTENCE_END_RE.search(f))
                    or (credited and id(p) in credited)
                    or (words <= B.CAPTION_TABLE_MAX_WORDS and id(p) in table_captions)
                    or (words <= B.CAPTION_STYLED_MAX_WORDS and not _SENTENCE_END_RE.search(f)
                        and _styled_line_under_image(p, img_blocks))
                    or (words <= B.CAPTION_BETWEEN_PROSE_MAX_WORDS and not _SENTENCE_END_RE.search(f)
                        and _plain_caption_between_prose(p, img_blocks)))) and not _quoted(p):
                drop(i, "boilerplate.caption")
                if not said:
                    placed.append(i)
                i += 1
                continue
        if hit and words <= 12 and _BYLINE_LABEL_RE.match(f):
            drop(i, "boilerplate.byline")
            i += 1
            continue
        if (bare and bare in _AD_SET) or (words <= 2 * B.AD_LABEL_MAX_WORDS and (f.lstrip().startswith(_AD_STARTS)
                                                                             or f.rstrip().endswith(_AD_ENDS))
                                          and _AD_JOIN_RE.search(f) and _ad_labels(f)):
            drop(i, "boilerplate.ad-label")
            i += 1
            continue
        if hit_raw and (rule := _opening_line(p.text, words)) is not None:
            drop(i, rule)
            i += 1
            continue
        if (words <= B.COMMENT_CALL_AR_MAX_WORDS and ("تعليق" in p.text or "رأي" in p.text)
                and B.COMMENT_CALL_AR_RE.search(p.text)):
            drop(i, "boilerplate.comment-call")   # (B.COMMENT_CALL_AR_*)
            i += 1
            continue
        if (hit and B.SPONSOR_LINE_MAX_WORDS < words <= B.SPONSOR_PARAGRAPH_MAX_WORDS and _SPONSOR_LINE_RE.match(f)
                and _SPONSOR_PARAGRAPH_RE.match(f)):
            drop(i, "boilerplate.sponsor-paragraph")   # (B.SPONSOR_PARAGRAPH_*)
            i += 1
            continue
        if hit and words <= B.SPONSOR_LINE_MAX_WORDS and _SPONSOR_LINE_RE.match(f) and not _SENTENCE_END_RE.search(f):
            drop(i, "boilerplate.sponsor-line")   # (B.SPONSOR_LINE_*)
            i = consume_box(i, "boilerplate.sponsor-box")   # (the sponsor's pitch in the box the line opens)
            continue
        if bare and bare in _MEDIA_LABEL_SET:
            drop(i, "boilerplate.media-label")
            i += 1
            continue
        if promo_page and words <= B.NEWSLETTER_PROMO_MAX_WORDS and _is_newsletter_promo(p):
            drop(i, "boilerplate.newsletter-promo")
            i = consume_notice_box(i, "boilerplate.newsletter-box") or i + 1   # (its title, field, button)
            continue
        if (promo_page and words <= B.NEWSLETTER_PROMO_MAX_WORDS and not p.heading
                and _raw_promo_noun(p.text, _low(p)) and _PROMO_NOUN_RE.search(f)
                and (nxt := newsletter_box(i)) is not None):
            i = nxt   # a pitch without a verb in a sign-up box (B.NEWSLETTER_PROMO_*)
            continue
        if (podcast_page and words <= B.PODCAST_PROMO_MAX_WORDS and _PODCAST_NOUN_RE.search(f)
                and (nxt := podcast_box(i)) is not None):
            i = nxt   # a podcast's promo box (B.PODCAST_PROMO_*)
            continue
        if words <= 12 and ((hit and _FURNITURE_RE.match(f)) or (_GLUED_RE.search(p.text) and _FURNITURE_RE.match(p.text))):
            drop(i, "boilerplate.line")
            # a short-link label and the bare address printed on the next line ("رابط مختصر" /
            # "https://…/s/abc12")
            if (_SHORT_LINK_RE.match(f) and i + 1 < n_paras and not paras[i + 1].removed
                    and _URL_LINE_RE.match(paras[i + 1].text)):
                i += 1
                drop(i, "boilerplate.line")
            nxt = consume_benefits(i + 1)   # ("SUBSCRIBE FOR MORE ARTICLES" over its pitch and benefits)
            if nxt == i + 1 and paras[i] is p and p.heading and (box := furniture_box(i)) is not None:
                # a furniture heading over a small box of its own: the box's pitch and buttons go with
                # it ("Subscribe now for uninterrupted access." over "Get unlimited access to …")
                nxt = drop_inside(i + 1, box, "boilerplate.furniture-box")
            i = nxt
            continue
        if words <= B.RIGHTS_LINE_MAX_WORDS and not p.heading and is_rights_line(p):
            drop(i, "boilerplate.rights")
            i += 1
            continue
        if B.SHARE_BAR_MIN_WORDS <= words <= B.SHARE_BAR_MAX_WORDS and _share_bar(p):
            drop(i, "boilerplate.share-bar")
            i += 1
            continue
        if hit and words <= B.BLOG_TEMPLATE_MAX_WORDS and _BLOG_TEMPLATE_RE.match(f):
            drop(i, "boilerplate.blog-template")
            i += 1
            continue
        if words <= B.FOLLOW_LINE_CALL_MAX_WORDS and ((words <= B.FOLLOW_LINE_MAX_WORDS and _follow_line(folded(p))) or (
                _follow_call(p.text, hit_raw))):
            drop(i, "boilerplate.follow-line")
            i += 1
            continue
        if p.text[:2] == "1 " and p.tag != "tr" and _line_numbers(p.text):
            drop(i, "boilerplate.line-numbers")   # a code block's gutter, "1 2 3 4 5" (B.LINE_NUMBERS_MIN)
            i += 1
            continue
        if "#" in f and _HASHTAG_LINE_RE.match(p.text):
            drop(i, "boilerplate.hashtags")
            i += 1
            continue
        if words <= B.BIO_LINE_MAX_WORDS and f.lstrip().startswith(("*", "٭")) and _BIO_LINE_RE.match(f):
            drop(i, "boilerplate.bio-line")
            i += 1
            continue
        if words <= B.REPORTER_EMAIL_MAX_WORDS and "@" in p.text and B.REPORTER_EMAIL_RE.match(p.text):
            drop(i, "boilerplate.reporter-email")   # "대전일보 이정민 기자 jmlee@daejeonilbo.kr"
            i += 1
            continue
        if words <= B.FEEDBACK_QUESTION_MAX_WORDS and f[-1:] in _QUESTION_ENDS and B.FEEDBACK_QUESTION_RE.match(f):
            drop(i, "boilerplate.feedback")   # "Was this explainer useful to you?"
            i = consume_notice_box(i, "boilerplate.feedback-box") or i + 1   # (its buttons' line, its note)
            continue
        if (words <= B.SUPPORT_PLEA_MAX_WORDS or (words <= B.SUPPORT_PLEA_LONG_MAX_WORDS and _SUPPORT_FUNDED_RE.search(f))) and (
                _SUPPORT_OBJECT_RE.search(f) and _SUPPORT_VERB_RE.search(f)):
            drop(i, "boilerplate.support-plea")
            i = consume_notice_box(i, "boilerplate.support-box") or i + 1   # (its title, its button: a small box)
            continue
        if words <= B.META_LINE_MAX_WORDS and (
                (_HAS_DIGIT(f) and (_READING_TIME_RE.search(f) or _META_LINE_RE.match(f)
                                    or _PUBLISHED_LINE_RE.match(f)))
                or (not f.isascii() and any(w in f for w in _AR_RELATIVE_WORDS) and _AR_RELATIVE_RE.match(f))
        ) and not (p.tag == "tr" and _META_LINE_RE.match(f) and data_row(p, data_tables)):
            # (a timetable's row of times under its header is the page's: data_row)
            drop(i, "boilerplate.meta-line")   # "6 minute read", "Last updated 15 hours ago"
            i += 1
            continue
        if bare and bare in _BYLINE_BOX_SET:
            drop(i, "boilerplate.byline-label")   # (B.BYLINE_BOX_TITLES: BBC's "Article information" heading)
            i += 1
            continue
        if words <= 3 and bare in _PUBLISHED_LABELS_BARE:
            drop(i, "boilerplate.meta-line")   # the label alone, its date in the next element: "Published"
            i += 1
            continue
        if words <= 3 and p.text[-1:] in ":：" and bare in _AUTHOR_LABELS_BARE:
            drop(i, "boilerplate.byline-label")   # the writer's label alone: "Author:" (B.AUTHOR_LABELS)
            i += 1
            continue
        if words <= 3 * B.PUBLISHED_PART_MAX_WORDS and _HAS_DIGIT(f) and _published_parts(f):
            drop(i, "boilerplate.meta-line")   # "PUBLISHED: March 11, 2025 at 5:14 PM CDT | UPDATED: …"
            i += 1
            continue
        if words == 1 and bare in _SOURCE_BARE and i + 1 < n_paras:
            nxt = paras[i + 1]   # (the source's label alone over its name: "المصدر" / "وكالات + أنباء الأطلس")
            if not nxt.removed and _words(nxt.text) <= B.SOURCE_LINE_MAX_WORDS and not _SENTENCE_END_RE.search(nxt.text):
                drop(i, "boilerplate.source-line")
                drop(i + 1, "boilerplate.source-line")
                i += 2
                continue
        if words == 1 and bare in _BYLINE_BARE and i + 1 < n_paras:
            nxt = paras[i + 1]   # (the label alone over the writer's name as a link: B.BYLINE_NAME_MAX_WORDS)
            if (not nxt.removed and nxt.link_ratio >= 0.5 and _words(nxt.text) <= B.BYLINE_NAME_MAX_WORDS
                    and not _SENTENCE_END_RE.search(nxt.text)):
                box = None   # (the small box around them: B.BYLINE_BOX_MAX_CHARS)
                if p.block is not None:
                    for anc in (p.block, *p.block.iterancestors()):
                        if anc.tag in ("body", "html", "article", "main") or _visible_len_upto(anc, B.BYLINE_BOX_MAX_CHARS) is None:
                            break
                        box = anc
                end = i + 2   # (and the box's short lines after them: a dash, a date, a counter; not a dek)
                while (box is not None and end < n_paras and inside(paras[end], box)
                       and _words(paras[end].text) <= B.BYLINE_BOX_LINE_MAX_WORDS
                       and not _SENTENCE_END_RE.search(paras[end].text)):
                    end += 1
                for k in range(i, end):
                    if not paras[k].removed:
                        drop(k, "boilerplate.byline")
                i = end
                continue
        # (not a linked heading: a teaser's title "تقرير: تراجع العبور …", "حوار: …" names its kind)
        if (hit and _BYLINE_RE.match(f) and not (p.heading and p.link_ratio > 0.5) and not _lower_after_label(p.text, words)
                and (words <= 7 or (
                (words <= B.BYLINE_DATED_MAX_WORDS or (words <= B.BYLINE_DATED_META_MAX_WORDS and (
                    _STAMP_LABEL_RE.search(f) or (_HAS_DIGIT(f) and _READING_TIME_RE.search(f)))))
                and (not _SENTENCE_END_RE.search(f) or _TIME_END_RE.search(f))
                and _dated_byline(p.text)))):
            drop(i, "boilerplate.byline")
            i += 1
            continue
        if words <= B.CORRESPONDENT_LINE_MAX_WORDS and p.text[:1] in "AaDd" and B.CORRESPONDENT_LINE_RE.match(p.text):
            drop(i, "boilerplate.byline")   # (a correspondent's credit: B.CORRESPONDENT_LINE_*)
            i += 1
            continue
        if hit_raw and words <= 8 and _LIVE_STAMP_RE.match(p.text):
            drop(i, "boilerplate.meta-line")   # "11:42 p.m. ETDev Patel": a live entry's stamp and writer
            i += 1
            continue
        # (a line that is a link is a headline with a date in it, not a dateline: the container
        # stage decides on link lines, see scraper.rules.container ROUNDUP_*)
        # (a line that ends with a time's "a.m." ends no sentence: "Feb. 20, 2026 Updated Feb. 21, 2026, 11:15 a.m.")
        if (words <= 16 or (words <= 32 and _date_parts_line(f))) and ((hit and _CREDIT_LINE_RE.match(f)) or (_DATE_HINT_RE.search(f)
                                                           and (not _SENTENCE_END_RE.search(f) or _TIME_END_RE.search(f)
                                                                or (_TIME_STOP_END_RE.search(f) and _PUBLISHED_LABEL_RE.match(f)))
                                                           and p.link_ratio <= 0.6 and (find_date_in_folded(f) or (
                                                               words <= B.GLUED_DATE_MAX_WORDS and _glued_date(p.text)))
                                                           and not in_data_row(p, data_tables)
                                                           and not (p.tag == "li" and (_timeline_entry(f) or _in_timeline(p)))
                                                           and not (p.tag != "li" and _dated_entry(f) and _entry_beside(paras, i))
                                                           and not (p.heading and _RELEASE_HEADING_RE.match(f))
                                                           and p.tag not in ("pre", "caption") and not (p.tag == "dd" and _fact_value(p))
                                                           and not _TWEET_SOURCE_RE.match(p.text)
                                                           and id(p) not in counters and not _quoted(p))):
            drop(i, "boilerplate.dateline")
            placed.append(i)
            i += 1
            continue
        i += 1
    if placed:
        _last_story_lines(paras, placed, removals, stage)
    # Compiled, the nested functions above share one closure object with the locals they read, so
    # those that call one another make a reference cycle through it: the page's lines and tree stayed
    # alive until the garbage collector found the cycle (a collection every few pages, that walked
    # them all). Cleared here (Cython cannot `del` them), everything goes with its last reference
    # (tests/test_gc_cycles.py).
    drop = inside = small_box = furniture_box = player_box = player_lines = drop_inside = consume_consent_box = None
    consume_notice_box = about_cookies = is_prose = None
    story_below = story_prose = None
    return [p for p in paras if not p.removed]


def is_comment_policy(folded_text: str) -> bool:
    """A comment policy or reader-opinion disclaimer (rules.boilerplate.COMMENT_POLICY_*): names the
    comments or opinions, disclaims them or states the rules, quotes no one."""
    return (bool(_COMMENT_CLAIM_RE.search(folded_text)) and bool(_COMMENT_SUBJECT_RE.search(folded_text))
            and not _QUOTE_RE.search(folded_text))


def has_cookie_word(text: str) -> bool:
    return _raw_cookie(text) and bool(_COOKIE_WORD_RE.search(fold(text)))


def reported(text: str) -> bool:
    """The line reports what someone said ("said", "قال"): a story's, not a banner's (a banner quotes its
    own buttons, «إعدادات الكوكيز», so quote marks do not count)."""
    return _SAID_RE.search(fold(text)) is not None


def is_consent_text(folded: str) -> bool:
    """Consent wording (for wall detection): a cookie word plus a banner statement or button."""
    return bool(_COOKIE_WORD_RE.search(folded)) and (bool(_STATEMENT_RE.search(folded)) or bool(_BUTTON_IN_TEXT_RE.search(folded)))
