"""Registrations (a participant of one event), their attendance at sessions and their
evaluation of the event."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Avg, Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_secretariat
from kota.events.models.events import Event, Session, session_under_way


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    ANOTHER = "another", _("Another")
    UNDISCLOSED = "undisclosed", _("Prefers not to say")


class AgeGroup(models.TextChoices):
    UNDER_25 = "under-25", _("Under 25")
    FROM_25 = "25-34", _("25-34")
    FROM_35 = "35-44", _("35-44")
    FROM_45 = "45-59", _("45-59")
    FROM_60 = "60-plus", _("60 and over")
    UNDISCLOSED = "undisclosed", _("Prefers not to say")


# The age groups counted as youth in the youth share: under 35, the bound most of the
# network's countries use in their youth policies.
YOUTH = (AgeGroup.UNDER_25, AgeGroup.FROM_25)


class Role(models.TextChoices):
    MAYOR = "mayor", _("Mayor or governor")
    COUNCILLOR = "councillor", _("Councillor")
    OFFICIAL = "official", _("Official")
    ASSOCIATION = "association", _("Staff of an association")
    PARTNER = "partner", _("Partner")
    OTHER = "other", _("Other")


def new_token():
    return secrets.token_urlsafe(18)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        """Registrations that still stand: not cancelled, not declined."""
        return self.exclude(
            status__in=[Registration.Status.CANCELLED, Registration.Status.DECLINED]
        )

    def holding_places(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waitlist(self):
        """The waitlist in the order it is served: first come, first promoted."""
        return self.filter(status=Registration.Status.WAITLISTED).order_by("created_at", "pk")

    def attended(self):
        return self.filter(attended=True)

    def visible_to(self, user):
        """Personal data is seen by the secretariat, and by a focal point for their own
        member's delegates and for the events their member organises."""
        if is_secretariat(user):
            return self
        members = focal_point_member_ids(user)
        if not members:
            return self.none()
        return self.filter(Q(member__in=members) | Q(event__organiser_member__in=members))

    def for_list(self):
        return self.select_related("member", "country", "event")

    def counted(self, start, end, kinds=Event.CAPACITY_BUILDING):
        """Participants counted by the KPI: one row per person per event they attended, for
        events of `kinds` that ended between `start` and `end`."""
        return self.attended().filter(
            event__kind__in=kinds,
            event__ends_at__date__gte=start,
            event__ends_at__date__lte=end,
        )

    def breakdown(self, *fields):
        """{(value of each field, ...): count}, e.g. breakdown("sex", "age_group")."""
        rows = self.order_by().values(*fields).annotate(n=Count("pk"))
        return {tuple(row[field] for field in fields): row["n"] for row in rows}


