"""The directory's index (kota.members.directory) answers every search, filter and sort
exactly as the database does (MemberQuerySet.matching(), the reference), and never with data
older than the last committed write."""

import datetime
import itertools

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from kota.core.models import Country
from kota.members import directory
from kota.members.directory import Criteria, DirectoryIndex
from kota.members.factories import MemberFactory
from kota.members.models import Member

QUERIES = ["", "  ", "kota", "KOTA", "a", "广州", "da nang", "đà", "city 1", "%", "_", "ß", "zzz"]
SORTS = list(directory.SORTS)
FILTERS = [
    {},
    {"country": "ID"},
    {"country": "VN"},
    {"country": "XX"},
    {"subregion": "035"},
    {"subregion": "030"},
    {"kind": Member.Kind.CITY},
    {"kind": Member.Kind.REGENCY},
    {"status": Member.Status.ACTIVE},
    {"status": Member.Status.LAPSED},
    {"country": "ID", "kind": Member.Kind.CITY, "status": Member.Status.ACTIVE},
    {"subregion": "035", "kind": Member.Kind.CITY},
    {"subregion": "030", "status": Member.Status.LAPSED},
]


def a_varied_network():
    """Members in several scripts and countries, with names, dates and populations that tie
    and that are missing, so that every sort must break ties and place NULLs the database's
    way."""
    names = [
        ("Kota Surabaya", "", "ID"),
        ("Kota Bandung", "", "ID"),
        ("Kabupaten Bogor", "", "ID"),
        ("Kota Surabaya", "", "ID"),  # the same name twice: ordered by id
        ("Da Nang City", "Thành phố Đà Nẵng", "VN"),
        ("Hue", "Thừa Thiên Huế", "VN"),
        ("Guangzhou", "广州市", "CN"),
        ("Guangzhou Development District", "广州开发区", "CN"),
        ("Hangzhou", "杭州市", "CN"),
        ("Großstadt", "", "PH"),
        ("City 1", "", "PH"),
        ("City 10", "", "PH"),
        ("city 100", "", "PH"),
        ("100% Kota_Baru", "", "ID"),
        ("Ämter", "", "PH"),
        ("Zamboanga", "", "PH"),
    ]
    kinds = [Member.Kind.CITY, Member.Kind.REGENCY, Member.Kind.ASSOCIATION]
    statuses = [Member.Status.ACTIVE, Member.Status.ACTIVE, Member.Status.LAPSED]
    for n, (name, local_name, country) in enumerate(names):
        MemberFactory(
            name=name,
            local_name=local_name,
            country_id=country,
            kind=kinds[n % 3],
            status=statuses[n % 3 if n % 5 else 2],
            population=None if n % 4 == 0 else 1_000 * (n % 3),
            joined_on=None if n % 3 == 0 else datetime.date(2000 + n % 2, 1, 1),
        )


def reference_ids(criteria):
    return list(criteria.reference(Member.objects.all()).values_list("pk", flat=True))


@pytest.mark.django_db
def test_the_index_selects_and_orders_as_the_database_does():
    a_varied_network()
    index = DirectoryIndex.load()
    checked = 0
    for q, sort, filters in itertools.product(QUERIES, SORTS, FILTERS):
        criteria = Criteria(q=q, sort=sort, **filters)
        ids = [index.ids[position] for position in index.positions(criteria)]
        assert ids == reference_ids(criteria), criteria
        checked += bool(ids)
    assert checked > len(SORTS) * len(FILTERS)  # not all empty


@pytest.mark.django_db
def test_a_member_whose_name_matches_twice_is_counted_once_and_no_match_spans_two_names():
    MemberFactory(name="Kota Kota", local_name="kota")
    MemberFactory(name="Ab")
    MemberFactory(name="Cd")
    index = DirectoryIndex.load()
    assert len(index.positions(Criteria(q="kota"))) == 1
    # "Ab" and "Cd" are neighbours in the joined names; "b\ncd" or "bcd" finds neither.
    for q in ["b cd", "bcd", "ab\ncd"]:
        assert index.positions(Criteria(q=q)) == reference_ids(Criteria(q=q)) == []


@pytest.fixture
def fresh(live_db):
    """Writes that commit (and bump the versions) for real; the index as a new process has it."""
    directory.clear()
    yield
    directory.clear()


def search(client, **params):
    response = client.get("/members/", params)
    assert response.status_code == 200
    page = response.context["page"]
    return [member.name for member in page.object_list], page.paginator.count


