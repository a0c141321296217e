"""Scholarships and fellowships: a call, applications nominated by members' focal points, a
panel that scores them against criteria, awards, and the alumni's follow-up."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_secretariat
from kota.events.models.registrations import AgeGroup, Role, Sex
from kota.lib.i18n import translated
from kota.lib.text import unique_slug


class ScholarshipCallQuerySet(models.QuerySet):
    def published(self):
        return self.exclude(status=ScholarshipCall.Status.DRAFT)


class ScholarshipCall(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for nominations")
        CLOSED = "closed", _("Closed")
        AWARDED = "awarded", _("Awarded")

    slug = models.SlugField(max_length=120, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    title = models.CharField(_("title"), max_length=200)
    title_translations = models.JSONField(_("title in other languages"), default=dict, blank=True)
    description = models.TextField(_("description (Markdown)"), blank=True)
    description_translations = models.JSONField(
        _("description in other languages"), default=dict, blank=True
    )
    eligibility = models.TextField(_("who is eligible"), blank=True)
    host = models.CharField(_("host"), max_length=200, help_text=_("Who hosts the scholars."))
    places = models.PositiveSmallIntegerField(_("places"))
    deadline = models.DateTimeField(_("nomination deadline"))
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="scholarship_calls",
        verbose_name=_("programme event"),
    )
    activities = models.ManyToManyField(
        "results.Activity",
        blank=True,
        related_name="scholarship_calls",
        verbose_name=_("Manifesto activities"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    objects = ScholarshipCallQuerySet.as_manager()

    class Meta:
        ordering = ["-deadline", "pk"]
        verbose_name = _("scholarship call")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            others = ScholarshipCall.objects.exclude(pk=self.pk)
            self.slug = unique_slug(self.title, others, default="call")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:scholarship_call", args=[self.slug])

    @property
    def display_title(self):
        return translated(self.title, self.title_translations)

    @property
    def display_description(self):
        return translated(self.description, self.description_translations)

    def accepts_nominations(self, now=None):
        return self.status == self.Status.OPEN and (now or timezone.now()) <= self.deadline

    def nominate(self, *, member, nominated_by, now=None, **applicant):
        """A focal point nominates an official of their member (secretariat staff may
        nominate for any member)."""
        if not (is_secretariat(nominated_by) or member.pk in focal_point_member_ids(nominated_by)):
            raise PermissionDenied
        if not self.accepts_nominations(now):
            raise ValidationError(_("This call no longer takes nominations."))
        application = Application(call=self, member=member, nominated_by=nominated_by, **applicant)
        application.email = (application.email or "").strip().lower()
        application.full_clean()
        application.save()
        return application

    def ranking(self):
        """Applications with their weighted mean score, best first."""
        return (
            self.applications.exclude(status=Application.Status.WITHDRAWN)
            .with_scores()
            .order_by(F("score").desc(nulls_last=True), "pk")
        )

    def awarded_count(self):
        return self.applications.filter(status=Application.Status.AWARDED).count()


class Criterion(models.Model):
    call = models.ForeignKey(ScholarshipCall, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=200)
    name_translations = models.JSONField(_("name in other languages"), default=dict, blank=True)
    weight = models.DecimalField(_("weight"), max_digits=5, decimal_places=2, default=Decimal(1))
    max_score = models.PositiveSmallIntegerField(_("highest score"), default=5)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        return translated(self.name, self.name_translations)


class Panelist(models.Model):
    """Someone who scores a call's applications."""

    call = models.ForeignKey(ScholarshipCall, on_delete=models.CASCADE, related_name="panelists")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scholarship_panels"
    )

    class Meta:
        verbose_name = _("panelist")
        constraints = [
            models.UniqueConstraint(fields=["call", "user"], name="events_panelist_once")
        ]

    def __str__(self):
        return str(self.user)


