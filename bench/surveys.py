"""Kota's survey summary measured: a campaign of 10,000 submitted responses.

For each database:

1. A fresh database of its own (var/bench-surveys/kota.sqlite3, or the PostgreSQL database
   kota_bench_surveys on 127.0.0.1:5432, dropped and created again), migrated.
2. The member-satisfaction questionnaire of the tests (a scale with skip logic, a multiple
   choice, a number, a matrix and a text) and one campaign with `--responses` submitted
   responses of 1,000 members in five countries (bulk_create), then ANALYZE.
3. Times, each `--repeat` times (the median and the slowest are kept): the whole summary
   (`Campaign.summary()`), the summary of one country (`summary(country="ID")`), and the
   member-satisfaction measure over the year (`surveys.answer_share`).
4. Checks the figures: every response counted, the satisfaction counts add up.
5. Prints a summary and writes bench/results/surveys-<date>.json with the command to rerun.

    .venv/bin/python bench/surveys.py                          # SQLite and PostgreSQL
    .venv/bin/python bench/surveys.py --databases sqlite --responses 10000

Kota runs with DEBUG=false and a random SECRET_KEY, as in production. It is not part of the
test suite nor of `make bench`: run it on its own, on a machine doing nothing else if the
figures are to be compared.
"""

import argparse
import datetime
import json
import os
import platform
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK_DIR = ROOT / "var" / "bench-surveys"
POSTGRES_DATABASE = "kota_bench_surveys"
URLS = {
    "sqlite": f"sqlite:///{WORK_DIR / 'kota.sqlite3'}",
    "postgres": f"postgres://postgres@127.0.0.1:5432/{POSTGRES_DATABASE}",
}


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def fresh_database(name):
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    if name == "sqlite":
        (WORK_DIR / "kota.sqlite3").unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE}")
        c.execute(f"CREATE DATABASE {POSTGRES_DATABASE}")


def timed(function, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return result, {"median_s": round(statistics.median(times), 4), "max_s": round(max(times), 4)}


def measure_one(responses, repeat):
    """Runs inside a process whose settings point at the fresh database."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from kota.lib import measures
    from kota.members.models import Member
    from kota.surveys.factories import CampaignFactory
    from kota.surveys.models import Response

    call_command("migrate", verbosity=0)
    countries = ["ID", "PH", "MY", "TH", "VN"]
    members = Member.objects.bulk_create(
        Member(
            slug=f"bench-city-{n}",
            name=f"Bench city {n}",
            search_name=f"bench city {n}",
            kind=Member.Kind.CITY,
            country_id=countries[n % 5],
            status=Member.Status.ACTIVE,
        )
        for n in range(1000)
    )
    campaign = CampaignFactory(slug="bench")
    now = timezone.now()
    batch = [
        Response(
            campaign=campaign,
            member=members[n % 1000] if n < 1000 else None,
            email=f"respondent{n:05d}@example.org",
            status=Response.Status.SUBMITTED,
            submitted_at=now,
            answers={
                "satisfaction": str(n % 5 + 1),
                **({"why_not": "Faster answers"} if n % 5 < 2 else {}),
                "used_services": ["training", "advocacy"] if n % 2 else ["exchange"],
                "staff": str(n % 40),
                "priorities": {"climate": "high", "finance": "low" if n % 3 else "high"},
                "comments": f"Comment {n}",
            },
        )
        for n in range(responses)
    ]
    Response.objects.bulk_create(batch, batch_size=1000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    log(f"{responses:,} responses written")

    summary, whole = timed(campaign.summary, repeat)
    counts = {s.question.key: s for s in summary}
    assert counts["satisfaction"].answered == responses, "every response counted"
    assert sum(counts["satisfaction"].counts.values()) == responses
    _, country = timed(lambda: campaign.summary(country="ID"), repeat)
    today = timezone.localdate()
    share, measure = timed(
        lambda: measures.get("surveys.answer_share")(
            today.replace(month=1, day=1),
            today,
            questionnaire=campaign.version.questionnaire.slug,
            question="satisfaction",
            values=["4", "5"],
        ),
        repeat,
    )
    assert share == 40, share
    return {"summary": whole, "summary_one_country": country, "satisfaction_measure": measure}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--responses", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.responses, args.repeat)))
        return
    results = {}
    for name in args.databases:
        log(f"{name}: a fresh database")
        fresh_database(name)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "kota.settings",
            "DATABASE_URL": URLS[name],
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "SITE_URL": "https://kota.example.org",
            "ALLOWED_HOSTS": "kota.example.org",
        }
        command = [sys.executable, __file__, "--one", name]
        command += ["--responses", str(args.responses), "--repeat", str(args.repeat)]
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            sys.stderr.write(done.stderr)
            raise SystemExit(f"{name}: the measurement failed")
        results[name] = json.loads(done.stdout.strip().splitlines()[-1])
        log(f"{name}: {results[name]}")
    rerun = " ".join(
        [".venv/bin/python", "bench/surveys.py", "--databases", *args.databases]
        + ["--responses", str(args.responses), "--repeat", str(args.repeat)]
    )
    report = {
        "what": f"Campaign.summary() of {args.responses:,} submitted responses",
        "date": datetime.date.today().isoformat(),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "rerun": rerun,
        "results": results,
    }
    out = ROOT / "bench" / "results" / f"surveys-{datetime.date.today().isoformat()}.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    log(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
