"""Cooperations between members: sister cities, MoUs, exchanges and the like. A focal point
proposes one for their member, the focal point of each other side confirms it for theirs,
and the secretariat verifies it; only then is it active and public."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_focal_point_of, is_secretariat

RENEWAL_NOTICE = datetime.timedelta(days=90)
REVIEW_EVERY = datetime.timedelta(days=365)


class CooperationQuerySet(models.QuerySet):
    def public(self):
        """Cooperations the secretariat verified: active ones and those that ended."""
        return self.filter(status__in=[Cooperation.Status.ACTIVE, Cooperation.Status.ENDED])

    def visible_to(self, user):
        """Every cooperation for the secretariat; verified ones for everyone, and those a
        focal point's member is a party to."""
        if is_secretariat(user):
            return self
        members = focal_point_member_ids(user)
        if not members:
            return self.public()
        mine = Party.objects.filter(member__in=members).values("cooperation")
        return self.filter(Q(pk__in=self.public().values("pk")) | Q(pk__in=mine))

    def active(self, on=None):
        """Verified cooperations in force on `on` (today by default)."""
        on = on or timezone.localdate()
        return self.filter(status=Cooperation.Status.ACTIVE).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=on)
        )

    def of_member(self, member):
        return self.filter(pk__in=Party.objects.filter(member=member).values("cooperation"))

    def of_partner(self, partner):
        return self.filter(pk__in=Party.objects.filter(partner=partner).values("cooperation"))

    def matching(self, *, kind=None, core_area=None, country=None):
        """The filters of the list, the map, the graph, the exports and the API: kind, core
        area (a CoreArea or its id) and the country of any side."""
        cooperations = self
        if kind:
            cooperations = cooperations.filter(kind=kind)
        if core_area:
            cooperations = cooperations.filter(
                pk__in=Cooperation.core_areas.through.objects.filter(corearea=core_area).values(
                    "cooperation"
                )
            )
        if country:
            cooperations = cooperations.filter(
                pk__in=Party.objects.filter(
                    Q(member__country=country) | Q(partner__country=country)
                ).values("cooperation")
            )
        return cooperations

    def for_list(self):
        """With the sides, their countries and the themes, in a fixed number of queries."""
        parties = Party.objects.select_related("member__country", "partner").order_by(
            "member__name", "partner__name"
        )
        return self.prefetch_related(
            Prefetch("parties", queryset=parties), "core_areas", "sdgs"
        ).order_by("-started_on", "pk")

    def due_for_renewal_reminder(self, today=None):
        """Active cooperations that end within RENEWAL_NOTICE and whose focal points have not
        been reminded of it yet."""
        today = today or timezone.localdate()
        return self.filter(
            status=Cooperation.Status.ACTIVE,
            ends_on__gte=today,
            ends_on__lte=today + RENEWAL_NOTICE,
            renewal_reminded_on__isnull=True,
        )

    def due_for_review(self, today=None):
        """Active cooperations whose yearly review is due: a year after they started, then a
        year after the last prompt."""
        today = today or timezone.localdate()
        year_ago = today - REVIEW_EVERY
        return (
            self.active(today)
            .filter(started_on__lte=year_ago)
            .filter(Q(review_prompted_on__isnull=True) | Q(review_prompted_on__lte=year_ago))
        )

    def network(self):
        """The graph of these cooperations: {"nodes": [...], "links": [...]}, one node per
        member or partner taking part (a member with its coordinates for the map) and one link
        per pair of sides of a cooperation. One query whatever the number of cooperations."""
        parties = (
            Party.objects.filter(cooperation__in=self.values("pk"))
            .select_related("member", "partner", "cooperation")
            .only(
                "cooperation__kind",
                "cooperation__title",
                "member__slug",
                "member__name",
                "member__country_id",
                "member__latitude",
                "member__longitude",
                "partner__slug",
                "partner__name",
                "partner__country_id",
            )
            .order_by("cooperation_id", "member__name", "partner__name")
        )
        nodes, links, sides = {}, [], {}
        for party in parties:
            side = party.side
            coords = None
            if party.member_id and side.latitude is not None and side.longitude is not None:
                coords = [float(side.longitude), float(side.latitude)]
            node_id = party.node_id
            node = nodes.setdefault(
                node_id,
                {
                    "id": node_id,
                    "name": side.name,
                    "country": side.country_id,
                    "partner": not party.member_id,
                    "coords": coords,
                    "url": side.get_absolute_url(),
                    "degree": 0,
                },
            )
            for other in sides.setdefault(party.cooperation_id, []):
                links.append(
                    {
                        "source": other,
                        "target": node_id,
                        "kind": party.cooperation.kind,
                        "title": party.cooperation.title,
                    }
                )
                nodes[other]["degree"] += 1
                node["degree"] += 1
            sides[party.cooperation_id].append(node_id)
        return {"nodes": list(nodes.values()), "links": links}


