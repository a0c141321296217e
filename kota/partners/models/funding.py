"""Resource mobilisation: opportunities (a funder's call the secretariat pursues), the grants
won from them, their tranches (expected and received), conditions and reporting obligations."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q, Sum
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.lib.money import MONEY, round_money, validate_currency
from kota.lib.workflow import InvalidTransition
from kota.partners.models.agreements import Agreement
from kota.partners.models.documents import document_storage
from kota.partners.models.partners import Partner


class OpportunityQuerySet(models.QuerySet):
    def open(self):
        """Opportunities not yet decided (neither won nor lost)."""
        return self.exclude(stage__in=[Opportunity.Stage.WON, Opportunity.Stage.LOST])

    def for_pipeline(self):
        """What a card of the pipeline shows, in one query."""
        return self.select_related("funder").order_by("decision_on", "pk")

    def weighted_by_year(self, this_year=None):
        """{(year, currency): amount x probability} of the open opportunities, each counted
        in the year of its expected decision (`this_year`, the current one by default, when it
        has none)."""
        this_year = this_year or timezone.localdate().year
        totals = {}
        rows = self.open().values_list("decision_on", "currency", "amount", "probability")
        for decision_on, currency, amount, probability in rows:
            key = (decision_on.year if decision_on else this_year, currency)
            totals[key] = totals.get(key, Decimal(0)) + amount * probability / 100
        return {key: round_money(total, key[1]) for key, total in totals.items()}


class Opportunity(models.Model):
    """A funding opportunity the secretariat pursues: a funder's call, from first sighting to
    a decision."""

    class Stage(models.TextChoices):
        IDENTIFIED = "identified", _("Identified")
        CONCEPT_NOTE = "concept_note", _("Concept note")
        PROPOSAL = "proposal", _("Proposal")
        WON = "won", _("Won")
        LOST = "lost", _("Lost")

    OPEN_STAGES = (Stage.IDENTIFIED, Stage.CONCEPT_NOTE, Stage.PROPOSAL)

    funder = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="opportunities", verbose_name=_("funder")
    )
    title = models.CharField(_("title"), max_length=200)
    call = models.CharField(_("call for proposals"), max_length=200, blank=True)
    call_url = models.URLField(_("link to the call"), blank=True)
    stage = models.CharField(
        _("stage"), max_length=14, choices=Stage.choices, default=Stage.IDENTIFIED
    )
    amount = models.DecimalField(_("amount sought"), **MONEY)
    currency = models.CharField(
        _("currency"), max_length=3, default="USD", validators=[validate_currency]
    )
    probability = models.PositiveSmallIntegerField(
        _("probability (%)"),
        default=20,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("How likely the secretariat judges a win, from 0 to 100."),
    )
    decision_on = models.DateField(_("decision expected"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = OpportunityQuerySet.as_manager()

    class Meta:
        ordering = ["decision_on", "pk"]
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")
        constraints = [
            models.CheckConstraint(
                condition=Q(probability__lte=100), name="opportunity_probability_is_a_percent"
            ),
            models.CheckConstraint(condition=Q(amount__gte=0), name="opportunity_amount_positive"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partners:opportunity", args=[self.pk])

    @property
    def is_open(self):
        return self.stage in self.OPEN_STAGES

    @property
    def weighted_amount(self):
        """The amount times the probability, rounded to the currency's unit."""
        return round_money(self.amount * Decimal(self.probability) / 100, self.currency)

    def win(self, *, title=None, reference="", amount=None, starts_on=None, ends_on=None):
        """Record the opportunity as won and create its grant (from the funder, for the amount
        sought unless told otherwise, in the same currency). Returns the grant."""
        with transaction.atomic():
            # Locked so that two people winning it at once create one grant, not two.
            locked = Opportunity.objects.select_for_update().get(pk=self.pk)
            if locked.stage == self.Stage.WON:
                raise InvalidTransition(_("This opportunity has already been won."))
            if locked.stage == self.Stage.LOST:
                raise InvalidTransition(_("A lost opportunity cannot be won."))
            grant = Grant(
                funder_id=self.funder_id,
                opportunity=self,
                title=title or self.title,
                reference=reference,
                amount=self.amount if amount is None else amount,
                currency=self.currency,
                starts_on=starts_on,
                ends_on=ends_on,
                status=Grant.Status.ACTIVE,
            )
            grant.full_clean()
            grant.save()
            self.stage = self.Stage.WON
            self.probability = 100
            self.save(update_fields=["stage", "probability", "updated_at"])
        return grant

    def lose(self):
        if self.stage == self.Stage.WON:
            raise InvalidTransition(_("A won opportunity cannot be lost."))
        self.stage = self.Stage.LOST
        self.probability = 0
        self.save(update_fields=["stage", "probability", "updated_at"])


class GrantQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Grant.Status.ACTIVE)

    def for_list(self):
        return self.select_related("funder").order_by("-starts_on", "-pk")


