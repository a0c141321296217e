"""One message to one address: a mailing's, or a transactional one from another app."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.lib.email import site_host
from kota.mailings.models.contacts import Contact
from kota.mailings.models.mailings import Mailing


def new_token():
    return uuid.uuid4().hex


class DeliveryQuerySet(models.QuerySet):
    def statistics(self):
        """Counts for a mailing's page: recipients, sent, skipped, failed, in doubt, delivered,
        bounced, complaints, opened and clicked (the last two only count readers who allow
        tracking, because nothing is recorded for the others)."""
        status = Delivery.Status
        return self.aggregate(
            recipients=Count("pk"),
            queued=Count("pk", filter=Q(status=status.QUEUED)),
            sent=Count("pk", filter=Q(status=status.SENT)),
            skipped=Count("pk", filter=Q(status=status.SKIPPED)),
            failed=Count("pk", filter=Q(status=status.FAILED)),
            in_doubt=Count("pk", filter=Q(status=status.IN_DOUBT)),
            delivered=Count("pk", filter=Q(delivered_at__isnull=False)),
            bounced=Count("pk", filter=Q(bounced_at__isnull=False)),
            complained=Count("pk", filter=Q(complained_at__isnull=False)),
            opened=Count("pk", filter=Q(opened_at__isnull=False)),
            clicked=Count("pk", filter=Q(clicked_at__isnull=False)),
        )

    def sent_between(self, start, end):
        """Messages handed to the mail server from `start` to `end` (dates, both included)."""
        return self.filter(
            status=Delivery.Status.SENT, sent_at__date__gte=start, sent_at__date__lte=end
        )


class Delivery(models.Model):
    """A message to one address. A mailing's deliveries are written when it is prepared, one
    per address, and each moves queued -> sending -> sent exactly once (see sending.py)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Not sent: opted out or suppressed")
        FAILED = "failed", _("Refused by the mail server")
        IN_DOUBT = "in_doubt", _("In doubt: the sender stopped while sending")

    class Category(models.TextChoices):
        MAILING = "mailing", _("Mailing")
        TRANSACTIONAL = "transactional", _("Transactional")

    mailing = models.ForeignKey(
        Mailing, on_delete=models.CASCADE, null=True, blank=True, related_name="deliveries"
    )
    category = models.CharField(max_length=15, choices=Category.choices, default=Category.MAILING)
    template = models.CharField(max_length=100, blank=True)
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="deliveries")
    email = models.EmailField()
    name = models.CharField(max_length=150, blank=True)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    member = models.ForeignKey(
        "members.Member", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    subject = models.CharField(max_length=200, blank=True)
    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    sender = models.CharField(max_length=40, blank=True)
    detail = models.CharField(max_length=300, blank=True)
    esp_message_id = models.CharField(max_length=200, blank=True, db_index=True)
    queued_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    complained_at = models.DateTimeField(null=True, blank=True)
    opened_at = models.DateTimeField(null=True, blank=True)
    clicked_at = models.DateTimeField(null=True, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "email"],
                condition=Q(mailing__isnull=False),
                name="one_delivery_per_address",
            )
        ]
        indexes = [models.Index(fields=["mailing", "status"]), models.Index(fields=["sent_at"])]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")

    def __str__(self):
        return f"{self.email} ({self.get_status_display()})"

    @property
    def message_id(self):
        """The Message-ID header: the same for this delivery whoever sends it."""
        return f"<{self.token}@{site_host()}>"

    def record_open(self):
        if self.opened_at is None and self.contact.tracking:
            self.opened_at = timezone.now()
            self.save(update_fields=["opened_at"])

    def record_click(self):
        if self.contact.tracking:
            now = timezone.now()
            self.opened_at = self.opened_at or now
            self.clicked_at = self.clicked_at or now
            self.save(update_fields=["opened_at", "clicked_at"])
