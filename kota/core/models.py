from functools import cache

from babel import Locale, UnknownLocaleError
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from kota.core.access import Roles
from kota.core.importjobs import ImportJob  # noqa: F401 - a model of this app
from kota.core.regions import SubRegion
from kota.core.versions import AreaVersion, ContentVersion  # noqa: F401 - models of this app
from kota.lib.i18n import translated, translations_field


class User(Roles, AbstractUser):
    """A person who signs in. What they may do follows from what they are: secretariat staff
    (is_staff), a member's focal point (FocalPoint.user), or a board member (a current seat in
    the Executive Bureau or the Council); kota.core.access answers each question."""

    class Meta:
        db_table = "core_user"


# Babel's (CLDR's) names of Kota's languages, where they differ.
CLDR_LOCALES = {"zh-hans": "zh_Hans", "zh-hant": "zh_Hant"}


@cache
def _territory_names(language):
    """{ISO 3166 code: name} in `language`, from CLDR (through babel); empty if unknown."""
    try:
        return Locale.parse(CLDR_LOCALES.get(language, language).replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return {}


class IncomeGroup(models.TextChoices):
    LOW = "L", _("Low income")
    LOWER_MIDDLE = "LM", _("Lower-middle income")
    UPPER_MIDDLE = "UM", _("Upper-middle income")
    HIGH = "H", _("High income")


class CountryQuerySet(models.QuerySet):
    def asia_pacific(self):
        """Countries of the Asia-Pacific section (M49 Asia less Western Asia, and Oceania)."""
        return self.filter(is_asia_pacific=True)


class Country(models.Model):
    code = models.CharField(_("ISO 3166 alpha-2"), max_length=2, primary_key=True)
    alpha3 = models.CharField(max_length=3, unique=True)
    numeric = models.CharField(max_length=3)
    name = models.CharField(_("name"), max_length=100)
    iso_name = models.CharField(_("ISO 3166 name"), max_length=100)
    subregion = models.CharField(
        _("sub-region"), max_length=3, choices=SubRegion.choices, blank=True
    )
    is_asia_pacific = models.BooleanField(default=False, db_index=True)
    income_group = models.CharField(
        _("income group"),
        max_length=2,
        choices=IncomeGroup.choices,
        blank=True,
        help_text=_("World Bank classification; it places members in a dues tier."),
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The country's name in the reader's (active) language, as CLDR writes it (越南,
        Korea Selatan); in English, the name Kota keeps (the UN's short name)."""
        language = translation.get_language() or "en"
        if language.startswith("en"):
            return self.name
        return _territory_names(language).get(self.code) or self.name


class SDG(models.Model):
    number = models.PositiveSmallIntegerField(primary_key=True)
    title = models.CharField(_("title"), max_length=100)
    title_translations = translations_field()  # the UN's official short titles

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")

    def __str__(self):
        return _("SDG %(number)s: %(title)s") % {"number": self.number, "title": self.label}

    @property
    def label(self):
        """The goal's short title in the reader's language."""
        return translated(self.title, self.title_translations)


class CoreArea(models.Model):
    slug = models.SlugField(primary_key=True, max_length=50)
    name = models.CharField(_("name"), max_length=100)
    name_translations = translations_field()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("core area")

    def __str__(self):
        return self.label

    @property
    def label(self):
        """The area's name in the reader's language."""
        return translated(self.name, self.name_translations)


class Language(models.Model):
    code = models.CharField(max_length=10, primary_key=True)
    name = models.CharField(_("name"), max_length=60)
    native_name = models.CharField(_("native name"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")

    def __str__(self):
        return self.name
