"""Who publishes the IATI files: the reporting organisation named in every activity and the
subject of the organisation file."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Publisher(models.Model):
    """The reporting organisation (one row; `current()` reads it)."""

    ref = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_(
            "As registered with the IATI (for example a registration agency's prefix and the "
            "organisation's number). Without it no project can be published."
        ),
    )
    organisation_type = models.CharField(
        _("IATI organisation type"),
        max_length=3,
        default="23",
        help_text=_("A code of the IATI OrganisationType codelist (23: regional NGO)."),
    )
    name = models.CharField(_("name"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("IATI publisher")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.name or settings.KOTA_NAME

    @classmethod
    def current(cls):
        """The stored publisher, or an unsaved one without an identifier."""
        return cls.objects.order_by("pk").first() or cls()
