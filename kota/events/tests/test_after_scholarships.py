"""Scholarships through their pages: calls in the reader's language, nominations by focal
points until the deadline, the panel that never scores its own member's applicants, the
ranking, awards within the places, and the alumni."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kota.events.factories import (
    ApplicationFactory,
    CriterionFactory,
    ScholarshipCallFactory,
)
from kota.events.models import AlumniUpdate, Application, Panelist, ScholarshipCall, Score
from kota.test import client_for

pytestmark = pytest.mark.django_db

NOMINEE = {
    "name": "Dewi Lestari",
    "email": "dewi@surabaya.example",
    "sex": "female",
    "age_group": "25-34",
    "role": "official",
    "position": "Head of planning",
    "country": "ID",
    "motivation": "Leads the city's river clean-up.",
}


def test_calls_are_listed_in_the_readers_language_and_drafts_only_for_staff(client, personas):
    call = ScholarshipCallFactory(
        title="Xi'an urban management scholarship",
        title_translations={"zh-hans": "西安城市管理奖学金"},
        eligibility="Officials under 45 of member cities.",
        host="Xi'an Municipal Government",
        places=3,
    )
    draft = ScholarshipCallFactory(status=ScholarshipCall.Status.DRAFT, title="Not yet")

    listing = client.get("/events/scholarships/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "西安城市管理奖学金" in listing.content.decode()
    assert "Not yet" not in listing.content.decode()
    page = client.get(f"/events/scholarships/{call.slug}/").content.decode()
    assert "Officials under 45 of member cities." in page and "Xi&#x27;an Municipal" in page
    assert client.get(f"/events/scholarships/{draft.slug}/").status_code == 404

    client_for(client, personas.secretariat)
    assert client.get(f"/events/scholarships/{draft.slug}/").status_code == 200


def test_a_focal_point_nominates_an_official_of_their_own_member_only(client, personas):
    call = ScholarshipCallFactory()
    client_for(client, personas.surabaya)

    response = client.post(
        f"/events/scholarships/{call.slug}/nominate/",
        NOMINEE | {"member": personas.surabaya_city.pk},
    )

    assert response.status_code == 302
    application = Application.objects.get()
    assert (application.member, application.nominated_by) == (
        personas.surabaya_city,
        personas.surabaya,
    )
    assert "Dewi Lestari" in client.get(f"/events/scholarships/{call.slug}/").content.decode()

    other = client.post(
        f"/events/scholarships/{call.slug}/nominate/",
        NOMINEE | {"member": personas.makassar_city.pk, "email": "x@makassar.example"},
    )
    assert other.status_code == 400
    assert Application.objects.count() == 1

    client.force_login(personas.makassar)
    assert "Dewi Lestari" not in client.get(f"/events/scholarships/{call.slug}/").content.decode()
    client.force_login(personas.board)
    assert client.get(f"/events/scholarships/{call.slug}/nominate/").status_code == 403


def test_a_nomination_after_the_deadline_is_refused(client, personas):
    call = ScholarshipCallFactory(deadline=timezone.now() - datetime.timedelta(minutes=1))
    client_for(client, personas.surabaya)

    page = client.get(f"/events/scholarships/{call.slug}/nominate/").content.decode()
    response = client.post(
        f"/events/scholarships/{call.slug}/nominate/",
        NOMINEE | {"member": personas.surabaya_city.pk},
    )

    assert "This call no longer takes nominations." in page
    assert 'name="motivation"' not in page
    assert "This call no longer takes nominations." in response.content.decode()
    assert not Application.objects.exists()


def test_staff_manage_the_calls_status_criteria_and_panelists(client, personas):
    call = ScholarshipCallFactory(status=ScholarshipCall.Status.DRAFT)
    client_for(client, personas.secretariat)
    url = f"/events/scholarships/{call.slug}/manage/"

    client.post(
        url, {"action": "add_criterion", "name": "Motivation", "weight": "2", "max_score": "5"}
    )
    client.post(url, {"action": "add_panelist", "user": "board@example.org"})
    client.post(
        url,
        {
            "action": "settings",
            "call-status": "open",
            "call-places": "4",
            "call-deadline": "2030-06-30T17:00",
            "call-host": "Xi'an Municipal Government",
            "call-eligibility": "",
        },
    )

    call.refresh_from_db()
    assert (call.status, call.places) == ("open", 4)
    assert list(call.criteria.values_list("name", "weight")) == [("Motivation", 2)]
    assert list(call.panelists.values_list("user__username", flat=True)) == ["board"]
    client.force_login(personas.surabaya)
    assert client.get(url).status_code == 403


@pytest.fixture
def panel(personas):
    """A call scored by the focal point of Surabaya, with one applicant from Surabaya and one
    from Makassar."""
    call = ScholarshipCallFactory()
    motivation = CriterionFactory(call=call, name="Motivation", weight=2, max_score=5)
    experience = CriterionFactory(call=call, name="Experience", weight=1, max_score=10)
    Panelist.objects.create(call=call, user=personas.surabaya)
    Panelist.objects.create(call=call, user=personas.board)
    own = ApplicationFactory(call=call, member=personas.surabaya_city, name="Own Applicant")
    other = ApplicationFactory(call=call, member=personas.makassar_city, name="Other Applicant")
    return call, (motivation, experience), own, other


def test_nobody_scores_an_applicant_from_their_own_member(client, personas, panel):
    call, (motivation, experience), own, other = panel
    client_for(client, personas.surabaya)

    listing = client.get(f"/events/scholarships/{call.slug}/panel/").content.decode()
    assert "Other Applicant" in listing and "Own Applicant" not in listing

    url = f"/events/scholarships/{call.slug}/applications/{own.pk}/score/"
    assert client.get(url).status_code == 403
    assert (
        client.post(url, {f"c{motivation.pk}": "5", f"c{experience.pk}": "10"}).status_code == 403
    )
    assert not Score.objects.filter(application=own).exists()

    scored = client.post(
        f"/events/scholarships/{call.slug}/applications/{other.pk}/score/",
        {f"c{motivation.pk}": "4", f"c{experience.pk}": "6"},
    )
    assert scored.status_code == 302
    assert Score.objects.filter(application=other, panelist=personas.surabaya).count() == 2


def test_only_panelists_of_the_call_score(client, personas, panel):
    call, _criteria, own, other = panel
    for user in (personas.makassar, personas.secretariat):
        client.force_login(user)
        assert client.get(f"/events/scholarships/{call.slug}/panel/").status_code == 403
        url = f"/events/scholarships/{call.slug}/applications/{other.pk}/score/"
        assert client.get(url).status_code == 403


def test_a_score_above_the_criterions_highest_is_refused(client, personas, panel):
    call, (motivation, experience), own, other = panel
    client_for(client, personas.board)
    response = client.post(
        f"/events/scholarships/{call.slug}/applications/{other.pk}/score/",
        {f"c{motivation.pk}": "6", f"c{experience.pk}": "6"},
    )
    assert response.status_code == 400
    assert not Score.objects.exists()


def test_the_ranking_orders_by_weighted_mean_and_awards_stay_within_the_places(
    client, personas, panel
):
    call, (motivation, experience), own, other = panel
    call.places = 1
    call.save()
    third = ApplicationFactory(call=call, name="Third Applicant")
    # Other: motivation 4/5 (80) weight 2, experience 6/10 (60) weight 1 -> 220/3 = 73.3
    other.score(by=personas.surabaya, criterion=motivation, value=4)
    other.score(by=personas.surabaya, criterion=experience, value=6)
    # Own, scored by the board member only: 5/5 and 10/10 -> 100
    own.score(by=personas.board, criterion=motivation, value=5)
    own.score(by=personas.board, criterion=experience, value=10)
    client_for(client, personas.secretariat)

    response = client.get(f"/events/scholarships/{call.slug}/ranking/")

    ranked = [(a.name, a.score and round(a.score, 1)) for a in response.context["applications"]]
    assert ranked == [("Own Applicant", 100), ("Other Applicant", 73.3), ("Third Applicant", None)]

    decide = f"/events/scholarships/{call.slug}/applications/{{}}/decide/"
    client.post(decide.format(own.pk), {"award": "yes"})
    refused = client.post(decide.format(other.pk), {"award": "yes"}, follow=True)
    client.post(decide.format(third.pk), {"award": "no"})

    assert "All 1 places of this call are awarded." in refused.content.decode()
    statuses = dict(call.applications.values_list("name", "status"))
    assert statuses == {
        "Own Applicant": "awarded",
        "Other Applicant": "nominated",
        "Third Applicant": "not_awarded",
    }
    client.force_login(personas.surabaya)
    assert client.get(f"/events/scholarships/{call.slug}/ranking/").status_code == 403
    assert client.post(decide.format(other.pk), {"award": "yes"}).status_code == 403


def test_staff_follow_the_alumni_of_a_call(client, personas):
    call = ScholarshipCallFactory()
    scholar = ApplicationFactory(call=call, name="Scholar One", status="awarded")
    ApplicationFactory(call=call, name="Not Chosen", status="not_awarded")
    client_for(client, personas.secretariat)
    url = f"/events/scholarships/{call.slug}/alumni/"

    client.post(
        url,
        {
            "application": scholar.pk,
            "noted_on": "2026-03-01",
            "position": "Head of urban planning",
            "note": "Set up the city's waste bank programme.",
        },
    )

    update = AlumniUpdate.objects.get()
    assert (update.application, update.noted_by) == (scholar, personas.secretariat)
    page = client.get(url).content.decode()
    assert "Scholar One" in page and "Set up the city" in page
    assert "Not Chosen" not in page
    client.force_login(personas.surabaya)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("page", ["ranking", "alumni", "panel"])
def test_the_staff_and_panel_pages_run_as_many_queries_for_many_applications_as_for_few(
    client, personas, page
):
    call = ScholarshipCallFactory()
    criterion = CriterionFactory(call=call)
    Panelist.objects.create(call=call, user=personas.secretariat)
    counts = []
    for size in (2, 8):
        while call.applications.count() < size:
            application = ApplicationFactory(call=call, status="awarded")
            application.score(by=personas.secretariat, criterion=criterion, value=3)
            AlumniUpdate.objects.create(application=application, note="Promoted")
        client_for(client, personas.secretariat)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/events/scholarships/{call.slug}/{page}/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
