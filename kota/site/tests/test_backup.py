"""A seeded database survives a round trip through backup and restore, table by table."""

import sqlite3
import subprocess
from contextlib import closing

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import CommandError, call_command
from django.db import connection

from kota.dues.factories import FeeScheduleFactory
from kota.dues.services import issue_invoices
from kota.governance.factories import SeatFactory
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.members.models import Member
from kota.site.backup import _pg_args, fingerprint

pytestmark = pytest.mark.usefixtures("live_db")


@pytest.fixture
def network():
    for n in range(30):
        FocalPointFactory(member=MemberFactory(name=f"Town {n}", local_name=f"镇 {n}"))
    SeatFactory.create_batch(5)
    FeeScheduleFactory(year=2026)
    issue_invoices(year=2026)


def test_a_backup_restores_every_table_exactly(network, tmp_path, capsys):
    before = fingerprint()
    assert before["members_member"][0] >= 30 and before["dues_invoice"][0] >= 30
    path = tmp_path / "kota.backup"
    call_command("backup", "--output", str(path))
    assert "Backed up to" in capsys.readouterr().out

    Member.objects.filter(name__startswith="Town 1").update(name="Changed")
    MemberFactory(name="Added after the backup")
    assert fingerprint() != before

    call_command("restore", str(path), "--yes")
    after = fingerprint()
    assert {t: c for t, (c, _h) in after.items()} == {t: c for t, (c, _h) in before.items()}
    # Every table as it was, but the content version's epoch, which a restore draws anew.
    assert after.pop("core_contentversion") != before.pop("core_contentversion")
    assert after == before
    if connection.vendor == "postgresql":  # the planner knows the restored rows
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'members_member'")
            assert cursor.fetchone()[0] == after["members_member"][0]


def test_a_backup_never_overwrites_a_file(network, tmp_path):
    path = tmp_path / "kota.backup"
    path.write_text("precious")
    with pytest.raises(CommandError, match="never overwrites"):
        call_command("backup", "--output", str(path))
    assert path.read_text() == "precious"


def test_restoring_something_that_is_not_a_backup_changes_nothing(network, tmp_path):
    before = fingerprint()
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(CommandError):
        call_command("restore", str(junk), "--yes")
    assert fingerprint() == before


@pytest.mark.parametrize("kept", [0.5, 0.99])
def test_restoring_a_backup_cut_short_changes_nothing(network, tmp_path, kept):
    path = tmp_path / "kota.backup"
    call_command("backup", "--output", str(path))
    whole = path.read_bytes()
    path.write_bytes(whole[: int(len(whole) * kept)])
    MemberFactory(name="Added after the backup")
    before = fingerprint()
    with pytest.raises(CommandError, match="Nothing was restored"):
        call_command("restore", str(path), "--yes")
    assert fingerprint() == before


def another_database(tmp_path):
    """A database file of the right kind that is not a Kota backup: one table of sessions
    (SQLite), or a pg_dump of the sessions table alone (PostgreSQL)."""
    if connection.vendor == "sqlite":
        path = tmp_path / "other.sqlite3"
        with closing(sqlite3.connect(path)) as other, other:
            other.execute("CREATE TABLE django_session (session_key text, session_data text)")
        return path
    path = tmp_path / "other.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--table=django_session", f"--file={path}", *_pg_args()],
        check=True,
    )
    return path


def test_restoring_a_database_that_is_not_a_kota_backup_changes_nothing(network, tmp_path):
    other = another_database(tmp_path)
    SessionStore().create()
    before = fingerprint()
    with pytest.raises(CommandError, match="not a Kota backup"):
        call_command("restore", str(other), "--yes")
    assert fingerprint() == before


def test_restoring_a_backup_of_another_version_of_kota_changes_nothing(network, tmp_path):
    path = tmp_path / "future.backup"
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('site', '9999_from_the_future', CURRENT_TIMESTAMP)"
        )
    try:
        call_command("backup", "--output", str(path))
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM django_migrations WHERE name = '9999_from_the_future'")
    MemberFactory(name="Added after the backup")
    before = fingerprint()
    with pytest.raises(CommandError, match="unknown: site.9999_from_the_future"):
        call_command("restore", str(path), "--yes")
    assert fingerprint() == before
