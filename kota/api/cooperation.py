"""City-to-city cooperation in the API: verified cooperations between members and the
learning requests of peer matching, public fields only (no person, no email, no note)."""

import datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate

from kota.api.pagination import MAX_PAGE_SIZE, BoundedPages
from kota.api.schemas import INVALID, NOT_FOUND, choices_enum
from kota.cooperation.models import Cooperation, LearningRequest, Outcome

cooperations_router = Router(tags=["cooperation"])
learning_router = Router(tags=["cooperation"])
CooperationKind = choices_enum("CooperationKind", Cooperation.Kind)
CooperationStatus = choices_enum("CooperationStatus", Cooperation.Status)
LearningStage = choices_enum("LearningStage", LearningRequest.Stage)
OutcomeResult = choices_enum("OutcomeResult", Outcome.Result)
MAX_ID = 2**31 - 1


class CooperationFilters(Schema):
    kind: CooperationKind | None = None
    core_area: str | None = Field(None, max_length=50, description="a core area's slug")
    country: str | None = Field(
        None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2 of any side"
    )


class SideOut(Schema):
    member: str | None = Field(None, description="the member's slug, for a member's side")
    partner: str | None = Field(
        None, description="the partner organisation's slug, for a partner's side"
    )
    name: str
    country: str | None
    confirmed: bool

    @staticmethod
    def resolve_member(party):
        return party.member.slug if party.member_id else None

    @staticmethod
    def resolve_partner(party):
        return party.partner.slug if party.partner_id else None

    @staticmethod
    def resolve_country(party):
        return party.country_code or None

    @staticmethod
    def resolve_confirmed(party):
        return party.confirmed_at is not None


class CooperationOut(Schema):
    id: int
    kind: CooperationKind
    status: CooperationStatus
    title: str
    sides: list[SideOut]
    core_areas: list[str]
    sdgs: list[int]
    started_on: datetime.date
    ends_on: datetime.date | None
    source: str
    fictional: bool = Field(..., alias="is_fictional")
    url: str = Field(..., alias="get_absolute_url")

    @staticmethod
    def resolve_sides(cooperation):
        return list(cooperation.parties.all())

    @staticmethod
    def resolve_core_areas(cooperation):
        return [area.slug for area in cooperation.core_areas.all()]

    @staticmethod
    def resolve_sdgs(cooperation):
        return [sdg.number for sdg in cooperation.sdgs.all()]


def public_cooperations(filters):
    return (
        Cooperation.objects.public()
        .matching(
            kind=filters.kind and filters.kind.value,
            core_area=filters.core_area,
            country=filters.country and filters.country.upper(),
        )
        .for_list()
    )


@cooperations_router.get(
    "", response={200: list[CooperationOut], **INVALID}, summary="List cooperations"
)
@paginate(BoundedPages, page_size=50, max_page_size=MAX_PAGE_SIZE)
def list_cooperations(request, filters: Query[CooperationFilters]):
    """Verified cooperations (active or ended), latest first, filtered by kind, core area and
    a side's country; `{"items": [...], "count": N}`, 50 a page."""
    return public_cooperations(filters)


@cooperations_router.get(
    "/{id}", response={200: CooperationOut, **NOT_FOUND, **INVALID}, summary="One cooperation"
)
def get_cooperation(request, id: int = Path(..., ge=1, le=MAX_ID)):  # noqa: A002 - the path says id
    return get_object_or_404(Cooperation.objects.public().for_list(), pk=id)


class LearningFilters(Schema):
    stage: LearningStage | None = None
    core_area: str | None = Field(None, max_length=50, description="a core area's slug")
    country: str | None = Field(
        None, pattern=r"^[A-Za-z]{2}$", description="the requesting member's country"
    )


class OutcomeOut(Schema):
    months: int
    result: OutcomeResult


class LearningRequestOut(Schema):
    id: int
    member: str = Field(..., description="the requesting member's slug")
    country: str
    stage: LearningStage
    core_area: str | None = Field(None, alias="core_area_id")
    practice: int | None = Field(None, alias="practice_id")
    provider: str | None = Field(None, description="the provider's slug, once introduced")
    opened_on: datetime.date
    outcomes: list[OutcomeOut]
    url: str = Field(..., alias="get_absolute_url")

    @staticmethod
    def resolve_member(item):
        return item.member.slug

    @staticmethod
    def resolve_country(item):
        return item.member.country_id

    @staticmethod
    def resolve_provider(item):
        return item.provider.slug if item.provider_id else None

    @staticmethod
    def resolve_opened_on(item):
        return item.created_at.date()

    @staticmethod
    def resolve_outcomes(item):
        return list(item.outcomes.all())


def learning_requests():
    return LearningRequest.objects.for_list().prefetch_related("outcomes")


@learning_router.get(
    "", response={200: list[LearningRequestOut], **INVALID}, summary="List learning requests"
)
@paginate(BoundedPages, page_size=50, max_page_size=MAX_PAGE_SIZE)
def list_learning_requests(request, filters: Query[LearningFilters]):
    """Learning requests of peer matching, newest first, with their stage, provider and
    outcomes; `{"items": [...], "count": N}`, 50 a page."""
    return learning_requests().matching(
        stage=filters.stage and filters.stage.value,
        core_area=filters.core_area,
        country=filters.country and filters.country.upper(),
    )


@learning_router.get(
    "/{id}",
    response={200: LearningRequestOut, **NOT_FOUND, **INVALID},
    summary="One learning request",
)
def get_learning_request(request, id: int = Path(..., ge=1, le=MAX_ID)):  # noqa: A002
    return get_object_or_404(learning_requests(), pk=id)
