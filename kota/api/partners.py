"""Partner organisations: public fields only (no agreement, grant or interaction), and
contacts as the caller may see them, like members' focal points."""

from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate

from kota.api.pagination import MAX_PAGE_SIZE, BoundedPages
from kota.api.schemas import INVALID, NOT_FOUND, choices_enum
from kota.events.models import Event
from kota.partners.models import EventPartner, OrganisationType, Partner

router = Router(tags=["partners"])
PartnerType = choices_enum("PartnerOrganisationType", OrganisationType)
MAX_ID = 2**31 - 1


class PartnerFilters(Schema):
    q: str | None = Field(None, max_length=200, description="words in the name or acronym")
    organisation_type: PartnerType | None = Field(
        None, description="IATI OrganisationType code, such as 40 (multilateral)"
    )
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2")


class PartnerOut(Schema):
    id: int
    slug: str
    name: str
    acronym: str
    organisation_type: PartnerType = Field(..., description="IATI OrganisationType code")
    organisation_type_name: str
    country: str | None = Field(None, alias="country_id")
    iati_identifier: str = Field(..., description="IATI organisation identifier; empty if none")
    website: str
    url: str = Field(..., alias="get_absolute_url")

    @staticmethod
    def resolve_organisation_type_name(partner):
        return str(OrganisationType(partner.organisation_type).label)


class PartnerContactOut(Schema):
    name: str | None
    title: str | None
    email: str | None
    phone: str | None
    is_primary: bool


class PartnerEventOut(Schema):
    id: int
    title: str
    starts_at: str
    role: str
    url: str


class PartnerDetailOut(PartnerOut):
    description: str
    contacts: list[PartnerContactOut]
    events: list[PartnerEventOut] = Field(..., description="public events held with the partner")

    @staticmethod
    def resolve_contacts(partner, context):
        audience = partner.audience_of(context["request"].user)
        return [c.as_seen_by(audience) for c in partner.contacts.visible_to(audience)]

    @staticmethod
    def resolve_events(partner):
        links = (
            EventPartner.objects.filter(partner=partner, event__in=Event.objects.public())
            .select_related("event")
            .order_by("-event__starts_at", "pk")
        )
        return [
            {
                "id": link.event_id,
                "title": link.event.title,
                "starts_at": link.event.starts_at.isoformat(),
                "role": link.role,
                "url": link.event.get_absolute_url(),
            }
            for link in links
        ]


@router.get("", response={200: list[PartnerOut], **INVALID}, summary="List partners")
@paginate(BoundedPages, page_size=50, max_page_size=MAX_PAGE_SIZE)
def list_partners(request, filters: Query[PartnerFilters]):
    """Partner organisations by name, filtered like the partner list;
    `{"items": [...], "count": N}`, 50 a page."""
    return Partner.objects.matching(
        q=filters.q,
        organisation_type=filters.organisation_type and filters.organisation_type.value,
        country=filters.country and filters.country.upper(),
    ).order_by("name", "pk")


@router.get(
    "/{id}", response={200: PartnerDetailOut, **NOT_FOUND, **INVALID}, summary="One partner"
)
def get_partner(request, id: int = Path(..., ge=1, le=MAX_ID)):  # noqa: A002 - the path says id
    """A partner with its contacts as the caller may see them (hidden fields are null) and the
    public events held with it."""
    return get_object_or_404(Partner.objects.all(), pk=id)
