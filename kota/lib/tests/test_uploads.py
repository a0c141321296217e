"""One upload limit, UPLOAD_MAX_MB, and one message for a file over it, on every upload."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kota.dues.models import Payment
from kota.lib.uploads import CsvUploadForm
from kota.test import client_for
from kota.workplans.factories import WorkPlanFactory
from kota.workplans.models import Spending

pytestmark = pytest.mark.django_db

MESSAGE = "The file is 1.5 MB; the largest file Kota accepts is 1 MB."


def big_csv():
    return SimpleUploadedFile("big.csv", b"x" * (3 * 1024 * 1024 // 2), "text/csv")


def test_the_form_refuses_a_file_over_the_limit_with_the_one_message(settings):
    settings.UPLOAD_MAX_MB = 1
    form = CsvUploadForm({}, {"file": big_csv()})
    assert not form.is_valid()
    assert form.errors["file"] == [MESSAGE]
    assert "at most 1 MB" in form.fields["file"].help_text


def test_the_form_takes_a_file_at_the_limit(settings):
    settings.UPLOAD_MAX_MB = 1
    upload = SimpleUploadedFile("ok.csv", b"x" * (1024 * 1024), "text/csv")
    assert CsvUploadForm({}, {"file": upload}).is_valid()


def test_a_payment_import_over_the_limit_shows_the_one_message(client, personas, settings):
    settings.UPLOAD_MAX_MB = 1
    client = client_for(client, personas.secretariat)
    response = client.post(reverse("dues:import_payments"), {"file": big_csv()})
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not Payment.objects.exists()


def test_a_spending_import_over_the_limit_shows_the_one_message(client, personas, settings):
    settings.UPLOAD_MAX_MB = 1
    work_plan = WorkPlanFactory()
    client = client_for(client, personas.secretariat)
    url = reverse("workplans:spending_import", args=[work_plan.pk])
    response = client.post(url, {"file": big_csv()})
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert not Spending.objects.exists()
