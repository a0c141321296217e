"""Search over published knowledge, the same on SQLite (FTS5) and PostgreSQL (tsvector): run the
suite with and without DATABASE_URL to check both."""

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from kota.core import reference
from kota.core.models import CoreArea
from kota.knowledge import indexing
from kota.knowledge.factories import KnowledgeItemFactory
from kota.knowledge.models import KnowledgeItem
from kota.knowledge.search import Criteria, Search
from kota.lib.search import backends
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    '"',
    '"unbalanced quote',
    "AND",
    "OR OR",
    "NOT",
    "a NEAR b",
    "NEAR(a b, 2)",
    "*",
    "pemu*",
    "(((",
    ")",
    "title:flood",
    "^flood",
    "-flood",
    "flood:*",
    "a & b | !c <-> d",
    "'; DROP TABLE knowledge_knowledgeitem; --",
    "1' OR '1'='1",
    "😀🔥",
    "x" * 10_000,
    "flood " * 2_000,
    "%_\\",
    "\x00",
    "   ",
]


def titles(query="", **filters):
    search = Search(Criteria(q=query, **filters))
    return [item.title for item in search.page(1).object_list]


def test_a_two_character_chinese_query_finds_it_inside_a_longer_run():
    KnowledgeItemFactory(
        published=True, title="广州", body="广州市推进垃圾分类", language_id="zh-Hans"
    )
    KnowledgeItemFactory(published=True, title="Other", body="广州市推进公共交通")
    assert titles("垃圾") == ["广州"]
    assert titles("垃圾分类") == ["广州"]
    assert titles("分垃") == []


def test_one_chinese_character_finds_it_at_the_end_of_a_run():
    KnowledgeItemFactory(published=True, title="Guangzhou", summary="广州市")
    assert titles("市") == ["Guangzhou"]


def test_a_thai_query_finds_it_inside_a_run_without_spaces():
    KnowledgeItemFactory(
        published=True, title="Chiang Mai", body="เทศบาลนครเชียงใหม่ส่งเสริมการคัดแยกขยะ"
    )
    KnowledgeItemFactory(published=True, title="Bangkok", body="กรุงเทพมหานครพัฒนาระบบขนส่ง")
    assert titles("คัดแยกขยะ") == ["Chiang Mai"]
    assert titles("ขยะ") == ["Chiang Mai"]


def test_korean_and_japanese_are_found_inside_runs():
    KnowledgeItemFactory(published=True, title="Seoul", body="서울특별시재활용정책")
    KnowledgeItemFactory(published=True, title="Yokohama", body="横浜市のごみ分別プログラム")
    assert titles("재활용") == ["Seoul"]
    assert titles("プログラム") == ["Yokohama"]


def test_diacritics_and_case_are_folded_both_ways():
    KnowledgeItemFactory(published=True, title="Đà Nẵng recovers", summary="Phục hồi kinh tế")
    KnowledgeItemFactory(published=True, title="Surabaya", summary="Pemulihan ekonomi lokal")
    assert titles("Da Nang") == ["Đà Nẵng recovers"]
    assert titles("phuc hoi") == ["Đà Nẵng recovers"]
    assert titles("PEMULIHAN") == ["Surabaya"]
    assert titles("pemulihan ekonomi") == ["Surabaya"]
    assert titles("pemulihan hanoi") == []


def test_members_country_and_tags_are_searchable_too():
    surabaya = MemberFactory(name="Surabaya", local_name="Kota Surabaya", country_id="ID")
    KnowledgeItemFactory(published=True, title="Green alleys", members=[surabaya], sdgs=[13])
    assert titles("surabaya") == ["Green alleys"]
    assert titles("印度尼西亚") == ["Green alleys"]  # Indonesia, in the Chinese interface
    assert titles("climate action") == ["Green alleys"]


def test_title_matches_rank_above_body_matches():
    KnowledgeItemFactory(published=True, title="Drainage", body="Flood, flood and flood again.")
    KnowledgeItemFactory(published=True, title="Flood early warning", body="Sirens.")
    KnowledgeItemFactory(published=True, title="Markets", summary="After the flood.")
    assert titles("flood") == ["Flood early warning", "Markets", "Drainage"]
    assert titles("flood", sort="oldest") == ["Drainage", "Flood early warning", "Markets"]
    assert titles("flood", sort="newest") == ["Markets", "Flood early warning", "Drainage"]


