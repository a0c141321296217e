"""The rules one project record keeps: an update's second approver, an indicator's cells that
add up, a transaction's grant and budget line, history kept for money and approvals."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kota.core.models import User
from kota.lib.workflow import InvalidTransition, NotAllowed
from kota.partners.factories import GrantFactory
from kota.projects.codelists import TransactionType
from kota.projects.factories import (
    BudgetLineFactory,
    IndicatorFactory,
    ProjectFactory,
    UpdateFactory,
)
from kota.projects.models import Update

pytestmark = pytest.mark.django_db
CELLS = {
    ("female", "under-25"): 5, ("female", "25-59"): 10, ("female", "60-plus"): 1,
    ("male", "under-25"): 4, ("male", "25-59"): 9, ("male", "60-plus"): 1,
}  # fmt: skip
YEAR = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))


@pytest.fixture
def colleague(db):
    return User.objects.create_user("colleague", is_staff=True)


def test_an_update_cannot_be_approved_by_its_author(personas, colleague):
    update = UpdateFactory(author=personas.secretariat)
    update.submit(personas.secretariat)
    with pytest.raises(NotAllowed, match="Nobody approves or returns their own update"):
        update.approve(personas.secretariat)
    assert Update.objects.awaiting_review_by(personas.secretariat).count() == 0
    assert list(Update.objects.awaiting_review_by(colleague)) == [update]
    update.approve(colleague)
    assert update.status == Update.Status.APPROVED
    assert update.reviewed_by == colleague


def test_nor_by_whoever_submitted_it(personas, colleague):
    update = UpdateFactory(author=personas.secretariat)
    update.submit(colleague)
    with pytest.raises(NotAllowed):
        update.approve(colleague)
    with pytest.raises(NotAllowed):
        update.approve(personas.secretariat)


def test_only_staff_review_and_a_returned_update_says_why(personas, colleague):
    update = UpdateFactory(author=personas.secretariat)
    update.submit(personas.secretariat)
    with pytest.raises(NotAllowed):
        update.approve(personas.board)
    with pytest.raises(ValidationError):
        update.return_(colleague, " ")
    update.return_(colleague, "Add the attendance list.")
    assert update.status == Update.Status.RETURNED
    assert update.history.first().history_change_reason == "Add the attendance list."


def test_a_submitted_update_is_locked_and_needs_evidence(personas):
    bare = UpdateFactory(author=personas.secretariat, evidence_url="")
    with pytest.raises(ValidationError, match="evidence"):
        bare.submit(personas.secretariat)
    update = UpdateFactory(
        author=personas.secretariat,
        period_start=datetime.date(2025, 4, 1),
        period_end=datetime.date(2025, 6, 30),
        project=bare.project,
    )
    update.submit(personas.secretariat)
    update.narrative = "Changed after submission."
    with pytest.raises(InvalidTransition):
        update.save()
    with pytest.raises(InvalidTransition):
        update.submit(personas.secretariat)


def test_an_update_covers_one_calendar_quarter(personas):
    update = UpdateFactory.build(
        project=ProjectFactory(),
        author=personas.secretariat,
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2025, 4, 30),
    )
    with pytest.raises(ValidationError, match="quarter"):
        update.full_clean()


def test_cells_by_sex_and_age_add_up_to_the_actual():
    indicator = IndicatorFactory()
    period = indicator.record_period(*YEAR, target=40, actual=30, cells=CELLS)
    assert period.actual == Decimal(30)
    assert sum(cell.number for cell in period.cells.all()) == period.actual
    assert period.cells.count() == 6


@pytest.mark.parametrize(
    ("cells", "actual", "message"),
    [
        (CELLS | {("male", "60-plus"): 2}, 30, "add up to 31, not to the actual 30"),
        ({k: v for k, v in CELLS.items() if k != ("male", "60-plus")}, 29, "Missing cells"),
        (CELLS | {("another", "25-59"): 1}, 31, "is not a sex and an age group"),
        (CELLS | {("female", "under-25"): -5}, 20, "not negative"),
    ],
)
def test_a_bad_set_of_cells_is_refused_and_nothing_is_stored(cells, actual, message):
    indicator = IndicatorFactory()
    with pytest.raises(ValidationError, match=message):
        indicator.record_period(*YEAR, actual=actual, cells=cells)
    assert not indicator.periods.exists()


def test_a_disaggregated_actual_needs_its_cells_and_a_plain_one_refuses_them():
    with pytest.raises(ValidationError, match="give its cells"):
        IndicatorFactory().record_period(*YEAR, actual=30)
    with pytest.raises(ValidationError, match="not broken down"):
        IndicatorFactory(is_disaggregated=False).record_period(*YEAR, actual=30, cells=CELLS)


def test_new_cells_replace_the_old_ones_and_the_old_numbers_stay_in_history():
    indicator = IndicatorFactory()
    indicator.record_period(*YEAR, actual=30, cells=CELLS)
    period = indicator.record_period(*YEAR, actual=31, cells=CELLS | {("male", "60-plus"): 2})
    cell = period.cells.get(sex="male", age_group="60-plus")
    assert cell.number == 2
    assert [h.number for h in cell.history.order_by("history_date")] == [1, 2]


def test_incoming_funds_name_their_grant_and_money_is_recorded_by_staff(personas):
    project = ProjectFactory()
    with pytest.raises(ValidationError, match="come from a grant"):
        project.record_transaction(
            by=personas.secretariat, kind=TransactionType.INCOMING_FUNDS,
            date=datetime.date(2025, 2, 1), amount=Decimal("10"), currency="USD",
        )  # fmt: skip
    with pytest.raises(NotAllowed):
        project.record_transaction(
            by=personas.board, kind=TransactionType.EXPENDITURE,
            date=datetime.date(2025, 2, 1), amount=Decimal("10"), currency="USD",
        )  # fmt: skip
    recorded = project.record_transaction(
        by=personas.secretariat, kind=TransactionType.INCOMING_FUNDS, grant=GrantFactory(),
        date=datetime.date(2025, 2, 1), amount=Decimal("10.005"), currency="USD",
    )  # fmt: skip
    assert recorded.amount == Decimal("10.01")
    assert recorded.history.first().history_user == personas.secretariat


def test_a_transaction_on_a_budget_line_is_in_its_currency(personas):
    line = BudgetLineFactory(currency="EUR")
    with pytest.raises(ValidationError, match="EUR"):
        line.project.record_transaction(
            by=personas.secretariat, kind=TransactionType.EXPENDITURE, budget_line=line,
            date=datetime.date(2025, 2, 1), amount=Decimal("10"), currency="USD",
        )  # fmt: skip
