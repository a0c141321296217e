import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.lib.numbers import percent
from kota.members.models import Sex

# "Reinforce target of women representation in UCLG ASPAC governing bodies at 30% as set in
# 2015" (Manifesto 2021-2025, Annex I, activity 1.4.2).
WOMEN_SHARE_TARGET = Decimal("30")


class BodyQuerySet(models.QuerySet):
    def with_women_share(self, date):
        """Bodies with their lead member and the seats held on `date` counted in the same
        query: `seats_held`, `women_held`, and so `body.women_share` (percent, None when no
        seat is held), as the bodies page and the API show them. Seats whose holder's sex is
        not disclosed count in the total."""
        held = Q(seats__starts_on__lte=date) & (
            Q(seats__ends_on__isnull=True) | Q(seats__ends_on__gte=date)
        )
        return self.select_related("lead_member").annotate(
            seats_held=Count("seats", filter=held),
            women_held=Count("seats", filter=held & Q(seats__holder_sex=Sex.FEMALE)),
        )


class Body(models.Model):
    class Kind(models.TextChoices):
        EXECUTIVE_BUREAU = "executive_bureau", _("Executive Bureau")
        COUNCIL = "council", _("Council")
        COMMITTEE = "committee", _("Committee")
        STANDING_COMMITTEE = "standing_committee", _("Standing committee")

    BOARD_KINDS = (Kind.EXECUTIVE_BUREAU, Kind.COUNCIL)

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    lead_member = models.ForeignKey(
        "members.Member",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_bodies",
        verbose_name=_("led by"),
    )
    supporting_organisation = models.CharField(_("with support from"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()
    objects = BodyQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("governance:body", args=[self.slug])

    @property
    def women_share(self):
        """Women's share of the seats counted by Body.objects.with_women_share()."""
        return percent(self.women_held, self.seats_held)


class SeatQuerySet(models.QuerySet):
    def held_on(self, date):
        """Seats held on `date` (a seat with no end date is still held)."""
        return self.filter(Q(ends_on__isnull=True) | Q(ends_on__gte=date), starts_on__lte=date)

    def current(self):
        return self.held_on(timezone.localdate())

    def of_member(self, member):
        """The seats `member` holds or held, with their body: its profile page and the API."""
        return self.filter(member=member).select_related("body", "member")

    def board(self):
        """Seats in the Executive Bureau and the Council."""
        return self.filter(body__kind__in=Body.BOARD_KINDS)

    def women_share(self, date):
        """Women's share, in percent, of the seats held on `date` (None when no seat is held).
        Seats whose holder's sex is not disclosed count in the total."""
        counts = self.held_on(date).aggregate(
            seats=Count("id"), women=Count("id", filter=Q(holder_sex=Sex.FEMALE))
        )
        return percent(counts["women"], counts["seats"])

    def women_share_by_year(self, years, month=7, day=1):
        """{year: share} on 1 July of each year, computed in one query."""
        aggregates = {}
        for year in years:
            date = datetime.date(year, month, day)
            held = Q(starts_on__lte=date) & (Q(ends_on__isnull=True) | Q(ends_on__gte=date))
            aggregates[f"seats_{year}"] = Count("id", filter=held)
            aggregates[f"women_{year}"] = Count("id", filter=held & Q(holder_sex=Sex.FEMALE))
        counts = self.aggregate(**aggregates) if aggregates else {}
        return {year: percent(counts[f"women_{year}"], counts[f"seats_{year}"]) for year in years}


class Seat(models.Model):
    class Role(models.TextChoices):
        PRESIDENT = "president", _("President")
        CO_PRESIDENT = "co_president", _("Co-president")
        VICE_PRESIDENT = "vice_president", _("Vice-president")
        TREASURER = "treasurer", _("Treasurer")
        CHAIR = "chair", _("Chair")
        VICE_CHAIR = "vice_chair", _("Vice-chair")
        MEMBER = "member", _("Member")

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="seats")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        related_name="seats",
        verbose_name=_("representing"),
    )
    holder_name = models.CharField(_("holder"), max_length=150)
    holder_sex = models.CharField(_("holder's sex"), max_length=12, choices=Sex.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="seats",
        verbose_name=_("holder's login"),
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)

    history = HistoricalRecords()
    objects = SeatQuerySet.as_manager()

    class Meta:
        ordering = ["body__position", "starts_on", "role"]
        verbose_name = _("seat")
        indexes = [models.Index(fields=["body", "starts_on", "ends_on"])]

    def __str__(self):
        return f"{self.get_role_display()}, {self.body}: {self.holder_name}"

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A seat cannot end before it starts.")})

    @property
    def rank(self):
        """Position of the role in the order bodies list them: president first."""
        return list(self.Role).index(self.role)

    def is_held_on(self, date):
        return self.starts_on <= date and (self.ends_on is None or self.ends_on >= date)
