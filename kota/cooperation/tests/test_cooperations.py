"""A cooperation: proposed by a focal point for their member, confirmed by each other side's
focal point for their own member only, verified by the secretariat; every change kept."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from kota.cooperation.factories import CooperationFactory
from kota.cooperation.models import Cooperation
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def propose(personas, *others):
    return Cooperation.propose(
        member=personas.surabaya_city,
        others=list(others) or [personas.makassar_city],
        by=personas.surabaya,
        kind=Cooperation.Kind.MOU,
        title="Surabaya–Makassar MoU on waste",
        started_on="2026-01-01",
    )


def test_the_proposers_side_is_confirmed_and_the_others_wait(personas):
    cooperation = propose(personas)
    sides = {p.member.name: p.confirmed_at is not None for p in cooperation.parties.all()}
    assert sides == {"Surabaya": True, "Makassar": False}
    assert cooperation.status == Cooperation.Status.PROPOSED


def test_a_cooperation_needs_every_sides_confirmation_before_it_can_be_verified(personas):
    jakarta = MemberFactory(name="Jakarta")
    jakarta_user = FocalPointFactory(member=jakarta, user=personas.board).user
    cooperation = propose(personas, personas.makassar_city, jakarta)

    with pytest.raises(ValidationError, match="confirmed by every side"):
        cooperation.verify(by=personas.secretariat)

    cooperation.confirm(personas.makassar_city, by=personas.makassar)
    cooperation.refresh_from_db()
    assert cooperation.status == Cooperation.Status.PROPOSED  # Jakarta has not confirmed
    with pytest.raises(ValidationError):
        cooperation.verify(by=personas.secretariat)

    jakarta_user.forget_roles()
    cooperation.confirm(jakarta, by=jakarta_user)
    cooperation.refresh_from_db()
    assert cooperation.status == Cooperation.Status.CONFIRMED
    cooperation.verify(by=personas.secretariat)
    cooperation.refresh_from_db()
    assert cooperation.status == Cooperation.Status.ACTIVE
    assert cooperation in Cooperation.objects.active()


def test_a_focal_point_cannot_confirm_for_another_member(personas):
    cooperation = propose(personas)
    with pytest.raises(PermissionDenied):
        cooperation.confirm(personas.makassar_city, by=personas.surabaya)
    with pytest.raises(PermissionDenied):  # nor can the secretariat confirm for a side
        cooperation.confirm(personas.makassar_city, by=personas.secretariat)
    assert cooperation.parties.get(member=personas.makassar_city).confirmed_at is None


def test_a_focal_point_cannot_propose_for_another_member(personas):
    with pytest.raises(PermissionDenied):
        Cooperation.propose(
            member=personas.makassar_city,
            others=[personas.surabaya_city],
            by=personas.surabaya,
            kind=Cooperation.Kind.MOU,
            title="Not mine to propose",
            started_on="2026-01-01",
        )


def test_only_the_secretariat_verifies(personas):
    cooperation = propose(personas)
    cooperation.confirm(personas.makassar_city, by=personas.makassar)
    with pytest.raises(PermissionDenied):
        cooperation.verify(by=personas.surabaya)


def test_a_cooperation_with_one_side_is_refused(personas):
    with pytest.raises(ValidationError, match="two sides"):
        propose(personas, personas.surabaya_city)


def test_every_step_is_kept_in_history(personas):
    cooperation = propose(personas)
    cooperation.confirm(personas.makassar_city, by=personas.makassar)
    cooperation.verify(by=personas.secretariat)
    reasons = list(
        cooperation.history.order_by("history_date").values_list("history_change_reason", flat=True)
    )
    assert reasons == ["Proposed", "Confirmed by every side", "Verified"]
    party = cooperation.parties.get(member=personas.makassar_city)
    assert party.history.filter(history_change_reason="Confirmed").exists()


def test_the_pages_confirm_and_verify(client, personas):
    cooperation = propose(personas)
    client.force_login(personas.surabaya)
    response = client.post(f"/cooperation/{cooperation.pk}/confirm/", {"member": "makassar"})
    assert response.status_code == 403
    client.force_login(personas.makassar)
    page = client.get(cooperation.get_absolute_url()).content.decode()
    assert "Confirm for Makassar" in page
    client.post(f"/cooperation/{cooperation.pk}/confirm/", {"member": "makassar"})
    client.force_login(personas.secretariat)
    client.post(f"/cooperation/{cooperation.pk}/verify/")
    cooperation.refresh_from_db()
    assert cooperation.status == Cooperation.Status.ACTIVE


def test_a_proposed_cooperation_is_seen_by_its_sides_and_the_secretariat_only(client, personas):
    cooperation = propose(personas)
    url = cooperation.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(personas.board)
    assert client.get(url).status_code == 404
    client.force_login(personas.makassar)
    assert client.get(url).status_code == 200


def test_proposing_emails_the_sides_that_must_confirm(
    client, personas, mailoutbox, django_capture_on_commit_callbacks
):
    personas.makassar_contact.email = "fp@makassar.example"
    personas.makassar_contact.save()
    client.force_login(personas.surabaya)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/cooperation/new/",
            {
                "member": personas.surabaya_city.pk,
                "others": [personas.makassar_city.pk],
                "kind": "mou",
                "title": "Waste MoU",
                "started_on": "2026-01-01",
            },
        )
    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["fp@makassar.example"]]
    assert "Please confirm" in mailoutbox[0].subject


def test_a_partner_organisation_is_a_side_the_secretariat_confirms(client, personas):
    un_habitat = PartnerFactory(name="UN-Habitat", acronym="UN-Habitat")
    cooperation = Cooperation.propose(
        member=personas.surabaya_city,
        others=[],
        partners=[un_habitat],
        by=personas.surabaya,
        kind=Cooperation.Kind.TECHNICAL,
        title="Surabaya and UN-Habitat on flood resilience",
        started_on="2026-01-01",
    )
    with pytest.raises(PermissionDenied):  # a focal point does not speak for a partner
        cooperation.confirm_partner(un_habitat, by=personas.surabaya)
    client.force_login(personas.secretariat)
    page = client.get(cooperation.get_absolute_url()).content.decode()
    assert "Confirm for UN-Habitat" in page
    client.post(f"/cooperation/{cooperation.pk}/confirm/", {"partner": un_habitat.slug})
    cooperation.verify(by=personas.secretariat)
    cooperation.refresh_from_db()
    assert cooperation.status == Cooperation.Status.ACTIVE

    network = client.get("/cooperation/network.json").json()
    assert {node["id"] for node in network["nodes"]} == {"surabaya", f"partner:{un_habitat.slug}"}
    (side,) = [
        s for s in client.get("/api/v1/cooperations").json()["items"][0]["sides"] if s["partner"]
    ]
    assert side == {
        "member": None,
        "partner": un_habitat.slug,
        "name": "UN-Habitat",
        "country": None,
        "confirmed": True,
    }
    assert "Surabaya and UN-Habitat" in client.get(un_habitat.get_absolute_url()).content.decode()


def test_the_network_links_every_pair_of_sides_and_follows_the_filters(client, personas):
    three = [
        personas.surabaya_city,
        personas.makassar_city,
        MemberFactory(name="Cebu", country_id="PH"),
    ]
    CooperationFactory(title="Three cities", sides=three)
    CooperationFactory(title="Trade", kind=Cooperation.Kind.TRADE)
    network = client.get("/cooperation/network.json?kind=sister_city").json()
    assert sorted(n["name"] for n in network["nodes"]) == ["Cebu", "Makassar", "Surabaya"]
    assert len(network["links"]) == 3  # each pair of the three sides
    assert {n["degree"] for n in network["nodes"]} == {2}
    by_country = client.get("/cooperation/network.json?country=ID").json()  # Surabaya's
    assert sorted(n["name"] for n in by_country["nodes"]) == ["Cebu", "Makassar", "Surabaya"]
    assert len(client.get("/cooperation/network.json").json()["links"]) == 4


def test_the_list_answers_htmx_with_its_results_only_and_a_member_filter(client, personas):
    CooperationFactory(
        title="Sister cities", sides=[personas.surabaya_city, personas.makassar_city]
    )
    CooperationFactory(title="Somebody else's")
    fragment = client.get("/cooperation/", headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and "Sister cities" in fragment
    page = client.get("/cooperation/?member=surabaya").content.decode()
    assert "Sister cities" in page and "Somebody else" not in page
