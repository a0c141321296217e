from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "kota.cooperation"
    verbose_name = _("City-to-city cooperation")
