"""The roles module: each persona's answers, seats on dates around their term, and the
decorators' login redirect and refusal."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory

from kota.core import access
from kota.core.models import User
from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body
from kota.members.factories import FocalPointFactory, MemberFactory

pytestmark = pytest.mark.django_db

ROLES = {
    # persona: (secretariat, focal point, of Surabaya, of Makassar, on the board, sees all)
    "secretariat": (True, False, False, False, False, True),
    "surabaya": (False, True, True, False, False, False),
    "makassar": (False, True, False, True, False, False),
    "board": (False, False, False, False, True, True),
    "anonymous": (False, False, False, False, False, False),
}


@pytest.mark.parametrize("name", list(ROLES))
def test_each_persona_has_the_roles_it_is_named_for(personas, name):
    user = dict(personas.all())[name] or AnonymousUser()
    answers = (
        access.is_secretariat(user),
        access.is_focal_point(user),
        access.is_focal_point_of(user, personas.surabaya_city),
        access.is_focal_point_of(user, personas.makassar_city.pk),
        access.is_on_board(user),
        access.sees_everything(user),
    )
    assert answers == ROLES[name]


def test_the_user_model_answers_the_same_questions(personas):
    assert personas.secretariat.is_secretariat and not personas.surabaya.is_secretariat
    assert personas.surabaya.is_focal_point_of(personas.surabaya_city)
    assert personas.surabaya.focal_point_member_ids() == {personas.surabaya_city.pk}
    assert personas.board.is_on_board() and personas.board.sees_everything
    assert personas.board.seat_in(Body.Kind.EXECUTIVE_BUREAU) == personas.board_seat


def test_nobody_is_anything_when_there_is_no_user():
    assert not access.is_secretariat(None)
    assert access.focal_point_member_ids(None) == frozenset()
    assert access.seat_in(None, Body.Kind.COUNCIL) is None


def test_an_inactive_account_has_no_role(personas):
    for user in (personas.secretariat, personas.surabaya, personas.board):
        user.is_active = False
        user.forget_roles()
        assert not (access.is_secretariat(user) or access.is_focal_point(user))
        assert not access.is_on_board(user)


def test_a_seat_counts_from_its_first_day_to_its_last_and_not_around_them():
    user = User.objects.create_user("councillor")
    council = BodyFactory(slug="council", kind=Body.Kind.COUNCIL)
    seat = SeatFactory(
        body=council,
        user=user,
        starts_on=datetime.date(2022, 1, 1),
        ends_on=datetime.date(2023, 12, 31),
    )
    before, first, last, after = (
        datetime.date(2021, 12, 31),
        datetime.date(2022, 1, 1),
        datetime.date(2023, 12, 31),
        datetime.date(2024, 1, 1),
    )
    assert [access.is_on_board(user, on) for on in (before, first, last, after)] == [
        False,
        True,
        True,
        False,
    ]
    assert access.seat_in(user, Body.Kind.COUNCIL, on=first) == seat
    assert access.seat_in(user, body=council, on=last) == seat
    assert access.seat_in(user, Body.Kind.EXECUTIVE_BUREAU, on=first) is None
    assert not access.is_on_board(user)  # today is after the term


def test_a_committee_seat_is_a_seat_but_not_a_board_seat():
    user = User.objects.create_user("committee-chair")
    SeatFactory(body=BodyFactory(kind=Body.Kind.COMMITTEE), user=user, ends_on=None)
    assert access.seat_in(user, Body.Kind.COMMITTEE) is not None
    assert not access.is_on_board(user)


def test_todays_answers_are_read_once_per_user_object(personas, django_assert_num_queries):
    user = User.objects.get(pk=personas.board.pk)
    with django_assert_num_queries(2):
        for _ in range(3):
            access.sees_everything(user)
            access.is_focal_point(user)


def test_a_newly_linked_focal_point_counts_once_the_answers_are_forgotten(personas):
    user = personas.makassar
    assert not access.is_focal_point_of(user, personas.surabaya_city)
    FocalPointFactory(member=personas.surabaya_city, user=user)
    user.forget_roles()
    assert access.is_focal_point_of(user, personas.surabaya_city)
    assert not access.is_focal_point_of(user, MemberFactory())


def _view(request):
    return HttpResponse("ok")


@pytest.mark.parametrize(
    "decorator, allowed",
    [
        (access.staff_required, {"secretariat"}),
        (access.staff_or_board_required, {"secretariat", "board"}),
    ],
)
def test_the_decorators_send_visitors_to_log_in_and_refuse_the_others(personas, decorator, allowed):
    view = decorator(_view)
    for name, user in personas.all():
        request = RequestFactory().get("/somewhere/")
        request.user = user or AnonymousUser()
        if user is None:
            response = view(request)
            assert response.status_code == 302 and "next=/somewhere/" in response["Location"]
        elif name in allowed:
            assert view(request).status_code == 200
        else:
            with pytest.raises(PermissionDenied):
                view(request)
