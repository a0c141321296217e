"""Searching published knowledge: one query, filters, facet counts, ranked or dated pages with
highlighted snippets. The page (views.search) and the API (api.py) both use `Search`.

Facets are standard: each facet's counts apply the query and every filter except its own, so
choosing a country still shows how many items each other country would give. They are counted
in memory, on the snapshot of every published item's facet values (kota.knowledge.snapshot):
the index is read once, and no list of matching ids is sent back to the database.
"""

from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import islice

from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Subquery
from django.utils.translation import gettext_lazy as _

from kota.core import reference as core_reference
from kota.knowledge import indexing, snapshot
from kota.knowledge.models import KnowledgeItem, SearchGeneration, SimilarItems
from kota.lib.search import excerpt, highlight, query_tokens, snippet
from kota.lib.search.analyzer import token_set

PAGE_SIZE = 20
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
}
FACETS = snapshot.FACETS
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


class Search:
    """One search: the index is read once (the matching ids, ranked when the page is), and
    the count, the facets and pages by date come from the in-memory snapshot of every
    published item's facet values (kota.knowledge.snapshot), so that none of them asks the
    database about every matching item."""

    def __init__(self, criteria):
        self.criteria = criteria
        self.has_query = bool(criteria.q.strip())
        self.tokens = query_tokens(criteria.q) if self.has_query else []
        self.index = indexing.backend()
        self.snapshot = snapshot.current()

    @property
    def ranked(self):
        return bool(self.tokens) and self.criteria.sort not in ("newest", "oldest")

    @property
    def _filtered(self):
        return any(getattr(self.criteria, name) not in (None, "") for name in FACETS)

    @cached_property
    def _top(self):
        """A ranked one-word query's matches, read with the word's top list (TopMatches, in
        kota.lib.search.backends): the best of a common word rank among a hundred or so of
        its matches, not all of them, and its matches' ids are kept with the list. With
        filters, the list answers when it holds enough of the items they keep (in the large
        demo network, 61 of 垃圾's 100 best on PostgreSQL are good practices, but none on
        SQLite: bm25 favours short items); when it does not, see _best_ids (on SQLite, the
        list keeps every match's score, and the kept matches are ranked in memory). None for
        other queries."""
        if self.ranked and len(self.tokens) == 1:
            return self.index.top_matches(self.tokens[0])
        return None

    @cached_property
    def _ranked_ids(self):
        """Every match of the query, best first (only when the page is ranked, on a
        database that ranks every match in the read that finds them)."""
        return self.index.ranked_all(self.tokens)

    @property
    def _ranks_every_match(self):
        """Whether a ranked page ranks every match in one read (which also finds them):
        always on a database that ranks in the read that finds the matches, and on any
        when filters may drop any number of the best matches."""
        return self.ranked and (self.index.RANKS_ALL_AT_ONCE or self._filtered)

    def _best_ids(self, keep, stop):
        """The first `stop` of the query's matches, best first, that `keep` keeps."""
        if stop <= 0:
            return []
        if self._top is not None:
            best = self._top.best(keep, stop)
            if best is not None:
                return best
            # The list cannot tell (filters that keep too few of it, a later page, or items
            # not in this process's snapshot).
            if self._top.best_of_every is not None:  # every match's score is known
                return self._top.best_of_every(keep, stop)
            if self._ranks_only_the_kept:
                kept = [pk for pk in self._top.ids if keep(pk)]
                return self.index.best_among(self.tokens, kept, stop)
        elif not self._ranks_every_match:
            # No filter: the page's best are the best matches, ranked in the database.
            best = self.index.best_ids(self.tokens, stop)
            kept = [pk for pk in best if keep(pk)]
            if len(kept) == stop or len(best) < stop:
                return kept
            # Some are not in this process's snapshot yet (just published).
        return list(islice(filter(keep, self._ranked_ids), stop))  # rank every match

    @property
    def _ranks_only_the_kept(self):
        """Whether a filtered search whose top list cannot tell its best (nor knows every
        match's score) ranks only the matches its filters keep, not every match: when they
        keep few enough of them (RANK_AMONG_SHARE, see best_among in
        kota.lib.search.backends)."""
        share = self.index.RANK_AMONG_SHARE
        return self._filtered and self.count <= len(self._top.ids) * share

    @cached_property
    def _query_mask(self):
        """The bitset of the items matching the query (every item without one)."""
        if not self.has_query:
            return self.snapshot.everything
        if not self.tokens:  # only punctuation, symbols or emoji: nothing can match
            return 0
        if self._top is not None:
            return self.snapshot.mask_of_ids(self._top.ids)
        every = self._ranks_every_match
        ids = self._ranked_ids if every else self.index.matching_ids(self.tokens)
        return self.snapshot.mask_of_ids(ids)

    def _mask(self, except_facet=None):
        """Items matching the query and every filter but `except_facet`."""
        mask = self._query_mask
        for name in FACETS:
            value = getattr(self.criteria, name)
            if value not in (None, "") and name != except_facet:
                mask &= self.snapshot.value_mask(name, value)
        return mask

    @cached_property
    def _results_mask(self):
        return self._mask()

    @cached_property
    def count(self):
        return self._results_mask.bit_count()

    @property
    def results(self):
        """The matching items as a queryset (unordered)."""
        ids = self.snapshot.ids_in(self._results_mask, 0, self.count)
        return KnowledgeItem.objects.published().filter(pk__in=ids)

    def page(self, number, size=PAGE_SIZE):
        """The `number`th page (out-of-range numbers give the last page) of explained items."""
        source = _RankedItems(self) if self.ranked else _DatedItems(self)
        paginator = Paginator(source, size)
        page = paginator.get_page(number)
        page.object_list = self._hydrate(list(page.object_list))
        return page

    def _hydrate(self, ids):
        """The page's items with what a result shows, in a fixed number of queries."""
        loaded = {
            item.pk: item
            for item in KnowledgeItem.objects.filter(pk__in=ids).as_results(self.reference)
        }
        ordered = [loaded[pk] for pk in ids if pk in loaded]
        known = {}  # the tokens of the names the page's items share
        for item in ordered:
            explain(item, self.tokens, known)
        return ordered

    # Facets -----------------------------------------------------------------------------

    def facets(self):
        """{facet: [FacetValue...]} for every facet, each counted without its own filter,
        labelled from the reference tables (kota.core.reference)."""
        return {name: getattr(self, f"_facet_{name}")() for name in FACETS}

    @cached_property
    def reference(self):
        return core_reference.current()

    def _counts(self, name):
        return self.snapshot.counts(name, self._mask(except_facet=name))

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
        return self._values("kind", self._counts("kind"), labels, lambda v: order.index(v.value))

    def _facet_sdg(self):
        sdgs = self.reference.sdgs
        counts = self._counts("sdg")
        labels = {n: str(sdgs[n]) for n in counts if n in sdgs}
        return self._values("sdg", counts, labels, lambda v: v.value)

    def _facet_core_area(self):
        areas = self.reference.core_areas
        position = {slug: n for n, slug in enumerate(areas)}
        labels = {slug: areas[slug].label for slug in areas}
        return self._values(
            "core_area", self._counts("core_area"), labels, lambda v: position[v.value]
        )

    def _facet_country(self):
        countries = self.reference.countries
        counts = self._counts("country")
        labels = {code: countries[code].display_name for code in counts if code in countries}
        return self._values("country", counts, labels)

    def _facet_language(self):
        languages = self.reference.languages
        counts = self._counts("language")
        labels = {
            code: languages[code].native_name or languages[code].name
            for code in counts
            if code in languages
        }
        return self._values("language", counts, labels)

    def _facet_year(self):
        counts = self._counts("year")
        return self._values("year", counts, {y: str(y) for y in counts}, lambda v: -v.value)


