"""What a member's profile page shows of the knowledge hub: to the member's focal points, who
land on this page after logging in, a way to share a practice."""

from kota.core.access import is_secretariat
from kota.members.sections import profile_section


@profile_section(order=5, template="knowledge/_member_share.html")
def share(request, member, *, can_edit):
    return {} if can_edit and not is_secretariat(request.user) else None
