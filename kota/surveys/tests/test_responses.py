"""Responses: who sees which, the workflow (draft, submit, return, resubmit, validate) with its
history, opening a campaign and reminding respondents."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from kota.members.factories import FocalPointFactory, MemberFactory
from kota.surveys import tasks
from kota.surveys.factories import (
    CampaignFactory,
    ResponseFactory,
    satisfaction_version,
    with_file_question,
)
from kota.surveys.models import Campaign, Response
from kota.test import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def responses(personas):
    campaign = CampaignFactory()
    return (
        ResponseFactory(campaign=campaign, member=personas.surabaya_city, language="id"),
        ResponseFactory(campaign=campaign, member=personas.makassar_city),
    )


def test_a_focal_point_sees_only_their_own_members_response(client, personas, responses):
    surabaya, makassar = responses
    assert list(Response.objects.visible_to(personas.surabaya)) == [surabaya]
    client_for(client, personas.surabaya)
    assert client.get(surabaya.get_absolute_url()).status_code == 200
    assert client.get(makassar.get_absolute_url()).status_code == 404
    assert Response.objects.visible_to(None).count() == 0
    assert Response.objects.visible_to(personas.secretariat).count() == 2


def test_a_focal_point_cannot_answer_for_another_member(personas, responses):
    _surabaya, makassar = responses
    with pytest.raises(PermissionDenied):
        makassar.save_draft({"satisfaction": "1"}, personas.surabaya)


def test_returned_then_resubmitted_then_validated(personas, responses):
    response, _other = responses
    response.save_draft({"staff": "4"}, personas.surabaya)
    assert response.status == Response.Status.DRAFT
    response.submit({"satisfaction": "2", "why_not": "Slow"}, personas.surabaya)
    with pytest.raises(PermissionDenied):
        response.validate(personas.surabaya)
    response.return_with_comment("Please say what was slow.", personas.secretariat)
    assert response.status == Response.Status.RETURNED
    with pytest.raises(ValidationError):
        response.validate(personas.secretariat)  # not submitted again yet
    response.save_draft({"satisfaction": "2", "why_not": "Slow replies"}, personas.surabaya)
    assert response.status == Response.Status.RETURNED  # still to resubmit
    with pytest.raises(ValidationError):
        response.submit({"satisfaction": "2"}, personas.surabaya)
    response.resubmit({"satisfaction": "2", "why_not": "Slow replies to emails"}, personas.surabaya)
    response.validate(personas.secretariat)
    response.refresh_from_db()
    assert response.status == Response.Status.VALIDATED
    assert response.answers["why_not"] == "Slow replies to emails"
    with pytest.raises(ValidationError):
        response.save_draft({}, personas.surabaya)
    statuses = list(response.history.order_by("history_date").values_list("status", flat=True))
    assert statuses[1:] == ["draft", "submitted", "returned", "returned", "submitted", "validated"]


def test_returning_needs_a_comment(personas, responses):
    response, _other = responses
    response.submit({"satisfaction": "4"}, personas.surabaya)
    with pytest.raises(ValidationError):
        response.return_with_comment("  ", personas.secretariat)


def test_a_closed_campaign_takes_no_answers(personas, responses):
    response, _other = responses
    response.campaign.close()
    with pytest.raises(ValidationError):
        response.save_draft({"satisfaction": "4"}, personas.surabaya)


def test_opening_a_campaign_invites_one_respondent_per_member_in_their_language(
    personas, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    personas.surabaya_city.language = "id"
    personas.surabaya_city.save()
    FocalPointFactory(member=personas.surabaya_city, email="second@surabaya.example")
    inactive = MemberFactory(status="lapsed")
    FocalPointFactory(member=inactive)
    campaign = CampaignFactory(status=Campaign.Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        added = campaign.open()
        invited = tasks.invite_uninvited(campaign)
    members = set(campaign.responses.values_list("member_id", flat=True))
    assert personas.surabaya_city.pk in members and inactive.pk not in members
    assert added == invited == campaign.responses.count()
    to_surabaya = [m for m in mail.outbox if personas.surabaya_contact.email in m.to]
    assert len(to_surabaya) == 1
    assert "Mohon dijawab" in to_surabaya[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert campaign.open() == 0
        assert tasks.invite_uninvited(campaign) == 0
    assert len(mail.outbox) == invited


def test_reminders_go_once_a_week_to_those_who_have_not_submitted(
    personas, responses, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    surabaya, makassar = responses
    makassar.submit({"satisfaction": "5"}, personas.makassar)
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_due_reminders(now) == 1
        assert tasks.send_due_reminders(now + datetime.timedelta(days=1)) == 0
        assert tasks.send_due_reminders(now + datetime.timedelta(days=8)) == 1
    surabaya.refresh_from_db()
    assert surabaya.reminders_sent == 2
    assert [m.to for m in mail.outbox] == [[surabaya.email], [surabaya.email]]
    assert "Pengingat" in mail.outbox[0].subject


def test_the_focal_point_saves_a_draft_and_submits_through_the_page(client, personas, responses):
    response, _other = responses
    client_for(client, personas.surabaya)
    url = response.get_absolute_url()
    reply = client.post(url, {"q_satisfaction": "1", "draft": "1"})
    assert reply.status_code == 302
    response.refresh_from_db()
    assert (response.status, response.answers) == ("draft", {"satisfaction": "1"})
    reply = client.post(url, {"q_satisfaction": "1", "submit": "1"})
    assert reply.status_code == 200  # the skipped-in question is now required
    response.refresh_from_db()
    assert response.status == "draft"
    client.post(url, {"q_satisfaction": "1", "q_why_not": "More trainings", "submit": "1"})
    response.refresh_from_db()
    assert response.status == "submitted"
    assert client.post(url, {"q_satisfaction": "5", "draft": "1"}).status_code == 403


def test_staff_return_a_response_and_its_respondent_is_told_in_their_language(
    client, personas, responses, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    response, _other = responses
    response.submit({"satisfaction": "2", "why_not": "Slow"}, personas.surabaya)
    client_for(client, personas.secretariat)
    url = response.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{url}return/", {"comment": ""})
    response.refresh_from_db()
    assert response.status == Response.Status.SUBMITTED and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{url}return/", {"comment": "Sebutkan layanan mana yang lambat."})
    response.refresh_from_db()
    assert response.status == Response.Status.RETURNED
    assert len(mail.outbox) == 1
    assert "perlu diperbaiki" in mail.outbox[0].subject
    assert "Sebutkan layanan mana yang lambat." in mail.outbox[0].body
    client.force_login(personas.surabaya)
    page = client.get(url).content.decode()
    assert "Sebutkan layanan mana yang lambat." in page and "Submit again" in page


def test_a_file_answer_is_kept_privately_and_downloaded_by_those_who_see_the_response(
    client, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    version = with_file_question(satisfaction_version(publish=False))
    version.publish()
    response = ResponseFactory(
        campaign=CampaignFactory(version=version), member=personas.surabaya_city
    )
    client_for(client, personas.surabaya)
    upload = SimpleUploadedFile("budget.pdf", b"%PDF-1.4 budget", content_type="application/pdf")
    client.post(response.get_absolute_url(), {"q_evidence": upload, "draft": "1"})
    response.refresh_from_db()
    stored = response.answers["evidence"]
    assert stored.startswith(f"surveys/{response.campaign_id}/{response.pk}/")
    url = f"{response.get_absolute_url()}files/evidence"
    assert url in client.get(response.get_absolute_url()).content.decode()
    client.post(response.get_absolute_url(), {"q_staff": "2", "draft": "1"})
    response.refresh_from_db()
    assert response.answers["evidence"] == stored  # kept when no other file is chosen
    download = client.get(url)
    assert b"".join(download.streaming_content) == b"%PDF-1.4 budget"
    assert "no-store" in download["Cache-Control"]
    client.force_login(personas.makassar)
    assert client.get(url).status_code == 404
    assert client.get(f"{response.get_absolute_url()}files/staff").status_code == 404
