import sys, json, gzip
sys.path.insert(0, '.')
import os
os.environ.setdefault("SCRAPER_CORPUS", "/work/shared/corpus")
from tests.test_sites import parse_page
from spiders import registry
from scraper.bench import prf, leaks
C = "/work/shared/corpus/"
ids = sys.argv[1:] or ["youm7.com_6573469", "youm7.com_6574622", "bbc.com_arabic-c720dxj8dq8o"]
man = {json.loads(l)["id"]: json.loads(l) for l in open(C + "manifest.jsonl")}
for i in ids:
    r = man[i]
    body = gzip.decompress(open(C + r["html"], "rb").read())
    cls = registry.spider_for_url(r["url"])
    items, sp = parse_page(cls, r["url"], body)
    b = items[0]["body"] if items else ""
    p, rc, f = prf(b, r["gold_paragraphs"], "ar")
    print(i, cls.name, f"P={p:.3f} R={rc:.3f} F1={f:.3f}", "miss=", sp.crawler.stats.get_value("site_selector_miss"))
    print("  leaks:", leaks(b, r.get("gold_without") or []))
    print("  title:", items[0]["title"] if items else None)
    if "-v" in os.environ.get("V", ""):
        print(b)
