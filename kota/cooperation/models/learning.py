"""Peer matching, from interest to outcome: a member asks to learn (a learning request), Kota
proposes providers (kota/cooperation/matching.py), the secretariat introduces one, records the
exchange agreed and then the outcome at 6 and 12 months."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_focal_point_of, is_secretariat
from kota.core.regions import SubRegion
from kota.knowledge.models import ReplicationInterest


class LearningRequestQuerySet(models.QuerySet):
    def for_list(self):
        """With what a row shows, in one query."""
        return self.select_related(
            "member__country", "core_area", "practice", "provider__country"
        ).order_by("-created_at", "-pk")

    def matching(self, *, stage=None, core_area=None, country=None):
        requests = self
        if stage:
            requests = requests.filter(stage=stage)
        if core_area:
            requests = requests.filter(core_area=core_area)
        if country:
            requests = requests.filter(member__country=country)
        return requests

    def of_member(self, member):
        return self.filter(Q(member=member) | Q(provider=member))

    def matched(self):
        """Requests the secretariat introduced to a provider."""
        return self.exclude(stage__in=[LearningRequest.Stage.OPEN, LearningRequest.Stage.WITHDRAWN])

    def adopt_interests(self):
        """Turn every "we want to replicate this" mark of the knowledge hub that has no
        learning request yet into one, about that practice and its core areas. Idempotent;
        returns how many were made."""
        from_ids = self.filter(from_interest__isnull=False).values("from_interest")
        interests = (
            ReplicationInterest.objects.exclude(pk__in=from_ids)
            .select_related("item")
            .prefetch_related("item__core_areas")
            .order_by("pk")
        )
        made = 0
        for interest in interests.iterator(chunk_size=500):
            areas = list(interest.item.core_areas.all())
            LearningRequest.objects.create(
                member_id=interest.member_id,
                practice_id=interest.item_id,
                core_area=areas[0] if areas else None,
                opened_by_id=interest.marked_by_id,
                from_interest=interest,
                description=_("We want to replicate this practice."),
            )
            made += 1
        return made


class LearningRequest(models.Model):
    class Stage(models.TextChoices):
        OPEN = "open", _("Open: looking for a provider")
        INTRODUCED = "introduced", _("Introduced to a provider")
        EXCHANGE = "exchange", _("Exchange agreed")
        OUTCOME = "outcome", _("Outcome recorded")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class ExchangeKind(models.TextChoices):
        EVENT = "event", _("Event")
        STUDY_VISIT = "study_visit", _("Study visit")
        WEBINAR = "webinar", _("Webinar")
        STAFF_EXCHANGE = "staff_exchange", _("Staff exchange or secondment")

    member = models.ForeignKey(
        "members.Member",
        on_delete=models.CASCADE,
        related_name="learning_requests",
        verbose_name=_("member that wants to learn"),
    )
    stage = models.CharField(
        _("stage"), max_length=12, choices=Stage.choices, default=Stage.OPEN, db_index=True
    )
    core_area = models.ForeignKey(
        "core.CoreArea",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("theme"),
    )
    sdgs = models.ManyToManyField("core.SDG", blank=True, related_name="+", verbose_name=_("SDGs"))
    practice = models.ForeignKey(
        "knowledge.KnowledgeItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="learning_requests",
        verbose_name=_("practice"),
    )
    languages = models.ManyToManyField(
        "core.Language", blank=True, related_name="+", verbose_name=_("preferred languages")
    )
    region = models.CharField(
        _("preferred region"), max_length=3, choices=SubRegion.choices, blank=True
    )
    description = models.TextField(_("what the member wants to learn"), blank=True)
    provider = models.ForeignKey(
        "members.Member",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="learning_provided",
        verbose_name=_("provider"),
    )
    introduced_at = models.DateTimeField(null=True, blank=True)
    exchange_kind = models.CharField(
        _("exchange"), max_length=20, choices=ExchangeKind.choices, blank=True
    )
    exchange_on = models.DateField(_("exchange date"), null=True, blank=True)
    exchange_event = models.ForeignKey(
        "events.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="learning_requests",
        verbose_name=_("event"),
    )
    exchange_notes = models.TextField(_("notes on the exchange"), blank=True)
    from_interest = models.OneToOneField(
        "knowledge.ReplicationInterest",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="learning_request",
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = LearningRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("learning request")

    def __str__(self):
        theme = self.practice or self.core_area
        return f"{self.member}: {theme}" if theme else str(self.member)

    def get_absolute_url(self):
        return reverse("cooperation:learning_request", args=[self.pk])

    @classmethod
    def open(cls, *, member, by, sdgs=(), languages=(), **fields):
        """A focal point of `member`, or the secretariat on its behalf, opens a request."""
        if not (is_secretariat(by) or is_focal_point_of(by, member)):
            raise PermissionDenied
        request = cls(member=member, opened_by=by, **fields)
        request.full_clean()
        if not (request.core_area_id or request.practice_id or sdgs):
            raise ValidationError(_("Name a theme, an SDG or a practice to learn from."))
        with transaction.atomic():
            request._change_reason = "Opened"
            request.save()
            request.sdgs.set(sdgs)
            request.languages.set(languages)
        return request

    def can_follow(self, user):
        """The secretariat and the requesting member's focal points see the proposals."""
        return is_secretariat(user) or self.member_id in focal_point_member_ids(user)

    def _step(self, by, allowed, stage, fields, reason):
        if not is_secretariat(by):
            raise PermissionDenied
        with transaction.atomic():
            current = LearningRequest.objects.select_for_update().get(pk=self.pk)
            if current.stage not in allowed:
                raise ValidationError(
                    _("This request is now “%(stage)s”.") % {"stage": current.get_stage_display()}
                )
            self.stage = stage
            self._change_reason = reason
            self.save(update_fields=[*fields, "stage", "updated_at"])

    def introduce(self, provider, *, by):
        """The secretariat introduces the requesting member to `provider`."""
        if provider.pk == self.member_id:
            raise ValidationError(_("A member does not learn from itself."))
        self.provider = provider
        self.introduced_at = timezone.now()
        self._step(
            by,
            [self.Stage.OPEN, self.Stage.INTRODUCED],
            self.Stage.INTRODUCED,
            ["provider", "introduced_at"],
            "Introduced",
        )

    def agree_exchange(self, *, kind, on, by, event=None, notes=""):
        """The secretariat records the exchange the two members agreed."""
        self.exchange_kind = kind
        self.exchange_on = on
        self.exchange_event = event
        self.exchange_notes = notes
        self.full_clean(exclude=["member", "core_area", "practice", "provider"])
        self._step(
            by,
            [self.Stage.INTRODUCED, self.Stage.EXCHANGE],
            self.Stage.EXCHANGE,
            ["exchange_kind", "exchange_on", "exchange_event", "exchange_notes"],
            "Exchange agreed",
        )

    def record_outcome(self, *, months, result, by, reason=""):
        """The secretariat records what came of the exchange `months` (6 or 12) after it."""
        if not is_secretariat(by):
            raise PermissionDenied
        outcome = Outcome(request=self, months=months, result=result, reason=reason, recorded_by=by)
        outcome.full_clean()
        with transaction.atomic():
            current = LearningRequest.objects.select_for_update().get(pk=self.pk)
            if current.stage not in (self.Stage.EXCHANGE, self.Stage.OUTCOME):
                raise ValidationError(_("An outcome follows an agreed exchange."))
            outcome.save()
            if current.stage != self.Stage.OUTCOME:
                self.stage = self.Stage.OUTCOME
                self._change_reason = "Outcome recorded"
                self.save(update_fields=["stage", "updated_at"])
        return outcome

    def withdraw(self, *, by):
        if not self.can_follow(by):
            raise PermissionDenied
        self.stage = self.Stage.WITHDRAWN
        self._change_reason = "Withdrawn"
        self.save(update_fields=["stage", "updated_at"])


