"""The demo network. Seeding takes seconds, so each test seeds once and asks several things.
The large scale (10,000 members) is exercised by `make bench`, not here."""

import pytest
from django.core.management import call_command

from kota.dues.models import Invoice
from kota.governance.models import Body, Seat
from kota.members.models import FocalPoint, Member

pytestmark = pytest.mark.django_db


def seed(capsys, *args):
    call_command("seed_demo", *args)
    return capsys.readouterr().out


def test_the_small_demo_network_is_realistic_and_has_one_account_per_role(capsys, settings, client):
    settings.DEBUG = True
    out = seed(capsys, "--scale", "small", "--seed", "7")
    assert 280 <= Member.objects.count() <= 350
    assert Member.objects.values("country").distinct().count() >= 20
    assert Member.objects.filter(local_name="广州市").exists()
    assert Member.objects.filter(local_name__contains="서울").exists()
    assert FocalPoint.objects.count() >= Member.objects.count()
    assert set(Body.objects.values_list("kind", flat=True)) == {
        "executive_bureau",
        "council",
        "committee",
        "standing_committee",
    }
    assert Body.objects.get(slug="women-committee").lead_member.name == "Guangzhou"
    assert Body.objects.get(slug="brlc-committee").supporting_organisation == "CPAFFC"
    years = {seat.starts_on.year for seat in Seat.objects.all()}
    assert {2014, 2016, 2018, 2020, 2022, 2024} <= years

    # Dues 2021 onwards: most paid, some overdue, some members lapsed for it.
    rates = [
        Invoice.objects.filter(year=y).collection_rate()["amount_rate"] for y in range(2021, 2026)
    ]
    assert all(70 < rate < 100 for rate in rates)
    assert Invoice.objects.filter(status=Invoice.Status.OVERDUE).exists()
    assert Member.objects.filter(status=Member.Status.LAPSED).exists()

    assert "password surabaya-kota-demo" in out and "password board-kota-demo" in out
    client.force_login(FocalPoint.objects.get(user__username="surabaya").user)
    assert client.get("/members/surabaya/edit/").status_code == 200
    assert client.get("/members/makassar/edit/").status_code == 403
    assert Seat.objects.current().get(user__username="board").body.slug == "executive-bureau"

    count = Member.objects.count()
    assert "nothing done" in seed(capsys)
    assert Member.objects.count() == count


def test_the_same_seed_builds_the_same_network_and_hides_passwords_without_debug(capsys, settings):
    settings.DEBUG = True
    seed(capsys, "--seed", "3")
    members = list(
        Member.objects.order_by("external_id").values_list("name", "status", "joined_on")
    )
    holders = list(Seat.objects.order_by("pk").values_list("holder_name", "holder_sex"))
    invoices = list(Invoice.objects.order_by("number").values_list("number", "amount", "status"))
    settings.DEBUG = False
    out = seed(capsys, "--seed", "3", "--reset")
    assert (
        list(Member.objects.order_by("external_id").values_list("name", "status", "joined_on"))
        == members
    )
    assert list(Seat.objects.order_by("pk").values_list("holder_name", "holder_sex")) == holders
    assert (
        list(Invoice.objects.order_by("number").values_list("number", "amount", "status"))
        == invoices
    )
    assert "kota-demo" not in out
    assert "hidden: DEBUG is off" in out
