"""The map and graph data, the lists, the exports, the appeal page, a member's profile and
the matcher run the same number of queries for 3 records as for 30: a new N+1 fails here. The
numbers are pinned exactly."""

import pytest

from kota.cooperation.factories import AppealFactory, CooperationFactory, NeedFactory
from kota.cooperation.matching import propose_providers
from kota.cooperation.models import LearningRequest
from kota.core.models import CoreArea
from kota.knowledge.factories import KnowledgeItemFactory
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
SIZES = [3, 30]
COUNTRIES = ["PH", "ID", "MY", "TH", "JP"]

PAGES = {
    # name: (url, persona, queries)
    "network": ("/cooperation/network.json", None, 1),
    "network-filtered": ("/cooperation/network.json?kind=sister_city&country=ID", None, 2),
    "network-secretariat": ("/cooperation/network.json", "secretariat", 3),
    "list": ("/cooperation/", None, 12),
    "list-focal-point": ("/cooperation/?country=PH", "surabaya", 16),
    "learning-requests": ("/cooperation/learning/", None, 2),
    "export-csv": ("/cooperation/export/cooperations.csv", None, 4),
    "export-requests": ("/cooperation/export/learning-requests.xlsx", None, 2),
    "appeal": ("/cooperation/appeals/{appeal}/", None, 4),
    "profile": ("/members/surabaya/", None, 10),
    "api-cooperations": ("/api/v1/cooperations", None, 5),
    "api-requests": ("/api/v1/learning-requests", None, 3),
}


def network(personas, rows):
    """`rows` cooperations of Surabaya and `rows` learning requests, and an appeal with `rows`
    needs each pledged."""
    climate = CoreArea.objects.get(slug="climate-drr")
    appeal = AppealFactory()
    for n in range(rows):
        other = MemberFactory(country_id=COUNTRIES[n % len(COUNTRIES)])
        cooperation = CooperationFactory(sides=[personas.surabaya_city, other, MemberFactory()])
        cooperation.core_areas.set([climate])
        request = LearningRequest.open(member=other, by=personas.secretariat, core_area=climate)
        request.introduce(personas.surabaya_city, by=personas.secretariat)
        need = NeedFactory(appeal=appeal, quantity=10)
        need.pledge(quantity=5, member=other, by=personas.secretariat)
    return appeal


@pytest.mark.parametrize("rows", SIZES)
@pytest.mark.parametrize("page", PAGES)
def test_a_page_runs_as_many_queries_for_30_records_as_for_3(
    client, personas, django_assert_num_queries, page, rows
):
    url, persona, queries = PAGES[page]
    appeal = network(personas, rows)
    if persona:
        client.force_login(getattr(personas, persona))
        client.get("/")  # the session and the user's roles are read once, not counted
    url = url.format(appeal=appeal.slug)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    if page == "profile":
        assert 'id="cooperation"' in response.content.decode()


@pytest.mark.parametrize("rows", SIZES)
def test_the_matcher_runs_as_many_queries_for_30_providers_as_for_3(
    personas, django_assert_num_queries, rows
):
    climate = CoreArea.objects.get(slug="climate-drr")
    for n in range(rows):
        KnowledgeItemFactory(
            members=[MemberFactory(country_id=COUNTRIES[n % len(COUNTRIES)])],
            core_areas=[climate],
            sdgs=[13],
            published=True,
        )
    request = LearningRequest.open(
        member=personas.surabaya_city,
        by=personas.surabaya,
        core_area=climate,
        sdgs=[13],
        languages=["id"],
    )
    request = LearningRequest.objects.get(pk=request.pk)
    with django_assert_num_queries(10):
        proposals = propose_providers(request)
    assert len(proposals) == min(rows, 10)
