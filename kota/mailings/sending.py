"""Sending: a mailing's deliveries written once, then sent in batches by the task worker, each
address at most once, at the configured rate, resumable after a crash; and the one way other
apps send their own emails (`send_message`), so that consent, language and suppression are
handled here.

At most once: a delivery is claimed (queued -> sending, committed) before its message goes to
the mail server and marked sent after the server accepts it. A sender that dies between the
two leaves one delivery "sending"; the next sender, which takes over only after the dead one's
lease has run out, marks it "in doubt" instead of sending it again, because the server may
have accepted it (RFC 1047 describes this window). The mailing's page lists those addresses,
and staff may send to them again.
"""

import contextlib
import smtplib
import time
import uuid

from anymail.exceptions import AnymailError, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kota.lib.email import render_email
from kota.mailings.audiences import Recipient, audience_recipients, deduplicated, subscribers
from kota.mailings.models import Contact, Delivery, Mailing
from kota.mailings.rendering import Renderer, mailing_links, unsubscribe_headers


class SendingStopped(Exception):
    """The mail server could not be reached: the batch stops and is tried again later."""


# Who a mailing goes to -----------------------------------------------------------------------


def mailing_recipients(mailing):
    """{address: Recipient} of every audience of `mailing` and, if it goes to subscribers, of
    the topic's (or every) confirmed subscriber; an address in several lists counts once."""

    def every():
        for audience in mailing.audiences.all():
            yield from audience_recipients(audience)
        if mailing.to_subscribers:
            yield from subscribers(mailing.topic)

    return deduplicated(every())


def count_recipients(mailing):
    """What sending would do now: {"recipients", "will_send", "opted_out", "suppressed"}."""
    recipients = mailing_recipients(mailing)
    emails = list(recipients)
    newsletter = mailing.kind == Mailing.Kind.NEWSLETTER
    opted_out = suppressed = 0
    for start in range(0, len(emails), 900):
        for contact in Contact.objects.filter(email__in=emails[start : start + 900]).only(
            "opted_out_at", "suppressed_at", "announcements"
        ):
            if contact.suppressed_at:
                suppressed += 1
            elif not contact.accepts(transactional=False, newsletter=newsletter):
                opted_out += 1
    return {
        "recipients": len(emails),
        "will_send": len(emails) - opted_out - suppressed,
        "opted_out": opted_out,
        "suppressed": suppressed,
    }


def prepare(mailing):
    """Write one delivery per address, once: queued, or skipped for an address that opted out
    or is suppressed. Called by the sender holding the mailing's lease."""
    if mailing.prepared_at:
        return
    recipients = mailing_recipients(mailing)
    contacts = Contact.objects.for_addresses(recipients.values())
    newsletter = mailing.kind == Mailing.Kind.NEWSLETTER
    now = timezone.now()
    deliveries = []
    for email, recipient in recipients.items():
        contact = contacts[email]
        skipped = not contact.accepts(transactional=False, newsletter=newsletter)
        deliveries.append(
            Delivery(
                mailing=mailing,
                contact=contact,
                email=email,
                name=(recipient.name or contact.name)[:150],
                language=contact.language,
                member_id=recipient.member_id,
                subject=mailing.subject[:200],
                status=Delivery.Status.SKIPPED if skipped else Delivery.Status.QUEUED,
                detail=_skip_reason(contact) if skipped else "",
                queued_at=now,
            )
        )
    with transaction.atomic():
        Delivery.objects.bulk_create(deliveries, batch_size=500, ignore_conflicts=True)
        Mailing.objects.filter(pk=mailing.pk).update(
            prepared_at=timezone.now(), links=mailing_links(mailing)
        )
    mailing.refresh_from_db()


def _skip_reason(contact):
    if contact.suppressed_at:
        return _("Suppressed: %(detail)s") % {"detail": contact.suppression_detail or "-"}
    if contact.opted_out_at:
        return _("Opted out")
    return _("Takes no announcements or invitations")


# The sender ----------------------------------------------------------------------------------


