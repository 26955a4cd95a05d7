"""Cron-grade operations (issue 7, items 1 and 8), with real `scraper crawl` subprocesses:

- no listener and no secret by default: no listening TCP socket in the crawl process, no telnet
  password in the log, no remote-control job file (and no ERROR where the state folder cannot be
  created); the opt-in (-s TELNETCONSOLE_ENABLED=1) does listen, so the probe can fail;
- quiet logs: `scraper crawl --all` offline prints at most 150 lines and still names every failing
  site; --verbose restores Scrapy's output; --log-file writes a rotated file.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.httpserver import SiteServer

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "tests" / "sites" / "akhbar"
SCRAPER = [sys.executable, "-m", "scraper.cli"]


def _env(tmp: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    # The state folder cannot be created (a regular file is in the way, even for root): a
    # remote-control job file would fail with an ERROR here.
    blocker = tmp / "state-is-a-file"
    blocker.write_text("not a folder")
    env.update(HOME=str(home), XDG_STATE_HOME=str(blocker / "state"),
               XDG_DATA_HOME=str(blocker / "data"), XDG_CONFIG_HOME=str(blocker / "config"),
               XDG_CACHE_HOME=str(blocker / "cache"))
    return env


def _socket_inodes(pid: int) -> set[str]:
    out = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        fds = list(fd_dir.iterdir())
    except OSError:
        return out
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            out.add(target[8:-1])
    return out


def listening_ports(pid: int) -> set[int]:
    """TCP ports the process *pid* listens on (state 0A in /proc/net/tcp{,6})."""
    inodes = _socket_inodes(pid)
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            f = line.split()
            if len(f) > 9 and f[3] == "0A" and f[9] in inodes:
                ports.add(int(f[1].rsplit(":", 1)[1], 16))
    return ports


def _crawl_and_probe(tmp: Path, base: str, *extra: str) -> tuple[int, str, set[int]]:
    """`scraper crawl generic -a url=<slow page>` in a subprocess; while it waits for the slow
    page, the ports it listens on are collected."""
    cmd = [*SCRAPER, "crawl", "generic", "--db", str(tmp / "news.db"), "--verbose",
           "-a", f"url={base}{SLOW}",
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0",
           *extra]
    proc = subprocess.Popen(cmd, cwd=tmp, env=_env(tmp), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    ports: set[int] = set()
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        ports |= listening_ports(proc.pid)
        time.sleep(0.1)
    out, _ = proc.communicate(timeout=60)
    return proc.returncode, out, ports


SLOW = "/news/2025/03/10/slow-1001.html"


@pytest.fixture(scope="module")
def server():
    with SiteServer(SITE, routes={SLOW: {"file": "articles/economy-talks.html",
                                         "delay": 1.5}}) as srv:
        yield srv


def test_no_listener_no_secret_no_job_file(tmp_path, server):
    rc, out, ports = _crawl_and_probe(tmp_path, server.base)
    assert rc == 0, out[-3000:]
    assert ports == set(), out[-3000:]
    assert "Telnet" not in out and "assword" not in out, out[-3000:]
    assert "Remote control" not in out and " ERROR: " not in out, out[-3000:]
    assert server.requested(SLOW)
    # nothing written to the home folder (no job file, no token)
    assert [p for p in (tmp_path / "home").rglob("*")] == []


def test_listener_opt_in_is_seen_by_the_probe(tmp_path, server):
    """The opt-in documented in the README: the telnet console listens and logs its password;
    the remote-control extension fails with an ERROR where the state folder cannot be made (so
    the probes of the test above can fail)."""
    rc, out, ports = _crawl_and_probe(tmp_path, server.base, "-s", "TELNETCONSOLE_ENABLED=1",
                                      "-s", "REMOTE_CONTROL_ENABLED=1")
    assert ports, out[-3000:]
    assert "Telnet Password" in out
    assert "Remote control HTTP server failed to start" in out
    assert rc == 1


# The crawler the project builds, in a fresh interpreter: its extensions, and whether aiohttp (what
# Scrapy's remote-control module imports) was loaded for it
_EXTENSIONS_PROBE = r"""
import sys
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler
from spiders.generic import GenericSpider
settings = get_project_settings()
if sys.argv[1] == "on":
    settings.set("REMOTE_CONTROL_ENABLED", True, priority="cmdline")
