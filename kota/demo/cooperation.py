"""The demo's city-to-city cooperation, from data/cooperation.yaml: sister-city pairs that
exist (each with its source) and fictional agreements flagged as such (one with a partner
organisation of data/partners.yaml, built before), learning requests at
every stage with the providers Kota's matcher proposes, and one fictional solidarity appeal
with needs, pledges, shipments and receipts."""

import datetime

from django.utils import timezone

from kota.cooperation.matching import propose_providers
from kota.cooperation.models import Appeal, Cooperation, LearningRequest, Party, Pledge
from kota.demo.data import read_yaml
from kota.knowledge.models import KnowledgeItem
from kota.members.models import Member
from kota.partners.models import Partner


def build_cooperation(secretariat):
    """Returns (cooperations, learning requests, pledges) built."""
    data = read_yaml("cooperation.yaml")
    members = {m.name: m for m in Member.objects.all()}
    partners = {p.acronym or p.name: p for p in Partner.objects.all()}
    cooperations = sum(_cooperation(spec, members, partners) for spec in data["cooperations"])
    requests = sum(_request(spec, members, secretariat) for spec in data["learning_requests"])
    pledges = _appeal(data["appeal"], members, partners, secretariat)
    return cooperations, requests, pledges


def _cooperation(spec, members, partners):
    sides = [members.get(name) for name in spec["sides"]]
    partner_sides = [partners.get(name) for name in spec.get("partners", [])]
    if any(side is None for side in sides + partner_sides):
        return 0  # a side not among this scale's members, or the partners not built
    now = timezone.now()
    status = Cooperation.Status(spec["status"])
    cooperation = Cooperation.objects.create(
        kind=spec["kind"],
        title=spec["title"],
        status=status,
        started_on=spec["started_on"],
        ends_on=spec.get("ends_on"),
        source=spec.get("source", ""),
        is_fictional=spec["fictional"],
        verified_at=now if status == "active" else None,
    )
    cooperation.core_areas.set(spec.get("core_areas", []))
    cooperation.sdgs.set(spec.get("sdgs", []))
    for number, side in enumerate(sides):
        confirmed = status != "proposed" or number == 0
        Party.objects.create(
            cooperation=cooperation, member=side, confirmed_at=now if confirmed else None
        )
    for partner in partner_sides:
        Party.objects.create(
            cooperation=cooperation,
            partner=partner,
            confirmed_at=now if status != Cooperation.Status.PROPOSED else None,
        )
    return 1


def _request(spec, members, secretariat):
    member = members.get(spec["member"])
    if member is None:
        return 0
    practice = (
        KnowledgeItem.objects.published()
        .filter(core_areas=spec["core_area"])
        .exclude(members=member)
        .order_by("pk")
        .first()
    )
    request = LearningRequest.open(
        member=member,
        by=secretariat,
        core_area_id=spec["core_area"],
        practice=practice,
        description=spec["description"],
    )
    stage = spec["stage"]
    if stage == "withdrawn":
        request.withdraw(by=secretariat)
        return 1
    if stage == "open":
        return 1
    proposals = propose_providers(request, limit=1)
    if not proposals:
        return 1
    request.introduce(proposals[0].member, by=secretariat)
    if stage == "introduced":
        return 1
    request.agree_exchange(
        kind=spec["exchange"],
        on=timezone.localdate() - datetime.timedelta(days=400),
        notes="",
        by=secretariat,
    )
    for months, result, reason in spec.get("outcomes", []):
        request.record_outcome(months=months, result=result, reason=reason, by=secretariat)
    return 1


def _appeal(spec, members, partners, secretariat):
    today = timezone.localdate()
    appeal = Appeal.objects.create(
        title=spec["title"],
        crisis=spec["crisis"],
        description=spec["description"],
        opened_on=today - datetime.timedelta(days=spec["opened_days_ago"]),
        opened_by=secretariat,
        is_fictional=True,
    )
    pledges = 0
    for need_spec in spec["needs"]:
        member = members.get(need_spec["member"])
        if member is None:
            continue
        need = appeal.post_need(
            member=member,
            by=secretariat,
            item=need_spec["item"],
            quantity=need_spec["quantity"],
            unit=need_spec["unit"],
            deadline=today + datetime.timedelta(days=need_spec["deadline_days"]),
        )
        for pledge_spec in need_spec["pledges"]:
            donor = members.get(pledge_spec.get("member", ""))
            partner = partners.get(pledge_spec.get("partner", ""))
            pledge = need.pledge(
                quantity=pledge_spec["quantity"],
                member=donor,
                partner=partner,
                partner_name=pledge_spec.get("organisation", ""),
                by=secretariat,
            )
            if pledge_spec["status"] in (Pledge.Status.SHIPPED, Pledge.Status.RECEIVED):
                pledge.ship(by=secretariat, on=today - datetime.timedelta(days=7))
            if pledge_spec["status"] == Pledge.Status.RECEIVED:
                pledge.receive(by=secretariat, on=today - datetime.timedelta(days=2))
            pledges += 1
    return pledges
