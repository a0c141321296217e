from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "kota.partners"
    verbose_name = _("Partners and funders")

    def ready(self):
        # Apps above `partners` add sections to a partner's page in their own
        # `partner_sections.py` (see kota/partners/sections.py); import them all at start-up.
        autodiscover_modules("partner_sections")
