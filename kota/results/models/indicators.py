"""Indicators (KPIs) and their per-period targets."""

import datetime
from collections import Counter, defaultdict
from decimal import Decimal
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import sees_everything
from kota.lib import measures
from kota.lib.money import validate_currency
from kota.results import forecast, periods
from kota.results.forecast import Direction, Point
from kota.results.models.common import NUMBER, to_decimal
from kota.results.models.disaggregation import cell_key, cell_keys, cell_labels, read_cells
from kota.results.models.plan import Activity, Strategy
from kota.results.models.values import Value
from kota.results.periods import Frequency

sdg_indicator_code = RegexValidator(
    r"^\d{1,2}\.(\d{1,2}|[a-c])\.\d{1,2}$",
    _('An SDG indicator code such as "11.3.2" or "1.a.1".'),
)


class IndicatorQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def visible_to(self, user):
        """Every indicator for staff and board members, the public ones for anyone else
        (see kota.core.access)."""
        return self if sees_everything(user) else self.public()

    def for_dashboard(self, plan):
        """The indicators of `plan` with everything their progress needs, in a fixed number of
        queries however many values they have: one for the indicators, annotated in SQL with
        their latest counted value (`latest_number`, `latest_period_end`; for a cumulative
        indicator that is the last period's own figure, `progress().latest` is the running
        total), and one each for their counted values, targets, strategies and activities.
        Then `indicator.progress()` and `indicator.goals()` run no query."""
        latest = Value.objects.counted().filter(indicator=OuterRef("pk")).order_by("-period_end")
        return (
            self.filter(plan=plan)
            .select_related("plan")
            .annotate(
                latest_number=Subquery(latest.values("number")[:1]),
                latest_period_end=Subquery(latest.values("period_end")[:1]),
            )
            .prefetch_related(
                Prefetch(
                    "values",
                    queryset=Value.objects.counted().order_by("period_end"),
                    to_attr="counted_values",
                ),
                "targets",
                Prefetch("strategies", queryset=Strategy.objects.select_related("goal")),
                Prefetch("activities", queryset=Activity.objects.select_related("strategy__goal")),
            )
        )

    def status_by_goal(self, plan, on=None):
        """{goal: Counter of progress statuses} for the indicators of `plan` on `on` (today by
        default), counting an indicator once under every goal it serves; in the queries of
        `for_dashboard()`."""
        return count_by_goal(self.for_dashboard(plan), on)


def count_by_goal(indicators, on=None):
    """{goal: Counter of progress statuses} of `indicators` (as `for_dashboard()` returns
    them, so no query runs), counting an indicator once under every goal it serves."""
    counts = defaultdict(Counter)
    for indicator in indicators:
        status = indicator.progress(on).status
        for goal in indicator.goals():
            counts[goal][status] += 1
    return dict(counts)


