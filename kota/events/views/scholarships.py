"""Scholarships and fellowships: the calls, nominations by focal points, the staff's
management of a call, the panel's scoring, the ranking and awards, and the alumni."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kota.core.access import focal_point_member_ids, is_secretariat, require, staff_required
from kota.events.forms.scholarships import (
    AlumniUpdateForm,
    CallSettingsForm,
    CriterionForm,
    NominationForm,
    PanelistForm,
    ScoreForm,
)
from kota.events.models import AlumniUpdate, Application, Panelist, ScholarshipCall, Score
from kota.lib.markdown import render_markdown
from kota.lib.web import attempt, form_errors_as_messages

GET = require_http_methods(["GET", "HEAD"])
GET_POST = require_http_methods(["GET", "HEAD", "POST"])


def _calls_for(user):
    """Calls `user` may open: all for the secretariat, published ones for everyone else."""
    calls = ScholarshipCall.objects.all()
    return calls if is_secretariat(user) else calls.published()


def _get_call(request, slug):
    return get_object_or_404(_calls_for(request.user), slug=slug)


def _is_panelist(user, call):
    return bool(getattr(user, "is_authenticated", False)) and (
        call.panelists.filter(user=user).exists()
    )


@GET
def calls(request):
    return render(
        request,
        "events/scholarships/calls.html",
        {
            "calls": _calls_for(request.user).annotate(
                awarded=Count(
                    "applications", filter=Q(applications__status=Application.Status.AWARDED)
                )
            )
        },
    )


@GET
def call(request, slug):
    """A call in the reader's language: eligibility, places, deadline, host; a focal point
    sees their members' nominations, the secretariat and panelists their own links."""
    call = _get_call(request, slug)
    members = focal_point_member_ids(request.user)
    own = (
        call.applications.filter(member__in=members).select_related("member")
        if members
        else Application.objects.none()
    )
    return render(
        request,
        "events/scholarships/call.html",
        {
            "call": call,
            "description": render_markdown(call.display_description),
            "open": call.accepts_nominations(),
            "may_nominate": bool(members) or is_secretariat(request.user),
            "own": own,
            "is_staff": is_secretariat(request.user),
            "is_panelist": _is_panelist(request.user, call),
        },
    )


@login_required
@GET_POST
def nominate(request, slug):
    """A focal point nominates an official of their member (staff: of any member); refused
    after the deadline."""
    call = _get_call(request, slug)
    require(is_secretariat(request.user) or focal_point_member_ids(request.user))
    is_open = call.accepts_nominations()
    form = NominationForm(
        request.POST if request.method == "POST" and is_open else None, user=request.user
    )
    if request.method == "POST" and not is_open:
        messages.error(request, _("This call no longer takes nominations."))
    elif request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "member"}
        try:
            with transaction.atomic():
                done = attempt(
                    request,
                    lambda: call.nominate(
                        member=form.cleaned_data["member"], nominated_by=request.user, **data
                    ),
                    _("%(name)s is nominated.") % {"name": data["name"]},
                )
        except IntegrityError:
            done = False
            messages.error(request, _("This person is already nominated for this call."))
        if done:
            return redirect(call.get_absolute_url())
    return render(
        request,
        "events/scholarships/nominate.html",
        {"call": call, "form": form, "open": is_open},
        status=200 if request.method != "POST" or form.is_valid() else 400,
    )


@staff_required
@GET_POST
def manage(request, slug):
    """Staff manage a call: its status and settings, criteria and panelists."""
    call = _get_call(request, slug)
    action = request.POST.get("action")
    settings_form = CallSettingsForm(
        request.POST if action == "settings" else None, instance=call, prefix="call"
    )
    criterion_form = CriterionForm(request.POST if action == "add_criterion" else None)
    panelist_form = PanelistForm(request.POST if action == "add_panelist" else None)
    if request.method == "POST":
        if action == "settings" and settings_form.is_valid():
            settings_form.save()
            messages.success(request, _("The call is saved."))
            return redirect("events:manage_call", call.slug)
        if action == "add_criterion" and criterion_form.is_valid():
            criterion = criterion_form.save(commit=False)
            criterion.call = call
            criterion.position = call.criteria.count()
            criterion.save()
            return redirect("events:manage_call", call.slug)
        if action == "remove_criterion":
            call.criteria.filter(pk=request.POST.get("criterion") or 0).delete()
            return redirect("events:manage_call", call.slug)
        if action == "add_panelist" and panelist_form.is_valid():
            Panelist.objects.get_or_create(call=call, user=panelist_form.cleaned_data["user"])
            return redirect("events:manage_call", call.slug)
        if action == "remove_panelist":
            call.panelists.filter(pk=request.POST.get("panelist") or 0).delete()
            return redirect("events:manage_call", call.slug)
        if action not in ("settings", "add_criterion", "add_panelist"):
            return redirect("events:manage_call", call.slug)
    return render(
        request,
        "events/scholarships/manage.html",
        {
            "call": call,
            "settings_form": settings_form,
            "criterion_form": criterion_form,
            "panelist_form": panelist_form,
            "criteria": call.criteria.all(),
            "panelists": call.panelists.select_related("user"),
        },
        status=400 if request.method == "POST" else 200,
    )


