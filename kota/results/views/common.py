"""Access helpers shared by the results views: each returns the object or raises 404 /
PermissionDenied, so views stay thin."""

from django.shortcuts import get_object_or_404

from kota.results.models import Indicator, Plan, Value


def get_plan(slug):
    return get_object_or_404(Plan, slug=slug)


def get_indicator_for_user(request, plan, code):
    """The indicator of `plan` with this code as the dashboard reads it, if `request.user` may
    see it (404 otherwise, so a private indicator's code tells nothing)."""
    indicators = (
        Indicator.objects.visible_to(request.user)
        .for_dashboard(plan)
        .prefetch_related("dimensions__categories")
    )
    return get_object_or_404(indicators, code=code)


def get_value_for_staff(pk):
    values = Value.objects.select_related("indicator__plan", "submitted_by", "reviewed_by")
    return get_object_or_404(values, pk=pk)
