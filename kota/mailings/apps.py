from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class MailingsConfig(AppConfig):
    name = "kota.mailings"
    verbose_name = _("Mailings")

    def ready(self):
        # Apps above `mailings` say whom they can write to in their own `audiences.py`
        # (see kota/mailings/audiences.py); import them all, and the webhook receivers.
        from kota.mailings import webhooks  # noqa: F401 - connects the anymail receivers

        autodiscover_modules("audiences")
