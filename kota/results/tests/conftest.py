import pytest

from kota.core.models import User
from kota.results.models import Plan


@pytest.fixture
def reviewer(db):
    """A second secretariat officer, to review what the `secretariat` persona submits."""
    return User.objects.create_user("reviewer", "reviewer@example.org", "pw", is_staff=True)


@pytest.fixture
def manifesto(db):
    """The Manifesto 2021-2025, loaded by the results migrations."""
    return Plan.objects.get(slug="manifesto-2021-2025")


@pytest.fixture
def council(db):
    """A member of the Council since 2024 (and of no other body)."""
    import datetime

    from kota.governance.factories import BodyFactory, SeatFactory
    from kota.governance.models import Body

    user = User.objects.create_user("councillor", "councillor@example.org", "pw")
    body = BodyFactory(slug="council", name="Council", kind=Body.Kind.COUNCIL)
    SeatFactory(body=body, user=user, starts_on=datetime.date(2024, 1, 1), ends_on=None)
    return user


@pytest.fixture
def past_board(personas):
    """A member of the Executive Bureau whose seat ended in 2023."""
    import datetime

    from kota.governance.factories import SeatFactory

    user = User.objects.create_user("former", "former@example.org", "pw")
    SeatFactory(
        body=personas.executive_bureau,
        user=user,
        starts_on=datetime.date(2020, 1, 1),
        ends_on=datetime.date(2023, 12, 31),
    )
    return user
