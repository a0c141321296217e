from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    name = "kota.results"
    verbose_name = _("Results")

    def ready(self):
        # Every app may provide a `measures.py` that registers named measures for computed
        # indicators (see kota/lib/measures.py); import them all once at start-up.
        autodiscover_modules("measures")
