"""Peer matching: a learning request, the providers Kota proposes (each with its reasons), the
secretariat's introduction, the exchange, the outcome at 6 and 12 months, and the KPIs that
come from them; "we want to replicate this" marks become learning requests."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from kota.cooperation import measures
from kota.cooperation.matching import propose_providers
from kota.cooperation.models import LearningRequest, Outcome
from kota.core.models import SDG, CoreArea, Country, Language
from kota.knowledge.factories import KnowledgeItemFactory, ReplicationInterestFactory
from kota.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()
YEAR = (TODAY.replace(month=1, day=1), TODAY)


@pytest.fixture
def climate():
    return CoreArea.objects.get(slug="climate-drr")


def practice(members, areas=(), sdgs=(), language="en", published=True):
    return KnowledgeItemFactory(
        members=members,
        core_areas=list(areas),
        sdgs=list(sdgs),
        language_id=language,
        published=published,
    )


def test_each_proposed_provider_comes_with_its_reasons(personas, climate):
    ph = Country.objects.get(code="PH")
    cebu = MemberFactory(name="Cebu City", country=ph, population=900_000)
    kyoto = MemberFactory(name="Kyoto", country_id="JP", population=1_400_000)
    nobody = MemberFactory(name="Nowhere")  # publishes nothing on the theme
    practice([cebu], [climate], [SDG.objects.get(number=13)], language="id")
    practice([cebu], [climate])
    practice([kyoto], [climate])
    practice([nobody], [CoreArea.objects.get(slug="tourism-culture")])
    practice([cebu], [climate], published=False)  # a draft does not count

    personas.surabaya_city.population = 2_800_000
    personas.surabaya_city.save()
    request = LearningRequest.open(
        member=personas.surabaya_city,
        by=personas.surabaya,
        core_area=climate,
        sdgs=[SDG.objects.get(number=13)],
        languages=[Language.objects.get(code="id")],
    )
    proposals = propose_providers(request)
    assert [p.member.name for p in proposals] == ["Cebu City", "Kyoto"]
    assert all(p.reasons for p in proposals)
    cebu_reasons = " ".join(proposals[0].reasons)
    assert "Shares the core area Climate Change Adaptation" in cebu_reasons
    assert "Shares SDG 13." in cebu_reasons
    assert "2 published practices on these themes." in cebu_reasons
    assert "Speaks Indonesian." in cebu_reasons
    assert "In the same region (South-eastern Asia)." in cebu_reasons
    assert "Of a similar size." not in cebu_reasons  # 0.9 M against 2.8 M
    kyoto_reasons = " ".join(proposals[1].reasons)
    assert "Of a similar size." in kyoto_reasons
    assert "region" not in kyoto_reasons


def test_the_owner_of_the_named_practice_is_proposed_first(personas, climate):
    owner = MemberFactory(name="Owner")
    busy = MemberFactory(name="Busy")
    for _n in range(3):
        practice([busy], [climate])
    named = practice([owner], [climate])
    request = LearningRequest.open(
        member=personas.surabaya_city, by=personas.surabaya, practice=named
    )
    first = propose_providers(request)[0]
    assert first.member == owner
    assert "It owns the practice the request names." in first.reasons


def test_the_requester_is_never_proposed_to_itself(personas, climate):
    practice([personas.surabaya_city], [climate])
    request = LearningRequest.open(
        member=personas.surabaya_city, by=personas.surabaya, core_area=climate
    )
    assert propose_providers(request) == []


def test_a_focal_point_opens_a_request_for_their_own_member_only(personas, climate):
    with pytest.raises(PermissionDenied):
        LearningRequest.open(member=personas.makassar_city, by=personas.surabaya, core_area=climate)
    with pytest.raises(ValidationError, match="Name a theme"):
        LearningRequest.open(member=personas.surabaya_city, by=personas.surabaya)
    assert LearningRequest.open(
        member=personas.makassar_city, by=personas.secretariat, core_area=climate
    )


def test_from_introduction_to_outcome_and_the_kpis(personas, climate):
    provider = MemberFactory(name="Provider")
    request = LearningRequest.open(
        member=personas.surabaya_city, by=personas.surabaya, core_area=climate
    )
    with pytest.raises(PermissionDenied):
        request.introduce(provider, by=personas.surabaya)
    with pytest.raises(ValidationError, match="follows an agreed exchange"):
        request.record_outcome(months=6, result="replicated", by=personas.secretariat)
    request.introduce(provider, by=personas.secretariat)
    assert measures.requests_matched(*YEAR) == 1
    request.agree_exchange(kind="study_visit", on=TODAY, by=personas.secretariat)
    with pytest.raises(ValidationError, match="not pursued"):
        request.record_outcome(months=6, result="not_pursued", by=personas.secretariat)
    request.record_outcome(months=6, result="adapted", by=personas.secretariat)
    request.record_outcome(months=12, result="replicated", by=personas.secretariat)
    request.refresh_from_db()
    assert request.stage == LearningRequest.Stage.OUTCOME
    replicated = measures.practices_replicated(*YEAR)
    assert replicated.total == 1  # one request, counted once, by its latest outcome
    assert replicated.by("result") == {(("result", "replicated"),): 1}
    stages = [h.history_change_reason for h in request.history.order_by("history_date")]
    assert stages == ["Opened", "Introduced", "Exchange agreed", "Outcome recorded"]


def test_a_practice_not_pursued_at_12_months_is_not_counted(personas, climate):
    request = LearningRequest.open(
        member=personas.surabaya_city, by=personas.surabaya, core_area=climate
    )
    request.introduce(MemberFactory(), by=personas.secretariat)
    request.agree_exchange(kind="webinar", on=TODAY, by=personas.secretariat)
    request.record_outcome(months=6, result="replicated", by=personas.secretariat)
    request.record_outcome(
        months=12, result="not_pursued", reason="Budget cut", by=personas.secretariat
    )
    assert measures.practices_replicated(*YEAR).total == 0
    with pytest.raises(ValidationError):  # one outcome per milestone
        request.record_outcome(months=12, result="replicated", by=personas.secretariat)
    assert Outcome.objects.count() == 2


def test_replication_marks_become_learning_requests_once(personas, climate):
    item = practice([MemberFactory()], [climate])
    ReplicationInterestFactory(
        item=item, member=personas.surabaya_city, marked_by=personas.surabaya
    )
    assert LearningRequest.objects.adopt_interests() == 1
    assert LearningRequest.objects.adopt_interests() == 0
    request = LearningRequest.objects.get()
    assert (request.member, request.practice, request.core_area) == (
        personas.surabaya_city,
        item,
        climate,
    )


def test_the_secretariat_brokers_on_the_page(client, personas, climate):
    provider = MemberFactory(name="Provider City")
    practice([provider], [climate])
    request = LearningRequest.open(
        member=personas.surabaya_city, by=personas.surabaya, core_area=climate
    )
    client.force_login(personas.surabaya)
    page = client.get(request.get_absolute_url()).content.decode()
    assert "Provider City" in page and "Shares the core area" in page
    assert (
        client.post(
            f"/cooperation/learning/{request.pk}/introduce/", {"provider": provider.pk}
        ).status_code
        == 403
    )
    client.force_login(personas.secretariat)
    client.post(f"/cooperation/learning/{request.pk}/introduce/", {"provider": provider.pk})
    client.post(
        f"/cooperation/learning/{request.pk}/exchange/",
        {"kind": "webinar", "on": TODAY.isoformat()},
    )
    client.post(
        f"/cooperation/learning/{request.pk}/outcome/", {"months": "6", "result": "replicated"}
    )
    request.refresh_from_db()
    assert request.stage == LearningRequest.Stage.OUTCOME and request.provider == provider
    html = client.get("/cooperation/").content.decode()
    assert '<dd data-kpi="replicated">1</dd>' in html


def test_a_request_naming_only_sdgs_finds_providers_by_their_sdgs(personas, climate):
    water = MemberFactory(name="Water City")
    practice([water], sdgs=[SDG.objects.get(number=6)])
    practice([MemberFactory(name="Dry Town")], [climate], sdgs=[SDG.objects.get(number=13)])
    request = LearningRequest.open(
        member=personas.surabaya_city, by=personas.surabaya, sdgs=[SDG.objects.get(number=6)]
    )
    (proposal,) = propose_providers(request)
    assert proposal.member == water
    assert "Shares SDG 6." in proposal.reasons
