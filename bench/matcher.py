"""Kota's peer matcher timed at the benchmark scale: how long Kota takes to propose providers,
with their reasons, to a learning request when the network has 10,000 members and 100,000
practices (`seed_demo --scale large`).

1. A database of its own (var/bench-matcher/kota.sqlite3, or the PostgreSQL database
   kota_bench_matcher on 127.0.0.1:5432), migrated and seeded at `--scale large` unless
   `--reuse` finds it seeded already (seeding takes many minutes).
2. `--requests` learning requests (default 200), each from a random active member about a
   random core area, one or two random SDGs and, for half of them, a preferred language,
   opened inside a transaction that is rolled back.
3. For each, `propose_providers()` is timed from its call to its return, and its queries
   counted; the first five runs warm the caches and are left out.
4. Prints p50, p95 and the slowest time, the queries per request (the same for every request:
   the matcher's cost does not grow with the data) and writes
   bench/results/matcher-<date>-<database>.json with the command that reruns it.

    .venv/bin/python bench/matcher.py                          # SQLite, seeding first
    .venv/bin/python bench/matcher.py --reuse --requests 500
    .venv/bin/python bench/matcher.py --database postgres

Run by hand: it is not part of the test suite nor of `make bench`.
"""

import argparse
import datetime
import json
import os
import platform
import random
import secrets
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK_DIR = ROOT / "var" / "bench-matcher"
POSTGRES_DATABASE = "kota_bench_matcher"
POSTGRES_URL = f"postgres://postgres@127.0.0.1:5432/{POSTGRES_DATABASE}"
WARM_UP = 5


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def configure(database):
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("SQLITE_PATH", None)
    os.environ.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
            "SITE_URL": "http://127.0.0.1:8000",
        }
    )
    if database == "sqlite":
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        os.environ["SQLITE_PATH"] = str(WORK_DIR / "kota.sqlite3")
    else:
        os.environ["DATABASE_URL"] = POSTGRES_URL
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kota.settings")


def manage(*args):
    log(f"manage.py {' '.join(args)}")
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True)


def seed(database, reuse):
    if database == "postgres" and not reuse:
        postgres = ["-h", "127.0.0.1", "-U", "postgres"]
        subprocess.run(["dropdb", *postgres, "--if-exists", POSTGRES_DATABASE], check=True)
        subprocess.run(["createdb", *postgres, POSTGRES_DATABASE], check=True)
    if database == "sqlite" and not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{WORK_DIR / 'kota.sqlite3'}{suffix}").unlink(missing_ok=True)
    manage("migrate", "--noinput", "-v", "0")
    if not reuse:
        manage("seed_demo", "--scale", "large", "--seed", "1")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(requests, rng):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from kota.cooperation.matching import propose_providers
    from kota.cooperation.models import LearningRequest
    from kota.core.models import SDG, CoreArea, Language
    from kota.knowledge.models import KnowledgeItem
    from kota.members.models import Member

    members = list(Member.objects.active().values_list("pk", flat=True))
    practices = KnowledgeItem.objects.published().count()
    if len(members) < 5000 or practices < 50_000:
        raise SystemExit(
            f"The database holds {len(members):,} active members and {practices:,} published "
            "practices: seed it at --scale large first (run without --reuse)."
        )
    areas = list(CoreArea.objects.all())
    sdgs = list(SDG.objects.all())
    languages = list(Language.objects.filter(code__in=["en", "id", "zh-Hans", "ja", "ko", "th"]))
    times, queries, proposed = [], set(), []

    class Rollback(Exception):
        pass

    for n in range(requests + WARM_UP):
        try:
            with transaction.atomic():
                member = Member.objects.select_related("country").get(pk=rng.choice(members))
                request = _open(LearningRequest, member, rng, areas, sdgs, languages, n)
                request = LearningRequest.objects.select_related("member__country").get(
                    pk=request.pk
                )
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    proposals = propose_providers(request)
                    elapsed = time.perf_counter() - started
                if n >= WARM_UP:
                    times.append(elapsed * 1000)
                    queries.add(len(captured))
                    proposed.append(len(proposals))
                raise Rollback
        except Rollback:
            pass
    return {
        "members": len(members),
        "published_practices": practices,
        "requests": requests,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
        "max_ms": round(max(times), 1),
        "mean_ms": round(statistics.fmean(times), 1),
        "queries_per_request": sorted(queries),
        "mean_providers_proposed": round(statistics.fmean(proposed), 1),
    }


def _open(model, member, rng, areas, sdgs, languages, n):
    """A learning request as the secretariat opens it on a member's behalf (saved directly:
    the bench has no logged-in officer)."""
    request = model.objects.create(member=member, core_area=rng.choice(areas))
    request.sdgs.set(rng.sample(sdgs, rng.choice([1, 2])))
    if n % 2:
        request.languages.set([rng.choice(languages)])
    return request


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--reuse", action="store_true", help="the database is seeded already")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    configure(args.database)
    started = time.monotonic()
    seed(args.database, args.reuse)
    seeding = time.monotonic() - started
    log(f"Timing the matcher on {args.requests} learning requests")
    result = run(args.requests, random.Random(args.seed))
    result.update(
        {
            "database": args.database,
            "date": datetime.date.today().isoformat(),
            "seeding_seconds": None if args.reuse else round(seeding),
            "machine": (
                f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
            ),
            "command": " ".join(
                [".venv/bin/python bench/matcher.py", *map(shlex.quote, sys.argv[1:])]
            ),
        }
    )
    out = ROOT / "bench" / "results" / f"matcher-{result['date']}-{args.database}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    log(
        f"{result['members']:,} members, {result['published_practices']:,} published practices: "
        f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms, "
        f"{result['queries_per_request']} queries a request. Written to {out.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
