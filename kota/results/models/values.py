"""An indicator's value for one period, its disaggregated cells, and the approval workflow.

A value entered by people goes draft -> submitted -> approved, or submitted -> returned (with a
reason) -> submitted again. Secretariat staff approve or return it, but never someone who
submitted it or changed it before its approval (entered it, edited its number, cells, narrative
or evidence): whoever set its numbers is not who checks them.
Submitted and approved values are locked: saving one raises ValueLocked; an approved value is
changed only by `correct()`, which records who, when and why, and keeps the old numbers in the
history tables. Computed snapshots and values recorded from a source document are stored
approved. Only approved values count towards progress.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, F, OuterRef, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kota.core.access import is_secretariat, sees_everything
from kota.lib.i18n import status_in_sentence
from kota.results import periods
from kota.results.models.common import (
    NUMBER,
    InvalidTransition,
    NotAllowed,
    ValueLocked,
    history_with_reasons,
    to_decimal,
)
from kota.results.models.disaggregation import Cell


class ValueQuerySet(models.QuerySet):
    def counted(self):
        """Values that count towards progress: approved ones (entered and approved, computed
        snapshots, and values recorded from a source document)."""
        return self.filter(status=Value.Status.APPROVED)

    def visible_to(self, user):
        """Every value for staff and board members; for anyone else the counted values of
        public indicators (see kota.core.access)."""
        if sees_everything(user):
            return self
        return self.counted().filter(indicator__is_public=True)

    def with_cells_visible_to(self, user):
        """The values `user` may see (visible_to()) with the cells of their breakdown, the
        oldest period first: an indicator's page, the API and the values export."""
        return self.visible_to(user).prefetch_related("cells").order_by("period_end")

    def awaiting_review_by(self, user):
        """Submitted values `user` may approve or return: staff, and not values they
        submitted or changed (see changed_by())."""
        if not is_secretariat(user):
            return self.none()
        return (
            self.filter(status=Value.Status.SUBMITTED)
            .exclude(submitted_by=user)
            .exclude(_changed_by(user))
        )

    def changed_by(self, user):
        """Values `user` entered, or changed while they were a draft or returned: a record in
        the value's history by them (the step that returned it aside, which carries the reason
        as its change reason), or in the history of its cells. Approval is final (an approved
        value changes only by correct()), so this is everything before its approval."""
        return self.filter(_changed_by(user))


def _changed_by(user):
    edits = Value.history.model.objects.filter(
        id=OuterRef("pk"),
        history_user=user,
        status__in=[Value.Status.DRAFT, Value.Status.RETURNED],
    ).filter(Q(history_change_reason__isnull=True) | Q(history_change_reason=""))
    cells = Cell.history.model.objects.filter(value_id=OuterRef("pk"), history_user=user)
    return Q(entered_by=user) | Exists(edits) | Exists(cells)


