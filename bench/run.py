"""`make bench`: Kota measured on this machine, on SQLite and on PostgreSQL.

For each database it builds the demo network at `small` and at `large` scale in a database of
its own, then:
  1. in-process, at both scales: SQL queries and page weight of every page in bench/pages.py
     (the counts must be equal at both scales);
  2. with gunicorn serving the large network on loopback: server-side p50/p95/p99 of each page
     (the Server-Timing header, REQUESTS sequential requests) and throughput (wrk, 8
     connections, THROUGHPUT_SECONDS);
  3. the static ceiling: one public page's exact bytes served by nginx against Kota serving it;
  4. load: wrk with 64 connections for LOAD_SECONDS over a mix of pages and API calls; errors,
     p99 and the gunicorn workers' memory at the end.
Prints tables and writes bench/results/<date>.json with the machine's core count.

Needs wrk and nginx (Debian packages; installed when missing) and PostgreSQL on
127.0.0.1:5432 for the PostgreSQL half (skipped with a notice when absent).
"""

import argparse
import datetime
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


PYTHON = sys.executable
REQUESTS = 200
THROUGHPUT_SECONDS = 10
LOAD_SECONDS = 60
LOAD_CONNECTIONS = 64
WORKERS = 3
PG_URL = "postgres://postgres@127.0.0.1:5432/{name}"


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def ensure_tools():
    missing = [
        pkg
        for tool, pkg in (("wrk", "wrk"), ("nginx", "nginx-light"))
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists()
    ]
    if missing:
        log(f"installing {', '.join(missing)} from Debian's packages")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *missing],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )


def environment(database_url=None, sqlite_path=None, **extra):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
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


def prepare(database, scale):
    """A fresh database with the demo network at `scale`; returns (env, seconds to seed)."""
    if database == "sqlite":
        path = ROOT / "var" / f"bench-{scale}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        env = environment(sqlite_path=path)
    else:
        name = f"kota_bench_{scale}"
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True
        )
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
        env = environment(database_url=PG_URL.format(name=name))
    manage(env, "migrate", "--noinput", "-v0")
    started = time.monotonic()
    manage(env, "seed_demo", "--scale", scale, "--seed", "1", capture=True)
    return env, time.monotonic() - started


def in_process(env, scale):
    output = subprocess.run(
        [PYTHON, "bench/inprocess.py", "--scale", scale],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    def __init__(self, env):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "kota.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--access-logfile",
                "-",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for _ in range(100):
            try:
                get(self.port, "/")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start: " + self.process.stderr.read().decode())

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


def get(port, path, connection=None):
    connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    body = response.read()
    return response.status, response.getheader("Server-Timing", ""), body


def server_percentiles(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    durations = []
    for _ in range(REQUESTS):
        status, timing, _body = get(port, path, connection)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        durations.append(float(timing.split("dur=")[1]))
    durations.sort()

    def pct(p):
        return round(durations[min(len(durations) - 1, int(len(durations) * p))], 2)

    return {
        "p50_ms": round(statistics.median(durations), 2),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
    }


def wrk(url, seconds, connections, script=None):
    args = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        args += ["-s", script]
    out = subprocess.run([*args, url], check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), "
        r"timeout (\d+)",
        out,
    )
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(g) for g in socket_errors.groups()) if socket_errors else 0
    )
    return {"rps": round(rps, 1), "requests": total, "errors": errors, "p99_ms": round(p99_ms, 1)}


def static_ceiling(port, path):
    """Kota's throughput on `path` as a share of nginx serving the same bytes from disk."""
    _status, _timing, body = get(port, path)
    with tempfile.TemporaryDirectory() as root:
        Path(root, "page.html").write_bytes(body)
        nginx_port = free_port()
        conf = Path(root, "nginx.conf")
        conf.write_text(f"""
worker_processes 2; daemon off; pid {root}/nginx.pid; error_log {root}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; client_body_temp_path {root}; proxy_temp_path {root};
  fastcgi_temp_path {root}; uwsgi_temp_path {root}; scgi_temp_path {root};
  server {{ listen 127.0.0.1:{nginx_port}; root {root};
    location / {{ default_type text/html; try_files /page.html =404; }} }} }}
""")
        nginx = subprocess.Popen(["/usr/sbin/nginx", "-c", str(conf)])
        time.sleep(0.5)
        try:
            ceiling = wrk(f"http://127.0.0.1:{nginx_port}/", THROUGHPUT_SECONDS, 8)
        finally:
            nginx.terminate()
            nginx.wait(10)
    kota = wrk(f"http://127.0.0.1:{port}{path}", THROUGHPUT_SECONDS, 8)
    return {
        "path": path,
        "bytes": len(body),
        "nginx_rps": ceiling["rps"],
        "kota_rps": kota["rps"],
        "share": round(kota["rps"] / ceiling["rps"], 4),
    }


