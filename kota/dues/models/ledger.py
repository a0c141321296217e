"""What is recorded against an invoice: payments, waivers and credit notes, and reminders.
The invoice's verbs (kota/dues/models/invoices.py) create them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.lib.money import MONEY, validate_currency


class Payment(models.Model):
    class Method(models.TextChoices):
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")
        CARD = "card", _("Card")
        CASH = "cash", _("Cash")
        OTHER = "other", _("Other")

    invoice = models.ForeignKey("dues.Invoice", on_delete=models.PROTECT, related_name="payments")
    amount = models.DecimalField(_("amount paid"), **MONEY)
    currency = models.CharField(_("currency paid"), max_length=3, validators=[validate_currency])
    exchange_rate = models.DecimalField(_("exchange rate"), max_digits=20, decimal_places=8)
    rate_date = models.DateField(_("rate date"), null=True, blank=True)
    amount_in_invoice_currency = models.DecimalField(**MONEY)
    paid_on = models.DateField(_("paid on"))
    method = models.CharField(_("method"), max_length=20, choices=Method.choices)
    reference = models.CharField(_("reference"), max_length=100, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["paid_on", "pk"]
        verbose_name = _("payment")

    def __str__(self):
        return f"{self.invoice}: {self.amount} {self.currency}"


class Adjustment(models.Model):
    class Kind(models.TextChoices):
        WAIVER = "waiver", _("Waiver")
        CREDIT_NOTE = "credit_note", _("Credit note")

    invoice = models.ForeignKey(
        "dues.Invoice", on_delete=models.PROTECT, related_name="adjustments"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    amount = models.DecimalField(_("amount"), **MONEY)
    reason = models.CharField(_("reason"), max_length=300)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("approved by"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("waiver or credit note")

    def __str__(self):
        return f"{self.get_kind_display()} {self.invoice}: {self.amount}"


class Reminder(models.Model):
    """A reminder of an invoice, `days` before (negative) or after (positive) its due date.
    One per invoice and offset, so the nightly run never sends the same one twice."""

    invoice = models.ForeignKey("dues.Invoice", on_delete=models.CASCADE, related_name="reminders")
    days = models.SmallIntegerField(_("days from due date"))
    recipients = models.TextField(_("sent to"))
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["invoice", "days"], name="one_reminder_per_offset")
        ]
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.invoice} {self.days:+d}"

    @property
    def before_due(self):
        return self.days < 0

    @property
    def distance(self):
        return abs(self.days)
