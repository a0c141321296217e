"""What a member's profile page shows of surveys, to the secretariat and the member's own
focal points only: the member's responses to campaigns, with their status and a link."""

from kota.core.access import is_secretariat_or_focal_point_of
from kota.members.sections import profile_section
from kota.surveys.models import Response

SHOWN = 10


@profile_section(order=60, template="surveys/_member_responses.html")
def survey_responses(request, member, *, can_edit):
    if not is_secretariat_or_focal_point_of(request.user, member):
        return None
    responses = list(
        Response.objects.filter(member=member)
        .select_related("campaign")
        .order_by("-campaign__due_on", "-pk")[:SHOWN]
    )
    if not responses:
        return None
    return {"survey_responses": responses}