def load(port, server, paths):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        paths = ", ".join(json.dumps(path) for path in paths)
        script.write(f"""
local paths = {{{paths}}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
""")
    try:
        result = wrk(f"http://127.0.0.1:{port}/", LOAD_SECONDS, LOAD_CONNECTIONS, script.name)
    finally:
        os.unlink(script.name)
    result["worker_rss_mb"] = server.worker_rss_mb()
    return result


def postgres_available():
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0


def bench(database):
    log(f"{database}: seeding small")
    small_env, small_seed = prepare(database, "small")
    small = in_process(small_env, "small")
    log(f"{database}: seeding large")
    large_env, large_seed = prepare(database, "large")
    large = in_process(large_env, "large")
    manage(large_env, "collectstatic", "--noinput", "-v0")
    server = Gunicorn(large_env)
    try:
        log(f"{database}: server-side latency and throughput")
        served = {}
        paths = [(row["name"], row["url"]) for row in large["results"]]  # placeholders resolved
        for name, path in paths:
            served[name] = {
                **server_percentiles(server.port, path),
                **wrk(f"http://127.0.0.1:{server.port}{path}", THROUGHPUT_SECONDS, 8),
            }
        log(f"{database}: static ceiling")
        ceiling = static_ceiling(server.port, "/members/?page=2")
        log(f"{database}: load, {LOAD_CONNECTIONS} connections for {LOAD_SECONDS} s")
        loaded = load(server.port, server, [path for _name, path in paths])
    finally:
        server.stop()
    return {
        "database": database,
        "seed_seconds": {"small": round(small_seed, 1), "large": round(large_seed, 1)},
        "members": {"small": small["members"], "large": large["members"]},
        "pages": [
            {**row, "queries_small": s_row["queries"], **served[row["name"]]}
            for row, s_row in zip(large["results"], small["results"], strict=True)
        ],
        "static_ceiling": ceiling,
        "load": loaded,
    }


def report(runs):
    for run in runs:
        print(
            f"\n== {run['database']}: {run['members']['large']:,} members "
            f"(seeded in {run['seed_seconds']['large']} s) =="
        )
        print(
            f"{'page':<22} {'p50':>7} {'p95':>7} {'p99':>7} {'req/s':>7} "
            f"{'q small':>8} {'q large':>8} {'KB':>6} {'KB gz':>6}"
        )
        for row in run["pages"]:
            print(
                f"{row['name']:<22} {row['p50_ms']:>7} {row['p95_ms']:>7} {row['p99_ms']:>7} "
                f"{row['rps']:>7} {row['queries_small']:>8} {row['queries']:>8} "
                f"{row['kb']:>6} {row['kb_gzip']:>6}"
            )
        equal = all(r["queries_small"] == r["queries"] for r in run["pages"])
        print(f"queries equal at small and large: {'yes' if equal else 'NO'}")
        c = run["static_ceiling"]
        print(
            f"static ceiling {c['path']} ({c['bytes']:,} bytes): nginx {c['nginx_rps']} req/s, "
            f"Kota {c['kota_rps']} req/s, Kota/nginx = {c['share']:.1%}"
        )
        load_ = run["load"]
        print(
            f"load: {LOAD_CONNECTIONS} connections, {LOAD_SECONDS} s: {load_['requests']:,} "
            f"requests, {load_['rps']} req/s, {load_['errors']} errors, p99 {load_['p99_ms']} ms, "
            f"worker RSS {load_['worker_rss_mb']} MB"
        )
    print(
        "\nTimes in ms, server-side (Server-Timing); req/s from wrk with 8 connections; "
        f"{os.cpu_count()} cores, {WORKERS} gunicorn workers."
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--databases", default="sqlite,postgres")
    args = parser.parse_args()
    ensure_tools()
    started = time.monotonic()
    runs = []
    for database in args.databases.split(","):
        if database == "postgres" and not postgres_available():
            log("PostgreSQL is not reachable on 127.0.0.1:5432; skipping it")
            continue
        runs.append(bench(database))
    report(runs)
    out = ROOT / "bench" / "results" / f"{datetime.date.today()}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "cores": os.cpu_count(),
                "workers": WORKERS,
                "minutes": round((time.monotonic() - started) / 60, 1),
                "runs": runs,
            },
            indent=2,
        )
    )
    log(f"written {out.relative_to(ROOT)} after {(time.monotonic() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
