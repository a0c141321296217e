"""Emails to respondents, sent as tasks in each respondent's language: the invitation when a
campaign opens, reminders before the due date, and the notice that a response was returned
with a comment."""

import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from kota.lib.email import absolute_url
from kota.mailings.sending import send_message
from kota.surveys.models import Campaign, Response

TEMPLATES = {
    "invitation": "surveys/email/invitation",
    "reminder": "surveys/email/reminder",
    "returned": "surveys/email/returned",
}
REMIND_EVERY = datetime.timedelta(days=7)
REMIND_BEFORE = datetime.timedelta(days=14)


@task()
def send_notice(response_id, notice):
    """Email the respondent of a response (`notice`, a key of TEMPLATES)."""
    response = Response.objects.select_related("campaign", "member").get(pk=response_id)
    send_message(
        TEMPLATES[notice],
        {
            "response": response,
            "campaign": response.campaign,
            "url": absolute_url(response.get_absolute_url()),
        },
        to=[response.recipient()],
        language=response.language,
        transactional=True,
        member=response.member,
    )


def notify(response, notice):
    """Queue `notice` for `response` once the current transaction commits."""
    transaction.on_commit(lambda: send_notice.enqueue(response.pk, notice))


def invite_uninvited(campaign):
    """Invite every respondent of `campaign` not invited yet, once (claimed by invited_at)."""
    now = timezone.now()
    ids = list(campaign.responses.filter(invited_at__isnull=True).values_list("pk", flat=True))
    invited = 0
    for pk in ids:
        if Response.objects.filter(pk=pk, invited_at__isnull=True).update(invited_at=now):
            transaction.on_commit(lambda pk=pk: send_notice.enqueue(pk, "invitation"))
            invited += 1
    return invited


def send_due_reminders(now=None, campaign=None):
    """Remind each respondent who has not submitted, of an open campaign due within
    REMIND_BEFORE (or overdue), at most once every REMIND_EVERY; returns how many reminders
    were queued. Idempotent: a second run at the same moment reminds nobody again."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    campaigns = Campaign.objects.filter(
        status=Campaign.Status.OPEN, due_on__lte=today + REMIND_BEFORE
    )
    if campaign is not None:
        campaigns = campaigns.filter(pk=campaign.pk)
    due = Response.objects.filter(
        campaign__in=campaigns,
        status__in=[Response.Status.NOT_STARTED, Response.Status.DRAFT, Response.Status.RETURNED],
    ).exclude(reminded_at__gt=now - REMIND_EVERY)
    sent = 0
    for pk, reminded_at in due.order_by("pk").values_list("pk", "reminded_at"):
        claimed = Response.objects.filter(pk=pk, reminded_at=reminded_at).update(
            reminded_at=now, reminders_sent=F("reminders_sent") + 1
        )
        if claimed:
            transaction.on_commit(lambda pk=pk: send_notice.enqueue(pk, "reminder"))
            sent += 1
    return sent