class OutcomeQuerySet(models.QuerySet):
    def latest_per_request(self):
        """The latest outcome of each request (the 12-month one where both are recorded)."""
        later = Outcome.objects.filter(
            request=models.OuterRef("request"), months__gt=models.OuterRef("months")
        )
        return self.exclude(models.Exists(later))


class Outcome(models.Model):
    class Result(models.TextChoices):
        REPLICATED = "replicated", _("Replicated")
        ADAPTED = "adapted", _("Adapted")
        NOT_PURSUED = "not_pursued", _("Not pursued")

    MONTHS = [(6, _("6 months")), (12, _("12 months"))]
    # The results that count as a practice replicated.
    REPLICATION = (Result.REPLICATED, Result.ADAPTED)

    request = models.ForeignKey(LearningRequest, on_delete=models.CASCADE, related_name="outcomes")
    months = models.PositiveSmallIntegerField(_("after"), choices=MONTHS)
    result = models.CharField(_("result"), max_length=12, choices=Result.choices)
    reason = models.TextField(_("reason"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    history = HistoricalRecords()
    objects = OutcomeQuerySet.as_manager()

    class Meta:
        ordering = ["months"]
        verbose_name = _("outcome")
        constraints = [
            models.UniqueConstraint(fields=["request", "months"], name="cooperation_outcome_once")
        ]

    def __str__(self):
        return f"{self.request} ({self.months}): {self.get_result_display()}"

    def clean(self):
        if self.result == self.Result.NOT_PURSUED and not self.reason.strip():
            raise ValidationError({"reason": _("Say why the practice was not pursued.")})
