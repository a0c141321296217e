"""The dues ledger: one Dues record per member per year, its invoices, payments, waivers and
credit notes, and the reminders sent."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, DecimalField, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_secretariat
from kota.dues.models.ledger import Adjustment, Payment
from kota.dues.models.schedule import FeeSchedule, Tier
from kota.lib.dates import validate_in_window
from kota.lib.money import MONEY, money_text, round_money, validate_currency
from kota.lib.numbers import percent
from kota.members.models import Member

ZERO = Decimal(0)
# An invoice issued after the year's due date (to a member who joined late) is due this long
# after it is issued.
LATE_ISSUE_TERM = datetime.timedelta(days=30)


class Dues(models.Model):
    """What one member owes for one year. Created once, never stretched to another year or
    reused: a member who lapses and returns gets a new record for the year they return."""

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="dues")
    year = models.PositiveSmallIntegerField(_("year"))
    schedule = models.ForeignKey(FeeSchedule, on_delete=models.PROTECT, related_name="dues")
    tier = models.ForeignKey(Tier, on_delete=models.PROTECT, related_name="dues")
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, validators=[validate_currency])
    note = models.CharField(_("note"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "year"], name="dues_once_a_year")]
        ordering = ["-year", "member__name"]
        verbose_name = _("dues")
        verbose_name_plural = _("dues")

    def __str__(self):
        return f"{self.member} {self.year}"


class InvoiceSequence(models.Model):
    """The last invoice number used in a year. Issuing locks this row until its transaction
    ends, so concurrent runs take numbers one after the other, and a run that fails gives its
    numbers back: the numbers of a year have no gaps."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"

    @classmethod
    def take_next(cls, year):
        """The next number of `year`; call inside the transaction that creates the invoice."""
        assert transaction.get_connection().in_atomic_block, "take numbers inside a transaction"
        cls.objects.bulk_create([cls(year=year)], ignore_conflicts=True)
        sequence = cls.objects.select_for_update().get(year=year)
        sequence.last_number += 1
        sequence.save(update_fields=["last_number"])
        return sequence.last_number


def _sum_of(model, field, **filters):
    rows = (
        model.objects.filter(invoice=OuterRef("pk"), **filters)
        .values("invoice")
        .annotate(total=Sum(field))
        .values("total")
    )
    return Coalesce(Subquery(rows), Value(ZERO), output_field=DecimalField(**MONEY))


AMOUNT = DecimalField(**MONEY)


def _total(field):
    return Coalesce(Sum(field), Value(ZERO), output_field=AMOUNT)


# An invoice waived or credited in full with nothing paid asked nobody for money: it counts
# neither as due nor as paid.
NOTHING_ASKED = Q(adjusted_total__gte=F("amount"), paid_total=0)
PAID_IN_FULL = Q(balance_due__lte=0) & ~NOTHING_ASKED


class InvoiceQuerySet(models.QuerySet):
    def with_totals(self, as_of=None):
        """Annotate paid, adjusted (waived and credited) and balance, one subquery each;
        with `as_of`, only what was paid or adjusted by that day counts."""
        paid, adjusted = {}, {}
        if as_of is not None:
            paid, adjusted = {"paid_on__lte": as_of}, {"created_at__date__lte": as_of}
        return self.annotate(
            paid_total=_sum_of(Payment, "amount_in_invoice_currency", **paid),
            adjusted_total=_sum_of(Adjustment, "amount", **adjusted),
        ).annotate(balance_due=F("amount") - F("paid_total") - F("adjusted_total"))

    def lock(self, ids):
        """Row-lock the invoices `ids` until the transaction ends, in key order and in
        batches (so two callers never deadlock and no query outgrows SQLite's parameter
        limit). A payment import takes these locks before it reads what is recorded."""
        ids = sorted(set(ids))
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            list(self.filter(pk__in=batch).order_by("pk").select_for_update().values("pk"))

    def live(self):
        """Invoices that count: every one but the voided."""
        return self.exclude(status=Invoice.Status.VOID)

    def for_member_of(self, user):
        """Invoices `user` may see: all for staff, their own members' for a focal point."""
        if is_secretariat(user):
            return self
        return self.filter(dues__member__in=focal_point_member_ids(user))

    def in_arrears(self, today=None):
        """Live invoices past their due date with money still owed."""
        today = today or timezone.localdate()
        return self.live().with_totals().filter(due_on__lt=today, balance_due__gt=0)

    def ledger(self, year):
        """The invoices of `year` with their totals, member and tier, in number order: the
        invoices page and its export, in one query however many invoices there are."""
        return (
            self.filter(year=year)
            .with_totals()
            .select_related("dues__member", "dues__tier")
            .order_by("sequence")
        )

    def arrears_report(self, today=None):
        """in_arrears() with each invoice's member and country, the longest overdue first:
        the arrears page and its export, in one query."""
        return (
            self.in_arrears(today)
            .select_related("dues__member__country")
            .order_by("due_on", "number")
        )

    def collection_rate(self, as_of=None):
        """How much of what these invoices asked for was collected (voided ones left out):
        amount_rate is collected / (invoiced - waived and credited), count_rate is invoices
        paid in full / invoices that asked for money. Percentages, None when nothing was
        asked. With `as_of`, payments and adjustments after that day are left out."""
        totals = self.live().with_totals(as_of).aggregate(**self._rate_aggregates())
        return self._rates(totals)

    def collection_by(self, field, as_of=None):
        """collection_rate() for each value of `field` (e.g. "dues__tier__name"), in one query."""
        rows = (
            self.live()
            .with_totals(as_of)
            .values(field)
            .annotate(**self._rate_aggregates())
            .order_by(field)
        )
        return [{**self._rates(row), "key": row[field]} for row in rows]

    @staticmethod
    def _rate_aggregates():
        return {
            "invoiced": _total("amount"),
            "collected": _total("paid_total"),
            "adjusted": _total("adjusted_total"),
            "count": Count("pk", filter=~NOTHING_ASKED),
            "paid_count": Count("pk", filter=PAID_IN_FULL),
        }

    @staticmethod
    def _rates(totals):
        due = totals["invoiced"] - totals["adjusted"]
        return {
            **totals,
            "amount_rate": percent(totals["collected"], due, places=1),
            "count_rate": percent(totals["paid_count"], totals["count"], places=1),
            "outstanding": due - totals["collected"],
        }


