"""Kill the process (SIGKILL, no chance to clean up) in the middle of a large member import
and of an invoice run, then look at the database: all of the operation or none of it, and
invoice numbers still without gaps."""

import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice, InvoiceSequence
from kota.dues.services import issue_invoices
from kota.members.importing import COLUMNS
from kota.members.models import Member

pytestmark = pytest.mark.usefixtures("live_db")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


def command_env():
    """The environment of a manage.py process that works on this test's database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["DEBUG"] = "true"
    name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        env["SQLITE_PATH"] = name
        env.pop("DATABASE_URL", None)
    else:
        s = connection.settings_dict
        env["DATABASE_URL"] = f"postgres://{s['USER']}@{s['HOST']}:{s['PORT'] or 5432}/{name}"
    return env


def kill_when(args, started, timeout=120):
    """Run manage.py `args`, SIGKILL it once a line of its standard error satisfies
    `started`, and return its exit code (negative: killed)."""
    process = subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=command_env(),
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    deadline = time.monotonic() + timeout
    buffer = ""
    while time.monotonic() < deadline:
        chunk = process.stderr.read(64)
        if not chunk:
            break
        buffer += chunk
        if started(buffer):
            process.send_signal(signal.SIGKILL)
            break
    process.wait(30)
    connection.close()  # read what the killed process left, through a fresh connection
    return process.returncode


def test_killing_a_large_member_import_leaves_all_or_nothing(tmp_path):
    rows = 20_000
    path = tmp_path / "members.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(",".join(COLUMNS) + "\n")
        for n in range(rows):
            handle.write(f"x{n},Town {n},municipality,PH,,,{n},,,,,\n")
    # The check phase reports progress; the write phase starts when it reaches the end.
    code = kill_when(
        ["import_members", str(path)],
        lambda err: f"of about {rows:,} rows\n" in err and f"Checked {rows:,}" in err,
    )
    assert code == -signal.SIGKILL, "the import finished before it could be killed"
    assert Member.objects.filter(external_id__startswith="x").count() in (0, rows)
    assert Member.history.filter(external_id__startswith="x").count() in (0, rows)
    subprocess.run(
        [sys.executable, "manage.py", "import_members", str(path)],
        cwd=ROOT,
        env=command_env(),
        check=True,
        capture_output=True,
    )
    assert Member.objects.filter(external_id__startswith="x").count() == rows


def test_killing_an_invoice_run_leaves_all_or_nothing_and_no_gap(tmp_path):
    FeeScheduleFactory(year=2026)
    Member.objects.bulk_create(
        Member(
            slug=f"m{n}",
            name=f"Member {n:05d}",
            search_name=f"member {n}",
            kind=Member.Kind.CITY,
            country_id="ID",
        )
        for n in range(3_000)
    )
    code = kill_when(["issue_invoices", "--year", "2026"], lambda err: "1,000 of" in err)
    assert code == -signal.SIGKILL, "the run finished before it could be killed"
    issued = Invoice.objects.filter(year=2026).count()
    assert issued in (0, 3_000)
    last = InvoiceSequence.objects.filter(year=2026).values_list("last_number", flat=True)
    assert list(last) in ([], [issued])
    issue_invoices(year=2026)
    numbers = sorted(Invoice.objects.filter(year=2026).values_list("sequence", flat=True))
    assert numbers == list(range(1, 3_001))
