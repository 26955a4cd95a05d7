"""scraper.fetch.fetch_url: a server that never answers is the timeout limit, whichever clock
fires first (the caller's wait or the socket's own timeout of the same length); ``public_only``
refuses a server on a non-global address before sending it anything."""
import socket
import threading

import pytest

from scraper.fetch import LimitHit, PrivateAddress, _global, fetch_url


@pytest.fixture
def silent_server():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    held, stop = [], threading.Event()

    def accept():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(srv.accept()[0])      # accepted, never answered
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}/"
    stop.set()
    t.join(2)
    for c in held:
        c.close()
    srv.close()


@pytest.mark.parametrize("timeout", [0.3, 0.6, 1.0])
def test_silent_server_is_a_timeout_limit(silent_server, timeout):
    with pytest.raises(LimitHit) as e:
        fetch_url(silent_server, timeout=timeout, max_bytes=1000)
    assert e.value.name == "timeout"


def test_public_only_refuses_loopback_before_sending(silent_server):
    # the silent server would hold the request until the timeout: refused at once instead
    for url in (silent_server, silent_server.replace("127.0.0.1", "localhost")):
        with pytest.raises(PrivateAddress, match="non-public address 127.0.0.1"):
            fetch_url(url, timeout=5, max_bytes=1000, public_only=True)


@pytest.mark.parametrize("addr, public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.10", False), ("172.16.5.4", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("::1", False), ("fe80::1%eth0", False), ("fd00::1", False), ("::ffff:127.0.0.1", False),
    ("::ffff:10.0.0.1", False), ("8.8.8.8", True), ("185.199.108.153", True),
    ("2001:4860:4860::8888", True), ("::ffff:8.8.8.8", True),
])
def test_global_addresses(addr, public):
    assert _global(addr) is public
