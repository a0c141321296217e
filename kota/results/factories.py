import datetime
from decimal import Decimal

import factory

from kota.results import models as results


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.Plan
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"plan-{n}")
    title = factory.Sequence(lambda n: f"Plan {n}")
    starts_on = datetime.date(2021, 1, 1)
    ends_on = datetime.date(2025, 12, 31)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.Goal

    plan = factory.SubFactory(PlanFactory)
    code = factory.Sequence(lambda n: str(n + 1))
    title = factory.Sequence(lambda n: f"Goal {n + 1}")
    position = factory.Sequence(lambda n: n)


class StrategyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.Strategy

    goal = factory.SubFactory(GoalFactory)
    code = factory.LazyAttributeSequence(lambda o, n: f"{o.goal.code}.{n + 1}")
    title = factory.Sequence(lambda n: f"Strategy {n + 1}")
    position = factory.Sequence(lambda n: n)


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.Activity

    strategy = factory.SubFactory(StrategyFactory)
    code = factory.LazyAttributeSequence(lambda o, n: f"{o.strategy.code}.{n + 1}")
    title = factory.Sequence(lambda n: f"Activity {n + 1}")
    position = factory.Sequence(lambda n: n)


class IndicatorFactory(factory.django.DjangoModelFactory):
    """A manual, annual count, higher is better, baseline 0 at the end of 2020, target 100."""

    class Meta:
        model = results.Indicator

    plan = factory.SubFactory(PlanFactory)
    code = factory.Sequence(lambda n: f"KPI-{n + 1}")
    name = factory.Sequence(lambda n: f"Indicator {n + 1}")
    unit = results.Indicator.Unit.COUNT
    direction = results.Indicator.Direction.HIGHER
    frequency = results.Indicator.Frequency.ANNUAL
    source = results.Indicator.Source.MANUAL
    baseline_value = Decimal("0")
    baseline_date = datetime.date(2020, 12, 31)
    target_value = Decimal("100")

    class Params:
        women_share = factory.Trait(
            unit=results.Indicator.Unit.PERCENT,
            source=results.Indicator.Source.COMPUTED,
            measure="governance.women_share",
            measure_params={"body_kinds": ["executive_bureau", "council"]},
            baseline_value=Decimal("15.38"),
            target_value=Decimal("30"),
        )


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.Target

    indicator = factory.SubFactory(IndicatorFactory)
    period_end = datetime.date(2023, 12, 31)
    number = Decimal("50")


class DimensionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.Dimension
        skip_postgeneration_save = True

    indicator = factory.SubFactory(IndicatorFactory)
    code = factory.Sequence(lambda n: f"dimension-{n}")
    name = factory.Sequence(lambda n: f"Dimension {n}")
    position = factory.Sequence(lambda n: n)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        """DimensionFactory(categories=["female", "male"]) adds those categories."""
        for position, code in enumerate(extracted or []):
            results.Category.objects.create(
                dimension=self, code=code, name=code.title(), position=position
            )


class ValueFactory(factory.django.DjangoModelFactory):
    """A draft value entered for 2021, with a link as evidence."""

    class Meta:
        model = results.Value

    indicator = factory.SubFactory(IndicatorFactory)
    period_start = factory.LazyAttribute(lambda o: datetime.date(o.period_end.year, 1, 1))
    period_end = datetime.date(2021, 12, 31)
    number = Decimal("10")
    evidence_url = "https://example.org/evidence.pdf"
    origin = results.Value.Origin.ENTERED
    status = results.Value.Status.DRAFT

    class Params:
        approved = factory.Trait(status=results.Value.Status.APPROVED)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Test data may start in any status; real values go through submit() and approve().
        value = model_class(*args, **kwargs)
        value.save_unlocked()
        return value


class SecretariatUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.SecretariatUnit
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"unit-{n}")
    name = factory.Sequence(lambda n: f"Unit {n}")


class LessonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = results.Lesson

    activity = factory.SubFactory(ActivityFactory)
    author = None
    written_on = datetime.date(2024, 6, 30)
    text = factory.Sequence(lambda n: f"Lesson {n + 1}")
