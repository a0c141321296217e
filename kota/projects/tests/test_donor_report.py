"""The donor report pack: a financial statement that adds up per currency, never converting,
and a PDF and a workbook that show the same totals."""

import datetime
import io
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from kota.core.models import User
from kota.lib.money import format_money
from kota.partners.factories import GrantFactory, TrancheFactory
from kota.projects.codelists import TransactionType
from kota.projects.factories import (
    BudgetLineFactory,
    IndicatorFactory,
    ProjectFactory,
    ProjectGrantFactory,
    ResultFactory,
    TransactionFactory,
    UpdateFactory,
)
from kota.projects.reports import donor_report, financial_statement, report_pdf, report_xlsx

pytestmark = pytest.mark.django_db
D = Decimal
START, END = datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)


@pytest.fixture
def funded():
    """A USD grant with two tranches received in 2025 and one expected in 2026, funding two
    projects with budget lines in USD, IDR and EUR and transactions against them."""
    grant = GrantFactory(amount=D("500000"), currency="USD", reference="EU-2025-17")
    TrancheFactory(
        grant=grant, expected_on=datetime.date(2025, 1, 15), expected_amount=D("100000"),
        received_on=datetime.date(2025, 2, 1), received_amount=D("100000"),
    )  # fmt: skip
    TrancheFactory(
        grant=grant, expected_on=datetime.date(2025, 7, 15), expected_amount=D("150000"),
        received_on=datetime.date(2025, 8, 1), received_amount=D("150000"),
    )  # fmt: skip
    TrancheFactory(grant=grant, expected_on=datetime.date(2026, 1, 15))
    first, second = ProjectFactory(code="A-1"), ProjectFactory(code="B-2")
    for project in (first, second):
        ProjectGrantFactory(project=project, grant=grant)
    training = BudgetLineFactory(project=first, label="Training", amount=D("40000"))
    consultants = BudgetLineFactory(
        project=first, label="Local consultants", currency="IDR", amount=D("600000000")
    )
    travel = BudgetLineFactory(project=second, label="Travel", currency="EUR", amount=D("20000"))
    BudgetLineFactory(project=second, year=2026, label="Travel", currency="EUR")  # next year
    incoming = TransactionType.INCOMING_FUNDS
    TransactionFactory(project=first, kind=incoming, grant=grant, amount=D("100000"))
    TransactionFactory(project=first, budget_line=training, amount=D("12500.25"))
    TransactionFactory(
        project=first, budget_line=consultants, kind=TransactionType.DISBURSEMENT,
        currency="IDR", amount=D("150000000"),
    )  # fmt: skip
    TransactionFactory(project=first, budget_line=consultants, currency="IDR", amount=D("25000000"))
    TransactionFactory(project=second, budget_line=travel, currency="EUR", amount=D("3000"))
    TransactionFactory(project=second, currency="EUR", amount=D("450.50"))  # no budget line
    TransactionFactory(project=second, currency="EUR", date=datetime.date(2024, 12, 31))
    TransactionFactory(currency="USD", amount=D("999"))  # another project, not this grant
    return grant


def test_tranches_and_transactions_in_three_currencies_add_up(funded):
    statement = financial_statement(funded, START, END)
    lines = {(line.project, line.label, line.currency): line for line in statement.lines}
    assert {key: (line.budget, line.disbursed, line.spent) for key, line in lines.items()} == {
        ("A-1", "Training", "USD"): (D("40000"), 0, D("12500.25")),
        ("A-1", "Local consultants", "IDR"): (D("600000000"), D("150000000"), D("25000000")),
        ("B-2", "Travel", "EUR"): (D("20000"), 0, D("3000")),
        ("B-2", "Not on a budget line", "EUR"): (0, 0, D("450.50")),
    }
    totals = {
        currency: (t.tranches_received, t.incoming, t.budget, t.disbursed, t.spent, t.balance)
        for currency, t in statement.totals.items()
    }
    assert totals == {
        "EUR": (0, 0, D("20000"), 0, D("3450.50"), D("-3450.50")),
        "IDR": (0, 0, D("600000000"), D("150000000"), D("25000000"), D("-175000000")),
        "USD": (D("250000"), D("100000"), D("40000"), 0, D("12500.25"), D("237499.75")),
    }
    assert statement.totals["USD"].tranches_expected == D("250000")
    # every currency's totals are the sums of its own lines: nothing converted
    for currency, total in statement.totals.items():
        own = [line for line in statement.lines if line.currency == currency]
        assert total.spent == sum((line.spent for line in own), D(0))
        assert total.budget == sum((line.budget for line in own), D(0))


def pdf_text(content):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()


def test_the_donor_report_pdf_shows_its_totals_updates_and_disaggregations(funded, personas):
    project = funded.project_links.order_by("project__code").first().project
    update = UpdateFactory(project=project, author=personas.secretariat)
    update.submit(personas.secretariat)
    update.approve(User.objects.create_user("reviewer", is_staff=True))
    UpdateFactory(
        project=project, author=personas.secretariat, narrative="A draft nobody approved.",
        period_start=datetime.date(2025, 4, 1), period_end=datetime.date(2025, 6, 30),
    )  # fmt: skip
    indicator = IndicatorFactory(result=ResultFactory(project=project, title="Officials trained"))
    cells = {("female", "under-25"): 7, ("female", "25-59"): 21, ("female", "60-plus"): 2,
             ("male", "under-25"): 6, ("male", "25-59"): 17, ("male", "60-plus"): 3}  # fmt: skip
    indicator.record_period(START, END, target=60, actual=56, cells=cells)
    text = pdf_text(report_pdf(donor_report(funded, START, END)))
    for amount, currency in [
        (D("237499.75"), "USD"), (D("250000"), "USD"), (D("12500.25"), "USD"),
        (D("-175000000"), "IDR"), (D("600000000"), "IDR"), (D("-3450.50"), "EUR"),
    ]:  # fmt: skip
        assert format_money(amount, currency) in text
    assert "Two cities started their reviews." in text
    assert "A draft nobody approved." not in text
    assert "Officials trained" in text
    assert re.search(r"2025-12-31\s+0\s+60\s+56\n", text)  # baseline, target, actual
    assert re.search(r"Female\s+7\s+21\s+2\n", text) and re.search(r"Male\s+6\s+17\s+3\n", text)


def test_the_workbook_holds_the_same_statement(funded):
    book = load_workbook(io.BytesIO(report_xlsx(donor_report(funded, START, END))))
    rows = list(book["Financial statement"].values)
    header = next(i for i, row in enumerate(rows) if row and row[0] == "Currency")
    totals = {row[0]: row[1:] for row in rows[header + 1 :]}
    assert totals["USD"] == (250000, 100000, 40000, 0, 12500.25, 237499.75)
    assert totals["IDR"][-1] == -175000000