class Cooperation(models.Model):
    class Kind(models.TextChoices):
        SISTER_CITY = "sister_city", _("Sister city or twinning")
        FRIENDSHIP = "friendship", _("Friendship")
        MOU = "mou", _("Memorandum of understanding")
        TECHNICAL = "technical", _("Technical cooperation")
        STAFF_EXCHANGE = "staff_exchange", _("Staff exchange or secondment")
        STUDY_VISIT = "study_visit", _("Study visit")
        HUMANITARIAN = "humanitarian", _("Humanitarian donation")
        TRADE = "trade", _("Trade")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed, awaiting the other sides")
        CONFIRMED = "confirmed", _("Confirmed by every side, awaiting verification")
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PROPOSED
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    core_areas = models.ManyToManyField(
        "core.CoreArea", blank=True, related_name="cooperations", verbose_name=_("core areas")
    )
    sdgs = models.ManyToManyField(
        "core.SDG", blank=True, related_name="cooperations", verbose_name=_("SDGs")
    )
    started_on = models.DateField(_("started on"))
    ends_on = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Leave empty for no end date.")
    )
    renewal_reminded_on = models.DateField(null=True, blank=True, editable=False)
    review_prompted_on = models.DateField(null=True, blank=True, editable=False)
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("Where the agreement is published, for cooperations recorded afterwards."),
    )
    is_fictional = models.BooleanField(_("fictional (demo data)"), default=False, editable=False)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = CooperationQuerySet.as_manager()

    class Meta:
        ordering = ["-started_on", "pk"]
        verbose_name = _("cooperation")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(started_on__lte=models.F("ends_on")),
                name="cooperation_in_order",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cooperation:cooperation", args=[self.pk])

    def clean(self):
        if self.ends_on and self.started_on and self.ends_on < self.started_on:
            raise ValidationError({"ends_on": _("A cooperation cannot end before it starts.")})

    @classmethod
    def propose(cls, *, member, others, by, partners=(), core_areas=(), sdgs=(), **fields):
        """`by`, a focal point of `member` (or the secretariat), proposes a cooperation of
        `member` with `others` (members) and `partners` (partner organisations). The
        proposer's side is confirmed by proposing; every other side still has to confirm."""
        if not (is_secretariat(by) or is_focal_point_of(by, member)):
            raise PermissionDenied
        others = [m for m in others if m.pk != member.pk]
        partners = list(partners)
        if not (others or partners):
            raise ValidationError(_("A cooperation has at least two sides."))
        with transaction.atomic():
            cooperation = cls(proposed_by=by, **fields)
            cooperation.full_clean()
            cooperation._change_reason = "Proposed"
            cooperation.save()
            cooperation.core_areas.set(core_areas)
            cooperation.sdgs.set(sdgs)
            now = timezone.now()
            Party.objects.create(
                cooperation=cooperation, member=member, confirmed_at=now, confirmed_by=by
            )
            for other in others:
                Party.objects.create(cooperation=cooperation, member=other)
            for partner in partners:
                Party.objects.create(cooperation=cooperation, partner=partner)
        return cooperation

    def locked(self):
        """This cooperation's row, locked to the end of the transaction, so that two sides
        confirming at once see each other's confirmation (SQLite: BEGIN IMMEDIATE)."""
        return Cooperation.objects.select_for_update().get(pk=self.pk)

    def party_of(self, member):
        return self.parties.get(member=member)

    def confirm(self, member, *, by):
        """The focal point `by` confirms the cooperation for `member`, their own member only;
        once every side has confirmed, it awaits the secretariat's verification."""
        if not is_focal_point_of(by, member):
            raise PermissionDenied
        self._confirm_side(by, member=member)

    def confirm_partner(self, partner, *, by):
        """The secretariat confirms the cooperation for a partner organisation's side, once
        the partner has agreed to it."""
        if not is_secretariat(by):
            raise PermissionDenied
        self._confirm_side(by, partner=partner)

    def _confirm_side(self, by, **side):
        with transaction.atomic():
            current = self.locked()
            if current.status != self.Status.PROPOSED:
                raise ValidationError(_("This cooperation is no longer awaiting confirmation."))
            party = self.parties.select_for_update().filter(**side).first()
            if party is None:
                raise ValidationError(_("This is not a side of this cooperation."))
            if party.confirmed_at is None:
                party.confirmed_at = timezone.now()
                party.confirmed_by = by
                party._change_reason = "Confirmed"
                party.save(update_fields=["confirmed_at", "confirmed_by"])
            if not self.parties.filter(confirmed_at__isnull=True).exists():
                self.status = self.Status.CONFIRMED
                self._change_reason = "Confirmed by every side"
                self.save(update_fields=["status", "updated_at"])

    @property
    def is_confirmed_by_every_side(self):
        return all(party.confirmed_at for party in self.parties.all())

    def verify(self, *, by):
        """The secretariat verifies a cooperation every side confirmed: it becomes active."""
        if not is_secretariat(by):
            raise PermissionDenied
        with transaction.atomic():
            current = self.locked()
            if current.status != self.Status.CONFIRMED:
                raise ValidationError(_("Only a cooperation confirmed by every side is verified."))
            self.status = self.Status.ACTIVE
            self.verified_by = by
            self.verified_at = timezone.now()
            self._change_reason = "Verified"
            self.save(update_fields=["status", "verified_by", "verified_at", "updated_at"])

    def end(self, *, by):
        if not is_secretariat(by):
            raise PermissionDenied
        self.status = self.Status.ENDED
        self._change_reason = "Ended"
        self.save(update_fields=["status", "updated_at"])

    def can_be_managed_by(self, user):
        """The secretariat and the focal points of its sides record activities."""
        return is_secretariat(user) or bool(
            focal_point_member_ids(user) & {p.member_id for p in self.parties.all()}
        )

    def record_activity(self, *, by, happened_on, text, is_result=False):
        if not self.can_be_managed_by(by):
            raise PermissionDenied
        activity = CooperationActivity(
            cooperation=self, happened_on=happened_on, text=text, is_result=is_result, by=by
        )
        activity.full_clean()
        activity.save()
        return activity


