from django.conf import settings
from django_tasks import task

from kota.knowledge.models.related import ReviewEvent
from kota.lib.email import absolute_url
from kota.mailings.sending import send_message


def _language_of(item):
    """The language of the item's first member for letters, else the site's."""
    member = item.members.order_by("pk").first()
    return member.language if member else settings.LANGUAGE_CODE


@task()
def notify_submitter(event_id):
    """Email the submitter of a knowledge item about one review step, in their member's
    language, with a link to the item."""
    event = ReviewEvent.objects.select_related(
        "item__submitted_by", "item__created_by", "author"
    ).get(pk=event_id)
    item = event.item
    submitter = item.submitted_by or item.created_by
    if submitter is None or not submitter.email:
        return
    send_message(
        "knowledge/email/step",
        {
            "event": event,
            "item": item,
            "submitter": submitter,
            "url": absolute_url(item.get_absolute_url()),
        },
        to=[submitter.email],
        language=_language_of(item),
        transactional=True,
    )