class Value(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for approval")
        RETURNED = "returned", _("Returned for changes")
        APPROVED = "approved", _("Approved")

    class Origin(models.TextChoices):
        ENTERED = "entered", _("Entered with evidence")
        COMPUTED = "computed", _("Computed from Kota's records")
        RECORDED = "recorded", _("Taken from a source document")

    LOCKED = (Status.SUBMITTED, Status.APPROVED)

    indicator = models.ForeignKey(
        "results.Indicator",
        on_delete=models.PROTECT,
        related_name="values",
        verbose_name=_("indicator"),
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    number = models.DecimalField(
        _("value"),
        **NUMBER,
        null=True,
        blank=True,
        help_text=_("For a disaggregated indicator, the total of the cells (never entered)."),
    )
    narrative = models.TextField(_("narrative"), blank=True)
    comment = models.TextField(_("comment"), blank=True)
    evidence_file = models.FileField(
        _("evidence (file)"), upload_to="results/evidence/%Y/%m/", blank=True
    )
    evidence_url = models.URLField(_("evidence (link)"), max_length=500, blank=True)
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("For a recorded value.")
    )
    origin = models.CharField(
        _("origin"), max_length=10, choices=Origin.choices, default=Origin.ENTERED
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved or returned by"),
    )
    reviewed_at = models.DateTimeField(_("approved or returned at"), null=True, blank=True)
    return_reason = models.TextField(_("reason for returning"), blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last corrected by"),
    )
    corrected_at = models.DateTimeField(_("last corrected at"), null=True, blank=True)
    correction_reason = models.TextField(_("reason for the last correction"), blank=True)
    computed_at = models.DateTimeField(_("computed at"), null=True, blank=True)

    history = history_with_reasons()
    objects = ValueQuerySet.as_manager()

    _unlocked = False  # set only by the workflow verbs and snapshots, see save_unlocked()

    class Meta:
        ordering = ["indicator", "period_end"]
        verbose_name = _("value")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_end"], name="results_value_one_per_period"
            ),
            models.CheckConstraint(
                condition=Q(period_start__lte=F("period_end")),
                name="results_value_period_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.indicator.code} {self.period_label}: {self.display_number()}"

    def save(self, *args, **kwargs):
        if not self._unlocked:
            stored = self._stored_status()
            self._refuse_if_locked(stored)
            if self.origin == self.Origin.ENTERED and self.status != (stored or self.Status.DRAFT):
                raise InvalidTransition(
                    _(
                        "An entered value starts as a draft and changes status only through "
                        "submit(), approve() and return_()."
                    )
                )
        if self.origin == self.Origin.ENTERED and self.indicator.is_disaggregated:
            # The total is derived from the cells, never entered: parts and total agree.
            self.number = self.cells.aggregate(total=Sum("number"))["total"] if self.pk else None
        super().save(*args, **kwargs)

    @property
    def period_label(self):
        return periods.label(self.period_start, self.period_end)

    def display_number(self):
        if self.number is None:
            return self.narrative[:60] or "-"
        return f"{self.number.normalize():f}"

    @property
    def has_evidence(self):
        return bool(self.evidence_file) or bool(self.evidence_url)

    @property
    def is_locked(self):
        return self.status in self.LOCKED

    def clean(self):
        errors = {}
        indicator = self.indicator
        if self.period_start and self.period_end:
            if self.period_start > self.period_end:
                errors["period_end"] = _("A period cannot end before it starts.")
            elif self.origin == self.Origin.ENTERED and not periods.is_period(
                indicator.frequency, self.period_start, self.period_end
            ):
                errors["period_start"] = _("Give one %(frequency)s period.") % {
                    "frequency": indicator.get_frequency_display().lower()
                }
        if indicator.is_qualitative and self.number is not None:
            errors["number"] = _("A qualitative indicator takes a narrative, not a number.")
        if errors:
            raise ValidationError(errors)

    def store_computed_cells(self, cells):
        """Write a computed value's cells ({cell key: number}); its total is already stored
        as their sum (see Indicator.snapshot())."""
        from_db = {cell.key: cell for cell in self.cells.all()}
        self._unlocked = True
        try:
            for key, number in cells.items():
                cell = from_db.get(key) or Cell(key=key)
                if cell.pk and cell.number == number:
                    continue
                cell.value = self  # this instance, unlocked for the write
                cell.number = number
                cell.save()
        finally:
            self._unlocked = False

    def save_unlocked(self, *args, **kwargs):
        """Save past the lock: for the workflow verbs and snapshots only."""
        self._unlocked = True
        try:
            self.save(*args, **kwargs)
        finally:
            self._unlocked = False

    def _stored_status(self):
        if self.pk is None:
            return None
        return Value.objects.filter(pk=self.pk).values_list("status", flat=True).first()

    def _refuse_if_locked(self, stored=None):
        stored = stored or self._stored_status()
        if stored == self.Status.APPROVED:
            raise ValueLocked(
                _(
                    "The value of %(indicator)s for %(period)s is approved and locked; "
                    "correct it with a reason instead."
                )
                % {"indicator": self.indicator.code, "period": self.period_label}
            )
        if stored == self.Status.SUBMITTED:
            raise ValueLocked(
                _(
                    "The value of %(indicator)s for %(period)s is waiting for approval; it must "
                    "be returned before it can be changed."
                )
                % {"indicator": self.indicator.code, "period": self.period_label}
            )

    # Disaggregation

    def set_cells(self, cells, by=None):
        """Enter the cells of this (draft or returned) value; its number becomes their total.
        `cells` as `Indicator.read_cells()` takes them, e.g. {("female", "15-24"): 12, ...}.
        Every combination of categories must be given (see `read_cells()`). `by` is who
        enters them (kept in the cells' history)."""
        read = self.indicator.read_cells(cells)
        with transaction.atomic():
            if self.pk is None:
                self.save()
            else:
                self._refuse_if_locked()
            self._write_cells(read, by=by)
            if by is not None:
                self._history_user = by
            self.save()

    def _write_cells(self, read, *, by=None, reason=None):
        """Update the cells in place (so each keeps its own history) to `read`."""
        existing = {cell.key: cell for cell in self.cells.all()}
        for key, number in read.items():
            cell = existing.pop(key, None) or Cell(value=self, key=key)
            if cell.pk and cell.number == number:
                continue
            cell.number = number
            if by is not None:
                cell._history_user, cell._change_reason = by, reason
            cell.save()
        for stale in existing.values():
            stale.delete()

    def cell_numbers(self):
        """{canonical key: number} of this value's cells."""
        return {cell.key: cell.number for cell in self.cells.all()}

    # Workflow

    def _locked_row(self):
        # The row lock makes two steps on one value wait for each other: without it two
        # reviewers could both act on the same submission (one approving while the other
        # returns), or a correction could interleave with an approval. (SQLite takes the
        # whole database for writing instead; see the IMMEDIATE transaction mode in settings.)
        return (
            Value.objects.select_for_update(of=("self",))
            .select_related("indicator")
            .get(pk=self.pk)
        )

    def _require_reviewer(self, by):
        if not is_secretariat(by):
            raise NotAllowed(_("Only secretariat staff approve or return values."))
        if by.pk == self.submitted_by_id:
            raise NotAllowed(
                _(
                    "Nobody approves or returns their own value: %(user)s submitted this one, "
                    "so another member of the secretariat must review it."
                )
                % {"user": by.get_username()}
            )
        if Value.objects.filter(pk=self.pk).changed_by(by).exists():
            raise NotAllowed(
                _(
                    "Nobody approves or returns their own numbers: %(user)s changed this value "
                    "before its approval, so another member of the secretariat must review it."
                )
                % {"user": by.get_username()}
            )

    def _require_status(self, *statuses, step):
        if self.origin != self.Origin.ENTERED:
            raise InvalidTransition(
                _("Only values entered by people go through approval; this one is %(origin)s.")
                % {"origin": status_in_sentence(self.get_origin_display())}
            )
        if self.status not in statuses:
            raise InvalidTransition(
                _("A value that is %(status)s cannot be %(step)s.")
                % {"status": status_in_sentence(self.get_status_display()), "step": step}
            )

    def _missing_for_submission(self):
        missing = []
        indicator = self.indicator
        if indicator.is_qualitative:
            if not self.narrative.strip():
                missing.append(_("a narrative"))
        elif indicator.is_disaggregated:
            if set(self.cell_numbers()) != set(indicator.cell_keys()):
                missing.append(_("every cell of the breakdown"))
        elif self.number is None:
            missing.append(_("a number"))
        if not self.has_evidence:
            missing.append(_("evidence (a file or a link)"))
        return missing

    def submit(self, by):
        """Send this draft (or returned) value for approval."""
        if by is None or not by.is_authenticated:
            raise NotAllowed(_("Sign in to submit a value."))
        with transaction.atomic():
            value = self._locked_row()
            value._require_status(self.Status.DRAFT, self.Status.RETURNED, step=_("submitted"))
            missing = value._missing_for_submission()
            if missing:
                raise ValidationError(
                    _("A value is submitted with %(missing)s.")
                    % {"missing": ", ".join(str(item) for item in missing)}
                )
            value.status = self.Status.SUBMITTED
            value.submitted_by, value.submitted_at = by, timezone.now()
            value._history_user = by
            value.save_unlocked()
        self.refresh_from_db()

    def approve(self, by):
        """Approve this submitted value, which locks its period. `by` must be secretariat
        staff other than the submitter."""
        with transaction.atomic():
            value = self._locked_row()
            value._require_status(self.Status.SUBMITTED, step=_("approved"))
            value._require_reviewer(by)
            value.status = self.Status.APPROVED
            value.reviewed_by, value.reviewed_at = by, timezone.now()
            value._history_user = by
            value.save_unlocked()
        self.refresh_from_db()

    def return_(self, by, reason):
        """Send this submitted value back to be changed and submitted again, saying why."""
        if not (reason or "").strip():
            raise ValidationError({"return_reason": _("Say why the value is returned.")})
        with transaction.atomic():
            value = self._locked_row()
            value._require_status(self.Status.SUBMITTED, step=_("returned"))
            value._require_reviewer(by)
            value.status = self.Status.RETURNED
            value.return_reason = reason.strip()
            value.reviewed_by, value.reviewed_at = by, timezone.now()
            value._history_user, value._change_reason = by, value.return_reason
            value.save_unlocked()
        self.refresh_from_db()

    def correct(self, by, *, reason, number=None, cells=None, narrative=None):
        """Correct this approved value: a new number, new cells (the total follows) or a new
        narrative, with the reason recorded. The value stays approved; its old numbers stay in
        the history of the value and of its cells, with `reason` as the change reason."""
        if not is_secretariat(by):
            raise NotAllowed(_("Only secretariat staff correct approved values."))
        if not (reason or "").strip():
            raise ValidationError({"correction_reason": _("Say why the value is corrected.")})
        reason = reason.strip()
        with transaction.atomic():
            value = self._locked_row()
            if value.origin == self.Origin.COMPUTED:
                raise InvalidTransition(
                    _("A computed value is corrected by correcting the records behind it.")
                )
            if value.status != self.Status.APPROVED:
                raise InvalidTransition(
                    _("Only an approved value is corrected; edit this one and submit it.")
                )
            indicator = value.indicator
            value._unlocked = True
            try:
                if indicator.is_disaggregated:
                    if cells is None or number is not None:
                        raise ValidationError(_("Correct a disaggregated value by its cells."))
                    value._write_cells(indicator.read_cells(cells), by=by, reason=reason)
                elif indicator.is_qualitative:
                    if narrative is None or number is not None:
                        raise ValidationError(_("Correct a qualitative value by its narrative."))
                elif number is not None:
                    value.number = to_decimal(number)
                elif narrative is None:
                    raise ValidationError(_("Give the corrected number."))
                if narrative is not None:
                    value.narrative = narrative
                value.corrected_by, value.corrected_at = by, timezone.now()
                value.correction_reason = reason
                value._history_user, value._change_reason = by, reason
                value.save()
            finally:
                value._unlocked = False
        self.refresh_from_db()

    def corrections(self):
        """The value's history records written by corrections, newest first."""
        return self.history.exclude(correction_reason="").filter(
            history_change_reason=F("correction_reason")
        )
