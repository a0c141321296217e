import datetime
import io

import pytest
from openpyxl import load_workbook

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice, Payment
from kota.dues.services import issue_invoices
from kota.test import client_for

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def invoices(personas):
    FeeScheduleFactory(year=2026, fee="1000")
    issue_invoices(year=2026, today=D(2026, 1, 15))
    return {
        "surabaya": Invoice.objects.get(dues__member=personas.surabaya_city),
        "makassar": Invoice.objects.get(dues__member=personas.makassar_city),
    }


def test_a_focal_point_sees_their_invoices_and_balance_on_their_members_page(
    client, personas, invoices
):
    invoices["surabaya"].record_payment(
        amount="250", currency="USD", paid_on=D(2026, 2, 1), method=Payment.Method.BANK_TRANSFER
    )
    client.force_login(personas.surabaya)
    html = client.get("/members/surabaya/").content.decode()
    assert "Dues and invoices" in html
    assert invoices["surabaya"].number in html and "$750.00" in html
    assert invoices["makassar"].number not in html


def test_nobody_else_sees_a_members_invoices_on_its_page(client, personas, invoices):
    for user in (personas.makassar, personas.board, None):
        html = client_for(client, user).get("/members/surabaya/").content.decode()
        assert "Dues and invoices" not in html
        assert invoices["surabaya"].number not in html
        client.logout()


@pytest.mark.parametrize("suffix", ["", "pdf/"])
def test_another_members_invoice_is_not_found_by_url_guessing(client, personas, invoices, suffix):
    url = f"/dues/invoices/{invoices['surabaya'].number}/{suffix}"
    for user in (personas.makassar, personas.board, None):
        assert client_for(client, user).get(url).status_code == 404
        client.logout()
    client.force_login(personas.surabaya)
    assert client.get(url).status_code == 200
    assert client.get("/dues/invoices/2026-99999/").status_code == 404


