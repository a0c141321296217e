"""`make bench`: Kota measured on this machine, on SQLite and on PostgreSQL, beside peers.

1. Seeds the demo network at `large` scale (10,000 members, 100,000 knowledge items, a
   million indicator values...) and at `small` scale, each in a database of its own; the two
   seeds run two at a time.
2. For each database:
   - in-process, at both scales: SQL queries and page weight of every page in bench/pages.py
     (the counts must be equal at both scales);
   - gunicorn serving the large network with the page cache off: server-side p50/p95/p99
     of each page (Server-Timing, ROUNDS rounds of REQUESTS sequential requests, every page
     once a round, after WARM_UP unmeasured ones) and throughput (wrk, 8 connections,
     THROUGHPUT_SECONDS each); then a server of each network, asked in turn request by
     request (ROUNDS rounds of REQUESTS requests a page to each), for each page's
     large/small p50 ratio, which should stay at or below MAX_RATIO: a page whose
     cost grows with the data fails the summary line (and `make bench` exits with 1, after
     writing its results), as does a knowledge page (TARGET_PAGES) whose p95 at large scale
     is above TARGET_P95_MS;
   - on SQLite, Datasette with its own full-text search on the same file's knowledge table
     against Kota's /api/v1/knowledge?q= for the same queries (bench/peers.py);
   - the static ceiling: one public page's exact bytes served by nginx against Kota serving
     it, with the page cache off and on;
   - load, with the page cache on as in production: wrk with 64 connections for LOAD_SECONDS
     over a mix of pages, searches and API calls; errors, p99, worker memory at the end.
3. Prints tables and writes bench/results/<date>.json with the machine's core count and its
   speed (measure.calibration(), at the start and the end of the run, and just before and
   after each database's pages are timed).

`--reuse` keeps the databases of an earlier run that are there (migrated to the current
schema, which fills what a migration derives) instead of seeding them again.

Needs wrk and nginx (Debian packages; installed when missing), Datasette (installed in
var/bench-venv from bench/requirements.lock) and PostgreSQL on 127.0.0.1:5432 for the
PostgreSQL half (skipped with a notice when absent).
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import (  # noqa: E402
    PYTHON,
    ROOT,
    WORKERS,
    Gunicorn,
    calibration,
    environment,
    log,
    manage,
    paired_durations,
    percentiles,
    server_durations,
    wrk,
)
from peers import compare_with_datasette, ensure_datasette, static_ceiling  # noqa: E402

REQUESTS = 60
# Each page is timed in ROUNDS rounds, every page once a round, and its percentiles are taken
# over all ROUNDS * REQUESTS requests: a minute in which the machine is slower touches a part
# of every page's requests, not all of one page's. With one round of 60, a p95 was the third
# slowest request, and the same code's p95 moved from under to over 30 ms between two runs.
ROUNDS = 3
# Unmeasured requests before each page's timed ones, WORKERS at a time (measure.warm), so
# that each worker has read what it keeps in memory (the search's facet snapshot, templates).
WARM_UP = 4 * WORKERS
MAX_RATIO = 2
# The knowledge pages whose server-side p95 at large scale should be at most TARGET_P95_MS.
TARGET_P95_MS = 30
TARGET_PAGES = (
    "knowledge landing",
    "knowledge search",
    "knowledge, CJK + facet",
    "knowledge, facets only",
    "knowledge item",
    "API knowledge",
)
THROUGHPUT_SECONDS = 5
LOAD_SECONDS = 60
LOAD_CONNECTIONS = 64
CEILING_PAGE = "/members/?page=2"
PG_URL = "postgres://postgres@127.0.0.1:5432/{name}"
# Words for the load's searches, so that most of them are not in the page cache.
LOAD_WORDS = [
    *("water", "school", "health", "market", "housing", "energy", "youth", "women"),
    *("budget", "digital", "river", "road", "transport", "heritage", "tourism", "waste"),
    *("flood", "banjir", "sampah", "air", "pasar", "sekolah", "kesehatan"),
    *("垃圾", "交通", "住房", "水", "교통", "주택", "น้ำ", "ขยะ"),
]


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


def prepare(database, scale, reuse=False):
    """A database with the demo network at `scale`: fresh, or with `reuse` the one an
    earlier run seeded, if there is one; returns (env, seconds to seed or migrate)."""
    if database == "sqlite":
        path = ROOT / "var" / f"bench-{scale}.sqlite3"
        env = environment(sqlite_path=path, PAGE_CACHE_SECONDS="0")
        if reuse and path.exists():
            return _migrated(env)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    else:
        name = f"kota_bench_{scale}"
        env = environment(database_url=PG_URL.format(name=name), PAGE_CACHE_SECONDS="0")
        if reuse and _pg_exists(name):
            return _migrated(env)
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True
        )
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    started = time.monotonic()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_demo", "--scale", scale, "--seed", "1", capture=True)
    return env, time.monotonic() - started


def _pg_exists(name):
    """Whether database `name` exists and has been seeded (it has members)."""
    found = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", name, "-tAc"]
        + ["SELECT 1 FROM members_member LIMIT 1"],
        capture_output=True,
        text=True,
    )
    return found.returncode == 0 and found.stdout.strip() == "1"


def _migrated(env):
    started = time.monotonic()
    manage(env, "migrate", "--noinput", "-v0")
    return env, time.monotonic() - started


def seed_all(databases, reuse=False):
    """Every database at both scales, two at a time (two cores): the large networks first,
    a small one starting as soon as a core is free."""
    jobs = [(db, scale) for scale in ("large", "small") for db in databases]
    prepared = {database: {} for database in databases}
    with ThreadPoolExecutor(max_workers=2) as pool:
        verb = "seeding (or reusing)" if reuse else "seeding"
        log(f"{verb} " + ", ".join(f"{db} {scale}" for db, scale in jobs) + ", two at a time")
        futures = {job: pool.submit(prepare, *job, reuse) for job in jobs}
        for (database, scale), future in futures.items():
            prepared[database][scale] = future.result()
    return prepared


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


def load_paths(pages):
    """The load's mix: every measured page and API call, and searches and directory pages
    that vary, as a crowd's would."""
    paths = [row["url"] for row in pages]
    for n, word in enumerate(LOAD_WORDS):
        paths += [
            f"/knowledge/?q={word}",
            f"/api/v1/knowledge?q={word}&page=2",
            f"/members/?page={n + 1}",
        ]
    return [_quote(path) for path in paths]


