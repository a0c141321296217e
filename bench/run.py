"""`make bench`: the directory and members API at small and large scale, each on its own SQLite
database under var/, with DEBUG off as in production. Prints a table and writes
bench/results/<date>-directory.json with the machine's core count."""

import datetime
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_scale(scale):
    database = ROOT / "var" / f"bench-{scale}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    env = {
        **os.environ,
        "SQLITE_PATH": str(database),
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "testserver",
        "SECURE_COOKIES": "false",
    }
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    output = subprocess.run(
        [sys.executable, "bench/directory.py", "--scale", scale],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    runs = [run_scale("small"), run_scale("large")]
    print(
        f"Kota directory benchmark, SQLite, {os.cpu_count()} cores, "
        "server time through Django's test client (no network)"
    )
    print(
        f"{'url':<52} {'scale':>6} {'members':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'queries':>8} {'KB':>7} {'KB gz':>6}"
    )
    for run in runs:
        for row in run["results"]:
            print(
                f"{row['url']:<52} {run['scale']:>6} {run['members']:>8} {row['p50_ms']:>8} "
                f"{row['p95_ms']:>8} {row['queries']:>8} {row['kb']:>7} {row['kb_gzip']:>6}"
            )
    small, large = ({r["url"]: r["queries"] for r in run["results"]} for run in runs)
    print("queries equal at both scales:", "yes" if small == large else f"NO {small} {large}")
    out = ROOT / "bench" / "results" / f"{datetime.date.today()}-directory.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"cores": os.cpu_count(), "database": "sqlite", "runs": runs}, indent=2)
    )
    print(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
