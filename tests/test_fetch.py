"""scraper.fetch.fetch_url: a server that never answers is the timeout limit, whichever clock
fires first (the caller's wait or the socket's own timeout of the same length)."""
import socket
import threading

import pytest

from scraper.fetch import LimitHit, fetch_url


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
