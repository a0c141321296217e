"""How many committed writes Kota's content has had, in all and per area: what keeps the
anonymous page cache (kota.site.pagecache) and the member directory's index
(kota.members.directory) from ever serving stale data.

Every SQL statement that writes to Kota's content (INSERT, UPDATE, DELETE, TRUNCATE)
arranges, through an execute wrapper on every connection, for the one row of ContentVersion
to be incremented once its transaction commits; a rolled-back transaction changes nothing and
bumps nothing. Bulk writes, raw SQL and other processes (the task worker, imports, the admin)
pass through the same wrapper, so no write path is forgotten. Sessions, log-in throttling,
task bookkeeping, and the delivery log and contacts of mailings are not content and do not
count.

Areas: each write also counts against its area, the app its table belongs to ("dues_invoice":
dues), in AreaVersion, so that what shows one area can be kept while another changes.

The numbers are bumped after the commit, so a transaction does not see its own writes in
them: pending_areas() tells which areas the open transaction has written to. The version is a
number and a random epoch: `restore` winds the numbers back to the backup's, so it also draws a
new epoch (new_epoch()), and what was kept for a number before the restore is never used for
the same number after it.
"""

import re
import secrets
import threading

from django.db import DatabaseError, connections, models, transaction
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _

VERSION_TABLE = "core_contentversion"
AREA_TABLE = "site_areaversion"
NOT_CONTENT = re.compile(
    r"^(django_session|django_migrations|axes_|django_tasks_database|core_contentversion"
    r"|site_areaversion|knowledge_similaritems"
    r"|mailings_delivery|mailings_contact|mailings_historicalcontact)"
)
WRITE = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+\"?([\w.]+)",
    re.IGNORECASE,
)
TRUNCATE = re.compile(r"^\s*TRUNCATE\b", re.IGNORECASE)


class ContentVersion(models.Model):
    """One row whose number grows after every committed write to Kota's content. `epoch` is
    random and changed by every restore, which winds the number back: the pair (epoch,
    number) never repeats. Its table keeps the name it had when the model first lived here."""

    number = models.PositiveBigIntegerField(default=0)
    epoch = models.CharField(max_length=32, default="", db_default="")

    class Meta:
        db_table = VERSION_TABLE
        verbose_name = _("content version")

    def __str__(self):
        return str(self.number)


class AreaVersion(models.Model):
    """How many committed writes each area of Kota's content (an app: knowledge, members,
    dues...) has had. Its table keeps the name it had in the `site` app."""

    area = models.CharField(max_length=40, primary_key=True)
    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        db_table = AREA_TABLE
        verbose_name = _("area version")

    def __str__(self):
        return f"{self.area} {self.number}"


def written_table(sql):
    """The content table `sql` writes to, or None (not a write, or not content). A TRUNCATE
    counts against every area ("*")."""
    match = WRITE.match(sql)
    if match:
        table = match.group(1).rsplit(".", 1)[-1]
        return None if NOT_CONTENT.match(table) else table
    return "*" if TRUNCATE.match(sql) else None


def changes_content(sql):
    return written_table(sql) is not None


def area_of(table):
    """The area of a table: its app ("knowledge_search_data": knowledge)."""
    return table.split("_", 1)[0].lower()


def bump(connection, areas=()):
    """Increment the content version, and the version of each of `areas`, in their own short
    transaction after a commit. Before the tables exist (early in `migrate`) there is nothing
    to bump."""
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {VERSION_TABLE} SET number = number + 1 WHERE id = 1")
            if cursor.rowcount == 0:
                cursor.execute(
                    f"INSERT INTO {VERSION_TABLE} (id, number) SELECT 1, 1 "
                    f"WHERE NOT EXISTS (SELECT 1 FROM {VERSION_TABLE} WHERE id = 1)"
                )
            if "*" in areas:
                cursor.execute(f"UPDATE {AREA_TABLE} SET number = number + 1")
                areas = set(areas) - {"*"}
            for area in sorted(areas):
                cursor.execute(
                    f"UPDATE {AREA_TABLE} SET number = number + 1 WHERE area = %s", [area]
                )
                if cursor.rowcount == 0:
                    cursor.execute(
                        f"INSERT INTO {AREA_TABLE} (area, number) SELECT %s, 1 "
                        f"WHERE NOT EXISTS (SELECT 1 FROM {AREA_TABLE} WHERE area = %s)",
                        [area, area],
                    )
    except DatabaseError:
        if connection.in_atomic_block:
            raise


def watch_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    table = written_table(sql)
    if table is not None:
        connection = context["connection"]
        area = "*" if table == "*" else area_of(table)
        if connection.in_atomic_block:
            bump_on_commit(connection, area)
        else:
            # Autocommit: the write is committed already, or, for SQLite's INSERT ...
            # RETURNING whose rows are not read yet, it commits together with this bump.
            bump(connection, {area})
    return result


