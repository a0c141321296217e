import pytest
from django.urls import reverse

from kota.governance.factories import SeatFactory
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.members.models import Visibility
from kota.test import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def quezon(personas):
    member = MemberFactory(name="Quezon City", country_id="PH")
    FocalPointFactory(
        member=member,
        name="Maria Santos",
        name_visibility=Visibility.PUBLIC,
        email="maria@quezon.example",
        email_visibility=Visibility.MEMBERS,
        phone="+63 2 8988 4242",
        phone_visibility=Visibility.STAFF,
    )
    FocalPointFactory(
        member=member,
        name="Hidden Person",
        name_visibility=Visibility.STAFF,
        email="hidden@quezon.example",
        email_visibility=Visibility.PUBLIC,
    )
    return member


@pytest.mark.parametrize(
    ("persona", "sees"),
    [
        ("anonymous", {"Maria Santos"}),
        ("makassar", {"Maria Santos", "maria@quezon.example"}),
        ("board", {"Maria Santos", "maria@quezon.example"}),
        (
            "secretariat",
            {
                "Maria Santos",
                "maria@quezon.example",
                "+63 2 8988 4242",
                "Hidden Person",
                "hidden@quezon.example",
            },
        ),
    ],
)
def test_each_contact_field_is_shown_only_to_its_audience(client, personas, quezon, persona, sees):
    user = dict(personas.all())[persona]
    html = client_for(client, user).get(quezon.get_absolute_url()).content.decode()
    every = {
        "Maria Santos",
        "maria@quezon.example",
        "+63 2 8988 4242",
        "Hidden Person",
        "hidden@quezon.example",
    }
    assert {text for text in every if text in html} == sees


def test_a_focal_point_sees_every_contact_of_their_own_member(client, personas):
    FocalPointFactory(
        member=personas.surabaya_city,
        name="Staff-only Person",
        name_visibility=Visibility.STAFF,
        phone="+62 31 000 1111",
    )
    client.force_login(personas.surabaya)
    html = client.get(personas.surabaya_city.get_absolute_url()).content.decode()
    assert "Staff-only Person" in html
    assert "+62 31 000 1111" in html


def test_the_profile_lists_the_members_seats(client, personas):
    SeatFactory(
        member=personas.surabaya_city,
        holder_name="Eri Cahyadi",
        body__name="Council",
        body__slug="council",
    )
    html = client.get(personas.surabaya_city.get_absolute_url()).content.decode()
    assert "Eri Cahyadi" in html
    assert reverse("governance:body", args=["council"]) in html


def test_an_unknown_member_is_a_404(client, db):
    assert client.get(reverse("members:profile", args=["atlantis"])).status_code == 404
