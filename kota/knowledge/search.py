"""Searching published knowledge: one query, filters, facet counts, ranked or dated pages with
highlighted snippets. The page (views.search) and the API (api.py) both use `Search`.

Facets are standard: each facet's counts apply the query and every filter except its own, so
choosing a country still shows how many items each other country would give. They are GROUP BY
queries on indexed columns (and on the tag tables for SDGs and core areas), one per facet.
"""

from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import Count
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _

from kota.core.models import SDG, CoreArea, Country, Language
from kota.knowledge import indexing
from kota.knowledge.models import KnowledgeItem
from kota.lib.markdown import markdown_text
from kota.lib.search import excerpt, highlight, query_tokens, snippet
from kota.lib.search.analyzer import token_set

PAGE_SIZE = 20
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
}
FACETS = ("kind", "sdg", "core_area", "country", "language", "year")
FACET_LABELS = {
    "kind": _("Kind"),
    "sdg": _("SDG"),
    "core_area": _("Core area"),
    "country": _("Country"),
    "language": _("Language"),
    "year": _("Year"),
}


@dataclass(frozen=True)
class Criteria:
    """What a visitor asked for; every field optional. Values are already validated."""

    q: str = ""
    kind: str | None = None
    sdg: int | None = None
    core_area: str | None = None
    country: str | None = None
    language: str | None = None
    year: int | None = None
    sort: str = "relevance"

    def without(self, name):
        return replace(self, **{name: None})


@dataclass
class FacetValue:
    value: object
    label: str
    count: int
    selected: bool = False


# How each filter narrows a queryset of items.
FILTERS = {
    "kind": lambda items, value: items.filter(kind=value),
    "sdg": lambda items, value: items.filter(sdgs=value),
    "core_area": lambda items, value: items.filter(core_areas=value),
    "country": lambda items, value: items.filter(country_id=value),
    "language": lambda items, value: items.filter(language_id=value),
    "year": lambda items, value: items.filter(year=value),
}


class Search:
    def __init__(self, criteria, items=None):
        self.criteria = criteria
        self.items = items if items is not None else KnowledgeItem.objects.published()
        self.has_query = bool(criteria.q.strip())
        self.tokens = query_tokens(criteria.q) if self.has_query else []
        self.index = indexing.backend()

    def matching(self, except_facet=None):
        """Items matching the query and every filter but `except_facet`."""
        items = self.items
        if self.has_query:
            if not self.tokens:  # only punctuation, symbols or emoji: nothing can match
                return items.none()
            sql, params = self.index.ids_sql(self.matched_ids)
            items = items.filter(pk__in=RawSQL(sql, params))
        for name, apply in FILTERS.items():
            value = getattr(self.criteria, name)
            if value not in (None, "") and name != except_facet:
                items = apply(items, value)
        return items

    @cached_property
    def matched_ids(self):
        """The ids of the items whose text matches the query, from one read of the index."""
        return self.index.matching_ids(self.tokens)

    @cached_property
    def results(self):
        return self.matching()

    @cached_property
    def count(self):
        return self.results.count()

    @property
    def ranked(self):
        return self.tokens and self.criteria.sort not in ("newest", "oldest")

    def page(self, number, size=PAGE_SIZE):
        """The `number`th page (out-of-range numbers give the last page) of explained items."""
        source = _RankedItems(self) if self.ranked else self._by_date()
        paginator = Paginator(source, size)
        paginator.count = self.count  # counted once, for the page and the results' header
        page = paginator.get_page(number)
        page.object_list = self._hydrate(list(page.object_list))
        return page

    def _by_date(self):
        if self.criteria.sort == "oldest":
            return self.results.order_by("published_at", "pk")
        return self.results.order_by("-published_at", "-pk")

    def _hydrate(self, items):
        """The page's items with what a result shows, in a fixed number of queries."""
        ids = [item.pk for item in items]
        loaded = (
            KnowledgeItem.objects.filter(pk__in=ids)
            .for_cards()
            .prefetch_related("sdgs", "core_areas")
            .in_bulk()
        )
        ordered = [loaded[pk] for pk in ids if pk in loaded]
        for item in ordered:
            explain(item, self.tokens)
        return ordered

    # Facets -----------------------------------------------------------------------------

    def facets(self):
        """{facet: [FacetValue...]} for every facet, each counted without its own filter."""
        return {name: getattr(self, f"_facet_{name}")() for name in FACETS}

    def _grouped(self, name, column):
        rows = self.matching(except_facet=name).order_by().values(column).annotate(n=Count("pk"))
        return {row[column]: row["n"] for row in rows if row[column] is not None}

    def _tagged(self, name, relation, column):
        through = getattr(KnowledgeItem, relation).through
        ids = self.matching(except_facet=name).order_by().values("pk")
        rows = (
            through.objects.filter(knowledgeitem_id__in=ids)
            .order_by()
            .values(column)
            .annotate(n=Count("pk"))
        )
        return {row[column]: row["n"] for row in rows}

    def _values(self, name, counts, labels, order=None):
        selected = getattr(self.criteria, name)
        values = [
            FacetValue(value, labels[value], n, value == selected)
            for value, n in counts.items()
            if value in labels
        ]
        values.sort(key=order or (lambda v: (-v.count, str(v.label))))
        return values

    def _facet_kind(self):
        labels = dict(KnowledgeItem.Kind.choices)
        order = list(labels)
        return self._values(
            "kind", self._grouped("kind", "kind"), labels, lambda v: order.index(v.value)
        )

    def _facet_sdg(self):
        counts = self._tagged("sdg", "sdgs", "sdg_id")
        labels = {s.number: str(s) for s in SDG.objects.filter(number__in=counts)}
        return self._values("sdg", counts, labels, lambda v: v.value)

    def _facet_core_area(self):
        counts = self._tagged("core_area", "core_areas", "corearea_id")
        areas = CoreArea.objects.filter(slug__in=counts)
        labels = {a.slug: a.label for a in areas}
        position = {a.slug: a.position for a in areas}
        return self._values("core_area", counts, labels, lambda v: position[v.value])

    def _facet_country(self):
        counts = self._grouped("country", "country_id")
        labels = {c.code: c.display_name for c in Country.objects.filter(code__in=counts)}
        return self._values("country", counts, labels)

    def _facet_language(self):
        counts = self._grouped("language", "language_id")
        labels = {
            lang.code: lang.native_name or lang.name
            for lang in Language.objects.filter(code__in=counts)
        }
        return self._values("language", counts, labels)

    def _facet_year(self):
        counts = self._grouped("year", "year")
        return self._values("year", counts, {y: str(y) for y in counts}, lambda v: -v.value)