class Indicator(models.Model):
    """A key performance indicator of a plan, entered by people (manual) or computed from
    Kota's records by a registered measure (computed)."""

    Direction = Direction
    Frequency = Frequency

    class Unit(models.TextChoices):
        COUNT = "count", _("Count")
        PERCENT = "percent", _("Percent")
        MONEY = "money", _("Money")
        SCORE = "score", _("Score")
        QUALITATIVE = "qualitative", _("Qualitative (a narrative, no number)")

    class Source(models.TextChoices):
        MANUAL = "manual", _("Entered per period, with evidence")
        COMPUTED = "computed", _("Computed from Kota's records")

    plan = models.ForeignKey(
        "results.Plan", on_delete=models.PROTECT, related_name="indicators", verbose_name=_("plan")
    )
    code = models.CharField(_("code"), max_length=30)
    name = models.CharField(_("name"), max_length=300)
    definition = models.TextField(_("definition"), blank=True)
    unit = models.CharField(_("unit"), max_length=12, choices=Unit.choices)
    currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        validators=[validate_currency],
        help_text=_("ISO 4217 code, for money only."),
    )
    direction = models.CharField(
        _("direction"), max_length=6, choices=Direction.choices, default=Direction.HIGHER
    )
    is_cumulative = models.BooleanField(
        _("cumulative"),
        default=False,
        help_text=_(
            "Each period's value adds to the previous ones (e.g. people trained); "
            "progress and targets then use the running total from the baseline."
        ),
    )
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ANNUAL
    )
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.MANUAL
    )
    measure = models.CharField(
        _("measure"), max_length=100, blank=True, help_text=_("For computed indicators.")
    )
    measure_params = models.JSONField(_("measure parameters"), default=dict, blank=True)
    baseline_value = models.DecimalField(_("baseline"), **NUMBER, null=True, blank=True)
    baseline_date = models.DateField(_("baseline date"), null=True, blank=True)
    target_value = models.DecimalField(
        _("target at the plan's end"), **NUMBER, null=True, blank=True
    )
    strategies = models.ManyToManyField(
        "results.Strategy", blank=True, related_name="indicators", verbose_name=_("strategies")
    )
    activities = models.ManyToManyField(
        "results.Activity", blank=True, related_name="indicators", verbose_name=_("activities")
    )
    sdg_indicator = models.CharField(
        _("SDG indicator"),
        max_length=10,
        blank=True,
        validators=[sdg_indicator_code],
        help_text=_('The SDG indicator this maps to, if any, e.g. "5.5.1".'),
    )
    is_public = models.BooleanField(_("public"), default=False)
    position = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()
    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("indicator")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="results_indicator_code_in_plan"),
            models.CheckConstraint(
                condition=(Q(unit="money") & ~Q(currency="")) | (~Q(unit="money") & Q(currency="")),
                name="results_indicator_currency_iff_money",
            ),
            models.CheckConstraint(
                condition=Q(baseline_value__isnull=True, baseline_date__isnull=True)
                | Q(baseline_value__isnull=False, baseline_date__isnull=False),
                name="results_indicator_baseline_value_and_date",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.name}"

    def clean(self):
        errors = {}
        if self.unit == self.Unit.MONEY and not self.currency:
            errors["currency"] = _("Money needs a currency.")
        if self.unit != self.Unit.MONEY and self.currency:
            errors["currency"] = _("Only money has a currency.")
        if (self.baseline_value is None) != (self.baseline_date is None):
            errors["baseline_date"] = _("Give the baseline's value and date, or neither.")
        if self.is_qualitative:
            if self.baseline_value is not None or self.target_value is not None:
                errors["unit"] = _("A qualitative indicator has no numeric baseline or target.")
            if self.is_cumulative:
                errors["is_cumulative"] = _("A qualitative indicator cannot be cumulative.")
            if self.source == self.Source.COMPUTED:
                errors["source"] = _("A computed indicator has a number.")
        if self.source == self.Source.COMPUTED:
            try:
                measures.get(self.measure)
            except measures.UnknownMeasure:
                errors["measure"] = _("No measure is registered as %(name)s.") % {
                    "name": self.measure or '""'
                }
        elif self.measure:
            errors["measure"] = _("Only a computed indicator has a measure.")
        if self.baseline_value is not None and self.target_value is not None:
            sign = -1 if self.direction == Direction.LOWER else 1
            if (self.target_value - self.baseline_value) * sign < 0:
                errors["target_value"] = _("The target is worse than the baseline.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_qualitative(self):
        return self.unit == self.Unit.QUALITATIVE

    @property
    def is_computed(self):
        return self.source == self.Source.COMPUTED

    # Disaggregation

    @cached_property
    def is_disaggregated(self):
        return bool(self._dimensions())

    def _dimensions(self):
        return list(self.dimensions.all())

    def cell_keys(self):
        """Every combination of categories a value must give, as canonical cell keys."""
        return cell_keys(self._dimensions())

    def cell_labels(self):
        """{canonical key: "Female · 15-24"} of every cell a value must give."""
        return cell_labels(self._dimensions())

    def read_cells(self, cells):
        """The cells of a value checked against this indicator's dimensions; see
        `disaggregation.read_cells()`."""
        dimensions = self._dimensions()
        if not dimensions:
            raise ValidationError(_("This indicator is not disaggregated."))
        return read_cells(dimensions, cells)

    # Progress

    def _counted_values(self):
        if hasattr(self, "counted_values"):  # prefetched by for_dashboard()
            return self.counted_values
        return list(self.values.counted().order_by("period_end"))

    def latest_value(self):
        """The most recent counted (approved) value, or None."""
        values = self._counted_values()
        return values[-1] if values else None

    def start_point(self):
        """Where progress is measured from: the baseline; without one, zero on the eve of the
        plan for a cumulative indicator, else the first counted value. None when there is no
        number to start from."""
        if self.is_qualitative:
            return None
        if self.baseline_value is not None and self.baseline_date is not None:
            return Point(self.baseline_date, self.baseline_value)
        if self.is_cumulative:
            return Point(self.plan.starts_on - datetime.timedelta(days=1), Decimal(0))
        numbered = [value for value in self._counted_values() if value.number is not None]
        return Point(numbered[0].period_end, numbered[0].number) if numbered else None

    def series(self):
        """The counted values as Points, oldest first: each period's number, or for a
        cumulative indicator the running total from the starting point (values dated on or
        before the start are already in it)."""
        numbered = [
            Point(value.period_end, value.number)
            for value in self._counted_values()
            if value.number is not None
        ]
        if not self.is_cumulative:
            return numbered
        start = self.start_point()
        total, running = start.number, []
        for point in numbered:
            if point.day > start.day:
                total += point.number
                running.append(Point(point.day, total))
        return running

    def milestones(self):
        return [Point(target.period_end, target.number) for target in self.targets.all()]

    def progress(self, on=None):
        """Latest value, progress in percent, expected value by `on` (today by default),
        projection to the plan's end and status; see kota/results/forecast.py for the rules."""
        if self.is_qualitative:
            return forecast.NO_PROGRESS
        return forecast.assess(
            series=self.series(),
            start=self.start_point(),
            target=self.target_value,
            plan_end=self.plan.ends_on,
            direction=self.direction,
            on=on or timezone.localdate(),
            milestones=self.milestones(),
        )

    def goals(self):
        """The goals this indicator serves, through its strategies and activities."""
        goals = {strategy.goal for strategy in self.strategies.all()}
        goals |= {activity.strategy.goal for activity in self.activities.all()}
        return sorted(goals, key=lambda goal: goal.position)

    # Computed indicators

    def measure_result(self, start, end):
        """What this computed indicator's measure gives for [start, end]: a number, None, or
        a Breakdown by category."""
        if not self.is_computed:
            raise ValueError(f"{self.code} is not a computed indicator.")
        return measures.get(self.measure)(start, end, **self.measure_params)

    def compute(self, start, end):
        """This computed indicator's number for the period [start, end], live from Kota's
        records."""
        return measures.number_of(self.measure_result(start, end))

    def compute_cells(self, start, end):
        """(total, {cell key: number}) for [start, end]: the measure's breakdown read along
        this indicator's dimensions, every cell given (zero where nobody was counted), so
        that the cells add up to the total. Raises ValueError when the measure gives no
        breakdown or names a category the indicator lacks."""
        result = self.measure_result(start, end)
        if result is None:
            return None, {}
        if not isinstance(result, measures.Breakdown):
            raise ValueError(f"The measure of {self.code} gives no breakdown by category.")
        dimensions = self._dimensions()
        cells = dict.fromkeys(self.cell_keys(), Decimal(0))
        for coordinates, number in result.by(*(d.code for d in dimensions)).items():
            key = cell_key(dict(coordinates))
            if key not in cells:
                raise ValueError(
                    f"{self.code}: the measure counts {key}, a category the indicator lacks."
                )
            cells[key] = number
        return result.total, cells

    def live_value(self, on=None):
        """The number for the period under way, measured on `on` (today by default)."""
        on = on or timezone.localdate()
        start, _end = periods.period_containing(self.frequency, on)
        return self.compute(start, on)

    def snapshot(self, start, end):
        """Store the computed number for the period [start, end] as a dated value. Idempotent:
        a period already stored with the same number is left alone; a different number (the
        records changed since) updates it and the old one stays in the value's history.
        Returns "created", "updated", "unchanged" or "empty" (nothing to measure)."""
        if self.is_disaggregated:
            number, cells = self.compute_cells(start, end)
        else:
            number, cells = self.compute(start, end), {}
        if number is None:
            return "empty"
        number = to_decimal(number)
        with transaction.atomic():
            # The row lock keeps two runs from both updating a stored period; two runs both
            # creating it are stopped by the one-value-per-period constraint.
            value = Value.objects.select_for_update().filter(indicator=self, period_end=end).first()
            if value is None:
                value = Value.objects.create(
                    indicator=self,
                    period_start=start,
                    period_end=end,
                    number=number,
                    origin=Value.Origin.COMPUTED,
                    status=Value.Status.APPROVED,
                    computed_at=timezone.now(),
                )
                value.store_computed_cells(cells)
                return "created"
            if value.origin != Value.Origin.COMPUTED:
                return "unchanged"  # (a recorded or entered value for the period wins)
            stored = {cell.key: cell.number for cell in value.cells.all()}
            if value.number == number and all(stored.get(k) == n for k, n in cells.items()):
                return "unchanged"
            value.number = number
            value.period_start = start
            value.computed_at = timezone.now()
            value._change_reason = "Recomputed from the records"
            value.save_unlocked()
            value.store_computed_cells(cells)
            return "updated"


class Target(models.Model):
    """A per-period target (milestone) on the way to the indicator's target at the plan's end;
    for a cumulative indicator it is the running total to reach by then."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    period_end = models.DateField(_("to reach by"))
    number = models.DecimalField(_("target"), **NUMBER)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["period_end"]
        verbose_name = _("target")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_end"], name="results_target_one_per_date"
            )
        ]

    def __str__(self):
        return f"{self.indicator.code} by {self.period_end}: {self.number}"

    def clean(self):
        plan = self.indicator.plan
        if self.period_end and not plan.starts_on <= self.period_end < plan.ends_on:
            raise ValidationError(
                {
                    "period_end": _(
                        "A per-period target falls inside the plan, before its end (the "
                        "indicator holds the target for the plan's end)."
                    )
                }
            )