class Invoice(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PARTLY_PAID = "partly_paid", _("Partly paid")
        OVERDUE = "overdue", _("Overdue")
        PAID = "paid", _("Paid")
        WAIVED = "waived", _("Waived")
        VOID = "void", _("Void")

    dues = models.ForeignKey(Dues, on_delete=models.PROTECT, related_name="invoices")
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField()
    number = models.CharField(_("number"), max_length=20, unique=True)
    issued_on = models.DateField(_("issued on"))
    due_on = models.DateField(_("due on"))
    amount = models.DecimalField(_("amount"), **MONEY)
    currency = models.CharField(_("currency"), max_length=3, validators=[validate_currency])
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    void_reason = models.CharField(_("reason for voiding"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    history = HistoricalRecords()
    objects = InvoiceQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="invoice_number_once"),
            models.UniqueConstraint(
                fields=["dues"], condition=~Q(status="void"), name="one_live_invoice_per_dues"
            ),
        ]
        ordering = ["-year", "-sequence"]
        verbose_name = _("invoice")

    def __str__(self):
        return self.number

    def get_absolute_url(self):
        return reverse("dues:invoice", args=[self.number])

    def delete(self, *args, **kwargs):
        raise ValidationError(_("An issued invoice is never deleted; void it with a reason."))

    @classmethod
    def issue(cls, dues, *, issued_on, by=None):
        """Number and create the invoice of `dues` (inside the caller's transaction)."""
        sequence = InvoiceSequence.take_next(dues.year)
        return cls.objects.create(
            dues=dues,
            year=dues.year,
            sequence=sequence,
            number=f"{dues.year}-{sequence:05d}",
            issued_on=issued_on,
            due_on=max(dues.schedule.due_on, issued_on + LATE_ISSUE_TERM),
            amount=dues.amount,
            currency=dues.currency,
            created_by=by,
        )

    # Amounts -------------------------------------------------------------------------------

    def totals(self):
        """Paid, adjusted (of which waived) and the balance, read in one query."""
        row = (
            Invoice.objects.filter(pk=self.pk)
            .with_totals()
            .annotate(waived_total=_sum_of(Adjustment, "amount", kind=Adjustment.Kind.WAIVER))
            .values("paid_total", "adjusted_total", "waived_total", "balance_due")
            .get()
        )
        return {
            "paid": row["paid_total"],
            "adjusted": row["adjusted_total"],
            "waived": row["waived_total"],
            "balance": row["balance_due"],
        }

    @property
    def balance(self):
        return self.totals()["balance"]

    def status_on(self, today, totals=None):
        """Void, waived (waivers cover it all), paid (nothing left), overdue (money owed after
        the due date), partly paid (some paid, not yet due), else open. `totals`, when the
        caller has just computed them, saves reading them again."""
        if self.status == self.Status.VOID:
            return self.Status.VOID
        totals = totals or self.totals()
        if totals["waived"] >= self.amount:
            return self.Status.WAIVED
        if totals["balance"] <= 0:
            return self.Status.PAID
        if today > self.due_on:
            return self.Status.OVERDUE
        if totals["paid"] > 0 or totals["adjusted"] > 0:
            return self.Status.PARTLY_PAID
        return self.Status.OPEN

    def refresh_status(self, today=None, totals=None):
        status = self.status_on(today or timezone.localdate(), totals)
        if status != self.status:
            self.status = status
            self.save(update_fields=["status"])
        return status

    # Verbs ---------------------------------------------------------------------------------

    def _locked(self):
        """This invoice re-read under a row lock, so two clerks cannot both take the balance."""
        invoice = Invoice.objects.select_for_update().get(pk=self.pk)
        if invoice.status == self.Status.VOID:
            raise ValidationError(_("This invoice is void."))
        return invoice

    def record_payment(
        self,
        *,
        amount,
        currency,
        paid_on,
        method,
        reference="",
        exchange_rate=None,
        rate_date=None,
        by=None,
    ):
        """Record a payment, possibly partial, possibly in another currency at `exchange_rate`
        (invoice currency per unit of the payment's). Refuses more than the balance."""
        amount = Decimal(amount)
        if amount <= 0:
            raise ValidationError(_("A payment is a positive amount."))
        validate_in_window(paid_on)
        if currency != self.currency:
            if not exchange_rate or Decimal(exchange_rate) <= 0:
                raise ValidationError(
                    _("A payment in %(paid)s to an invoice in %(due)s needs the exchange rate.")
                    % {"paid": currency, "due": self.currency}
                )
            exchange_rate = Decimal(exchange_rate)
            rate_date = rate_date or paid_on
        else:
            exchange_rate, rate_date = Decimal(1), None
        # Checked after rounding to each currency's unit: 0.004 USD is recorded as 0.00.
        rounded = round_money(amount, currency)
        converted = round_money(rounded * exchange_rate, self.currency)
        if converted <= 0:
            raise ValidationError(
                _("A payment is a positive amount: %(amount)s rounds to %(rounded)s.")
                % {
                    "amount": money_text(amount, currency, exact=True),
                    "rounded": money_text(converted, self.currency),
                }
            )
        with transaction.atomic():
            invoice = self._locked()
            totals = invoice.totals()
            if converted > totals["balance"]:
                raise ValidationError(
                    _("This payment (%(amount)s) is more than the balance due (%(balance)s).")
                    % {
                        "amount": money_text(converted, self.currency),
                        "balance": money_text(totals["balance"], self.currency),
                    }
                )
            payment = Payment.objects.create(
                invoice=invoice,
                amount=rounded,
                currency=currency,
                exchange_rate=exchange_rate,
                rate_date=rate_date,
                amount_in_invoice_currency=converted,
                paid_on=paid_on,
                method=method,
                reference=reference,
                recorded_by=by,
            )
            totals["paid"] += converted
            totals["balance"] -= converted
            invoice.refresh_status(totals=totals)  # the totals as they are now, read under lock
        self.refresh_from_db()
        return payment

    def adjust(self, *, kind, amount, reason, approved_by, by=None):
        """A waiver or a credit note, with its reason and who approved it."""
        amount = round_money(Decimal(amount), self.currency)
        if amount <= 0:
            raise ValidationError(_("A waiver or credit is a positive amount."))
        if not reason.strip():
            raise ValidationError(_("Give the reason."))
        with transaction.atomic():
            invoice = self._locked()
            totals = invoice.totals()
            if amount > totals["balance"]:
                raise ValidationError(
                    _("This (%(amount)s) is more than the balance due (%(balance)s).")
                    % {
                        "amount": money_text(amount, self.currency),
                        "balance": money_text(totals["balance"], self.currency),
                    }
                )
            adjustment = Adjustment.objects.create(
                invoice=invoice,
                kind=kind,
                amount=amount,
                reason=reason,
                approved_by=approved_by,
                created_by=by,
            )
            totals["adjusted"] += amount
            totals["balance"] -= amount
            if kind == Adjustment.Kind.WAIVER:
                totals["waived"] += amount
            invoice.refresh_status(totals=totals)
        self.refresh_from_db()
        return adjustment

    def void(self, *, reason, by=None):
        """Void an invoice issued in error. One with payments is credited, not voided."""
        if not reason.strip():
            raise ValidationError(_("Give the reason for voiding."))
        with transaction.atomic():
            invoice = self._locked()
            if invoice.payments.exists():
                raise ValidationError(
                    _("This invoice has payments; issue a credit note instead of voiding it.")
                )
            invoice.status = self.Status.VOID
            invoice.void_reason = reason
            invoice._change_reason = reason
            invoice.save(update_fields=["status", "void_reason"])
        self.refresh_from_db()
