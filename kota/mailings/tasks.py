import datetime
import uuid

from django.utils import timezone
from django_tasks import default_task_backend, task

from kota.mailings.sending import send_batch


@task()
def send_mailing(mailing_id, owner=""):
    """Send one batch of a mailing, then queue the next batch, as the same sender, until none
    is left. After a failure of the mail server the batch is tried again in a minute (where
    the task backend can defer; elsewhere the next `send_mailings` run picks it up)."""
    owner = owner or uuid.uuid4().hex
    outcome = send_batch(mailing_id, owner=owner)
    if outcome == "more":
        send_mailing.enqueue(mailing_id, owner)
    elif outcome == "stopped" and default_task_backend.supports_defer:
        later = timezone.now() + datetime.timedelta(minutes=1)
        send_mailing.using(run_after=later).enqueue(mailing_id)
    return outcome


def queue_mailing(mailing):
    """Hand a scheduled mailing to the task worker: now if it is due, else at its time."""
    if mailing.scheduled_at and mailing.scheduled_at > timezone.now():
        if default_task_backend.supports_defer:
            send_mailing.using(run_after=mailing.scheduled_at).enqueue(mailing.pk)
        return
    send_mailing.enqueue(mailing.pk)
