"""The partners' reminders to the secretariat: an agreement whose term ends within its renewal
notice period (once per term), and a report owed to a funder that is due soon (once per
report). `send_due_reminders()` claims each reminder and queues its email as a task; the
`send_partner_reminders` command runs it from cron."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from kota.lib.email import absolute_url
from kota.mailings.audiences import Recipient
from kota.mailings.sending import send_message
from kota.partners.models import Agreement, ReportingObligation


def secretariat_recipients():
    """Everyone who is secretariat staff (kota.core.access: active and staff) with an email."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    return [
        Recipient(user.email, user.get_full_name() or user.username, settings.LANGUAGE_CODE)
        for user in users.order_by("pk")
    ]


@task()
def send_renewal_reminder(agreement_id):
    """Email the secretariat that an agreement's term ends soon, so that it is renewed (or
    left to end) in time."""
    agreement = Agreement.objects.prefetch_related("parties__partner", "parties__member").get(
        pk=agreement_id
    )
    send_message(
        "partners/email/renewal",
        {"agreement": agreement, "url": absolute_url(agreement.get_absolute_url())},
        to=secretariat_recipients(),
        language=settings.LANGUAGE_CODE,
        transactional=True,
    )


@task()
def send_report_reminder(obligation_id):
    """Email the secretariat that a report owed to a funder is due soon."""
    obligation = ReportingObligation.objects.select_related("grant__funder").get(pk=obligation_id)
    send_message(
        "partners/email/report_due",
        {
            "obligation": obligation,
            "grant": obligation.grant,
            "url": absolute_url(obligation.grant.get_absolute_url()),
        },
        to=secretariat_recipients(),
        language=settings.LANGUAGE_CODE,
        transactional=True,
    )


def send_due_reminders(now=None):
    """Queue the reminders that are due and not yet sent; returns (agreements, reports)
    reminded. Idempotent: each reminder is claimed before it is queued, so a second run, or
    one at the same time, sends nothing again. An agreement renewed with a new end date is
    reminded again before that date."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    agreements = reports = 0
    for agreement in Agreement.objects.due_for_renewal_notice(today).order_by("pk"):
        claimed = (
            Agreement.objects.filter(pk=agreement.pk, valid_until=agreement.valid_until)
            .filter(
                Q(renewal_reminder_sent_for__isnull=True)
                | ~Q(renewal_reminder_sent_for=F("valid_until"))
            )
            .update(renewal_reminder_sent_for=agreement.valid_until)
        )
        if claimed:
            transaction.on_commit(lambda pk=agreement.pk: send_renewal_reminder.enqueue(pk))
            agreements += 1
    for obligation in ReportingObligation.objects.due_for_reminder(now).order_by("pk"):
        claimed = ReportingObligation.objects.filter(
            pk=obligation.pk, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if claimed:
            transaction.on_commit(lambda pk=obligation.pk: send_report_reminder.enqueue(pk))
            reports += 1
    return agreements, reports
