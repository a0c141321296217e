"""Annual work plans and their approval.

The secretariat drafts a work plan for a year and submits it; the Executive Bureau approves it;
the Council endorses it. Either body may return it with comments, which sends it back to draft:

    draft -> submitted -> approved -> endorsed
               |             |
               +-- returned -+--> draft

Staff submit. Only a person holding a seat in the Executive Bureau on the day of the decision
approves (or returns a submitted plan), and only a person holding a seat in the Council on that
day endorses (or returns an approved plan). Every step is a WorkPlanDecision: who, when, in the
name of which body, with what comment. A work plan that is not a draft is locked (its items
cannot change); an endorsed one is changed by `revise()`, which copies its items into revision
N+1 as a new draft.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import is_secretariat, seat_in, sees_everything
from kota.governance.models import Body
from kota.lib.i18n import status_in_sentence
from kota.results.models.common import InvalidTransition, NotAllowed, history_with_reasons


class WorkPlanLocked(InvalidTransition):
    """The work plan is not a draft, so its items cannot change."""


class WorkPlanQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Every work plan for staff and board members; the endorsed ones for anyone else."""
        if sees_everything(user):
            return self
        return self.filter(status=WorkPlan.Status.ENDORSED)

    def latest_revisions(self):
        """Only the newest revision of each plan and year."""
        newest = (
            WorkPlan.objects.filter(plan=models.OuterRef("plan"), year=models.OuterRef("year"))
            .order_by("-revision")
            .values("revision")[:1]
        )
        return self.filter(revision=models.Subquery(newest))


def _require_staff(by, message):
    if not is_secretariat(by):
        raise NotAllowed(message)


