import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from kota.dues.factories import FeeScheduleFactory
from kota.dues.models import Invoice, Payment, Reminder
from kota.dues.services import apply_standing, issue_invoices, send_reminders
from kota.members.factories import FocalPointFactory, MemberFactory
from kota.members.models import Member

pytestmark = pytest.mark.django_db
D = datetime.date
BANK = Payment.Method.BANK_TRANSFER


@pytest.fixture
def ormoc():
    FeeScheduleFactory(year=2026, fee="1000")  # due 31 March, 90 days' grace
    member = MemberFactory(name="Ormoc City", language="id")
    FocalPointFactory(member=member, email="keuangan@ormoc.example", is_billing=True)
    FocalPointFactory(member=member, email="mayor@ormoc.example", is_primary=True)
    issue_invoices(year=2026, today=D(2026, 1, 15))
    return member


def invoice_of(member):
    return Invoice.objects.get(dues__member=member)


def test_an_unpaid_invoice_is_overdue_after_its_due_date_but_the_member_is_not_lapsed(ormoc):
    apply_standing(today=D(2026, 4, 1))
    assert invoice_of(ormoc).status == Invoice.Status.OVERDUE
    ormoc.refresh_from_db()
    assert ormoc.status == Member.Status.ACTIVE


def test_the_member_lapses_after_the_grace_period_and_is_reinstated_when_paid(ormoc):
    lapsed, _ = apply_standing(today=D(2026, 6, 29))  # day 90 of grace
    assert lapsed == []
    lapsed, _ = apply_standing(today=D(2026, 6, 30))
    assert lapsed == [ormoc]
    ormoc.refresh_from_db()
    assert ormoc.status == Member.Status.LAPSED
    assert ormoc.history.first().history_change_reason == "Dues unpaid after the grace period"
    assert apply_standing(today=D(2026, 7, 1)) == ([], [])  # idempotent
    invoice_of(ormoc).record_payment(
        amount="1000", currency="USD", paid_on=D(2026, 7, 2), method=BANK
    )
    _, reinstated = apply_standing(today=D(2026, 7, 3))
    assert reinstated == [ormoc]
    ormoc.refresh_from_db()
    assert ormoc.status == Member.Status.ACTIVE


def test_the_grace_period_is_set_per_year(ormoc):
    invoice_of(ormoc).dues.schedule.__class__.objects.filter(year=2026).update(grace_days=10)
    lapsed, _ = apply_standing(today=D(2026, 4, 11))
    assert lapsed == [ormoc]


def test_a_suspended_member_is_left_alone(ormoc):
    Member.objects.filter(pk=ormoc.pk).update(status=Member.Status.SUSPENDED)
    assert apply_standing(today=D(2026, 12, 1)) == ([], [])


def test_the_nightly_command_reports_what_it_did(ormoc, capsys):
    call_command("apply_dues_status", "--date", "2026-07-15")
    assert "1 members lapsed, 0 reinstated" in capsys.readouterr().out


def test_reminders_go_to_the_billing_contact_in_the_members_language_once(
    ormoc, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders(today=D(2026, 2, 28)) == []  # 31 days before: not yet
        [reminder] = send_reminders(today=D(2026, 3, 1))  # 30 days before
        assert send_reminders(today=D(2026, 3, 2)) == []
    assert reminder.days == -30
    [email] = mail.outbox
    assert email.to == ["keuangan@ormoc.example"]
    assert email.subject == "Faktur 2026-00001 segera jatuh tempo"
    assert email.attachments[0][0] == "2026-00001.pdf"
    assert Reminder.objects.get().sent_at is not None


def test_only_the_latest_missed_reminder_is_sent(ormoc, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        [reminder] = send_reminders(today=D(2026, 5, 5))  # 35 days late: +30, not +7
    assert reminder.days == 30
    assert "2026-00001" in mail.outbox[0].subject


def test_a_paid_invoice_gets_no_reminder(ormoc, django_capture_on_commit_callbacks):
    invoice_of(ormoc).record_payment(
        amount="1000", currency="USD", paid_on=D(2026, 2, 1), method=BANK
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders(today=D(2026, 4, 15)) == []
    assert mail.outbox == []


def test_every_reminder_is_logged_on_the_invoice_page(
    ormoc, client, personas, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders(today=D(2026, 4, 8))
    client.force_login(personas.secretariat)
    html = client.get(invoice_of(ormoc).get_absolute_url()).content.decode()
    assert "7 days after the due date" in html
    assert "keuangan@ormoc.example" in html
