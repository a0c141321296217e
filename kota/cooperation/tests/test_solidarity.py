"""Solidarity: needs, pledges that never exceed what a need still lacks (even two at once, on
both databases), shipments and receipts, and the public page without personal data."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from kota.cooperation.factories import AppealFactory, NeedFactory
from kota.cooperation.models import Need, Pledge, PledgeRefused
from kota.core.models import User
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.partners.factories import PartnerFactory
from kota.test import run_together


@pytest.mark.django_db
def test_a_pledge_above_what_is_still_needed_is_refused(personas):
    need = NeedFactory(quantity=10)
    need.pledge(quantity=7, member=personas.surabaya_city, by=personas.surabaya)
    with pytest.raises(PledgeRefused, match="Only 3 tents"):
        need.pledge(quantity=4, member=personas.makassar_city, by=personas.makassar)
    need.pledge(quantity=3, member=personas.makassar_city, by=personas.makassar)
    assert need.remaining() == 0


@pytest.mark.django_db
def test_a_focal_point_pledges_for_their_own_member_only(personas):
    need = NeedFactory()
    with pytest.raises(PermissionDenied):
        need.pledge(quantity=1, member=personas.makassar_city, by=personas.surabaya)
    with pytest.raises(PermissionDenied):  # a partner's pledge is recorded by the secretariat
        need.pledge(quantity=1, partner_name="Red Cross", by=personas.surabaya)
    pledge = need.pledge(quantity=1, partner_name="A partner", by=personas.secretariat)
    assert pledge.donor == "A partner"


@pytest.mark.django_db(transaction=True)
def test_two_pledges_for_the_last_of_a_need_at_once(live_db):
    """Both databases: the need's row is locked (PostgreSQL) or the write lock taken at the
    start of the transaction (SQLite), so the two pledges are decided one after the other and
    only one of them fits."""
    need = NeedFactory(quantity=10)
    donors = []
    for name in ("Cebu", "Iloilo"):
        contact = FocalPointFactory(member=MemberFactory(name=name))
        contact.user = User.objects.create_user(name.lower(), f"{name}@example.org", "pw")
        contact.save()
        donors.append((contact.member, contact.user))

    def pledge(member, user):
        return lambda: Need.objects.get(pk=need.pk).pledge(quantity=6, member=member, by=user)

    errors = run_together(*(pledge(member, user) for member, user in donors))
    assert len(errors) == 1 and isinstance(errors[0], PledgeRefused)
    assert Pledge.objects.filter(need=need).count() == 1
    assert Need.objects.get(pk=need.pk).pledged_quantity() == Decimal(6)


@pytest.mark.django_db
def test_shipment_and_receipt_make_a_need_met(personas):
    need = NeedFactory(quantity=5, member=personas.makassar_city)
    pledge = need.pledge(quantity=5, member=personas.surabaya_city, by=personas.surabaya)
    with pytest.raises(PermissionDenied):
        pledge.ship(by=personas.makassar)  # the donor ships
    pledge.ship(by=personas.surabaya, reference="AWB 123")
    with pytest.raises(PermissionDenied):
        pledge.receive(by=personas.surabaya)  # the affected member receives
    pledge.receive(by=personas.makassar)
    assert list(Need.objects.met()) == [need]
    assert [h.history_change_reason for h in pledge.history.order_by("history_date")] == [
        "Pledged",
        "Shipped",
        "Received",
    ]


@pytest.mark.django_db
def test_the_public_page_shows_needs_met_and_open_without_personal_data(client, personas):
    appeal = AppealFactory(title="Earthquake response")
    met = NeedFactory(appeal=appeal, item="Water", quantity=2, member=personas.makassar_city)
    NeedFactory(appeal=appeal, item="Blankets", quantity=9)
    pledge = met.pledge(quantity=2, member=personas.surabaya_city, by=personas.surabaya)
    pledge.receive(by=personas.makassar)
    html = client.get(appeal.get_absolute_url()).content.decode()
    assert "1 of 2 needs met." in html
    assert "Surabaya" in html and "Blankets" in html
    assert "fp@surabaya.example" not in html and "surabaya@" not in html
    assert "pledge-form" not in html  # a visitor does not pledge


@pytest.mark.django_db
def test_a_focal_point_pledges_on_the_page(client, personas):
    appeal = AppealFactory()
    need = NeedFactory(appeal=appeal, quantity=4)
    client.force_login(personas.surabaya)
    client.post(
        f"/cooperation/appeals/{appeal.slug}/pledge/",
        {"need": need.pk, "member": personas.surabaya_city.pk, "quantity": "5"},
    )
    assert not need.pledges.exists()  # more than needed
    client.post(
        f"/cooperation/appeals/{appeal.slug}/pledge/",
        {"need": need.pk, "member": personas.surabaya_city.pk, "quantity": "4"},
    )
    assert need.pledges.get().quantity == 4


@pytest.mark.django_db
def test_an_affected_member_posts_a_need_on_the_page(client, personas):
    appeal = AppealFactory()
    client.force_login(personas.makassar)
    page = client.get(appeal.get_absolute_url()).content.decode()
    assert 'id="id_need-member"' in page  # apart from the pledge form's id_member
    client.post(
        f"/cooperation/appeals/{appeal.slug}/needs/",
        {
            "need-member": personas.makassar_city.pk,
            "need-item": "Generators",
            "need-quantity": "3",
            "need-unit": "generators",
        },
    )
    assert appeal.needs.get().item == "Generators"


@pytest.mark.django_db
def test_the_secretariat_records_a_partners_pledge(client, personas):
    appeal = AppealFactory()
    need = NeedFactory(appeal=appeal, quantity=100)
    unicef = PartnerFactory(name="A children's fund", acronym="ACF")
    client.force_login(personas.secretariat)
    client.post(
        f"/cooperation/appeals/{appeal.slug}/pledge/",
        {"need": need.pk, "partner": unicef.pk, "quantity": "40"},
    )
    pledge = need.pledges.get()
    assert (pledge.partner, pledge.member, pledge.donor) == (unicef, None, "A children's fund")
    assert "A children&#x27;s fund: 40" in client.get(appeal.get_absolute_url()).content.decode()
