import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError

from kota.dues.factories import FeeScheduleFactory, TierFactory
from kota.dues.models import Dues, FeeOverride, FeeRate, Invoice, TierRule
from kota.dues.services import issue_invoices
from kota.members.factories import MemberFactory
from kota.members.models import Member

pytestmark = pytest.mark.django_db
D = datetime.date


def test_issuing_creates_one_dues_and_one_numbered_invoice_per_billed_member():
    FeeScheduleFactory(year=2026, fee="1200")
    a, b = MemberFactory(name="A City"), MemberFactory(name="B City")
    MemberFactory(name="C Lapsed", status=Member.Status.LAPSED)
    MemberFactory(name="D Withdrawn", status=Member.Status.WITHDRAWN)
    MemberFactory(name="E Joins Later", joined_on=D(2027, 2, 1))
    summary = issue_invoices(year=2026, today=D(2026, 1, 15))
    assert [i.number for i in summary.issued] == ["2026-00001", "2026-00002", "2026-00003"]
    assert [i.dues.member.name for i in summary.issued] == ["A City", "B City", "C Lapsed"]
    invoice = Invoice.objects.get(dues__member=a)
    assert (invoice.amount, invoice.currency, invoice.due_on) == (
        Decimal("1200.000"),
        "USD",
        D(2026, 3, 31),
    )
    assert Dues.objects.get(member=b, year=2026).amount == Decimal("1200")


def test_issuing_twice_creates_nothing_new():
    FeeScheduleFactory(year=2026)
    MemberFactory.create_batch(3)
    issue_invoices(year=2026)
    again = issue_invoices(year=2026)
    assert (again.issued, again.already) == ([], 3)
    assert Invoice.objects.count() == 3 and Dues.objects.count() == 3


def test_a_new_member_gets_the_next_number_without_gaps():
    FeeScheduleFactory(year=2026)
    MemberFactory.create_batch(2)
    issue_invoices(year=2026)
    MemberFactory(name="Newcomer")
    [invoice] = issue_invoices(year=2026).issued
    assert invoice.number == "2026-00003"
    FeeScheduleFactory(year=2027)
    assert issue_invoices(year=2027).issued[0].number == "2027-00001"


def test_a_failed_run_uses_no_number(monkeypatch):
    FeeScheduleFactory(year=2026)
    MemberFactory.create_batch(3)
    original = Invoice.issue
    calls = []

    def fail_on_third(dues, **kwargs):
        calls.append(dues)
        if len(calls) == 3:
            raise RuntimeError("the server died")
        return original(dues, **kwargs)

    monkeypatch.setattr(Invoice, "issue", staticmethod(fail_on_third))
    with pytest.raises(RuntimeError):
        issue_invoices(year=2026)
    assert Invoice.objects.count() == 0 and Dues.objects.count() == 0
    monkeypatch.setattr(Invoice, "issue", original)
    numbers = [i.number for i in issue_invoices(year=2026).issued]
    assert numbers == ["2026-00001", "2026-00002", "2026-00003"]


def test_rules_place_members_by_kind_population_and_income_group():
    schedule = FeeScheduleFactory(year=2026, fee="300")  # "standard" catches the rest
    large = TierFactory(slug="large", name="Large city, high income")
    association = TierFactory(slug="association", name="Association")
    FeeRate.objects.create(schedule=schedule, tier=large, amount=5000)
    FeeRate.objects.create(schedule=schedule, tier=association, amount=2000)
    TierRule.objects.create(
        schedule=schedule, tier=association, priority=1, member_kind=Member.Kind.ASSOCIATION
    )
    TierRule.objects.create(
        schedule=schedule, tier=large, priority=2, min_population=1_000_000, income_group="H"
    )
    tokyo = MemberFactory(name="Tokyo", country_id="JP", population=14_000_000)
    jakarta = MemberFactory(name="Jakarta", country_id="ID", population=10_000_000)
    lgnz = MemberFactory(name="LGNZ", country_id="NZ", kind=Member.Kind.ASSOCIATION)
    issue_invoices(year=2026)
    amounts = {d.member: (d.tier.slug, d.amount) for d in Dues.objects.all()}
    assert amounts[tokyo] == ("large", Decimal("5000"))
    assert amounts[jakarta] == ("standard", Decimal("300"))
    assert amounts[lgnz] == ("association", Decimal("2000"))


def test_an_override_sets_the_amount_with_its_reason(personas):
    schedule = FeeScheduleFactory(year=2026, fee="1000")
    FeeOverride.objects.create(
        schedule=schedule,
        member=personas.surabaya_city,
        amount=400,
        reason="Earthquake recovery",
        approved_by=personas.secretariat,
    )
    issue_invoices(year=2026)
    dues = Dues.objects.get(member=personas.surabaya_city)
    assert (dues.amount, dues.note) == (Decimal("400"), "Earthquake recovery")


def test_members_no_rule_places_are_listed_not_invoiced():
    schedule = FeeScheduleFactory(year=2026)
    schedule.rules.update(member_kind=Member.Kind.CITY)
    MemberFactory(name="A Province", kind=Member.Kind.PROVINCE)
    summary = issue_invoices(year=2026)
    assert [m.name for m in summary.unplaced] == ["A Province"]
    assert Invoice.objects.count() == 0


def test_dues_are_never_two_for_one_member_and_year():
    FeeScheduleFactory(year=2026)
    member = MemberFactory()
    issue_invoices(year=2026)
    dues = Dues.objects.get(member=member)
    with pytest.raises(IntegrityError):
        Dues.objects.create(
            member=member,
            year=2026,
            schedule=dues.schedule,
            tier=dues.tier,
            amount=1,
            currency="USD",
        )


def test_an_invoice_is_never_deleted():
    FeeScheduleFactory(year=2026)
    MemberFactory()
    [invoice] = issue_invoices(year=2026).issued
    with pytest.raises(ValidationError):
        invoice.delete()


def test_the_command_issues_and_is_idempotent(capsys):
    FeeScheduleFactory(year=2026)
    MemberFactory.create_batch(2)
    call_command("issue_invoices", "--year", "2026")
    assert "2 invoices issued for 2026" in capsys.readouterr().out
    call_command("issue_invoices", "--year", "2026")
    assert "0 invoices issued for 2026; 2 members already had one" in capsys.readouterr().out


def test_the_command_refuses_a_year_without_a_schedule():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no fee schedule for 2030"):
        call_command("issue_invoices", "--year", "2030")


def test_a_member_invoiced_after_the_due_date_gets_thirty_days():
    FeeScheduleFactory(year=2026)  # due 31 March
    MemberFactory(joined_on=D(2026, 9, 1))
    [invoice] = issue_invoices(year=2026, today=D(2026, 9, 2)).issued
    assert invoice.due_on == D(2026, 10, 2)
