"""The demo network's members: real Asia-Pacific places (data/places.csv) with invented focal
points whose names follow their country's customs (data/countries.yaml). Deterministic for a
given random generator."""

import datetime
from decimal import Decimal

from django.utils.text import slugify

from kota.core.models import Country
from kota.demo.data import read_csv, read_yaml
from kota.lib.text import fold
from kota.members.models import FocalPoint, Member, Sex, Visibility

COUNTRIES = read_yaml("countries.yaml")
MEMBERS = read_yaml("members.yaml")
KIND_ALIASES = {
    "city": Member.Kind.CITY,
    "municipality": Member.Kind.MUNICIPALITY,
    "regency": Member.Kind.REGENCY,
    "province": Member.Kind.PROVINCE,
    "association": Member.Kind.ASSOCIATION,
}


def read_places():
    return read_csv("places.csv")


def person_name(rng, country, sex):
    """A name for a person of `country`, drawn from that country's lists and written in its
    order (see countries.yaml)."""
    names = COUNTRIES[country]["names"]
    key = "female" if sex == Sex.FEMALE else "male"
    given = rng.choice(names[key])
    families = names.get(f"family_{key}") or names.get("family") or []
    if not families or rng.random() < names.get("single", 0):
        return given
    family = rng.choice(families)
    connector = names.get(f"connector_{key}")
    if connector:
        family = f"{connector} {family}"
    return f"{family} {given}" if names["order"] == "family_given" else f"{given} {family}"


def _phone(rng, country):
    return (
        f"+{COUNTRIES[country]['calling_code']} {rng.randint(20, 99)} {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}"
    )


def _status(rng):
    roll, total = rng.random(), 0
    for status, share in MEMBERS["status"].items():
        total += share
        if roll < total:
            return Member.Status(status)
    return Member.Status.WITHDRAWN


def _language(rng, country):
    """The language a member of `country` chooses for letters and invoices."""
    weights = COUNTRIES[country]["languages"]
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def build_members(rng, count=None):
    """Create the demo members (all places, or `count` of them, repeating places as districts
    when `count` exceeds the list) with one or two focal points each. Returns the members."""
    places = read_places()
    steady = set(MEMBERS["steady"])
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
                    rng.randint(2004, 2012 if place["name"] in steady else 2025),
                    rng.randint(1, 12),
                    rng.randint(1, 28),
                ),
                status=Member.Status.ACTIVE if place["name"] in steady else _status(rng),
                language=_language(rng, place["country"]),
            )
        )
    Member.objects.bulk_create(members, batch_size=1000)
    members = list(Member.objects.filter(external_id__startswith="demo-").order_by("external_id"))
    contacts = []
    for member in members:
        for position in range(rng.choice((1, 1, 2))):
            sex = Sex.FEMALE if rng.random() < MEMBERS["women"] else Sex.MALE
            name = person_name(rng, member.country_id, sex)
            contacts.append(
                FocalPoint(
                    member=member,
                    name=name,
                    name_visibility=Visibility.PUBLIC if position == 0 else Visibility.MEMBERS,
                    title=rng.choice(MEMBERS["titles"]),
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
