"""The shared taxonomies, as data the migrations load (and tests check)."""

import pycountry
from babel import Locale, UnknownLocaleError

from kota.core.regions import INCOME_GROUPS, M49_SUBREGION, UN_NAMES, is_asia_pacific

# The 17 Sustainable Development Goals, with their official short titles.
SDGS = [
    (1, "No Poverty"),
    (2, "Zero Hunger"),
    (3, "Good Health and Well-being"),
    (4, "Quality Education"),
    (5, "Gender Equality"),
    (6, "Clean Water and Sanitation"),
    (7, "Affordable and Clean Energy"),
    (8, "Decent Work and Economic Growth"),
    (9, "Industry, Innovation and Infrastructure"),
    (10, "Reduced Inequalities"),
    (11, "Sustainable Cities and Communities"),
    (12, "Responsible Consumption and Production"),
    (13, "Climate Action"),
    (14, "Life Below Water"),
    (15, "Life on Land"),
    (16, "Peace, Justice and Strong Institutions"),
    (17, "Partnerships for the Goals"),
]

# The five core areas of capacity building, from the "What We Do" page.
CORE_AREAS = [
    ("sustainable-mobility", "Sustainable Mobility"),
    ("sdgs-localisation", "SDGs Localisation"),
    ("climate-drr", "Climate Change Adaptation and Disaster Risk Reduction"),
    ("tourism-culture", "Tourism and Culture"),
    ("local-economic-development", "Local Economic Development"),
]

# Languages members write in (ISO 639-1 codes, or BCP 47 where a script matters).
LANGUAGES = [
    "en",
    "id",
    "ms",
    "zh-Hans",
    "zh-Hant",
    "ko",
    "ja",
    "th",
    "vi",
    "tl",
    "km",
    "lo",
    "my",
    "hi",
    "bn",
    "ne",
    "si",
    "ta",
    "ur",
    "dv",
    "dz",
    "mn",
    "kk",
    "ky",
    "uz",
    "tg",
    "fa",
    "ps",
    "fj",
    "sm",
    "to",
    "bi",
    "tet",
    "ru",
    "fr",
]


def load_taxonomies(apps):
    """Create or update every taxonomy row; `apps` is a migration's app registry or
    django.apps.apps."""
    Country = apps.get_model("core", "Country")
    # The migration that adds income groups loads them itself; later callers load them here.
    has_income_group = any(f.name == "income_group" for f in Country._meta.fields)
    for country in pycountry.countries:
        extra = {"income_group": INCOME_GROUPS.get(country.alpha_2, "")} if has_income_group else {}
        Country.objects.update_or_create(
            code=country.alpha_2,
            defaults={
                **extra,
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
