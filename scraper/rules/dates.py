"""Where a page prints its date as text: rules as data.

When no markup (meta, JSON-LD, <time datetime>) gives the date, scraper.extract reads the text of
elements whose class or id contains one of these words (a case-insensitive substring), in document
order, and keeps the first date found (scraper.dates.find_date_in_text).

Sources: the English words and "meta"/"byline" are the common WordPress/CMS class names (PC);
"تاريخ" (Arabic "date"); "tarih" (Turkish "date"): Anadolu Ajansı's template prints its only date as
``<span class="tarih">05.04.2025 - Güncelleme : 05.04.2025</span>`` (aa.com.tr, fundus fixture
tr/AnadoluAjansi_2025_04_05, tests/site_fixtures/anadolu; the Arabic edition aa.com.tr/ar shares the
template); "datum" (German, Dutch, Swedish, Czech "date": heise.de's ``news_datum``, readability.js
test page heise), "fecha" (Spanish: El Mundo's and newspaper4k's spanish_article ``class="fecha"``).
"""
from __future__ import annotations

DATE_CLASS_WORDS = ["date", "time", "tmstmp", "stamp", "publish", "posted", "byline", "meta", "تاريخ",
                    "tarih", "datum", "fecha"]
