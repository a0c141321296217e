"""Kota side by side with peers on the same data: Datasette with its own full-text search
on the knowledge table of the same SQLite file, and nginx serving a page's exact bytes.

Datasette (pinned in bench/requirements.lock) is installed in a virtualenv of its own,
var/bench-venv, so its dependencies never meet Kota's."""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from measure import ROOT, Gunicorn, free_port, get, log, percentiles, wait_until_serving, wrk

VENV = ROOT / "var" / "bench-venv"
DATASETTE = VENV / "bin" / "datasette"
LOCK = ROOT / "bench" / "requirements.lock"
FTS_TABLE = "knowledge_datasette_fts"

# The same queries to both, in the languages members write: Latin words, Indonesian, Chinese,
# Thai and Korean runs, a place name, and two words.
QUERIES = ["flood", "banjir", "waste", "垃圾", "น้ำท่วม", "교통", "Surabaya", "climate resilience"]
PER_QUERY = 25  # sequential requests per query for the latency figures
# What Kota's /api/v1/knowledge answers: 20 items, the count, facets; the nearest Datasette
# equivalent: the same 20 rows' short columns, the filtered count and its column facets
# (it has no many-to-many facets for SDGs and core areas).
COLUMNS = ["id", "kind", "title", "summary", "language_id", "country_id", "year"]
FACETS = ["kind", "language_id", "country_id", "year"]


def ensure_datasette():
    stamp = VENV / f".installed-{LOCK.stat().st_mtime_ns}"
    if stamp.exists():
        return
    log("installing Datasette (bench/requirements.lock) in var/bench-venv")
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run(
        [str(VENV / "bin" / "python"), "-m", "pip", "install", "-q", "-r", str(LOCK)],
        check=True,
    )
    stamp.touch()


def add_datasette_search(path):
    """Datasette's own full-text search over the knowledge table: an FTS5 index with
    SQLite's default unicode61 tokenizer (what `sqlite-utils enable-fts` makes), on the
    columns Kota indexes first (title, summary, body). Returns the seconds it took."""
    started = time.monotonic()
    with sqlite3.connect(path) as db:
        db.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        db.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, summary, body, "
            "content='knowledge_knowledgeitem', content_rowid='id')"
        )
        db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return time.monotonic() - started


