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
