from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The shell at the top of Kota: home, "My Kota", pages, the page cache and backups."""

    name = "kota.site"
    label = "site"
    verbose_name = _("Site")