class Datasette:
    def __init__(self, path):
        self.port = free_port()
        self.name = Path(path).stem
        handle, name = tempfile.mkstemp(suffix=".json")
        os.close(handle)
        self.metadata = Path(name)
        self.metadata.write_text(
            json.dumps(
                {
                    "databases": {
                        self.name: {
                            "tables": {
                                "knowledge_knowledgeitem": {"fts_table": FTS_TABLE, "fts_pk": "id"}
                            }
                        }
                    }
                }
            )
        )
        self.process = subprocess.Popen(
            [
                str(DATASETTE),
                "serve",
                str(path),
                "--port",
                str(self.port),
                "--metadata",
                str(self.metadata),
                "--setting",
                "sql_time_limit_ms",
                "10000",
                "--setting",
                "facet_time_limit_ms",
                "10000",
                "--setting",
                "num_sql_threads",
                "3",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        wait_until_serving(self.process, self.port, "/-/versions.json", "Datasette")

    def path(self, query):
        params = [("_search", query), ("status", "published"), ("_size", "20")]
        params += [("_col", c) for c in COLUMNS if c != "id"]
        params += [("_facet", f) for f in FACETS] + [("_nosuggest", "1")]
        return f"/{self.name}/knowledge_knowledgeitem.json?{urllib.parse.urlencode(params)}"

    def stop(self):
        self.process.terminate()
        self.process.wait(30)
        self.metadata.unlink(missing_ok=True)


def kota_path(query):
    return "/api/v1/knowledge?" + urllib.parse.urlencode({"q": query})


def client_latency(port, paths):
    """Client-side milliseconds of sequential requests (neither peer times itself the same
    way, so both are timed from outside): each path's own, and each path's result count."""
    durations, counts = {}, {}
    for path in paths:
        durations[path] = []
        for _ in range(PER_QUERY):
            started = time.perf_counter()
            status, _timing, body = get(port, path, gzip=False)
            durations[path].append((time.perf_counter() - started) * 1000)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}: {body[:200]!r}")
        answer = json.loads(body)
        counts[path] = answer.get("count", answer.get("filtered_table_rows_count"))
    return {"durations": durations, "counts": counts}


def _summary(latency, paths):
    every = [d for path in paths for d in latency["durations"][path]]
    return percentiles(every) if every else {"p50_ms": None, "p95_ms": None, "p99_ms": None}


def compare_with_datasette(kota_port, sqlite_path, seconds):
    """Kota's /api/v1/knowledge?q= against Datasette's table search, same queries, same file."""
    fts_seconds = add_datasette_search(sqlite_path)
    datasette = Datasette(sqlite_path)
    try:
        d_paths = [datasette.path(q) for q in QUERIES]
        k_paths = [kota_path(q) for q in QUERIES]
        get(datasette.port, d_paths[0])  # warm up
        get(kota_port, k_paths[0])
        d_latency = client_latency(datasette.port, d_paths)
        k_latency = client_latency(kota_port, k_paths)
        d_rps = wrk(f"http://127.0.0.1:{datasette.port}", seconds, 8, paths=d_paths)
        k_rps = wrk(f"http://127.0.0.1:{kota_port}", seconds, 8, paths=k_paths)
    finally:
        datasette.stop()
    # Like with like: Datasette answering nothing (its tokenizer does not split Chinese or
    # Thai runs, and it wants every word of "climate resilience" in one column) is fast.
    both = [i for i, dp in enumerate(d_paths) if d_latency["counts"][dp]]
    k_both = _summary(k_latency, [k_paths[i] for i in both])
    d_both = _summary(d_latency, [d_paths[i] for i in both])
    k_all, d_all = _summary(k_latency, k_paths), _summary(d_latency, d_paths)
    return {
        "queries": QUERIES,
        "datasette_fts_build_seconds": round(fts_seconds, 1),
        "results": {
            q: {
                "kota": k_latency["counts"][kp],
                "datasette": d_latency["counts"][dp],
                "kota_p50_ms": percentiles(k_latency["durations"][kp])["p50_ms"],
                "datasette_p50_ms": percentiles(d_latency["durations"][dp])["p50_ms"],
            }
            for q, kp, dp in zip(QUERIES, k_paths, d_paths, strict=True)
        },
        "datasette_finds_nothing_for": [
            q for q, dp in zip(QUERIES, d_paths, strict=True) if not d_latency["counts"][dp]
        ],
        "kota": {"p50_ms": k_all["p50_ms"], "p95_ms": k_all["p95_ms"], **k_rps},
        "datasette": {"p50_ms": d_all["p50_ms"], "p95_ms": d_all["p95_ms"], **d_rps},
        "p50_ratio": round(k_all["p50_ms"] / d_all["p50_ms"], 2),
        "both_answer": {
            "queries": [QUERIES[i] for i in both],
            "kota_p50_ms": k_both["p50_ms"],
            "datasette_p50_ms": d_both["p50_ms"],
            "p50_ratio": round(k_both["p50_ms"] / d_both["p50_ms"], 2) if both else None,
        },
        "throughput_ratio": round(k_rps["rps"] / d_rps["rps"], 2),
    }


def static_ceiling(port, path, seconds):
    """Kota's throughput on `path` as a share of nginx serving the same bytes from disk, and,
    for scale, the share of a framework-less WSGI app returning them from gunicorn."""
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
            ceiling = wrk(f"http://127.0.0.1:{nginx_port}/", seconds, 8)
        finally:
            nginx.terminate()
            nginx.wait(10)
        bare = Gunicorn(
            {**os.environ, "BENCH_PAGE": str(Path(root, "page.html"))},
            app="bare_wsgi:application",
            cwd=ROOT / "bench",
        )
        try:
            bare_rps = wrk(f"http://127.0.0.1:{bare.port}/", seconds, 8)["rps"]
        finally:
            bare.stop()
    kota = wrk(f"http://127.0.0.1:{port}{path}", seconds, 8)
    return {
        "path": path,
        "bytes": len(body),
        "nginx_rps": ceiling["rps"],
        "bare_gunicorn_rps": bare_rps,
        "kota_rps": kota["rps"],
        "share": round(kota["rps"] / ceiling["rps"], 4),
        "bare_gunicorn_share": round(bare_rps / ceiling["rps"], 4),
    }
