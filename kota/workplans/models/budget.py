"""The items of a work plan, their budgets and funding sources, and actual spending.

Each item serves one activity of the plan, names its output, who is responsible (a governing
body or a unit of the secretariat), the quarters it runs in, and its budget in one currency.

Actual spending is recorded against an item and belongs to the item's code for the year: when a
revision copies the items of an endorsed work plan, the spending recorded so far counts for the
new revision's items with the same codes too. Execution rate = spent / budget.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import DecimalField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import is_secretariat
from kota.lib.i18n import status_in_sentence
from kota.lib.money import MONEY, money_text, round_money, validate_currency
from kota.lib.numbers import percent
from kota.results.models.common import NotAllowed
from kota.workplans.models.workplans import WorkPlanLocked

ZERO = Decimal(0)


class FundingSource(models.Model):
    """Where the money of an item comes from: membership fees, a named partner's grant, or
    another source."""

    class Kind(models.TextChoices):
        MEMBERSHIP_FEES = "membership_fees", _("Membership fees")
        PARTNER_GRANT = "partner_grant", _("Partner grant")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=150, unique=True)

    class Meta:
        db_table = "results_fundingsource"
        ordering = ["kind", "name"]
        verbose_name = _("funding source")

    def __str__(self):
        return self.name


def _spent_for_items():
    """The spending recorded for the outer item's code in its plan and year, any revision."""
    rows = (
        Spending.objects.filter(
            item__work_plan__plan=OuterRef("work_plan__plan"),
            item__work_plan__year=OuterRef("work_plan__year"),
            item__code=OuterRef("code"),
        )
        .values("item__code")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    return Coalesce(Subquery(rows), Value(ZERO), output_field=DecimalField(**MONEY))


class WorkPlanItemQuerySet(models.QuerySet):
    def with_spent(self):
        """Annotate `spent`: the spending of each item's code for its year (one subquery)."""
        return self.annotate(spent=_spent_for_items())

    def for_listing(self):
        """The items with their spending (`spent`), activity, goal, body, unit and funding
        source, in one query: a work plan's page, the API's work plans and the export."""
        return self.with_spent().select_related(
            "activity__strategy__goal", "body", "unit", "funding_source"
        )

    def budget_by(self, *fields):
        """Budget, spending and execution rate (percent, one decimal) summed per value of
        `fields` and per currency, in one grouped query: a list of dicts with the fields,
        `currency`, `budget`, `spent` and `rate`. With no field, the totals per currency."""
        rows = (
            self.with_spent()
            .order_by()
            .values(*fields, "currency")
            .annotate(total_budget=Sum("budget"), total_spent=Sum("spent"))
            .order_by(*fields, "currency")
        )
        summary = []
        for row in rows:
            currency = row["currency"]
            budget = round_money(row.pop("total_budget") or ZERO, currency)
            spent = round_money(row.pop("total_spent") or ZERO, currency)
            rate = percent(spent, budget, places=1)
            summary.append({**row, "budget": budget, "spent": spent, "rate": rate})
        return summary

    def budget_by_goal(self):
        """budget_by() each strategic goal the items' activities serve."""
        return self.budget_by(
            "activity__strategy__goal__position",
            "activity__strategy__goal__code",
            "activity__strategy__goal__title",
        )

    def budget_by_body(self):
        """budget_by() responsible body or secretariat unit."""
        return self.budget_by("body__name", "unit__name")

    def budget_by_funding_source(self):
        """budget_by() funding source (kind and name)."""
        return self.budget_by("funding_source__kind", "funding_source__name")

    def budget_by_work_plan(self):
        """budget_by() work plan (its pk in `work_plan`): the work plans page and the API."""
        return self.budget_by("work_plan")

    def budget_total(self):
        """budget_by() currency alone: the totals."""
        return self.budget_by()


class WorkPlanItem(models.Model):
    work_plan = models.ForeignKey(
        "workplans.WorkPlan", on_delete=models.CASCADE, related_name="items"
    )
    code = models.CharField(
        _("code"), max_length=20, help_text=_("Unique in the work plan; kept across revisions.")
    )
    activity = models.ForeignKey(
        "results.Activity",
        on_delete=models.PROTECT,
        related_name="work_plan_items",
        verbose_name=_("activity"),
    )
    output = models.TextField(_("output"))
    body = models.ForeignKey(
        "governance.Body",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="work_plan_items",
        verbose_name=_("responsible body"),
    )
    unit = models.ForeignKey(
        "results.SecretariatUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="work_plan_items",
        verbose_name=_("responsible secretariat unit"),
    )
    q1 = models.BooleanField(_("Q1"), default=False)
    q2 = models.BooleanField(_("Q2"), default=False)
    q3 = models.BooleanField(_("Q3"), default=False)
    q4 = models.BooleanField(_("Q4"), default=False)
    budget = models.DecimalField(_("budget"), **MONEY)
    currency = models.CharField(
        _("currency"), max_length=3, default="USD", validators=[validate_currency]
    )
    funding_source = models.ForeignKey(
        FundingSource,
        on_delete=models.PROTECT,
        related_name="items",
        verbose_name=_("funding source"),
    )
    position = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords(table_name="results_historicalworkplanitem")
    objects = WorkPlanItemQuerySet.as_manager()

    _unlocked = False

    class Meta:
        db_table = "results_workplanitem"
        ordering = ["position", "pk"]
        verbose_name = _("work plan item")
        constraints = [
            models.UniqueConstraint(fields=["work_plan", "code"], name="results_item_code_once"),
            models.CheckConstraint(condition=Q(budget__gte=0), name="results_item_budget_positive"),
        ]

    def __str__(self):
        return f"{self.code} {self.output[:60]}"

    def save(self, *args, **kwargs):
        if not self._unlocked and self.work_plan.status != self.work_plan.Status.DRAFT:
            raise WorkPlanLocked(
                _(
                    "%(work_plan)s is %(status)s, so its items are locked; an endorsed work "
                    "plan is changed by starting a new revision."
                )
                % {
                    "work_plan": self.work_plan,
                    "status": status_in_sentence(self.work_plan.get_status_display()),
                }
            )
        if self.budget is not None and self.currency:
            self.budget = round_money(self.budget, self.currency)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.work_plan.status != self.work_plan.Status.DRAFT:
            raise WorkPlanLocked(_("The items of a work plan that is not a draft are locked."))
        return super().delete(*args, **kwargs)

    def clean(self):
        errors = {}
        if (self.body_id is None) == (self.unit_id is None):
            errors["body"] = _("Name the responsible body or the secretariat unit (one of them).")
        if not any(getattr(self, f"q{n}") for n in range(1, 5)):
            errors["q1"] = _("Tick the quarters the item runs in.")
        if self.activity_id and self.work_plan_id and not self._activity_in_plan():
            errors["activity"] = _("The activity is not one of this work plan's plan.")
        if self.budget is not None and self.budget < 0:
            errors["budget"] = _("A budget is not negative.")
        if errors:
            raise ValidationError(errors)

    def _activity_in_plan(self):
        return self.activity.strategy.goal.plan_id == self.work_plan.plan_id

    @property
    def quarters(self):
        return [f"Q{n}" for n in range(1, 5) if getattr(self, f"q{n}")]

    @property
    def responsible(self):
        return self.body or self.unit

    def spending_lineage(self):
        """The spending of this item's code in its plan and year, whichever revision."""
        return Spending.objects.filter(
            item__work_plan__plan_id=self.work_plan.plan_id,
            item__work_plan__year=self.work_plan.year,
            item__code=self.code,
        )

    def record_spending(self, *, amount, currency, spent_on, reference="", note="", by=None):
        """Record money spent on this item: in the item's currency, in the work plan's year,
        once the Executive Bureau has approved the work plan. Staff only."""
        if not is_secretariat(by):
            raise NotAllowed(_("Only secretariat staff record spending."))
        amount = Decimal(amount)
        if amount <= 0:
            raise ValidationError(_("Spending is a positive amount."))
        # Checked after rounding to the currency's unit: 0.001 USD would be stored as 0.00.
        rounded = round_money(amount, currency)
        if rounded <= 0:
            raise ValidationError(
                _("Spending is a positive amount: %(amount)s rounds to %(rounded)s.")
                % {
                    "amount": money_text(amount, currency, exact=True),
                    "rounded": money_text(rounded, currency),
                }
            )
        with transaction.atomic():
            item = WorkPlanItem.objects.select_related("work_plan").get(pk=self.pk)
            work_plan = item.work_plan
            if not work_plan.accepts_spending:
                raise ValidationError(
                    _("Spending is recorded once the Executive Bureau has approved the work plan.")
                )
            if currency != item.currency:
                raise ValidationError(
                    _("Item %(code)s is budgeted in %(budget)s, not %(currency)s.")
                    % {"code": item.code, "budget": item.currency, "currency": currency}
                )
            if spent_on.year != work_plan.year:
                raise ValidationError(
                    _("Spending of the %(year)s work plan falls in %(year)s.")
                    % {"year": work_plan.year}
                )
            spending = Spending(
                item=item,
                amount=rounded,
                currency=currency,
                spent_on=spent_on,
                reference=reference,
                note=note,
                recorded_by=by,
            )
            spending._history_user = by
            spending.save()
        return spending


class Spending(models.Model):
    """Money actually spent on a work plan item."""

    item = models.ForeignKey(WorkPlanItem, on_delete=models.PROTECT, related_name="spending")
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, validators=[validate_currency])
    spent_on = models.DateField(_("spent on"))
    reference = models.CharField(_("reference"), max_length=100, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords(table_name="results_historicalspending")

    class Meta:
        db_table = "results_spending"
        ordering = ["spent_on", "pk"]
        verbose_name = _("spending")
        verbose_name_plural = _("spending")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="results_spending_positive")
        ]

    def __str__(self):
        return f"{self.item.code} {self.spent_on}: {self.amount} {self.currency}"
