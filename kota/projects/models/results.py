"""A project's results framework: results, their indicators with a baseline, and targets and
actuals per period. An actual may be broken down into cells by sex and age group; the cells
must add up to the actual (every combination given, 0 where there is none), so a report never
shows parts that disagree with their total.

An indicator may feed a KPI of the plan: its `feeds` names a tag that the measure
"projects.indicator_actuals" (kota/projects/measures.py) sums over every project."""

import itertools
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from kota.lib.i18n import translated
from kota.projects.codelists import AgeGroup, IndicatorMeasure, ResultType, Sex
from kota.results.models.common import NUMBER, history_with_reasons, to_decimal

# The cells of a disaggregated actual: every (sex, age group).
CELLS = list(itertools.product(Sex.values, AgeGroup.values))


class Result(models.Model):
    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="results"
    )
    kind = models.PositiveSmallIntegerField(
        _("type"), choices=ResultType.choices, default=ResultType.OUTPUT
    )
    title = models.CharField(_("title"), max_length=250)
    title_translations = models.JSONField(default=dict, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["project", "position", "pk"]
        verbose_name = _("result")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return translated(self.title, self.title_translations)


class ProjectIndicator(models.Model):
    result = models.ForeignKey(Result, on_delete=models.CASCADE, related_name="indicators")
    title = models.CharField(_("title"), max_length=250)
    title_translations = models.JSONField(default=dict, blank=True)
    measure = models.PositiveSmallIntegerField(
        _("measure"), choices=IndicatorMeasure.choices, default=IndicatorMeasure.UNIT
    )
    ascending = models.BooleanField(_("higher is better"), default=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    baseline_value = models.DecimalField(_("baseline"), **NUMBER, null=True, blank=True)
    is_disaggregated = models.BooleanField(
        _("by sex and age group"),
        default=False,
        help_text=_("Actuals are entered as cells by sex and age group that add up."),
    )
    feeds = models.SlugField(
        _("feeds the plan's KPI tag"),
        max_length=60,
        blank=True,
        help_text=_(
            'A tag such as "people-trained": a KPI computed by the measure "Project '
            'indicator actuals" with this tag sums the actuals of every indicator that has it.'
        ),
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["result", "position", "pk"]
        verbose_name = _("project indicator")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return translated(self.title, self.title_translations)

    def record_period(self, start, end, *, target=None, actual=None, cells=None, by=None):
        """Store the target and actual of one period; for a disaggregated indicator the cells
        ({(sex, age group): number}, every combination) whose sum is the actual. Refuses
        (ValidationError) cells that are incomplete, unknown, or do not add up."""
        if start > end:
            raise ValidationError(_("A period cannot end before it starts."))
        target = None if target is None else to_decimal(target)
        actual = None if actual is None else to_decimal(actual)
        read = self.read_cells(cells, actual) if cells is not None else None
        if self.is_disaggregated and actual is not None and read is None:
            raise ValidationError(
                _("%(indicator)s is broken down by sex and age group: give its cells.")
                % {"indicator": self.display_title}
            )
        if read is not None and not self.is_disaggregated:
            raise ValidationError(_("This indicator is not broken down by sex and age group."))
        with transaction.atomic():
            period, _created = IndicatorPeriod.objects.update_or_create(
                indicator=self, period_end=end,
                defaults={"period_start": start, "target": target, "actual": actual},
            )  # fmt: skip
            if read is not None:
                existing = {(c.sex, c.age_group): c for c in period.cells.all()}
                for (sex, age), number in read.items():
                    cell = existing.get((sex, age)) or ActualCell(
                        period=period, sex=sex, age_group=age
                    )
                    if cell.pk and cell.number == number:
                        continue
                    cell.number = number
                    cell._history_user = by
                    cell.save()
        return period

    @staticmethod
    def read_cells(cells, total):
        """{(sex, age group): Decimal} from `cells`, checked: every combination once, known
        categories, numbers not negative, and their sum equal to `total`."""
        errors, read = [], {}
        for key, number in dict(cells).items():
            sex, age = key
            if sex not in Sex.values or age not in AgeGroup.values:
                errors.append(_("%(cell)s is not a sex and an age group.") % {"cell": key})
                continue
            number = to_decimal(number)
            if number < 0:
                errors.append(_("A cell is not negative."))
            read[(sex, age)] = number
        missing = [f"{sex} {age}" for sex, age in CELLS if (sex, age) not in read]
        if missing and not errors:
            errors.append(
                _("Missing cells (enter 0 where there is none): %(cells)s")
                % {"cells": ", ".join(missing)}
            )
        if not errors and total is None:
            errors.append(_("Give the actual the cells add up to."))
        if not errors:
            cells_total = sum(read.values(), Decimal(0))
            if cells_total != total:
                errors.append(
                    _("The cells add up to %(sum)s, not to the actual %(total)s.")
                    % {"sum": f"{cells_total.normalize():f}", "total": f"{total.normalize():f}"}
                )
        if errors:
            raise ValidationError(errors)
        return read


class IndicatorPeriod(models.Model):
    """The target and the actual of an indicator for one period."""

    indicator = models.ForeignKey(
        ProjectIndicator, on_delete=models.CASCADE, related_name="periods"
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    target = models.DecimalField(_("target"), **NUMBER, null=True, blank=True)
    actual = models.DecimalField(_("actual"), **NUMBER, null=True, blank=True)

    history = history_with_reasons()

    class Meta:
        ordering = ["indicator", "period_end"]
        verbose_name = _("indicator period")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_end"], name="projects_period_one_per_end"
            ),
            models.CheckConstraint(
                condition=Q(period_start__lte=F("period_end")),
                name="projects_period_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.indicator} {self.period_start} - {self.period_end}"

    def cell_table(self):
        """[(sex label, [number per age group]), ...] of the prefetched cells."""
        numbers = {(c.sex, c.age_group): c.number for c in self.cells.all()}
        return [
            (label, [numbers.get((sex, age)) for age in AgeGroup.values])
            for sex, label in Sex.choices
        ]


class ActualCell(models.Model):
    """One cell of a disaggregated actual: the number for one sex and age group."""

    period = models.ForeignKey(IndicatorPeriod, on_delete=models.CASCADE, related_name="cells")
    sex = models.CharField(_("sex"), max_length=10, choices=Sex.choices)
    age_group = models.CharField(_("age group"), max_length=10, choices=AgeGroup.choices)
    number = models.DecimalField(_("value"), **NUMBER)

    history = history_with_reasons()

    class Meta:
        ordering = ["period", "sex", "age_group"]
        verbose_name = _("cell")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "sex", "age_group"], name="projects_cell_once"
            ),
            models.CheckConstraint(condition=Q(number__gte=0), name="projects_cell_not_negative"),
        ]

    def __str__(self):
        return f"{self.sex} {self.age_group}: {self.number}"