class _Window:
    """The matching items in order, as a sequence a Paginator can slice into ids."""

    def __init__(self, search):
        self.search = search

    def count(self):
        return self.search.count

    def __len__(self):
        return self.search.count


class _RankedItems(_Window):
    """Best first: the query's ranked matches, kept if they pass the filters."""

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        # Only as many matches as the page needs are tested against the filters.
        keep = self.search.snapshot.contains(self.search._results_mask)
        return self.search._best_ids(keep, stop)[start:]


class _DatedItems(_Window):
    """Newest (or oldest) first, read from the snapshot's order."""

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        return self.search.snapshot.ids_in(
            self.search._results_mask,
            start,
            stop - start,
            reverse=self.search.criteria.sort == "oldest",
        )


def explain(item, tokens, known=None):
    """Set what shows why `item` matched: `title_html` with the matches marked, a `snippet`
    around the first match in its text (or the start of its summary), and `matched_in`, the
    labels of the other places the query was found. `known`: a dict kept for one page (one
    language), in which the tokens of the members, countries and tags its items share are
    found once, not once an item."""
    item.title_html = highlight(item.title, tokens)
    item.snippet, item.matched_in = None, []
    if tokens:
        for label, text in _texts(item):
            item.snippet = snippet(text, tokens)
            if item.snippet:
                item.matched_in.append(label)
                break
        known = {} if known is None else known
        wanted = set(tokens)
        country_names = " ".join(indexing.country_names(item.country))
        places = [
            (
                _("Members"),
                [("member", m.slug, f"{m.name} {m.local_name}") for m in item.card_members],
            ),
            (_("Country"), [("country", item.country.pk, country_names)]),
            (
                _("Tags"),
                [("sdg", sdg.pk, sdg) for sdg in item.card_sdgs]
                + [("area", area.pk, area) for area in item.card_core_areas],
            ),
        ]
        for label, names in places:
            if any(not wanted.isdisjoint(_name_tokens(known, *name)) for name in names):
                item.matched_in.append(label)
    if item.snippet is None:
        item.snippet = excerpt(item.summary)
    return item


