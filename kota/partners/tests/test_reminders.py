import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from kota.partners.factories import (
    AgreementFactory,
    AgreementPartyFactory,
    ReportingObligationFactory,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 6, 1, 3, 0, tzinfo=datetime.UTC)


def run(capture):
    with capture(execute=True):
        call_command("send_partner_reminders", stdout=io.StringIO())


@time_machine.travel(TODAY, tick=False)
def test_an_agreement_renewal_reminder_is_sent_once_per_term(
    personas, django_capture_on_commit_callbacks
):
    agreement = AgreementFactory(
        title="MoU with UN-Habitat",
        valid_from=datetime.date(2024, 1, 1),
        valid_until=datetime.date(2026, 7, 31),
        renewal_notice_days=90,
    )
    AgreementPartyFactory(agreement=agreement)
    AgreementFactory(valid_until=datetime.date(2026, 12, 31), renewal_notice_days=90)  # not yet

    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert message.to == [personas.secretariat.email]
    assert "MoU with UN-Habitat" in message.subject
    assert f"/partners/agreements/{agreement.pk}/" in message.body

    # Renewed for a new term: reminded again before that one ends, once.
    agreement.valid_until = datetime.date(2026, 8, 15)
    agreement.save()
    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2


@time_machine.travel(TODAY, tick=False)
def test_a_report_reminder_is_sent_once(personas, django_capture_on_commit_callbacks):
    due = ReportingObligationFactory(
        title="Interim narrative report", due_on=datetime.date(2026, 6, 10), reminder_days=14
    )
    ReportingObligationFactory(due_on=datetime.date(2026, 8, 1), reminder_days=14)  # not yet
    ReportingObligationFactory(
        due_on=datetime.date(2026, 6, 5), submitted_at=TODAY
    )  # already submitted

    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert "Interim narrative report" in message.subject
    due.refresh_from_db()
    assert due.reminder_sent_at == TODAY
