"""Peer matching: the members Kota proposes to a learning request as providers, ranked, each
with the reasons it is proposed.

A provider is a member with published practices in the knowledge hub on the request's core
areas (its theme and those of the practice it names; its SDGs when it names no core area), or
a member that owns that practice. Each is scored by:

- owning the practice the request names (5 points);
- each core area of the request its published practices share (3 points each);
- each SDG of the request its published practices share (1 point each);
- how many of its published practices are on those core areas (or, for a request that names
  only SDGs, on those SDGs) (1 point each, at most 5);
- a preferred language, spoken in its practices or its letters (2 points);
- the preferred region, or else the requester's own sub-region (2 points);
- a size within half to twice the requester's population (1 point);
- the requester's income group (1 point).

The cost does not grow with the number of members or practices: a fixed number of queries
(see the tests), each limited to the CANDIDATES members with the most practices on the themes.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kota.core.models import CoreArea
from kota.knowledge.models import KnowledgeItem
from kota.members.models import Member

CANDIDATES = 200
SHOWN = 10


@dataclass
class Proposal:
    member: Member
    score: int = 0
    reasons: list = field(default_factory=list)

    def add(self, points, reason):
        self.score += points
        self.reasons.append(reason)


def _themes(request):
    areas = {request.core_area_id} if request.core_area_id else set()
    sdgs = {sdg.pk for sdg in request.sdgs.all()}
    if request.practice_id:
        practice = request.practice
        areas |= {area.pk for area in practice.core_areas.all()}
        sdgs |= {sdg.pk for sdg in practice.sdgs.all()}
    return areas, sdgs


def propose_providers(request, limit=SHOWN):
    """The providers proposed to `request` (a LearningRequest), best first: a list of
    Proposal(member, score, reasons)."""
    areas, sdgs = _themes(request)
    Owners = KnowledgeItem.members.through  # noqa: N806 - the through model
    published = Owners.objects.filter(knowledgeitem__status=KnowledgeItem.Status.PUBLISHED)
    on_theme = defaultdict(int)
    # Candidates come from the core areas where the request names any (SDGs are shared by far
    # more practices, and counting them all costs ten times as much), else from the SDGs.
    field_name, ids = (
        ("knowledgeitem__core_areas", areas) if areas else ("knowledgeitem__sdgs", sdgs)
    )
    if ids:
        rows = (
            published.filter(**{f"{field_name}__in": ids})
            .exclude(member_id=request.member_id)
            .values("member_id")
            .annotate(n=Count("knowledgeitem_id", distinct=True))
            .order_by("-n", "member_id")[:CANDIDATES]
        )
        for row in rows:
            on_theme[row["member_id"]] = row["n"]
    owners = set()
    if request.practice_id:
        owners = {m.pk for m in request.practice.members.all()} - {request.member_id}
    candidates = set(on_theme) | owners
    if not candidates:
        return []

    members = Member.objects.filter(pk__in=candidates, status=Member.Status.ACTIVE).select_related(
        "country"
    )
    shared_areas, shared_sdgs, spoken = defaultdict(set), defaultdict(set), defaultdict(set)
    mine = published.filter(member_id__in=candidates)
    area_labels = {area.pk: str(area.label) for area in CoreArea.objects.filter(pk__in=areas)}
    if areas:
        for member_id, area in (
            mine.filter(knowledgeitem__core_areas__in=areas)
            .values_list("member_id", "knowledgeitem__core_areas")
            .distinct()
        ):
            shared_areas[member_id].add(area_labels[area])
    if sdgs:
        for member_id, number in (
            mine.filter(knowledgeitem__sdgs__in=sdgs)
            .values_list("member_id", "knowledgeitem__sdgs__number")
            .distinct()
        ):
            shared_sdgs[member_id].add(number)
    languages = {language.code: language for language in request.languages.all()}
    if languages:
        for member_id, code in (
            mine.filter(knowledgeitem__language__in=languages)
            .values_list("member_id", "knowledgeitem__language")
            .distinct()
        ):
            spoken[member_id].add(code)

    requester = request.member
    region = request.region or requester.country.subregion
    proposals = []
    for member in members:
        proposal = Proposal(member)
        if member.pk in owners:
            proposal.add(5, _("It owns the practice the request names."))
        if shared := sorted(shared_areas[member.pk]):
            proposal.add(
                3 * len(shared),
                ngettext(
                    "Shares the core area %(areas)s.",
                    "Shares the core areas %(areas)s.",
                    len(shared),
                )
                % {"areas": ", ".join(shared)},
            )
        if shared := sorted(shared_sdgs[member.pk]):
            proposal.add(
                len(shared),
                ngettext("Shares SDG %(sdgs)s.", "Shares SDGs %(sdgs)s.", len(shared))
                % {"sdgs": ", ".join(str(n) for n in shared)},
            )
        if n := on_theme.get(member.pk):
            proposal.add(
                min(n, 5),
                ngettext(
                    "%(n)s published practice on these themes.",
                    "%(n)s published practices on these themes.",
                    n,
                )
                % {"n": n},
            )
        codes = spoken[member.pk] | ({member.language} & set(languages))
        if codes:
            names = ", ".join(sorted(languages[c].name for c in codes if c in languages))
            proposal.add(2, _("Speaks %(languages)s.") % {"languages": names})
        if region and member.country.subregion == region:
            proposal.add(
                2,
                _("In the same region (%(region)s).")
                % {"region": member.country.get_subregion_display()},
            )
        if requester.population and member.population:
            ratio = member.population / requester.population
            if 0.5 <= ratio <= 2:
                proposal.add(1, _("Of a similar size."))
        income = requester.country.income_group
        if income and member.country.income_group == income:
            proposal.add(
                1,
                _("In the same income group (%(group)s).")
                % {"group": member.country.get_income_group_display()},
            )
        proposals.append(proposal)
    proposals.sort(key=lambda p: (-p.score, p.member.name, p.member.pk))
    return proposals[:limit]
