"""What a member's profile shows of cooperation: its cooperations (verified ones, and for its
own focal points and the secretariat those still awaiting confirmation) and the learning
requests it opened or was introduced to as a provider."""

from kota.cooperation.models import Cooperation, LearningRequest
from kota.members.sections import profile_section

SHOWN = 10


@profile_section(order=45, template="cooperation/_member_cooperation.html")
def cooperation(request, member, *, can_edit):
    cooperations = list(
        Cooperation.objects.visible_to(request.user).of_member(member).for_list()[:SHOWN]
    )
    requests = list(LearningRequest.objects.of_member(member).for_list()[:SHOWN])
    if not (cooperations or requests):
        return None
    return {"cooperations": cooperations, "learning_requests": requests}
