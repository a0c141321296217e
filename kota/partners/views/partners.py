"""The partner list and a partner's page: its contacts as this visitor may see them, the
agreements, grants and opportunities with it, the events co-hosted with it, the secretariat's
interactions with it, and what the apps above add (kota.partners.sections)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from kota.core.access import is_secretariat, staff_required
from kota.events.models import Event
from kota.lib.markdown import render_markdown
from kota.lib.web import form_errors_as_messages, is_htmx
from kota.partners.forms import EventPartnerForm, InteractionForm, PartnerFilterForm
from kota.partners.models import (
    Agreement,
    AgreementParty,
    EventPartner,
    Interaction,
    Partner,
)
from kota.partners.sections import render_partner_sections

PAGE_SIZE = 50


@require_GET
def partner_list(request):
    form = PartnerFilterForm(request.GET)
    partners = Partner.objects.matching(**form.filters()).for_list().order_by("name", "pk")
    page = Paginator(partners, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    if is_htmx(request):
        return render(request, "partners/_partner_rows.html", context)
    return render(request, "partners/partners.html", context)


def _agreements_with(partner, user):
    parties = AgreementParty.objects.select_related("partner", "member").order_by("pk")
    return (
        Agreement.objects.visible_to(user)
        .filter(parties__partner=partner)
        .prefetch_related(Prefetch("parties", parties))
        .order_by("-signed_on", "-pk")
    )


@require_GET
def partner_page(request, slug):
    partner = get_object_or_404(Partner.objects.select_related("country"), slug=slug)
    audience = partner.audience_of(request.user)
    staff = is_secretariat(request.user)
    contacts = [c.as_seen_by(audience) for c in partner.contacts.visible_to(audience)]
    events = (
        EventPartner.objects.filter(
            partner=partner, event__in=Event.objects.visible_to(request.user)
        )
        .select_related("event", "event__country")
        .order_by("-event__starts_at")
    )
    context = {
        "partner": partner,
        "description": render_markdown(partner.description),
        "contacts": contacts,
        "agreements": _agreements_with(partner, request.user),
        "events": events,
        "staff": staff,
        "today": timezone.localdate(),
        "sections": render_partner_sections(request, partner),
    }
    if staff:
        context |= {
            "grants": partner.grants.annotate(received=Sum("tranches__received_amount")).order_by(
                "-starts_on", "-pk"
            ),
            "opportunities": partner.opportunities.order_by("stage", "decision_on", "pk"),
            "interactions": partner.interactions.select_related("recorded_by"),
            "interaction_form": InteractionForm(initial={"happened_on": timezone.localdate()}),
            "event_form": EventPartnerForm(partner=partner),
        }
    return render(request, "partners/partner.html", context)


@require_POST
@staff_required
def add_interaction(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    form = InteractionForm(request.POST)
    if form.is_valid():
        interaction = form.save(commit=False)
        interaction.partner = partner
        interaction.recorded_by = request.user
        interaction.save()
        messages.success(request, _("The interaction is recorded."))
    else:
        form_errors_as_messages(request, form)
    return redirect(f"{partner.get_absolute_url()}#interactions")


@require_POST
@staff_required
def next_steps_done(request, pk):
    interaction = get_object_or_404(Interaction.objects.select_related("partner"), pk=pk)
    interaction.next_step_done_at = timezone.now()
    interaction.save(update_fields=["next_step_done_at"])
    messages.success(request, _("The next steps are marked done."))
    return redirect(f"{interaction.partner.get_absolute_url()}#interactions")


@require_POST
@staff_required
def link_event(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    form = EventPartnerForm(request.POST, partner=partner)
    if form.is_valid():
        form.save()
        messages.success(request, _("The event is linked to this partner."))
    else:
        form_errors_as_messages(request, form)
    return redirect(f"{partner.get_absolute_url()}#events")


@require_POST
@staff_required
def unlink_event(request, slug, pk):
    link = get_object_or_404(EventPartner, partner__slug=slug, pk=pk)
    link.delete()
    messages.success(request, _("The event is no longer linked to this partner."))
    return redirect(f"{link.partner.get_absolute_url()}#events")


@require_http_methods(["GET"])
@staff_required
def interactions_due(request):
    """Next steps due, across partners."""
    due = (
        Interaction.objects.next_steps_due().select_related("partner").order_by("next_step_due_on")
    )
    return render(request, "partners/next_steps.html", {"interactions": due})


urlpatterns = [
    path("", partner_list, name="partners"),
    path("next-steps/", interactions_due, name="next_steps"),
    path("interactions/<int:pk>/done/", next_steps_done, name="next_steps_done"),
]

# A partner's page answers any other single segment (its slug): kota/partners/urls.py lists
# these after every part's own routes, and Partner.save() never gives a partner their names.
catch_all = [
    path("<slug:slug>/", partner_page, name="partner"),
    path("<slug:slug>/interactions/", add_interaction, name="add_interaction"),
    path("<slug:slug>/events/", link_event, name="link_event"),
    path("<slug:slug>/events/<int:pk>/unlink/", unlink_event, name="unlink_event"),
]