def _quote(path):
    """`path` with anything outside ASCII percent-encoded, as a browser sends it."""
    return quote(path, safe="/?=&%-_.~")


def bench(database, prepared):
    small_env, small_seed = prepared["small"]
    large_env, large_seed = prepared["large"]
    log(f"{database}: queries and page weight in-process, small and large")
    small = in_process(small_env, "small")
    large = in_process(large_env, "large")
    pages = large["results"]
    result = {
        "database": database,
        "seed_seconds": {"small": round(small_seed, 1), "large": round(large_seed, 1)},
        "members": {"small": small["members"], "large": large["members"]},
    }

    server = Gunicorn(large_env)  # page cache off: what each page costs to make
    try:
        log(f"{database}: server-side latency and throughput of {len(pages)} pages")
        # The machine's speed just before and after this database's pages are timed: one
        # database's half of a run can meet a slower machine than the other's.
        result["calibration_ms"] = {"before_pages": calibration()}
        served = served_pages(server.port, pages, throughput=True)
        result["calibration_ms"]["after_pages"] = calibration()
        log(f"{database}: static ceiling, page cache off")
        result["static_ceiling_uncached"] = static_ceiling(
            server.port, CEILING_PAGE, THROUGHPUT_SECONDS
        )
        if database == "sqlite":
            log("sqlite: Datasette beside Kota on the same file")
            result["datasette"] = compare_with_datasette(
                server.port, large_env["SQLITE_PATH"], THROUGHPUT_SECONDS
            )
    finally:
        server.stop()

    log(f"{database}: each page at large and small scale in turn")
    paired = paired_pages(large_env, pages, small_env, small["results"])
    result["pages"] = []
    for row, s_row in zip(pages, small["results"], strict=True):
        large_p50, small_p50 = paired[row["name"]]
        result["pages"].append(
            {
                **row,
                "queries_small": s_row["queries"],
                # A page that shows fewer results at small scale weighs less there too: its
                # ratio then counts the extra results as well as the extra data.
                "kb_small": s_row["kb"],
                "shown_small": s_row["shown"],
                **served[row["name"]],
                "paired_p50_ms": large_p50,
                "small_p50_ms": small_p50,
                "ratio": round(large_p50 / small_p50, 2),
            }
        )

    server = Gunicorn({**large_env, "PAGE_CACHE_SECONDS": "600"})  # as in production
    try:
        log(f"{database}: static ceiling, page cache on")
        result["static_ceiling"] = static_ceiling(server.port, CEILING_PAGE, THROUGHPUT_SECONDS)
        log(f"{database}: load, {LOAD_CONNECTIONS} connections for {LOAD_SECONDS} s")
        paths = load_paths(pages)
        loaded = wrk(f"http://127.0.0.1:{server.port}/", LOAD_SECONDS, LOAD_CONNECTIONS, paths)
        result["load"] = {**loaded, "paths": len(paths), "worker_rss_mb": server.worker_rss_mb()}
    finally:
        server.stop()
    return result


