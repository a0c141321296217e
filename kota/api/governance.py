import datetime
from decimal import Decimal

from django.db.models import Prefetch
from django.utils import timezone
from ninja import Field, Router, Schema

from kota.api.schemas import choices_enum
from kota.governance.models import Body, Seat

router = Router(tags=["governance"])
BodyKind = choices_enum("BodyKind", Body.Kind)
SeatRole = choices_enum("SeatRole", Seat.Role)


class SeatOut(Schema):
    body: str = Field(..., alias="body.slug")
    role: SeatRole
    holder_name: str
    holder_sex: str
    member: str = Field(..., alias="member.slug")
    member_name: str = Field(..., alias="member.name")
    starts_on: datetime.date
    ends_on: datetime.date | None


class BodyOut(Schema):
    slug: str
    name: str
    kind: BodyKind
    lead_member: str | None = Field(None, alias="lead_member.slug")
    supporting_organisation: str
    women_share_today: Decimal | None = Field(
        None, description="percent of seats held today by women"
    )
    seats: list[SeatOut]


@router.get("", response=list[BodyOut], summary="Governing bodies and their seats")
def list_bodies(request):
    today = timezone.localdate()
    seats = Seat.objects.select_related("body", "member").order_by("starts_on", "pk")
    bodies = list(Body.objects.with_women_share(today).prefetch_related(Prefetch("seats", seats)))
    for body in bodies:
        body.women_share_today = body.women_share
    return bodies
