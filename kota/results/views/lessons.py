"""Lessons learned on the activities of a plan: written and read by staff and board members."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from kota.core.access import staff_or_board_required
from kota.lib.web import form_errors_as_messages
from kota.results.forms import LessonForm, LessonSearchForm
from kota.results.models import Activity, Lesson
from kota.results.views.common import get_plan


@staff_or_board_required
@require_GET
def lessons(request, plan):
    plan = get_plan(plan)
    form = LessonSearchForm(request.GET)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    rows = (
        Lesson.objects.of_plan(plan)
        .search(text)
        .select_related("author", "activity__strategy__goal")
    )
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(
        request, "results/lessons.html", {"plan": plan, "form": form, "page": page, "q": text}
    )


@staff_or_board_required
@require_POST
def lesson_add(request, plan, code):
    plan = get_plan(plan)
    activity = get_object_or_404(
        Activity.objects.select_related("strategy__goal"),
        strategy__goal__plan=plan,
        code=code,
    )
    form = LessonForm(request.POST)
    if form.is_valid():
        lesson = form.save(commit=False)
        lesson.activity, lesson.author = activity, request.user
        lesson._history_user = request.user
        lesson.save()
        messages.success(request, _("Lesson recorded."))
    else:
        form_errors_as_messages(request, form)
    goal_url = reverse("results:goal", args=[plan.slug, activity.strategy.goal.code])
    return redirect(f"{goal_url}#activity-{activity.code}")
