"""Fault suite for the database side of operations (issue 7, items 3-5): real subprocesses of
``scraper crawl`` / ``scrapy crawl`` / ``scraper stats|search`` against a generated site on a
loopback server (tests/httpserver.py) and real SQLite files.

Read-only and disk-full conditions use real mechanisms: another user (``setpriv`` to
``nobody``), a read-only bind mount, a small tmpfs (``mount``; skipped where the test runs
without the privilege), and the file-size limit ``RLIMIT_FSIZE`` (the kernel refuses writes
past it: SQLite reports an I/O error or "database or disk is full").
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from scraper.lock import CrawlLock, LockHeld, lock_path_for
from scraper.storage import SCHEMA_VERSION, Store, check_database
from scraper.storage.schema import _v1_initial
from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES = 240
FAST = 6            # in the slow site, articles 0..FAST-1 answer at once, the rest after 1 s

PARAS = [
    "أعلنت وزارة الاقتصاد صباح اليوم عن خطة جديدة لدعم المشروعات الصغيرة والمتوسطة في "
    "المحافظات، بتمويل مشترك من البنوك الوطنية وعدد من صناديق التنمية العربية.",
    "وقال الوزير في مؤتمر صحفي إن الخطة تشمل قروضا ميسرة وبرامج تدريب للشباب، وإن التنفيذ "
    "سيبدأ خلال الأسابيع المقبلة بعد استكمال الإجراءات القانونية اللازمة.",
    "وأضاف أن الحكومة تسعى إلى خفض معدلات البطالة ورفع مساهمة القطاع الخاص في الناتج "
    "المحلي، مشيرا إلى أن النتائج الأولى ستظهر قبل نهاية العام الحالي.",
    "ورحب عدد من رجال الأعمال بالقرار، معتبرين أنه خطوة مهمة لتحسين مناخ الاستثمار، فيما "
    "طالب آخرون بمزيد من الشفافية في معايير اختيار المشروعات المستفيدة.",
]


def _article(i: int) -> str:
    body = "\n".join(f"      <p>{p} (رقم {i})</p>" for p in PARAS)
    title = f"خطة اقتصادية جديدة رقم {i} لدعم المشروعات الصغيرة"
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-10T08:00:00Z"></head>
<body><div class="post"><h1 class="post-title">{title}</h1>
    <div class="post-body">
{body}
    </div></div></body></html>
"""


def _path(i: int) -> str:
    return f"/news/2025/03/10/economy-plan-{i:04d}.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A generated news site: sitemap.xml listing N_ARTICLES articles."""
    root = tmp_path_factory.mktemp("site")
    for i in range(N_ARTICLES):
        p = root / _path(i).lstrip("/")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(_article(i), "utf-8")
    urls = "".join(f"<url><loc>__BASE__{_path(i)}</loc></url>" for i in range(N_ARTICLES))
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>', "utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow:\n", "utf-8")
    (root / "single.html").write_text(_article(9999), "utf-8")
    return root


@pytest.fixture(scope="module")
def server(site):
    with SiteServer(site, routes={}) as srv:
        yield srv


@pytest.fixture(scope="module")
def slow_server(site):
    routes = {_path(i): {"delay": 1, "file": _path(i).lstrip("/")}
              for i in range(FAST, N_ARTICLES)}
    with SiteServer(site, routes=routes) as srv:
        yield srv


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    env["NO_COLOR"] = "1"
    env.update(extra or {})
    return env


FAST_SETTINGS = [
    "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "DOWNLOAD_TIMEOUT=5", "-s", "RETRY_TIMES=0",
    "-s", "TELNETCONSOLE_ENABLED=0", "-s", "REMOTE_CONTROL_ENABLED=0",
]


def scraper_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "scraper.cli", *args]


def crawl_cmd(db: Path | str, *args: str) -> list[str]:
    return scraper_cmd("crawl", "generic", "--db", str(db), *FAST_SETTINGS, *args)


def scrapy_cmd(db: Path | str, *args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "generic", "-s", f"SQLITE_PATH={db}",
            *FAST_SETTINGS, *args]


