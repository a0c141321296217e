"""Kota's IATI export measured: `manage.py export_iati` on the 2,000 projects that
`seed_demo --scale large` adds.

For each database:

1. A fresh database of its own (var/bench-iati/kota.sqlite3, or the PostgreSQL database
   kota_bench_iati on 127.0.0.1:5432, dropped and created again), migrated.
2. The 2,000 projects of the large demo, built by the function `seed_demo --scale large`
   calls for them (kota.demo.projects.build_many: three programmes, each project with a
   country, a funding partner, a sector, two budget lines, three transactions in USD, EUR and
   IDR and a result whose period has six cells by sex and age), and an IATI publisher, in a
   `manage.py shell` subprocess, then ANALYZE. The rest of the large demo (10,000 members,
   100,000 knowledge items) is not built: the export reads none of it.
3. `manage.py export_iati --activities FILE --organisation FILE` runs in a subprocess of its
   own, three times; each run's wall time is taken from start to exit (Python and Django
   starting included), and the fastest and the median are reported.
4. Checks that the activities file is valid against the shipped 2.03 schema and holds one
   activity per project.
5. Prints a summary and writes bench/results/iati-<date>.json.

    .venv/bin/python bench/iati.py                           # SQLite and PostgreSQL
    .venv/bin/python bench/iati.py --databases sqlite --projects 2000

Kota runs with DEBUG=false, a random SECRET_KEY and a SITE_URL, as in production. PostgreSQL
must accept the postgres user without a password on 127.0.0.1; without it, pass
`--databases sqlite`. It is not part of `make bench` (see bench/run.py): run it on its own.
"""

import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, ScratchDatabase, manage_output  # noqa: E402

SCRATCH = ScratchDatabase("bench-iati")
WORK_DIR = SCRATCH.work_dir
RUNS = 3


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


# Run inside Kota (`manage.py shell`) ----------------------------------------------------------


def seed(projects):
    """The large demo's projects (see kota.demo.projects.build_many) and a publisher."""
    import random

    from django.db import connection, transaction

    from kota.demo.projects import build_many
    from kota.partners.models import Partner
    from kota.projects.models import Programme, Publisher

    started = time.monotonic()
    with transaction.atomic():
        Publisher.objects.create(ref="XX-BENCH-KOTA", name="UCLG ASPAC (benchmark)")
        Partner.objects.create(
            slug="uncdf", name="United Nations Capital Development Fund",
            organisation_type="40", iati_identifier="XM-DAC-41111",
        )  # fmt: skip
        programmes = [
            Programme.objects.create(code=code, title=title)
            for code, title in [
                ("LOCALISE-SDGS", "LOCALISE SDGs"),
                ("IMIF", "International Municipal Investment Fund"),
                ("RESILIENT", "Climate-resilient cities"),
            ]
        ]
        build_many(random.Random(1), projects, programmes=programmes, note="Benchmark data.")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(json.dumps({"seed_seconds": round(time.monotonic() - started, 2)}))


# Around Kota ---------------------------------------------------------------------------------


def check(activities, projects):
    """Problems with the activities file written (none when it is valid and complete)."""
    from lxml import etree

    sys.path.insert(0, str(ROOT))
    schema_dir = ROOT / "kota" / "projects" / "iati" / "schemas-2.03"
    schema = etree.XMLSchema(etree.parse(str(schema_dir / "iati-activities-schema.xsd")))
    document = etree.parse(str(activities))
    problems = []
    if not schema.validate(document):
        problems.append(f"invalid: {schema.error_log[0].message}")
    count = len(document.getroot())
    if count != projects:
        problems.append(f"{count:,} activities, not {projects:,}")
    return problems


def bench(database, projects):
    SCRATCH.fresh(database)
    env = SCRATCH.environment(database)
    log(f"{database}: migrating a fresh database")
    manage_output(env, "migrate", "--noinput", "-v0")
    log(f"{database}: {projects:,} projects")
    output = manage_output(
        env, "shell", "--no-imports", "-c", f"from bench.iati import seed; seed({projects})"
    )
    seeded = json.loads(output.strip().splitlines()[-1])
    activities, organisation = WORK_DIR / "activities.xml", WORK_DIR / "organisation.xml"
    load_before = os.getloadavg()
    seconds = []
    for run in range(RUNS):
        log(f"{database}: export_iati, run {run + 1} of {RUNS}")
        started = time.monotonic()
        manage_output(
            env, "export_iati", "--activities", str(activities), "--organisation",
            str(organisation),
        )  # fmt: skip
        seconds.append(round(time.monotonic() - started, 2))
    problems = check(activities, projects)
    return {
        "database": database,
        "projects": projects,
        **seeded,
        "export_seconds": seconds,
        "fastest_seconds": min(seconds),
        "median_seconds": statistics.median(seconds),
        "activities_kb": round(activities.stat().st_size / 1024, 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "correct": not problems,
        "problems": problems,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--projects", type=int, default=2_000)
    parser.add_argument("--databases", default="sqlite,postgres", help="sqlite, postgres or both")
    parser.add_argument("--note", default="", help="written to the results, e.g. other load")
    args = parser.parse_args()
    databases = args.databases.split(",")
    if set(databases) - {"sqlite", "postgres"}:
        parser.error("--databases takes sqlite, postgres or sqlite,postgres")

    runs = [bench(database, args.projects) for database in databases]
    print(f"\n{'database':<10} {'projects':>8} {'fastest s':>9} {'median s':>9} {'KB':>8}  correct")
    for r in runs:
        print(
            f"{r['database']:<10} {r['projects']:>8,} {r['fastest_seconds']:>9} "
            f"{r['median_seconds']:>9} {r['activities_kb']:>8}  {'yes' if r['correct'] else 'NO'}"
        )
    print(
        f"\n{os.cpu_count()} cores; load average before each database's runs: "
        f"{', '.join(str(r['load_average_before'][0]) for r in runs)}"
    )
    command = [".venv/bin/python", "bench/iati.py", "--projects", str(args.projects)]
    command += ["--databases", args.databases]
    out = ROOT / "bench" / "results" / f"iati-{datetime.date.today()}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "cores": os.cpu_count(),
                "platform": platform.platform(),
                "python": platform.python_version(),
                "command": shlex.join(command),
                "note": args.note,
                "runs": runs,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    log(f"written {out.relative_to(ROOT)}")
    for r in runs:
        for problem in r["problems"]:
            print(f"FAILED on {r['database']}: {problem}")
    if not all(r["correct"] for r in runs):
        sys.exit(1)


if __name__ == "__main__":
    main()
