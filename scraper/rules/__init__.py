"""Rules as data: one module per family. Matching code lives in scraper.domrules (ids, classes, tags) and scraper.clean (lines)."""
