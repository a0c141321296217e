import datetime
from decimal import Decimal

import factory
from django.core.files.base import ContentFile

from kota.core.models import User
from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body
from kota.results.factories import (
    ActivityFactory,
    IndicatorFactory,
    PlanFactory,
    SecretariatUnitFactory,
    ValueFactory,
)
from kota.results.models import Activity, Plan
from kota.workplans.models import FundingSource, WorkPlan, WorkPlanItem


class FundingSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingSource
        django_get_or_create = ["name"]

    kind = FundingSource.Kind.MEMBERSHIP_FEES
    name = "Membership fees"


def _an_activity_of(plan):
    activity = Activity.objects.filter(strategy__goal__plan=plan).order_by("pk").first()
    return activity or ActivityFactory(strategy__goal__plan=plan)


class WorkPlanFactory(factory.django.DjangoModelFactory):
    """A draft work plan for 2025 (revision 1)."""

    class Meta:
        model = WorkPlan

    plan = factory.SubFactory(PlanFactory)
    year = 2025
    revision = 1


class WorkPlanItemFactory(factory.django.DjangoModelFactory):
    """An item of a draft work plan, run by a secretariat unit in Q1, 1,000 USD of fees."""

    class Meta:
        model = WorkPlanItem

    work_plan = factory.SubFactory(WorkPlanFactory)
    code = factory.Sequence(lambda n: f"WP-{n + 1:03d}")
    activity = factory.LazyAttribute(lambda o: _an_activity_of(o.work_plan.plan))
    output = factory.Sequence(lambda n: f"Output {n + 1}")
    unit = factory.SubFactory(SecretariatUnitFactory)
    q1 = True
    budget = Decimal("1000")
    currency = "USD"
    funding_source = factory.SubFactory(FundingSourceFactory)


def permission_matrix_objects(personas):
    """What kota/core/tests/test_permissions.py opens in the results app, by placeholder: a
    manual public indicator of the Manifesto, a value of it submitted by the secretariat and
    one approved (both with an evidence file), a draft work plan with an item and an endorsed
    one. Save files under a temporary MEDIA_ROOT."""
    plan = Plan.objects.get(slug="manifesto-2021-2025")
    indicator = IndicatorFactory(plan=plan, code="KPI-T", name="Trained", is_public=True)
    reviewer = User.objects.create_user("matrix-reviewer", is_staff=True)
    approved = ValueFactory(indicator=indicator, evidence_file=ContentFile(b"%PDF", "a.pdf"))
    approved.submit(personas.secretariat)
    approved.approve(reviewer)
    value = ValueFactory(
        indicator=indicator,
        period_end=datetime.date(2022, 12, 31),
        evidence_file=ContentFile(b"%PDF", "b.pdf"),
    )
    value.submit(personas.secretariat)
    draft = WorkPlanFactory(plan=plan, year=2026)
    item = WorkPlanItemFactory(work_plan=draft)
    endorsed = WorkPlanFactory(plan=plan, year=2025)
    WorkPlanItemFactory(work_plan=endorsed)
    councillor = User.objects.create_user("matrix-councillor")
    council = BodyFactory(slug="council", name="Council", kind=Body.Kind.COUNCIL)
    SeatFactory(body=council, user=councillor, starts_on=datetime.date(2020, 1, 1))
    endorsed.submit(personas.secretariat)
    endorsed.approve(personas.board)
    endorsed.endorse(councillor)
    return {
        "indicator": indicator.code,
        "value": value.pk,
        "approved": approved.pk,
        "workplan": draft.pk,
        "item": item.pk,
        "endorsed": endorsed.pk,
    }