def test_only_published_items_are_found():
    KnowledgeItemFactory(title="Draft flood plan")
    KnowledgeItemFactory(title="Submitted flood plan", status=KnowledgeItem.Status.SUBMITTED)
    KnowledgeItemFactory(published=True, title="Published flood plan")
    assert titles("flood") == ["Published flood plan"]
    assert titles() == ["Published flood plan"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_input_is_a_valid_query(query):
    KnowledgeItemFactory(published=True, title="Flood plan", summary="a b c d")
    search = Search(Criteria(q=query))
    page = search.page(1)
    assert len(page.object_list) == search.count
    search.facets()


def test_facets_count_under_combined_filters():
    ph, idn = "PH", "ID"
    KnowledgeItemFactory(published=True, title="a", country_id=ph, sdgs=[11, 13], kind="case_study")
    KnowledgeItemFactory(published=True, title="b", country_id=ph, sdgs=[13])
    KnowledgeItemFactory(
        published=True, title="c", country_id=idn, sdgs=[13], core_areas=["climate-drr"]
    )
    KnowledgeItemFactory(published=True, title="d water", country_id=idn, sdgs=[6])
    KnowledgeItemFactory(title="draft", country_id=idn, sdgs=[13])

    search = Search(Criteria(country=ph, sdg=13))
    assert search.count == 2
    facets = {name: {v.value: v.count for v in values} for name, values in search.facets().items()}
    assert facets["country"] == {"PH": 2, "ID": 1}  # SDG 13 applied, not the country
    assert facets["sdg"] == {11: 1, 13: 2}  # the Philippines applied, not SDG 13
    assert facets["kind"] == {"case_study": 1, "good_practice": 1}
    assert facets["core_area"] == {}
    assert facets["year"] == {2022: 2}
    assert facets["language"] == {"en": 2}
    selected = [v for values in search.facets().values() for v in values if v.selected]
    assert {(v.value, v.count) for v in selected} == {("PH", 2), (13, 2)}

    search = Search(Criteria(q="water", country=idn))
    facets = {name: {v.value: v.count for v in values} for name, values in search.facets().items()}
    assert search.count == 1
    assert facets["country"] == {"ID": 1}
    assert facets["sdg"] == {6: 1}


def test_results_show_why_they_matched():
    member = MemberFactory(name="Cebu City")
    KnowledgeItemFactory(
        published=True,
        title="Flood early warning",
        summary="Sirens <b>along</b> the river.",
        body="Cebu installed **flood** sensors.",
        members=[member],
    )
    [item] = Search(Criteria(q="flood cebu")).page(1).object_list
    assert item.title_html == "<mark>Flood</mark> early warning"
    assert item.snippet == "<mark>Cebu</mark> installed <mark>flood</mark> sensors."
    assert [str(label) for label in item.matched_in] == ["Description", "Members"]
    [item] = Search(Criteria()).page(1).object_list
    assert item.snippet == "Sirens &lt;b&gt;along&lt;/b&gt; the river."


def test_each_result_on_a_page_names_its_own_places_of_a_match():
    cebu = MemberFactory(name="Cebu City", country_id="PH")
    for title, country, sdgs, members in [
        ("Water wells", "ID", [6], []),
        ("Pumps", "PH", [6], [cebu]),
        ("Water parks", "ID", [11], []),
    ]:
        KnowledgeItemFactory(
            published=True, title=title, country_id=country, sdgs=sdgs, members=members
        )

    def places(q):
        return {
            item.title: [str(label) for label in item.matched_in]
            for item in Search(Criteria(q=q)).page(1).object_list
        }

    # SDG 6 is "Clean Water and Sanitation"; the parks' SDG 11 holds neither word.
    assert places("water") == {"Water wells": ["Tags"], "Pumps": ["Tags"], "Water parks": []}
    assert places("sanitation") == {"Water wells": ["Tags"], "Pumps": ["Tags"]}
    assert places("philippines") == {"Pumps": ["Country"]}
    assert places("cebu") == {"Pumps": ["Members"]}
    assert places("indonesia sustainable") == {"Water parks": ["Country", "Tags"]}


def test_results_carry_their_members_by_name_and_their_tags_in_reference_order(
    django_assert_num_queries,
):
    areas = list(CoreArea.objects.values_list("slug", flat=True)[:3])
    zamboanga = MemberFactory(name="Zamboanga City", local_name="Lungsod ng Zamboanga")
    baguio = MemberFactory(name="Baguio City")
    tagged = KnowledgeItemFactory(
        members=[zamboanga, baguio], sdgs=[13, 6, 11], core_areas=[areas[2], areas[0]]
    )
    bare = KnowledgeItemFactory(members=[])
    tables = reference.current()
    with django_assert_num_queries(2):  # the items, then their members and tags
        results = KnowledgeItem.objects.filter(pk__in=[tagged.pk, bare.pk]).as_results(tables)
    found = {item.pk: item for item in results}
    assert [tuple(m) for m in found[tagged.pk].card_members] == [
        (baguio.slug, "Baguio City", ""),
        (zamboanga.slug, "Zamboanga City", "Lungsod ng Zamboanga"),
    ]
    assert [sdg.number for sdg in found[tagged.pk].card_sdgs] == [6, 11, 13]
    assert [area.slug for area in found[tagged.pk].card_core_areas] == [areas[0], areas[2]]
    assert (found[bare.pk].card_members, found[bare.pk].card_sdgs) == ([], [])


def test_the_index_follows_save_tag_change_unpublish_and_delete(personas):
    secretariat = personas.secretariat
    item = KnowledgeItemFactory(published=True, title="Mangroves")
    assert titles("mangroves") == ["Mangroves"]

    item.title = "Seagrass"
    item.save()
    assert titles("mangroves") == []
    assert titles("seagrass") == ["Seagrass"]

    item.sdgs.add(14)
    assert titles("below water") == ["Seagrass"]
    item.sdgs.remove(14)
    assert titles("below water") == []

    item.return_to_submitter(secretariat, "Needs photos")
    assert titles("seagrass") == []
    assert item.pk not in indexing.backend().ids()

    item.publish(secretariat)
    assert item.pk in indexing.backend().ids()
    item.delete()
    assert indexing.backend().ids() == set()


def test_tags_cleared_from_the_other_side_are_reindexed():
    item = KnowledgeItemFactory(published=True, title="Buses", core_areas=["sustainable-mobility"])
    assert titles("sustainable mobility") == ["Buses"]
    CoreArea.objects.get(slug="sustainable-mobility").knowledge_items.clear()
    assert titles("sustainable mobility") == []
    assert item.pk in indexing.backend().ids()


def test_deleting_many_items_removes_them_from_the_index():
    KnowledgeItemFactory.create_batch(3, published=True)
    KnowledgeItem.objects.all().delete()
    assert indexing.backend().ids() == set()


def test_rebuild_search_index_indexes_every_published_item_again(capsys, monkeypatch):
    published = KnowledgeItemFactory.create_batch(3, published=True, title="Rain gardens")
    KnowledgeItemFactory(title="Draft")
    indexing.backend().clear()
    assert titles("rain") == []
    # The words in 3 items or more get a top list (in 1,000 or more outside this test).
    monkeypatch.setattr(backends, "TOP_MIN_DOCUMENTS", 3)
    monkeypatch.setattr(backends, "TOP_SIZE", 2)
    call_command("rebuild_search_index", "--batch-size", "2")
    assert indexing.backend().ids() == {item.pk for item in published}
    assert len(titles("rain")) == 3
    rain = indexing.backend().top_matches("rain")
    assert not rain.complete and len(rain.ranked) == 2
    out = capsys.readouterr().out
    assert "2/3" in out and "Indexed 3 published items" in out
    assert "top lists: " in out and " common words" in out


def test_refreshing_the_top_lists_reads_the_items_written_since_into_them(capsys, monkeypatch):
    """Items written after a build are read apart from the lists (stale, or listed whatever
    their rank) until the lists are built again."""
    monkeypatch.setattr(backends, "TOP_MIN_DOCUMENTS", 3)
    monkeypatch.setattr(backends, "TOP_SIZE", 2)
    items = KnowledgeItemFactory.create_batch(4, published=True, title="Rain gardens")
    call_command("refresh_search_top_lists")
    index = indexing.backend()
    items[0].title = "Dry gardens"
    items[0].save()
    KnowledgeItemFactory(published=True, title="Rain barrels")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {index.stale_table}")
        assert cursor.fetchone()[0] == 2  # the rewritten item and the new one
    assert len(index.top_matches("rain").ranked) == 3  # two listed, one written since
    call_command("refresh_search_top_lists")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {index.stale_table}")
        assert cursor.fetchone()[0] == 0
    rain = index.top_matches("rain")
    assert len(rain.ranked) == 2 and not rain.complete
    assert sorted(rain.ids) == sorted(index.matching_ids(["rain"]))
    assert len(rain.ids) == 4
    out = capsys.readouterr().out
    assert "Built the top lists of " in out and "top lists: " in out


def seqscan_setting():
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL planner setting")
def test_reading_the_index_leaves_the_planner_settings_as_they_were():
    KnowledgeItemFactory(published=True, title="Bus lanes")
    assert Search(Criteria(q="bus")).count == 1
    assert seqscan_setting() == "on"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL planner setting")
def test_a_failed_read_of_the_index_leaves_the_planner_settings_as_they_were():
    """The SET before a read and the RESET after it are sent with the query: when the query
    fails, the rollback undoes the SET."""
    with pytest.raises(DatabaseError), transaction.atomic():
        indexing.backend()._ids("SELECT no_such_column FROM knowledge_search", [])
    assert seqscan_setting() == "on"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL planner setting")
def test_a_failed_read_outside_a_transaction_leaves_the_planner_settings_as_they_were(live_db):
    assert not connection.in_atomic_block
    with pytest.raises(DatabaseError):
        indexing.backend()._ids("SELECT no_such_column FROM knowledge_search", [])
    assert seqscan_setting() == "on"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage of values")
def test_documents_are_kept_in_their_rows_and_a_rebuilt_index_still_ranks_them():
    """Ranking reads every match's document: it stays in the row, not in TOAST, also after a
    rebuild (which drops and creates the index)."""
    KnowledgeItemFactory(published=True, title="Rain gardens", summary="Rain, rain and rain")
    KnowledgeItemFactory(published=True, title="Gardens", summary="A rain garden")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'knowledge_search'::regclass AND attname = 'document'"
        )
        assert cursor.fetchone()[0] == "m"
        cursor.execute("SELECT reloptions FROM pg_class WHERE oid = 'knowledge_search'::regclass")
        assert "toast_tuple_target=8160" in cursor.fetchone()[0]
    call_command("rebuild_search_index")
    assert titles("rain") == ["Rain gardens", "Gardens"]