class ApplicationQuerySet(models.QuerySet):
    def with_scores(self):
        """`score`: the weighted mean of all panelists' scores, each scaled to 0-100."""
        # In floating point: SQLite keeps whole decimals as integers and would divide them
        # as integers (220 / 3 = 73).
        weight = Cast("scores__criterion__weight", models.FloatField())
        weighted = Sum(
            Cast("scores__value", models.FloatField())
            * 100
            * weight
            / F("scores__criterion__max_score"),
            output_field=models.FloatField(),
        )
        weights = Sum(weight)
        return self.annotate(
            score=weighted / weights,
            score_count=Count("scores", distinct=True),
        )

    def awarded(self):
        return self.filter(status=Application.Status.AWARDED)

    def visible_to(self, user):
        """The secretariat sees all; a focal point their own member's nominations; a
        panelist the applications of the calls they score."""
        if is_secretariat(user):
            return self
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(
            Q(member__in=focal_point_member_ids(user)) | Q(call__panelists__user=user)
        ).distinct()


class Application(models.Model):
    class Status(models.TextChoices):
        NOMINATED = "nominated", _("Nominated")
        AWARDED = "awarded", _("Awarded")
        NOT_AWARDED = "not_awarded", _("Not awarded")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    call = models.ForeignKey(ScholarshipCall, on_delete=models.CASCADE, related_name="applications")
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        related_name="scholarship_applications",
        verbose_name=_("nominating member"),
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NOMINATED
    )
    name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"))
    sex = models.CharField(_("sex"), max_length=12, choices=Sex.choices)
    age_group = models.CharField(_("age group"), max_length=12, choices=AgeGroup.choices)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    position = models.CharField(_("position or job title"), max_length=150, blank=True)
    country = models.ForeignKey(
        "core.Country", on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    motivation = models.TextField(_("why this official"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    history = HistoricalRecords()
    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["call", "name", "pk"]
        verbose_name = _("scholarship application")
        constraints = [
            models.UniqueConstraint(
                fields=["call", "email"], name="events_application_once_per_call"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.call})"

    def may_be_scored_by(self, user):
        """A panelist of the call who does not speak for the applicant's member."""
        return self.call.panelists.filter(
            user=user
        ).exists() and self.member_id not in focal_point_member_ids(user)

    def score(self, *, by, criterion, value):
        """`by` scores this application on `criterion`; a second score replaces the first."""
        if not self.may_be_scored_by(by):
            raise PermissionDenied(_("You may not score this applicant."))
        if criterion.call_id != self.call_id:
            raise ValidationError(_("That criterion belongs to another call."))
        if not 0 <= int(value) <= criterion.max_score:
            raise ValidationError(
                _("A score runs from 0 to %(max)s.") % {"max": criterion.max_score}
            )
        Score.objects.update_or_create(
            application=self, panelist=by, criterion=criterion, defaults={"value": int(value)}
        )

    def decide(self, *, award, by):
        """Award the scholarship, or not, within the call's places."""
        if not is_secretariat(by):
            raise PermissionDenied
        with transaction.atomic():
            call = ScholarshipCall.objects.select_for_update().get(pk=self.call_id)
            if award and call.awarded_count() >= call.places:
                raise ValidationError(
                    _("All %(places)s places of this call are awarded.") % {"places": call.places}
                )
            self.status = self.Status.AWARDED if award else self.Status.NOT_AWARDED
            self.decided_at = timezone.now()
            self.decided_by = by
            self.save(update_fields=["status", "decided_at", "decided_by"])


class Score(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="scores")
    panelist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField(_("score"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("score")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "panelist", "criterion"], name="events_score_once"
            )
        ]

    def __str__(self):
        return f"{self.application.name}, {self.criterion}: {self.value}"


class AlumniUpdate(models.Model):
    """What became of a scholar: a follow-up noted after the scholarship."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="alumni_updates"
    )
    noted_on = models.DateField(_("date"), default=timezone.localdate)
    position = models.CharField(_("position now"), max_length=150, blank=True)
    note = models.TextField(_("what they did with it"))
    noted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-noted_on", "-pk"]
        verbose_name = _("alumni follow-up")

    def __str__(self):
        return f"{self.application.name} on {self.noted_on}"