def served_pages(port, rows, throughput=False):
    """Each page of `rows` timed by the server in ROUNDS rounds of REQUESTS sequential
    requests, every page once a round (the first round after WARM_UP unmeasured requests a
    page); with `throughput`, wrk's figures for each page, run after its requests of the
    first round. Returns {name: figures}: percentiles() of all its requests, each round's p50
    and p95, and wrk's req/s, with its requests, errors and p99 (seen from the client, under
    8 connections) as wrk_requests, wrk_errors and wrk_p99_ms."""
    durations = {row["name"]: [] for row in rows}
    loaded = {row["name"]: {} for row in rows}
    for round_ in range(ROUNDS):
        for row in rows:
            path = _quote(row["url"])
            warm_up = WARM_UP if round_ == 0 else 0
            durations[row["name"]].append(server_durations(port, path, REQUESTS, warm_up))
            if throughput and round_ == 0:
                figures = wrk(f"http://127.0.0.1:{port}{path}", THROUGHPUT_SECONDS, 8)
                loaded[row["name"]] = {
                    "rps": figures["rps"],
                    "wrk_requests": figures["requests"],
                    "wrk_errors": figures["errors"],
                    "wrk_p99_ms": figures["p99_ms"],
                }
    return {
        name: {
            **percentiles([duration for timed in rounds for duration in timed]),
            **loaded[name],
            "rounds": [
                {key: figures[key] for key in ("p50_ms", "p95_ms")}
                for figures in map(percentiles, rounds)
            ],
        }
        for name, rounds in durations.items()
    }


def paired_pages(large_env, rows, small_env, small_rows):
    """{name: (p50 at large scale, p50 at small scale)} of each page, from a server of each
    network asked in turn, request by request (paired_durations), in ROUNDS rounds of
    REQUESTS requests to each: the ratio of the two compares times taken at the same moments.
    Timed minutes apart, as they were, the two met different machines: its speed
    (calibration()) changed by 26% across one database's pages and by 87% across the other's
    in one run (2026-12-06)."""
    large_server = Gunicorn(large_env)
    try:
        small_server = Gunicorn(small_env)
        try:
            durations = {row["name"]: ([], []) for row in rows}
            for round_ in range(ROUNDS):
                for row, s_row in zip(rows, small_rows, strict=True):
                    large, small = paired_durations(
                        (large_server.port, _quote(row["url"])),
                        (small_server.port, _quote(s_row["url"])),
                        REQUESTS,
                        WARM_UP if round_ == 0 else 0,
                    )
                    durations[row["name"]][0].extend(large)
                    durations[row["name"]][1].extend(small)
        finally:
            small_server.stop()
    finally:
        large_server.stop()
    return {
        name: (percentiles(large)["p50_ms"], percentiles(small)["p50_ms"])
        for name, (large, small) in durations.items()
    }


