"""Programmes and their projects: what a project is, whom it serves, where, with whom."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import is_secretariat
from kota.lib.i18n import translated
from kota.lib.text import unique_slug
from kota.lib.workflow import NotAllowed
from kota.projects.codelists import ActivityStatus, MemberRole, sector_choices

# Paths under /projects/ that a project's slug must not take.
RESERVED_SLUGS = {"map", "iati", "updates", "grants"}
SDG_TARGET = re.compile(r"^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])$")


class Translated(models.Model):
    """A title and a description in the site's language, with their other languages."""

    title = models.CharField(_("title"), max_length=250, blank=True)
    title_translations = models.JSONField(_("title in other languages"), default=dict, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_translations = models.JSONField(
        _("description in other languages"), default=dict, blank=True
    )

    class Meta:
        abstract = True

    @property
    def display_title(self):
        return translated(self.title, self.title_translations)

    @property
    def display_description(self):
        return translated(self.description, self.description_translations)

    def titles(self):
        """{language: title} in every language given, the site's language first."""
        return _in_languages(self.title, self.title_translations)

    def descriptions(self):
        return _in_languages(self.description, self.description_translations)


def _in_languages(text, translations):
    texts = {settings.LANGUAGE_CODE: text.strip()} if text.strip() else {}
    for language, other in (translations or {}).items():
        if isinstance(other, str) and other.strip():
            texts.setdefault(language, other.strip())
    return texts


class Programme(Translated):
    """A programme of the network (LOCALISE SDGs, a fund): it holds projects."""

    code = models.CharField(_("code"), max_length=30, unique=True)
    slug = models.SlugField(max_length=120, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("programme")

    def __str__(self):
        return self.display_title or self.code

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                self.code, Programme.objects.exclude(pk=self.pk), default="programme"
            )
        super().save(*args, **kwargs)


class ProjectQuerySet(models.QuerySet):
    def public(self):
        """Projects marked public: the public pages, the API and the IATI files."""
        return self.filter(is_public=True)

    def visible_to(self, user):
        """Every project for the secretariat; public ones for anyone else."""
        return self if is_secretariat(user) else self.public()

    def matching(self, *, programme=None, status=None, country=None, q=None):
        """The project list's filters."""
        projects = self
        if programme:
            projects = projects.filter(programme__slug=programme)
        if status:
            projects = projects.filter(status=status)
        if country:
            projects = projects.filter(countries=country)
        if q:
            projects = projects.filter(Q(title__icontains=q) | Q(code__icontains=q))
        return projects.distinct() if country else projects

    def for_listing(self):
        """With what a row of the project list shows, in a fixed number of queries."""
        return self.select_related("programme").prefetch_related("countries")

    def for_map(self):
        """With the member governments that place each project on the map."""
        return self.select_related("programme").prefetch_related(
            Prefetch(
                "member_roles",
                queryset=ProjectMember.objects.select_related("member").order_by("pk"),
            )
        )


class Project(Translated):
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        related_name="projects",
        verbose_name=_("programme"),
    )
    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("Also the end of the project's IATI identifier."),
    )
    slug = models.SlugField(max_length=120, unique=True)
    status = models.PositiveSmallIntegerField(
        _("status"), choices=ActivityStatus.choices, default=ActivityStatus.PIPELINE
    )
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Public projects are listed on the site, in the API and in the IATI files."),
    )
    planned_start = models.DateField(_("planned start"))
    planned_end = models.DateField(_("planned end"))
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    activities = models.ManyToManyField(
        "results.Activity",
        blank=True,
        related_name="projects",
        verbose_name=_("Manifesto activities served"),
    )
    countries = models.ManyToManyField(
        "core.Country", blank=True, related_name="projects", verbose_name=_("countries")
    )
    sdg_targets = models.JSONField(
        _("SDG targets"),
        default=list,
        blank=True,
        help_text=_('For example ["11.3", "13.1"].'),
    )
    default_currency = models.CharField(_("default currency"), max_length=3, default="USD")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("project")
        constraints = [
            models.CheckConstraint(
                condition=Q(planned_end__gte=models.F("planned_start")),
                name="projects_project_planned_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.display_title}".strip()

    def save(self, *args, **kwargs):
        if not self.slug:
            code = f"project-{self.code}" if self.code.lower() in RESERVED_SLUGS else self.code
            self.slug = unique_slug(code, Project.objects.exclude(pk=self.pk), default="project")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("projects:project", args=[self.slug])

    def clean(self):
        errors = {}
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            errors["planned_end"] = _("A project cannot end before it starts.")
        if self.actual_start and self.actual_end and self.actual_end < self.actual_start:
            errors["actual_end"] = _("A project cannot end before it starts.")
        bad = [t for t in self.sdg_targets or [] if not SDG_TARGET.match(str(t))]
        if bad or not isinstance(self.sdg_targets, list):
            errors["sdg_targets"] = _("SDG targets are written like 11.3 or 6.a.")
        if errors:
            raise ValidationError(errors)

    def can_be_managed_by(self, user):
        return is_secretariat(user)

    def record_transaction(self, *, by, **fields):
        """Record money that came in or went out (staff only), checked by full_clean()."""
        if not is_secretariat(by):
            raise NotAllowed(_("Only secretariat staff record a project's money."))
        transaction = self.transactions.model(project=self, recorded_by=by, **fields)
        transaction.full_clean()
        transaction._history_user = by
        transaction.save()
        return transaction


class ProjectMember(models.Model):
    """A member government in a project, with its role."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="member_roles")
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        related_name="project_roles",
        verbose_name=_("member"),
    )
    role = models.CharField(_("role"), max_length=12, choices=MemberRole.choices)

    class Meta:
        ordering = ["project", "role", "pk"]
        verbose_name = _("member in a project")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "member", "role"], name="projects_member_role_once"
            )
        ]

    def __str__(self):
        return f"{self.member} ({self.get_role_display()})"


class ProjectSector(models.Model):
    """A DAC 5-digit sector of a project, with the share of the project it takes."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="sectors")
    code = models.CharField(_("DAC sector"), max_length=5, choices=sector_choices)
    percentage = models.DecimalField(
        _("percentage"), max_digits=5, decimal_places=2, null=True, blank=True
    )

    class Meta:
        ordering = ["project", "code"]
        verbose_name = _("sector")
        constraints = [
            models.UniqueConstraint(fields=["project", "code"], name="projects_sector_once")
        ]

    def __str__(self):
        return self.get_code_display()


class WorkPlanItemProject(models.Model):
    """A work-plan item that carries out (part of) a project: the money can be followed
    from the budget line to the project, and from its indicators to the plan's KPIs."""

    item = models.OneToOneField(
        "workplans.WorkPlanItem",
        on_delete=models.CASCADE,
        related_name="project_link",
        verbose_name=_("work plan item"),
    )
    project = models.ForeignKey(
        Project,
        on_delete=models.CASCADE,
        related_name="work_plan_items",
        verbose_name=_("project"),
    )

    class Meta:
        verbose_name = _("work plan item of a project")

    def __str__(self):
        return f"{self.item.code} → {self.project.code}"
