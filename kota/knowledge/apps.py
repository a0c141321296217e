from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kota.knowledge"
    verbose_name = _("Knowledge")

    def ready(self):
        from kota.knowledge import indexing

        indexing.connect()
