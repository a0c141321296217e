"""Access helpers shared by the results views: each returns the object or raises 404 /
PermissionDenied, so views stay thin."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404

from kota.results.audience import sees_everything
from kota.results.models import Indicator, NotAllowed, Plan, Value


def staff_or_board_required(view):
    """Staff and board members (see kota/results/audience.py): a visitor is sent to log in,
    anyone else is refused (403)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not sees_everything(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


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


def attempt(request, step, done):
    """Run `step()`; its refusals (ValidationError, NotAllowed) become error messages and
    success becomes `done`. Returns whether it succeeded."""
    try:
        step()
    except NotAllowed as refusal:
        messages.error(request, str(refusal))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if done:
            messages.success(request, done)
        return True
    return False
