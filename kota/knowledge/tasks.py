from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


def site_url():
    """The site's address for links in emails: the first trusted origin (production sets
    CSRF_TRUSTED_ORIGINS to it), else the first allowed host."""
    if settings.CSRF_TRUSTED_ORIGINS:
        return settings.CSRF_TRUSTED_ORIGINS[0].rstrip("/")
    host = next((h for h in settings.ALLOWED_HOSTS if h not in ("*", "")), "localhost")
    return f"http://{host.lstrip('.')}"


def _language_of(item):
    """The language of the item's first member for letters, else the site's."""
    member = item.members.order_by("pk").first()
    return member.language if member else settings.LANGUAGE_CODE


@task()
def notify_submitter(event_id):
    """Email the submitter of a knowledge item about one review step, in their member's
    language, with a link to the item."""
    from kota.knowledge.models import ReviewEvent

    event = ReviewEvent.objects.select_related(
        "item__submitted_by", "item__created_by", "author"
    ).get(pk=event_id)
    item = event.item
    submitter = item.submitted_by or item.created_by
    if submitter is None or not submitter.email:
        return
    with translation.override(_language_of(item)):
        context = {
            "event": event,
            "item": item,
            "submitter": submitter,
            "url": site_url() + item.get_absolute_url(),
            "KOTA_NAME": settings.KOTA_NAME,
        }
        subject = render_to_string("knowledge/email/step_subject.txt", context).strip()
        body = render_to_string("knowledge/email/step.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [submitter.email])