def api(client, **params):
    body = client.get("/api/v1/members", params).json()
    return [member["name"] for member in body["items"]], body["count"]


def test_a_member_saved_renamed_updated_or_deleted_shows_at_once(client, fresh):
    surabaya = MemberFactory(name="Kota Surabaya", country_id="ID")
    assert search(client, q="kota") == (["Kota Surabaya"], 1)
    assert isinstance(directory.select(Member.objects.all(), Criteria(q="kota")), directory.Results)

    bandung = MemberFactory(name="Kota Bandung", country_id="ID")
    assert search(client, q="kota") == (["Kota Bandung", "Kota Surabaya"], 2)

    surabaya.name = "Surabaya"
    surabaya.save()
    assert search(client, q="kota") == (["Kota Bandung"], 1)
    assert api(client, q="surabaya") == (["Surabaya"], 1)

    Member.objects.filter(pk=bandung.pk).update(search_name="kota baru", name="Kota Baru")
    assert search(client, q="kota") == (["Kota Baru"], 1)
    assert api(client, q="bandung") == ([], 0)

    bandung.delete()
    assert search(client, q="kota") == ([], 0)
    assert api(client) == (["Surabaya"], 1)


def test_a_renamed_country_reorders_the_directory_at_once(client, fresh):
    MemberFactory(name="Kota Surabaya", country_id="ID")
    MemberFactory(name="Cebu City", country_id="PH")
    assert search(client, sort="country") == (["Kota Surabaya", "Cebu City"], 2)
    Country.objects.filter(code="PH").update(name="Filipinas (Republika ng)")
    assert search(client, sort="country") == (["Cebu City", "Kota Surabaya"], 2)


def test_inside_a_transaction_that_wrote_members_the_database_answers(fresh):
    MemberFactory(name="Kota Surabaya")
    assert directory.index() is not None
    with transaction.atomic():
        MemberFactory(name="Kota Bandung")
        assert directory.index() is None
        members = directory.select(Member.objects.all(), Criteria(q="kota"))
        assert [m.name for m in members] == ["Kota Bandung", "Kota Surabaya"]
    assert directory.index() is not None


def test_a_page_reads_the_versions_and_its_own_members_only(client, fresh, settings):
    settings.DIRECTORY_PAGE_SIZE = 2
    for n in range(5):
        MemberFactory(name=f"Kota {n}", country_id="ID")
    client.get("/api/v1/members", {"q": "kota"})  # loads the index
    with CaptureQueriesContext(connection) as queries:
        assert api(client, q="kota", page=2, page_size=2) == (["Kota 2", "Kota 3"], 5)
    assert len(queries) == 2, [q["sql"] for q in queries]
    with CaptureQueriesContext(connection) as queries:
        assert search(client, q="kota", page=3) == (["Kota 4"], 5)
    # The versions, the page's members and the countries of the country filter.
    assert len(queries) == 3, [q["sql"] for q in queries]


def test_the_home_pages_figures_from_the_index_are_the_databases(client, fresh):
    """How many active members, in how many countries, and the six who joined last (by date,
    then name and id; none without a date), from the index as from the database (inside a
    transaction that wrote members, which the index does not answer)."""
    a_varied_network()
    for n in range(4):  # joined the same day: ordered by name, then id
        MemberFactory(name=f"Kota {3 - n % 2}", joined_on=datetime.date(2001, 1, 1))
    MemberFactory(name="Kota Baru", joined_on=None)
    members = Member.objects.for_directory()
    from_index = directory.active_figures(members, newest=6)
    assert directory.index() is not None
    with transaction.atomic():
        Member.objects.filter(pk=0).update(name="")  # a write: the database answers
        assert directory.index() is None
        from_database = directory.active_figures(members, newest=6)
    active = Member.objects.filter(status=Member.Status.ACTIVE)
    assert (
        from_index[:2]
        == from_database[:2]
        == (
            active.count(),
            len(set(active.values_list("country_id", flat=True))),
        )
    )
    newest = [member.pk for member in from_index[2]]
    assert newest == [member.pk for member in from_database[2]]
    dates = [member.joined_on for member in from_index[2]]
    assert len(dates) == 6 and None not in dates and dates == sorted(dates, reverse=True)
    assert dates[0] == max(active.exclude(joined_on=None).values_list("joined_on", flat=True))
    html = client.get("/").content.decode()
    assert f"<strong>{from_index[0]}</strong> active members" in html
    assert html.index(from_index[2][0].name) < html.index(from_index[2][-1].name)
