"""An agreement's page, and the signed documents and submitted reports, served only to those
who may see them."""

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_GET

from kota.core.access import is_secretariat
from kota.lib.markdown import render_markdown
from kota.lib.web import private_download
from kota.partners.models import Agreement, AgreementParty, ReportingObligation


@require_GET
@login_required
def agreement_list(request):
    """The agreements this person may see (every one for the secretariat, their members' for
    a focal point), those due for renewal notice marked."""
    parties = AgreementParty.objects.select_related("partner", "member").order_by("pk")
    agreements = (
        Agreement.objects.visible_to(request.user)
        .prefetch_related(Prefetch("parties", parties))
        .order_by("valid_until", "pk")
    )
    due = set(
        Agreement.objects.visible_to(request.user)
        .due_for_renewal_notice()
        .values_list("pk", flat=True)
    )
    context = {"agreements": agreements, "due": due, "today": timezone.localdate()}
    return render(request, "partners/agreements.html", context)


@require_GET
def agreement_page(request, pk):
    """The secretariat and focal points of member parties see an agreement; to anyone else it
    does not exist (404)."""
    parties = AgreementParty.objects.select_related("partner", "member").order_by("pk")
    agreement = get_object_or_404(
        Agreement.objects.visible_to(request.user).prefetch_related(Prefetch("parties", parties)),
        pk=pk,
    )
    context = {
        "agreement": agreement,
        "scope": render_markdown(agreement.scope),
        "in_force": agreement.is_in_force(),
        "expired": agreement.has_expired(),
        "grants": agreement.grants.select_related("funder") if is_secretariat(request.user) else [],
        "today": timezone.localdate(),
    }
    return render(request, "partners/agreement.html", context)


@require_GET
def document(request, name):
    """A signed agreement (to the secretariat and focal points of its member parties) or a
    submitted report (to the secretariat): the storage URL is /partners/files/<name>. Always a
    download, never rendered in Kota's origin, never kept by a cache."""
    agreement = Agreement.objects.filter(document=name).first()
    if agreement is not None:
        allowed, file = agreement.can_be_seen_by(request.user), agreement.document
    else:
        obligation = ReportingObligation.objects.filter(report=name).first()
        if obligation is None:
            raise Http404
        allowed, file = is_secretariat(request.user), obligation.report
    if not allowed:
        raise Http404
    try:
        handle = file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return private_download(
        FileResponse(handle, as_attachment=True, filename=file.name.rsplit("/", 1)[-1])
    )


urlpatterns = [
    path("agreements/", agreement_list, name="agreements"),
    path("agreements/<int:pk>/", agreement_page, name="agreement"),
    path("files/<path:name>", document, name="document"),
]
