"""The demo network's members: real Asia-Pacific places (data/places.csv) with invented focal
points. Deterministic for a given random generator."""

import csv
import datetime
from decimal import Decimal
from pathlib import Path

from django.utils.text import slugify

from kota.core.models import Country
from kota.lib.text import fold
from kota.members.models import FocalPoint, Member, Sex, Visibility

PLACES_FILE = Path(__file__).parent / "data" / "places.csv"

# (family names, female given names, male given names, family name first?)
NAMES = {
    "ID": (
        ["Santoso", "Wibowo", "Lestari", "Hidayat", "Nugroho", "Pratama", "Kusuma", "Saputra"],
        ["Siti", "Dewi", "Rina", "Putri", "Ayu", "Sri", "Wulan", "Indah"],
        ["Budi", "Agus", "Andi", "Wahyu", "Hendra", "Bambang", "Eko", "Joko"],
        False,
    ),
    "CN": (
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"],
        ["Na", "Fang", "Jing", "Xia", "Min", "Yan", "Hui", "Ling"],
        ["Wei", "Qiang", "Lei", "Jun", "Yong", "Tao", "Jian", "Bo"],
        True,
    ),
    "KR": (
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang"],
        ["Ji-yeon", "Soo-jin", "Min-ji", "Eun-ha", "Hye-won", "Seo-yeon"],
        ["Min-ho", "Jae-won", "Sung-min", "Dong-hyun", "Joon-young", "Tae-hoon"],
        True,
    ),
    "JP": (
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
        ["Yuki", "Haruka", "Aiko", "Naomi", "Keiko", "Emi"],
        ["Hiroshi", "Takeshi", "Kenji", "Daisuke", "Satoshi", "Makoto"],
        True,
    ),
    "PH": (
        ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos"],
        ["Maria", "Ana", "Cristina", "Liza", "Josephine", "Grace"],
        ["Jose", "Juan", "Ramon", "Antonio", "Eduardo", "Rodrigo"],
        False,
    ),
    "IN": (
        ["Sharma", "Patel", "Singh", "Kumar", "Iyer", "Reddy", "Nair", "Gupta"],
        ["Priya", "Anjali", "Sunita", "Kavita", "Meera", "Lakshmi"],
        ["Rahul", "Amit", "Sanjay", "Vijay", "Arun", "Ravi"],
        False,
    ),
    "TH": (
        ["Saetang", "Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Thongchai"],
        ["Malee", "Siriporn", "Kanya", "Nattaya", "Ratana", "Pimchanok"],
        ["Somchai", "Prasert", "Anan", "Wichai", "Surachai", "Thanawat"],
        False,
    ),
    "VN": (
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"],
        ["Thi Lan", "Thi Mai", "Thu Ha", "Ngoc Anh", "Thanh Huong"],
        ["Van Minh", "Van Hung", "Duc Anh", "Quang Huy", "Minh Tuan"],
        True,
    ),
    "MY": (
        ["Abdullah", "Ismail", "Tan", "Lim", "Rahman", "Ibrahim"],
        ["Nurul", "Aisyah", "Mei Ling", "Farah", "Siti Aminah"],
        ["Ahmad", "Hafiz", "Wei Jie", "Razak", "Azman"],
        False,
    ),
}
FALLBACK_NAMES = (
    ["Khan", "Rahman", "Fonua", "Tuilagi", "Ali", "Perera", "Shrestha", "Bat-Erdene", "Smith"],
    ["Aisha", "Nadia", "Mele", "Leilani", "Sabina", "Anita", "Oyuun", "Sarah"],
    ["Ahmed", "Bilal", "Tevita", "Sione", "Ramesh", "Bat", "David", "Kamal"],
    False,
)
CALLING_CODES = {
    "ID": "62",
    "CN": "86",
    "KR": "82",
    "JP": "81",
    "PH": "63",
    "IN": "91",
    "TH": "66",
    "VN": "84",
    "MY": "60",
    "PK": "92",
    "BD": "880",
    "NP": "977",
    "LK": "94",
    "KH": "855",
    "LA": "856",
    "MN": "976",
    "TL": "670",
    "AU": "61",
    "NZ": "64",
    "FJ": "679",
    "PG": "675",
    "MV": "960",
    "BT": "975",
    "IR": "98",
    "KZ": "7",
    "KG": "996",
    "MM": "95",
    "WS": "685",
    "VU": "678",
    "SB": "677",
    "TO": "676",
    "SG": "65",
    "BN": "673",
    "UZ": "998",
    "TJ": "992",
}
TITLES = [
    "Mayor",
    "Head of International Cooperation",
    "Director of Planning",
    "Secretary-General",
    "Head of the Mayor's Office",
    "International Relations Officer",
]
KIND_ALIASES = {
    "city": Member.Kind.CITY,
    "municipality": Member.Kind.MUNICIPALITY,
    "regency": Member.Kind.REGENCY,
    "province": Member.Kind.PROVINCE,
    "association": Member.Kind.ASSOCIATION,
}


