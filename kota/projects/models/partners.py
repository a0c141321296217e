"""Who a project works with: partners in their IATI roles, and the grants that fund it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from kota.projects.codelists import OrganisationRole


class ProjectPartner(models.Model):
    """A partner organisation in a project, in one IATI organisation role."""

    Role = OrganisationRole

    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="partner_roles"
    )
    partner = models.ForeignKey(
        "partners.Partner",
        on_delete=models.PROTECT,
        related_name="project_roles",
        verbose_name=_("partner"),
    )
    role = models.PositiveSmallIntegerField(_("role"), choices=OrganisationRole.choices)

    class Meta:
        ordering = ["project", "role", "pk"]
        verbose_name = _("partner in a project")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "partner", "role"], name="projects_partner_role_once"
            )
        ]

    def __str__(self):
        return f"{self.partner} ({self.get_role_display()})"


class ProjectGrant(models.Model):
    """A grant that funds a project (a grant may fund several, a project have several)."""

    project = models.ForeignKey(
        "projects.Project", on_delete=models.CASCADE, related_name="grant_links"
    )
    grant = models.ForeignKey(
        "partners.Grant",
        on_delete=models.PROTECT,
        related_name="project_links",
        verbose_name=_("grant"),
    )

    class Meta:
        ordering = ["project", "pk"]
        verbose_name = _("grant of a project")
        constraints = [
            models.UniqueConstraint(fields=["project", "grant"], name="projects_grant_once")
        ]

    def __str__(self):
        return f"{self.project.code} ← {self.grant}"
