"""A seeded database survives a round trip through backup and restore, table by table."""

import pytest
from django.core.management import CommandError, call_command

from kota.dues.factories import FeeScheduleFactory
from kota.dues.services import issue_invoices
from kota.governance.factories import SeatFactory
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.members.models import Member
from kota.site.backup import fingerprint

pytestmark = pytest.mark.usefixtures("live_db")


@pytest.fixture
def network():
    for n in range(30):
        FocalPointFactory(member=MemberFactory(name=f"Town {n}", local_name=f"镇 {n}"))
    SeatFactory.create_batch(5)
    FeeScheduleFactory(year=2026)
    issue_invoices(year=2026)


def test_a_backup_restores_every_table_exactly(network, tmp_path, capsys):
    before = fingerprint()
    assert before["members_member"][0] >= 30 and before["dues_invoice"][0] >= 30
    path = tmp_path / "kota.backup"
    call_command("backup", "--output", str(path))
    assert "Backed up to" in capsys.readouterr().out

    Member.objects.filter(name__startswith="Town 1").update(name="Changed")
    MemberFactory(name="Added after the backup")
    assert fingerprint() != before

    call_command("restore", str(path), "--yes")
    after = fingerprint()
    assert {t: c for t, (c, _h) in after.items()} == {t: c for t, (c, _h) in before.items()}
    assert after == before


def test_a_backup_never_overwrites_a_file(network, tmp_path):
    path = tmp_path / "kota.backup"
    path.write_text("precious")
    with pytest.raises(CommandError, match="never overwrites"):
        call_command("backup", "--output", str(path))
    assert path.read_text() == "precious"


def test_restoring_something_that_is_not_a_backup_changes_nothing(network, tmp_path):
    before = fingerprint()
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(CommandError):
        call_command("restore", str(junk), "--yes")
    assert fingerprint() == before
