import datetime
from decimal import Decimal

import factory
from django.core.files.base import ContentFile

from kota.core.models import User
from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body
from kota.results.models import (
    Activity,
    Category,
    Dimension,
    FundingSource,
    Goal,
    Indicator,
    Lesson,
    Plan,
    SecretariatUnit,
    Strategy,
    Target,
    Value,
    WorkPlan,
    WorkPlanItem,
)


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"plan-{n}")
    title = factory.Sequence(lambda n: f"Plan {n}")
    starts_on = datetime.date(2021, 1, 1)
    ends_on = datetime.date(2025, 12, 31)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    plan = factory.SubFactory(PlanFactory)
    code = factory.Sequence(lambda n: str(n + 1))
    title = factory.Sequence(lambda n: f"Goal {n + 1}")
    position = factory.Sequence(lambda n: n)


class StrategyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Strategy

    goal = factory.SubFactory(GoalFactory)
    code = factory.LazyAttributeSequence(lambda o, n: f"{o.goal.code}.{n + 1}")
    title = factory.Sequence(lambda n: f"Strategy {n + 1}")
    position = factory.Sequence(lambda n: n)


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    strategy = factory.SubFactory(StrategyFactory)
    code = factory.LazyAttributeSequence(lambda o, n: f"{o.strategy.code}.{n + 1}")
    title = factory.Sequence(lambda n: f"Activity {n + 1}")
    position = factory.Sequence(lambda n: n)


class IndicatorFactory(factory.django.DjangoModelFactory):
    """A manual, annual count, higher is better, baseline 0 at the end of 2020, target 100."""

    class Meta:
        model = Indicator

    plan = factory.SubFactory(PlanFactory)
    code = factory.Sequence(lambda n: f"KPI-{n + 1}")
    name = factory.Sequence(lambda n: f"Indicator {n + 1}")
    unit = Indicator.Unit.COUNT
    direction = Indicator.Direction.HIGHER
    frequency = Indicator.Frequency.ANNUAL
    source = Indicator.Source.MANUAL
    baseline_value = Decimal("0")
    baseline_date = datetime.date(2020, 12, 31)
    target_value = Decimal("100")

    class Params:
        women_share = factory.Trait(
            unit=Indicator.Unit.PERCENT,
            source=Indicator.Source.COMPUTED,
            measure="governance.women_share",
            measure_params={"body_kinds": ["executive_bureau", "council"]},
            baseline_value=Decimal("15.38"),
            target_value=Decimal("30"),
        )


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    indicator = factory.SubFactory(IndicatorFactory)
    period_end = datetime.date(2023, 12, 31)
    number = Decimal("50")


class DimensionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Dimension
        skip_postgeneration_save = True

    indicator = factory.SubFactory(IndicatorFactory)
    code = factory.Sequence(lambda n: f"dimension-{n}")
    name = factory.Sequence(lambda n: f"Dimension {n}")
    position = factory.Sequence(lambda n: n)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        """DimensionFactory(categories=["female", "male"]) adds those categories."""
        for position, code in enumerate(extracted or []):
            Category.objects.create(dimension=self, code=code, name=code.title(), position=position)


class ValueFactory(factory.django.DjangoModelFactory):
    """A draft value entered for 2021, with a link as evidence."""

    class Meta:
        model = Value

    indicator = factory.SubFactory(IndicatorFactory)
    period_start = factory.LazyAttribute(lambda o: datetime.date(o.period_end.year, 1, 1))
    period_end = datetime.date(2021, 12, 31)
    number = Decimal("10")
    evidence_url = "https://example.org/evidence.pdf"
    origin = Value.Origin.ENTERED
    status = Value.Status.DRAFT

    class Params:
        approved = factory.Trait(status=Value.Status.APPROVED)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Test data may start in any status; real values go through submit() and approve().
        value = model_class(*args, **kwargs)
        value.save_unlocked()
        return value


class SecretariatUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SecretariatUnit
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"unit-{n}")
    name = factory.Sequence(lambda n: f"Unit {n}")


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


class LessonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lesson

    activity = factory.SubFactory(ActivityFactory)
    author = None
    written_on = datetime.date(2024, 6, 30)
    text = factory.Sequence(lambda n: f"Lesson {n + 1}")


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
