"""The served archive in a real browser: Debian's headless Chromium driven by Selenium through
Debian's chromedriver (installed by `make test` where missing). The search page finds the seed
story for `اوشاكوف`; its article page shows the body right-to-left (computed style). Screenshots
go to tests/artifacts/ (gitignored)."""
from __future__ import annotations

import shutil
import tempfile

import pytest

from tests.servicekit import ARTIFACTS, SEED_QUERY, Served, build_archive

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.skipif(not (shutil.which("chromium") and shutil.which("chromedriver")),
                       reason="Debian chromium + chromium-driver not installed "
                              "(`make test` installs them with apt-get)"),
]


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1000,800",
                "--lang=ar"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "news.db"
    urls = build_archive(db)
    with Served(db) as srv:
        srv.urls = urls
        yield srv


def test_search_then_article_page_in_chromium(browser, served):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    wait = WebDriverWait(browser, 20)
    browser.get(served.base + "/news/search")
    box = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "input[name=q]")))
    box.send_keys(SEED_QUERY)
    box.submit()
    hits = wait.until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "li.news-hit")))
    assert len(hits) == 1
    title = hits[0].find_element(By.CSS_SELECTOR, "a.news-hit-title")
    assert title.text == "الكرملين: بايدن أكد لبوتين أن الحرب النووية يجب ألا تبدأ"
    mark = hits[0].find_element(By.CSS_SELECTOR, "p.news-snippet mark")
    assert mark.text.startswith("أوشاكوف")          # the stored spelling, found unfolded
    snippet = hits[0].find_element(By.CSS_SELECTOR, "p.news-snippet")
    assert snippet.value_of_css_property("direction") == "rtl"
    browser.save_screenshot(str(ARTIFACTS / "search.png"))

    title.click()
    body = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".news-article .news-body")))
    paras = body.find_elements(By.TAG_NAME, "p")
    assert len(paras) >= 10
    assert any("أوشاكوف" in p.text for p in paras)
    directions = browser.execute_script(
        "return Array.from(arguments[0].querySelectorAll('p'))"
        ".map(p => getComputedStyle(p).direction)", body)
    assert set(directions) == {"rtl"}
    h1 = browser.find_element(By.CSS_SELECTOR, ".news-article h1")
    assert h1.value_of_css_property("direction") == "rtl"
    # right-to-left for real: the first paragraph's text ends on the left, starts on the right
    box_ = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); const range = document.createRange();"
        "range.selectNodeContents(arguments[0]); const t = range.getClientRects()[0];"
        "return [r.right, t.right];", paras[0])
    assert abs(box_[0] - box_[1]) < 2        # first line flush with the right edge
    link = browser.find_element(By.CSS_SELECTOR, ".news-original a")
    assert link.get_attribute("href") == served.urls["seed"]
    browser.save_screenshot(str(ARTIFACTS / "article.png"))
    assert (ARTIFACTS / "search.png").stat().st_size > 10_000
    assert (ARTIFACTS / "article.png").stat().st_size > 10_000
