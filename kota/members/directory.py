"""The member directory's index: what its filters, sorts and name search read, for every
member, kept in memory so that a page of the directory (and of the API's member list) is found
without scanning or sorting the members table.

One narrow query loads, for each member, its id, folded search name, country, sub-region,
kind and status, and its rank in each of the directory's sorts (DirectoryFilterForm.SORTS,
each then by name and id), ranked by the database itself with window functions, so that the
order (collation, where NULLs go) is exactly the database's. A name search is a substring
search in C over all folded names joined in one string, a filter an intersection of sets, and
a page a slice of a precomputed order; only the page's members are then read, by id.

Never stale: the index is kept per database alias with the numbers of the members and core
areas (kota.core.versions, bumped after every committed write, whatever its path) and loaded
again when they have changed; checking them is one small query a request. Inside a transaction
that has written to those areas (whose bump waits for the commit) the directory asks the
database directly, as it does when the numbers cannot be read. MemberQuerySet.matching() stays
the reference the index answers like.
"""

import threading
from bisect import bisect_right
from dataclasses import dataclass

from django.db.models import F, Window
from django.db.models.functions import RowNumber

from kota.core import versions
from kota.members.models import Member, search_term

AREAS = ("members", "core")
# The directory's sorts, each then by name and id (DirectoryFilterForm.SORTS): key: field.
SORTS = {
    "name": "name",
    "-name": "-name",
    "country": "country__name",
    "-joined": "-joined_on",
    "joined": "joined_on",
    "-population": "-population",
}
SEPARATOR = "\n"
# Below this share of the members, a selection is put in order by sorting it; above it, by
# walking the whole precomputed order.
SORT_SHARE = 8


def ordering(field):
    """The order of a directory sort, as the database is asked for it."""
    return [field, "name", "pk"]


def _expressions(field):
    return [F(f[1:]).desc() if f.startswith("-") else F(f).asc() for f in ordering(field)]


@dataclass(frozen=True)
class Criteria:
    """What the directory asks: the filters of MemberQuerySet.matching() (`country` a code)
    and a key of SORTS."""

    q: str = ""
    country: str = ""
    subregion: str = ""
    kind: str = ""
    status: str = ""
    sort: str = "name"

    def reference(self, members):
        """`members` selected and ordered by the database: what the index must answer."""
        return members.matching(
            q=self.q,
            country=self.country,
            subregion=self.subregion,
            kind=self.kind,
            status=self.status,
        ).order_by(*ordering(SORTS[self.sort]))


class DirectoryIndex:
    """Every member's filters and sort ranks, loaded by load()."""

    def __init__(self, rows, version=None):
        # rows: (id, search_name, country, subregion, kind, status, rank per sort...)
        self.version = version
        self.ids = [row[0] for row in rows]
        self.size = len(rows)
        names = [row[1] for row in rows]
        self.starts, offset = [], 0
        for name in names:
            self.starts.append(offset)
            offset += len(name) + len(SEPARATOR)
        self.ends = [start + len(name) for start, name in zip(self.starts, names, strict=True)]
        self.text = SEPARATOR.join(names)
        self.by = {}
        for column, field in enumerate(("country", "subregion", "kind", "status"), start=2):
            groups = {}
            for position, row in enumerate(rows):
                groups.setdefault(row[column], set()).add(position)
            self.by[field] = groups
        self.ranks, self.orders = {}, {}
        for column, key in enumerate(SORTS, start=6):
            ranks = [row[column] for row in rows]
            self.ranks[key] = ranks
            self.orders[key] = sorted(range(self.size), key=ranks.__getitem__)

    @classmethod
    def load(cls, using="default", version=None):
        """The index of the members in database `using`, in one query."""
        ranks = {
            f"rank_{n}": Window(RowNumber(), order_by=_expressions(field))
            for n, field in enumerate(SORTS.values())
        }
        rows = (
            Member.objects.using(using)
            .annotate(**ranks)
            .order_by()
            .values_list(
                "id",
                "search_name",
                "country_id",
                "country__subregion",
                "kind",
                "status",
                *ranks,
            )
        )
        return cls(list(rows), version)

    def search(self, query):
        """The positions of the members whose folded name contains `query` (folded)."""
        text, starts, ends, size = self.text, self.starts, self.ends, len(query)
        found, at = set(), text.find(query)
        while at != -1:
            position = bisect_right(starts, at) - 1
            if at + size <= ends[position]:
                found.add(position)
                # On to the next member: a member counts once.
                at = text.find(query, ends[position] + 1) if position + 1 < self.size else -1
            else:
                at = text.find(query, at + 1)
        return found

    def positions(self, criteria):
        """The positions of the members `criteria` selects, in its order."""
        selected = None
        for field in ("country", "subregion", "kind", "status"):
            value = getattr(criteria, field)
            if value:
                group = self.by[field].get(value, set())
                selected = group if selected is None else selected & group
        query = search_term(criteria.q)
        if query:
            found = self.search(query) if selected is None or selected else set()
            selected = found if selected is None else selected & found
        order = self.orders[criteria.sort]
        if selected is None:
            return order
        if len(selected) * SORT_SHARE < self.size:
            return sorted(selected, key=self.ranks[criteria.sort].__getitem__)
        return [position for position in order if position in selected]


class Results:
    """The members a directory search selects, in order, as a sequence a Paginator (or the
    API's pagination) counts and slices; a slice reads only its own members, by id."""

    def __init__(self, members, ids, positions):
        self.members, self.ids, self.positions = members, ids, positions

    def count(self):
        return len(self.positions)

    def __len__(self):
        return len(self.positions)

    def __getitem__(self, window):
        """The members of `window`, a slice."""
        ids = [self.ids[position] for position in self.positions[window]]
        found = self.members.in_bulk(ids) if ids else {}
        return [found[pk] for pk in ids if pk in found]


_indexes = {}
_lock = threading.Lock()


def index(using="default"):
    """The current index of database `using`, or None when it cannot be vouched for: the
    open transaction has written members or countries, or the versions cannot be read."""
    if versions.pending_areas(using) & {*AREAS, "*"}:
        return None
    current = versions.current(AREAS, using=using)
    if current is None:
        return None
    epoch, _number, numbers = current
    version = (epoch, *(numbers[area] for area in AREAS))
    kept = _indexes.get(using)
    if kept is not None and kept.version == version:
        return kept
    with _lock:
        kept = _indexes.get(using)
        if kept is None or kept.version != version:
            # Loaded after the version was read: if a write commits in between, the index
            # is newer than its version, and is loaded again on the next request.
            kept = DirectoryIndex.load(using, version)
            _indexes[using] = kept
    return kept


def select(members, criteria):
    """The members (a QuerySet, such as Member.objects.for_directory()) that `criteria`
    selects, in its order: from the index when it is current, else from the database."""
    current = index(members.db)
    if current is None:
        return criteria.reference(members)
    return Results(members, current.ids, current.positions(criteria))


def clear():
    with _lock:
        _indexes.clear()
