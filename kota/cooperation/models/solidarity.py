"""Solidarity in a crisis: the secretariat opens an appeal, affected members post their needs,
members and partners pledge, and each pledge is shipped and received. Pledges never exceed
what a need still lacks: they are taken one at a time on the need's locked row."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import DecimalField, F, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_focal_point_of, is_secretariat
from kota.lib.text import unique_slug

ZERO = Value(Decimal(0), output_field=DecimalField(max_digits=12, decimal_places=2))


class PledgeRefused(ValidationError):
    """A pledge that cannot be taken (more than the need still lacks, a closed appeal)."""


class AppealQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Appeal.Status.OPEN)


class Appeal(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    crisis = models.CharField(
        _("crisis"), max_length=200, help_text=_("An earthquake, an epidemic…")
    )
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN
    )
    opened_on = models.DateField(_("opened on"), default=datetime.date.today)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    is_fictional = models.BooleanField(default=False, editable=False)

    history = HistoricalRecords()
    objects = AppealQuerySet.as_manager()

    class Meta:
        ordering = ["-opened_on", "pk"]
        verbose_name = _("solidarity appeal")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                self.title, Appeal.objects.exclude(pk=self.pk), default="appeal"
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("cooperation:appeal", args=[self.slug])

    @classmethod
    def open_appeal(cls, *, by, **fields):
        if not is_secretariat(by):
            raise PermissionDenied
        appeal = cls(opened_by=by, **fields)
        appeal.full_clean(exclude=["slug"])
        appeal._change_reason = "Opened"
        appeal.save()
        return appeal

    def post_need(self, *, member, by, **fields):
        """An affected member's focal point (or the secretariat) posts a need."""
        if not (is_secretariat(by) or is_focal_point_of(by, member)):
            raise PermissionDenied
        if self.status != self.Status.OPEN:
            raise ValidationError(_("This appeal is closed."))
        need = Need(appeal=self, member=member, posted_by=by, **fields)
        need.full_clean()
        need._change_reason = "Posted"
        need.save()
        return need


class NeedQuerySet(models.QuerySet):
    def with_totals(self):
        """Each need with `pledged` (every pledge standing) and `received` (what arrived),
        annotated in the same query."""
        standing = ~Q(pledges__status="cancelled")
        return self.annotate(
            pledged=Coalesce(Sum("pledges__quantity", filter=standing), ZERO),
            received=Coalesce(Sum("pledges__quantity", filter=Q(pledges__status="received")), ZERO),
        )

    def met(self):
        """Needs whose whole quantity was received."""
        return self.with_totals().filter(received__gte=F("quantity"))

    def for_page(self):
        return self.with_totals().select_related("member__country").order_by("deadline", "pk")