def run(cmd: list[str], *, cwd: Path = ROOT, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=kw.pop("env", None) or _env(), capture_output=True,
                          text=True, timeout=timeout, **kw)


def lines_with(text: str, needle: str) -> list[str]:
    return [line for line in text.splitlines() if needle in line]


def listing(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir()) if p.is_file()}


def make_db(path: Path, n: int = 3) -> Path:
    """Our database with *n* articles and one finished run, cleanly closed (no -wal)."""
    with Store(path) as s:
        s.upsert_many([{"url": f"https://x.example/{i}", "site": "x",
                        "title": f"عنوان الخبر {i}", "body": f"نص الخبر الكامل رقم {i}"}
                       for i in range(n)])
        rid = s.start_run("x")
        s.finish_run(rid, "finished", {"articles/new": n})
    assert not Path(f"{path}-wal").exists()
    return path


def readers(db: Path, **kw) -> list[subprocess.CompletedProcess]:
    return [run(scraper_cmd("stats", "--db", str(db)), **kw),
            run(scraper_cmd("search", "الخبر", "--db", str(db)), **kw)]


def assert_one_line(proc: subprocess.CompletedProcess, needle: str) -> None:
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out[-3000:]
    assert len(lines_with(out, needle)) == 1, out[-3000:]


# --------------------------------------------------------------------------- item 4: refusal

FOREIGN_SQL = [
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, headline TEXT, text TEXT)",
    "INSERT INTO articles (headline, text) VALUES ('mine', 'not yours')",
    "CREATE TABLE users (name TEXT)",
]


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    for q in FOREIGN_SQL:
        conn.execute(q)
    conn.commit()
    conn.close()
    return path


def test_foreign_sqlite_database_is_refused_untouched(tmp_path, server):
    db = _foreign(tmp_path / "news.db")
    before = listing(tmp_path)
    n_requests = len(server.log)

    r = run(crawl_cmd(db, "-a", f"start={server.base}/sitemap.xml"))
    assert r.returncode == 4, r.stderr[-3000:]
    assert_one_line(r, "database refused")
    assert "not an arabic-news-scraper database" in r.stderr
    assert listing(tmp_path) == before          # byte-identical, no -wal/-shm/.lock

    r = run(scrapy_cmd(db, "-a", f"start={server.base}/sitemap.xml"))
    assert_one_line(r, "Database refused")
    assert "'finish_reason': 'database_refused'" in r.stderr
    assert listing(tmp_path) == before
    assert len(server.log) == n_requests        # refused before any request

    for proc in readers(db):
        assert proc.returncode == 4
        assert_one_line(proc, "database refused")
    assert listing(tmp_path) == before


@pytest.mark.parametrize("kind", ["random", "truncated", "header_only", "text"])
def test_damaged_or_non_sqlite_files_are_refused_with_one_line(tmp_path, kind):
    db = tmp_path / "news.db"
    if kind == "random":
        db.write_bytes(os.urandom(64 * 1024))
    elif kind == "text":
        db.write_text("id,title\n1,hello\n")
    else:
        make_db(db, n=200)
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 2] if kind == "truncated" else data[:60])
    before = listing(tmp_path)
    r = run(scraper_cmd("crawl", "generic", "--db", str(db), "-a", "url=http://127.0.0.1:9/x"))
    assert r.returncode == 4, r.stderr[-3000:]
    assert_one_line(r, "database refused")
    for proc in readers(db):
        assert proc.returncode == 4, proc.stderr
        assert_one_line(proc, "database refused")
    assert listing(tmp_path) == before
    expected = {"random": "not an SQLite database", "text": "not an SQLite database",
                "truncated": "truncated", "header_only": "truncated"}[kind]
    assert expected in r.stderr


def test_newer_schema_is_refused(tmp_path):
    db = make_db(tmp_path / "news.db")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = listing(tmp_path)
    r = run(scraper_cmd("crawl", "generic", "--db", str(db), "-a", "url=http://127.0.0.1:9/x"))
    assert r.returncode == 4
    assert_one_line(r, "database refused")
    assert f"schema version {SCHEMA_VERSION + 1}, newer" in r.stderr
    for proc in readers(db):
        assert proc.returncode == 4
        assert_one_line(proc, "newer than this program knows")
    assert listing(tmp_path) == before