class _RankedItems:
    """The matching items best first, as a sequence a Paginator can slice: the index ranks
    only the ids of the page asked for, within the filtered items."""

    def __init__(self, search):
        self.search = search

    def count(self):
        return self.search.count

    def __len__(self):
        return self.search.count

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        ids = self.search.index.ranked_ids(
            self.search.tokens, self.search.results, limit=stop - start, offset=start
        )
        return [KnowledgeItem(pk=pk) for pk in ids]


def explain(item, tokens):
    """Set what shows why `item` matched: `title_html` with the matches marked, a `snippet`
    around the first match in its text (or the start of its summary), and `matched_in`, the
    labels of the other places the query was found."""
    item.title_html = highlight(item.title, tokens)
    item.snippet, item.matched_in = None, []
    if tokens:
        texts = [(_("Summary"), item.summary), (_("Description"), markdown_text(item.body))]
        texts += [(label, text) for label, text in item.practice_sections()]
        for label, text in texts:
            item.snippet = snippet(text, tokens)
            if item.snippet:
                item.matched_in.append(label)
                break
        wanted = set(tokens)
        tags = [str(tag) for tag in [*item.sdgs.all(), *item.core_areas.all()]]
        context = [
            (_("Members"), [f"{m.name} {m.local_name}" for m in item.members.all()]),
            (_("Country"), indexing.country_names(item.country)),
            (_("Tags"), tags),
        ]
        for label, texts in context:
            if wanted & token_set(" ".join(texts)):
                item.matched_in.append(label)
    if item.snippet is None:
        item.snippet = excerpt(item.summary)
    return item


def similar(item, limit=5):
    """Published items that share tags and title words with `item` (its own translations
    aside), best first, in four queries whatever the number of items: each shared SDG or core
    area scores 1, and the best 20 items in its language for any of the title's words score up
    to 2 more."""
    exclude = [item.pk] + [other.pk for other in item.translation_group()]
    published = KnowledgeItem.objects.published().exclude(pk__in=exclude)
    scores = Counter()
    for relation, column in (("sdgs", "sdg_id"), ("core_areas", "corearea_id")):
        through = getattr(KnowledgeItem, relation).through
        mine = through.objects.filter(knowledgeitem_id=item.pk).values(column)
        rows = (
            through.objects.filter(
                **{f"{column}__in": mine}, knowledgeitem_id__in=published.values("pk")
            )
            .values("knowledgeitem_id")
            .annotate(n=Count("pk"))
            .order_by("-n", "-knowledgeitem_id")[:50]
        )
        for row in rows:
            scores[row["knowledgeitem_id"]] += row["n"]
    tokens = query_tokens(item.title)[:12]
    if tokens:
        # Title words are words of the item's language: ranking only that language's items
        # finds nearly the same ones and ranks a tenth as many (the cost of common words).
        same_language = published.filter(language_id=item.language_id)
        ranked = indexing.backend().ranked_ids(tokens, same_language, limit=20, any_token=True)
        for position, pk in enumerate(ranked):
            scores[pk] += 2 * (1 - position / 20)
    best = [pk for pk, _score in scores.most_common(limit)]
    found = published.filter(pk__in=best).select_related("country").in_bulk()
    return [found[pk] for pk in best if pk in found]