def read_places():
    with PLACES_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def person_name(rng, country, sex):
    family, female, male, family_first = NAMES.get(country, FALLBACK_NAMES)
    given = rng.choice(female if sex == Sex.FEMALE else male)
    surname = rng.choice(family)
    return f"{surname} {given}" if family_first else f"{given} {surname}"


def _phone(rng, country):
    return (
        f"+{CALLING_CODES.get(country, '1')} {rng.randint(20, 99)} {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}"
    )


def _status(rng):
    roll = rng.random()
    if roll < 0.86:
        return Member.Status.ACTIVE
    if roll < 0.92:
        return Member.Status.LAPSED
    if roll < 0.97:
        return Member.Status.SUSPENDED
    return Member.Status.WITHDRAWN


def build_members(rng, count=None):
    """Create the demo members (all places, or `count` of them, repeating places as districts
    when `count` exceeds the list) with one or two focal points each. Returns the members."""
    places = read_places()
    countries = {c.code: c for c in Country.objects.filter(code__in={p["country"] for p in places})}
    count = count or len(places)
    members, taken = [], set()
    for index in range(count):
        place = places[index % len(places)]
        round_ = index // len(places)
        name = place["name"] if round_ == 0 else f"{place['name']} District {round_}"
        local = place["local_name"] if round_ == 0 else f"{place['local_name']} {round_}"
        slug = slugify(name)[:100] or f"member-{index}"
        while slug in taken:
            slug = f"{slug}-{index}"
        taken.add(slug)
        jitter = Decimal(rng.randint(-300, 300)) / 1000 if round_ else Decimal(0)
        population = int(place["population"]) if place["population"] else None
        members.append(
            Member(
                slug=slug,
                external_id=f"demo-{index + 1:05d}",
                name=name,
                local_name=local,
                search_name=fold(f"{name} {local}"),
                kind=KIND_ALIASES[place["kind"]] if round_ == 0 else Member.Kind.MUNICIPALITY,
                country=countries[place["country"]],
                subdivision=place["subdivision"],
                population=population // (round_ + 3) if population and round_ else population,
                latitude=Decimal(place["latitude"]) + jitter,
                longitude=Decimal(place["longitude"]) + jitter,
                website=f"https://{slug}.example.org",
                joined_on=datetime.date(
                    rng.randint(2004, 2025), rng.randint(1, 12), rng.randint(1, 28)
                ),
                status=_status(rng),
            )
        )
    Member.objects.bulk_create(members, batch_size=1000)
    members = list(Member.objects.filter(external_id__startswith="demo-").order_by("external_id"))
    contacts = []
    for member in members:
        for position in range(rng.choice((1, 1, 2))):
            sex = Sex.FEMALE if rng.random() < 0.42 else Sex.MALE
            name = person_name(rng, member.country_id, sex)
            contacts.append(
                FocalPoint(
                    member=member,
                    name=name,
                    name_visibility=Visibility.PUBLIC if position == 0 else Visibility.MEMBERS,
                    title=rng.choice(TITLES),
                    sex=sex,
                    email=f"{slugify(name)}@{member.slug[:40]}.example.org",
                    email_visibility=rng.choice(
                        [Visibility.PUBLIC, Visibility.MEMBERS, Visibility.MEMBERS]
                    ),
                    phone=_phone(rng, member.country_id),
                    phone_visibility=rng.choice([Visibility.MEMBERS, Visibility.STAFF]),
                    is_primary=position == 0,
                )
            )
    FocalPoint.objects.bulk_create(contacts, batch_size=2000)
    return members
