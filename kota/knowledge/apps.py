from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "kota.knowledge"
    verbose_name = _("Knowledge")

    def ready(self):
        # Imported here, as Django asks of modules that import models: apps.py is read
        # before any model can be.
        from kota.knowledge import indexing

        indexing.connect(self.get_model("KnowledgeItem"))