def _texts(item):
    """(label, text) of the texts a snippet may come from, in order, each read only when
    the ones before it do not match."""
    yield _("Summary"), item.summary
    yield _("Description"), item.plain_body()
    yield from item.practice_sections()


def _name_tokens(known, kind, key, name):
    """The tokens of `name` (its str(): a tag's label is in the reader's language), found once
    a page: `known` keeps them by (kind, key)."""
    tokens = known.get((kind, key))
    if tokens is None:
        tokens = known[(kind, key)] = token_set(str(name))
    return tokens


def similar(item, limit=5, reference=None):
    """Published items that share tags and title words with `item` (its own translations
    aside), best first: the ids stored when the search index was last written, else found now
    (similar_ids) and stored for the next views. Their `country` is from `reference`, the
    reference tables (kota.core.reference), if the caller has them."""
    current = SearchGeneration.objects.filter(pk=1).values("token")
    # The stored ids and the current generation: one query when the ids are stored.
    stored = (
        SimilarItems.objects.filter(item_id=item.pk)
        .values_list("ids", "generation", Subquery(current))
        .first()
    )
    if stored is None:
        stored = ([], None, current.values_list("token", flat=True).first())
    ids, stored_generation, generation = stored
    if generation is not None and stored_generation == generation:
        ids = ids[:limit]
    else:
        ids = similar_ids(item, limit)
        if generation is not None:
            _store_similar(item, generation, ids)
    countries = (reference or core_reference.current()).countries
    found = KnowledgeItem.objects.published().filter(pk__in=ids)
    found = found.only("title", "slug", "year", "country").in_bulk()
    for other in found.values():
        other.country = countries[other.country_id]
    return [found[pk] for pk in ids if pk in found]


def _store_similar(item, generation, ids):
    try:
        with transaction.atomic():
            SimilarItems.objects.update_or_create(
                item_id=item.pk, defaults={"generation": generation, "ids": ids}
            )
    except IntegrityError:  # another request stored them first
        pass


def similar_ids(item, limit=5):
    """The ids of the published items most like `item` (its own translations aside), best
    first, in four queries whatever the number of items: each shared SDG or core area scores
    1, and the best 20 items in its language for any of the title's words score up to 2
    more. Scores every published item: the item page reads them stored (similar())."""
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
    return [pk for pk, _score in scores.most_common(limit)]
