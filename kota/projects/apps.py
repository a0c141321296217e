from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "kota.projects"
    verbose_name = _("Programmes and projects")
