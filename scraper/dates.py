"""Date parsing for news pages, Arabic first.

Pure functions, stdlib only:

* ``parse_date(text, default_tz=None)`` -> ISO 8601 string or ``None``:
  ``YYYY-MM-DDTHH:MM:SS+HH:MM`` (time and zone known), ``YYYY-MM-DDTHH:MM:SS`` (time known,
  zone unknown), ``YYYY-MM-DD`` (date only).
* ``find_date_in_text(text, default_tz=None)`` -> the first date expression found inside a
  longer string (a byline, a "published on" line), same output format.

What is understood: ISO 8601 (``Z``, offsets, fractions, space for ``T``, no seconds), RFC 2822
(RSS ``pubDate``), ``2024/05/03``, ``03/05/2024`` and ``03-05-2024`` (day first, the Arabic
convention; month first only when the day cannot be a month), Unix timestamps (10 or 13
digits, whole string only), English and French month names, and Arabic dates: Arabic-Indic and
Persian digits, Egyptian/Gulf month names (يناير …), Levantine/Iraqi ones (كانون الثاني …),
combined forms (``كانون الثاني/ يناير``), Maghreb names (جانفي، جوان، أوت …) and Moroccan
ones (يوليوز، غشت، شتنبر، نونبر، دجنبر), weekday names and prefixes (ignored, they are just
text around the date), times with ``ص``/``م``/``صباحا``/``مساء``/AM/PM, ``الساعة 10:30`` before
or after the date, and ``GMT+3``/``بتوقيت القاهرة`` style zones.

Hijri dates are never read as Gregorian: Hijri month names are not month names here and a
Hijri year (14xx) fails the year check, so ``12 رمضان 1445`` gives ``None`` and
``12 رمضان 1445 هـ الموافق 21 مارس 2024`` gives the Gregorian date. Years before 1990 or
after next year are rejected.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from .textnorm import fold
from .tokenmatch import _trie

__all__ = ["parse_date", "find_date_in_text", "MIN_YEAR"]

MIN_YEAR = 1990

# ---------------------------------------------------------------------------------------------
# Digits and month names (in ``fold`` form: no hamza on alef, ى -> ي, lower-case Latin)

_DIGITS = str.maketrans({
    **{chr(0x0660 + i): str(i) for i in range(10)},   # Arabic-Indic ٠-٩
    **{chr(0x06F0 + i): str(i) for i in range(10)},   # Extended Arabic-Indic (Persian/Urdu) ۰-۹
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
})
assert all(c > 127 for c in _DIGITS)   # (find_date_in_folded leaves ASCII text as it is)

_MONTHS: dict[str, int] = {
    # Egyptian / Gulf (transliterated Latin names), with common spelling variants
    "يناير": 1, "فبراير": 2, "فبرير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يونية": 6, "يوليو": 7, "يوليه": 7, "يولية": 7, "اغسطس": 8, "سبتمبر": 9,
    "سيبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi (Syriac names); مايس is the Iraqi May
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "مايس": 5,
    "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين اول": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "كانون الاول": 12, "كانون اول": 12,
    # Maghreb (French-derived: Algeria, Tunisia)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "جويليه": 7,
    "اوت": 8,
    # Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Spanish / Portuguese
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Russian (genitive, as in dates)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Ukrainian, Polish and Czech (genitive, as in dates: "27 березня 2024", "3 maja 2024", "2. ledna 2025";
    # the months of CLDR's locale data; a written probe of the general web, 2026-12-07, kept a Ukrainian
    # city site's "27 березня 2024, 12:41" over its story)
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Indonesian and Dutch (the months not spelled as above: "11 Februari 2026", "3 maart 2025"; a written probe of
    # modern web pages, 2026-12-07, kept an Indonesian post's date line before its standfirst)
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "agustus": 8, "desember": 12, "maart": 3, "augustus": 8,
    # the short forms of Spanish, Portuguese and Italian dailies' stamps not spelled as above ("13 ene 2026 - 05:40
    # CET Actualizado: 13 ene 2026 - 09:15 CET", a Spanish daily's stamp under its byline; "15 out 2025", "3 giu
    # 2025"; CLDR's abbreviated month names; a written probe of modern web pages, 2026-12-07)
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "fev": 2, "set": 9, "out": 10, "dez": 12,
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
}
_MONTH_KEY_RE = re.compile(r"\s+")


def _month_number(name: str) -> int | None:
    return _MONTHS.get(_MONTH_KEY_RE.sub(" ", name.rstrip(".")))


# Longest first so that مايو wins over ماي and september over sep: written as a trie (tokenmatch._trie, longest=True;
# a space as \s+), the same matches as the plain "longest|…|shortest" (the names that match at a place are prefixes
# of one another, tried longest first), but ``re`` rejects a place on its first letter instead of trying each of the
# ~240 names there (the date patterns run over most lines; with eleven more short names the plain alternation cost
# +0.9% instructions of extract(), 2026-12-07).
_MONTH_ALT = _trie(_MONTHS, longest=True).replace(r"\ ", r"\s+")
# A month name, optionally followed by a second name for the same month:
# "كانون الثاني/ يناير", "كانون الثاني (يناير)", "يناير - كانون الثاني".
_MON = (
    rf"(?<![^\W\d])(?P<{{p}}m1>{_MONTH_ALT})\.?(?!\w)"
    rf"(?:\s*[/(\-]?\s*(?P<{{p}}m2>{_MONTH_ALT})(?!\w)\s*\)?)?"
)

# ---------------------------------------------------------------------------------------------
# Date expressions. One combined regex, alternatives distinguished by group-name prefix.

_YMD_NUM = r"(?<![\w.])(?P<ay>\d{4})(?P<as>[-/.])(?P<amo>\d{1,2})(?P=as)(?P<ad>\d{1,2})(?![\d])"
_DMY_TEXT = (
    r"(?<![\d.])(?P<bd>[0-3]?\d)(?:st|nd|rd|th|er|eme|ème)?(?!\d)\s*[-/.,،]?\s*"
    r"(?:من\s+)?(?:شهر\s+)?(?:de\s+)?" + _MON.format(p="b")
    + r"\s*[-/.,،]?\s*(?:(?:ل)?(?:عام|سنة|سنه)\s+)?(?:de(?:l)?\s+)?(?P<by>\d{4})(?!\d)"
)
_MDY_TEXT = (
    _MON.format(p="c") + r"\s*[-/.]?\s*(?P<cd>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    r"\s*[,،.]?\s*(?P<cy>\d{4})(?!\d)"
)
# (after a letter of another script too: "سلوى بعلبكي24-09-2025", an author's <span> and the date's glued by
# markup with no space between them, Next.js and React pages; a written probe of Arabic sites,
# 2026-12-06. Not after a Latin letter, a digit or a dot: "v12.05.2024", "id12-05-2024")
_DMY_NUM = r"(?<![\d.A-Za-z_\u00c0-\u024f])(?P<dd>\d{1,2})(?P<ds>[-/.])(?P<dmo>\d{1,2})(?P=ds)(?P<dy>\d{4})(?!\d)"
# Year, month and day with their counters, as Chinese and Japanese pages write dates ("2026年2月17日",
# "2012年01月07日") and Korean ones ("2026년 2월 17일"): a written probe of modern article pages,
# a Japanese date line kept above the story (find_date_in_text found no date in it)
_YMD_CJK = r"(?<!\d)(?P<ey>\d{4})\s*[年년]\s*(?P<emo>\d{1,2})\s*[月월]\s*(?P<ed>\d{1,2})\s*[日일]"
_DATE_RE = re.compile("|".join([_YMD_NUM, _DMY_TEXT, _MDY_TEXT, _DMY_NUM, _YMD_CJK]))

# Time of day, AM/PM words, time zone.
_TIME = (
    r"(?<!\d)(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d+)?)?(?!\d)"
    r"(?:\s*(?P<ap>a\.?m\.?|p\.?m\.?|صباحا|صباح|ص|مساءا|مساء|م|ظهرا|الظهر|عصرا|ليلا|فجرا)(?!\w))?"
)
_ZONE_CITIES = {
    # folded city/country name -> IANA zone (resolved with zoneinfo, so DST is right)
    "القاهره": "Africa/Cairo", "القاهرة": "Africa/Cairo", "مصر": "Africa/Cairo",
    "مكه المكرمه": "Asia/Riyadh", "مكة المكرمة": "Asia/Riyadh", "مكه": "Asia/Riyadh",
    "مكة": "Asia/Riyadh", "الرياض": "Asia/Riyadh", "السعوديه": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh", "ابوظبي": "Asia/Dubai", "ابو ظبي": "Asia/Dubai",
    "الامارات": "Asia/Dubai", "دبي": "Asia/Dubai", "بيروت": "Asia/Beirut",
    "دمشق": "Asia/Damascus", "بغداد": "Asia/Baghdad", "القدس": "Asia/Jerusalem",
    "الدوحه": "Asia/Qatar", "الدوحة": "Asia/Qatar", "الكويت": "Asia/Kuwait",
    "الجزاير": "Africa/Algiers", "الجزائر": "Africa/Algiers", "تونس": "Africa/Tunis",
    "الرباط": "Africa/Casablanca", "المغرب": "Africa/Casablanca",
    "الخرطوم": "Africa/Khartoum", "غرينتش": "UTC", "جرينتش": "UTC", "غرينيتش": "UTC",
    "جرينيتش": "UTC", "غرينيش": "UTC",
}
_CITY_ALT = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_ZONE_CITIES, key=len, reverse=True)
)
_NAMED_ZONES = {
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "wet": 0, "bst": 60, "west": 60, "cet": 60,
    "cest": 120, "eet": 120, "eest": 180, "msk": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420,
}
_ZONE = (
    r"(?:(?P<z>z)(?![a-z])"
    r"|\s*(?:gmt|utc|ut)\s*(?P<gs>[+-])\s*(?P<gh>\d{1,2})(?::?(?P<gm>\d{2}))?(?!\d)"
    r"|(?P<bs>[+-])(?P<bh>\d{2})(?::?(?P<bm>\d{2}))?(?!\d)"
    r"|\s(?P<ss>[+-])(?P<sh>\d{2}):?(?P<sm>\d{2})(?!\d)"
    r"|\s*(?P<zn>" + "|".join(sorted(_NAMED_ZONES, key=len, reverse=True)) + r")(?![a-z])"
    r"|\s*(?:ب)?توقيت\s+(?P<zc>" + _CITY_ALT + r")(?!\w))"
)
_TIME_FULL = _TIME + r"(?:" + _ZONE + r")?"
# Time after the date: a short gap without digits ("T", " - ", "، الساعة ").
_TIME_AFTER_RE = re.compile(r"[^\d]{0,25}?" + _TIME_FULL)
# Time before the date ("الساعة 10:30 صباحا، الأحد 3 مايو 2024").
_TIME_BEFORE_RE = re.compile(_TIME_FULL + r"[^\d]{0,30}$")
_YEAR_DIGITS_RE = re.compile(r"\d{4}")
assert all("\\d{4})" in alt for alt in (_YMD_NUM, _DMY_TEXT, _MDY_TEXT, _DMY_NUM, _YMD_CJK)), "_scan's screen needs a year in each form"
_HIJRI_AFTER_RE = re.compile(r"\s*(?:هـ|ه(?!\w)|هجري|هجريه|هجرية)")

# Whole-string forms for parse_date only.
_TIMESTAMP_RE = re.compile(r"(\d{10}|\d{13})(?:\.\d+)?")
_COMPACT_RE = re.compile(
    r"(\d{4})(\d{2})(\d{2})(?:t(\d{2})(\d{2})(\d{2})?(?:\.\d+)?(z|[+-]\d{2}:?\d{2})?)?"
)
# RFC 2822 with a two-digit year (the four-digit form is handled by the generic scan).
_RFC_2Y_RE = re.compile(
    r"(?:[a-z]{3},?\s*)?(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+(\d{2})\s+" + _TIME_FULL + r"(?:\s*\([^)]*\))?"
)


# ---------------------------------------------------------------------------------------------
# Helpers

def _prepare(text: str) -> str:
    return fold(text).translate(_DIGITS)


@lru_cache(maxsize=64)
def _zone(name: str):
    try:
        from zoneinfo import ZoneInfo
        return ZoneInfo(name)
    except Exception:  # unknown name or no tz database: zone stays unknown
        return None


_OFFSET_RE = re.compile(r"(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?")


def _offset_for(tz: str | None, local: datetime) -> int | None:
    """Offset in minutes east of UTC for a zone spec ('+03:00', 'UTC', 'Africa/Cairo')."""
    if not tz:
        return None
    spec = tz.strip()
    low = spec.lower()
    if low in _NAMED_ZONES:
        return _NAMED_ZONES[low]
    m = _OFFSET_RE.fullmatch(low)
    if m:
        h, mi = int(m.group(2)), int(m.group(3) or 0)
        if h > 14 or mi > 59:
            return None
        return (h * 60 + mi) * (-1 if m.group(1) == "-" else 1)
    zone = _zone(spec)
    if zone is None:
        return None
    try:
        off = zone.utcoffset(local)
    except Exception:
        return None
    return None if off is None else int(off.total_seconds() // 60)


def _year_ok(y: int) -> bool:
    return MIN_YEAR <= y <= datetime.now(timezone.utc).year + 1


def _fmt_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def _apply_ampm(h: int, ap: str | None) -> int:
    if not ap or h > 12:
        return h
    ap = ap.replace(".", "")
    if ap in ("am", "ص", "صباحا", "صباح", "فجرا"):
        return 0 if h == 12 else h
    if ap in ("pm", "م", "مساء", "مساءا", "عصرا"):
        return h if h == 12 else h + 12
    if ap in ("ظهرا", "الظهر"):
        return h + 12 if h < 11 else h
    if ap == "ليلا":
        if h == 12:
            return 0
        return h + 12 if h >= 6 else h
    return h


def _time_from(m: re.Match) -> tuple[int, int, int, str | None] | None:
    """(hour, minute, second, zone spec or None) from a _TIME_FULL match."""
    h, mi, s = int(m.group("H")), int(m.group("M")), int(m.group("S") or 0)
    h = _apply_ampm(h, m.group("ap"))
    if h > 23 or mi > 59 or s > 59:
        return None
    off: str | None = None
    if m.group("z"):
        off = "utc"
    elif m.group("gs"):
        off = f"{m.group('gs')}{int(m.group('gh')):02d}:{m.group('gm') or '00'}"
    elif m.group("bs"):
        off = f"{m.group('bs')}{m.group('bh')}:{m.group('bm') or '00'}"
    elif m.group("ss"):
        off = f"{m.group('ss')}{m.group('sh')}:{m.group('sm')}"
    elif m.group("zn"):
        off = m.group("zn")
    elif m.group("zc"):
        off = _ZONE_CITIES.get(_MONTH_KEY_RE.sub(" ", m.group("zc")))
    if off and off[0] in "+-" and _offset_for(off, datetime(2000, 1, 1)) is None:
        off = None  # "-20:24" is not an offset
    return h, mi, s, off


def _build(y: int, mo: int, d: int, tm=None, default_tz: str | None = None) -> str | None:
    if not _year_ok(y):
        return None
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    if tm is None:
        return day.isoformat()
    h, mi, s, off_spec = tm
    local = datetime(y, mo, d, h, mi, s)
    off = _offset_for(off_spec, local) if off_spec else None
    if off is None and off_spec is None and default_tz:
        off = _offset_for(default_tz, local)
    base = local.strftime("%Y-%m-%dT%H:%M:%S")
    if off is None:
        return base
    return base + _fmt_offset(off)


def _scan(s: str, default_tz: str | None) -> str | None:
    """First valid date expression in prepared text ``s``."""
    if not _YEAR_DIGITS_RE.search(s):
        return None   # every form of _DATE_RE has a four-digit year: no such run, no date
    for m in _DATE_RE.finditer(s):
        g = m.groupdict()
        if g["ay"]:
            y, mo, d = int(g["ay"]), int(g["amo"]), int(g["ad"])
        elif g["ey"]:
            y, mo, d = int(g["ey"]), int(g["emo"]), int(g["ed"])
        elif g["by"]:
            y, d = int(g["by"]), int(g["bd"])
            mo = _month_number(g["bm1"])
            if g["bm2"] and _month_number(g["bm2"]) != mo:
                continue
        elif g["cy"]:
            y, d = int(g["cy"]), int(g["cd"])
            mo = _month_number(g["cm1"])
            if g["cm2"] and _month_number(g["cm2"]) != mo:
                continue
        else:
            y, a, b = int(g["dy"]), int(g["dd"]), int(g["dmo"])
            if b <= 12:
                d, mo = a, b           # day first: the Arabic (and European) convention
            elif a <= 12:
                d, mo = b, a           # 05/13/2024 can only be month first
            else:
                continue
        if not mo or not _year_ok(y):
            continue
        if _HIJRI_AFTER_RE.match(s, m.end()):
            continue
        try:
            date(y, mo, d)
        except ValueError:
            continue
        tm = None
        t = _TIME_AFTER_RE.match(s, m.end())
        if t:
            tm = _time_from(t)
        if tm is None:
            t = _TIME_BEFORE_RE.search(s, max(0, m.start() - 60), m.start())
            if t:
                tm = _time_from(t)
        return _build(y, mo, d, tm, default_tz)
    return None


# ---------------------------------------------------------------------------------------------
# Public API

def parse_date(text: str | None, default_tz: str | None = None) -> str | None:
    """Parse a date string (meta content, <time>, RSS pubDate, Arabic date line) to ISO 8601.

    ``default_tz`` ('+03:00', 'UTC', 'Africa/Cairo') is used when a time is given without
    a zone. Returns ``None`` when no plausible Gregorian date is found."""
    if not text:
        return None
    if not isinstance(text, str):
        text = str(text)
    s = _prepare(text)
    if not s:
        return None
    m = _TIMESTAMP_RE.fullmatch(s)
    if m:
        raw = int(m.group(1))
        secs = raw / 1000 if len(m.group(1)) == 13 else raw
        try:
            dt = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=int(secs))
        except OverflowError:
            return None
        if not _year_ok(dt.year):
            return None
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"
    m = _COMPACT_RE.fullmatch(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        tm = None
        if m.group(4):
            h, mi, sec = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
            if h > 23 or mi > 59 or sec > 59:
                return None
            z = m.group(7)
            tm = (h, mi, sec, ("utc" if z == "z" else z) if z else None)
        return _build(y, mo, d, tm, default_tz)
    found = _scan(s, default_tz)
    if found:
        return found
    m = _RFC_2Y_RE.fullmatch(s)
    if m:
        yy = int(m.group(3))
        y = 2000 + yy if yy < 50 else 1900 + yy
        tm = _time_from(m)
        return _build(y, _MONTHS[m.group(2)], int(m.group(1)), tm, default_tz)
    return None


def find_date_in_text(text: str | None, default_tz: str | None = None) -> str | None:
    """The first date expression inside a longer string, e.g. a byline
    'القاهرة - الأحد 03 مايو 2024 - 10:30 م' -> '2024-05-03T22:30:00'."""
    if not text:
        return None
    return find_date_in_folded(fold(text), default_tz)


def find_date_in_folded(folded: str, default_tz: str | None = None) -> str | None:
    """:func:`find_date_in_text` of a text whose ``fold`` the caller has already: ``folded``.
    (The four-digit screen of _scan is tried before the digits are translated: _DIGITS maps
    digits to digits only, so a run of four is there before as after.)"""
    if not folded or not _YEAR_DIGITS_RE.search(folded):
        return None
    # (every character _DIGITS maps is outside ASCII: an ASCII text stays as it is)
    return _scan(folded if folded.isascii() else folded.translate(_DIGITS), default_tz)
