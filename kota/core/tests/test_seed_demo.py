import pytest
from django.core.management import call_command

from kota.governance.models import Body, Seat
from kota.members.models import FocalPoint, Member

pytestmark = pytest.mark.django_db


def seed(capsys, *args):
    call_command("seed_demo", *args)
    return capsys.readouterr().out


def test_the_small_demo_network_is_realistic(capsys, settings):
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
    assert "password surabaya-kota-demo" in out
    assert "password board-kota-demo" in out


def test_the_same_seed_builds_the_same_network(capsys):
    seed(capsys, "--seed", "3")
    first = list(Member.objects.order_by("external_id").values_list("name", "status", "joined_on"))
    holders = list(Seat.objects.order_by("pk").values_list("holder_name", "holder_sex"))
    seed(capsys, "--seed", "3", "--reset")
    assert (
        list(Member.objects.order_by("external_id").values_list("name", "status", "joined_on"))
        == first
    )
    assert list(Seat.objects.order_by("pk").values_list("holder_name", "holder_sex")) == holders


def test_passwords_are_not_printed_when_debug_is_off(capsys, settings):
    settings.DEBUG = False
    out = seed(capsys)
    assert "kota-demo" not in out
    assert "hidden: DEBUG is off" in out


def test_it_leaves_an_existing_network_alone_without_reset(capsys):
    seed(capsys)
    count = Member.objects.count()
    assert "nothing done" in seed(capsys)
    assert Member.objects.count() == count


def test_the_demo_accounts_have_their_roles(capsys, client):
    seed(capsys)
    client.force_login(
        Member.objects.get(name="Surabaya").focal_points.get(user__isnull=False).user
    )
    assert client.get("/members/surabaya/edit/").status_code == 200
    assert client.get("/members/makassar/edit/").status_code == 403
    board = Seat.objects.current().get(user__username="board")
    assert board.body.slug == "executive-bureau"


@pytest.mark.slow
def test_the_large_demo_network_has_10000_members(capsys):
    seed(capsys, "--scale", "large")
    assert Member.objects.count() == 10_000
