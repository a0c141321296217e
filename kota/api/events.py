import datetime
import re

from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import field_validator

from kota.api.pagination import MAX_PAGE_SIZE, BoundedPages
from kota.api.schemas import INVALID, NOT_FOUND, choices_enum
from kota.events.models import AgeGroup, Event, Sex

router = Router(tags=["events"])
EventKind = choices_enum("EventKind", Event.Kind)
EventStatus = choices_enum("EventStatus", Event.Status)
MAX_ID = 2**31 - 1
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class EventFilters(Schema):
    kind: EventKind | None = None
    core_area: str | None = Field(None, max_length=50, description="a core area's slug")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2")
    from_: datetime.date | None = Field(
        None, alias="from", description="events that end on or after this date"
    )
    to: datetime.date | None = Field(None, description="events that start on or before this date")

    @field_validator("from_", "to", mode="before")
    @classmethod
    def iso_dates_only(cls, value):
        """YYYY-MM-DD only: pydantic would also read a number as a Unix time."""
        if value is None or isinstance(value, datetime.date):
            return value
        if not ISO_DATE.match(str(value)):
            raise ValueError("a date as YYYY-MM-DD")
        return value


class EventOut(Schema):
    id: int
    slug: str
    kind: EventKind
    status: EventStatus
    title: str
    title_translations: dict[str, str]
    organiser: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    time_zone: str
    venue: str
    city: str
    country: str | None = Field(None, alias="country_id")
    online: bool = Field(..., description="whether the event is held online")
    capacity: int | None
    registration_open: bool
    core_areas: list[str]
    sdgs: list[int]
    url: str = Field(..., alias="get_absolute_url")

    @staticmethod
    def resolve_online(event):
        return bool(event.online_url)

    @staticmethod
    def resolve_registration_open(event):
        return event.is_registration_open()

    @staticmethod
    def resolve_core_areas(event):
        return [area.slug for area in event.core_areas.all()]

    @staticmethod
    def resolve_sdgs(event):
        return [sdg.number for sdg in event.sdgs.all()]

    @staticmethod
    def resolve_organiser(event):
        return str(event.organiser_name)


class SessionOut(Schema):
    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    speakers: list[str] = Field(..., alias="speaker_list")


class ParticipantsOut(Schema):
    """Participants who attended, each counted once: the total and its split by sex and by
    age group (every category listed, zeros included)."""

    attended: int
    by_sex: dict[str, int]
    by_age_group: dict[str, int]


class EventDetailOut(EventOut):
    description: str
    description_translations: dict[str, str]
    sessions: list[SessionOut]
    participants: ParticipantsOut | None = Field(
        None, description="for past events only: who attended, by sex and by age group"
    )

    @staticmethod
    def resolve_sessions(event):
        return list(event.sessions.all())

    @staticmethod
    def resolve_participants(event):
        if not event.is_over():
            return None
        attended = event.registrations.attended()
        by_sex = {sex: 0 for sex in Sex.values}
        for (sex,), n in attended.breakdown("sex").items():
            by_sex[sex] = n
        by_age = {group: 0 for group in AgeGroup.values}
        for (group,), n in attended.breakdown("age_group").items():
            by_age[group] = n
        return {"attended": sum(by_sex.values()), "by_sex": by_sex, "by_age_group": by_age}


def public_events():
    return (
        Event.objects.public()
        .select_related("organiser_member", "organiser_body", "organiser_unit")
        .prefetch_related("core_areas", "sdgs")
    )


def filter_events(filters):
    events = public_events().matching(
        kind=filters.kind and filters.kind.value,
        core_area=filters.core_area,
        country=filters.country and filters.country.upper(),
    )
    if filters.from_:
        events = events.filter(ends_at__date__gte=filters.from_)
    if filters.to:
        events = events.filter(starts_at__date__lte=filters.to)
    return events.order_by("starts_at", "pk")


@router.get("", response={200: list[EventOut], **INVALID}, summary="List public events")
@paginate(BoundedPages, page_size=50, max_page_size=MAX_PAGE_SIZE)
def list_events(request, filters: Query[EventFilters]):
    """Published public events, earliest first, filtered like the calendar;
    `{"items": [...], "count": N}`, 50 a page."""
    return filter_events(filters)


@router.get("/{id}", response={200: EventDetailOut, **NOT_FOUND, **INVALID}, summary="One event")
def get_event(request, id: int = Path(..., ge=1, le=MAX_ID)):  # noqa: A002 - the path says id
    """A public event with its sessions; for a past event, who attended by sex and age group
    (counts only: nobody's personal data)."""
    return get_object_or_404(public_events().prefetch_related("sessions"), pk=id)
