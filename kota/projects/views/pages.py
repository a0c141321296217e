"""The public pages: the project list, a project's page and the map of projects."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.views.decorators.http import require_GET

from kota.core.access import is_secretariat, sees_everything
from kota.lib.i18n import translated
from kota.projects.codelists import AgeGroup
from kota.projects.forms import AttachGrantForm, ProjectFilterForm, TransactionForm, UpdateForm
from kota.projects.models import (
    IndicatorPeriod,
    Project,
    ProjectGrant,
    ProjectMember,
    ProjectPartner,
    Transaction,
    Update,
    WorkPlanItemProject,
)

PAGE_SIZE = 25


@require_GET
def project_list(request):
    form = ProjectFilterForm(request.GET)
    projects = Project.objects.visible_to(request.user).matching(**form.filters()).for_listing()
    page = Paginator(projects.order_by("code"), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    if request.headers.get("HX-Request"):
        return render(request, "projects/_project_rows.html", context)
    return render(request, "projects/projects.html", context)


def project_for(request, slug, queryset=None):
    """The project if `request.user` may see it; 404 otherwise."""
    projects = Project.objects.visible_to(request.user) if queryset is None else queryset
    return get_object_or_404(projects, slug=slug)


def _project_page_queryset(user):
    return (
        Project.objects.visible_to(user)
        .select_related("programme")
        .prefetch_related(
            "countries",
            "sectors",
            "activities",
            Prefetch(
                "member_roles",
                queryset=ProjectMember.objects.select_related("member").order_by("role", "pk"),
            ),
            Prefetch(
                "partner_roles",
                queryset=ProjectPartner.objects.select_related("partner").order_by("role", "pk"),
            ),
            Prefetch(
                "grant_links",
                queryset=ProjectGrant.objects.select_related("grant__funder").order_by("pk"),
            ),
            Prefetch(
                "transactions",
                queryset=Transaction.objects.select_related(
                    "grant__funder", "budget_line"
                ).order_by("-date", "-pk"),
            ),
            "results__indicators",
            Prefetch(
                "results__indicators__periods",
                queryset=IndicatorPeriod.objects.prefetch_related("cells").order_by("period_end"),
            ),
            Prefetch(
                "work_plan_items",
                queryset=WorkPlanItemProject.objects.select_related(
                    "item__work_plan", "item__activity"
                ).order_by("item__work_plan__year", "item__code"),
            ),
        )
    )


@require_GET
def project_page(request, slug):
    project = project_for(request, slug, _project_page_queryset(request.user))
    return render(request, "projects/project.html", project_context(request, project))


def project_context(request, project, **forms):
    staff = is_secretariat(request.user)
    updates = project.updates.visible_to(request.user).select_related("author")
    context = {
        "project": project,
        "budget": sorted(project.budget_lines.by_year().items()),
        "updates": updates,
        "sees_everything": sees_everything(request.user),
        "staff": staff,
        "ages": AgeGroup.choices,
    }
    if staff:
        context.update(
            {
                "grant_form": forms.get("grant_form") or AttachGrantForm(),
                "transaction_form": forms.get("transaction_form")
                or TransactionForm(project=project),
                "update_form": forms.get("update_form")
                or UpdateForm(project=project, author=request.user),
                "reviewable": set(
                    Update.objects.filter(project=project)
                    .awaiting_review_by(request.user)
                    .values_list("pk", flat=True)
                ),
            }
        )
    return context


@require_GET
def project_map(request):
    """Public projects placed at their member governments: a map with the same rows in a
    table (the page works without JavaScript)."""
    projects = Project.objects.visible_to(request.user).for_map().order_by("code")
    rows, points = [], []
    for project in projects:
        members = [link.member for link in project.member_roles.all()]
        title = translated(project.title, project.title_translations)
        rows.append({"project": project, "title": title, "members": members})
        for member in members:
            if member.latitude is not None and member.longitude is not None:
                points.append(
                    [
                        f"{project.code} · {member.name}",
                        float(member.longitude),
                        float(member.latitude),
                        project.get_absolute_url(),
                    ]
                )
    return render(request, "projects/map.html", {"rows": rows, "points": points})


urlpatterns = [
    path("", project_list, name="projects"),
    path("map/", project_map, name="map"),
]
# Last: a project's page answers one path segment no other route took.
catch_all = [path("<slug:slug>/", project_page, name="project")]
