# Two entry points for a fresh machine: `make crawl` (all spiders into data/news.db) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: venv crawl test bench bench-crawl bench-store clean
# The optional compiled core (Cython, into the git-ignored scraper/.compiled/): rebuilt here for the
# modules whose source changed; without Cython or a C compiler, a warning and the pure-Python core.
# An edited module runs as Python until this runs again (never a stale build): see scraper/_compiled.py
venv: $(STAMP)
	nice $(PY) -m scraper._build_compiled build || echo "warning: compiled core not built: the pure-Python core runs"

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --group compiled || echo "warning: Cython not installable: the pure-Python core runs"
	rm -f $(VENV)/.installed-*; touch $@

crawl: venv
	$(VENV)/bin/scraper crawl --all

test: venv
	@command -v redis-server >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null) || echo "redis-server not installable: the distributed-mode test will be skipped"
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }
	$(VENV)/bin/pytest -q

# readability-lxml 0.9 pins cssselect<1.4 and chardet<6 (the core needs cssselect>=1.6), so pip
# resolves the extra to 0.8.4.1, a much weaker peer: the current release goes in without its pins
bench: venv
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) -m pip install -q --no-deps 'readability-lxml==0.9'
	$(PY) -m scraper.bench $(BENCH_ARGS)

# Crawl throughput on loopback (nginx, 2,000 corpus pages): bare Scrapy, this project, Scrapy + trafilatura
bench-crawl: venv
	command -v nginx >/dev/null || test -x /usr/sbin/nginx || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null)
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) -m scraper.benchmarks.crawl $(BENCH_ARGS)

# SQLite write speed: Store.upsert_many (plain rows, + FTS, + clustering) on the corpus gold bodies
bench-store: venv
	$(PY) -m scraper.benchmarks.store $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache scraper/.compiled
