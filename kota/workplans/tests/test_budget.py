"""Budgets of a work plan summed by goal, body and funding source; actual spending entered or
imported from CSV (all or nothing); execution rate = spent / budget."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kota.governance.factories import BodyFactory
from kota.lib.csvfile import ImportRejected
from kota.results.factories import SecretariatUnitFactory
from kota.results.models import Activity, NotAllowed
from kota.test import client_for
from kota.workplans.factories import FundingSourceFactory, WorkPlanFactory, WorkPlanItemFactory
from kota.workplans.models import FundingSource, Spending, WorkPlan
from kota.workplans.spending_import import import_spending

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def work_plan(manifesto, personas, council):
    """The 2025 work plan, endorsed: three items over goals 1 and 6."""
    work_plan = WorkPlanFactory(plan=manifesto, year=2025)
    activity = {a.code: a for a in Activity.objects.filter(strategy__goal__plan=manifesto)}
    fees = FundingSourceFactory()
    grant = FundingSourceFactory(kind=FundingSource.Kind.PARTNER_GRANT, name="EU grant")
    bureau = personas.executive_bureau
    finance = SecretariatUnitFactory(slug="finance", name="Finance")
    for code, act, budget, source, body, unit in [
        ("A1", "1.1.1", "10000", fees, bureau, None),
        ("A2", "1.4.2", "5000", grant, None, finance),
        ("A3", "6.5.1", "2000", fees, None, finance),
    ]:
        WorkPlanItemFactory(
            work_plan=work_plan,
            code=code,
            activity=activity[act],
            budget=Decimal(budget),
            funding_source=source,
            body=body,
            unit=unit,
        )
    work_plan.submit(personas.secretariat)
    work_plan.approve(personas.board)
    work_plan.endorse(council)
    return work_plan


def spend(work_plan, code, amount, by, reference=""):
    item = work_plan.items.get(code=code)
    return item.record_spending(
        amount=amount, currency="USD", spent_on=D(2025, 6, 30), reference=reference, by=by
    )


def test_budget_summaries_and_execution_rates(work_plan, personas):
    staff = personas.secretariat
    spend(work_plan, "A1", "2500", staff)
    spend(work_plan, "A1", "2500", staff)
    spend(work_plan, "A2", "4500", staff)
    items = work_plan.items.all()
    by_goal = [
        (r["activity__strategy__goal__code"], r["budget"], r["spent"], r["rate"])
        for r in items.budget_by_goal()
    ]
    assert by_goal == [
        ("1", Decimal("15000"), Decimal("9500"), Decimal("63.3")),
        ("6", Decimal("2000"), Decimal("0"), Decimal("0.0")),
    ]
    by_body = {(r["body__name"], r["unit__name"]): r["rate"] for r in items.budget_by_body()}
    assert by_body == {
        ("Executive Bureau", None): Decimal("50.0"),
        (None, "Finance"): Decimal("64.3"),
    }
    by_source = {
        r["funding_source__name"]: (r["budget"], r["spent"])
        for r in items.budget_by_funding_source()
    }
    assert by_source == {
        "EU grant": (Decimal("5000"), Decimal("4500")),
        "Membership fees": (Decimal("12000"), Decimal("5000")),
    }
    [total] = items.budget_total()
    assert (total["currency"], total["budget"], total["spent"], total["rate"]) == (
        "USD",
        Decimal("17000"),
        Decimal("9500"),
        Decimal("55.9"),
    )
    rates = {item.code: item.spent for item in items.with_spent()}
    assert rates == {"A1": Decimal("5000"), "A2": Decimal("4500"), "A3": Decimal("0")}


def test_spending_of_an_item_counts_in_the_next_revision_too(work_plan, personas):
    spend(work_plan, "A1", "1000", personas.secretariat)
    revision = work_plan.revise(personas.secretariat)
    assert {i.code: i.spent for i in revision.items.with_spent()}["A1"] == Decimal("1000")


def test_spending_is_refused_in_the_wrong_currency_year_or_status(work_plan, personas, manifesto):
    item = work_plan.items.get(code="A1")
    staff = personas.secretariat
    with pytest.raises(ValidationError, match="budgeted in USD, not EUR"):
        item.record_spending(amount=1, currency="EUR", spent_on=D(2025, 1, 1), by=staff)
    with pytest.raises(ValidationError, match="falls in 2025"):
        item.record_spending(amount=1, currency="USD", spent_on=D(2024, 12, 31), by=staff)
    with pytest.raises(ValidationError, match="positive"):
        item.record_spending(amount=0, currency="USD", spent_on=D(2025, 1, 1), by=staff)
    with pytest.raises(NotAllowed):
        item.record_spending(amount=1, currency="USD", spent_on=D(2025, 1, 1), by=personas.board)
    draft_item = WorkPlanItemFactory(work_plan=WorkPlanFactory(plan=manifesto, year=2027))
    with pytest.raises(ValidationError, match="approved the work plan"):
        draft_item.record_spending(amount=1, currency="USD", spent_on=D(2027, 1, 1), by=staff)
    assert not Spending.objects.exists()


CSV = (
    "item_code,amount,currency,spent_on,reference\n"
    "A1,1200.50,USD,2025-03-31,GL-001\n"
    "A2,800,usd,2025-04-15,GL-002\n"
)


def test_a_spending_csv_is_imported_and_importing_it_again_records_nothing_twice(
    work_plan, personas
):
    assert import_spending(CSV.encode(), work_plan, by=personas.secretariat) == (2, 0)
    assert import_spending(CSV.encode(), work_plan, by=personas.secretariat) == (0, 2)
    assert sorted(Spending.objects.values_list("item__code", "amount")) == [
        ("A1", Decimal("1200.500")),
        ("A2", Decimal("800.000")),
    ]


def test_one_bad_row_rejects_the_whole_spending_file(work_plan, personas):
    bad = CSV + (
        "ZZ,10,USD,2025-01-01,GL-003\n"
        "A3,10,EUR,2025-01-01,GL-004\n"
        "A3,10,USD,2024-01-01,GL-005\n"
        "A3,-5,USD,2025-01-01,GL-006\n"
    )
    with pytest.raises(ImportRejected) as rejected:
        import_spending(bad.encode(), work_plan, by=personas.secretariat)
    problems = [(e.row, e.column) for e in rejected.value.errors]
    assert problems == [(4, "item_code"), (5, "currency"), (6, "spent_on"), (7, "amount")]
    assert not Spending.objects.exists()


def test_a_spending_csv_without_its_columns_is_rejected(work_plan, personas):
    with pytest.raises(ImportRejected, match="Required column"):
        import_spending(b"item,amount\nA1,5\n", work_plan, by=personas.secretariat)


def test_staff_import_spending_through_the_page(
    client, work_plan, personas, django_capture_on_commit_callbacks
):
    client = client_for(client, personas.secretariat)
    url = f"/results/workplans/{work_plan.pk}/spending/import/"
    from django.core.files.uploadedfile import SimpleUploadedFile

    with django_capture_on_commit_callbacks(execute=True):
        bad = client.post(
            url, {"file": SimpleUploadedFile("gl.csv", (CSV + "ZZ,1,USD,2025-01-01,X\n").encode())}
        )
    assert bad.url.startswith("/results/workplans/spending/imports/")
    html = client.get(bad.url).content.decode()
    assert "rejected because of 1 problem; nothing was imported" in html
    assert "The work plan has no item with the code “ZZ”" in html
    assert not Spending.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        good = client.post(url, {"file": SimpleUploadedFile("gl.csv", CSV.encode())})
    html = client.get(good.url).content.decode()
    assert "2 spending lines recorded; 0 were already recorded." in html
    assert "gl.csv" in client.get(url).content.decode()  # among the recent imports
    page = client.get(f"/results/workplans/{work_plan.pk}/").content.decode()
    assert "$2,000.50" in page and "12.0%" in page  # A1: 1,200.50 of 10,000


def test_staff_record_one_spending_line_through_the_page(client, work_plan, personas):
    client = client_for(client, personas.secretariat)
    item = work_plan.items.get(code="A3")
    client.post(
        f"/results/workplans/{work_plan.pk}/spending/",
        {"item": item.pk, "amount": "500", "spent_on": "2025-05-05", "reference": "GL-9"},
    )
    assert Spending.objects.get().amount == 500
    assert "25.0%" in client.get(f"/results/workplans/{work_plan.pk}/").content.decode()


def test_an_item_may_be_run_by_a_body(manifesto):
    item = WorkPlanItemFactory(
        work_plan=WorkPlanFactory(plan=manifesto), unit=None, body=BodyFactory()
    )
    item.full_clean()
    assert WorkPlan.objects.count() == 1


def test_the_same_spending_twice_in_one_file_rejects_the_file_naming_both_rows(work_plan, personas):
    twice = CSV + "A1,200,USD,2025-05-02,GL-001\n"
    with pytest.raises(ImportRejected) as rejected:
        import_spending(twice.encode(), work_plan, by=personas.secretariat)
    [error] = rejected.value.errors
    assert (error.row, error.column) == (4, "reference")
    assert "Row 2 has the same item_code, reference (“A1”, “GL-001”)" in error.message
    assert not Spending.objects.exists()


def test_spending_that_rounds_to_nothing_is_refused_not_an_error(client, work_plan, personas):
    with pytest.raises(ValidationError, match=r"rounds to \$0\.00"):
        spend(work_plan, "A1", "0.001", personas.secretariat)
    with pytest.raises(ImportRejected, match=r"rounds to \$0\.00"):
        import_spending(
            CSV.replace("1200.50", "0.001").encode(), work_plan, by=personas.secretariat
        )
    client = client_for(client, personas.secretariat)
    item = work_plan.items.get(code="A3")
    response = client.post(
        f"/results/workplans/{work_plan.pk}/spending/",
        {"item": item.pk, "amount": "0.001", "spent_on": "2025-06-30"},
        follow=True,
    )
    assert response.status_code == 200
    assert "rounds to $0.00" in response.content.decode()
    assert not Spending.objects.exists()
