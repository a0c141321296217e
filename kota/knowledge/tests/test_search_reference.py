"""The search counts, facets and orders in memory (kota.knowledge.snapshot) and stores similar
items: on varied small data, on both databases, it answers exactly what a plain reference
implementation straight from the items table answers."""

import datetime
import random
import threading
from collections import Counter

import pytest
from django.db import connection, transaction
from django.utils import timezone

from kota.core.models import CoreArea
from kota.knowledge import indexing
from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.models import KnowledgeItem
from kota.knowledge.search import PAGE_SIZE, Criteria, Search, similar, similar_ids
from kota.lib.search import SearchIndex, query_tokens
from kota.lib.search.backends import _averages
from kota.test import run_together

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


def assert_like_the_reference(criteria, size=7):
    """The search's count, facets, pages of `size` and first page are the reference's."""
    count, facets, order = reference(criteria)
    search = Search(criteria)
    assert search.count == count, criteria
    found = {f: {v.value: v.count for v in vs} for f, vs in search.facets().items()}
    assert found == facets, criteria
    shown = []
    for number in range(1, count // size + 2):
        page = Search(criteria).page(number, size=size)
        if page.number < number:
            break
        shown += [item.pk for item in page.object_list]
    assert shown == order, criteria
    assert [i.pk for i in Search(criteria).page(1).object_list] == order[:PAGE_SIZE]
    return order


def test_counts_facets_and_order_are_those_of_the_plain_reference(varied_items):
    for criteria in CRITERIA:
        if criteria.core_area == "__first__":
            criteria = Criteria(core_area=CoreArea.objects.order_by("slug").first().slug)
        assert_like_the_reference(criteria)


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


# Top lists (kota.lib.search.backends): the index keeps them for words in 1,000 items or more;
# here for words in 5 or more, of 4 items each.


def build_top_lists():
    return indexing.backend().build_top_lists(min_documents=5, size=4)


def test_one_word_searches_with_top_lists_are_those_of_the_reference(varied_items):
    assert build_top_lists() >= len(WORDS)
    for word in WORDS:
        assert not Search(Criteria(q=word))._top.complete  # its list is read
        for size in (1, 3, 7):
            assert_like_the_reference(Criteria(q=word), size=size)


def test_filtered_one_word_searches_with_top_lists_are_those_of_the_reference(varied_items):
    """With filters, a word's list answers when it holds enough of the items they keep; else
    the kept matches are ranked (or every match): the same pages either way."""
    build_top_lists()
    answered = set()
    for word in WORDS:
        for filters in (
            {"kind": "good_practice"},
            {"kind": "publication"},
            {"country": "ID"},
            {"language": "zh-Hans"},
            {"country": "PH", "kind": "case_study"},
        ):
            criteria = Criteria(q=word, **filters)
            search = Search(criteria)
            keep = search.snapshot.contains(search._results_mask)
            answered.add(search._top.best(keep, 2) is not None)
            for size in (1, 2, 5):
                assert_like_the_reference(criteria, size=size)
    assert answered == {True, False}  # both ways are taken


def test_a_top_list_ranks_the_items_written_after_it(varied_items):
    build_top_lists()
    best = KnowledgeItemFactory(published=True, title="Flood flood", summary="flood flood")
    assert [i.pk for i in Search(Criteria(q="flood")).page(1, size=1).object_list] == [best.pk]
    second = assert_like_the_reference(Criteria(q="flood"), size=2)[1]
    best.delete()
    unpublished = KnowledgeItem.objects.get(pk=second)
    unpublished.status = KnowledgeItem.Status.DRAFT
    unpublished.save()
    assert_like_the_reference(Criteria(q="flood"), size=2)
    rewritten = KnowledgeItem.objects.get(pk=reference(Criteria(q="flood"))[2][-1])
    rewritten.title = "Flood, flood and flood"
    rewritten.save()
    assert reference(Criteria(q="flood"))[2][0] == rewritten.pk
    assert_like_the_reference(Criteria(q="flood"), size=2)


def test_a_top_list_keeps_its_words_matches_through_every_kind_of_write(varied_items):
    """A list keeps the ids of its word's matches when it is built: less the documents
    rewritten or removed since, plus those listed since, they are the word's matches, as
    items are added, rewritten with and without the word, unpublished and deleted."""
    build_top_lists()
    index = indexing.backend()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT lexeme FROM {index.top_lexemes_table} WHERE ids IS NOT NULL")
        kept = {row[0] for row in cursor.fetchall()}
    assert set(WORDS) <= kept  # the lists' ids are read, not the index

    def assert_the_index_own_matches():
        for word in WORDS:
            found = index.top_matches(word).ids
            assert len(found) == len(set(found))
            assert set(found) == set(index.matching_ids([word])), word

    assert_the_index_own_matches()
    rng = random.Random(3)
    published = list(KnowledgeItem.objects.published().order_by("pk"))
    for item in rng.sample(published, 8):  # rewritten: some keep their words, some not
        words = rng.sample(WORDS, rng.randint(0, 2))
        item.title = " ".join(["Rewritten", *words])
        item.summary = rng.choice(["", f"{rng.choice(WORDS)} again"])
        item.body = "Nothing to find here."
        item.save()
    assert_the_index_own_matches()
    for item in rng.sample(published, 3):
        item.status = KnowledgeItem.Status.DRAFT
        item.save()
    KnowledgeItem.objects.filter(pk__in=[i.pk for i in rng.sample(published, 3)]).delete()
    KnowledgeItemFactory(published=True, title="River market", summary="flood 垃圾")
    assert_the_index_own_matches()
    for word in WORDS:
        assert_like_the_reference(Criteria(q=word), size=3)


def test_top_lists_that_hold_every_match_rank_like_the_reference(varied_items):
    """A list as long as its word's matches holds them all: written and deleted items join
    and leave it, and searches with or without filters answer as the reference does."""
    assert indexing.backend().build_top_lists(min_documents=5, size=100) >= len(WORDS)
    assert Search(Criteria(q="flood"))._top.complete
    KnowledgeItemFactory(published=True, title="Flood flood", summary="flood 垃圾")
    KnowledgeItem.objects.filter(pk=varied_items[0].pk).delete()
    for word in WORDS:
        for filters in ({}, {"kind": "good_practice"}, {"country": "ID"}):
            assert_like_the_reference(Criteria(q=word, **filters), size=3)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's lists keep every score")
def test_sqlite_top_lists_rank_every_match_in_memory_as_the_index_does(varied_items):
    """The lists keep each match's weighted count and length: ranked in memory, every match,
    or those a filter keeps, come in the index's own order, before and after writes."""
    build_top_lists()
    index = indexing.backend()

    def assert_ranked_as_the_index():
        for word in WORDS:
            top = index.top_matches(word)
            everything = index.ranked_all([word])
            assert top.best_of_every(lambda pk: True, len(everything)) == everything, word
            even = [pk for pk in everything if pk % 2 == 0]
            assert top.best_of_every(lambda pk: pk % 2 == 0, 3) == even[:3], word

    assert_ranked_as_the_index()
    rng = random.Random(5)
    published = list(KnowledgeItem.objects.published().order_by("pk"))
    for item in rng.sample(published, 6):
        item.title = " ".join(["Rewritten", *rng.sample(WORDS, 2)])
        item.body = f"{rng.choice(WORDS)} " * rng.randint(1, 9)
        item.save()
    KnowledgeItem.objects.filter(pk__in=[i.pk for i in rng.sample(published, 3)]).delete()
    for n in range(4):
        KnowledgeItemFactory(published=True, title=f"{WORDS[n]} {WORDS[n + 1]}", body="x " * n)
    assert_ranked_as_the_index()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's lists keep every score")
def test_sqlite_top_lists_count_words_with_weights_that_are_not_whole_numbers(varied_items):
    """A list reads each match's weighted count back from its score when the weights are
    whole numbers; with others, it counts them from the index: the order is the index's
    either way, also for items written after the build."""
    columns = indexing.INDEX.columns
    for weights in ([10.0, 4.0, 1.0], [2.5, 0.3, 1.1]):
        index = SearchIndex(indexing.INDEX.table, columns, weights).backend()
        index.build_top_lists(min_documents=5, size=4)
        for word in ("flood", "垃圾"):
            top = index.top_matches(word)
            everything = index.ranked_all([word])
            assert top.best_of_every(lambda pk: True, len(everything)) == everything


def rivers(counts):
    """An item for each of `counts`, holding "river" that many times in a body of equal
    length: the more, the better it ranks."""
    return [
        KnowledgeItemFactory(
            published=True,
            title=f"Report {n}",
            summary="A report.",
            body=" ".join(["river"] * count + ["water"] * (20 - count)),
            country_id="ID",
            language_id="en",
            sdgs=[],
            core_areas=[],
        )
        for n, count in enumerate(counts)
    ]


def test_a_top_list_alone_gives_the_best_it_holds():
    items = rivers(range(1, 13))
    build_top_lists()
    top = indexing.backend().top_matches("river")
    order = reference(Criteria(q="river"))[2]
    assert order[:4] == [item.pk for item in reversed(items[-4:])]
    assert top.best(lambda pk: True, 3) == order[:3]  # its best three rank above the rest
    assert top.best(lambda pk: True, 5) is None  # past its four: every match is ranked
    assert top.best(lambda pk: pk != order[0], 4) is None
    assert_like_the_reference(Criteria(q="river"), size=4)
    # An item written since is listed, however low it ranks: the items not listed rank
    # above it, and the list no longer answers for the fifth.
    weak = rivers([1])[0]
    top = indexing.backend().top_matches("river")
    assert weak.pk in top.ranked and top.ranked.index(weak.pk) == 4
    assert top.best(lambda pk: True, 4) == order[:4]
    assert top.best(lambda pk: True, 5) is None
    assert_like_the_reference(Criteria(q="river"), size=5)


@pytest.mark.django_db(transaction=True)
def test_an_item_written_while_the_top_lists_are_built_is_ranked_or_listed(live_db):
    """A build waits for the writes in progress, and they for it: the item being written is
    either ranked by the build or listed after it, never left out of both. (A flush leaves
    the index's tables, which are not the ORM's: they are emptied before and after.)"""
    indexing.backend().clear()
    rivers(range(1, 9))
    written, go = threading.Event(), threading.Event()

    def writer():
        with transaction.atomic():
            rivers([20])  # the best: indexed, but not committed until the build has started
            written.set()
            go.wait(10)

    def builder():
        written.wait(10)
        threading.Timer(0.5, go.set).start()
        indexing.backend().build_top_lists(min_documents=5, size=4)

    try:
        assert run_together(writer, builder) == []
        best = KnowledgeItem.objects.get(title="Report 0", body__startswith="river river")
        assert indexing.backend().top_matches("river").ranked[0] == best.pk
        assert_like_the_reference(Criteria(q="river"), size=2)
    finally:
        indexing.backend().clear()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="bm25() depends on every document")
