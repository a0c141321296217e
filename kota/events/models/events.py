"""Events: trainings, webinars, workshops, forums, study visits, exchanges and statutory
meetings, with their sessions and the questions their registration form asks."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_secretariat
from kota.lib.i18n import translated
from kota.lib.text import unique_slug


class RegistrationRefused(ValidationError):
    """A registration that cannot be taken (closed, full without a waitlist, a repeat)."""


def session_under_way(sessions, now=None):
    """The session under way at `now`, else the next to start, else the last; None if the
    event has none."""
    now = now or timezone.now()
    sessions = list(sessions)
    for session in sessions:
        if session.starts_at <= now <= session.ends_at:
            return session
    upcoming = [s for s in sessions if s.starts_at > now]
    return upcoming[0] if upcoming else (sessions[-1] if sessions else None)


class EventQuerySet(models.QuerySet):
    def published(self):
        """Events announced to their audience (not drafts, cancelled ones included so that
        registrants learn of the cancellation)."""
        return self.exclude(status=Event.Status.DRAFT)

    def public(self):
        """Published events listed in the public calendar and feed."""
        return self.published().filter(is_public=True)

    def visible_to(self, user):
        """Every event for the secretariat; published public events for everyone else, and
        the published events their member organises or co-hosts for a focal point."""
        if is_secretariat(user):
            return self
        members = focal_point_member_ids(user)
        if not members:
            return self.public()
        return (
            self.published()
            .filter(Q(is_public=True) | Q(organiser_member__in=members) | Q(co_hosts__in=members))
            .distinct()
        )

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")

    def matching(self, *, kind=None, core_area=None, country=None, q=None):
        """The calendar's filters: kind, core area, country of the venue, words in the
        title."""
        events = self
        if kind:
            events = events.filter(kind=kind)
        if core_area:
            events = events.filter(core_areas=core_area)
        if country:
            events = events.filter(country=country)
        if q:
            events = events.filter(title__icontains=q)
        return events

    def for_calendar(self):
        """With what a calendar row shows, in a fixed number of queries."""
        return self.select_related(
            "country", "organiser_member", "organiser_body", "organiser_unit"
        )

    def held_between(self, start, end):
        """Events that ended between the dates `start` and `end`, both included (a flow
        measure counts an event in the period it ends in)."""
        return self.filter(ends_at__date__gte=start, ends_at__date__lte=end)


def _zone_choices():
    return [(name, name) for name in sorted(zoneinfo.available_timezones()) if "/" in name]


class Event(models.Model):
    class Kind(models.TextChoices):
        TRAINING = "training", _("Training")
        WEBINAR = "webinar", _("Webinar")
        WORKSHOP = "workshop", _("Workshop")
        FORUM = "forum", _("Forum or conference")
        STUDY_VISIT = "study_visit", _("Study visit")
        EXCHANGE = "exchange", _("Exchange or secondment")
        STATUTORY = "statutory", _("Statutory meeting")

    # The kinds that build capacity: what the participants KPI counts unless told otherwise.
    CAPACITY_BUILDING = (
        Kind.TRAINING,
        Kind.WEBINAR,
        Kind.WORKSHOP,
        Kind.STUDY_VISIT,
        Kind.EXCHANGE,
    )

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CANCELLED = "cancelled", _("Cancelled")

    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    is_public = models.BooleanField(
        _("listed in the public calendar"),
        default=True,
        help_text=_("Unlisted events are seen by the secretariat and the organisers' members."),
    )
    language = models.CharField(
        _("original language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    title = models.CharField(_("title"), max_length=200)
    title_translations = models.JSONField(_("title in other languages"), default=dict, blank=True)
    description = models.TextField(_("description (Markdown)"), blank=True)
    description_translations = models.JSONField(
        _("description in other languages"), default=dict, blank=True
    )
    organiser_unit = models.ForeignKey(
        "results.SecretariatUnit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("organised by a secretariat unit"),
    )
    organiser_body = models.ForeignKey(
        "governance.Body",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("organised by a committee"),
    )
    organiser_member = models.ForeignKey(
        "members.Member",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organised by a member"),
    )
    co_hosts = models.ManyToManyField(
        "members.Member",
        blank=True,
        related_name="co_hosted_events",
        verbose_name=_("co-hosting members"),
    )
    partner_names = models.TextField(
        _("co-hosting partners"), blank=True, help_text=_("One organisation per line.")
    )
    time_zone = models.CharField(
        _("time zone"), max_length=50, default="Asia/Jakarta", choices=_zone_choices
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.ForeignKey(
        "core.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("country"),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Shown to registered participants only.")
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    has_waitlist = models.BooleanField(_("waitlist when full"), default=True)
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    requires_approval = models.BooleanField(
        _("registrations need approval"),
        default=False,
        help_text=_("The secretariat confirms each registration before it takes a place."),
    )
    minimum_attendance = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        default=0,
        help_text=_(
            "The share of sessions a participant must attend to count as having attended; "
            "0 means one session is enough."
        ),
    )
    core_areas = models.ManyToManyField(
        "core.CoreArea", blank=True, related_name="events", verbose_name=_("core areas")
    )
    sdgs = models.ManyToManyField(
        "core.SDG", blank=True, related_name="events", verbose_name=_("SDGs")
    )
    activities = models.ManyToManyField(
        "results.Activity",
        blank=True,
        related_name="events",
        verbose_name=_("Manifesto activities"),
    )
    work_plan_item = models.ForeignKey(
        "workplans.WorkPlanItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("funded by work-plan item"),
    )
    recording = models.ForeignKey(
        "knowledge.KnowledgeItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recorded_events",
        verbose_name=_("recording and materials"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "pk"]
        verbose_name = _("event")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lte=models.F("ends_at")), name="events_event_in_order"
            ),
            models.CheckConstraint(
                condition=Q(minimum_attendance__lte=100), name="events_event_share_in_range"
            ),
        ]
        indexes = [models.Index(fields=["status", "is_public", "starts_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:event", args=[self.slug])

    # First path segments under /events/ that are pages, not events.
    RESERVED_SLUGS = frozenset(
        {"new", "feed", "r", "check-in", "certificates", "scholarships", "statistics", "ics"}
    )

    def unique_slug(self):
        return unique_slug(
            self.title,
            Event.objects.exclude(pk=self.pk),
            default="event",
            reserved=self.RESERVED_SLUGS,
        )

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.starts_at > self.ends_at:
            errors["ends_at"] = _("An event cannot end before it starts.")
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_opens_at > self.registration_closes_at
        ):
            errors["registration_closes_at"] = _("Registration cannot close before it opens.")
        if self.minimum_attendance > 100:
            errors["minimum_attendance"] = _("A share is at most 100%.")
        if errors:
            raise ValidationError(errors)

    # Languages and times

    @property
    def display_title(self):
        """The title in the reader's language, falling back to the original."""
        return translated(self.title, self.title_translations)

    @property
    def display_description(self):
        return translated(self.description, self.description_translations)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_starts_at(self):
        """The start in the event's own time zone."""
        return timezone.localtime(self.starts_at, self.zone)

    @property
    def local_ends_at(self):
        return timezone.localtime(self.ends_at, self.zone)

    @property
    def is_online(self):
        return bool(self.online_url) and not self.venue

    @property
    def organiser_name(self):
        organiser = self.organiser_member or self.organiser_body or self.organiser_unit
        return str(organiser) if organiser else _("UCLG ASPAC secretariat")

    def is_over(self, now=None):
        return self.ends_at < (now or timezone.now())

    # Publishing

    def publish(self):
        """Announce a draft: it opens for registration and, if public, enters the calendar."""
        if self.status != self.Status.DRAFT:
            raise ValidationError(_("Only a draft is published."))
        self.status = self.Status.PUBLISHED
        self._change_reason = "Published"
        self.save(update_fields=["status", "updated_at"])

    def cancel(self):
        """Cancel the event; returns the registrations that still stood, to be told of it.
        Their registrations are kept, so the event's page and their own pages say so."""
        with transaction.atomic():
            event = self.locked()
            if event.status == self.Status.CANCELLED:
                return []
            self.status = self.Status.CANCELLED
            self._change_reason = "Cancelled"
            self.save(update_fields=["status", "updated_at"])
            return list(self.registrations.active())

    # Registration

    def is_registration_open(self, now=None):
        now = now or timezone.now()
        if self.status != self.Status.PUBLISHED or self.is_over(now):
            return False
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        return not (self.registration_closes_at and now > self.registration_closes_at)

    def places_taken(self):
        return self.registrations.holding_places().count()

    def places_left(self):
        """Places not yet taken; None when the event has no limit."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.places_taken(), 0)

    def has_room(self):
        left = self.places_left()
        return left is None or left > 0

    def locked(self):
        """This event's row, locked until the end of the transaction: every change to who
        holds a place goes through it, so two registrations for the last place are decided
        one after the other (SQLite takes the write lock at BEGIN IMMEDIATE instead)."""
        return Event.objects.select_for_update().get(pk=self.pk)

    def register(self, *, registered_by=None, now=None, check_window=True, **person):
        """Register a person (name, email, sex, age_group, role, country, member, language,
        answers): confirmed while places are left, else waitlisted, or pending where the
        event asks for approval. Raises RegistrationRefused when registration is closed, the
        address is already registered or the event is full without a waitlist."""
        Registration = self.registrations.model  # noqa: N806 - the model class

        with transaction.atomic():
            event = self.locked()
            if check_window and not event.is_registration_open(now):
                raise RegistrationRefused(_("Registration for this event is closed."))
            email = Registration.normalise_email(person.pop("email"))
            if event.registrations.active().filter(email=email).exists():
                raise RegistrationRefused(
                    _("%(email)s is already registered for this event.") % {"email": email}
                )
            if event.requires_approval:
                status = Registration.Status.PENDING
            elif event.has_room():
                status = Registration.Status.CONFIRMED
            elif event.has_waitlist:
                status = Registration.Status.WAITLISTED
            else:
                raise RegistrationRefused(_("This event is full."))
            registration = Registration(
                event=event,
                email=email,
                status=status,
                registered_by=registered_by if getattr(registered_by, "pk", None) else None,
                consent_at=now or timezone.now(),
                **person,
            )
            registration.full_clean(exclude=["token", "event"])
            registration.save()
        return registration

    def promote_waitlist(self):
        """Give free places to the waitlist, first come first served; returns the promoted
        registrations. Call inside the transaction that freed the place, on a locked event."""
        promoted = []
        while self.has_room():
            nxt = self.registrations.waitlist().first()
            if nxt is None:
                break
            nxt.status = nxt.Status.CONFIRMED
            nxt._change_reason = "Promoted from the waitlist"
            nxt.save(update_fields=["status", "updated_at"])
            promoted.append(nxt)
        return promoted

    # Sessions and attendance

    def sessions_or_default(self):
        """The event's sessions; an event without any gets one spanning the whole event, so
        that attendance is always recorded against a session."""
        sessions = list(self.sessions.all())
        if not sessions:
            sessions = [
                Session.objects.create(
                    event=self, title=self.title, starts_at=self.starts_at, ends_at=self.ends_at
                )
            ]
        return sessions

    def attendance_needed(self, session_count=None):
        """How many sessions a participant attends to count as having attended."""
        if session_count is None:
            session_count = max(self.sessions.count(), 1)
        needed = -(-session_count * self.minimum_attendance // 100)  # ceiling
        return max(needed, 1)


class SessionQuerySet(models.QuerySet):
    def with_attendance(self):
        """Each session with `present`, the number of participants recorded at it."""
        return self.annotate(present=Count("attendances", distinct=True))


class Session(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=200)
    title_translations = models.JSONField(_("title in other languages"), default=dict, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    speakers = models.TextField(_("speakers"), blank=True, help_text=_("One per line."))

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("session")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lte=models.F("ends_at")), name="events_session_in_order"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def display_title(self):
        return translated(self.title, self.title_translations)

    @property
    def speaker_list(self):
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]


class Question(models.Model):
    """A question the secretariat adds to an event's registration form."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Text")
        CHOICE = "choice", _("Choice")
        YES_NO = "yes_no", _("Yes or no")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.TEXT)
    text = models.CharField(_("question"), max_length=300)
    text_translations = models.JSONField(_("question in other languages"), default=dict, blank=True)
    choices = models.TextField(_("choices"), blank=True, help_text=_("One per line."))
    required = models.BooleanField(_("required"), default=False)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("question")

    def __str__(self):
        return self.text

    @property
    def display_text(self):
        return translated(self.text, self.text_translations)

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    def clean(self):
        if self.kind == self.Kind.CHOICE and len(self.choice_list) < 2:
            raise ValidationError({"choices": _("A choice question needs two choices or more.")})
