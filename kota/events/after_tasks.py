"""Work after an event taken out of the request: the evaluation form emailed to those who
attended, each in their own language."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from kota.events.models import Event, Registration
from kota.lib.email import absolute_url
from kota.mailings.audiences import Recipient
from kota.mailings.sending import send_message


def _claim(registration_id):
    """Mark one registration's evaluation form as sent unless it already is; whether this
    worker may send it. Claimed before sending, so that two workers, or a task run twice,
    send it once."""
    return bool(
        Registration.objects.filter(pk=registration_id, evaluation_sent_at=None).update(
            evaluation_sent_at=timezone.now()
        )
    )


@task()
def send_evaluation_forms(event_id):
    """Email the evaluation form to every participant of an ended event who attended and
    has not been sent it yet: once per registration. A message the mail server fails to take
    is released, so that sending again later retries it. Returns how many were sent."""
    event = Event.objects.get(pk=event_id)
    if not event.is_over():
        return 0
    sent = 0
    pending = (
        event.registrations.attended().filter(evaluation_sent_at=None).select_related("member")
    )
    for registration in pending.iterator():
        if not _claim(registration.pk):
            continue
        try:
            send_message(
                "events/after/email/evaluation",
                {
                    "registration": registration,
                    "event": event,
                    "form_url": absolute_url(registration_evaluation_path(registration)),
                    "certificate_url": absolute_url(registration.certificate_url()),
                },
                to=[Recipient(registration.email, registration.name)],
                language=registration.language,
                transactional=True,
                member=registration.member,
            )
        except Exception:
            Registration.objects.filter(pk=registration.pk).update(evaluation_sent_at=None)
            raise
        sent += 1
    return sent


def registration_evaluation_path(registration):
    return reverse("events:evaluation", args=[registration.token])


def queue_evaluation_forms(event):
    """Send the evaluation forms of `event` from the task worker once the request commits."""
    transaction.on_commit(lambda: send_evaluation_forms.enqueue(event.pk))