def test_sqlite_top_lists_hold_as_the_average_length_moves():
    """A short item with the word twice ranks above a long one with it six times, until long
    items raise the average length: then the long one ranks first, although the list, built
    before, holds only the short one."""
    short = river_item("Short", 2, 20)
    long = river_item("Long", 6, 200)
    for n in range(3):
        river_item(f"Other {n}", 1, 100)
    indexing.backend().build_top_lists(min_documents=2, size=1)
    assert reference(Criteria(q="river"))[2][:2] == [short.pk, long.pk]
    assert_like_the_reference(Criteria(q="river"), size=1)
    for n in range(40):
        KnowledgeItemFactory(published=True, title=f"Water {n}", body="water " * 2000)
    assert reference(Criteria(q="river"))[2][:2] == [long.pk, short.pk]
    assert_like_the_reference(Criteria(q="river"), size=1)


def river_item(title, rivers, length):
    return KnowledgeItemFactory(
        published=True,
        title=title,
        summary="",
        body=" ".join(["river"] * rivers + ["water"] * (length - rivers)),
        country_id="ID",
        language_id="en",
        sdgs=[],
        core_areas=[],
    )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5's bm25()")
def test_sqlite_bm25_is_the_saturation_the_bound_assumes():
    """s = f / (f + k1 * (1 - b + b * length / average)), of the word's weighted count f and
    the item's length in tokens."""
    rivers(range(1, 13))
    KnowledgeItemFactory(published=True, title="River river", body="water " * 50)
    backend = indexing.backend()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {backend._bm25()}, title, summary, body FROM knowledge_search "
            "WHERE knowledge_search MATCH %s",
            ['"river"'],
        )
        rows = cursor.fetchall()
        cursor.execute("SELECT block FROM knowledge_search_data WHERE id = 1")
        documents, average = _averages(cursor.fetchone()[0])
        cursor.execute("SELECT count(*) FROM knowledge_search")
        assert documents == cursor.fetchone()[0]
    k1, b = backend.BM25_K1, backend.BM25_B
    for score, *columns in rows:
        tokens = [column.split() for column in columns]
        f = sum(w * t.count("river") for w, t in zip(backend.index.weights, tokens, strict=True))
        length = sum(len(t) for t in tokens)
        expected = f / (f + k1 * (1 - b + b * length / average))
        assert backend._saturation(score, documents, len(rows)) == pytest.approx(expected, 1e-12)
        # What the lists keep, ranked in memory: bm25()'s own score, to the bit.
        assert backend._scorer(documents, average, len(rows))(float(f), length) == score