def report(runs, seed_wall, speed):
    print(f"\nSeeding, two databases at a time: {seed_wall:.0f} s")
    for run in runs:
        print(
            f"\n== {run['database']}: {run['members']['large']:,} members "
            f"(large seeded in {run['seed_seconds']['large']} s, small in "
            f"{run['seed_seconds']['small']} s; this machine's speed before and after its "
            f"pages: {run['calibration_ms']['before_pages']} and "
            f"{run['calibration_ms']['after_pages']} ms) =="
        )
        print(
            f"{'page':<24} {'p50':>7} {'p95':>7} {'p99':>7} {'req/s':>7} "
            f"{'q small':>8} {'q large':>8} {'KB':>6} {'KB gz':>6} {'KB small':>8} "
            f"{'shown':>9} {'pair p50':>8} {'small p50':>9} {'ratio':>6}"
        )
        for row in run["pages"]:
            print(
                f"{row['name']:<24} {row['p50_ms']:>7} {row['p95_ms']:>7} {row['p99_ms']:>7} "
                f"{row['rps']:>7} {row['queries_small']:>8} {row['queries']:>8} "
                f"{row['kb']:>6} {row['kb_gzip']:>6} {row['kb_small']:>8} "
                f"{_shown(row):>9} {row['paired_p50_ms']:>8} {row['small_p50_ms']:>9} "
                f"{row['ratio']:>6}"
            )
        print(
            f"p50 / p95 of each of the {ROUNDS} rounds at large scale, the knowledge pages: "
            + "; ".join(
                f"{row['name']} "
                + ", ".join(f"{r['p50_ms']} / {r['p95_ms']}" for r in row["rounds"])
                for row in run["pages"]
                if row["name"] in TARGET_PAGES
            )
        )
        equal = all(r["queries_small"] == r["queries"] for r in run["pages"])
        print(f"queries equal at small and large: {'yes' if equal else 'NO'}")
        for label, key in (("off", "static_ceiling_uncached"), ("on", "static_ceiling")):
            c = run[key]
            print(
                f"static ceiling {c['path']} ({c['bytes']:,} bytes), page cache {label}: "
                f"nginx {c['nginx_rps']} req/s, Kota {c['kota_rps']} req/s, "
                f"Kota/nginx = {c['share']:.1%} (a bare WSGI app on gunicorn: "
                f"{c['bare_gunicorn_rps']} req/s, {c['bare_gunicorn_share']:.1%})"
            )
        if "datasette" in run:
            d = run["datasette"]
            print(
                f"Datasette vs Kota, {len(d['queries'])} queries ({', '.join(d['queries'])}): "
                f"p50 Kota {d['kota']['p50_ms']} ms / Datasette {d['datasette']['p50_ms']} ms "
                f"= {d['p50_ratio']}; throughput Kota {d['kota']['rps']} / Datasette "
                f"{d['datasette']['rps']} req/s = {d['throughput_ratio']}"
            )
            print(
                "  results found (Kota / Datasette), p50 ms (Kota / Datasette): "
                + ", ".join(
                    f"{q} {r['kota']}/{r['datasette']} {r['kota_p50_ms']}/{r['datasette_p50_ms']}"
                    for q, r in d["results"].items()
                )
            )
            b = d["both_answer"]
            print(
                f"  Datasette finds nothing for: {', '.join(d['datasette_finds_nothing_for'])}; "
                f"on the {len(b['queries'])} queries both answer: p50 Kota {b['kota_p50_ms']} ms "
                f"/ Datasette {b['datasette_p50_ms']} ms = {b['p50_ratio']}"
            )
        load_ = run["load"]
        print(
            f"load, page cache on: {LOAD_CONNECTIONS} connections, {LOAD_SECONDS} s, "
            f"{load_['paths']} paths: {load_['requests']:,} requests, {load_['rps']} req/s, "
            f"{load_['errors']} errors, p99 {load_['p99_ms']} ms, "
            f"worker RSS {load_['worker_rss_mb']} MB"
        )
    print(
        f"\nTimes in ms, server-side (Server-Timing), page cache off, {ROUNDS} rounds of "
        f"{REQUESTS} requests a page (every page once a round; the first after {WARM_UP} "
        "unmeasured), the percentiles of all its requests; req/s from wrk with 8 connections for "
        f"{THROUGHPUT_SECONDS} s; ratio: p50 at large scale / p50 at small scale, both from "
        f"another {ROUNDS} rounds of {REQUESTS} requests a page to each, a server of each "
        "scale asked in turn (pair p50: the large scale's p50 among them; KB small: the page's "
        "weight at small scale; shown: the results a list shows at small / large scale, each "
        "of which costs its time too); "
        f"{os.cpu_count()} cores, {WORKERS} gunicorn workers; the Datasette comparison is timed "
        "from the client for both. This machine's speed (measure.calibration(), a million "
        f"additions in a Python loop): {speed['start']} ms at the start, {speed['end']} ms at "
        "the end."
    )
    return summary(runs)


