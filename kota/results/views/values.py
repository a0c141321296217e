"""Entering values and reviewing them (secretariat staff). The workflow's rules live on the
model (Value.submit/approve/return_); refusals come back as messages."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kota.core.access import staff_required
from kota.lib.web import attempt
from kota.results.forms import ReturnForm, ValueForm
from kota.results.models import Value
from kota.results.views.common import (
    get_indicator_for_user,
    get_plan,
    get_value_for_staff,
)


def _value_url(value):
    return reverse("results:value", args=[value.pk])


def _save(request, form, submit_after):
    """Save the form's draft and, when asked, submit it; errors as messages or form errors.
    Returns the value or None."""
    if not form.is_valid():
        return None
    try:
        value = form.save(by=request.user)
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.error(request, " ".join(error.messages))
        return None
    if submit_after:
        attempt(request, lambda: value.submit(request.user), _("Submitted for approval."))
    else:
        messages.success(request, _("Saved as a draft."))
    return value


@staff_required
def value_new(request, plan, code):
    plan = get_plan(plan)
    indicator = get_indicator_for_user(request, plan, code)
    if indicator.is_computed:
        raise Http404  # computed values are snapshots, never entered
    form = ValueForm(request.POST or None, request.FILES or None, indicator=indicator)
    if request.method == "POST":
        value = _save(request, form, "submit" in request.POST)
        if value is not None:
            return redirect(_value_url(value))
    return render(
        request,
        "results/value_form.html",
        {"plan": plan, "indicator": indicator, "form": form},
    )


@staff_required
def value(request, pk):
    """A value's page for staff: its numbers, breakdown, evidence and workflow, the edit form
    while it is a draft or returned, and the review forms while it is submitted."""
    value = get_value_for_staff(pk)
    indicator = get_indicator_for_user(request, value.indicator.plan, value.indicator.code)
    value.indicator = indicator
    form = ValueForm(
        request.POST or None, request.FILES or None, indicator=indicator, instance=value
    )
    if request.method == "POST":
        if _save(request, form, "submit" in request.POST) is not None:
            return redirect(_value_url(value))
        if value.is_locked:
            return redirect(_value_url(value))
    labels = indicator.cell_labels()
    numbers = value.cell_numbers()
    return render(
        request,
        "results/value.html",
        {
            "plan": indicator.plan,
            "indicator": indicator,
            "value": value,
            "form": form,
            "cells": [(label, numbers.get(key)) for key, label in labels.items()],
            "return_form": ReturnForm(),
            "own": value.submitted_by_id == request.user.pk,
            "changed": value.is_locked
            and Value.objects.filter(pk=value.pk).changed_by(request.user).exists(),
            "history": value.history.select_related("history_user").order_by("-history_date"),
        },
    )


@staff_required
@require_POST
def value_submit(request, pk):
    value = get_value_for_staff(pk)
    attempt(request, lambda: value.submit(request.user), _("Submitted for approval."))
    return redirect(_value_url(value))


@staff_required
@require_POST
def value_approve(request, pk):
    value = get_value_for_staff(pk)
    done = _("Approved: the value of %(indicator)s for %(period)s now counts.") % {
        "indicator": value.indicator.code,
        "period": value.period_label,
    }
    if attempt(request, lambda: value.approve(request.user), done):
        return redirect("results:review")
    return redirect(_value_url(value))


@staff_required
@require_POST
def value_return(request, pk):
    value = get_value_for_staff(pk)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the value is returned."))
        return redirect(_value_url(value))
    reason = form.cleaned_data["reason"]
    if attempt(request, lambda: value.return_(request.user, reason), _("Returned.")):
        return redirect("results:review")
    return redirect(_value_url(value))


@staff_required
@require_GET
def review(request):
    """Values waiting for this officer's review (never their own), their own submissions
    waiting for someone else, and what was returned."""
    values = Value.objects.select_related("indicator__plan", "submitted_by", "reviewed_by")
    return render(
        request,
        "results/review.html",
        {
            "awaiting": values.awaiting_review_by(request.user).order_by("submitted_at"),
            "mine": values.filter(
                status=Value.Status.SUBMITTED, submitted_by=request.user
            ).order_by("submitted_at"),
            "returned": values.filter(status=Value.Status.RETURNED).order_by("-reviewed_at"),
            "drafts": values.filter(
                status=Value.Status.DRAFT, origin=Value.Origin.ENTERED
            ).order_by("-pk"),
        },
    )
