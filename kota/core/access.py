"""Who may do what: the one place that answers role questions.

A person's roles follow from what they are:
- secretariat staff: an active account marked `is_staff`;
- a focal point of the members whose FocalPoint rows name their login (`user.focal_points`);
- a seat holder: a Seat naming their login, held on a date (`user.seats`); a board member holds
  one in the Executive Bureau or the Council.

`Roles` is mixed into `kota.core.models.User`, so a page or template asks `user.is_secretariat`,
`user.is_focal_point_of(member)` or `user.seat_in(kind, on=date)`. The functions below answer the
same questions for anyone, visitors (AnonymousUser) and None included, and are what views,
models and forms call. The answers come through the reverse relations, whose managers carry
the FocalPoint and Seat QuerySet methods, so `core` imports neither `members` nor `governance`.
Answers about today are read once per user object: a page may ask as often as it likes.

The decorators and `require()` turn an answer into a login redirect or a refusal (403).
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.utils import timezone


class Roles:
    """Role questions, mixed into the User model."""

    @property
    def is_secretariat(self):
        """Secretariat staff: an active account marked as staff."""
        return bool(self.is_authenticated and self.is_active and self.is_staff)

    def _remember(self, key, compute):
        cache = self.__dict__.setdefault("_roles_cache", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def forget_roles(self):
        """Drop the remembered answers (after linking a focal point or a seat to this user)."""
        self.__dict__.pop("_roles_cache", None)

    def focal_point_member_ids(self):
        """The ids of the members this user is a focal point of (a frozenset)."""
        if not (self.is_authenticated and self.is_active):
            return frozenset()
        return self._remember(
            "focal_points",
            lambda: frozenset(self.focal_points.values_list("member_id", flat=True)),
        )

    @property
    def is_focal_point(self):
        """Whether this user speaks for at least one member."""
        return bool(self.focal_point_member_ids())

    def is_focal_point_of(self, member):
        """Whether this user is a focal point of `member` (a Member or its id)."""
        return getattr(member, "pk", member) in self.focal_point_member_ids()

    def seat_in(self, kind=None, *, body=None, on=None):
        """The seat this user holds on `on` (today by default) in a body of `kind` (a
        Body.Kind) or in `body`, the first one if several; None if none."""
        if not (self.is_authenticated and self.is_active):
            return None
        seats = self.seats.held_on(on or timezone.localdate())
        if kind is not None:
            seats = seats.filter(body__kind=kind)
        if body is not None:
            seats = seats.filter(body=body)
        return seats.select_related("body").order_by("pk").first()

    def is_on_board(self, on=None):
        """Whether this user holds a seat in the Executive Bureau or the Council on `on`
        (today by default)."""
        if not (self.is_authenticated and self.is_active):
            return False
        if on is None:
            return self._remember("board", lambda: self.seats.current().board().exists())
        return self.seats.held_on(on).board().exists()

    @property
    def sees_everything(self):
        """Staff and board members see drafts, values awaiting review, private indicators,
        work plans before endorsement and lessons learned."""
        return self.is_secretariat or self.is_on_board()


def _roles(user):
    """`user` if it can answer role questions; None for visitors and missing users."""
    if user is None or not isinstance(user, Roles) or not user.is_authenticated:
        return None
    return user


def is_secretariat(user):
    roles = _roles(user)
    return roles is not None and roles.is_secretariat


def focal_point_member_ids(user):
    roles = _roles(user)
    return frozenset() if roles is None else roles.focal_point_member_ids()


def is_focal_point(user):
    return bool(focal_point_member_ids(user))


def is_focal_point_of(user, member):
    roles = _roles(user)
    return roles is not None and roles.is_focal_point_of(member)


def seat_in(user, kind=None, *, body=None, on=None):
    roles = _roles(user)
    return None if roles is None else roles.seat_in(kind, body=body, on=on)


def is_on_board(user, on=None):
    roles = _roles(user)
    return roles is not None and roles.is_on_board(on)


def sees_everything(user):
    roles = _roles(user)
    return roles is not None and roles.sees_everything


def is_secretariat_or_focal_point_of(user, member):
    """Who manages a member's record: the secretariat, and the member's own focal points."""
    return is_secretariat(user) or is_focal_point_of(user, member)


def require(allowed):
    """Refuse (403) unless `allowed`; for the check a view makes after fetching its object."""
    if not allowed:
        raise PermissionDenied


def role_required(test):
    """A view decorator: a visitor is sent to log in; a user for whom `test(user)` is false is
    refused (403)."""

    def decorator(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            require(test(request.user))
            return view(request, *args, **kwargs)

        return login_required(checked)

    return decorator


# Secretariat staff only.
staff_required = role_required(is_secretariat)
# Secretariat staff and board members.
staff_or_board_required = role_required(sees_everything)
