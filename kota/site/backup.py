"""Backups of Kota's database and their restoration, for SQLite and PostgreSQL.

SQLite: the online backup API copies the database page by page while the server keeps
serving, and restores the same way into the live database. PostgreSQL: pg_dump's custom
format. A restore empties every table and loads the dump's rows in one transaction: the
tables themselves stay, since the backup's migrations are this code's (below). Dropping and
recreating every table, index and constraint instead (pg_restore --clean) took 6,597 locks in
one transaction, more than PostgreSQL's default lock table holds for two at once (64 per
connection, 100 connections); emptying and loading takes 1,685.

Before anything is touched, restore() checks that the file is a backup of this Kota: a
database (or dump) whose migrations table lists exactly the migrations of this code. Any other
SQLite file or dump, or a backup made by another version of Kota, changes nothing.
"""

import datetime
import hashlib
import os
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from kota.core.versions import new_epoch


class BackupError(Exception):
    pass


def default_path(now=None):
    now = now or datetime.datetime.now()
    suffix = "sqlite3" if connection.vendor == "sqlite" else "dump"
    return settings.BASE_DIR / "var" / "backups" / f"kota-{now:%Y%m%d-%H%M%S}.{suffix}"


def backup(path):
    """Write a consistent copy of the database to `path` (a new file)."""
    path = Path(path)
    if path.exists():
        raise BackupError(f"{path} exists already; Kota never overwrites a backup.")
    path.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            with target:
                connection.connection.backup(target)
        finally:
            target.close()
    else:
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={path}", *_pg_args()])
    return path


def restore(path):
    """Replace the database's contents with the backup at `path`, once it is known to be a
    backup of this Kota (check_is_kota_backup)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    if connection.vendor == "sqlite":
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(f"{path} is not a sound SQLite database. Nothing was restored.")
            try:
                applied = source.execute("SELECT app, name FROM django_migrations").fetchall()
            except sqlite3.OperationalError:
                applied = None
            check_is_kota_backup(path, applied)
            connection.ensure_connection()
            source.backup(connection.connection)
        except sqlite3.DatabaseError as exc:
            message = f"{path} is not a SQLite backup: {exc}. Nothing was restored."
            raise BackupError(message) from None
        finally:
            source.close()
    else:
        check_is_kota_backup(path, _dumped_migrations(path))
        try:
            _load_rows(path)
        except BackupError as exc:
            raise BackupError(f"{exc}\nNothing was restored.") from None
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # the planner's statistics describe the rows replaced
    # The restored content version is the backup's, a number this database has used since:
    # a new epoch keeps every server process from serving a page it kept under that number.
    new_epoch()


def _load_rows(path):
    """Replace every table's rows with those of the pg_dump archive at `path`, all or nothing.

    The rows are written out to a script first, so that an archive pg_restore cannot read to
    its end changes nothing, rather than leaving the tables it did not reach empty."""
    tables = connection.introspection.table_names(include_views=False)
    emptying = "TRUNCATE " + ", ".join(connection.ops.quote_name(t) for t in tables)
    connection.close()  # the restore needs the tables without this process's locks
    with tempfile.TemporaryDirectory(prefix="kota-restore-") as scratch:  # only we may read it
        script = Path(scratch) / "rows.sql"
        _run(["pg_restore", "--data-only", "--no-owner", f"--file={script}", str(path)])
        # One transaction: a row the tables cannot take (ON_ERROR_STOP) undoes the emptying;
        # foreign keys, all deferred, are checked once every row is in.
        _run(
            [
                "psql",
                "--no-psqlrc",
                "--quiet",
                "--single-transaction",
                "--set=ON_ERROR_STOP=1",
                f"--command={emptying} RESTART IDENTITY",
                f"--file={script}",
                *_pg_args(dbname_flag=True),
            ]
        )


def check_is_kota_backup(path, applied):
    """Raise BackupError unless `applied` (the (app, name) rows of the file's migrations
    table, None when it has none) are exactly the migrations of this code."""
    if not applied:
        raise BackupError(
            f"{path} is not a Kota backup: it has no migrations table. Nothing was restored."
        )
    expected = set(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)
    found = {tuple(row) for row in applied}
    if found != expected:
        missing = ", ".join(f"{a}.{n}" for a, n in sorted(expected - found)[:5]) or "none"
        unknown = ", ".join(f"{a}.{n}" for a, n in sorted(found - expected)[:5]) or "none"
        raise BackupError(
            f"{path} is not a backup of this version of Kota: its migrations differ "
            f"(missing: {missing}; unknown: {unknown}). Nothing was restored; restore it with "
            f"the version of Kota that made it."
        )


def _dumped_migrations(path):
    """The (app, name) rows of the django_migrations table in the pg_dump archive at `path`,
    None when it has no such table; BackupError when `path` is not a pg_dump archive."""
    try:
        listing = _run(["pg_restore", "--list", str(path)])
        if not any(" TABLE DATA " in line and " django_migrations " in line for line in listing):
            return None
        script = _run(
            ["pg_restore", "--data-only", "--table=django_migrations", "--file=-", str(path)]
        )
    except BackupError as exc:
        message = f"{path} cannot be read as a backup: {exc}\nNothing was restored."
        raise BackupError(message) from None
    rows, in_copy = [], False
    for line in script:
        if line.startswith("COPY ") and "django_migrations" in line:
            in_copy = True
        elif in_copy and line == "\\.":
            break
        elif in_copy:
            _id, app, name, *_rest = line.split("\t")
            rows.append((app, name))
    return rows


def _pg_args(dbname_flag=False):
    db = settings.DATABASES["default"]
    args = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args.append(f"{flag}={db[key]}")
    name = connection.settings_dict["NAME"]
    args.append(f"--dbname={name}" if dbname_flag else name)
    return args


def _run(command):
    env = {**os.environ}
    password = settings.DATABASES["default"].get("PASSWORD")
    if password:
        env["PGPASSWORD"] = password
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")
    return result.stdout.splitlines()


def fingerprint():
    """{table: (row count, sha256 of its rows in primary-key order)} for every table, the
    search index's included, to compare a database with its restored backup."""
    result = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(include_views=False)):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted} ORDER BY 1")  # noqa: S608 - known names
            digest, count = hashlib.sha256(), 0
            for row in cursor.fetchall():
                digest.update(repr(tuple(_plain(v) for v in row)).encode())
                count += 1
            result[table] = (count, digest.hexdigest())
    return result


def _plain(value):
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None).isoformat()
    return value