class Need(models.Model):
    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="needs")
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        related_name="solidarity_needs",
        verbose_name=_("affected member"),
    )
    item = models.CharField(_("item"), max_length=200)
    quantity = models.DecimalField(
        _("quantity"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    unit = models.CharField(_("unit"), max_length=40, help_text=_("pieces, boxes, tonnes…"))
    deadline = models.DateField(_("needed by"), null=True, blank=True)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    objects = NeedQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("need")
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gt=0), name="cooperation_need_positive")
        ]

    def __str__(self):
        return f"{self.item} ({self.quantity.normalize():f} {self.unit})"

    def locked(self):
        """This need's row, locked until the end of the transaction: every pledge goes
        through it, so that two pledges for the last of a need are decided one after the
        other (SQLite takes the write lock at BEGIN IMMEDIATE instead)."""
        return Need.objects.select_for_update().get(pk=self.pk)

    def pledged_quantity(self):
        total = self.pledges.exclude(status=Pledge.Status.CANCELLED).aggregate(
            total=Sum("quantity")
        )["total"]
        return total or Decimal(0)

    def remaining(self):
        """What no standing pledge covers yet."""
        return max(self.quantity - self.pledged_quantity(), Decimal(0))

    def pledge(self, *, quantity, by, member=None, partner=None, partner_name="", note=""):
        """Pledge `quantity` of this need, for `member` (one `by` is a focal point of) or, by
        the secretariat, for a `partner` (kota.partners) or another organisation named
        `partner_name`. Raises PledgeRefused when it is more than the need still lacks."""
        quantity = Decimal(quantity)
        if member is not None:
            if not (is_secretariat(by) or is_focal_point_of(by, member)):
                raise PermissionDenied
        elif not (is_secretariat(by) and (partner is not None or partner_name.strip())):
            raise PermissionDenied
        if quantity <= 0:
            raise PledgeRefused(_("Pledge a quantity above zero."))
        with transaction.atomic():
            need = self.locked()
            if need.appeal.status != Appeal.Status.OPEN:
                raise PledgeRefused(_("This appeal is closed."))
            left = need.remaining()
            if quantity > left:
                raise PledgeRefused(
                    _("Only %(left)s %(unit)s are still needed.")
                    % {"left": f"{left.normalize():f}", "unit": need.unit}
                )
            pledge = Pledge(
                need=need,
                member=member,
                partner=partner if member is None else None,
                partner_name="" if (member or partner) else partner_name.strip(),
                quantity=quantity,
                pledged_by=by,
                note=note,
            )
            pledge._change_reason = "Pledged"
            pledge.save()
        return pledge


class Pledge(models.Model):
    class Status(models.TextChoices):
        PLEDGED = "pledged", _("Pledged")
        SHIPPED = "shipped", _("Shipped")
        RECEIVED = "received", _("Received")
        CANCELLED = "cancelled", _("Cancelled")

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="pledges")
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="solidarity_pledges",
        verbose_name=_("pledging member"),
    )
    partner = models.ForeignKey(
        "partners.Partner",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="solidarity_pledges",
        verbose_name=_("pledging partner"),
    )
    partner_name = models.CharField(
        _("pledging organisation"),
        max_length=200,
        blank=True,
        help_text=_("For a donor that is not among the partners."),
    )
    quantity = models.DecimalField(_("quantity"), max_digits=12, decimal_places=2)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLEDGED
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    shipped_on = models.DateField(_("shipped on"), null=True, blank=True)
    shipment_reference = models.CharField(_("shipment reference"), max_length=100, blank=True)
    received_on = models.DateField(_("received on"), null=True, blank=True)
    pledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("pledge")
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gt=0), name="cooperation_pledge_positive")
        ]

    def __str__(self):
        return f"{self.donor}: {self.quantity.normalize():f} {self.need.unit}"

    @property
    def donor(self):
        if self.member_id:
            return self.member.name
        return self.partner.name if self.partner_id else self.partner_name

    def ship(self, *, by, on=None, reference=""):
        """The donor's focal point (or the secretariat) records the shipment."""
        if not (is_secretariat(by) or (self.member_id in focal_point_member_ids(by))):
            raise PermissionDenied
        if self.status != self.Status.PLEDGED:
            raise ValidationError(_("Only a pledge not yet shipped is shipped."))
        self.status = self.Status.SHIPPED
        self.shipped_on = on or timezone.localdate()
        self.shipment_reference = reference
        self._change_reason = "Shipped"
        self.save(update_fields=["status", "shipped_on", "shipment_reference"])

    def receive(self, *, by, on=None):
        """The affected member's focal point (or the secretariat) records its receipt."""
        if not (is_secretariat(by) or is_focal_point_of(by, self.need.member_id)):
            raise PermissionDenied
        if self.status not in (self.Status.PLEDGED, self.Status.SHIPPED):
            raise ValidationError(_("This pledge was already received or cancelled."))
        self.status = self.Status.RECEIVED
        self.received_on = on or timezone.localdate()
        self._change_reason = "Received"
        self.save(update_fields=["status", "received_on"])
