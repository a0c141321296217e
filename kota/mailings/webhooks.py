"""What an email service reports about delivered messages, through django-anymail's tracking
webhooks (which check the service's signature or the shared secret before anything here runs):
a hard bounce suppresses the address, a complaint opts it out, and each delivery records it."""

from anymail.signals import tracking
from django.db.models import Q
from django.dispatch import receiver
from django.utils import timezone

from kota.mailings.models import Contact, Delivery
from kota.mailings.models.contacts import normalise_email


@receiver(tracking, dispatch_uid="kota.mailings.tracking")
def record_tracking_event(sender, event, esp_name, **kwargs):
    event_type = event.event_type
    if event_type == "rejected" and event.reject_reason in ("bounced", "invalid"):
        event_type = "bounced"  # the service refused it for an earlier hard bounce
    record_event(event_type, event.message_id, event.recipient, event.description or "")


def record_event(event_type, message_id, recipient, description=""):
    """Apply one event ("delivered", "bounced", "complained", "opened", "clicked", ...) of
    the message `message_id`: the service's own id, or the Message-ID header Kota gave it."""
    email = normalise_email(recipient)
    deliveries = Delivery.objects.none()
    if message_id:
        token = message_id.strip("<>").split("@", 1)[0]
        deliveries = Delivery.objects.filter(Q(esp_message_id=message_id) | Q(token=token))
        if email:
            deliveries = deliveries.filter(email=email)
    now = timezone.now()
    contact = Contact.objects.filter(email=email).first() if email else None
    if event_type == "delivered":
        deliveries.filter(delivered_at__isnull=True).update(delivered_at=now)
    elif event_type == "bounced":
        deliveries.filter(bounced_at__isnull=True).update(bounced_at=now)
        if contact:
            contact.suppress(description or "hard bounce")
    elif event_type == "complained":
        deliveries.filter(complained_at__isnull=True).update(complained_at=now)
        if contact:
            contact.opt_out(Contact.OptOutReason.COMPLAINT)
    elif event_type == "unsubscribed" and contact:
        contact.opt_out()
    elif event_type in ("opened", "clicked"):
        for delivery in deliveries.select_related("contact"):
            if event_type == "opened":
                delivery.record_open()
            else:
                delivery.record_click()