class Registration(models.Model):
    """A person registered for an event: one row per person per event."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waitlist")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"))
    sex = models.CharField(_("sex"), max_length=12, choices=Sex.choices)
    age_group = models.CharField(_("age group"), max_length=12, choices=AgeGroup.choices)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    position = models.CharField(_("position or job title"), max_length=150, blank=True)
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("member"),
    )
    country = models.ForeignKey(
        "core.Country", on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(
        _("language for emails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registered by"),
    )
    token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), default=False, db_index=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    evaluation_sent_at = models.DateTimeField(_("evaluation form sent"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["event", "name", "pk"]
        verbose_name = _("registration")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status__in=["cancelled", "declined"]),
                name="events_registration_once_per_event",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return f"{self.name} ({self.event})"

    def get_absolute_url(self):
        """The registrant's own page (reached with the link in their emails)."""
        return reverse("events:registration", args=[self.token])

    @staticmethod
    def normalise_email(email):
        return (email or "").strip().lower()

    @property
    def holds_place(self):
        return self.status == self.Status.CONFIRMED

    @property
    def is_active(self):
        return self.status not in (self.Status.CANCELLED, self.Status.DECLINED)

    def waitlist_position(self):
        """1 for the next to be promoted; None when not on the waitlist."""
        if self.status != self.Status.WAITLISTED:
            return None
        earlier = self.event.registrations.waitlist().filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return earlier.count() + 1

    def _set_status(self, status, reason):
        self.status = status
        self._change_reason = reason
        self.save(update_fields=["status", "updated_at"])

    def cancel(self):
        """Cancel this registration; a freed place goes to the first on the waitlist. Returns
        the registrations promoted."""
        with transaction.atomic():
            event = self.event.locked()
            self.refresh_from_db(fields=["status"])
            if not self.is_active:
                return []
            freed = self.holds_place
            self._set_status(self.Status.CANCELLED, "Cancelled")
            return event.promote_waitlist() if freed else []

    def approve(self):
        """Approve a pending registration: it takes a place if one is left, else waits."""
        with transaction.atomic():
            event = self.event.locked()
            self.refresh_from_db(fields=["status"])
            if self.status != self.Status.PENDING:
                raise ValidationError(_("Only a registration waiting for approval is approved."))
            if event.has_room():
                self._set_status(self.Status.CONFIRMED, "Approved")
            elif event.has_waitlist:
                self._set_status(self.Status.WAITLISTED, "Approved; the event is full")
            else:
                raise ValidationError(_("This event is full."))

    def decline(self):
        with transaction.atomic():
            self.event.locked()
            self.refresh_from_db(fields=["status"])
            if self.status != self.Status.PENDING:
                raise ValidationError(_("Only a registration waiting for approval is declined."))
            self._set_status(self.Status.DECLINED, "Declined")

    # Attendance

    def record_attendance(self, session, *, source, minutes=None, now=None):
        """Record this participant as present at `session` (once; a second record of the
        same session changes nothing) and update whether they attended the event."""
        if session.event_id != self.event_id:
            raise ValidationError(_("That session belongs to another event."))
        if not self.holds_place:
            raise ValidationError(
                _("%(name)s has no confirmed place at this event.") % {"name": self.name}
            )
        _attendance, created = Attendance.objects.get_or_create(
            registration=self,
            session=session,
            defaults={"source": source, "minutes": minutes, "recorded_at": now or timezone.now()},
        )
        self.refresh_attended()
        return created

    def check_in(self, session=None, *, now=None):
        """Check in at the door (or at `session`): the session under way, else the next to
        start, else the last."""
        now = now or timezone.now()
        if session is None:
            session = session_under_way(self.event.sessions_or_default(), now)
        created = self.record_attendance(session, source=Attendance.Source.CHECK_IN, now=now)
        if self.checked_in_at is None:
            self.checked_in_at = now
            self.save(update_fields=["checked_in_at", "updated_at"])
        return created

    def refresh_attended(self):
        """Attended: present at as many sessions as the event asks (one by default)."""
        present = self.attendances.count()
        attended = present >= self.event.attendance_needed() if present else False
        if attended != self.attended:
            self.attended = attended
            self.save(update_fields=["attended", "updated_at"])

    # After the event

    @property
    def has_certificate(self):
        return self.attended and self.event.is_over()

    def certificate_url(self):
        return reverse("events:certificate", args=[self.token])

    def verification_url(self):
        return reverse("events:verify_certificate", args=[self.token])


class Attendance(models.Model):
    """A participant present at one session, by check-in or from a platform's report."""

    class Source(models.TextChoices):
        CHECK_IN = "check_in", _("Checked in")
        IMPORT = "import", _("Attendance report")
        STAFF = "staff", _("Marked by staff")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendances"
    )
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    minutes = models.PositiveIntegerField(_("minutes present"), null=True, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "session"], name="events_attendance_once_per_session"
            )
        ]

    def __str__(self):
        return f"{self.registration.name} at {self.session}"


class EvaluationQuerySet(models.QuerySet):
    def mean_satisfaction(self):
        return self.aggregate(mean=Avg("satisfaction"))["mean"]


class Evaluation(models.Model):
    """What a participant thought of an event, asked after it of those who attended."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="evaluation"
    )
    satisfaction = models.PositiveSmallIntegerField(
        _("satisfaction"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    learned = models.TextField(_("what you learned"), blank=True)
    will_apply = models.TextField(_("what you will apply"), blank=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    objects = EvaluationQuerySet.as_manager()

    class Meta:
        verbose_name = _("evaluation")
        constraints = [
            models.CheckConstraint(
                condition=Q(satisfaction__gte=1, satisfaction__lte=5),
                name="events_evaluation_satisfaction_1_5",
            )
        ]

    def __str__(self):
        return f"{self.registration}: {self.satisfaction}/5"