def bump_on_commit(connection, area):
    """Bump once when the current transaction commits, with every area it wrote to. Django
    drops the callbacks of a rolled-back transaction (or savepoint), so a later write
    registers again; the areas of a rolled-back write may then be bumped too, which only
    costs a reload."""
    areas = connection.__dict__.setdefault("_kota_areas", set())
    areas.add(area)
    pending = getattr(connection, "_kota_bump_on_commit", None)
    if pending is None:

        def pending():
            written = set(connection._kota_areas)
            connection._kota_areas.clear()
            bump(connection, written)

        connection._kota_bump_on_commit = pending
    if not _is_registered(connection, pending):
        transaction.on_commit(pending, using=connection.alias)


def _is_registered(connection, pending):
    return any(func is pending for _sids, func, _robust in connection.run_on_commit)


def pending_areas(using="default"):
    """The areas the open transaction on `using` has written to, whose numbers are bumped
    only when it commits ("*" for all); empty outside a transaction. It may name the areas of
    a rolled-back savepoint too: it errs on the side of "changed"."""
    connection = connections[using]
    pending = getattr(connection, "_kota_bump_on_commit", None)
    if not connection.in_atomic_block or pending is None:
        return frozenset()
    if not _is_registered(connection, pending):
        return frozenset()
    return frozenset(connection._kota_areas)


def install(connection, **kwargs):
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)


def connect():
    """Watch the writes of every database connection, present and future."""
    connection_created.connect(install, dispatch_uid="kota-versions-watch-writes")
    for connection in connections.all(initialized_only=True):
        install(connection)


def current(areas=(), using="default"):
    """(epoch, global number, {area: number} for each of `areas`) in one query; None when
    it cannot be read."""
    areas = tuple(areas)
    try:
        with connections[using].cursor() as cursor:
            sql = f"SELECT '', epoch, number FROM {VERSION_TABLE} WHERE id = 1"
            if areas:
                sql += (
                    f" UNION ALL SELECT area, '', number FROM {AREA_TABLE}"
                    f" WHERE area IN ({', '.join(['%s'] * len(areas))})"
                )
            cursor.execute(sql, areas)
            rows = cursor.fetchall()
    except DatabaseError:
        return None
    epochs = [(epoch, number) for area, epoch, number in rows if area == ""]
    if not epochs:
        return None
    numbers = {area: number for area, _epoch, number in rows if area != ""}
    epoch, number = epochs[0]
    return epoch, number, {area: numbers.get(area, 0) for area in areas}


class PerProcess:
    """A value computed from some areas' content (`load(using)`), kept in this process per
    database alias with the epoch and the areas' numbers it was computed at, and computed
    again when they have changed: checking them is one small query. get() gives None when the
    value cannot be vouched for: the open transaction has written to one of the areas (their
    numbers wait for its commit), or the numbers cannot be read. Every instance is emptied by
    PerProcess.clear_all() (tests, whose rolled-back writes never change the numbers)."""

    instances = []

    def __init__(self, areas, load):
        self.areas = tuple(areas)
        self.load = load
        self._kept = {}  # alias -> (version, value)
        self._lock = threading.Lock()
        PerProcess.instances.append(self)

    def get(self, using="default"):
        if pending_areas(using) & {*self.areas, "*"}:
            return None
        numbers = current(self.areas, using=using)
        if numbers is None:
            return None
        epoch, _number, by_area = numbers
        version = (epoch, *(by_area[area] for area in self.areas))
        kept = self._kept.get(using)
        if kept is not None and kept[0] == version:
            return kept[1]
        with self._lock:
            kept = self._kept.get(using)
            if kept is None or kept[0] != version:
                # Computed after the numbers were read: if a write commits in between, the
                # value is newer than its version, and is computed again on the next call.
                kept = (version, self.load(using))
                self._kept[using] = kept
        return kept[1]

    def clear(self):
        with self._lock:
            self._kept.clear()

    @classmethod
    def clear_all(cls):
        for instance in cls.instances:
            instance.clear()


def new_epoch(connection=None):
    """Draw a new random epoch for the content version, after a restore (see above)."""
    epoch = secrets.token_hex(8)
    with (connection or connections["default"]).cursor() as cursor:
        cursor.execute(f"UPDATE {VERSION_TABLE} SET epoch = %s WHERE id = 1", [epoch])
        if cursor.rowcount == 0:
            cursor.execute(
                f"INSERT INTO {VERSION_TABLE} (id, number, epoch) VALUES (1, 0, %s)", [epoch]
            )
    return epoch
