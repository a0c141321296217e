"""Campaigns send a published questionnaire version to an audience by a date; each respondent
(a member, or a person when the audience has no member) has one Response, which goes
not started -> draft -> submitted -> validated, or returned with a comment and resubmitted."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core import access
from kota.lib.i18n import translated, translations_field
from kota.lib.workflow import InvalidTransition, NotAllowed
from kota.mailings.audiences import Recipient
from kota.mailings.audiences import source as audience_source
from kota.members.models import Member
from kota.surveys.models.questionnaires import Version
from kota.surveys.summaries import summarise

# The first path segments under /surveys/ that are not campaigns.
RESERVED_SLUGS = {"new", "cee", "questionnaires"}


class CampaignQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see every campaign; others those whose results are published."""
        if access.is_secretariat(user):
            return self
        return self.filter(results_published=True)


class Campaign(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    translations = translations_field()
    version = models.ForeignKey(Version, on_delete=models.PROTECT, related_name="campaigns")
    audience_source = models.CharField(
        _("who must answer"),
        max_length=50,
        default="focal_points",
        help_text=_("An audience of the mailings: members' focal points, event participants…"),
    )
    audience_criteria = models.JSONField(_("audience criteria"), default=dict, blank=True)
    due_on = models.DateField(_("answers due on"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    results_published = models.BooleanField(_("results published"), default=False)
    is_demo = models.BooleanField(default=False)
    opened_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-due_on", "title"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("surveys:campaign", args=[self.slug])

    @property
    def display_title(self):
        return translated(self.title, self.translations)

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by another page.")})

    def recipients(self):
        """The audience's recipients now, one per member (its first focal point: primary
        contacts come first) or, without a member, one per address."""
        chosen = {}
        for recipient in audience_source(self.audience_source).recipients(self.audience_criteria):
            key = (
                ("member", recipient.member_id)
                if recipient.member_id
                else ("email", recipient.email.lower())
            )
            chosen.setdefault(key, recipient)
        return list(chosen.values())

    def open(self):
        """Open the campaign: one response per respondent of the audience. Opening again adds
        the respondents who joined the audience since. Returns how many were added; the
        invitations go out by `kota.surveys.tasks.invite_uninvited(campaign)`."""
        if not self.version.is_frozen:
            raise InvalidTransition(
                _("Publish the questionnaire version before opening a campaign.")
            )
        if self.status == self.Status.CLOSED:
            raise InvalidTransition(_("This campaign is closed."))
        with transaction.atomic():
            Campaign.objects.select_for_update().filter(pk=self.pk).first()
            have_members = set(
                self.responses.exclude(member=None).values_list("member_id", flat=True)
            )
            have_emails = {
                email.lower()
                for email in self.responses.filter(member=None).values_list("email", flat=True)
            }
            new = [
                Response(
                    campaign=self,
                    member_id=r.member_id,
                    email=r.email,
                    name=r.name[:150],
                    language=r.language or settings.LANGUAGE_CODE,
                )
                for r in self.recipients()
                if (r.member_id and r.member_id not in have_members)
                or (not r.member_id and r.email.lower() not in have_emails)
            ]
            Response.objects.bulk_create(new, batch_size=500)
            self.status, self.opened_at = self.Status.OPEN, self.opened_at or timezone.now()
            Campaign.objects.filter(pk=self.pk).update(status=self.status, opened_at=self.opened_at)
        return len(new)

    def close(self):
        if self.status != self.Status.OPEN:
            raise InvalidTransition(_("Only an open campaign can be closed."))
        self.status = self.Status.CLOSED
        Campaign.objects.filter(pk=self.pk).update(status=self.status)

    def publish_results(self):
        """Make the summary public (the page and the API)."""
        self.results_published = True
        Campaign.objects.filter(pk=self.pk).update(results_published=True)

    def summary(self, *, country=None, kind=None, subregion=None):
        """[QuestionSummary] of the submitted and validated answers, per question in order,
        for members of `country`, `kind` and `subregion` when given. Two queries."""
        responses = self.responses.counted().filtered(
            country=country, kind=kind, subregion=subregion
        )
        return summarise(self.version.ordered_questions(), responses.answer_sets())

    def progress(self):
        """{status: count} of its responses, every status present, and "total"."""
        counts = self.responses.aggregate(
            total=Count("pk"),
            **{s.value: Count("pk", filter=Q(status=s.value)) for s in Response.Status},
            reminded=Count("pk", filter=Q(reminders_sent__gt=0)),
        )
        return counts


class ResponseQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Staff see every response; a focal point the responses of their own members; a
        person answering for themselves (no member) their own, by their login's address."""
        if access.is_secretariat(user):
            return self
        if user is None or not user.is_authenticated:
            return self.none()
        members = access.focal_point_member_ids(user)
        mine = Q(member_id__in=members)
        if user.email:
            mine |= Q(member=None, email__iexact=user.email)
        return self.filter(mine)

    def counted(self):
        """Responses whose answers count in a summary: submitted or validated."""
        return self.filter(status__in=[Response.Status.SUBMITTED, Response.Status.VALIDATED])

    def filtered(self, *, country=None, kind=None, subregion=None):
        """Narrowed to members of a country, kind or sub-region (empty: no filter)."""
        responses = self
        if country:
            responses = responses.filter(member__country_id=country)
        if kind:
            responses = responses.filter(member__kind=kind)
        if subregion:
            responses = responses.filter(member__country__subregion=subregion)
        return responses

    def answer_sets(self):
        """The answers ({key: answer}) of these responses, read in chunks."""
        return self.values_list("answers", flat=True).order_by().iterator(chunk_size=2000)


class Response(models.Model):
    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned")
        VALIDATED = "validated", _("Validated")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="responses")
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, null=True, blank=True, related_name="survey_responses"
    )
    email = models.EmailField(_("email"))
    name = models.CharField(_("name"), max_length=150, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NOT_STARTED
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    comment = models.TextField(_("comment from the secretariat"), blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    validated_at = models.DateTimeField(null=True, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    invited_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at", "reminded_at", "invited_at"])

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["campaign", "member__name", "email"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "member"],
                condition=Q(member__isnull=False),
                name="one_response_per_member",
            ),
            models.UniqueConstraint(
                fields=["campaign", "email"],
                condition=Q(member__isnull=True),
                name="one_response_per_person",
            ),
        ]
        indexes = [models.Index(fields=["campaign", "status"])]
        verbose_name = _("response")
        verbose_name_plural = _("responses")

    def __str__(self):
        return f"{self.campaign}: {self.member or self.name or self.email}"

    def get_absolute_url(self):
        return reverse("surveys:response", args=[self.campaign.slug, self.pk])

    @property
    def respondent(self):
        return str(self.member) if self.member_id else (self.name or self.email)

    def recipient(self):
        return Recipient(self.email, self.name, self.language, self.member_id)

    def can_be_answered_by(self, user):
        """Staff, a focal point of the member, or the person the response is for."""
        if access.is_secretariat(user):
            return True
        if self.member_id:
            return access.is_focal_point_of(user, self.member_id)
        return bool(user and user.is_authenticated and user.email.lower() == self.email.lower())

    @property
    def is_editable(self):
        return self.status in (self.Status.NOT_STARTED, self.Status.DRAFT, self.Status.RETURNED)

    def _change(self, by, **fields):
        for name, value in fields.items():
            setattr(self, name, value)
        self.changed_by = by
        self._change_reason = fields.get("status", "")
        self.save()

    def _check_open(self, user):
        if not self.can_be_answered_by(user):
            raise NotAllowed(_("You may not answer for this respondent."))
        if self.campaign.status != Campaign.Status.OPEN:
            raise InvalidTransition(_("This campaign is not open for answers."))
        if not self.is_editable:
            raise InvalidTransition(
                _("This response is %(status)s and cannot be changed.")
                % {"status": self.get_status_display()}
            )

    def save_draft(self, answers, by):
        """Keep the answers so far; a returned response stays returned until resubmitted."""
        self._check_open(by)
        status = self.Status.RETURNED if self.status == self.Status.RETURNED else self.Status.DRAFT
        self._change(by, answers=answers, status=status)

    def submit(self, answers, by):
        """Hand in complete answers (checked by the form) for the secretariat to validate."""
        self._check_open(by)
        if self.status == self.Status.RETURNED:
            raise InvalidTransition(_("A returned response is resubmitted."))
        self._change(by, answers=answers, status=self.Status.SUBMITTED, submitted_at=timezone.now())

    def resubmit(self, answers, by):
        """Hand in a returned response again, its answers corrected."""
        self._check_open(by)
        if self.status != self.Status.RETURNED:
            raise InvalidTransition(_("Only a returned response is resubmitted."))
        self._change(by, answers=answers, status=self.Status.SUBMITTED, submitted_at=timezone.now())

    def return_with_comment(self, comment, by):
        """Send a submitted response back to its respondent with what to correct."""
        if not access.is_secretariat(by):
            raise NotAllowed(_("Only the secretariat reviews responses."))
        if self.status != self.Status.SUBMITTED:
            raise InvalidTransition(_("Only a submitted response can be returned."))
        if not comment.strip():
            raise InvalidTransition(_("Say what to correct when returning a response."))
        self._change(by, status=self.Status.RETURNED, comment=comment.strip())

    def validate(self, by):
        """Accept a submitted response: its answers are final."""
        if not access.is_secretariat(by):
            raise NotAllowed(_("Only the secretariat validates responses."))
        if self.status != self.Status.SUBMITTED:
            raise InvalidTransition(_("Only a submitted response can be validated."))
        self._change(by, status=self.Status.VALIDATED, validated_at=timezone.now())
