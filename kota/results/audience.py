"""Who sees what of the results.

Staff of the secretariat and the members of the board (a seat held today in the Executive Bureau
or the Council) see everything: drafts, values awaiting review, indicators not marked public,
work plans before the Council endorses them, and the lessons learned. Everyone else (visitors,
focal points) sees the approved (counted) values of public indicators and endorsed work plans.
"""

from kota.governance.models import Seat


def sees_everything(user):
    """Whether `user` is staff or holds a board seat today. Read once per user object (one
    query at most), so a page may ask as often as it likes."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    cached = getattr(user, "_results_sees_everything", None)
    if cached is None:
        cached = Seat.objects.board().held_by(user)
        user._results_sees_everything = cached
    return cached
