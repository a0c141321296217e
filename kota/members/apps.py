from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "kota.members"
    verbose_name = _("Members")

    def ready(self):
        # Apps above `members` add sections to a member's profile page in their own
        # `profile_sections.py` (see kota/members/sections.py); import them all at start-up.
        autodiscover_modules("profile_sections")
