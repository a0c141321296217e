"""The demo network's governing bodies and their seats (data/bodies.yaml), in two-year terms.
Seats agree with the rest of the network: a member holds a seat only in a term after it joined,
the current term's seats go to active members only (build this after the dues, which lapse and
reinstate members), a regional committee seats members of its region only, and the Women
Committee is mostly women, chaired by women."""

import datetime

from kota.demo.data import read_yaml
from kota.demo.members import person_name
from kota.governance.models import Body, Seat
from kota.members.models import Member, Sex

BODIES = read_yaml("bodies.yaml")


def build_governance(rng, members):
    """Create the bodies and their seats. Returns {slug: body}."""
    by_name = {m.name: m for m in members}
    terms = BODIES["terms"]
    bodies, seats = {}, []
    for position, spec in enumerate(BODIES["bodies"]):
        lead = by_name.get(spec.get("lead"))
        body = Body.objects.create(
            slug=spec["slug"],
            name=spec["name"],
            kind=Body.Kind(spec["kind"]),
            position=position,
            lead_member=lead,
            supporting_organisation=spec.get("supporting_organisation", ""),
            description=spec.get("description", ""),
        )
        bodies[body.slug] = body
        for term in terms:
            if term < spec.get("since", terms[0]):
                continue
            seats += _seats(rng, body, spec, term, members, lead, current=term == terms[-1])
    Seat.objects.bulk_create(seats, batch_size=1000)
    return bodies


def _seats(rng, body, spec, term, members, lead, current):
    """The seats of `body` in the term starting in `term`."""
    starts = datetime.date(term, 1, 1)
    countries = set(spec.get("countries", ()))
    eligible = [
        m
        for m in members
        if m.joined_on <= starts
        and (not current or m.status == Member.Status.ACTIVE)
        and (not countries or m.country_id in countries)
    ]
    size = min(spec["seats"], len(eligible))
    if size == 0:
        return []
    holders = rng.sample(eligible, size)
    if lead is not None and lead in eligible:
        if lead in holders:
            holders.remove(lead)
        holders = [lead, *holders[: size - 1]]
    share = spec.get("women_share", BODIES["women_share"][term])
    women = round(share * size)
    sexes = [Sex.FEMALE] * women + [Sex.MALE] * (size - women)
    rng.shuffle(sexes)
    if spec.get("women_chair") and sexes[0] != Sex.FEMALE:
        sexes[sexes.index(Sex.FEMALE)], sexes[0] = sexes[0], Sex.FEMALE
    roles = [Seat.Role(role) for role in spec.get("roles", [])]
    roles += [Seat.Role.MEMBER] * (size - len(roles))
    return [
        Seat(
            body=body,
            role=role,
            member=member,
            holder_name=person_name(rng, member.country_id, sex),
            holder_sex=sex,
            starts_on=starts,
            ends_on=datetime.date(term + 1, 12, 31),
        )
        for member, sex, role in zip(holders, sexes, roles, strict=False)
    ]
