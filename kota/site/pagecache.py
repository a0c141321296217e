"""Anonymous pages served from a cache that is never stale.

Kota counts every committed write to its content, in all and per area (kota.core.versions).
The middleware reads the count (one indexed query) and keys each anonymous GET by it, with
the language, the htmx header, the full URL and today's date. The count is a number and a
random epoch that `restore` draws anew, so a page kept before a restore is never served for
the same number after it. A page rendered before a write committed is stored under the old
version and never served again once the write's bump is visible, so an item published or
edited appears on the next request, on every worker. Pages that set cookies, use a CSRF
token, are private, stream, or are not a 200 are not kept. The cache is per process, which
needs no shared cache server and stays correct because the version that decides freshness is
in the database.

Areas: a page listed in PAGE_AREAS is keyed by the numbers of the areas it shows instead of
the one global number, so a dues payment leaves the knowledge pages cached; every other page
is keyed by the global number, as before. A page that starts showing another area's records
must add that area to its line.

Bounded: entries are kept compressed (zlib), least recently used first out, within MAX_BYTES
and PAGE_CACHE_ENTRIES a process. Normalised: the key holds only the query parameters the page
reads. The view gets a QueryDict that notes which names it reads; the names are learned per URL
pattern, and a key is made of them (with their values, or their absence), so that
`?cachebust=1`, `?cachebust=2`... of a page that never reads `cachebust` are one entry. A view
that lists every parameter (iterates, keys(), items()...) makes its pattern keyed by the whole
query string. Echoing the query string into links (urlencode(), get_full_path()) is not a read:
a parameter the page ignores may then show in its links as another request gave it, which
changes nothing the page does.
"""

import threading
import time
import zlib
from collections import OrderedDict

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, get_resolver
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re
from django.utils.datastructures import MultiValueDict

from kota.core import versions
from kota.lib.web import is_htmx

# Pages keyed by the areas they show (path prefix: areas); every other page by the global
# version. Knowledge shows members, the plan's activities (results), the shared taxonomies
# (core), the site's own records and the demo banner.
KNOWLEDGE_AREAS = ("knowledge", "members", "results", "core", "site", "demo")
PAGE_AREAS = {
    "/knowledge/": KNOWLEDGE_AREAS,
    "/api/v1/knowledge": KNOWLEDGE_AREAS,
}
MAX_BYTES = 16 * 1024 * 1024  # compressed pages a process keeps, at most
PRIVATE = {"private", "no-store", "no-cache"}


def current_version(areas=None):
    """The content version as "epoch.number", or, for `areas`, "epoch.area number...", in
    one query; None when it cannot be read (then nothing is cached)."""
    version = versions.current(areas or ())
    if version is None:
        return None
    epoch, number, numbers = version
    if areas is None:
        return f"{epoch}.{number}"
    return epoch + "." + " ".join(f"{area}{numbers[area]}" for area in areas)


class PageStore:
    """Pages kept compressed, the least recently used dropped first once there are more than
    `max_entries` or they take more than `max_bytes`. Thread-safe."""

    def __init__(self, max_bytes, max_entries):
        self.max_bytes, self.max_entries = max_bytes, max_entries
        self.entries = OrderedDict()  # key -> (expires, status, headers, compressed)
        self.bytes = 0
        self.lock = threading.Lock()

    @staticmethod
    def size(key, entry):
        return len(key) + len(entry[3]) + sum(len(n) + len(v) for n, v in entry[2]) + 100

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry[0] < time.monotonic():
                self._drop(key)
                return None
            self.entries.move_to_end(key)
        expires, status, headers, compressed = entry
        return status, headers, zlib.decompress(compressed)

    def set(self, key, status, headers, content, seconds):
        entry = (time.monotonic() + seconds, status, headers, zlib.compress(content, 6))
        size = self.size(key, entry)
        if size > self.max_bytes:
            return
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = entry
            self.bytes += size
            while self.bytes > self.max_bytes or len(self.entries) > self.max_entries:
                self._drop(next(iter(self.entries)))

    def _drop(self, key):
        self.bytes -= self.size(key, self.entries.pop(key))

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.bytes = 0


def _max_entries():
    options = settings.CACHES.get("pages", {}).get("OPTIONS", {})
    return options.get("MAX_ENTRIES", 2000)


store = PageStore(MAX_BYTES, _max_entries())


def clear():
    store.clear()


