"""The search counts, facets and orders in memory (kota.knowledge.snapshot) and stores similar
items: on varied small data, on both databases, it answers exactly what a plain reference
implementation straight from the items table answers."""

import datetime
import random
from collections import Counter

import pytest
from django.utils import timezone

from kota.core.models import CoreArea
from kota.knowledge import indexing
from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.models import KnowledgeItem
from kota.knowledge.search import PAGE_SIZE, Criteria, Search, similar, similar_ids
from kota.lib.search import query_tokens

pytestmark = pytest.mark.django_db

WORDS = ["flood", "waste", "market", "school", "river", "banjir", "垃圾", "交通"]
KINDS = ["good_practice", "case_study", "publication"]
COUNTRIES = ["ID", "PH", "VN", "CN"]
LANGUAGES = ["en", "id", "zh-Hans"]


@pytest.fixture
def varied_items():
    """45 items with random words, tags, kinds, countries, languages, years and dates; a few
    not published, several sharing a publication time (ties are ordered by id)."""
    rng = random.Random(16)
    areas = list(CoreArea.objects.values_list("slug", flat=True)[:5])
    start = timezone.now() - datetime.timedelta(days=400)
    items = []
    for n in range(45):
        words = rng.sample(WORDS, 3)
        published = n % 9 != 4
        items.append(
            KnowledgeItemFactory(
                title=f"{words[0]} {words[1]} {n}",
                summary=f"{words[2]} " * rng.randint(1, 3),
                body=f"The {rng.choice(WORDS)} **work** of item {n}.",
                kind=rng.choice(KINDS),
                country_id=rng.choice(COUNTRIES),
                language_id=rng.choice(LANGUAGES),
                period_start=datetime.date(2018 + rng.randint(0, 5), 1, 1),
                status="published" if published else "draft",
                published_at=start + datetime.timedelta(days=rng.randint(0, 12)),
                sdgs=rng.sample(range(1, 18), rng.randint(0, 3)),
                core_areas=rng.sample(areas, rng.randint(0, 2)),
            )
        )
    return items


def reference(criteria):
    """(count, {facet: {value: count}}, ids in order) read plainly from the items table."""
    tokens = query_tokens(criteria.q) if criteria.q.strip() else []
    published = KnowledgeItem.objects.published().prefetch_related("sdgs", "core_areas")

    def values(item, facet):
        return {
            "kind": [item.kind],
            "sdg": [s.number for s in item.sdgs.all()],
            "core_area": [a.slug for a in item.core_areas.all()],
            "country": [item.country_id],
            "language": [item.language_id],
            "year": [item.year] if item.year is not None else [],
        }[facet]

    matched = None
    if criteria.q.strip():
        matched = set(indexing.backend().matching_ids(tokens)) if tokens else set()

    def matching(except_facet=None):
        found = []
        for item in published:
            if matched is not None and (not tokens or item.pk not in matched):
                continue
            if all(
                getattr(criteria, f) in (None, "") or getattr(criteria, f) in values(item, f)
                for f in ("kind", "sdg", "core_area", "country", "language", "year")
                if f != except_facet
            ):
                found.append(item)
        return found

    results = matching()
    facets = {
        f: dict(Counter(v for item in matching(f) for v in values(item, f)))
        for f in ("kind", "sdg", "core_area", "country", "language", "year")
    }
    if not results:
        order = []
    elif tokens and criteria.sort not in ("newest", "oldest"):
        within = KnowledgeItem.objects.filter(pk__in=[item.pk for item in results])
        order = indexing.backend().ranked_ids(tokens, within, limit=len(results) or 1)
    else:
        key = sorted(results, key=lambda item: (item.published_at, item.pk), reverse=True)
        order = [item.pk for item in key]
        if criteria.sort == "oldest":
            order.reverse()
    return len(results), facets, order


CRITERIA = [
    Criteria(),
    Criteria(sort="oldest"),
    Criteria(q="flood"),
    Criteria(q="flood", sort="newest"),
    Criteria(q="flood river", sort="oldest"),
    Criteria(q="waste", kind="case_study"),
    Criteria(q="垃圾"),
    Criteria(q="market", country="PH", sdg=3),
    Criteria(sdg=11),
    Criteria(core_area="__first__"),
    Criteria(language="id", year=2020),
    Criteria(country="VN", kind="publication", sort="oldest"),
    Criteria(q="nothingmatchesthis"),
    Criteria(q="😀"),
]


def test_counts_facets_and_order_are_those_of_the_plain_reference(varied_items):
    for criteria in CRITERIA:
        if criteria.core_area == "__first__":
            criteria = Criteria(core_area=CoreArea.objects.order_by("slug").first().slug)
        count, facets, order = reference(criteria)
        search = Search(criteria)
        assert search.count == count, criteria
        found = {f: {v.value: v.count for v in vs} for f, vs in search.facets().items()}
        assert found == facets, criteria
        shown = []
        for number in range(1, count // 7 + 2):
            page = Search(criteria).page(number, size=7)
            if page.number < number:
                break
            shown += [item.pk for item in page.object_list]
        assert shown == order, criteria
        assert [i.pk for i in Search(criteria).page(1).object_list] == order[:PAGE_SIZE]


def test_a_write_is_counted_by_the_next_search(varied_items):
    before = Search(Criteria(q="flood")).count
    KnowledgeItemFactory(published=True, title="Flood maps", sdgs=[13])
    assert Search(Criteria(q="flood")).count == before + 1
    assert Search(Criteria(q="flood")).count == reference(Criteria(q="flood"))[0]
    item = KnowledgeItem.objects.get(title="Flood maps")
    item.sdgs.add(6)
    assert {v.value: v.count for v in Search(Criteria(q="flood", sdg=6)).facets()["sdg"]} == (
        reference(Criteria(q="flood", sdg=6))[1]["sdg"]
    )


def test_the_item_page_shows_the_similar_items_found_at_the_last_write(client, varied_items):
    item = next(i for i in varied_items if i.status == "published" and i.sdgs.exists())
    url = item.get_absolute_url()
    assert [i.pk for i in similar(item)] == similar_ids(item)
    client.get(url)
    # a new item very like this one is shown at once: the stored list is found again
    twin = KnowledgeItemFactory(
        published=True,
        title=item.title,
        language_id=item.language_id,
        sdgs=list(item.sdgs.all()),
        core_areas=list(item.core_areas.all()),
    )
    expected = similar_ids(item)
    assert twin.pk in expected
    response = client.get(url)
    assert [i.pk for i in response.context["similar"]] == expected
    assert [i.pk for i in similar(item)] == expected


def test_a_filter_whose_items_rank_last_still_fills_the_page_in_order():
    """Without filters a ranked page ranks only the best matches it shows; with them, every
    match: here every item the filter keeps ranks below the rest."""
    for n in range(32):
        KnowledgeItemFactory(published=True, kind="good_practice", title=f"River {n}")
    for n in range(8):
        KnowledgeItemFactory(published=True, kind="publication", title=f"Notes {n}", body="river")
    criteria = Criteria(q="river", kind="publication")
    count, _facets, order = reference(criteria)
    assert count == 8
    shown = [i.pk for n in (1, 2, 3, 4) for i in Search(criteria).page(n, size=2).object_list]
    assert shown == order
    unfiltered = Criteria(q="river")
    count, _facets, order = reference(unfiltered)
    shown = [i.pk for n in range(1, 9) for i in Search(unfiltered).page(n, size=5).object_list]
    assert shown == order and count == 40
