import pytest
from django.utils import translation

from kota.core.models import SDG, CoreArea, Country, Language
from kota.core.regions import SubRegion

pytestmark = pytest.mark.django_db


def test_every_iso_country_is_loaded_with_asia_pacific_subregions():
    assert Country.objects.count() == 249
    assert Country.objects.get(code="ID").subregion == SubRegion.SOUTH_EASTERN_ASIA
    assert Country.objects.get(code="MN").subregion == SubRegion.EASTERN_ASIA
    assert Country.objects.get(code="FJ").subregion == SubRegion.MELANESIA
    assert Country.objects.get(code="KZ").subregion == SubRegion.CENTRAL_ASIA
    asia_pacific = set(Country.objects.asia_pacific().values_list("code", flat=True))
    assert {"ID", "CN", "IN", "AU", "WS", "KZ", "IR"} <= asia_pacific
    assert not {"TR", "SA", "FR", "BR"} & asia_pacific


def test_countries_use_un_names_and_translate():
    korea = Country.objects.get(code="KR")
    assert korea.name == "Republic of Korea"
    assert Country.objects.get(code="VN").name == "Viet Nam"
    with translation.override("zh-hans"):
        assert Country.objects.get(code="ID").display_name == "印度尼西亚"
    with translation.override("id"):
        assert Country.objects.get(code="JP").display_name == "Jepang"


def test_the_17_sdgs_and_the_five_core_areas_are_loaded():
    assert list(SDG.objects.values_list("number", flat=True)) == list(range(1, 18))
    assert SDG.objects.get(number=11).title == "Sustainable Cities and Communities"
    assert list(CoreArea.objects.values_list("name", flat=True)) == [
        "Sustainable Mobility",
        "SDGs Localisation",
        "Climate Change Adaptation and Disaster Risk Reduction",
        "Tourism and Culture",
        "Local Economic Development",
    ]


def test_languages_carry_their_native_names():
    assert Language.objects.get(code="th").native_name == "ไทย"
    assert Language.objects.get(code="ko").native_name == "한국어"
    assert Language.objects.count() >= 30
