from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkplansConfig(AppConfig):
    name = "kota.workplans"
    verbose_name = _("Work plans and budgets")
