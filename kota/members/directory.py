"""The member directory's index: what its filters, sorts and name search read, for every
member, kept in memory so that a page of the directory (and of the API's member list) is found
without scanning or sorting the members table.

One narrow query loads, for each member, its id, folded search name, country, sub-region,
kind, status, date joined and population, and the rank of its name and of its country's name
in the database's collation (window functions). Each of the directory's sorts
(DirectoryFilterForm.SORTS, each then by name and id) is then put in order once, with NULLs
where the database puts them, so that it is exactly the database's order. A name search is a
substring search in C over all folded names joined in one string, a filter an intersection of
sets, and a page a slice of a precomputed order; only the page's members are then read, by id.

Never stale: the index is kept per database alias with the numbers of the members and core
areas (kota.core.versions, bumped after every committed write, whatever its path) and loaded
again when they have changed; checking them is one small query a request. Inside a transaction
that has written to those areas (whose bump waits for the commit) the directory asks the
database directly, as it does when the numbers cannot be read. MemberQuerySet.matching() stays
the reference the index answers like.
"""

from bisect import bisect_right
from dataclasses import dataclass

from django.db import connections
from django.db.models import F, Window
from django.db.models.functions import DenseRank

from kota.core import versions
from kota.members.models import Member, search_term

# What the index reads: the members, and the countries (core) that it filters and sorts by.
AREAS = ("members", "core")
FILTERS = ("country", "subregion", "kind", "status")
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


def _dense(values, nulls_largest):
    """The dense rank of each of `values` (dates or numbers), NULL (None) placed as the
    database places it: after every value, or before."""
    distinct = sorted({value for value in values if value is not None})
    ranks = {value: rank for rank, value in enumerate(distinct)}
    null = len(distinct) if nulls_largest else -1
    return [null if value is None else ranks[value] for value in values]


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

    def __init__(self, rows, *, nulls_largest):
        """`rows`: (id, search_name, country, subregion, kind, status, joined_on, population,
        rank of the name, rank of the country's name) of every member, the ranks dense ones
        in the database's collation; `nulls_largest`: where the database sorts NULLs."""
        self.size = len(rows)
        ids, names, *columns = zip(*rows, strict=True) if rows else [()] * 10
        self.ids = list(ids)
        self.starts, offset = [], 0
        for name in names:
            self.starts.append(offset)
            offset += len(name) + len(SEPARATOR)
        self.ends = [start + len(name) for start, name in zip(self.starts, names, strict=True)]
        self.text = SEPARATOR.join(names)
        self.by = {}
        for field, values in zip(FILTERS, columns[:4], strict=True):
            groups = {}
            for position, value in enumerate(values):
                groups.setdefault(value, set()).add(position)
            self.by[field] = groups
        joined, population, name, country = columns[4:]
        self.unjoined = {position for position, value in enumerate(joined) if value is None}
        joined = _dense(joined, nulls_largest)
        population = _dense(population, nulls_largest)
        # What each sort orders by (DirectoryFilterForm.SORTS, then by name and id).
        descending = {"name": [-n for n in name], "joined": [-j for j in joined]}
        keys = {
            "name": (name, ids),
            "-name": (descending["name"], ids),
            "country": (country, name, ids),
            "-joined": (descending["joined"], name, ids),
            "joined": (joined, name, ids),
            "-population": ([-p for p in population], name, ids),
        }
        self.ranks, self.orders = {}, {}
        for sort in SORTS:
            key = list(zip(*keys[sort], strict=True))
            order = sorted(range(self.size), key=key.__getitem__)
            ranks = [0] * self.size
            for rank, position in enumerate(order):
                ranks[position] = rank
            self.orders[sort], self.ranks[sort] = order, ranks

    @classmethod
    def load(cls, using="default"):
        """The index of the members in database `using`, in one query."""
        rows = (
            Member.objects.using(using)
            .annotate(
                name_rank=Window(DenseRank(), order_by=F("name").asc()),
                country_rank=Window(DenseRank(), order_by=F("country__name").asc()),
            )
            .order_by()
            .values_list(
                "id",
                "search_name",
                "country_id",
                "country__subregion",
                "kind",
                "status",
                "joined_on",
                "population",
                "name_rank",
                "country_rank",
            )
        )
        nulls_largest = connections[using].features.nulls_order_largest
        return cls(list(rows), nulls_largest=nulls_largest)

    def search(self, query):
        """The positions of the members whose folded name contains `query` (folded)."""
        text, starts, ends, size = self.text, self.starts, self.ends, len(query)
        found, at = set(), text.find(query)
        while at != -1:
            position = bisect_right(starts, at) - 1
            if at + size <= ends[position]:
                found.add(position)
                # On to the next member: a member counts once.
                at = text.find(query, starts[position + 1]) if position + 1 < self.size else -1
            else:
                at = text.find(query, at + 1)
        return found

    def positions(self, criteria):
        """The positions of the members `criteria` selects, in its order."""
        selected = None
        for field in FILTERS:
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

    def newest(self, status, count):
        """The positions of the `count` members of `status` who joined last (with a date
        joined; then by name and id): the first of the "-joined" order, not a sort."""
        selected, found = self.by["status"].get(status, set()), []
        for position in self.orders["-joined"]:
            if position in selected and position not in self.unjoined:
                found.append(position)
                if len(found) == count:
                    break
        return found

    def countries(self, status):
        """How many countries have members of `status`."""
        selected = self.by["status"].get(status, set())
        return sum(1 for group in self.by["country"].values() if not group.isdisjoint(selected))


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


_indexes = versions.PerProcess(AREAS, DirectoryIndex.load)


def index(using="default"):
    """The current index of database `using`, or None when it cannot be vouched for: the
    open transaction has written members or countries, or the versions cannot be read."""
    return _indexes.get(using)


def select(members, criteria):
    """The members (a QuerySet, such as Member.objects.for_directory()) that `criteria`
    selects, in its order: from the index when it is current, else from the database."""
    current = index(members.db)
    if current is None:
        return criteria.reference(members)
    return Results(members, current.ids, current.positions(criteria))


def active_figures(members, newest=6):
    """(how many active members, in how many countries, the `newest` who joined last, by
    date joined then name and id) of `members` (a QuerySet such as
    Member.objects.for_directory(), which the newest are read from): from the index when it
    is current, else from the database."""
    active = Member.Status.ACTIVE
    current = index(members.db)
    if current is None:
        chosen = members.active()
        joined = chosen.exclude(joined_on=None).order_by("-joined_on", "name", "pk")
        return (
            chosen.count(),
            chosen.values("country").order_by().distinct().count(),
            list(joined[:newest]),
        )
    ids = [current.ids[position] for position in current.newest(active, newest)]
    found = members.in_bulk(ids) if ids else {}
    return (
        len(current.by["status"].get(active, ())),
        current.countries(active),
        [found[pk] for pk in ids if pk in found],
    )


def clear():
    _indexes.clear()