class Pace:
    """At most `per_minute` messages a minute (0: no limit), spread evenly."""

    def __init__(self, per_minute):
        self.interval = 60 / per_minute if per_minute else 0
        self.next = time.monotonic()

    def wait(self):
        if not self.interval:
            return
        now = time.monotonic()
        if self.next > now:
            time.sleep(self.next - now)
        self.next = max(self.next, now) + self.interval


def send_batch(mailing_id, *, owner=None, batch_size=None):
    """Send the next batch of a mailing's queued deliveries as `owner` (a sender's name,
    passed from batch to batch); returns "finished", "more" (the hold is kept for the next
    batch), "busy" (another sender holds it), "waiting" (not due, cancelled or sent) or
    "stopped" (the mail server failed; the batch is tried again later)."""
    owner = owner or uuid.uuid4().hex
    batch_size = batch_size or settings.MAILINGS_BATCH_SIZE
    lease = settings.MAILINGS_LEASE_SECONDS
    mailing = Mailing.objects.filter(pk=mailing_id).first()
    if mailing is None or mailing.status not in (Mailing.Status.SCHEDULED, Mailing.Status.SENDING):
        return "waiting"
    if mailing.status == Mailing.Status.SCHEDULED and mailing.scheduled_at > timezone.now():
        return "waiting"
    if not mailing.take_lease(owner, lease):
        return "busy"
    try:
        prepare(mailing)
        # Whoever held the lease before us is gone: what it had claimed may have been sent.
        mailing.deliveries.filter(status=Delivery.Status.SENDING).exclude(sender=owner).update(
            status=Delivery.Status.IN_DOUBT,
            detail=_("The sender stopped while sending this message; it was not sent again."),
        )
        outcome = _send_queued(mailing, owner, batch_size, lease)
    except BaseException:
        mailing.release_lease(owner)
        raise
    if outcome == "more" and not mailing.deliveries.filter(status=Delivery.Status.QUEUED).exists():
        outcome = "finished"
    if outcome == "finished":
        mailing.finish(owner)
    elif outcome == "more":
        # The next batch's task goes on under the same owner; the hold is kept meanwhile, so
        # `send_mailings` does not start a second sender for a mailing that is progressing.
        mailing.take_lease(owner, lease)
    else:
        mailing.release_lease(owner)
    return outcome


def _send_queued(mailing, owner, batch_size, lease):
    renderer = Renderer(mailing)
    newsletter = mailing.kind == Mailing.Kind.NEWSLETTER
    pace = Pace(settings.MAILINGS_RATE_PER_MINUTE)
    queued = mailing.deliveries.filter(status=Delivery.Status.QUEUED).select_related("contact")
    batch = list(queued.order_by("pk")[:batch_size])
    if not batch:
        return "finished"
    renewed = time.monotonic()
    connection = get_connection()
    try:
        try:
            connection.open()
        except (smtplib.SMTPException, OSError, AnymailError):
            return "stopped"  # nothing was claimed; the batch is tried again later
        for delivery in batch:
            if time.monotonic() - renewed > lease / 3:
                if not mailing.take_lease(owner, lease):  # cancelled, or taken over
                    return "waiting"
                renewed = time.monotonic()
            claimed = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.QUEUED).update(
                status=Delivery.Status.SENDING, sender=owner
            )
            if not claimed:
                continue
            contact = delivery.contact
            if not contact.accepts(transactional=False, newsletter=newsletter):
                _settle(delivery, owner, Delivery.Status.SKIPPED, detail=_skip_reason(contact))
                continue
            message = renderer.message(delivery, contact, connection=connection)
            pace.wait()
            try:
                connection.send_messages([message])
            except (smtplib.SMTPRecipientsRefused, AnymailRecipientsRefused) as error:
                _refused(delivery, owner, contact, error)
                continue
            except smtplib.SMTPResponseException as error:
                # The server answered no: not accepted, so it goes back in the queue.
                _settle(delivery, owner, Delivery.Status.QUEUED, detail=str(error)[:300])
                raise SendingStopped(str(error)) from error
            except (smtplib.SMTPException, OSError, AnymailError) as error:
                # The connection broke without an answer: the server may have taken it.
                _settle(delivery, owner, Delivery.Status.IN_DOUBT, detail=str(error)[:300])
                raise SendingStopped(str(error)) from error
            _settle(
                delivery,
                owner,
                Delivery.Status.SENT,
                sent_at=timezone.now(),
                esp_message_id=_esp_id(message),
            )
    except SendingStopped:
        return "stopped"
    finally:
        with contextlib.suppress(Exception):  # a broken connection has nothing left to close
            connection.close()
    return "more"


