import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kota.core.models import Country
from kota.lib.text import fold
from kota.members.factories import MemberFactory
from kota.members.models import Member

pytestmark = pytest.mark.django_db
DIRECTORY = reverse("members:directory")


def names(response):
    return [m.name for m in response.context["page"].object_list]


def test_it_finds_a_member_by_its_name_in_chinese_script(client):
    MemberFactory(name="Guangzhou", local_name="广州市", country_id="CN")
    MemberFactory(name="Hangzhou", local_name="杭州市", country_id="CN")
    response = client.get(DIRECTORY, {"q": "广州"})
    assert names(response) == ["Guangzhou"]
    assert "广州市" in response.content.decode()


def test_it_finds_a_member_by_its_official_name_ignoring_case_and_diacritics(client):
    MemberFactory(name="Da Nang City", local_name="Thành phố Đà Nẵng", country_id="VN")
    MemberFactory(name="Hue", country_id="VN")
    assert names(client.get(DIRECTORY, {"q": "DA NANG"})) == ["Da Nang City"]
    assert names(client.get(DIRECTORY, {"q": "đà nẵng"})) == ["Da Nang City"]
    assert names(client.get(DIRECTORY, {"q": "thanh pho da"})) == ["Da Nang City"]


def test_filters_combine(client):
    MemberFactory(name="Bandung", country_id="ID", kind=Member.Kind.CITY)
    MemberFactory(name="Kabupaten Bogor", country_id="ID", kind=Member.Kind.REGENCY)
    MemberFactory(
        name="Lapsed City", country_id="ID", kind=Member.Kind.CITY, status=Member.Status.LAPSED
    )
    MemberFactory(name="Cebu City", country_id="PH", kind=Member.Kind.CITY)
    response = client.get(DIRECTORY, {"country": "ID", "kind": "city", "status": "active"})
    assert names(response) == ["Bandung"]
    response = client.get(DIRECTORY, {"subregion": "035", "kind": "city"})
    assert names(response) == ["Bandung", "Cebu City", "Lapsed City"]
    assert names(client.get(DIRECTORY, {"subregion": "030"})) == []


def test_it_sorts_by_population_and_by_name_descending(client):
    MemberFactory(name="Small", population=1_000)
    MemberFactory(name="Large", population=9_000_000)
    MemberFactory(name="Medium", population=50_000)
    assert names(client.get(DIRECTORY, {"sort": "-population"})) == ["Large", "Medium", "Small"]
    assert names(client.get(DIRECTORY, {"sort": "-name"})) == ["Small", "Medium", "Large"]


def test_it_paginates_and_keeps_the_filters_in_page_links(client, settings):
    settings.DIRECTORY_PAGE_SIZE = 2
    for n in range(5):
        MemberFactory(name=f"Kota {n}", country_id="ID")
    response = client.get(DIRECTORY, {"country": "ID", "page": 2})
    assert names(response) == ["Kota 2", "Kota 3"]
    html = response.content.decode()
    assert "Page 2 of 3" in html
    assert "country=ID&amp;page=3" in html
    assert names(client.get(DIRECTORY, {"page": "999"})) == ["Kota 4"]
    assert names(client.get(DIRECTORY, {"page": "abc"})) == ["Kota 0", "Kota 1"]


def test_invalid_filters_are_ignored_and_reported_not_a_server_error(client):
    MemberFactory(name="Bandung", country_id="ID")
    response = client.get(DIRECTORY, {"country": "XX", "kind": "castle", "sort": "drop table"})
    assert response.status_code == 200
    assert names(response) == ["Bandung"]
    assert "were not understood" in response.content.decode()


def test_htmx_requests_get_only_the_results_fragment(client):
    MemberFactory(name="Bandung")
    response = client.get(DIRECTORY, {"q": "band"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "Bandung" in html
    assert "<html" not in html


def test_the_map_points_follow_the_filters(client):
    MemberFactory(name="Bandung", country_id="ID", latitude="-6.9175", longitude="107.6191")
    MemberFactory(name="Cebu City", country_id="PH", latitude="10.3157", longitude="123.8854")
    MemberFactory(name="Nowhere", country_id="ID")
    points = client.get(reverse("members:map"), {"country": "ID"}).json()["points"]
    assert points == [["Bandung", 107.6191, -6.9175, "bandung"]]


def _directory_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DIRECTORY, {"country": "ID", "sort": "-population"})
    assert response.status_code == 200
    return len(queries)


def _bulk_members(count):
    indonesia = Country.objects.get(code="ID")
    Member.objects.bulk_create(
        Member(
            slug=f"m-{n}",
            name=f"Member {n}",
            search_name=fold(f"Member {n}"),
            kind=Member.Kind.CITY,
            country=indonesia,
            population=n,
        )
        for n in range(count)
    )


def test_the_directory_runs_as_many_queries_for_10_members_as_for_10000(client):
    _bulk_members(10)
    small = _directory_queries(client)
    Member.objects.all().delete()
    _bulk_members(10_000)
    large = _directory_queries(client)
    assert small == large
    assert large <= 6