def test_unversioned_database_is_recognised_read_only_and_stamped_by_a_writer(tmp_path):
    """A file made before versioning (user_version 0, our tables) is version 1: readers use it
    as is (and change nothing), a writer stamps and migrates it keeping the data."""
    db = tmp_path / "news.db"
    conn = sqlite3.connect(db)
    _v1_initial(conn)
    conn.execute("INSERT INTO articles (canonical_url, url, site, title, body, first_seen, "
                 "last_seen) VALUES ('https://x.example/1', 'https://x.example/1', 'x', "
                 "'عنوان', 'نص الخبر', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")
    conn.execute("INSERT INTO crawl_runs (spider, started_at, finish_reason) "
                 "VALUES ('x', '2024-01-01T00:00:00Z', 'finished')")
    conn.commit()
    conn.close()
    assert check_database(db) == 1
    before = listing(tmp_path)
    stats = run(scraper_cmd("stats", "--db", str(db)))
    assert stats.returncode == 0, stats.stderr
    assert "1 articles" in stats.stdout and "finished" in stats.stdout
    assert listing(tmp_path)["news.db"] == before["news.db"]
    with Store(db) as s:
        assert s.version_found == 1 and s.version == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.count() == 1
        cols = {r[1] for r in s.conn.execute("PRAGMA table_info(crawl_runs)")}
        assert {"owner", "heartbeat_at"} <= cols
    assert check_database(db) == SCHEMA_VERSION


def test_empty_file_is_a_new_database(tmp_path):
    db = tmp_path / "news.db"
    db.touch()
    assert check_database(db) == 0
    r = run(scraper_cmd("stats", "--db", str(db)))
    assert r.returncode == 1 and "empty" in r.stderr and "Traceback" not in r.stderr
    with Store(db) as s:
        assert s.version_found == 0 and s.count() == 0


# --------------------------------------------------------------------------- readers read-only

def _nobody_can_run() -> str | None:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        return "needs root and setpriv to run a reader as another user"
    probe = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
         "import scrapy, sqlite_utils, scraper.storage"],
        cwd="/", env=_env(), capture_output=True, text=True)
    if probe.returncode != 0:
        return f"user nobody cannot run this Python here: {probe.stderr.strip()[-200:]}"
    return None