class Grant(models.Model):
    """Money a funder gives the secretariat for a purpose, paid in tranches, under conditions,
    with reports owed."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending signature")
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")
        CANCELLED = "cancelled", _("Cancelled")

    funder = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="grants", verbose_name=_("funder")
    )
    opportunity = models.OneToOneField(
        Opportunity,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grant",
        verbose_name=_("opportunity"),
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grants",
        verbose_name=_("grant agreement"),
    )
    title = models.CharField(_("title"), max_length=200)
    reference = models.CharField(_("funder's reference"), max_length=100, blank=True)
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(
        _("currency"), max_length=3, default="USD", validators=[validate_currency]
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = GrantQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("grant")
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="grant_amount_positive"),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="grant_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partners:grant", args=[self.pk])

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A grant cannot end before it starts.")})


class TrancheQuerySet(models.QuerySet):
    def totals_by_currency(self):
        """{currency: {"expected": sum, "received": sum}} of these tranches, in the currency
        of each one's grant (amounts in different currencies are never added together)."""
        rows = (
            self.order_by()
            .values("grant__currency")
            .annotate(expected=Sum("expected_amount"), received=Sum("received_amount"))
        )
        return {
            row["grant__currency"]: {
                "expected": row["expected"] or Decimal(0),
                "received": row["received"] or Decimal(0),
            }
            for row in rows
        }

    def by_year(self):
        """{(year, currency): {"received": sum, "expected": sum}}: what was received in each
        year, and what is still expected in each year (tranches not yet received, by their
        expected date)."""
        totals = {}
        received = (
            self.filter(received_on__isnull=False)
            .annotate(year=ExtractYear("received_on"))
            .order_by()
            .values("year", "grant__currency")
            .annotate(total=Sum("received_amount"))
        )
        expected = (
            self.filter(received_on__isnull=True)
            .annotate(year=ExtractYear("expected_on"))
            .order_by()
            .values("year", "grant__currency")
            .annotate(total=Sum("expected_amount"))
        )
        for kind, rows in (("received", received), ("expected", expected)):
            for row in rows:
                key = (row["year"], row["grant__currency"])
                totals.setdefault(key, {"received": Decimal(0), "expected": Decimal(0)})
                totals[key][kind] += row["total"]
        return totals


class Tranche(models.Model):
    """One payment of a grant, in the grant's currency: expected on a date, received (or not
    yet)."""

    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="tranches")
    expected_on = models.DateField(_("expected on"))
    expected_amount = models.DecimalField(_("expected amount"), **MONEY)
    received_on = models.DateField(_("received on"), null=True, blank=True)
    received_amount = models.DecimalField(_("received amount"), null=True, blank=True, **MONEY)
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()
    objects = TrancheQuerySet.as_manager()

    class Meta:
        ordering = ["expected_on", "pk"]
        verbose_name = _("tranche")
        constraints = [
            models.CheckConstraint(
                condition=Q(expected_amount__gte=0), name="tranche_expected_positive"
            ),
            models.CheckConstraint(
                condition=(Q(received_on__isnull=True) & Q(received_amount__isnull=True))
                | (Q(received_on__isnull=False) & Q(received_amount__gte=0)),
                name="tranche_received_with_date_and_amount",
            ),
        ]

    def __str__(self):
        return f"{self.grant} · {self.expected_on}"

    @property
    def currency(self):
        return self.grant.currency

    @property
    def is_received(self):
        return self.received_on is not None

    def receive(self, amount, on=None):
        """Record the tranche as received: `amount` in the grant's currency, on `on` (today by
        default)."""
        if amount is None or Decimal(amount) < 0:
            raise ValidationError(_("Enter the amount received."))
        self.received_amount = round_money(amount, self.grant.currency)
        self.received_on = on or timezone.localdate()
        self.save(update_fields=["received_amount", "received_on"])


class GrantCondition(models.Model):
    """Something the grant requires of the secretariat (co-funding, an audit, a visibility
    rule), with when it is due and when it was met."""

    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="conditions")
    description = models.TextField(_("condition"))
    due_on = models.DateField(_("due on"), null=True, blank=True)
    met_on = models.DateField(_("met on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("grant condition")

    def __str__(self):
        return self.description[:80]


class ReportingObligationQuerySet(models.QuerySet):
    def due_for_reminder(self, now=None):
        """Reports not yet submitted, due within their reminder period from `now`, whose
        reminder has not been sent."""
        now = now or timezone.now()
        today = timezone.localdate(now)
        candidates = self.filter(submitted_at__isnull=True, reminder_sent_at__isnull=True)
        due = [
            pk
            for pk, due_on, days in candidates.values_list("pk", "due_on", "reminder_days")
            if (due_on - today).days <= days
        ]
        return self.filter(pk__in=due)

    def overdue(self, on=None):
        return self.filter(submitted_at__isnull=True, due_on__lt=on or timezone.localdate())


class ReportingObligation(models.Model):
    """A report the grant owes its funder for a period, due on a date; the submitted report is
    kept here."""

    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="reporting_obligations")
    title = models.CharField(_("report"), max_length=200)
    due_on = models.DateField(_("due on"))
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period to"), null=True, blank=True)
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder (days before)"),
        default=14,
        help_text=_("The secretariat is reminded this many days before the report is due."),
    )
    reminder_sent_at = models.DateTimeField(
        _("reminder sent"), null=True, blank=True, editable=False
    )
    report = models.FileField(
        _("submitted report"),
        upload_to="partners/reports/%Y/",
        storage=document_storage,
        max_length=200,
        blank=True,
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    history = HistoricalRecords()
    objects = ReportingObligationQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("reporting obligation")

    def __str__(self):
        return f"{self.title} · {self.grant}"

    @property
    def period(self):
        return (self.period_start, self.period_end)

    def submit(self, report, *, by=None, at=None):
        """Attach the report sent to the funder and mark the obligation met."""
        self.report = report
        self.submitted_at = at or timezone.now()
        self.submitted_by = by
        self.save(update_fields=["report", "submitted_at", "submitted_by"])
