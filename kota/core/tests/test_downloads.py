"""Every download that Kota checks permission for tells browsers and proxies to keep no copy:
invoice PDFs, evidence files of values, and the CSV and XLSX exports."""

import pytest

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice
from kota.dues.services import issue_invoices
from kota.test import client_for
from kota.workplans.factories import permission_matrix_objects

pytestmark = pytest.mark.django_db
RESULTS = "/results/manifesto-2021-2025"
DOWNLOADS = [
    "/dues/invoices/{invoice}/pdf/",
    "/results/values/{value}/evidence/",
    "/results/values/{approved}/evidence/",
    "/dues/export/payments.csv",
    "/dues/export/invoices.xlsx",
    f"{RESULTS}/export/indicators.csv",
    f"{RESULTS}/export/tree.xlsx",
    f"{RESULTS}/export/workplans.csv",
]


@pytest.mark.parametrize("path", DOWNLOADS)
def test_a_permission_checked_download_is_private_and_not_stored(
    client, personas, settings, tmp_path, path
):
    FeeScheduleFactory(year=2026)
    issue_invoices(year=2026)
    settings.MEDIA_ROOT = tmp_path
    names = permission_matrix_objects(personas)
    names["invoice"] = Invoice.objects.get(dues__member=personas.surabaya_city).number
    response = client_for(client, personas.secretariat).get(path.format(**names))
    assert response.status_code == 200
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives
