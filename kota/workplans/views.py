"""Work plans: drafting items, the decisions of the secretariat, the Executive Bureau and the
Council, budgets and spending. The rules are the model verbs'; refusals come back as messages."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST

from kota.core.access import (
    is_secretariat,
    sees_everything,
    staff_or_board_required,
    staff_required,
)
from kota.core.models import ImportJob
from kota.lib.numbers import percent
from kota.lib.tables import FORMATS, table_response
from kota.lib.web import attempt, csv_import_page, form_errors_as_messages, import_job_page
from kota.results.views.common import get_plan
from kota.workplans import exports
from kota.workplans.forms import (
    DecisionForm,
    ReturnWorkPlanForm,
    SpendingForm,
    StartWorkPlanForm,
    WorkPlanItemForm,
)
from kota.workplans.models import FundingSource, Spending, WorkPlan, WorkPlanItem
from kota.workplans.spending_import import COLUMNS as SPENDING_COLUMNS
from kota.workplans.tasks import SPENDING, queue_spending_import


def get_work_plan_for_user(request, pk):
    work_plans = WorkPlan.objects.visible_to(request.user).select_related("plan", "revises")
    return get_object_or_404(work_plans, pk=pk)


@require_GET
def work_plans(request, plan):
    plan = get_plan(plan)
    rows = WorkPlan.objects.visible_to(request.user).filter(plan=plan)
    totals = {
        row["work_plan"]: row
        for row in WorkPlanItem.objects.filter(work_plan__in=rows).budget_by_work_plan()
    }
    return render(
        request,
        "workplans/workplans.html",
        {
            "plan": plan,
            "rows": [(work_plan, totals.get(work_plan.pk)) for work_plan in rows],
            "start_form": StartWorkPlanForm() if is_secretariat(request.user) else None,
        },
    )


@staff_required
@require_POST
def work_plan_start(request, plan):
    plan = get_plan(plan)
    form = StartWorkPlanForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the year of the work plan."))
        return redirect("workplans:workplans", plan.slug)
    created = []

    def start():
        data = form.cleaned_data
        created.append(WorkPlan.start(plan, data["year"], by=request.user, note=data["note"]))

    if attempt(request, start, _("Work plan drafted; add its items.")):
        return redirect(created[0])
    return redirect("workplans:workplans", plan.slug)


@require_GET
def work_plan(request, pk):
    work_plan = get_work_plan_for_user(request, pk)
    items = work_plan.items.for_listing().order_by("position", "pk")
    for item in items:
        item.rate = percent(item.spent, item.budget, places=1)
    staff = is_secretariat(request.user)
    return render(
        request,
        "workplans/workplan.html",
        {
            "work_plan": work_plan,
            "plan": work_plan.plan,
            "items": items,
            **_summaries(work_plan.items.all()),
            "decisions": work_plan.decisions.select_related("by", "body"),
            "steps": work_plan.steps_for(request.user),
            "decision_form": DecisionForm(),
            "return_form": ReturnWorkPlanForm(),
            "spending_form": (
                SpendingForm(work_plan=work_plan) if staff and work_plan.accepts_spending else None
            ),
            "spending": Spending.objects.filter(item__work_plan=work_plan)
            .select_related("item")
            .order_by("-spent_on", "-pk")[:20]
            if sees_everything(request.user)
            else None,
            "staff": staff,
        },
    )


def _labelled(rows, label):
    for row in rows:
        row["label"] = label(row)
    return rows


def _summaries(items):
    """The budget of `items` by goal, body and funding source, and in total, labelled."""
    return {
        "by_goal": _labelled(
            items.budget_by_goal(),
            lambda row: (
                f"{row['activity__strategy__goal__code']}. {row['activity__strategy__goal__title']}"
            ),
        ),
        "by_body": _labelled(
            items.budget_by_body(), lambda row: row["body__name"] or row["unit__name"] or "—"
        ),
        "by_funding": _labelled(
            items.budget_by_funding_source(),
            lambda row: (
                f"{row['funding_source__name']} "
                f"({FundingSource.Kind(row['funding_source__kind']).label})"
            ),
        ),
        "total": _labelled(items.budget_total(), lambda row: row["currency"]),
    }


def _item_form(request, work_plan, instance=None):
    form = WorkPlanItemForm(request.POST or None, instance=instance, work_plan=work_plan)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item._history_user = request.user
        if instance is None:
            item.position = work_plan.items.count() + 1
        if attempt(request, item.save, _("Item %(code)s saved.") % {"code": item.code}):
            return redirect(work_plan)
        return redirect(work_plan)
    return render(
        request,
        "workplans/item_form.html",
        {"work_plan": work_plan, "plan": work_plan.plan, "form": form, "item": instance},
    )


@staff_required
def item_new(request, pk):
    work_plan = get_work_plan_for_user(request, pk)
    if not work_plan.is_draft:
        messages.error(request, _("Only a draft work plan takes new items."))
        return redirect(work_plan)
    return _item_form(request, work_plan)


@staff_required
def item_edit(request, pk):
    item = get_object_or_404(WorkPlanItem.objects.select_related("work_plan__plan"), pk=pk)
    return _item_form(request, item.work_plan, instance=item)


STEPS = {
    # step: (form, verb, message when done)
    "submit": (DecisionForm, "submit", gettext_lazy("Submitted to the Executive Bureau.")),
    "approve": (
        DecisionForm,
        "approve",
        gettext_lazy("Approved in the name of the Executive Bureau."),
    ),
    "endorse": (DecisionForm, "endorse", gettext_lazy("Endorsed in the name of the Council.")),
    "return": (
        ReturnWorkPlanForm,
        "return_",
        gettext_lazy("Returned to the secretariat as a draft."),
    ),
}


@staff_or_board_required
@require_POST
def work_plan_step(request, pk, step):
    work_plan = get_work_plan_for_user(request, pk)
    if step == "revise":
        return _revise(request, work_plan)
    if step not in STEPS:
        raise Http404
    form_class, verb, done = STEPS[step]
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the work plan is returned."))
        return redirect(work_plan)
    comment = form.cleaned_data["comment"]
    attempt(request, lambda: getattr(work_plan, verb)(request.user, comment), str(done))
    return redirect(work_plan)


def _revise(request, work_plan):
    revisions = []
    form = DecisionForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""

    def revise():
        revisions.append(work_plan.revise(request.user, comment))

    if attempt(request, revise, _("A new revision is drafted with a copy of the items.")):
        return redirect(revisions[0])
    return redirect(work_plan)


@staff_required
@require_POST
def spending_add(request, pk):
    work_plan = get_work_plan_for_user(request, pk)
    form = SpendingForm(request.POST, work_plan=work_plan)
    if not form.is_valid():
        form_errors_as_messages(request, form)
        return redirect(work_plan)
    data = form.cleaned_data
    item = data["item"]
    attempt(
        request,
        lambda: item.record_spending(
            amount=data["amount"],
            currency=item.currency,
            spent_on=data["spent_on"],
            reference=data["reference"],
            by=request.user,
        ),
        _("Spending recorded."),
    )
    return redirect(work_plan)


@staff_required
def spending_import_view(request, pk):
    work_plan = get_work_plan_for_user(request, pk)

    def start(upload):
        if not work_plan.accepts_spending:
            raise ValidationError(
                _("Spending is recorded once the Executive Bureau has approved the work plan.")
            )
        job = queue_spending_import(upload, work_plan, by=request.user)
        return reverse("workplans:spending_import_job", args=[job.pk])

    return csv_import_page(
        request,
        start=start,
        context={
            "title": _("Import spending"),
            "intro": _(
                "Rows are matched on the item's code in this work plan. Every row is checked "
                "first; if one is wrong, nothing is recorded. A row whose item already has "
                "spending with the same reference is skipped, so a ledger can be imported twice "
                "safely."
            ),
            "columns": SPENDING_COLUMNS,
            "back": work_plan.get_absolute_url(),
            "back_label": str(work_plan),
            "plan": work_plan.plan,
        },
        jobs=[
            (job, reverse("workplans:spending_import_job", args=[job.pk]))
            for job in ImportJob.objects.recent(SPENDING, work_plan=work_plan.pk)
        ],
    )


@staff_required
def spending_import_job(request, pk):
    job = get_object_or_404(ImportJob.objects.of_kind(SPENDING).defer("content"), pk=pk)

    def done(summary):
        return (
            ngettext(
                "%(recorded)s spending line recorded; %(skipped)s were already recorded.",
                "%(recorded)s spending lines recorded; %(skipped)s were already recorded.",
                summary["recorded"],
            )
            % summary
        )

    back = reverse("workplans:spending_import", args=[job.params["work_plan"]])
    return import_job_page(request, job, title=_("Import spending"), done=done, back=back)


@require_GET
def export(request, plan, fmt):
    """The items of the plan's work plans that the person may see, as CSV or XLSX."""
    if fmt not in FORMATS:
        raise Http404
    plan = get_plan(plan)
    headers, rows = exports.work_plan_items(plan, request.user)
    return table_response(headers, rows, f"{plan.slug}-workplans", fmt)
