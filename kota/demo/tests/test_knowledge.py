"""The demo knowledge hub (kota.demo.knowledge): about 300 realistic items in ten languages,
every kind, tagged and searchable, a few awaiting review, the same for the same seed. Run with
and without DATABASE_URL to check SQLite and PostgreSQL."""

import random
import string

import pytest

from kota.demo import knowledge as demo
from kota.demo.knowledge import build_knowledge
from kota.demo.knowledge.text import TEXTS
from kota.knowledge import indexing
from kota.knowledge.models import KnowledgeItem, ReviewEvent
from kota.knowledge.search import Criteria, Search
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
Status = KnowledgeItem.Status

# Members in the countries of every demo language (Surabaya and Makassar come from personas).
PLACES = [
    ("ID", "Bandung", "Kota Bandung"),
    ("CN", "Guangzhou", "广州市"),
    ("CN", "Hangzhou", "杭州市"),
    ("KR", "Seoul", "서울특별시"),
    ("JP", "Yokohama", "横浜市"),
    ("TH", "Chiang Mai", "เทศบาลนครเชียงใหม่"),
    ("VN", "Da Nang", "Thành phố Đà Nẵng"),
    ("IN", "Pune", "पुणे महानगरपालिका"),
    ("PH", "Quezon City", "Lungsod Quezon"),
    ("NP", "Lalitpur", "ललितपुर महानगरपालिका"),
    ("AU", "Melbourne", "City of Melbourne"),
]


@pytest.fixture
def members(personas):
    others = [MemberFactory(country_id=c, name=n, local_name=local) for c, n, local in PLACES]
    return [personas.surabaya_city, personas.makassar_city, *others]


def build(personas, members, seed=7, scale="small"):
    return build_knowledge(
        random.Random(seed), scale=scale, members=members, secretariat=personas.secretariat
    )


def found(query):
    return list(Search(Criteria(q=query)).results.values_list("language_id", flat=True))


def test_a_small_build_publishes_about_300_items_of_every_kind_in_ten_languages(personas, members):
    created = build(personas, members)

    items = KnowledgeItem.objects.all()
    assert created == items.count()
    assert 280 <= created <= 320
    languages = set(items.values_list("language_id", flat=True))
    assert len(languages) >= 8
    assert {"en", "id", "zh-Hans", "ja", "ko", "th"} <= languages
    assert set(items.values_list("kind", flat=True)) == set(KnowledgeItem.Kind.values)
    for language, body in items.values_list("language_id", "body"):
        assert body.startswith(f"*{TEXTS[language]['fiction']}*")  # places real, rest invented
    assert items.published().count() >= 0.9 * created
    for item in items.prefetch_related("members", "sdgs", "core_areas", "activities"):
        authors = list(item.members.all())
        assert authors and item.country_id in {m.country_id for m in authors}
        assert item.title and item.summary and item.body and item.period_start
        assert item.year == item.period_start.year
        assert item.period_end is None or item.period_end >= item.period_start
        assert item.sdgs.all() and item.core_areas.all() and item.activities.all()
        assert "{" not in item.title + item.summary + item.body
        if item.kind in (KnowledgeItem.Kind.GOOD_PRACTICE, KnowledgeItem.Kind.CASE_STUDY):
            assert all(getattr(item, name).strip() for name in item.PRACTICE_FIELDS)
        if item.is_published:
            assert item.published_at and item.submitted_at <= item.published_at
            assert item.events.filter(action=ReviewEvent.Action.PUBLISHED).exists()
    assert KnowledgeItem.history.count() == created


def test_some_items_are_translations_of_others(personas, members):
    build(personas, members)

    translations = KnowledgeItem.objects.filter(translation_of__isnull=False)
    assert translations.count() >= 5
    for item in translations.select_related("translation_of"):
        original = item.translation_of
        assert original.translation_of_id is None
        assert item.language_id != original.language_id
        assert item.kind == original.kind and item.country_id == original.country_id
        assert set(item.members.all()) == set(original.members.all())
        assert item.published_at >= original.published_at
    assert len({item.translation_of_id for item in translations}) < translations.count()


def test_the_review_queue_has_work(personas, members):
    build(personas, members)

    queue = KnowledgeItem.objects.awaiting_review()
    assert queue.count() >= 3
    assert all(item.submitted_at and item.submitted_by for item in queue)
    assert KnowledgeItem.objects.filter(status=Status.DRAFT).exists()
    returned = KnowledgeItem.objects.filter(status=Status.RETURNED)
    assert returned.exists()
    for item in returned:
        assert item.events.get(action=ReviewEvent.Action.RETURNED).text
    # The focal points of Surabaya and Makassar have work of their own in the queue.
    assert (
        KnowledgeItem.objects.exclude(status=Status.PUBLISHED)
        .filter(created_by__in=[personas.surabaya, personas.makassar])
        .exists()
    )


def test_published_items_are_found_by_the_search_in_their_languages(personas, members):
    build(personas, members)

    assert indexing.backend().ids() == set(
        KnowledgeItem.objects.published().values_list("pk", flat=True)
    )
    assert len(found("垃圾")) >= 2 and set(found("垃圾")) == {"zh-Hans"}
    assert found("ขยะ") and set(found("ขยะ")) == {"th"}
    assert found("참여예산") and set(found("참여예산")) == {"ko"}
    assert found("防災") and set(found("防災")) == {"ja"}
    assert found("banjir") and set(found("banjir")) == {"id"}
    assert len(found("flood")) >= 3
    assert len(found("participatory")) >= 3


def test_the_same_seed_builds_the_same_items(personas, members):
    def snapshot():
        return [
            (item.title, item.language_id, item.kind, item.status, item.country_id)
            for item in KnowledgeItem.objects.order_by("pk")
        ]

    build(personas, members, seed=3)
    first = snapshot()
    KnowledgeItem.objects.all().delete()
    build(personas, members, seed=3)
    assert snapshot() == first
    KnowledgeItem.objects.all().delete()
    build(personas, members, seed=4)
    assert snapshot() != first


def test_the_large_scale_writes_in_batches_and_indexes_once(personas, members, monkeypatch):
    monkeypatch.setitem(demo.SCALES, "large", 1_200)
    monkeypatch.setattr(demo, "BATCH", 500)

    created = build(personas, members, scale="large")

    items = KnowledgeItem.objects.all()
    assert created == items.count() == 1_200
    assert items.published().count() >= 0.9 * created
    assert items.filter(translation_of__isnull=False).count() >= 8
    assert indexing.backend().ids() == set(items.published().values_list("pk", flat=True))
    assert not KnowledgeItem.history.exists() and not ReviewEvent.objects.exists()


def test_every_language_has_the_pools_of_english_in_the_same_order():
    """A plan's indices pick the same meaning in every language: the same keys, lists of the
    same length, and the same slots in each text."""
    same = {"subject_lc": "subject", "goal_obl": "goal"}

    def slots(text):
        return {same.get(f, f) for _t, f, _s, _c in string.Formatter().parse(text) if f}

    def compare(english, other, path):
        if isinstance(english, dict):
            assert set(english) == set(other), path
            for key in english:
                compare(english[key], other[key], f"{path}.{key}")
        elif isinstance(english, list):
            assert len(english) == len(other), path
            for n, (a, b) in enumerate(zip(english, other, strict=True)):
                compare(a, b, f"{path}[{n}]")
        elif path.split(".")[1] not in ("thousands", "join", "sep", "lower_after_connector"):
            assert slots(english) == slots(other), path

    assert len(TEXTS) >= 8
    for lang, text in TEXTS.items():
        compare(TEXTS["en"], text, lang)
