"""Rules as data: one module per family. Matching code lives in scraper.clean."""
