import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kota.governance.factories import BodyFactory, SeatFactory
from kota.governance.models import Body, Seat
from kota.lib import measures
from kota.members.models import Sex
from kota.results.forecast import ProgressStatus
from kota.results.models import Indicator, Value

pytestmark = pytest.mark.django_db
D = datetime.date


def seats(body, total, women, starts_on, ends_on):
    SeatFactory.create_batch(
        women, body=body, holder_sex=Sex.FEMALE, starts_on=starts_on, ends_on=ends_on
    )
    SeatFactory.create_batch(total - women, body=body, starts_on=starts_on, ends_on=ends_on)


@pytest.fixture
def board():
    bureau = BodyFactory(
        slug="executive-bureau", name="Executive Bureau", kind=Body.Kind.EXECUTIVE_BUREAU
    )
    council = BodyFactory(slug="council", name="Council", kind=Body.Kind.COUNCIL)
    committee = BodyFactory(slug="women-committee", name="Women Committee")
    # 2021-2022: 3 women of 15 board seats (20%); 2023-2024: 6 of 15 (40%).
    seats(bureau, 5, 1, D(2021, 1, 1), D(2022, 12, 31))
    seats(council, 10, 2, D(2021, 1, 1), D(2022, 12, 31))
    seats(bureau, 5, 2, D(2023, 1, 1), D(2024, 12, 31))
    seats(council, 10, 4, D(2023, 1, 1), D(2024, 12, 31))
    # A committee is not part of the board: its seats never count here.
    seats(committee, 4, 4, D(2021, 1, 1), None)
    return bureau, council


@pytest.fixture
def kpi(manifesto):
    return Indicator.objects.get(plan=manifesto, code="KPI-1.4.2")


def snapshot(capsys, *args):
    call_command("snapshot_indicators", *args)
    return capsys.readouterr().out


def test_the_womens_share_kpi_counts_the_executive_bureau_and_council_together(board, kpi):
    assert kpi.compute(D(2021, 1, 1), D(2021, 12, 31)) == Decimal("20.00")
    assert kpi.compute(D(2023, 1, 1), D(2023, 12, 31)) == Decimal("40.00")
    board_seats = Seat.objects.board()
    assert kpi.compute(D(2022, 1, 1), D(2022, 6, 30)) == board_seats.women_share(D(2022, 6, 30))


def test_the_live_value_reads_the_seats_held_on_the_day(board, kpi):
    assert kpi.live_value(on=D(2022, 3, 1)) == Decimal("20.00")
    assert kpi.live_value(on=D(2023, 3, 1)) == Decimal("40.00")
    assert kpi.live_value(on=D(2026, 3, 1)) is None  # nobody holds a board seat yet


def test_a_measure_can_name_its_bodies_by_slug(board):
    share = measures.get("governance.women_share")
    assert share(D(2021, 1, 1), D(2021, 12, 31), bodies=["council"]) == Decimal("20.00")
    with pytest.raises(ValueError, match="needs body_kinds or bodies"):
        share(D(2021, 1, 1), D(2021, 12, 31))


def test_snapshots_store_each_period_once_and_a_second_run_changes_nothing(board, kpi, capsys):
    out = snapshot(capsys, "--on", "2024-06-01", "--backfill")
    assert "3 created, 0 updated, 0 unchanged" in out
    computed = kpi.values.filter(origin=Value.Origin.COMPUTED)
    assert [(v.period_label, v.number) for v in computed] == [
        ("2021", Decimal("20.00")),
        ("2022", Decimal("20.00")),
        ("2023", Decimal("40.00")),
    ]
    before = list(Value.history.order_by("pk").values_list("pk", flat=True))
    stamps = list(computed.values_list("computed_at", flat=True))
    out = snapshot(capsys, "--on", "2024-06-01", "--backfill")
    assert "0 created, 0 updated, 3 unchanged" in out
    assert list(Value.history.order_by("pk").values_list("pk", flat=True)) == before
    assert list(computed.values_list("computed_at", flat=True)) == stamps


def test_a_daily_run_snapshots_the_last_complete_period(board, kpi, capsys):
    assert "1 created" in snapshot(capsys, "--on", "2023-02-10")
    assert "0 created, 0 updated, 1 unchanged" in snapshot(capsys, "--on", "2023-11-30")
    (value,) = kpi.values.filter(origin=Value.Origin.COMPUTED)
    assert (value.period_label, value.number) == ("2022", Decimal("20.00"))


def test_the_plans_history_before_it_began_is_not_recomputed(board, kpi, capsys):
    snapshot(capsys, "--on", "2021-03-01", "--backfill")  # 2020 is before the plan
    assert not kpi.values.filter(origin=Value.Origin.COMPUTED).exists()
    assert kpi.values.get(period_end=D(2020, 12, 31)).number == Decimal("15.38")


def test_a_snapshot_follows_corrected_records_and_keeps_the_old_number(board, kpi, capsys):
    snapshot(capsys, "--on", "2022-01-10")
    seat = Seat.objects.filter(body__slug="council", starts_on=D(2021, 1, 1), holder_sex=Sex.MALE)[
        0
    ]
    seat.holder_sex = Sex.FEMALE
    seat.save()
    assert "0 created, 1 updated" in snapshot(capsys, "--on", "2022-01-10")
    value = kpi.values.get(period_end=D(2021, 12, 31))
    assert value.number == Decimal("26.67")
    assert [h.number for h in value.history.all()] == [Decimal("26.67"), Decimal("20.00")]


def test_the_womens_share_kpi_is_judged_against_its_30_percent_target(board, kpi, capsys):
    snapshot(capsys, "--on", "2024-06-01", "--backfill")
    progress = Indicator.objects.get(pk=kpi.pk).progress(on=D(2024, 6, 1))
    assert progress.latest.number == Decimal("40.00")
    assert progress.start.number == Decimal("15.38")
    assert progress.target == Decimal("30")
    assert progress.status == ProgressStatus.ON_TRACK


def test_a_measure_name_is_registered_once():
    with pytest.raises(ValueError, match="already registered"):
        measures.register("governance.women_share", label="Again")(lambda start, end: None)
    assert "governance.women_share" in dict(measures.choices())


def test_snapshots_can_be_limited_to_one_indicator(board, kpi, capsys):
    out = snapshot(capsys, "--on", "2022-01-10", "--plan", kpi.plan.slug, "--indicator", kpi.code)
    assert "1 created" in out
    with pytest.raises(CommandError, match="No computed indicator matches"):
        call_command("snapshot_indicators", "--indicator", "NOPE")
