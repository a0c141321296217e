from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kota.core.access import is_secretariat
from kota.core.models import CoreArea
from kota.governance.models import Body, Seat
from kota.members import directory
from kota.members.models import Member
from kota.site.models import Page


@require_GET
def home(request):
    member_count, country_count, newest = directory.active_figures(
        Member.objects.for_directory(), newest=6
    )
    return render(
        request,
        "site/home.html",
        {
            "page": Page.objects.for_language("home", get_language()),
            "member_count": member_count,
            "country_count": country_count,
            "core_areas": CoreArea.objects.all(),
            "newest": newest,
        },
    )


@login_required
def dashboard(request):
    """Where a person lands after signing in: their own member, or their bodies, or admin."""
    user = request.user
    members = list(Member.objects.focal_point_of(user))
    if len(members) == 1 and not is_secretariat(user):
        return redirect(members[0])
    seats = Seat.objects.current().filter(user=user).select_related("body", "member")
    return render(
        request,
        "site/dashboard.html",
        {
            "members": members,
            "seats": seats,
            "board_bodies": Body.objects.filter(kind__in=Body.BOARD_KINDS),
        },
    )


class LogoutView(auth_views.LogoutView):
    """Logging out says so, on the page it lands on."""

    def post(self, request, *args, **kwargs):
        was_logged_in = request.user.is_authenticated
        response = super().post(request, *args, **kwargs)
        if was_logged_in:
            messages.info(request, _("You are logged out."))
        return response
