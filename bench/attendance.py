"""Kota's attendance import measured: a webinar platform's report of 5,000 participants.

For each database:

1. A fresh database of its own (var/bench-attendance/kota.sqlite3, or the PostgreSQL database
   kota_bench_attendance on 127.0.0.1:5432, dropped and created again), migrated.
2. One webinar with one session and `--rows` confirmed registrations (bulk_create, in a
   `manage.py shell` subprocess), then ANALYZE; a Zoom-style report of every one of them
   (Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes)), uploaded as
   an ImportJob of kind `attendance`.
3. The import task (`run_attendance_import`) runs in that process, as the task worker would
   run it; the time runs from its call to its return, and is split into checking the rows
   and writing them (ImportJob moves from running to writing when the check is done).
4. Checks that the job is done, that it recorded exactly one attendance per row and that every
   registration now counts as attended.
5. Prints a summary and writes bench/results/attendance-<date>.json.

    .venv/bin/python bench/attendance.py                                # SQLite and PostgreSQL
    .venv/bin/python bench/attendance.py --databases sqlite --rows 5000

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
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ROOT, ScratchDatabase, manage_output  # noqa: E402

SCRATCH = ScratchDatabase("bench-attendance")
WORK_DIR = SCRATCH.work_dir


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def participant_email(n):
    return f"participant{n:05d}@example.org"


def report_csv(rows):
    """A Zoom-style attendance report of `rows` participants, as bytes."""
    lines = ["Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest"]
    for n in range(rows):
        joined = 9 * 60 + n % 20
        email = participant_email(n).upper() if n % 7 == 0 else participant_email(n)
        lines.append(
            f"Participant {n},{email},"
            f"03/15/2026 {joined // 60:02d}:{joined % 60:02d}:00 AM,"
            f"03/15/2026 11:00:00 AM,{120 - n % 20},No"
        )
    return ("\n".join(lines) + "\n").encode()


# Run inside Kota (`manage.py shell`), printing one line of JSON --------------------------------


def run(rows):
    """Seed one webinar with `rows` confirmed registrations, upload the report and time the
    import task run in this process."""
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from kota.core.models import ImportJob
    from kota.events.importing import ATTENDANCE, run_attendance_import
    from kota.events.models import AgeGroup, Attendance, Event, Registration, Role, Session, Sex

    starts = datetime.datetime(2026, 3, 15, 2, tzinfo=datetime.UTC)
    ends = starts + datetime.timedelta(hours=2)
    seeding = time.monotonic()
    with transaction.atomic():
        event = Event.objects.create(
            kind=Event.Kind.WEBINAR,
            status=Event.Status.PUBLISHED,
            title="Local climate finance webinar",
            starts_at=starts,
            ends_at=ends,
            time_zone="Asia/Jakarta",
            online_url="https://zoom.example.org/j/1",
        )
        session = Session.objects.create(
            event=event, title=event.title, starts_at=starts, ends_at=ends
        )
        sexes, ages, roles = list(Sex.values), list(AgeGroup.values), list(Role.values)
        now = timezone.now()
        Registration.objects.bulk_create(
            [
                Registration(
                    event=event,
                    status=Registration.Status.CONFIRMED,
                    name=f"Participant {n}",
                    email=participant_email(n),
                    sex=sexes[n % len(sexes)],
                    age_group=ages[n % len(ages)],
                    role=roles[n % len(roles)],
                    country_id=["ID", "PH", "VN", "TH", "MY", "CN"][n % 6],
                    consent_at=now,
                )
                for n in range(rows)
            ],
            batch_size=1000,
        )
        user = get_user_model().objects.create_user("bench", "bench@example.org", is_staff=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    seed_seconds = time.monotonic() - seeding

    content = report_csv(rows)
    job = ImportJob.objects.create(
        kind=ATTENDANCE,
        params={"event": event.pk, "session": session.pk},
        created_by=user,
        filename="zoom-attendance.csv",
        content=content,
    )
    writing_at = []
    original_move = ImportJob._move

    def move(self, from_states, *, state, **fields):
        if state == ImportJob.State.WRITING:
            writing_at.append(time.monotonic())
        return original_move(self, from_states, state=state, **fields)

    ImportJob._move = move  # notes when the check ends and the writing starts
    started = time.monotonic()
    run_attendance_import.call(job.pk)
    seconds = time.monotonic() - started
    ImportJob._move = original_move

    job.refresh_from_db()
    print(
        json.dumps(
            {
                "seed_seconds": round(seed_seconds, 2),
                "file_kb": round(len(content) / 1024, 1),
                "seconds": round(seconds, 2),
                "check_seconds": round(writing_at[0] - started, 2) if writing_at else None,
                "write_seconds": round(started + seconds - writing_at[0], 2)
                if writing_at
                else None,
                "state": job.state,
                "summary": job.summary,
                "errors": job.errors[:5],
                "attendances": Attendance.objects.filter(session=session).count(),
                "attended": event.registrations.attended().count(),
            }
        )
    )


# Around Kota ---------------------------------------------------------------------------------


def bench(database, rows):
    SCRATCH.fresh(database)
    env = SCRATCH.environment(database)
    log(f"{database}: migrating a fresh database")
    manage_output(env, "migrate", "--noinput", "-v0")
    log(f"{database}: {rows:,} registrations, then the import of their report")
    load_before = os.getloadavg()
    output = manage_output(
        env, "shell", "--no-imports", "-c", f"from bench.attendance import run; run({rows})"
    )
    result = json.loads(output.strip().splitlines()[-1])
    problems = []
    if result["state"] != "done":
        problems.append(f"the import is {result['state']}: {result['errors']}")
    if result["attendances"] != rows:
        problems.append(f"{result['attendances']:,} attendances recorded, not {rows:,}")
    if result["attended"] != rows:
        problems.append(f"{result['attended']:,} registrations attended, not {rows:,}")
    return {
        "database": database,
        "rows": rows,
        **result,
        "rows_per_second": round(rows / result["seconds"], 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "correct": not problems,
        "problems": problems,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--databases", default="sqlite,postgres", help="sqlite, postgres or both")
    parser.add_argument("--note", default="", help="written to the results, e.g. other load")
    args = parser.parse_args()
    databases = args.databases.split(",")
    if set(databases) - {"sqlite", "postgres"}:
        parser.error("--databases takes sqlite, postgres or sqlite,postgres")

    runs = [bench(database, args.rows) for database in databases]
    print(
        f"\n{'database':<10} {'rows':>6} {'seconds':>8} {'check s':>8} {'write s':>8} "
        f"{'rows/s':>8}  correct"
    )
    for r in runs:
        print(
            f"{r['database']:<10} {r['rows']:>6,} {r['seconds']:>8} {r['check_seconds']!s:>8} "
            f"{r['write_seconds']!s:>8} {r['rows_per_second']:>8}  "
            f"{'yes' if r['correct'] else 'NO'}"
        )
    print(
        f"\n{os.cpu_count()} cores; load average before each run: "
        f"{', '.join(str(r['load_average_before'][0]) for r in runs)}"
    )
    command = [".venv/bin/python", "bench/attendance.py", "--rows", str(args.rows)]
    command += ["--databases", args.databases]
    out = ROOT / "bench" / "results" / f"attendance-{datetime.date.today()}.json"
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
