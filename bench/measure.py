"""How bench/run.py measures: a gunicorn server on loopback, sequential requests timed by
the server itself (Server-Timing), and wrk for throughput and load."""

import datetime
import http.client
import json
import math
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WORKERS = 3


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def calibration(rounds=5):
    """How fast this machine runs Python now: the fastest of `rounds` runs of a million
    additions in a loop, in ms. Printed and kept with the results (bench/run.py takes it at
    the start and the end of a run and around each database's pages), so that runs on
    machines (or days) of different speed can be read side by side: the same code's pages
    take longer where this figure is larger."""
    fastest = math.inf
    for _ in range(rounds):
        started = time.perf_counter()
        total = 0
        for n in range(1_000_000):
            total += n
        fastest = min(fastest, time.perf_counter() - started)
    return round(fastest * 1000, 1)


def environment(database_url=None, sqlite_path=None, **extra):
    """Production settings on plain HTTP, with Server-Timing on."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SITE_URL": "http://127.0.0.1:8000",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0",
            "AXES_ENABLED": "false",
            "SERVER_TIMING": "true",
            **extra,
        }
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    if sqlite_path:
        env["SQLITE_PATH"] = str(sqlite_path)
    return env


def manage(env, *args, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )


def manage_output(env, *args):
    """What `manage.py args` printed; its failure raised with the end of what it said."""
    done = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


class ScratchDatabase:
    """A benchmark's own database, made anew for each run: on SQLite a file under
    var/<name>/, on PostgreSQL the database kota_<name> on 127.0.0.1."""

    def __init__(self, name):
        self.work_dir = ROOT / "var" / name
        self.postgres_database = "kota_" + name.replace("-", "_")

    def fresh(self, database):
        """An empty database ("sqlite" or "postgres"), whatever an earlier run left."""
        self.work_dir.mkdir(parents=True, exist_ok=True)
        if database == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.work_dir / 'kota.sqlite3'}{suffix}").unlink(missing_ok=True)
            return
        postgres = ["-h", "127.0.0.1", "-U", "postgres"]
        subprocess.run(["dropdb", *postgres, "--if-exists", self.postgres_database], check=True)
        subprocess.run(["createdb", *postgres, self.postgres_database], check=True)

    def environment(self, database):
        """Production settings on this database, with the page cache off."""
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH")}
        env.update(
            {
                "DEBUG": "false",
                "SECRET_KEY": secrets.token_urlsafe(50),
                "SITE_URL": "http://127.0.0.1:8000",
                "PAGE_CACHE_SECONDS": "0",
            }
        )
        if database == "sqlite":
            env["SQLITE_PATH"] = str(self.work_dir / "kota.sqlite3")
        else:
            env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{self.postgres_database}"
        return env


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, connection=None, gzip=True):
    connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip else {})
    response = connection.getresponse()
    body = response.read()
    return response.status, response.getheader("Server-Timing", ""), body


def wait_until_serving(process, port, path, name, seconds=30):
    """Return once `path` answers on `port`; raise with the server's errors if it never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            get(port, path)
            return
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{name} did not start: " + process.stderr.read().decode())


class Gunicorn:
    def __init__(self, env, app="kota.wsgi", cwd=ROOT):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                app,
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--timeout",
                "120",
                "--log-level",
                "warning",
            ],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        wait_until_serving(self.process, self.port, "/", "gunicorn")

    def worker_rss_mb(self):
        children = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout.split()
        rss = []
        for pid in children:
            status = Path(f"/proc/{pid}/status").read_text()
            rss.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
        return [round(r, 1) for r in rss]

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(30)


def percentiles(durations):
    """p50 (the median), p95 and p99 of `durations`, by nearest rank, in ms to 0.01."""
    ordered = sorted(durations)

    def rank(p):
        return ordered[max(0, math.ceil(p * len(ordered)) - 1)]

    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(rank(0.95), 2),
        "p99_ms": round(rank(0.99), 2),
    }


def server_durations(port, path, requests, warm_up=0):
    """The time in ms the server spent on each of `requests` sequential requests (its
    Server-Timing), after `warm_up` that are not counted (warm())."""
    warm(port, path, warm_up)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    return [server_duration(port, path, connection) for _ in range(requests)]


def paired_durations(first, second, requests, warm_up=0):
    """server_durations() of two servers' pages, `first` and `second` (port, path), asked in
    turn, request by request (each first every other time): both meet the machine at the same
    moments, so that the ratio of their times does not move with the machine's speed, which
    changed by up to 87% within minutes here. Returns the two lists of durations."""
    asked = []
    for port, path in (first, second):
        warm(port, path, warm_up)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        asked.append((port, path, connection, []))
    for n in range(requests):
        for port, path, connection, durations in asked if n % 2 == 0 else asked[::-1]:
            durations.append(server_duration(port, path, connection))
    return asked[0][3], asked[1][3]


def server_duration(port, path, connection):
    """The time in ms the server spent on one request of `path` (its Server-Timing)."""
    status, timing, _body = get(port, path, connection)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}")
    return float(timing.split("dur=")[1])


def warm(port, path, requests):
    """`requests` unmeasured requests, WORKERS at a time: while one worker is busy the next
    request goes to another, so that every worker, not only the quickest to accept, has
    served the page (compiled its templates, read what it keeps in memory) before the timed
    requests. Sent one after another, a worker could be left cold, and its first request (up
    to a second) was the p99 of the page."""
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for status, _timing, _body in pool.map(lambda _n: get(port, path), range(requests)):
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")


def wrk(url, seconds, connections, paths=None):
    """Requests per second, errors (non-2xx/3xx and socket errors) and p99 from wrk; with
    `paths`, each connection cycles through them."""
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    script = None
    if paths:
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(
                "local paths = {" + ", ".join(json.dumps(p) for p in paths) + "}\n"
                "local i = 0\n"
                "request = function()\n"
                "  i = i + 1\n"
                '  return wrk.format("GET", paths[(i % #paths) + 1])\n'
                "end\n"
            )
        args += ["-s", script.name]
    try:
        out = subprocess.run([*args, url], check=True, capture_output=True, text=True).stdout
    finally:
        if script:
            os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(g) for g in socket_errors.groups()) if socket_errors else 0
    )
    return {"rps": round(rps, 1), "requests": total, "errors": errors, "p99_ms": round(p99_ms, 1)}