def test_the_pdf_is_an_invoice_in_the_members_language(client, personas, invoices):
    personas.surabaya_city.language = "id"
    personas.surabaya_city.save()
    client.force_login(personas.surabaya)
    response = client.get(f"/dues/invoices/{invoices['surabaya'].number}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert invoices["surabaya"].number in text
    assert "Faktur" in text and "Surabaya" in text


def pdf_text(content):
    """The text of a PDF, read with the pdftotext command (poppler-utils)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        ["pdftotext", "-", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()


@pytest.mark.parametrize(
    ("path", "persona_codes"),
    [
        ("/dues/", {"secretariat": 200, "surabaya": 403, "board": 403, "anonymous": 302}),
        ("/dues/invoices/", {"secretariat": 200, "surabaya": 403, "board": 403, "anonymous": 302}),
        ("/dues/arrears/", {"secretariat": 200, "surabaya": 403, "board": 403, "anonymous": 302}),
        (
            "/dues/payments/import/",
            {"secretariat": 200, "surabaya": 403, "board": 403, "anonymous": 302},
        ),
        (
            "/dues/export/invoices.csv",
            {"secretariat": 200, "surabaya": 403, "board": 403, "anonymous": 302},
        ),
    ],
)
def test_dues_pages_are_for_staff(client, personas, invoices, path, persona_codes):
    users = dict(personas.all())
    for persona, code in persona_codes.items():
        assert client_for(client, users[persona]).get(path).status_code == code, persona
        client.logout()


def test_a_focal_point_cannot_record_a_payment(client, personas, invoices):
    client.force_login(personas.surabaya)
    url = f"/dues/invoices/{invoices['surabaya'].number}/payments/"
    response = client.post(
        url, {"amount": "1000", "currency": "USD", "paid_on": "2026-02-01", "method": "cash"}
    )
    assert response.status_code == 403
    assert invoices["surabaya"].payments.count() == 0


def test_staff_record_a_payment_through_the_page(client, personas, invoices):
    client.force_login(personas.secretariat)
    url = f"/dues/invoices/{invoices['surabaya'].number}/payments/"
    response = client.post(
        url,
        {
            "amount": "1000",
            "currency": "USD",
            "paid_on": "2026-02-01",
            "method": "bank_transfer",
            "reference": "TRX-1",
        },
        follow=True,
    )
    assert "Payment recorded." in response.content.decode()
    assert Invoice.objects.get(pk=invoices["surabaya"].pk).status == Invoice.Status.PAID
    response = client.post(
        url,
        {"amount": "5", "currency": "USD", "paid_on": "2026-02-01", "method": "cash"},
        follow=True,
    )
    assert "This payment ($5.00) is more than the balance due ($0.00)." in response.content.decode()


def test_staff_issue_the_years_invoices_from_the_overview(client, personas):
    FeeScheduleFactory(year=2027)
    client.force_login(personas.secretariat)
    response = client.post("/dues/2027/issue/", {"confirm": "yes"}, follow=True)
    assert "3 invoices issued for 2027; 0 members already had one." in response.content.decode()
    response = client.post("/dues/2027/issue/", {"confirm": "yes"}, follow=True)
    assert "0 invoices issued for 2027; 3 members already had one." in response.content.decode()


def test_issuing_a_years_invoices_asks_first_saying_what_will_happen(client, personas):
    """The dues page's button posts without confirm=yes: that shows what issuing would do
    (no JavaScript needed), and only the confirmation's own button issues."""
    FeeScheduleFactory(year=2027, fee="1250.50")
    client.force_login(personas.secretariat)
    overview = client.get("/dues/?year=2027").content.decode()
    assert 'action="/dues/2027/issue/"' in overview
    for asked in (client.post("/dues/2027/issue/"), client.get("/dues/2027/issue/")):
        page = asked.content.decode()
        assert asked.status_code == 200
        assert "3 members will be sent an invoice for 2027, $3,751.50 in all." in page
        assert 'name="confirm" value="yes"' in page
    assert not Invoice.objects.filter(year=2027).exists()
    client.post("/dues/2027/issue/", {"confirm": "yes"})
    assert Invoice.objects.filter(year=2027).count() == 3
    page = client.get("/dues/2027/issue/").content.decode()
    assert "0 members will be sent an invoice for 2027, $0.00 in all." in page
    assert "3 members already have an invoice for the year and are skipped." in page


def test_the_confirmation_speaks_the_readers_language_and_money(client, personas):
    FeeScheduleFactory(year=2027, fee="1250.50")
    client.force_login(personas.secretariat)
    page = client.get("/dues/2027/issue/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "US$3.751,50" in page


def test_invoices_export_as_csv_and_xlsx(client, personas, invoices):
    client.force_login(personas.secretariat)
    csv_text = client.get("/dues/export/invoices.csv?year=2026").content.decode("utf-8-sig")
    header, *rows = csv_text.strip().splitlines()
    assert header.startswith("number,year,member,country,tier")
    assert len(rows) == 3 and rows[0].startswith("2026-00001,2026,")
    response = client.get("/dues/export/payments.xlsx?year=2026")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[1]][:3] == ["invoice_number", "member", "paid_on"]
    assert client.get("/dues/export/secrets.csv").status_code == 404


BANK_HEADER = "invoice_number,amount,currency,paid_on,reference,exchange_rate\n"


def test_bank_payments_import_all_or_nothing_and_idempotent(client, personas, invoices):
    from kota.dues.payments_import import import_payments
    from kota.lib.csvfile import ImportRejected

    good = (
        BANK_HEADER
        + "2026-00001,400,USD,2026-02-01,BNI-1,\n2026-00002,1000,USD,2026-02-02,BNI-2,\n"
    )
    bad = good + "2026-09999,5,USD,2026-02-03,BNI-3,\n2026-00003,100,EUR,2026-02-03,BNI-4,\n"
    with pytest.raises(ImportRejected) as rejected:
        import_payments(bad.encode())
    messages = [(e.row, e.column) for e in rejected.value.errors]
    assert messages == [(4, "invoice_number"), (5, "exchange_rate")]
    assert Payment.objects.count() == 0
    assert import_payments(good.encode()) == (2, 0)
    assert import_payments(good.encode()) == (0, 2)
    assert Payment.objects.count() == 2


def test_a_bank_import_that_overpays_is_rejected_whole(invoices):
    from kota.dues.payments_import import import_payments
    from kota.lib.csvfile import ImportRejected

    content = BANK_HEADER + "2026-00001,600,USD,2026-02-01,A,\n2026-00001,600,USD,2026-02-02,B,\n"
    with pytest.raises(ImportRejected) as rejected:
        import_payments(content.encode())
    assert rejected.value.errors[0].row == 3
    assert Payment.objects.count() == 0


def test_the_overview_names_tiers_and_countries_in_the_readers_language(client, personas, invoices):
    from kota.dues.models import Tier

    Tier.objects.filter(slug="standard").update(
        name_translations={"id": "Standar", "zh-hans": "标准档"}
    )
    client.force_login(personas.secretariat)
    english = client.get("/dues/?year=2026").content.decode()
    assert "<td>Standard</td>" in english and "<td>Indonesia</td>" in english
    chinese = client.get("/dues/?year=2026", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "<td>标准档</td>" in chinese and "<td>印度尼西亚</td>" in chinese
    assert "<td>Standard</td>" not in chinese and "<td>Indonesia</td>" not in chinese
    indonesian = client.get("/dues/?year=2026", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "<td>Standar</td>" in indonesian
