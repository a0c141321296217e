"""Resource mobilisation, for the secretariat: the pipeline of opportunities by stage, an
opportunity and winning it as a grant, a grant with its tranches, conditions and reports, and
the income forecast by year."""

import datetime
from decimal import Decimal

from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.core.access import staff_required
from kota.lib.web import attempt, form_errors_as_messages
from kota.partners.forecast import income_forecast
from kota.partners.forms import OpportunityForm, ReceiveForm, ReportForm, WinForm
from kota.partners.models import Grant, Opportunity, ReportingObligation, Tranche


def _totals(opportunities):
    """{currency: (amount, weighted)} of `opportunities`, currencies in alphabetical order."""
    totals = {}
    for opportunity in opportunities:
        amount, weighted = totals.get(opportunity.currency, (Decimal(0), Decimal(0)))
        totals[opportunity.currency] = (
            amount + opportunity.amount,
            weighted + opportunity.weighted_amount,
        )
    return dict(sorted(totals.items()))


@require_GET
@staff_required
def pipeline(request):
    """Open opportunities by stage, and those decided in the past year."""
    year_ago = timezone.localdate() - datetime.timedelta(days=365)
    opportunities = list(
        Opportunity.objects.exclude(
            stage__in=[Opportunity.Stage.WON, Opportunity.Stage.LOST], updated_at__date__lt=year_ago
        ).for_pipeline()
    )
    stages = []
    for stage, label in Opportunity.Stage.choices:
        cards = [o for o in opportunities if o.stage == stage]
        stages.append({"stage": stage, "label": label, "cards": cards, "totals": _totals(cards)})
    open_cards = [o for o in opportunities if o.is_open]
    context = {"stages": stages, "open_totals": _totals(open_cards)}
    return render(request, "partners/pipeline.html", context)


@require_http_methods(["GET", "POST"])
@staff_required
def new_opportunity(request):
    initial = {}
    if request.GET.get("funder", "").isdigit():
        initial["funder"] = request.GET["funder"]
    form = OpportunityForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        opportunity = form.save(commit=False)
        opportunity.owner = request.user
        opportunity.save()
        messages.success(request, _("The opportunity is recorded."))
        return redirect(opportunity)
    return render(request, "partners/opportunity_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
@staff_required
def opportunity_page(request, pk):
    opportunity = get_object_or_404(Opportunity.objects.select_related("funder", "owner"), pk=pk)
    form = OpportunityForm(request.POST or None, instance=opportunity)
    if opportunity.is_open and request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The opportunity is saved."))
        return redirect(opportunity)
    win_form = WinForm(
        prefix="win",
        initial={
            "title": opportunity.title,
            "amount": opportunity.amount,
            "starts_on": opportunity.decision_on,
        },
    )
    context = {
        "opportunity": opportunity,
        "form": form,
        "win_form": win_form,
        "grant": getattr(opportunity, "grant", None) if not opportunity.is_open else None,
    }
    return render(request, "partners/opportunity.html", context)


@require_POST
@staff_required
def win(request, pk):
    opportunity = get_object_or_404(Opportunity, pk=pk)
    form = WinForm(request.POST, prefix="win")
    if not form.is_valid():
        form_errors_as_messages(request, form)
        return redirect(opportunity)
    won = {}

    def step():
        won["grant"] = opportunity.win(**form.cleaned_data)

    if attempt(request, step, _("Won. The grant is recorded: add its tranches and reports.")):
        return redirect(won["grant"])
    return redirect(opportunity)


@require_POST
@staff_required
def lose(request, pk):
    opportunity = get_object_or_404(Opportunity, pk=pk)
    attempt(request, opportunity.lose, _("The opportunity is recorded as lost."))
    return redirect(opportunity)


@require_GET
@staff_required
def grant_list(request):
    grants = Grant.objects.for_list().prefetch_related("tranches")
    return render(request, "partners/grants.html", {"grants": grants})


@require_GET
@staff_required
def grant_page(request, pk):
    grant = get_object_or_404(
        Grant.objects.select_related("funder", "opportunity", "agreement").prefetch_related(
            Prefetch("tranches", Tranche.objects.order_by("expected_on", "pk")),
            "conditions",
            Prefetch("reporting_obligations", ReportingObligation.objects.order_by("due_on", "pk")),
        ),
        pk=pk,
    )
    tranches = list(grant.tranches.all())
    context = {
        "grant": grant,
        "tranches": tranches,
        "expected": sum((t.expected_amount for t in tranches), Decimal(0)),
        "received": sum((t.received_amount or 0 for t in tranches), Decimal(0)),
        "receive_form": ReceiveForm(initial={"received_on": timezone.localdate()}),
        "report_form": ReportForm(),
        "today": timezone.localdate(),
    }
    return render(request, "partners/grant.html", context)


@require_POST
@staff_required
def receive(request, pk):
    tranche = get_object_or_404(Tranche.objects.select_related("grant"), pk=pk)
    form = ReceiveForm(request.POST)
    if form.is_valid():
        attempt(
            request,
            lambda: tranche.receive(form.cleaned_data["amount"], form.cleaned_data["received_on"]),
            _("The tranche is recorded as received."),
        )
    else:
        form_errors_as_messages(request, form)
    return redirect(f"{tranche.grant.get_absolute_url()}#tranches")


@require_POST
@staff_required
def submit_report(request, pk):
    obligation = get_object_or_404(ReportingObligation.objects.select_related("grant"), pk=pk)
    form = ReportForm(request.POST, request.FILES)
    if form.is_valid():
        obligation.submit(form.cleaned_data["report"], by=request.user)
        messages.success(request, _("The report is attached and marked submitted."))
    else:
        form_errors_as_messages(request, form)
    return redirect(f"{obligation.grant.get_absolute_url()}#reports")


@require_GET
@staff_required
def forecast(request):
    return render(request, "partners/forecast.html", {"rows": income_forecast()})


urlpatterns = [
    path("pipeline/", pipeline, name="pipeline"),
    path("forecast/", forecast, name="forecast"),
    path("opportunities/new/", new_opportunity, name="new_opportunity"),
    path("opportunities/<int:pk>/", opportunity_page, name="opportunity"),
    path("opportunities/<int:pk>/win/", win, name="win"),
    path("opportunities/<int:pk>/lose/", lose, name="lose"),
    path("grants/", grant_list, name="grants"),
    path("grants/<int:pk>/", grant_page, name="grant"),
    path("tranches/<int:pk>/receive/", receive, name="receive"),
    path("reports/<int:pk>/submit/", submit_report, name="submit_report"),
]
