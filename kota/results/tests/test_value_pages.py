"""Entering a value through the pages, submitting it, and another officer reviewing it."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from kota.results.factories import DimensionFactory, IndicatorFactory, ValueFactory
from kota.results.models import Value
from kota.test import client_for

pytestmark = pytest.mark.django_db
D = datetime.date


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def trained(db):
    """Participants of capacity-building events, by sex and age group."""
    indicator = IndicatorFactory(code="TRAINED", name="Participants trained", is_public=True)
    DimensionFactory(indicator=indicator, code="sex", name="Sex", categories=["female", "male"])
    DimensionFactory(indicator=indicator, code="age", name="Age", categories=["young", "older"])
    return indicator


def new_value_url(indicator):
    return f"/results/{indicator.plan.slug}/indicators/{indicator.code}/values/new/"


def test_staff_enter_a_disaggregated_value_and_its_total_is_the_sum_of_its_cells(
    client, personas, trained
):
    client = client_for(client, personas.secretariat)
    form = client.get(new_value_url(trained)).content.decode()
    assert "Female · Young" in form and "Male · Older" in form
    response = client.post(
        new_value_url(trained),
        {
            "period": "2023-01-01:2023-12-31",
            "cell_0": "12",
            "cell_1": "8",
            "cell_2": "15",
            "cell_3": "5",
            "evidence_url": "https://example.org/attendance.pdf",
            "comment": "Two workshops",
            "save": "",
        },
    )
    value = Value.objects.get(indicator=trained)
    assert response.url == f"/results/values/{value.pk}/"
    assert value.status == Value.Status.DRAFT and value.entered_by == personas.secretariat
    assert value.number == 40
    assert value.cell_numbers() == {
        "age=older;sex=female": 8,
        "age=older;sex=male": 5,
        "age=young;sex=female": 12,
        "age=young;sex=male": 15,
    }
    html = client.get(response.url).content.decode()
    assert '<th class="num" id="cells-total">40</th>' in html


def test_a_breakdown_with_a_missing_cell_is_refused(client, personas, trained):
    client = client_for(client, personas.secretariat)
    response = client.post(
        new_value_url(trained),
        {"period": "2023-01-01:2023-12-31", "cell_0": "12", "cell_1": "8", "cell_2": "15"},
    )
    assert response.status_code == 200
    assert "Missing combinations" in response.content.decode()
    assert not Value.objects.filter(indicator=trained).exists()


def test_a_value_with_an_evidence_file_is_saved_and_submitted_at_once(
    client, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    indicator = IndicatorFactory(code="MOU")
    client = client_for(client, personas.secretariat)
    response = client.post(
        new_value_url(indicator),
        {
            "period": "2022-01-01:2022-12-31",
            "number": "7",
            "evidence_file": SimpleUploadedFile("mou.pdf", b"%PDF-1.4"),
            "submit": "",
        },
    )
    value = Value.objects.get(indicator=indicator)
    assert value.status == Value.Status.SUBMITTED and value.submitted_by == personas.secretariat
    assert value.evidence_file.name.startswith("results/evidence/")
    assert "Submitted for approval." in messages_of(response)


def test_submitting_without_evidence_says_what_is_missing(client, personas):
    indicator = IndicatorFactory(code="MOU")
    client = client_for(client, personas.secretariat)
    response = client.post(
        new_value_url(indicator), {"period": "2022-01-01:2022-12-31", "number": "7", "submit": ""}
    )
    assert Value.objects.get(indicator=indicator).status == Value.Status.DRAFT
    assert "A value is submitted with evidence (a file or a link)." in messages_of(response)


@pytest.fixture
def submitted(personas):
    value = ValueFactory(indicator=IndicatorFactory(code="MOU"), entered_by=personas.secretariat)
    value.submit(personas.secretariat)
    return value


def test_another_officer_approves_from_the_review_queue(client, personas, reviewer, submitted):
    client = client_for(client, reviewer)
    queue = client.get("/results/review/").content.decode()
    assert (
        f"/results/values/{submitted.pk}/" in queue.split('id="awaiting"')[1].split("</section>")[0]
    )
    response = client.post(f"/results/values/{submitted.pk}/approve/")
    assert response.url == "/results/review/"
    submitted.refresh_from_db()
    assert submitted.status == Value.Status.APPROVED and submitted.reviewed_by == reviewer


def test_self_approval_is_refused_with_a_clear_message(client, personas, submitted):
    client = client_for(client, personas.secretariat)
    queue = client.get("/results/review/").content.decode()
    assert f"/results/values/{submitted.pk}/" in queue.split('id="mine"')[1].split("</section>")[0]
    assert "Approve" not in client.get(f"/results/values/{submitted.pk}/").content.decode()
    response = client.post(f"/results/values/{submitted.pk}/approve/")
    assert response.url == f"/results/values/{submitted.pk}/"
    assert messages_of(response) == [
        "Nobody approves or returns their own value: secretariat submitted this one, so "
        "another member of the secretariat must review it."
    ]
    assert Value.objects.get(pk=submitted.pk).status == Value.Status.SUBMITTED


def test_a_returned_value_carries_its_reason_and_can_be_fixed_and_resubmitted(
    client, personas, reviewer, submitted
):
    reviewing = client_for(client, reviewer)
    assert (
        reviewing.post(f"/results/values/{submitted.pk}/return/", {"reason": ""}).status_code == 302
    )
    assert Value.objects.get(pk=submitted.pk).status == Value.Status.SUBMITTED
    reviewing.post(f"/results/values/{submitted.pk}/return/", {"reason": "Attach the MoU"})
    submitted.refresh_from_db()
    assert submitted.status == Value.Status.RETURNED and submitted.return_reason == "Attach the MoU"
    client.force_login(personas.secretariat)
    html = client.get(f"/results/values/{submitted.pk}/").content.decode()
    assert "Attach the MoU" in html
    client.post(
        f"/results/values/{submitted.pk}/",
        {"number": "8", "evidence_url": "https://example.org/mou-signed.pdf", "submit": ""},
    )
    submitted.refresh_from_db()
    assert (submitted.status, submitted.number) == (Value.Status.SUBMITTED, 8)


def test_a_locked_period_refuses_edits_through_the_page(client, personas, reviewer, submitted):
    submitted.approve(reviewer)
    client = client_for(client, personas.secretariat)
    response = client.post(
        f"/results/values/{submitted.pk}/", {"number": "999", "evidence_url": "https://x.org/"}
    )
    assert response.url == f"/results/values/{submitted.pk}/"
    assert "is approved and locked; correct it with a reason instead." in messages_of(response)[0]
    assert Value.objects.get(pk=submitted.pk).number == 10
    again = client.post(
        new_value_url(submitted.indicator), {"period": "2021-01-01:2021-12-31", "number": "999"}
    )
    assert "The value for 2021 is approved and locked" in again.content.decode()
    assert Value.objects.filter(indicator=submitted.indicator).count() == 1


def test_a_value_waiting_for_review_refuses_edits_too(client, personas, submitted):
    client = client_for(client, personas.secretariat)
    response = client.post(f"/results/values/{submitted.pk}/", {"number": "999"})
    assert "waiting for approval" in messages_of(response)[0]
    assert Value.objects.get(pk=submitted.pk).number == 10


def test_a_computed_indicator_takes_no_entered_value(client, personas, manifesto):
    client = client_for(client, personas.secretariat)
    url = "/results/manifesto-2021-2025/indicators/KPI-1.4.2/values/new/"
    assert client.get(url).status_code == 404


def test_an_evidence_file_larger_than_the_limit_is_refused(client, personas, settings):
    settings.UPLOAD_MAX_MB = 1
    indicator = IndicatorFactory(code="MOU")
    response = client_for(client, personas.secretariat).post(
        new_value_url(indicator),
        {
            "period": "2022-01-01:2022-12-31",
            "number": "7",
            "evidence_file": SimpleUploadedFile("big.pdf", b"%PDF-1.4 " + b"x" * (2 * 1024 * 1024)),
        },
    )
    assert "The file is 2.0 MB; the largest file Kota accepts is 1 MB." in response.content.decode()
    assert not Value.objects.filter(indicator=indicator).exists()


def test_an_officer_who_edited_a_returned_value_is_not_offered_its_approval(
    client, personas, reviewer, submitted
):
    from kota.core.models import User

    colleague = User.objects.create_user("colleague", is_staff=True)
    submitted.return_(reviewer, "The number looks low")
    client = client_for(client, colleague)
    client.post(
        f"/results/values/{submitted.pk}/",
        {"number": "80", "evidence_url": "https://example.org/count.pdf", "save": ""},
    )
    submitted.submit(reviewer)
    assert f"/results/values/{submitted.pk}/" not in client.get("/results/review/").content.decode()
    html = client.get(f"/results/values/{submitted.pk}/").content.decode()
    assert "You changed this value" in html and "Approve" not in html
    response = client.post(f"/results/values/{submitted.pk}/approve/")
    assert "colleague changed this value" in messages_of(response)[0]
    assert Value.objects.get(pk=submitted.pk).status == Value.Status.SUBMITTED
