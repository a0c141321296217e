"""Quarterly updates of a project: a narrative with its evidence, approved by a second person.

The workflow is the one of KPI values (kota/results/models/values.py): draft -> submitted ->
approved, or submitted -> returned (with a reason) -> submitted again; secretariat staff
approve or return, never the update's author nor whoever submitted it. A submitted or
approved update is locked; its history keeps every step."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.core.access import is_secretariat, sees_everything
from kota.lib.i18n import status_in_sentence
from kota.lib.workflow import InvalidTransition, NotAllowed
from kota.results import periods
from kota.results.models.common import history_with_reasons


class UpdateQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Update.Status.APPROVED)

    def visible_to(self, user):
        """Every update for staff and board members; approved ones for anyone else."""
        return self if sees_everything(user) else self.approved()

    def awaiting_review_by(self, user):
        """Submitted updates `user` may approve or return: staff, not their own."""
        if not is_secretariat(user):
            return self.none()
        return (
            self.filter(status=Update.Status.SUBMITTED)
            .exclude(author=user)
            .exclude(submitted_by=user)
        )

    def within(self, start, end):
        """Updates whose quarter falls between `start` and `end`."""
        return self.filter(period_start__gte=start, period_end__lte=end)


class Update(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for approval")
        RETURNED = "returned", _("Returned for changes")
        APPROVED = "approved", _("Approved")

    LOCKED = (Status.SUBMITTED, Status.APPROVED)

    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="updates"
    )
    period_start = models.DateField(_("quarter from"))
    period_end = models.DateField(_("quarter to"))
    narrative = models.TextField(_("narrative"))
    evidence_file = models.FileField(
        _("evidence (file)"), upload_to="projects/evidence/%Y/%m/", blank=True
    )
    evidence_url = models.URLField(_("evidence (link)"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("author"),
    )  # fmt: skip
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )  # fmt: skip
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("approved or returned by"),
    )  # fmt: skip
    reviewed_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField(_("reason for returning"), blank=True)

    history = history_with_reasons()
    objects = UpdateQuerySet.as_manager()

    class Meta:
        ordering = ["project", "-period_end", "pk"]
        verbose_name = _("quarterly update")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "period_end"], name="projects_update_one_per_quarter"
            ),
            models.CheckConstraint(
                condition=Q(period_start__lte=F("period_end")),
                name="projects_update_period_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.project.code} {self.quarter_label}"

    def save(self, *args, **kwargs):
        if not getattr(self, "_unlocked", False) and self.pk is not None:
            stored = Update.objects.filter(pk=self.pk).values_list("status", flat=True).first()
            if stored in self.LOCKED:
                raise InvalidTransition(
                    _("An update that is %(status)s is locked.")
                    % {"status": status_in_sentence(Update.Status(stored).label)}
                )
        super().save(*args, **kwargs)

    @property
    def quarter_label(self):
        return periods.label(self.period_start, self.period_end)

    @property
    def has_evidence(self):
        return bool(self.evidence_file) or bool(self.evidence_url)

    def clean(self):
        start, end = self.period_start, self.period_end
        if start and end and not periods.is_period(periods.Frequency.QUARTERLY, start, end):
            raise ValidationError({"period_start": _("Give one calendar quarter.")})

    def _save_step(self, by, reason=None):
        self._history_user, self._change_reason = by, reason
        self._unlocked = True
        try:
            self.save()
        finally:
            self._unlocked = False

    def _locked_row(self):
        # The row lock makes two reviewers of one update wait for each other.
        return Update.objects.select_for_update(of=("self",)).get(pk=self.pk)

    def _require(self, *statuses, step):
        if self.status not in statuses:
            raise InvalidTransition(
                _("An update that is %(status)s cannot be %(step)s.")
                % {"status": status_in_sentence(self.get_status_display()), "step": step}
            )

    def _require_reviewer(self, by):
        if not is_secretariat(by):
            raise NotAllowed(_("Only secretariat staff approve or return updates."))
        if by.pk in (self.author_id, self.submitted_by_id):
            raise NotAllowed(
                _(
                    "Nobody approves or returns their own update: %(user)s wrote or submitted "
                    "this one, so another member of the secretariat must review it."
                )
                % {"user": by.get_username()}
            )

    def submit(self, by):
        if not is_secretariat(by):
            raise NotAllowed(_("Only secretariat staff submit updates."))
        with transaction.atomic():
            update = self._locked_row()
            update._require(self.Status.DRAFT, self.Status.RETURNED, step=_("submitted"))
            if not update.narrative.strip() or not update.has_evidence:
                raise ValidationError(_("An update is submitted with a narrative and evidence."))
            update.status = self.Status.SUBMITTED
            update.submitted_by, update.submitted_at = by, timezone.now()
            update._save_step(by)
        self.refresh_from_db()

    def approve(self, by):
        """Approve this submitted update; `by` is staff other than its author and submitter."""
        with transaction.atomic():
            update = self._locked_row()
            update._require(self.Status.SUBMITTED, step=_("approved"))
            update._require_reviewer(by)
            update.status = self.Status.APPROVED
            update.reviewed_by, update.reviewed_at = by, timezone.now()
            update._save_step(by)
        self.refresh_from_db()

    def return_(self, by, reason):
        if not (reason or "").strip():
            raise ValidationError({"return_reason": _("Say why the update is returned.")})
        with transaction.atomic():
            update = self._locked_row()
            update._require(self.Status.SUBMITTED, step=_("returned"))
            update._require_reviewer(by)
            update.status = self.Status.RETURNED
            update.return_reason = reason.strip()
            update.reviewed_by, update.reviewed_at = by, timezone.now()
            update._save_step(by, reason=update.return_reason)
        self.refresh_from_db()
