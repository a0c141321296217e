"""The emails of cooperation, sent as tasks to the focal points of every side in their
member's language: a cooperation proposed (to the sides that still have to confirm), the
renewal reminder before a cooperation's validity ends, and the yearly review prompt."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from kota.cooperation.models import Cooperation
from kota.lib.email import absolute_url
from kota.mailings.audiences import Recipient
from kota.mailings.sending import send_message

NOTICES = {
    "proposed": "cooperation/email/proposed",
    "renewal": "cooperation/email/renewal",
    "review": "cooperation/email/review",
}


def _send(cooperation, notice, members):
    for member in members:
        contacts = member.focal_points.exclude(email="").order_by("-is_primary", "pk")
        recipients = [Recipient(c.email, c.name, member.language) for c in contacts]
        if not recipients:
            continue
        send_message(
            NOTICES[notice],
            {
                "cooperation": cooperation,
                "member": member,
                "url": absolute_url(cooperation.get_absolute_url()),
            },
            to=recipients,
            language=member.language,
            transactional=True,
            member=member,
        )


@task()
def send_cooperation_notice(cooperation_id, notice):
    """Email the focal points of the sides `notice` concerns (a key of NOTICES)."""
    cooperation = Cooperation.objects.get(pk=cooperation_id)
    parties = cooperation.parties.select_related("member")
    if notice == "proposed":
        parties = parties.filter(confirmed_at__isnull=True)
    _send(cooperation, notice, [party.member for party in parties])


def notify(cooperation, notice):
    """Queue `notice` about `cooperation` once the current transaction commits."""
    transaction.on_commit(lambda: send_cooperation_notice.enqueue(cooperation.pk, notice))


def send_due_reminders(today=None):
    """Remind the sides of each active cooperation that ends within three months, once, and
    prompt them to review each active cooperation once a year. Each reminder is claimed by
    an update before it is sent, so that a second run, even at the same time, skips it.
    Returns (renewal reminders, review prompts) sent. Idempotent: run it daily."""
    today = today or timezone.localdate()
    renewals = reviews = 0
    for cooperation in Cooperation.objects.due_for_renewal_reminder(today).order_by("pk"):
        claimed = Cooperation.objects.filter(
            pk=cooperation.pk, renewal_reminded_on__isnull=True
        ).update(renewal_reminded_on=today)
        if claimed:
            send_cooperation_notice.enqueue(cooperation.pk, "renewal")
            renewals += 1
    for cooperation in Cooperation.objects.due_for_review(today).order_by("pk"):
        claimed = (
            Cooperation.objects.due_for_review(today)
            .filter(pk=cooperation.pk)
            .update(review_prompted_on=today)
        )
        if claimed:
            send_cooperation_notice.enqueue(cooperation.pk, "review")
            reviews += 1
    return renewals, reviews
