"""Solidarity: appeals, an appeal's public page (needs met and open, who pledged: members and
partner organisations, never a person), the secretariat opening an appeal, a member posting a
need, pledging, and recording shipments and receipts."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.cooperation.forms import AppealForm, NeedForm, PledgeForm, ShipForm
from kota.cooperation.models import Appeal, Pledge
from kota.core.access import focal_point_member_ids, is_focal_point, is_secretariat, require
from kota.lib.web import attempt, form_errors_as_messages


@require_GET
def appeals(request):
    return render(
        request,
        "cooperation/appeals.html",
        {"appeals": Appeal.objects.all(), "can_open": is_secretariat(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def open_appeal(request):
    require(is_secretariat(request.user))
    form = AppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        appeal = Appeal.open_appeal(by=request.user, **form.cleaned_data)
        return redirect(appeal)
    return render(request, "cooperation/appeal_form.html", {"form": form})


@require_GET
def appeal(request, slug):
    appeal = get_object_or_404(Appeal, slug=slug)
    needs = list(appeal.needs.for_page().prefetch_related("pledges__member", "pledges__partner"))
    user = request.user
    mine = focal_point_member_ids(user)
    acts = is_secretariat(user) or is_focal_point(user)
    context = {
        "appeal": appeal,
        "needs": needs,
        "met": sum(1 for n in needs if n.received >= n.quantity),
        "is_open": appeal.status == Appeal.Status.OPEN,
        "can_post": acts and appeal.status == Appeal.Status.OPEN,
        "can_pledge": acts and appeal.status == Appeal.Status.OPEN,
        "need_form": NeedForm(user=user, prefix="need") if acts else None,
        "pledge_form": PledgeForm(user=user, appeal=appeal) if acts else None,
        "is_secretariat": is_secretariat(user),
        "my_members": mine,
    }
    return render(request, "cooperation/appeal.html", context)


@login_required
@require_POST
def post_need(request, slug):
    appeal = get_object_or_404(Appeal, slug=slug)
    require(is_secretariat(request.user) or is_focal_point(request.user))
    form = NeedForm(request.POST, user=request.user, prefix="need")
    if form.is_valid():
        data = dict(form.cleaned_data)
        member = data.pop("member")
        attempt(
            request,
            lambda: appeal.post_need(member=member, by=request.user, **data),
            _("Need posted."),
        )
    else:
        form_errors_as_messages(request, form)
    return redirect(appeal)


@login_required
@require_POST
def pledge(request, slug):
    appeal = get_object_or_404(Appeal, slug=slug)
    require(is_secretariat(request.user) or is_focal_point(request.user))
    form = PledgeForm(request.POST, user=request.user, appeal=appeal)
    if form.is_valid():
        data = form.cleaned_data
        attempt(
            request,
            lambda: data["need"].pledge(
                quantity=data["quantity"],
                member=data["member"],
                partner=data.get("partner"),
                partner_name=data.get("partner_name", ""),
                note=data["note"],
                by=request.user,
            ),
            _("Thank you: your pledge is recorded."),
        )
    else:
        form_errors_as_messages(request, form)
    return redirect(appeal)


def _get_pledge(request, pk):
    pledge = get_object_or_404(Pledge.objects.select_related("need__appeal"), pk=pk)
    return pledge


@login_required
@require_POST
def ship(request, pk):
    pledge = _get_pledge(request, pk)
    form = ShipForm(request.POST)
    form.is_valid()
    attempt(
        request,
        lambda: pledge.ship(by=request.user, reference=form.cleaned_data.get("reference", "")),
        _("Shipment recorded."),
    )
    return redirect(pledge.need.appeal)


@login_required
@require_POST
def receive(request, pk):
    pledge = _get_pledge(request, pk)
    attempt(request, lambda: pledge.receive(by=request.user), _("Receipt recorded."))
    return redirect(pledge.need.appeal)


urlpatterns = [
    path("appeals/", appeals, name="appeals"),
    path("appeals/new/", open_appeal, name="open_appeal"),
    path("appeals/<slug:slug>/", appeal, name="appeal"),
    path("appeals/<slug:slug>/needs/", post_need, name="post_need"),
    path("appeals/<slug:slug>/pledge/", pledge, name="pledge"),
    path("pledges/<int:pk>/ship/", ship, name="ship"),
    path("pledges/<int:pk>/receive/", receive, name="receive"),
]