class ReadingQueryDict(QueryDict):
    """request.GET noting the names the view reads (`reads`, shared with its copies), or
    "*" once it lists them all."""

    def __init__(self, *args, reads=None, **kwargs):
        self.reads = set()  # what parsing the query string looks at is not the view's
        super().__init__(*args, **kwargs)
        self.reads = set() if reads is None else reads

    def __getitem__(self, key):
        self.reads.add(key)
        return super().__getitem__(key)

    def _getlist(self, key, *args, **kwargs):
        self.reads.add(key)
        return super()._getlist(key, *args, **kwargs)

    def __contains__(self, key):
        self.reads.add(key)
        return super().__contains__(key)

    def __len__(self):
        self.reads.add("#len")
        return super().__len__()

    def _everything(self):
        self.reads.add("*")

    def __iter__(self):
        self._everything()
        return super().__iter__()

    def keys(self):
        self._everything()
        return super().keys()

    def items(self):
        self._everything()
        return super().items()

    def lists(self):
        self._everything()
        return super().lists()

    def values(self):
        self._everything()
        return super().values()

    def dict(self):
        self._everything()
        return super().dict()

    def __reduce__(self):
        self._everything()
        return super().__reduce__()

    def __deepcopy__(self, memo):
        return self.copy()

    def __copy__(self):
        return self.copy()

    def copy(self):
        """A mutable copy whose reads count as the original's."""
        copied = ReadingQueryDict(mutable=True, encoding=self.encoding, reads=self.reads)
        for key, values in MultiValueDict.lists(self):
            copied.setlist(key, list(values))
        return copied

    def urlencode(self, safe=None):
        plain = QueryDict(mutable=True, encoding=self.encoding)
        for key, values in MultiValueDict.lists(self):
            plain.setlist(key, values)
        return plain.urlencode(safe)

    def key(self, names):
        """The part of a cache key for the parameters `names`."""
        if "*" in names:
            return self.urlencode()
        parts = []
        for name in sorted(names):
            if name == "#len":
                parts.append(f"#len={MultiValueDict.__len__(self)}")
            elif MultiValueDict.__contains__(self, name):
                parts.append(f"{name}={MultiValueDict.getlist(self, name)!r}")
            else:
                parts.append(f"{name}!")
        return "&".join(parts)


_learned = {}  # URL pattern -> the parameter names its view has read


class AnonymousPageCacheMiddleware:
    """Serves anonymous GETs of public pages and API answers from the cache described above.
    A response says `X-Kota-Cache: hit` or `miss`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        base = self.base_key(request)
        if base is None:
            return self.get_response(request)
        pattern, prefix = base
        query = ReadingQueryDict(request.META.get("QUERY_STRING", ""), encoding=request.encoding)
        request.GET = query
        learned = _learned.get(pattern)
        if learned is not None:
            stored = store.get(self.key(prefix, learned, query))
            if stored is not None:
                status, headers, content = stored
                response = HttpResponse(content, status=status)
                for name, value in headers:
                    response[name] = value
                response["X-Kota-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if self.keepable(request, response):
            names = frozenset((learned or frozenset()) | query.reads)
            _learned[pattern] = names
            headers = [(n, v) for n, v in response.items() if n.lower() != "content-length"]
            store.set(
                self.key(prefix, names, query),
                response.status_code,
                headers,
                response.content,
                settings.PAGE_CACHE_SECONDS,
            )
            response["X-Kota-Cache"] = "miss"
        return response

    @staticmethod
    def key(prefix, names, query):
        return f"{prefix}?{' '.join(sorted(names))}?{query.key(names)}"

    def base_key(self, request):
        """(URL pattern, the key without the query) of a request the cache may answer."""
        if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return None  # perhaps logged in, or a message to show: not anonymous enough
        if "HTTP_AUTHORIZATION" in request.META:
            return None
        try:
            host = request.get_host()
            match = get_resolver(getattr(request, "urlconf", None)).resolve(request.path_info)
        except Resolver404:
            return None
        except Exception:  # DisallowedHost: let Django answer it
            return None
        areas = next((a for p, a in PAGE_AREAS.items() if request.path.startswith(p)), None)
        version = current_version(areas)
        if version is None:
            return None
        language = translation.get_language_from_request(request)
        htmx = "htmx" if is_htmx(request) else "page"
        pattern = f"{match.route}|{match.view_name}"
        prefix = (
            f"{version}:{timezone.localdate()}:{language}:{htmx}:{request.method}:"
            f"{request.scheme}://{host}{request.path}"
        )
        return pattern, prefix

    def keepable(self, request, response):
        # A page that used a CSRF token sets the CSRF cookie, so `cookies` catches it too.
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = {
            part.split("=", 1)[0].strip().lower()
            for part in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        return not (cache_control & PRIVATE)
