"""Cooperations: the list with its map and network graph (and their data), a cooperation's
page, proposing one, each side's confirmation, the secretariat's verification, activities,
and the exports."""

import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.cooperation import measures
from kota.cooperation.exports import COOPERATION_HEADERS, cooperation_rows
from kota.cooperation.forms import ActivityForm, CooperationFilterForm, CooperationForm
from kota.cooperation.models import Cooperation
from kota.cooperation.tasks import notify
from kota.core.access import focal_point_member_ids, is_focal_point, is_secretariat, require
from kota.lib.tables import FORMATS, table_response
from kota.lib.web import attempt, form_errors_as_messages, is_htmx
from kota.members.models import Member
from kota.partners.models import Partner

PAGE_SIZE = 50


def _filtered(request):
    form = CooperationFilterForm(request.GET)
    cooperations = Cooperation.objects.visible_to(request.user).matching(**form.filters())
    member = None
    if form.is_valid() and form.cleaned_data["member"]:
        member = Member.objects.filter(slug=form.cleaned_data["member"]).first()
        if member is not None:
            cooperations = cooperations.of_member(member)
    return form, cooperations, member


def _kpis(today):
    """The registry's cooperation measures for the year so far."""
    start = today.replace(month=1, day=1)
    by_kind = measures.active_by_kind(start, today)
    labels = dict(Cooperation.Kind.choices)
    return {
        "active": by_kind.total,
        "active_by_kind": [
            (labels.get(kind, kind), n) for ((_d, kind),), n in sorted(by_kind.by("kind").items())
        ],
        "matched": measures.requests_matched(start, today),
        "replicated": measures.practices_replicated(start, today).total,
        "needs_met": measures.needs_met_share(start, today),
        "year": today.year,
    }


@require_GET
def index(request):
    form, cooperations, member = _filtered(request)
    page = Paginator(cooperations.for_list(), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "member": member,
        "query": query.urlencode(),
        "formats": list(FORMATS),
    }
    if is_htmx(request):
        return render(request, "cooperation/_results.html", context)
    context["kpis"] = _kpis(timezone.localdate())
    context["can_propose"] = is_secretariat(request.user) or is_focal_point(request.user)
    return render(request, "cooperation/index.html", context)


@require_GET
def network(request):
    """The nodes and links the map and the graph draw, filtered like the list."""
    _form, cooperations, _member = _filtered(request)
    return JsonResponse(cooperations.network())


def _get_cooperation(request, pk):
    cooperations = Cooperation.objects.visible_to(request.user).prefetch_related(
        "parties__member__country",
        "parties__partner__country",
        "core_areas",
        "sdgs",
        "documents__language",
    )
    return get_object_or_404(cooperations, pk=pk)


@require_GET
def cooperation(request, pk):
    cooperation = _get_cooperation(request, pk)
    mine = focal_point_member_ids(request.user)
    staff = is_secretariat(request.user)
    to_confirm = [
        party
        for party in cooperation.parties.all()
        if party.confirmed_at is None and (party.member_id in mine if party.member_id else staff)
    ]
    if cooperation.status != Cooperation.Status.PROPOSED:
        to_confirm = []
    context = {
        "cooperation": cooperation,
        "to_confirm": to_confirm,
        "can_verify": is_secretariat(request.user)
        and cooperation.status == Cooperation.Status.CONFIRMED,
        "can_manage": cooperation.can_be_managed_by(request.user),
        "activities": cooperation.activities.all(),
        "activity_form": ActivityForm(initial={"happened_on": timezone.localdate()}),
    }
    return render(request, "cooperation/cooperation.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def propose(request):
    require(is_secretariat(request.user) or is_focal_point(request.user))
    form = CooperationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {k: data[k] for k in ("kind", "title", "description", "started_on", "ends_on")}
        cooperation = None

        def step():
            nonlocal cooperation
            cooperation = Cooperation.propose(
                member=data["member"],
                others=list(data["others"]),
                partners=list(data["partners"]),
                by=request.user,
                core_areas=data["core_areas"],
                sdgs=data["sdgs"],
                **fields,
            )
            notify(cooperation, "proposed")

        if attempt(
            request, step, _("Proposed. Each other side's focal point is asked to confirm.")
        ):
            return redirect(cooperation)
    return render(request, "cooperation/propose.html", {"form": form})


@login_required
@require_POST
def confirm(request, pk):
    cooperation = _get_cooperation(request, pk)
    if request.POST.get("partner"):
        require(is_secretariat(request.user))
        partner = get_object_or_404(Partner, slug=request.POST["partner"])
        attempt(
            request,
            lambda: cooperation.confirm_partner(partner, by=request.user),
            _("Confirmed for %(member)s.") % {"member": partner.name},
        )
        return redirect(cooperation)
    member = get_object_or_404(Member, slug=request.POST.get("member", ""))
    if member.pk not in focal_point_member_ids(request.user):
        raise PermissionDenied
    attempt(
        request,
        lambda: cooperation.confirm(member, by=request.user),
        _("Confirmed for %(member)s.") % {"member": member.name},
    )
    return redirect(cooperation)


@login_required
@require_POST
def verify(request, pk):
    require(is_secretariat(request.user))
    cooperation = _get_cooperation(request, pk)
    attempt(
        request,
        lambda: cooperation.verify(by=request.user),
        _("Verified: the cooperation is active."),
    )
    return redirect(cooperation)


@login_required
@require_POST
def add_activity(request, pk):
    cooperation = _get_cooperation(request, pk)
    require(cooperation.can_be_managed_by(request.user))
    form = ActivityForm(request.POST)
    if form.is_valid():
        attempt(
            request,
            lambda: cooperation.record_activity(by=request.user, **form.cleaned_data),
            _("Recorded."),
        )
    else:
        form_errors_as_messages(request, form)
    return redirect(cooperation)


@require_GET
def export(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    _form, cooperations, _member = _filtered(request)
    rows = cooperation_rows(cooperations)
    name = f"cooperations-{datetime.date.today():%Y-%m-%d}"
    return table_response(COOPERATION_HEADERS(), rows, name, fmt)


urlpatterns = [
    path("", index, name="index"),
    path("network.json", network, name="network"),
    path("new/", propose, name="propose"),
    path("export/cooperations.<str:fmt>", export, name="export"),
    path("<int:pk>/", cooperation, name="cooperation"),
    path("<int:pk>/confirm/", confirm, name="confirm"),
    path("<int:pk>/verify/", verify, name="verify"),
    path("<int:pk>/activities/", add_activity, name="add_activity"),
]
