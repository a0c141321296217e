"""Anonymous pages served from a cache that is never stale.

Every SQL statement that writes to Kota's content (INSERT, UPDATE, DELETE, TRUNCATE)
arranges, through an execute wrapper on every connection, for the one row of ContentVersion
to be incremented once its transaction commits; a rolled-back transaction changes nothing and
bumps nothing. Bulk writes, raw SQL and other processes (the task worker, imports, the admin)
pass through the same wrapper, so no write path is forgotten. Sessions, log-in throttling,
task bookkeeping, and the delivery log and contacts of mailings are not content and do not
count.

The middleware reads the version (one indexed query) and keys each anonymous GET by it, with
the language, the htmx header, the full URL and today's date. The version is a number and a
random epoch: `restore` winds the number back to the backup's, so it also draws a new epoch
(new_epoch()), and a page kept before the restore is never served for the same number after it.
A page rendered before a write committed is stored under the old version and never served
again once the write's bump is visible, so an item published or edited appears on the next
request, on every worker. Pages that set cookies, use a CSRF token, are private, stream, or
are not a 200 are not kept. The cache is per process (PAGE_CACHE_ENTRIES pages each), which
needs no shared cache server and stays correct because the version that decides freshness is
in the database.
"""

import re
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connections, transaction
from django.db.backends.signals import connection_created
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re

from kota.lib.web import is_htmx

CACHE_ALIAS = "pages"
VERSION_TABLE = "core_contentversion"
NOT_CONTENT = re.compile(
    r"^(django_session|django_migrations|axes_|django_tasks_database|core_contentversion"
    r"|mailings_delivery|mailings_contact|mailings_historicalcontact)"
)
WRITE = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+\"?([\w.]+)",
    re.IGNORECASE,
)
TRUNCATE = re.compile(r"^\s*TRUNCATE\b", re.IGNORECASE)
PRIVATE = {"private", "no-store", "no-cache"}


def changes_content(sql):
    match = WRITE.match(sql)
    if match:
        return not NOT_CONTENT.match(match.group(1).rsplit(".", 1)[-1])
    return bool(TRUNCATE.match(sql))


def bump(connection):
    """Increment the content version, in its own short transaction after a commit. Before
    the table exists (early in `migrate`) there is nothing to bump."""
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {VERSION_TABLE} SET number = number + 1 WHERE id = 1")
            if cursor.rowcount == 0:
                cursor.execute(
                    f"INSERT INTO {VERSION_TABLE} (id, number) SELECT 1, 1 "
                    f"WHERE NOT EXISTS (SELECT 1 FROM {VERSION_TABLE} WHERE id = 1)"
                )
    except DatabaseError:
        if connection.in_atomic_block:
            raise


def watch_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if changes_content(sql):
        connection = context["connection"]
        if connection.in_atomic_block:
            bump_on_commit(connection)
        else:
            # Autocommit: the write is committed already, or, for SQLite's INSERT ...
            # RETURNING whose rows are not read yet, it commits together with this bump.
            bump(connection)
    return result


def bump_on_commit(connection):
    """Bump once when the current transaction commits. Django drops the callbacks of a
    rolled-back transaction (or savepoint), so a later write registers again."""
    pending = getattr(connection, "_kota_bump_on_commit", None)
    if pending is None:
        pending = connection._kota_bump_on_commit = lambda: bump(connection)
    if not any(func is pending for _sids, func, _robust in connection.run_on_commit):
        transaction.on_commit(pending, using=connection.alias)


def install(connection, **kwargs):
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)


def connect():
    """Watch the writes of every database connection, present and future."""
    connection_created.connect(install, dispatch_uid="kota-pagecache-watch-writes")
    for connection in connections.all(initialized_only=True):
        install(connection)


def current_version():
    """The content version as "epoch.number", or None when it cannot be read (then nothing
    is cached)."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute(f"SELECT epoch, number FROM {VERSION_TABLE} WHERE id = 1")
            row = cursor.fetchone()
    except DatabaseError:
        return None
    return f"{row[0]}.{row[1]}" if row else None


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


class AnonymousPageCacheMiddleware:
    """Serves anonymous GETs of public pages and API answers from the cache described above.
    A response says `X-Kota-Cache: hit` or `miss`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self.key(request)
        if key is None:
            return self.get_response(request)
        cache = caches[CACHE_ALIAS]
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Kota-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.keepable(request, response):
            headers = [(n, v) for n, v in response.items() if n.lower() != "content-length"]
            cache.set(
                key,
                (response.status_code, headers, response.content),
                settings.PAGE_CACHE_SECONDS,
            )
            response["X-Kota-Cache"] = "miss"
        return response

    def key(self, request):
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return None  # perhaps logged in, or a message to show: not anonymous enough
        if "HTTP_AUTHORIZATION" in request.META:
            return None
        try:
            url = request.build_absolute_uri()
        except Exception:  # DisallowedHost: let Django answer it
            return None
        version = current_version()
        if version is None:
            return None
        language = translation.get_language_from_request(request)
        htmx = "htmx" if is_htmx(request) else "page"
        return f"{version}:{timezone.localdate()}:{language}:{htmx}:{request.method}:{url}"

    def keepable(self, request, response):
        # A page that used a CSRF token sets the CSRF cookie, so `cookies` catches it too.
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = {
            part.split("=", 1)[0].strip().lower()
            for part in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        return not (cache_control & PRIVATE)