crawler = get_crawler(GenericSpider, settings.copy_to_dict())
names = {type(m).__name__ for m in crawler.extensions.middlewares}
print("RemoteControl" in names, "aiohttp" in sys.modules)
"""


@pytest.mark.parametrize("mode, expected", [("off", "False False"), ("on", "True True")])
def test_remote_control_module_is_loaded_only_when_enabled(tmp_path, mode, expected):
    """Off (the default), Scrapy's remote-control module and the aiohttp server under it (0.28 s
    of CPU per process) are not even imported; switched on, it is Scrapy's extension."""
    env = {**_env(tmp_path), "SCRAPY_SETTINGS_MODULE": "scraper.settings"}
    out = subprocess.run([sys.executable, "-c", _EXTENSIONS_PROBE, mode], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split("\n")[-2] == expected, out.stdout


# --------------------------------------------------------------------------- item 8: quiet logs

def _hosts_resolve() -> bool:
    try:
        socket.getaddrinfo("www.aljazeera.net", 443)
    except OSError:
        return False
    return True


def _offline_all(tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    # faster than the defaults (no delay, one retry, short timeouts), same logging path
    cmd = [*SCRAPER, "crawl", "--all", "--db", str(tmp / "news.db"),
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "RETRY_TIMES=1",
           "-s", "DOWNLOAD_TIMEOUT=5", "-s", "DNS_TIMEOUT=5", *extra]
    return subprocess.run(cmd, cwd=tmp, env=_env(tmp), capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def offline_all(tmp_path_factory):
    if _hosts_resolve():
        pytest.skip("the news sites' hosts resolve here: this test needs an offline machine "
                    "(it would crawl the live sites)")
    return _offline_all(tmp_path_factory.mktemp("offline"))


def test_crawl_all_offline_is_quiet(offline_all):
    from scraper.cli.crawl import in_all
    from scrapy.spiderloader import get_spider_loader
    from scrapy.utils.project import get_project_settings

    proc = offline_all
    lines = (proc.stdout + proc.stderr).splitlines()
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert len(lines) <= 150, "\n".join(lines)
    text = "\n".join(lines)
    for banner in ("Overridden settings", "Enabled extensions", "Dumping Scrapy stats",
                   "Telnet", "Scrapy 2", "Traceback"):
        assert banner not in text
    os.environ.pop("SCRAPY_SETTINGS_MODULE", None)
    loader = get_spider_loader(get_project_settings())
    names = [n for n in loader.list() if in_all(loader.load(n))]
    assert len(names) >= 20
    for name in names:     # every failing site is named in a log line and in the table
        assert f"[{name}] ERROR: " in proc.stderr, name
        assert any(line.startswith(name + " ") for line in proc.stdout.splitlines()), name
    assert "not clean:" in proc.stdout


def test_verbose_log_file_rotates(tmp_path):
    """--verbose brings Scrapy's INFO output back; --log-file sends it to a file rotated at
    LOG_FILE_MAX_BYTES keeping LOG_FILE_BACKUPS files; stdout keeps the summary table."""
    log = tmp_path / "c.log"
    cmd = [*SCRAPER, "crawl", "generic", "--verbose", "--db", str(tmp_path / "n.db"),
           "--log-file", str(log), "-s", "LOG_FILE_MAX_BYTES=2000", "-s", "LOG_FILE_BACKUPS=2",
           "-a", "start=http://127.0.0.1:9/none", "-s", "RETRY_TIMES=0", "-s", "ROBOTSTXT_OBEY=0"]
    proc = subprocess.run(cmd, cwd=tmp_path, env=_env(tmp_path), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "", proc.stderr[-2000:]
    assert "generic" in proc.stdout and "errors" in proc.stdout      # the summary table
    files = sorted(p.name for p in tmp_path.glob("c.log*"))
    assert files == ["c.log", "c.log.1", "c.log.2"], files
    text = "".join(p.read_text("utf-8") for p in tmp_path.glob("c.log*"))
    assert "Dumping Scrapy stats" in text and "Entry point failed" in text
    for p in tmp_path.glob("c.log*"):
        assert p.stat().st_size <= 2000 + 8000   # one record (a stats dump) may pass the limit
