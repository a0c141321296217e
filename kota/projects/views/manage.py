"""The secretariat's actions on a project: attach a grant, record money, write and review
quarterly updates, and download a grant's donor report pack."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kota.core.access import staff_required
from kota.lib.web import attempt, private_download
from kota.partners.models import Grant
from kota.projects.forms import AttachGrantForm, ReportForm, TransactionForm, UpdateForm
from kota.projects.models import Project, ProjectGrant, Update
from kota.projects.reports import donor_report, report_pdf, report_xlsx
from kota.projects.views.pages import _project_page_queryset, project_context


def _show_again(request, project, **forms):
    """The project's page with the form that failed, its errors shown (status 400)."""
    project = get_object_or_404(_project_page_queryset(request.user), pk=project.pk)
    context = project_context(request, project, **forms)
    return render(request, "projects/project.html", context, status=400)


@require_POST
@staff_required
def attach_grant(request, slug):
    project = get_object_or_404(Project, slug=slug)
    form = AttachGrantForm(request.POST)
    if not form.is_valid():
        return _show_again(request, project, grant_form=form)
    ProjectGrant.objects.get_or_create(project=project, grant=form.cleaned_data["grant"])
    messages.success(
        request,
        _("%(grant)s now funds this project.") % {"grant": form.cleaned_data["grant"]},
    )
    return redirect(project)


@require_POST
@staff_required
def record_transaction(request, slug):
    project = get_object_or_404(Project, slug=slug)
    form = TransactionForm(request.POST, project=project)
    if not form.is_valid():
        return _show_again(request, project, transaction_form=form)
    fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
    if attempt(
        request,
        lambda: project.record_transaction(by=request.user, **fields),
        _("The transaction is recorded."),
    ):
        return redirect(f"{project.get_absolute_url()}#money")
    return _show_again(request, project, transaction_form=form)


@require_POST
@staff_required
def new_update(request, slug):
    project = get_object_or_404(Project, slug=slug)
    form = UpdateForm(request.POST, request.FILES, project=project, author=request.user)
    if not form.is_valid():
        return _show_again(request, project, update_form=form)
    update = form.save(commit=False)
    update._history_user = request.user
    update.save()
    messages.success(request, _("The update is saved as a draft; submit it for approval."))
    return redirect(f"{project.get_absolute_url()}#updates")


@require_POST
@staff_required
def update_step(request, pk, step):
    update = get_object_or_404(Update.objects.select_related("project"), pk=pk)
    steps = {
        "submit": (lambda: update.submit(request.user), _("The update is submitted.")),
        "approve": (lambda: update.approve(request.user), _("The update is approved.")),
        "return": (
            lambda: update.return_(request.user, request.POST.get("reason", "")),
            _("The update is returned to its author."),
        ),
    }
    if step not in steps:
        return HttpResponse(status=404)
    run, done = steps[step]
    attempt(request, run, done)
    return redirect(f"{update.project.get_absolute_url()}#updates")


@require_http_methods(["GET"])
@staff_required
def grant_report(request, pk, fmt=None):
    """A grant's donor report pack: the page asks for the period; PDF and XLSX download."""
    grant = get_object_or_404(Grant.objects.select_related("funder"), pk=pk)
    form = ReportForm(request.GET or None)
    if fmt and form.is_valid():
        report = donor_report(grant, form.cleaned_data["start"], form.cleaned_data["end"])
        name = f"report-{grant.pk}-{report.start.isoformat()}-{report.end.isoformat()}"
        if fmt == "pdf":
            response = HttpResponse(report_pdf(report), content_type="application/pdf")
        else:
            response = HttpResponse(
                report_xlsx(report),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
        return private_download(response)
    report = None
    if form.is_valid():
        report = donor_report(grant, form.cleaned_data["start"], form.cleaned_data["end"])
    return render(
        request,
        "projects/grant_report.html",
        {"grant": grant, "form": form, "report": report, "query": request.GET.urlencode()},
    )


urlpatterns = [
    path("<slug:slug>/grants/", attach_grant, name="attach_grant"),
    path("<slug:slug>/transactions/", record_transaction, name="record_transaction"),
    path("<slug:slug>/updates/", new_update, name="new_update"),
    path("updates/<int:pk>/<str:step>/", update_step, name="update_step"),
    path("grants/<int:pk>/report/", grant_report, name="grant_report"),
    path("grants/<int:pk>/report.<str:fmt>", grant_report, name="grant_report_file"),
]
