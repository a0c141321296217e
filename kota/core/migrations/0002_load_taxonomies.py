"""Loads countries (pycountry, with UN M49 sub-regions), the 17 SDGs, the five core areas and
the languages members write in. Idempotent: rerunning updates rows in place."""

import pycountry
from babel import Locale, UnknownLocaleError
from django.db import migrations

from kota.core.regions import M49_SUBREGION, UN_NAMES, is_asia_pacific
from kota.core.taxonomy_data import CORE_AREAS, LANGUAGES, SDGS


def load(apps, schema_editor):
    Country = apps.get_model("core", "Country")
    for country in pycountry.countries:
        Country.objects.update_or_create(
            code=country.alpha_2,
            defaults={
                "alpha3": country.alpha_3,
                "numeric": country.numeric,
                "name": UN_NAMES.get(country.alpha_2)
                or getattr(country, "common_name", None)
                or country.name,
                "iso_name": country.name,
                "subregion": M49_SUBREGION.get(country.alpha_2, ""),
                "is_asia_pacific": is_asia_pacific(country.alpha_2),
            },
        )
    SDG = apps.get_model("core", "SDG")
    for number, title in SDGS:
        SDG.objects.update_or_create(number=number, defaults={"title": title})
    CoreArea = apps.get_model("core", "CoreArea")
    for position, (slug, name) in enumerate(CORE_AREAS, start=1):
        CoreArea.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})
    Language = apps.get_model("core", "Language")
    for code in LANGUAGES:
        try:
            locale = Locale.parse(code.replace("-", "_"))
            name, native = locale.get_display_name("en"), locale.get_display_name(locale)
        except (UnknownLocaleError, ValueError):
            language = pycountry.languages.lookup(code)  # codes babel has no data for
            name = language.name
            native = name
        Language.objects.update_or_create(
            code=code, defaults={"name": name, "native_name": native or name}
        )


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
