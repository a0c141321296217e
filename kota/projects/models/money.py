"""A project's money: its budget lines (per year, in one currency each) and its transactions
(incoming funds from a grant, disbursements, expenditure), each in its own currency. Amounts
in different currencies are never added together: every sum is per currency."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.lib.money import MONEY, round_money, validate_currency
from kota.projects.codelists import TransactionType

ZERO = Decimal(0)


class BudgetLineQuerySet(models.QuerySet):
    def by_year(self):
        """{(year, currency): total budget}, in one grouped query."""
        rows = (
            self.order_by()
            .values("year", "currency")
            .annotate(total=Sum("amount"))
            .order_by("year", "currency")
        )
        return {(row["year"], row["currency"]): row["total"] for row in rows}


class BudgetLine(models.Model):
    """A line of a project's budget for one year: what it pays for, how much, in what."""

    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="budget_lines"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    label = models.CharField(_("budget line"), max_length=150)
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, validators=[validate_currency])

    history = HistoricalRecords()
    objects = BudgetLineQuerySet.as_manager()

    class Meta:
        ordering = ["project", "year", "label", "pk"]
        verbose_name = _("budget line")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0), name="projects_budget_line_not_negative"
            ),
            models.UniqueConstraint(
                fields=["project", "year", "label", "currency"],
                name="projects_budget_line_once",
            ),
        ]

    def __str__(self):
        return f"{self.year} {self.label}: {self.amount} {self.currency}"

    def save(self, *args, **kwargs):
        if self.amount is not None and self.currency:
            self.amount = round_money(self.amount, self.currency)
        super().save(*args, **kwargs)


class TransactionQuerySet(models.QuerySet):
    def between(self, start, end):
        return self.filter(date__gte=start, date__lte=end)

    def totals(self):
        """{(kind, currency): total}, in one grouped query: never summed across currencies."""
        rows = self.order_by().values("kind", "currency").annotate(total=Sum("amount"))
        return {(row["kind"], row["currency"]): row["total"] for row in rows}

    def by_budget_line(self):
        """{(budget line id or None, kind, currency): total}, in one grouped query."""
        rows = (
            self.order_by().values("budget_line", "kind", "currency").annotate(total=Sum("amount"))
        )
        return {(row["budget_line"], row["kind"], row["currency"]): row["total"] for row in rows}


class Transaction(models.Model):
    """Money that came into a project or went out of it, in the currency it moved in."""

    Kind = TransactionType

    project = models.ForeignKey(
        "projects.Project", on_delete=models.PROTECT, related_name="transactions"
    )
    kind = models.PositiveSmallIntegerField(_("type"), choices=TransactionType.choices)
    date = models.DateField(_("value date"))
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, validators=[validate_currency])
    description = models.CharField(_("description"), max_length=300, blank=True)
    grant = models.ForeignKey(
        "partners.Grant",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="project_transactions",
        verbose_name=_("grant"),
        help_text=_("For incoming funds: the grant they come from."),
    )
    budget_line = models.ForeignKey(
        BudgetLine,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="transactions",
        verbose_name=_("budget line"),
    )
    counterpart = models.CharField(_("paid to or received from"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    history = HistoricalRecords()
    objects = TransactionQuerySet.as_manager()

    class Meta:
        ordering = ["project", "date", "pk"]
        verbose_name = _("transaction")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="projects_transaction_positive")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.date}: {self.amount} {self.currency}"

    def save(self, *args, **kwargs):
        if self.amount is not None and self.currency:
            self.amount = round_money(self.amount, self.currency)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.kind == TransactionType.INCOMING_FUNDS and self.grant_id is None:
            errors["grant"] = _("Incoming funds come from a grant: name it.")
        if self.kind != TransactionType.INCOMING_FUNDS and self.grant_id is not None:
            errors["grant"] = _("Only incoming funds come from a grant.")
        if self.budget_line_id and self.budget_line.project_id != self.project_id:
            errors["budget_line"] = _("The budget line is not one of this project's.")
        if self.budget_line_id and self.budget_line.currency != self.currency:
            errors["currency"] = _(
                "The budget line is in %(currency)s: record the amount in that currency."
            ) % {"currency": self.budget_line.currency}
        if errors:
            raise ValidationError(errors)
