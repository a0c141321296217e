"""What a partner's page shows about projects: the projects it takes part in, in their
roles (the public ones for visitors)."""

from kota.partners.sections import partner_section
from kota.projects.models import Project, ProjectPartner


@partner_section(order=10, template="projects/_partner_projects.html")
def projects(request, partner):
    links = list(
        ProjectPartner.objects.filter(
            partner=partner, project__in=Project.objects.visible_to(request.user)
        )
        .select_related("project__programme")
        .order_by("project__code", "role")
    )
    return {"links": links} if links else None
