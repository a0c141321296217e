"""A spending ledger uploaded twice at the same moment records each line once, on both
databases (PostgreSQL: row locks on the year's work plans; SQLite: one writer at a time)."""

import datetime

import pytest

from kota.core.models import User
from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body
from kota.test import run_together
from kota.workplans.factories import WorkPlanFactory, WorkPlanItemFactory
from kota.workplans.models import Spending
from kota.workplans.spending_import import import_spending

pytestmark = pytest.mark.usefixtures("live_db")


def test_two_uploads_of_the_same_ledger_at_once_record_each_line_once(personas):
    work_plan = WorkPlanFactory(year=2025)
    for code in ("A1", "A2", "A3"):
        WorkPlanItemFactory(work_plan=work_plan, code=code, budget=100_000)
    councillor = User.objects.create_user("councillor")
    council = BodyFactory(slug="council", kind=Body.Kind.COUNCIL)
    SeatFactory(body=council, user=councillor, starts_on=datetime.date(2020, 1, 1))
    work_plan.submit(personas.secretariat)
    work_plan.approve(personas.board)
    work_plan.endorse(councillor)
    lines = [f"A{1 + n % 3},10,USD,2025-05-{1 + n % 28:02d},GL-{n:04d}" for n in range(600)]
    ledger = ("item_code,amount,currency,spent_on,reference\n" + "\n".join(lines)).encode()
    results = []

    def upload():
        results.append(import_spending(ledger, work_plan, by=personas.secretariat))

    assert run_together(upload, upload) == []
    assert Spending.objects.count() == 600
    assert sorted(results) == [(0, 600), (600, 0)]
