"""How published knowledge spreads over the network: by country, by kind of member and by core
area, and which active members have never been featured. Each table is one GROUP BY query."""

from functools import cached_property

from django.db.models import Count

from kota.core.models import CoreArea, Country
from kota.knowledge.models import KnowledgeItem
from kota.members.models import Member


class Coverage:
    def __init__(self):
        self.items = KnowledgeItem.objects.published()
        self.authors = KnowledgeItem.members.through.objects.filter(
            knowledgeitem__status=KnowledgeItem.Status.PUBLISHED
        )

    @cached_property
    def total(self):
        return self.items.count()

    def by_country(self):
        """(country, active members, members featured, items) for every country with active
        members or items, the most items first."""
        items = dict(
            self.items.order_by()
            .values_list("country_id")
            .annotate(n=Count("pk"))
            .values_list("country_id", "n")
        )
        members = dict(
            Member.objects.active()
            .order_by()
            .values("country_id")
            .annotate(n=Count("pk"))
            .values_list("country_id", "n")
        )
        featured = dict(
            self.authors.filter(member__status=Member.Status.ACTIVE)
            .order_by()
            .values("member__country_id")
            .annotate(n=Count("member_id", distinct=True))
            .values_list("member__country_id", "n")
        )
        countries = Country.objects.in_bulk(set(items) | set(members))
        rows = [
            (countries[code], members.get(code, 0), featured.get(code, 0), items.get(code, 0))
            for code in countries
        ]
        return sorted(rows, key=lambda row: (-row[3], -row[1], row[0].name))

    def by_member_kind(self):
        """(label, members featured, items) for each kind of member."""
        rows = {
            row["member__kind"]: row
            for row in self.authors.order_by()
            .values("member__kind")
            .annotate(
                members=Count("member_id", distinct=True),
                items=Count("knowledgeitem_id", distinct=True),
            )
        }
        return [
            (label, rows.get(kind, {}).get("members", 0), rows.get(kind, {}).get("items", 0))
            for kind, label in Member.Kind.choices
        ]

    def by_core_area(self):
        """(core area, items) for every core area, including those with none."""
        through = KnowledgeItem.core_areas.through
        counts = dict(
            through.objects.filter(knowledgeitem__status=KnowledgeItem.Status.PUBLISHED)
            .order_by()
            .values("corearea_id")
            .annotate(n=Count("pk"))
            .values_list("corearea_id", "n")
        )
        return [(area, counts.get(area.slug, 0)) for area in CoreArea.objects.all()]

    def never_featured(self):
        """Active members with no published item, by country then name."""
        return (
            Member.objects.active()
            .exclude(pk__in=self.authors.values("member_id"))
            .select_related("country")
            .order_by("country__name", "name")
        )