class WorkPlan(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted to the Executive Bureau")
        APPROVED = "approved", _("Approved by the Executive Bureau")
        ENDORSED = "endorsed", _("Endorsed by the Council")

    plan = models.ForeignKey(
        "results.Plan", on_delete=models.PROTECT, related_name="work_plans", verbose_name=_("plan")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    revises = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="revisions",
        verbose_name=_("revision of"),
    )
    note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    history = history_with_reasons(table_name="results_historicalworkplan")
    objects = WorkPlanQuerySet.as_manager()

    class Meta:
        db_table = "results_workplan"
        ordering = ["-year", "-revision"]
        verbose_name = _("work plan")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "year", "revision"], name="results_workplan_revision_once"
            ),
            models.CheckConstraint(
                condition=Q(revision__gte=1), name="results_workplan_revision_from_one"
            ),
        ]

    def __str__(self):
        return _("Work plan %(year)s (revision %(revision)s)") % {
            "year": self.year,
            "revision": self.revision,
        }

    def get_absolute_url(self):
        return reverse("workplans:workplan", args=[self.pk])

    @property
    def is_draft(self):
        return self.status == self.Status.DRAFT

    @property
    def accepts_spending(self):
        """Spending is recorded against a budget the Executive Bureau has approved."""
        return self.status in (self.Status.APPROVED, self.Status.ENDORSED)

    def lock_year(self):
        """Row-lock every revision of this plan's year until the transaction ends, in key
        order. Spending is matched on item code across revisions, so a spending import takes
        these locks before it reads what is recorded: a second upload of the same ledger
        waits, then finds every row recorded."""
        revisions = WorkPlan.objects.filter(plan_id=self.plan_id, year=self.year)
        list(revisions.order_by("pk").select_for_update().values("pk"))

    @classmethod
    def start(cls, plan, year, *, by, note=""):
        """The first revision of the work plan of `year`, as a draft (staff only)."""
        _require_staff(by, _("Only secretariat staff draft work plans."))
        with transaction.atomic():
            if cls.objects.filter(plan=plan, year=year).exists():
                raise ValidationError(
                    _("There is already a work plan for %(year)s; revise it instead.")
                    % {"year": year}
                )
            work_plan = cls(plan=plan, year=year, note=note, created_by=by)
            work_plan._history_user = by
            work_plan.save()
        return work_plan

    # Steps ----------------------------------------------------------------------------------

    def _locked_row(self):
        # The row lock makes two decisions on one work plan wait for each other, so that an
        # approval and a return (or two approvals) cannot both act on the same submission.
        return WorkPlan.objects.select_for_update().get(pk=self.pk)

    def _require_status(self, *statuses, step):
        if self.status not in statuses:
            raise InvalidTransition(
                _("A work plan that is %(status)s cannot be %(step)s.")
                % {"status": status_in_sentence(self.get_status_display()), "step": step}
            )

    @staticmethod
    def seat_of(user, kind, on):
        """The seat `user` held on `on` in a body of `kind`, or None."""
        return seat_in(user, kind, on=on)

    def _require_seat(self, by, kind, on, step):
        seat = self.seat_of(by, kind, on)
        if seat is None:
            raise NotAllowed(
                _("Only a member of the %(body)s on %(date)s may %(step)s this work plan.")
                % {"body": Body.Kind(kind).label, "date": on.isoformat(), "step": step}
            )
        return seat

    def _decide(self, step, *, by, to_status, comment="", body=None, on=None):
        decision = WorkPlanDecision(
            work_plan=self,
            step=step,
            from_status=self.status,
            to_status=to_status,
            by=by,
            body=body,
            decided_on=on or timezone.localdate(),
            comment=(comment or "").strip(),
        )
        decision._history_user = by
        decision.save()
        self.status = to_status
        self._history_user, self._change_reason = by, decision.comment or None
        self.save(update_fields=["status"])
        return decision

    def submit(self, by, comment=""):
        """Send this draft to the Executive Bureau (secretariat staff)."""
        _require_staff(by, _("Only secretariat staff submit work plans."))
        with transaction.atomic():
            work_plan = self._locked_row()
            work_plan._require_status(self.Status.DRAFT, step=_("submitted"))
            if not work_plan.items.exists():
                raise ValidationError(_("A work plan is submitted with at least one item."))
            decision = work_plan._decide(
                WorkPlanDecision.Step.SUBMITTED,
                by=by,
                to_status=self.Status.SUBMITTED,
                comment=comment,
            )
        self.refresh_from_db()
        return decision

    def approve(self, by, comment="", on=None):
        """Approve this submitted work plan in the name of the Executive Bureau: `by` must
        hold a seat in it on `on` (today by default)."""
        on = on or timezone.localdate()
        with transaction.atomic():
            work_plan = self._locked_row()
            work_plan._require_status(self.Status.SUBMITTED, step=_("approved"))
            seat = work_plan._require_seat(by, Body.Kind.EXECUTIVE_BUREAU, on, _("approve"))
            decision = work_plan._decide(
                WorkPlanDecision.Step.APPROVED,
                by=by,
                to_status=self.Status.APPROVED,
                comment=comment,
                body=seat.body,
                on=on,
            )
        self.refresh_from_db()
        return decision

    def endorse(self, by, comment="", on=None):
        """Endorse this approved work plan in the name of the Council, which locks it: `by`
        must hold a seat in the Council on `on` (today by default)."""
        on = on or timezone.localdate()
        with transaction.atomic():
            work_plan = self._locked_row()
            work_plan._require_status(self.Status.APPROVED, step=_("endorsed"))
            seat = work_plan._require_seat(by, Body.Kind.COUNCIL, on, _("endorse"))
            decision = work_plan._decide(
                WorkPlanDecision.Step.ENDORSED,
                by=by,
                to_status=self.Status.ENDORSED,
                comment=comment,
                body=seat.body,
                on=on,
            )
        self.refresh_from_db()
        return decision

    def return_(self, by, comment, on=None):
        """Send this work plan back to draft with comments: a submitted one by a member of
        the Executive Bureau, an approved one by a member of the Council."""
        if not (comment or "").strip():
            raise ValidationError({"comment": _("Say why the work plan is returned.")})
        on = on or timezone.localdate()
        with transaction.atomic():
            work_plan = self._locked_row()
            work_plan._require_status(
                self.Status.SUBMITTED, self.Status.APPROVED, step=_("returned")
            )
            kind = (
                Body.Kind.EXECUTIVE_BUREAU
                if work_plan.status == self.Status.SUBMITTED
                else Body.Kind.COUNCIL
            )
            seat = work_plan._require_seat(by, kind, on, _("return"))
            decision = work_plan._decide(
                WorkPlanDecision.Step.RETURNED,
                by=by,
                to_status=self.Status.DRAFT,
                comment=comment,
                body=seat.body,
                on=on,
            )
        self.refresh_from_db()
        return decision

    def revise(self, by, comment=""):
        """Start revision N+1 of this endorsed work plan: a draft holding a copy of its items.
        The endorsed revision stays as it is (and in force) until the new one is endorsed."""
        _require_staff(by, _("Only secretariat staff revise work plans."))
        with transaction.atomic():
            work_plan = self._locked_row()
            work_plan._require_status(self.Status.ENDORSED, step=_("revised"))
            newest = WorkPlan.objects.filter(plan=work_plan.plan, year=work_plan.year).aggregate(
                newest=Max("revision")
            )["newest"]
            if newest != work_plan.revision:
                raise InvalidTransition(
                    _("Revision %(revision)s of this work plan already exists.")
                    % {"revision": newest}
                )
            revision = WorkPlan(
                plan=work_plan.plan,
                year=work_plan.year,
                revision=work_plan.revision + 1,
                revises=work_plan,
                note=work_plan.note,
                created_by=by,
            )
            revision._history_user = by
            revision.save()
            for item in work_plan.items.order_by("position", "pk"):
                item.pk = None
                item.work_plan = revision
                item._history_user = by
                item.save()
            revision._decide(
                WorkPlanDecision.Step.REVISED,
                by=by,
                to_status=self.Status.DRAFT,
                comment=comment
                or _("Revision %(revision)s started from the endorsed revision %(previous)s.")
                % {"revision": revision.revision, "previous": work_plan.revision},
            )
        return revision

    def steps_for(self, user, on=None):
        """The steps `user` may take on this work plan now, for showing their forms."""
        on = on or timezone.localdate()
        staff = is_secretariat(user)
        if self.status == self.Status.DRAFT:
            return ["submit"] if staff else []
        if self.status == self.Status.SUBMITTED:
            seated = self.seat_of(user, Body.Kind.EXECUTIVE_BUREAU, on)
            return ["approve", "return"] if seated else []
        if self.status == self.Status.APPROVED:
            return ["endorse", "return"] if self.seat_of(user, Body.Kind.COUNCIL, on) else []
        newest = not self.revisions.exists()
        return ["revise"] if staff and newest else []


class WorkPlanDecision(models.Model):
    """One step of a work plan: who took it, when, for which body, and their comment."""

    class Step(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        ENDORSED = "endorsed", _("Endorsed")
        RETURNED = "returned", _("Returned")
        REVISED = "revised", _("Revision started")

    work_plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="decisions")
    step = models.CharField(_("step"), max_length=10, choices=Step.choices)
    from_status = models.CharField(
        _("from"), max_length=10, choices=WorkPlan.Status.choices, blank=True
    )
    to_status = models.CharField(_("to"), max_length=10, choices=WorkPlan.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
    )
    body = models.ForeignKey(
        "governance.Body",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("in the name of"),
    )
    decided_on = models.DateField(_("decided on"))
    at = models.DateTimeField(_("recorded at"), default=timezone.now)
    comment = models.TextField(_("comment"), blank=True)

    history = HistoricalRecords(table_name="results_historicalworkplandecision")

    class Meta:
        db_table = "results_workplandecision"
        ordering = ["at", "pk"]
        verbose_name = _("work plan decision")

    def __str__(self):
        return f"{self.work_plan}: {self.get_step_display()} ({self.decided_on})"
