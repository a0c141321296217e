from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "kota.core"
    verbose_name = _("Shared taxonomies")

    def ready(self):
        from kota.core import versions

        versions.connect()
