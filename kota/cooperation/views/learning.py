"""Learning requests: the list, opening one (a focal point for their member, the secretariat
on a member's behalf), a request's page with the providers Kota proposes and why, and the
secretariat's brokering: introduction, the exchange agreed, the outcome."""

import datetime

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.cooperation.exports import LEARNING_HEADERS, learning_rows
from kota.cooperation.forms import ExchangeForm, IntroduceForm, LearningRequestForm, OutcomeForm
from kota.cooperation.matching import propose_providers
from kota.cooperation.models import LearningRequest
from kota.core.access import is_focal_point, is_secretariat, require
from kota.knowledge.models import KnowledgeItem
from kota.lib.tables import FORMATS, table_response
from kota.lib.web import attempt, form_errors_as_messages

PAGE_SIZE = 50


@require_GET
def requests(request):
    stage = request.GET.get("stage", "")
    items = LearningRequest.objects.all()
    if stage in LearningRequest.Stage.values:
        items = items.filter(stage=stage)
    page = Paginator(items.for_list(), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "stage": stage,
        "stages": LearningRequest.Stage.choices,
        "query": f"stage={stage}" if stage else "",
        "can_open": is_secretariat(request.user) or is_focal_point(request.user),
        "formats": list(FORMATS),
    }
    return render(request, "cooperation/requests.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def open_request(request):
    require(is_secretariat(request.user) or is_focal_point(request.user))
    initial = {}
    practice = None
    if pk := request.GET.get("practice", ""):
        practice = KnowledgeItem.objects.published().filter(pk=pk if pk.isdigit() else 0).first()
        if practice is not None:
            initial["practice"] = practice.pk
            initial["core_area"] = practice.core_areas.first()
    form = LearningRequestForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        opened = None

        def step():
            nonlocal opened
            opened = LearningRequest.open(
                member=data["member"],
                by=request.user,
                core_area=data["core_area"],
                practice=data["practice"],
                region=data["region"],
                description=data["description"],
                sdgs=data["sdgs"],
                languages=data["languages"],
            )

        if attempt(
            request, step, _("Your learning request is open. The secretariat will propose a peer.")
        ):
            return redirect(opened)
        practice = data["practice"]
    return render(request, "cooperation/request_form.html", {"form": form, "practice": practice})


def _get_request(pk):
    requests = LearningRequest.objects.select_related(
        "member__country", "core_area", "practice", "provider", "exchange_event"
    ).prefetch_related("sdgs", "languages", "outcomes")
    return get_object_or_404(requests, pk=pk)


@require_GET
def learning_request(request, pk):
    item = _get_request(pk)
    follows = item.can_follow(request.user)
    context = {"item": item, "follows": follows}
    if follows and item.stage in (LearningRequest.Stage.OPEN, LearningRequest.Stage.INTRODUCED):
        context["proposals"] = propose_providers(item)
    if is_secretariat(request.user):
        context["exchange_form"] = ExchangeForm(
            initial={"on": datetime.date.today(), "kind": LearningRequest.ExchangeKind.STUDY_VISIT}
        )
        context["outcome_form"] = OutcomeForm(
            initial={"months": 12 if item.outcomes.filter(months=6).exists() else 6}
        )
    return render(request, "cooperation/request.html", context)


@login_required
@require_POST
def introduce(request, pk):
    require(is_secretariat(request.user))
    item = _get_request(pk)
    form = IntroduceForm(request.POST)
    if form.is_valid():
        provider = form.cleaned_data["provider"]
        attempt(
            request,
            lambda: item.introduce(provider, by=request.user),
            _("Introduced to %(provider)s.") % {"provider": provider.name},
        )
    else:
        form_errors_as_messages(request, form)
    return redirect(item)


@login_required
@require_POST
def exchange(request, pk):
    require(is_secretariat(request.user))
    item = _get_request(pk)
    form = ExchangeForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        attempt(
            request,
            lambda: item.agree_exchange(
                kind=data["kind"],
                on=data["on"],
                event=data["event"],
                notes=data["notes"],
                by=request.user,
            ),
            _("Exchange recorded."),
        )
    else:
        form_errors_as_messages(request, form)
    return redirect(item)


@login_required
@require_POST
def outcome(request, pk):
    require(is_secretariat(request.user))
    item = _get_request(pk)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        attempt(
            request,
            lambda: item.record_outcome(by=request.user, **form.cleaned_data),
            _("Outcome recorded."),
        )
    else:
        form_errors_as_messages(request, form)
    return redirect(item)


@require_GET
def export(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    name = f"learning-requests-{datetime.date.today():%Y-%m-%d}"
    return table_response(
        LEARNING_HEADERS(), learning_rows(LearningRequest.objects.all()), name, fmt
    )


urlpatterns = [
    path("learning/", requests, name="learning_requests"),
    path("learning/new/", open_request, name="open_request"),
    path("learning/<int:pk>/", learning_request, name="learning_request"),
    path("learning/<int:pk>/introduce/", introduce, name="introduce"),
    path("learning/<int:pk>/exchange/", exchange, name="exchange"),
    path("learning/<int:pk>/outcome/", outcome, name="outcome"),
    path("export/learning-requests.<str:fmt>", export, name="export_requests"),
]
