"""The demo network's governing bodies and their seats in two-year terms from 2014, with the
women's share rising from the Manifesto's 4.35% (2012-2014) towards its 30% target."""

import datetime

from kota.demo.members import person_name
from kota.governance.models import Body, Seat
from kota.members.models import Member, Sex

# (slug, name, kind, lead member's English name, supporting organisation)
BODIES = [
    ("executive-bureau", "Executive Bureau", Body.Kind.EXECUTIVE_BUREAU, None, ""),
    ("council", "Council", Body.Kind.COUNCIL, None, ""),
    (
        "culture-committee",
        "Culture Committee",
        Body.Kind.COMMITTEE,
        "Jeju Special Self-Governing Province",
        "",
    ),
    ("women-committee", "Women Committee", Body.Kind.COMMITTEE, "Guangzhou", ""),
    (
        "brlc-committee",
        "Belt and Road Local Cooperation (BRLC) Committee",
        Body.Kind.COMMITTEE,
        "Hangzhou",
        "CPAFFC",
    ),
    (
        "maritime-committee",
        "21st Century Maritime Cooperation Committee",
        Body.Kind.COMMITTEE,
        "Fuzhou",
        "CPAFFC",
    ),
    ("south-southwest-committee", "South and Southwest Committee", Body.Kind.COMMITTEE, None, ""),
    ("south-east-asia-committee", "South-East Asia Committee", Body.Kind.COMMITTEE, None, ""),
    (
        "youth-standing-committee",
        "Standing Committee on Youth and Local Governments",
        Body.Kind.STANDING_COMMITTEE,
        None,
        "",
    ),
]
# Two-year terms (the last one is under way) and the share of seats women hold in each.
TERMS = [2014, 2016, 2018, 2020, 2022, 2024, 2026]
WOMEN_SHARE = {2014: 0.05, 2016: 0.10, 2018: 0.16, 2020: 0.20, 2022: 0.24, 2024: 0.27, 2026: 0.29}
SIZES = {
    Body.Kind.EXECUTIVE_BUREAU: 13,
    Body.Kind.COUNCIL: 46,
    Body.Kind.COMMITTEE: 9,
    Body.Kind.STANDING_COMMITTEE: 7,
}
ROLES = {
    Body.Kind.EXECUTIVE_BUREAU: [
        Seat.Role.PRESIDENT,
        Seat.Role.CO_PRESIDENT,
        Seat.Role.CO_PRESIDENT,
        Seat.Role.TREASURER,
    ]
    + [Seat.Role.VICE_PRESIDENT] * 6,
    Body.Kind.COUNCIL: [],
    Body.Kind.COMMITTEE: [Seat.Role.CHAIR, Seat.Role.VICE_CHAIR],
    Body.Kind.STANDING_COMMITTEE: [Seat.Role.CHAIR],
}


def build_governance(rng, members):
    """Create the bodies and their seats. Returns {slug: body}."""
    by_name = {m.name: m for m in members}
    eligible = [m for m in members if m.status == Member.Status.ACTIVE]
    bodies = {}
    for position, (slug, name, kind, lead, support) in enumerate(BODIES):
        bodies[slug] = Body.objects.create(
            slug=slug,
            name=name,
            kind=kind,
            position=position,
            lead_member=by_name.get(lead) if lead else None,
            supporting_organisation=support,
        )
    seats = []
    for body in bodies.values():
        size = SIZES[body.kind]
        for term in TERMS:
            starts = datetime.date(term, 1, 1)
            ends = datetime.date(term + 1, 12, 31)
            women = round(WOMEN_SHARE[term] * size)
            if body.kind in (Body.Kind.COMMITTEE, Body.Kind.STANDING_COMMITTEE) and term < 2020:
                continue  # the committees of this Manifesto were set up in 2020
            holders = rng.sample(eligible, size)
            if body.lead_member and body.lead_member not in holders:
                holders[0] = body.lead_member
            sexes = [Sex.FEMALE] * women + [Sex.MALE] * (size - women)
            rng.shuffle(sexes)
            roles = ROLES[body.kind] + [Seat.Role.MEMBER] * size
            for index, (member, sex) in enumerate(zip(holders, sexes, strict=True)):
                seats.append(
                    Seat(
                        body=body,
                        role=roles[index],
                        member=member,
                        holder_name=person_name(rng, member.country_id, sex),
                        holder_sex=sex,
                        starts_on=starts,
                        ends_on=ends,
                    )
                )
    Seat.objects.bulk_create(seats, batch_size=1000)
    return bodies