def _scorable(call, user):
    """The applications of `call` that `user`, a panelist, may score: never one from a
    member they are a focal point of."""
    return (
        call.applications.exclude(status=Application.Status.WITHDRAWN)
        .exclude(member__in=focal_point_member_ids(user))
        .select_related("member", "country")
        .annotate(my_scores=Count("scores", filter=Q(scores__panelist=user)))
        .order_by("name", "pk")
    )


@login_required
@GET
def panel(request, slug):
    """A panelist's list of the applications they may score."""
    call = _get_call(request, slug)
    require(_is_panelist(request.user, call))
    return render(
        request,
        "events/scholarships/panel.html",
        {
            "call": call,
            "applications": _scorable(call, request.user),
            "criteria_count": call.criteria.count(),
        },
    )


@login_required
@GET_POST
def score(request, slug, pk):
    """A panelist scores one application on each criterion; nobody scores an applicant from
    their own member (403)."""
    call = _get_call(request, slug)
    application = get_object_or_404(call.applications.select_related("member", "country"), pk=pk)
    if not application.may_be_scored_by(request.user):
        raise PermissionDenied
    criteria = call.criteria.all()
    mine = dict(
        Score.objects.filter(application=application, panelist=request.user).values_list(
            "criterion_id", "value"
        )
    )
    form = ScoreForm(
        request.POST if request.method == "POST" else None, criteria=criteria, scores=mine
    )
    if request.method == "POST" and form.is_valid():

        def record():
            with transaction.atomic():
                for criterion, value in form.scored():
                    application.score(by=request.user, criterion=criterion, value=value)

        if attempt(request, record, _("Your scores are saved.")):
            return redirect("events:panel", call.slug)
    return render(
        request,
        "events/scholarships/score.html",
        {"call": call, "application": application, "form": form},
        status=400 if request.method == "POST" else 200,
    )


@staff_required
@GET
def ranking(request, slug):
    """The applications by weighted mean score, best first, with the award decisions."""
    call = _get_call(request, slug)
    return render(
        request,
        "events/scholarships/ranking.html",
        {
            "call": call,
            "applications": call.ranking().select_related("member", "country"),
            "awarded": call.awarded_count(),
            "panelists": call.panelists.count(),
        },
    )


@staff_required
@require_POST
def decide(request, slug, pk):
    """Award a scholarship, or not, within the call's places."""
    call = _get_call(request, slug)
    application = get_object_or_404(call.applications, pk=pk)
    award = request.POST.get("award") == "yes"
    attempt(
        request,
        lambda: application.decide(award=award, by=request.user),
        (_("%(name)s is awarded the scholarship.") if award else _("%(name)s is not awarded."))
        % {"name": application.name},
    )
    return redirect("events:ranking", call.slug)


@staff_required
@GET_POST
def alumni(request, slug):
    """The scholars of a call and what became of them, with a follow-up note per scholar."""
    call = _get_call(request, slug)
    scholars = (
        call.applications.awarded()
        .select_related("member", "country")
        .prefetch_related(
            Prefetch("alumni_updates", queryset=AlumniUpdate.objects.select_related("noted_by"))
        )
        .order_by("name", "pk")
    )
    if request.method == "POST":
        scholar = get_object_or_404(scholars, pk=request.POST.get("application") or 0)
        form = AlumniUpdateForm(request.POST)
        if form.is_valid():
            update = form.save(commit=False)
            update.application = scholar
            update.noted_by = request.user
            update.save()
            messages.success(request, _("The follow-up is noted."))
        else:
            form_errors_as_messages(request, form)
        return redirect("events:alumni", call.slug)
    return render(
        request,
        "events/scholarships/alumni.html",
        {
            "call": call,
            "scholars": [
                (scholar, AlumniUpdateForm(auto_id=f"scholar{scholar.pk}_%s"))
                for scholar in scholars
            ],
        },
    )


urlpatterns = [
    path("scholarships/", calls, name="scholarship_calls"),
    path("scholarships/<slug:slug>/", call, name="scholarship_call"),
    path("scholarships/<slug:slug>/nominate/", nominate, name="nominate"),
    path("scholarships/<slug:slug>/manage/", manage, name="manage_call"),
    path("scholarships/<slug:slug>/panel/", panel, name="panel"),
    path("scholarships/<slug:slug>/applications/<int:pk>/score/", score, name="score"),
    path("scholarships/<slug:slug>/applications/<int:pk>/decide/", decide, name="decide"),
    path("scholarships/<slug:slug>/ranking/", ranking, name="ranking"),
    path("scholarships/<slug:slug>/alumni/", alumni, name="alumni"),
]
