"""The results dashboard of a plan, its goals and indicators, and the evidence behind values.
Roll-ups are computed at request time in the fixed number of queries of
Indicator.objects.for_dashboard()."""

import os
from collections import Counter, defaultdict

from django.db.models import Prefetch, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from kota.core.access import is_secretariat, sees_everything
from kota.lib.web import private_download
from kota.results import charts, periods
from kota.results.forms import LessonForm
from kota.results.models import Activity, Indicator, Lesson, Plan, Value
from kota.results.models.indicators import count_by_goal
from kota.results.views.common import get_indicator_for_user, get_plan


@require_GET
def index(request):
    """The plan under way today, or else the one that started last."""
    today = timezone.localdate()
    plans = Plan.objects.order_by("-starts_on")
    plan = plans.filter(starts_on__lte=today, ends_on__gte=today).first() or plans.first()
    if plan is None:
        raise Http404
    return redirect("results:dashboard", plan.slug)


def _assessed(indicators, on):
    return [(indicator, indicator.progress(on)) for indicator in indicators]


@require_GET
def dashboard(request, plan):
    plan = get_plan(plan)
    on = timezone.localdate()
    indicators = list(Indicator.objects.visible_to(request.user).for_dashboard(plan))
    rows = _assessed(indicators, on)
    goals = list(plan.goals.all())
    counts = count_by_goal(indicators, on)
    cards = [
        (goal, [(status, counts.get(goal, {}).get(status, 0)) for status in charts.STATUSES])
        for goal in goals
    ]
    totals = Counter(progress.status for _indicator, progress in rows)
    awaiting = None
    if is_secretariat(request.user):
        awaiting = Value.objects.awaiting_review_by(request.user).count()
    return render(
        request,
        "results/dashboard.html",
        {
            "plan": plan,
            "rows": rows,
            "cards": cards,
            "statuses": charts.STATUSES,
            "totals": [(status, totals.get(status, 0)) for status in charts.STATUSES],
            "chart": charts.status_chart(goals, counts),
            "awaiting": awaiting,
            "sees_everything": sees_everything(request.user),
            "today": on,
        },
    )


@require_GET
def goal(request, plan, code):
    """A goal with its strategies and activities as sections, each with its indicators (and,
    for staff and board members, the lessons learned)."""
    plan = get_plan(plan)
    goal = get_object_or_404(plan.goals, code=code)
    on = timezone.localdate()
    privileged = sees_everything(request.user)
    activities = Activity.objects.all()
    if privileged:
        lessons = Lesson.objects.select_related("author")
        activities = activities.prefetch_related(Prefetch("lessons", lessons))
    strategies = list(goal.strategies.prefetch_related(Prefetch("activities", activities)))
    indicators = (
        Indicator.objects.visible_to(request.user)
        .for_dashboard(plan)
        .filter(Q(strategies__goal=goal) | Q(activities__strategy__goal=goal))
        .distinct()
    )
    by_strategy, by_activity, live = defaultdict(list), defaultdict(list), {}
    for indicator, progress in _assessed(indicators, on):
        if indicator.is_computed:
            live[indicator.pk] = indicator.live_value(on)
        row = (indicator, progress)
        for strategy in indicator.strategies.all():
            by_strategy[strategy.pk].append(row)
        for activity in indicator.activities.all():
            by_activity[activity.pk].append(row)
    for strategy in strategies:
        strategy.rows = by_strategy[strategy.pk]
        for activity in strategy.activities.all():
            activity.rows = by_activity[activity.pk]
            if privileged:  # one form per activity, each with ids of its own
                activity.lesson_form = LessonForm(auto_id=f"lesson-{activity.pk}-%s")
    return render(
        request,
        "results/goal.html",
        {
            "plan": plan,
            "goal": goal,
            "strategies": strategies,
            "live": live or None,  # a "Live" column only where a computed indicator is
            "sees_everything": privileged,
        },
    )


@require_GET
def indicator(request, plan, code):
    """An indicator: progress, chart, values (with their breakdown and evidence), the live
    value of a computed one, and for staff the history of its values."""
    plan = get_plan(plan)
    indicator = get_indicator_for_user(request, plan, code)
    on = timezone.localdate()
    progress = indicator.progress(on)
    live = indicator.live_value(on) if indicator.is_computed else None
    values = (
        Value.objects.with_cells_visible_to(request.user)
        .filter(indicator=indicator)
        .select_related("submitted_by", "reviewed_by")
        .order_by("-period_end")
    )
    labels = indicator.cell_labels()
    for value in values:
        numbers = {cell.key: cell.number for cell in value.cells.all()}
        value.row_cells = [numbers.get(key) for key in labels]
    history = None
    if is_secretariat(request.user):
        history = (
            Value.history.filter(indicator_id=indicator.pk)
            .select_related("history_user")
            .order_by("-history_date")[:50]
        )
    return render(
        request,
        "results/indicator.html",
        {
            "plan": plan,
            "indicator": indicator,
            "progress": progress,
            "goals": indicator.goals(),
            "values": values,
            "cell_labels": list(labels.values()),
            "live": live,
            "live_period": periods.label(*periods.period_containing(indicator.frequency, on)),
            "chart": charts.indicator_chart(indicator, progress, live=live, on=on),
            "history": history,
            "sees_everything": sees_everything(request.user),
            "may_enter": is_secretariat(request.user) and not indicator.is_computed,
        },
    )


@require_GET
def evidence(request, pk):
    """The evidence file of a value, to those who may see the value; never a public URL."""
    values = Value.objects.visible_to(request.user).select_related("indicator")
    value = get_object_or_404(values, pk=pk)
    if not value.evidence_file:
        raise Http404
    try:
        handle = value.evidence_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = os.path.basename(value.evidence_file.name)
    return private_download(FileResponse(handle, as_attachment=True, filename=name))
