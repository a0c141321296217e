"""The shared taxonomies, as data the migrations load (and tests check)."""

import pycountry
from babel import Locale, UnknownLocaleError

from kota.core.regions import INCOME_GROUPS, M49_SUBREGION, UN_NAMES, is_asia_pacific

# The 17 Sustainable Development Goals, with their official short titles in English, and in
# Bahasa Indonesia and Chinese as the UN and Indonesia's SDG secretariat (Bappenas) publish them.
SDGS = [
    (1, "No Poverty", "Tanpa Kemiskinan", "无贫穷"),
    (2, "Zero Hunger", "Tanpa Kelaparan", "零饥饿"),
    (3, "Good Health and Well-being", "Kehidupan Sehat dan Sejahtera", "良好健康与福祉"),
    (4, "Quality Education", "Pendidikan Berkualitas", "优质教育"),
    (5, "Gender Equality", "Kesetaraan Gender", "性别平等"),
    (6, "Clean Water and Sanitation", "Air Bersih dan Sanitasi Layak", "清洁饮水和卫生设施"),
    (7, "Affordable and Clean Energy", "Energi Bersih dan Terjangkau", "经济适用的清洁能源"),
    (
        8,
        "Decent Work and Economic Growth",
        "Pekerjaan Layak dan Pertumbuhan Ekonomi",
        "体面工作和经济增长",
    ),
    (
        9,
        "Industry, Innovation and Infrastructure",
        "Industri, Inovasi dan Infrastruktur",
        "产业、创新和基础设施",
    ),
    (10, "Reduced Inequalities", "Berkurangnya Kesenjangan", "减少不平等"),
    (
        11,
        "Sustainable Cities and Communities",
        "Kota dan Permukiman yang Berkelanjutan",
        "可持续城市和社区",
    ),
    (
        12,
        "Responsible Consumption and Production",
        "Konsumsi dan Produksi yang Bertanggung Jawab",
        "负责任消费和生产",
    ),
    (13, "Climate Action", "Penanganan Perubahan Iklim", "气候行动"),
    (14, "Life Below Water", "Ekosistem Lautan", "水下生物"),
    (15, "Life on Land", "Ekosistem Daratan", "陆地生物"),
    (
        16,
        "Peace, Justice and Strong Institutions",
        "Perdamaian, Keadilan dan Kelembagaan yang Tangguh",
        "和平、正义与强大机构",
    ),
    (17, "Partnerships for the Goals", "Kemitraan untuk Mencapai Tujuan", "促进目标实现的伙伴关系"),
]

# The five core areas of capacity building, from the "What We Do" page, with their names in
# Bahasa Indonesia and Chinese.
CORE_AREAS = [
    ("sustainable-mobility", "Sustainable Mobility", "Mobilitas Berkelanjutan", "可持续交通"),
    ("sdgs-localisation", "SDGs Localisation", "Pelokalan SDGs", "可持续发展目标本地化"),
    (
        "climate-drr",
        "Climate Change Adaptation and Disaster Risk Reduction",
        "Adaptasi Perubahan Iklim dan Pengurangan Risiko Bencana",
        "气候变化适应与减少灾害风险",
    ),
    ("tourism-culture", "Tourism and Culture", "Pariwisata dan Budaya", "旅游与文化"),
    (
        "local-economic-development",
        "Local Economic Development",
        "Pembangunan Ekonomi Lokal",
        "地方经济发展",
    ),
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
    load_sdgs_and_core_areas(apps)
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


def load_sdgs_and_core_areas(apps):
    """The SDGs and core areas, with their translations once the models hold them (the
    migration that adds them calls this again)."""
    SDG = apps.get_model("core", "SDG")
    translatable = any(f.name == "title_translations" for f in SDG._meta.fields)
    for number, title, indonesian, chinese in SDGS:
        extra = {"title_translations": {"id": indonesian, "zh-hans": chinese}}
        SDG.objects.update_or_create(
            number=number, defaults={"title": title, **(extra if translatable else {})}
        )
    CoreArea = apps.get_model("core", "CoreArea")
    for position, (slug, name, indonesian, chinese) in enumerate(CORE_AREAS, start=1):
        extra = {"name_translations": {"id": indonesian, "zh-hans": chinese}}
        CoreArea.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "position": position, **(extra if translatable else {})},
        )
