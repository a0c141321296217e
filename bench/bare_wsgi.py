"""The fastest a gunicorn worker can answer: a WSGI app with no framework, returning the
bytes of the file named by BENCH_PAGE. bench/peers.py measures it beside nginx and Kota."""

import os
from pathlib import Path

BODY = Path(os.environ["BENCH_PAGE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
