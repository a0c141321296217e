import datetime
from decimal import Decimal

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from kota.api.governance import SeatOut
from kota.api.pagination import MAX_PAGE_SIZE, BoundedPages
from kota.api.schemas import INVALID, NOT_FOUND, choices_enum
from kota.governance.models import Seat
from kota.members import directory
from kota.members.models import Member

router = Router(tags=["members"])
MemberKind = choices_enum("MemberKind", Member.Kind)
MemberStatus = choices_enum("MemberStatus", Member.Status)


class MemberFilters(Schema):
    q: str | None = Field(None, max_length=200, description="part of either name, any script")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code")
    kind: MemberKind | None = None
    status: MemberStatus | None = None


class MemberOut(Schema):
    slug: str
    name: str
    local_name: str
    kind: MemberKind
    status: MemberStatus
    country: str = Field(..., alias="country.code")
    country_name: str = Field(..., alias="country.name")
    subdivision: str
    population: int | None
    latitude: Decimal | None
    longitude: Decimal | None
    website: str
    joined_on: datetime.date | None
    url: str = Field(..., alias="get_absolute_url")


class ContactOut(Schema):
    name: str | None
    title: str | None
    email: str | None
    phone: str | None
    is_primary: bool


class MemberDetailOut(MemberOut):
    description: str
    focal_points: list[ContactOut]
    seats: list[SeatOut]

    @staticmethod
    def resolve_focal_points(member, context):
        audience = member.audience_of(context["request"].user)
        return [fp.as_seen_by(audience) for fp in member.focal_points.visible_to(audience)]

    @staticmethod
    def resolve_seats(member):
        return Seat.objects.of_member(member)


def filter_members(filters):
    """The members `filters` select, by name, from the directory's index."""
    criteria = directory.Criteria(
        q=filters.q or "",
        country=(filters.country or "").upper(),
        kind=filters.kind.value if filters.kind else "",
        status=filters.status.value if filters.status else "",
    )
    return directory.select(Member.objects.for_directory(), criteria)


@router.get("", response={200: list[MemberOut], **INVALID}, summary="List members")
@paginate(BoundedPages, page_size=50, max_page_size=MAX_PAGE_SIZE)
def list_members(request, filters: Query[MemberFilters]):
    """Members, filtered like the directory; `{"items": [...], "count": N}`, 50 a page."""
    return filter_members(filters)


@router.get("/{slug}", response={200: MemberDetailOut, **NOT_FOUND}, summary="One member")
def get_member(request, slug: str):
    """A member with the focal-point fields the caller may see (hidden ones are null)."""
    return get_object_or_404(Member.objects.select_related("country"), slug=slug)
