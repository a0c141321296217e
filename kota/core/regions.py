"""UN M49 sub-regions of the countries in Asia and Oceania.

Written out here because no maintained, light Python package carries the M49 grouping
(pycountry has ISO 3166 only; country_converter pulls in pandas). Source: UN Statistics
Division, "Standard country or area codes for statistical use (M49)".
Western Asia is listed for completeness but lies outside the Asia-Pacific section.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubRegion(models.TextChoices):
    CENTRAL_ASIA = "143", _("Central Asia")
    EASTERN_ASIA = "030", _("Eastern Asia")
    SOUTH_EASTERN_ASIA = "035", _("South-eastern Asia")
    SOUTHERN_ASIA = "034", _("Southern Asia")
    WESTERN_ASIA = "145", _("Western Asia")
    AUSTRALIA_NEW_ZEALAND = "053", _("Australia and New Zealand")
    MELANESIA = "054", _("Melanesia")
    MICRONESIA = "057", _("Micronesia")
    POLYNESIA = "061", _("Polynesia")


M49_SUBREGION = {
    **dict.fromkeys(["KZ", "KG", "TJ", "TM", "UZ"], SubRegion.CENTRAL_ASIA),
    **dict.fromkeys(["CN", "HK", "MO", "KP", "JP", "MN", "KR", "TW"], SubRegion.EASTERN_ASIA),
    **dict.fromkeys(
        ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
        SubRegion.SOUTH_EASTERN_ASIA,
    ),
    **dict.fromkeys(
        ["AF", "BD", "BT", "IN", "IR", "MV", "NP", "PK", "LK"], SubRegion.SOUTHERN_ASIA
    ),
    **dict.fromkeys(
        [
            "AM",
            "AZ",
            "BH",
            "CY",
            "GE",
            "IQ",
            "IL",
            "JO",
            "KW",
            "LB",
            "OM",
            "QA",
            "SA",
            "PS",
            "SY",
            "TR",
            "AE",
            "YE",
        ],
        SubRegion.WESTERN_ASIA,
    ),
    **dict.fromkeys(["AU", "NZ", "CX", "CC", "HM", "NF"], SubRegion.AUSTRALIA_NEW_ZEALAND),
    **dict.fromkeys(["FJ", "NC", "PG", "SB", "VU"], SubRegion.MELANESIA),
    **dict.fromkeys(["GU", "KI", "MH", "FM", "NR", "MP", "PW", "UM"], SubRegion.MICRONESIA),
    **dict.fromkeys(
        ["AS", "CK", "PF", "NU", "PN", "WS", "TK", "TO", "TV", "WF"], SubRegion.POLYNESIA
    ),
}


def is_asia_pacific(alpha2):
    region = M49_SUBREGION.get(alpha2)
    return region is not None and region != SubRegion.WESTERN_ASIA


# Names the network uses where pycountry's common name differs from United Nations usage.
UN_NAMES = {
    "KR": "Republic of Korea",
    "KP": "Democratic People's Republic of Korea",
    "VN": "Viet Nam",
    "LA": "Lao PDR",
    "FM": "Micronesia (Federated States of)",
}

# World Bank income groups of the Asia-Pacific countries, as classified in July 2024 (the
# fiscal year 2025 list). The World Bank revises them every July; staff update them in the admin.
INCOME_GROUPS = {
    **dict.fromkeys(["AF", "KP"], "L"),
    **dict.fromkeys(
        [
            "BD",
            "BT",
            "KH",
            "IN",
            "KI",
            "KG",
            "LA",
            "MM",
            "NP",
            "PK",
            "PG",
            "PH",
            "WS",
            "SB",
            "LK",
            "TJ",
            "TL",
            "UZ",
            "VU",
            "VN",
            "FM",
        ],
        "LM",
    ),
    **dict.fromkeys(
        ["CN", "ID", "MY", "TH", "FJ", "KZ", "MV", "MH", "TO", "TV", "IR", "MN", "TM", "PW"],
        "UM",
    ),
    **dict.fromkeys(["AU", "NZ", "JP", "KR", "SG", "BN", "HK", "MO", "NR"], "H"),
}