class Party(models.Model):
    """A side of a cooperation: a member, or a partner organisation (kota.partners), and its
    confirmation: a member's by its focal point, a partner's by the secretariat, which keeps
    in touch with partners for the network."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.CASCADE, related_name="parties")
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cooperation_parties",
    )
    partner = models.ForeignKey(
        "partners.Partner",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cooperation_parties",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("side")
        constraints = [
            models.UniqueConstraint(fields=["cooperation", "member"], name="cooperation_side_once"),
            models.UniqueConstraint(
                fields=["cooperation", "partner"], name="cooperation_partner_side_once"
            ),
            models.CheckConstraint(
                condition=Q(member__isnull=False, partner__isnull=True)
                | Q(member__isnull=True, partner__isnull=False),
                name="cooperation_side_is_member_or_partner",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def side(self):
        return self.member if self.member_id else self.partner

    @property
    def name(self):
        return self.side.name

    @property
    def country_code(self):
        return self.side.country_id or ""

    @property
    def node_id(self):
        """The side's id in the network graph: a member's slug, a partner's prefixed."""
        return self.member.slug if self.member_id else f"partner:{self.partner.slug}"


class CooperationActivity(models.Model):
    """What the sides did together, or what came of it, dated."""

    cooperation = models.ForeignKey(
        Cooperation, on_delete=models.CASCADE, related_name="activities"
    )
    happened_on = models.DateField(_("date"))
    text = models.TextField(_("what happened"))
    is_result = models.BooleanField(_("a result"), default=False)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        ordering = ["-happened_on", "-pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.text[:60]


class CooperationDocument(models.Model):
    """The agreement, or a version of it in one side's language."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    language = models.ForeignKey(
        "core.Language", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    file = models.FileField(_("file"), upload_to="cooperation/agreements/")

    class Meta:
        ordering = ["pk"]
        verbose_name = _("document")

    def __str__(self):
        return self.title