def _settle(delivery, owner, status, **fields):
    """Record how a claimed delivery ended, unless another sender has taken it over since."""
    settled = Delivery.objects.filter(
        pk=delivery.pk, status=Delivery.Status.SENDING, sender=owner
    ).update(status=status, **fields)
    if settled:
        delivery.status = status
        for name, value in fields.items():
            setattr(delivery, name, value)


def _refused(delivery, owner, contact, error):
    detail = str(getattr(error, "recipients", None) or error)[:300]
    _settle(delivery, owner, Delivery.Status.FAILED, detail=detail)
    codes = [code for code, _text in getattr(error, "recipients", {}).values()]
    if any(500 <= code < 600 for code in codes):
        contact.suppress(detail)


def _esp_id(message):
    status = getattr(message, "anymail_status", None)
    return (getattr(status, "message_id", None) or "")[:200] if status else ""


def resend_in_doubt(mailing):
    """Queue the in-doubt deliveries again (staff decide: the server may have taken them)."""
    with transaction.atomic():
        count = mailing.deliveries.filter(status=Delivery.Status.IN_DOUBT).update(
            status=Delivery.Status.QUEUED, sender="", detail=""
        )
        if count and mailing.status == Mailing.Status.SENT:
            Mailing.objects.filter(pk=mailing.pk).update(
                status=Mailing.Status.SENDING, finished_at=None
            )
    return count


# Other apps' emails --------------------------------------------------------------------------


def send_message(template, context, *, to, language, transactional, attachments=(), member=None):
    """Send an email rendered from `template` (see kota.lib.email.render_email) in `language`,
    one message per address in `to` (addresses or Recipients), each recorded as a delivery.

    Transactional messages (invoices and their reminders, review decisions, confirmations of a
    registration or a subscription) go to addresses that opted out; nothing goes to a
    suppressed address; other messages carry the unsubscribe headers and skip opted-out ones."""
    subject, text, html = render_email(template, context, language)
    category = Delivery.Category.TRANSACTIONAL if transactional else Delivery.Category.MAILING
    deliveries = []
    for address in to:
        recipient = address if isinstance(address, Recipient) else Recipient(address)
        contact = Contact.objects.for_address(
            recipient.email, name=recipient.name, language=language
        )
        delivery = Delivery.objects.create(
            category=category,
            template=template[:100],
            contact=contact,
            email=contact.email,
            name=recipient.name[:150],
            language=language,
            member=member,
            subject=subject[:200],
            status=Delivery.Status.SENDING,
        )
        deliveries.append(delivery)
        if not contact.accepts(transactional=transactional):
            _settle(delivery, "", Delivery.Status.SKIPPED, detail=_skip_reason(contact))
            continue
        headers = {"Message-ID": delivery.message_id}
        if not transactional:
            headers.update(unsubscribe_headers(contact))
        message = EmailMultiAlternatives(
            subject, text, settings.DEFAULT_FROM_EMAIL, [contact.email], headers=headers
        )
        if html is not None:
            message.attach_alternative(html, "text/html")
        for attachment in attachments:
            message.attach(*attachment)
        try:
            message.send()
        except (smtplib.SMTPRecipientsRefused, AnymailRecipientsRefused) as error:
            _refused(delivery, "", contact, error)
            continue
        except Exception as error:
            _settle(delivery, "", Delivery.Status.FAILED, detail=str(error)[:300])
            raise
        _settle(
            delivery,
            "",
            Delivery.Status.SENT,
            sent_at=timezone.now(),
            esp_message_id=_esp_id(message),
        )
    return deliveries
