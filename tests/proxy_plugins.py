"""proxy.py plugin for tests/test_blocked_crawl.py: one line per request the proxy forwards.

proxy.py's own access log has one line per client *connection* (a kept-alive connection that
carried robots.txt and then the feed shows only one of them), so the test counts requests here:
``--plugins tests.proxy_plugins.CountRequests`` with ``PROXY_COUNT_FILE`` set.
"""
from __future__ import annotations

import os

from proxy.http.proxy import HttpProxyBasePlugin


class CountRequests(HttpProxyBasePlugin):
    def handle_client_request(self, request):
        line = b"%s %s:%d%s\n" % (request.method or b"-", request.host or b"-", request.port or 0,
                                  request.path or b"")
        with open(os.environ["PROXY_COUNT_FILE"], "ab") as f:
            f.write(line)
        return request
