"""Work plans: drafting items, the decisions of the secretariat, the Executive Bureau and the
Council, budgets and spending. The rules are the model verbs'; refusals come back as messages."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from kota.core.access import staff_required
from kota.lib.csvfile import ImportRejected
from kota.lib.numbers import percent
from kota.results.audience import sees_everything
from kota.results.forms import (
    DecisionForm,
    ReturnWorkPlanForm,
    SpendingForm,
    StartWorkPlanForm,
    UploadForm,
    WorkPlanItemForm,
)
from kota.results.models import FundingSource, Spending, WorkPlan, WorkPlanItem
from kota.results.spending_import import COLUMNS as SPENDING_COLUMNS
from kota.results.spending_import import import_spending
from kota.results.views.common import (
    attempt,
    get_plan,
    get_work_plan_for_user,
    staff_or_board_required,
)


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
        "results/workplans.html",
        {
            "plan": plan,
            "rows": [(work_plan, totals.get(work_plan.pk)) for work_plan in rows],
            "start_form": StartWorkPlanForm() if request.user.is_staff else None,
        },
    )


@staff_required
@require_POST
def work_plan_start(request, plan):
    plan = get_plan(plan)
    form = StartWorkPlanForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the year of the work plan."))
        return redirect("results:workplans", plan.slug)
    created = []

    def start():
        data = form.cleaned_data
        created.append(WorkPlan.start(plan, data["year"], by=request.user, note=data["note"]))

    if attempt(request, start, _("Work plan drafted; add its items.")):
        return redirect(created[0])
    return redirect("results:workplans", plan.slug)


@require_GET
def work_plan(request, pk):
    work_plan = get_work_plan_for_user(request, pk)
    items = work_plan.items.for_listing().order_by("position", "pk")
    for item in items:
        item.rate = percent(item.spent, item.budget, places=1)
    staff = request.user.is_authenticated and request.user.is_staff
    return render(
        request,
        "results/workplan.html",
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
        "results/item_form.html",
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
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))
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
    form = UploadForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", _("The file is too large."))
        else:
            try:
                recorded, skipped = import_spending(upload.read(), work_plan, by=request.user)
            except ImportRejected as rejected:
                errors = rejected.errors
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    _("%(recorded)s spending lines recorded; %(skipped)s were already recorded.")
                    % {"recorded": recorded, "skipped": skipped},
                )
                return redirect(work_plan)
    return render(
        request,
        "results/spending_import.html",
        {
            "work_plan": work_plan,
            "plan": work_plan.plan,
            "form": form,
            "errors": errors,
            "columns": SPENDING_COLUMNS,
            "back": reverse("results:workplan", args=[work_plan.pk]),
        },
    )