@pytest.fixture
def shared_dir():
    """A folder that user nobody can traverse (pytest's tmp_path is private to root)."""
    d = Path(tempfile.mkdtemp(prefix="opsdb-"))
    os.chmod(d, 0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def test_readers_work_for_a_read_only_user(shared_dir):
    why = _nobody_can_run()
    if why:
        pytest.skip(why)
    folder = shared_dir / "data"
    folder.mkdir()
    os.chmod(folder, 0o755)
    db = make_db(folder / "news.db")
    os.chmod(db, 0o644)
    before = listing(folder)
    as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    stats = run([*as_nobody, *scraper_cmd("stats", "--db", str(db))], cwd=Path("/"))
    assert stats.returncode == 0, stats.stderr
    assert "3 articles" in stats.stdout
    search = run([*as_nobody, *scraper_cmd("search", "الخبر", "رقم", "2", "--db", str(db))],
                 cwd=Path("/"))
    assert search.returncode == 0, search.stderr
    assert "https://x.example/2" in search.stdout
    assert listing(folder) == before             # nothing created (no -shm, no -wal)
    # The same user cannot crawl into it: one line, storage failure (5).
    crawl = run([*as_nobody, *scraper_cmd("crawl", "generic", "--db", str(db), "-a",
                                          "url=http://127.0.0.1:9/x")], cwd=Path("/"))
    assert crawl.returncode == 5, crawl.stderr
    assert_one_line(crawl, "storage failure")
    assert listing(folder) == before


def _mount(args: list[str]) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(target: Path) -> None:
    if subprocess.run(["umount", str(target)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def readonly_mount(tmp_path):
    """(source folder, the same folder mounted read-only)."""
    src, ro = tmp_path / "src", tmp_path / "ro"
    src.mkdir()
    ro.mkdir()
    if not _mount(["--bind", str(src), str(ro)]):
        pytest.skip("cannot bind-mount here (needs root with mount privilege)")
    try:
        if not _mount(["-o", "remount,bind,ro", str(ro)]):
            pytest.skip("cannot remount read-only here")
        yield src, ro
    finally:
        _umount(ro)


def test_readers_work_on_a_read_only_mount_and_the_crawl_fails_with_5(readonly_mount, tmp_path):
    src, ro = readonly_mount
    make_db(src / "news.db")
    before = listing(src)
    for proc in readers(ro / "news.db"):
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
    assert listing(src) == before
    crawl = run(scraper_cmd("crawl", "generic", "--db", str(ro / "news.db"), "-a",
                            "url=http://127.0.0.1:9/x"))
    assert crawl.returncode == 5
    assert_one_line(crawl, "storage failure")      # lock file cannot be created
    # with the lock elsewhere, opening the database for writing fails the same way
    crawl = run(scraper_cmd("crawl", "generic", "--db", str(ro / "news.db"), "--lock",
                            str(tmp_path / "x.lock"), "-a", "url=http://127.0.0.1:9/x"))
    assert crawl.returncode == 5
    assert_one_line(crawl, "storage failure")
    assert "readonly" in crawl.stderr or "read-only" in crawl.stderr
    assert listing(src) == before


def test_missing_folder_created_only_by_crawl_and_said_once(tmp_path, server):
    missing = tmp_path / "nothere" / "news.db"
    for proc in readers(missing):
        assert proc.returncode == 1 and "no database" in proc.stderr
    assert not missing.parent.exists()
    db = tmp_path / "new" / "sub" / "news.db"
    r = run(crawl_cmd(db, "-a", f"url={server.base}/single.html"))
    assert r.returncode == 0, r.stderr[-3000:]
    assert len(lines_with(r.stderr, "created the database folder")) == 1
    assert str(db.parent) in r.stderr
    with Store.open_readonly(db) as s:
        assert s.count() == 1
    r = run(crawl_cmd(db, "-a", f"url={server.base}/single.html"))
    assert r.returncode == 0 and "created the database folder" not in r.stderr


# --------------------------------------------------------------------------- item 3: failures

def _limit_file_size(nbytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))
    return apply


def _assert_stopped_early(r: subprocess.CompletedProcess, srv: SiteServer, n0: int) -> None:
    out = r.stdout + r.stderr
    assert r.returncode == 5, out[-4000:]
    assert_one_line(r, "Storage failure:")
    assert "'body'" not in out and "Error processing" not in out    # no item dumps
    fetched = sum(1 for p in srv.paths()[n0:] if p.startswith("/news/"))
    assert fetched < N_ARTICLES // 2, f"{fetched} articles fetched after the failure"
    assert "storage_failure" in r.stdout       # the summary's reason


def test_write_failure_stops_the_crawl_with_one_line_and_exit_5(tmp_path, server):
    db = make_db(tmp_path / "news.db", n=0)
    size = db.stat().st_size
    n0 = len(server.log)
    r = run(crawl_cmd(db, "-a", f"start={server.base}/sitemap.xml", "-s", "SQLITE_BATCH_SIZE=5"),
            preexec_fn=_limit_file_size(size + 96 * 1024))
    _assert_stopped_early(r, server, n0)
    # the database stays readable and sound afterwards
    stats = run(scraper_cmd("stats", "--db", str(db)))
    assert stats.returncode == 0, stats.stderr
    with Store(db) as s:
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = s.count()
    assert 0 < stored < N_ARTICLES


@pytest.fixture
def small_tmpfs(tmp_path):
    mnt = tmp_path / "tmpfs"
    mnt.mkdir()
    if not _mount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]):
        pytest.skip("cannot mount a tmpfs here (needs root with mount privilege)")
    try:
        yield mnt
    finally:
        _umount(mnt)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the filesystem of *folder* until about *leave* bytes are free."""
    filler = folder / "filler"
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb", buffering=0) as f:
        try:
            f.write(b"\0" * max(0, free - leave))
            while leave == 0:
                f.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_disk_full_during_the_crawl(small_tmpfs, server):
    db = make_db(small_tmpfs / "news.db", n=0)
    # room for a few batches (each also writes its articles' MinHash signatures and LSH buckets)
    _fill(small_tmpfs, leave=320 * 1024)
    n0 = len(server.log)
    r = run(crawl_cmd(db, "-a", f"start={server.base}/sitemap.xml", "-s", "SQLITE_BATCH_SIZE=5"))
    _assert_stopped_early(r, server, n0)
    assert "database or disk is full" in r.stderr or "No space left" in r.stderr
    assert "bytes free on its filesystem" in r.stderr
    (small_tmpfs / "filler").unlink()
    with Store(db) as s:
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.count() > 0


def test_no_space_at_all_gives_one_line_not_a_traceback(small_tmpfs, server):
    db = make_db(small_tmpfs / "news.db", n=1)
    _fill(small_tmpfs, leave=0)
    r = run(crawl_cmd(db, "-a", f"url={server.base}/single.html"))
    assert r.returncode == 5, (r.stdout + r.stderr)[-3000:]
    assert "Traceback" not in r.stdout + r.stderr
    assert len(lines_with(r.stdout + r.stderr, "torage failure")) == 1, r.stderr[-3000:]
    assert "bytes free on its filesystem" in r.stderr
    (small_tmpfs / "filler").unlink()
    for proc in readers(db):
        assert proc.returncode == 0, proc.stderr


# --------------------------------------------------------------------------- item 5: runs, lock

def _runs(db: Path) -> list[dict]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM crawl_runs ORDER BY id")]
    finally:
        conn.close()


def _count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_lock_is_shared_through_symlinks_and_taken_by_scrapy_crawl_and_killed_runs_are_accounted(
        tmp_path, tmp_path_factory, slow_server):
    srv = slow_server
    data = tmp_path / "data"
    data.mkdir()
    db = data / "news.db"
    link = tmp_path / "link.db"
    link.symlink_to(db)
    # The killed crawl runs with the project's defaults for listeners (no FAST_SETTINGS
    # overrides of TELNETCONSOLE/REMOTE_CONTROL) and its own state folder: Scrapy's remote
    # control would leave a job file with an access token there.
    state = tmp_path / "state"
    # (the MinHash tables' cache, scraper.clusters.cache_dir, is kept elsewhere)
    home_env = _env({"HOME": str(state / "home"), "XDG_STATE_HOME": str(state / "xdg"),
                     "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))})
    first = subprocess.Popen(
        scraper_cmd("crawl", "generic", "--db", str(link), "-a", f"start={srv.base}/sitemap.xml",
                    "-s", "SQLITE_BATCH_SIZE=2", "-s", "DOWNLOAD_DELAY=0",
                    "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"),
        cwd=ROOT, env=home_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if db.exists():
                try:
                    runs = _runs(db)
                    if runs and (runs[-1]["items_new"] or 0) >= 4:
                        break
                except sqlite3.Error:
                    pass
            time.sleep(0.2)
        else:
            pytest.fail("the first crawl stored nothing in 60 s")
        assert lock_path_for(link) == Path(f"{db}.lock")

        # a second crawl through the real path: lock held, exit 3, nothing fetched
        n0 = len(srv.log)
        second = run(crawl_cmd(db, "-a", f"url={srv.base}/single.html"))
        assert second.returncode == 3, second.stderr[-3000:]
        assert_one_line(second, "already running")
        assert f"pid {first.pid}" in second.stderr
        # plain `scrapy crawl` takes the same lock
        third = run(scrapy_cmd(link, "-a", f"url={srv.base}/single.html"))
        assert_one_line(third, "Another crawl is already running")
        assert "'finish_reason': 'lock_held'" in third.stderr
        assert "/single.html" not in srv.paths()[n0:]

        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)

    (killed,) = _runs(db)
    assert killed["finish_reason"] is None and killed["finished_at"] is None
    stored = _count(db)
    assert killed["items_new"] == stored >= 4          # counters kept at each flush
    assert killed["heartbeat_at"]

    nxt = run(crawl_cmd(db, "-a", f"url={srv.base}/single.html"))
    assert nxt.returncode == 0, nxt.stderr[-3000:]
    assert len(lines_with(nxt.stderr, f"Run {killed['id']} (generic")) == 1
    assert "was interrupted" in nxt.stderr
    runs = _runs(db)
    assert runs[0]["finish_reason"] == "interrupted"
    assert runs[0]["items_new"] == stored and runs[0]["finished_at"] == killed["heartbeat_at"]
    assert runs[1]["finish_reason"] == "finished" and runs[1]["items_new"] == 1
    stats = run(scraper_cmd("stats", "--db", str(db)))
    assert "interrupted" in stats.stdout
    # our own files: the database and its (released, empty) lock file, and SQLite's empty
    # -wal/-shm that a mode=ro reader (stats, and this test) leaves; nothing else
    names = {p.name for p in data.iterdir()}
    assert {"news.db", "news.db.lock"} <= names <= {"news.db", "news.db.lock", "news.db-wal",
                                                    "news.db-shm"}
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    assert Path(f"{db}.lock").read_text() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "link.db"] + (
        ["state"] if state.exists() else [])
    assert [p for p in state.rglob("*") if p.is_file()] == []     # no job/token file left


def test_lock_module_is_reentrant_in_process_and_exclusive_across_processes(tmp_path):
    db = tmp_path / "news.db"
    link = tmp_path / "alias.db"
    link.symlink_to(db)
    probe = ("import sys; from scraper.lock import CrawlLock, LockHeld\n"
             "try:\n CrawlLock(sys.argv[1]).acquire(); print('acquired')\n"
             "except LockHeld as e: print('held', e.pid)\n")
    with CrawlLock(db):
        with CrawlLock(link):           # same database, same process: a reference
            pass
        r = run([sys.executable, "-c", probe, str(link)])
        assert r.stdout.split() == ["held", str(os.getpid())], r.stderr
    r = run([sys.executable, "-c", probe, str(link)])
    assert r.stdout.strip() == "acquired"
    with pytest.raises(LockHeld):
        held = subprocess.Popen([sys.executable, "-c",
                                 "import sys,time; from scraper.lock import CrawlLock; "
                                 "CrawlLock(sys.argv[1]).acquire(); print('ok', flush=True); "
                                 "time.sleep(30)", str(db)],
                                cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True)
        try:
            assert held.stdout.readline().strip() == "ok"
            CrawlLock(link).acquire()
        finally:
            held.kill()
            held.wait(10)


# --------------------------------------------------------------------------- migrations

def _schema(db: Path) -> dict[str, list]:
    conn = sqlite3.connect(db)
    try:
        out = {}
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "ORDER BY name"):
            out[name] = [tuple(r[1:]) for r in conn.execute(f"PRAGMA table_info([{name}])")]
        out["_objects"] = sorted(r[0] for r in conn.execute(
            "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger')"))
        out["_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
        return out
    finally:
        conn.close()


def test_migrations_are_contiguous_and_every_path_gives_the_same_schema(tmp_path):
    from scraper.storage import MIGRATIONS
    assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()
    old = tmp_path / "old.db"            # an unversioned file of before, migrated by a writer
    conn = sqlite3.connect(old)
    _v1_initial(conn)
    conn.commit()
    conn.close()
    with Store(old) as s:
        assert (s.version_found, s.version) == (1, SCHEMA_VERSION)
    assert _schema(old) == _schema(fresh)
    assert _schema(fresh)["_version"] == SCHEMA_VERSION
    with Store(old) as s:                # opening again migrates nothing
        assert (s.version_found, s.version) == (SCHEMA_VERSION, SCHEMA_VERSION)


def test_plain_scrapy_crawl_creates_a_missing_folder_and_says_so(tmp_path, server):
    db = tmp_path / "fresh" / "news.db"
    r = run(scrapy_cmd(db, "-a", f"url={server.base}/single.html"))
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert len(lines_with(r.stderr, "Created the database folder")) == 1, r.stderr[-3000:]
    with Store.open_readonly(db) as s:
        assert s.count() == 1
        assert s.runs()[0]["finish_reason"] == "finished"