def _shown(row):
    """Results shown at small / large scale ("-" for a page that is not a list)."""
    if row.get("shown") is None:
        return "-"
    return f"{row['shown_small']}/{row['shown']}"


def summary(runs):
    """The summary lines under the tables: whether every page of TARGET_PAGES has a p95 at
    most TARGET_P95_MS, and whether every page's large/small p50 ratio is at most MAX_RATIO;
    returns (ratio ok, p95 ok)."""
    slow = [
        f"{run['database']} {row['name']} ({row['p95_ms']} ms)"
        for run in runs
        for row in run["pages"]
        if row["name"] in TARGET_PAGES and row["p95_ms"] > TARGET_P95_MS
    ]
    if slow:
        print(f"FAIL: p95 above {TARGET_P95_MS} ms{_over_rounds()}: " + "; ".join(slow))
    else:
        print(f"ok: every knowledge page's p95 is at most {TARGET_P95_MS} ms{_over_rounds()}")
    over = [
        f"{run['database']} {row['name']} ({row['ratio']}"
        + (f", showing {_shown(row)} results" if row.get("shown") is not None else "")
        + ")"
        for run in runs
        for row in run["pages"]
        if row["ratio"] > MAX_RATIO
    ]
    if over:
        print(f"FAIL: large/small p50 ratio above {MAX_RATIO}: " + "; ".join(over))
    else:
        print(f"ok: every page's large/small p50 ratio is at most {MAX_RATIO}")
    return not over, not slow


def _over_rounds():
    return f" (of {ROUNDS * REQUESTS} requests a page, in {ROUNDS} rounds)"


def postgres_available():
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the databases an earlier run seeded"
    )
    args = parser.parse_args()
    started = time.monotonic()
    speed = {"start": calibration()}
    log(f"this machine: a million additions in a Python loop take {speed['start']} ms")
    ensure_tools()
    databases = args.databases.split(",")
    if "postgres" in databases and not postgres_available():
        log("PostgreSQL is not reachable on 127.0.0.1:5432; skipping it")
        databases.remove("postgres")
    if "sqlite" in databases:
        ensure_datasette()
    seeding = time.monotonic()
    prepared = seed_all(databases, args.reuse)
    seed_wall = time.monotonic() - seeding
    manage(prepared[databases[0]]["large"][0], "collectstatic", "--noinput", "-v0")
    runs = [bench(database, prepared[database]) for database in databases]
    speed["end"] = calibration()
    ratio_ok, p95_ok = report(runs, seed_wall, speed)
    suffix = "" if len(databases) > 1 else f"-{databases[0]}"
    out = ROOT / "bench" / "results" / f"{datetime.date.today()}{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    minutes = round((time.monotonic() - started) / 60, 1)
    out.write_text(
        json.dumps(
            {
                "cores": os.cpu_count(),
                "workers": WORKERS,
                "minutes": minutes,
                "seed_wall_seconds": round(seed_wall, 1),
                "reused_databases": args.reuse,
                # How busy the machine was at the end (1, 5, 15 minutes): others' work
                # on the same cores slows every figure.
                "load_average": [round(x, 1) for x in os.getloadavg()],
                "calibration_ms": speed,
                "command": "python bench/run.py " + " ".join(sys.argv[1:]),
                "ratio_ok": ratio_ok,
                "p95_ok": p95_ok,
                "runs": runs,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    log(f"written {out.relative_to(ROOT)} after {minutes} min")
    if not (ratio_ok and p95_ok):
        sys.exit(1)


if __name__ == "__main__":
    main()