def toast_chunks():
    """How many chunks of search documents are stored out of their rows, in TOAST."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltoastrelid::regclass::text FROM pg_class "
            "WHERE oid = 'knowledge_search'::regclass"
        )
        [toast] = cursor.fetchone()
        cursor.execute(f"SELECT count(*) FROM {toast}")  # noqa: S608 - a catalog name
        return cursor.fetchone()[0]


def lexemes(pk):
    """{lexeme: its weights} of item `pk`'s search document (None: kept without positions)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT lexeme, weights FROM knowledge_search, unnest(document) WHERE rowid = %s",
            [pk],
        )
        return {lexeme: weights and sorted(weights) for lexeme, weights in cursor.fetchall()}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's documents")
def test_characters_of_a_body_are_kept_without_positions_and_still_found():
    """In the body, a character of Chinese (a unigram beside its bigrams) keeps no positions,
    which keeps long Chinese documents in their row; one-character and longer queries still
    find the item, and the title keeps every position."""
    item = KnowledgeItemFactory(published=True, title="垃圾分类", body="居民把垃圾分成四类。" * 3)
    found = lexemes(item.pk)
    assert found["垃"] == ["A"]  # in the title and the body: the title's position only
    assert found["居"] is None  # in the body only: no position
    assert found["垃圾"] == ["A", "C", "C", "C"]  # bigrams keep all
    assert found["居民"] == ["C", "C", "C"]
    assert titles("居") == ["垃圾分类"]
    assert titles("居民") == ["垃圾分类"]
    assert titles("类") == ["垃圾分类"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's documents")
def test_documents_written_before_lose_the_positions_of_their_body_characters():
    """The migration's step rewrites a document of the earlier form into what is written now."""
    item = KnowledgeItemFactory(published=True, title="垃圾", body="垃圾居民")
    backend = indexing.backend()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE knowledge_search SET document = %s::tsvector WHERE rowid = %s",
            ["'垃':1A,4C '圾':2A,5C '垃圾':3A,6C '居':7C '民':9C '居民':8C '圾居':10C", item.pk],
        )
    assert backend.drop_last_column_character_positions() == 1
    assert lexemes(item.pk) == {
        "垃": ["A"],
        "圾": ["A"],
        "垃圾": ["A", "C"],
        "居": None,
        "民": None,
        "居民": ["C"],
        "圾居": ["C"],
    }
    assert backend.drop_last_column_character_positions() == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage of values")
def test_a_long_chinese_document_stays_in_its_row():
    """150 characters, each twelve times in the body: with their positions the document would
    be over 8 KB and go to TOAST, where ranking reads it ten times slower."""
    body = "".join(chr(0x4E00 + n) for n in range(150)) * 12
    before = toast_chunks()
    KnowledgeItemFactory(published=True, title="长文", body=body)
    assert toast_chunks() == before
    assert titles(chr(0x4E00 + 7)) == ["长文"]
