"""Every address Kota writes to, with its consent: newsletter subscription (double opt-in),
topics, language, opting out of everything but transactional mail, suppression after a hard
bounce or a complaint, and tracking."""

import secrets

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.lib.i18n import translated

CONFIRMATION_SALT = "kota.mailings.confirm"
CONFIRMATION_DAYS = 7


def new_key():
    return secrets.token_urlsafe(24)


def normalise_email(email):
    """An address as Kota stores it: trimmed, the whole address in lower case. Mailbox names
    are case-sensitive in theory and never in practice; one contact per person matters more."""
    return (email or "").strip().lower()


class Topic(models.Model):
    """What a newsletter is about; subscribers choose their topics."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    name_translations = models.JSONField(
        _("name in other languages"),
        default=dict,
        blank=True,
        help_text=_('For example {"id": "Buletin", "zh-hans": "通讯"}.'),
    )
    description = models.CharField(_("description"), max_length=300, blank=True)
    public = models.BooleanField(_("offered on the sign-up form"), default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("topic")

    def __str__(self):
        return self.label

    @property
    def label(self):
        return translated(self.name, self.name_translations)


class ContactQuerySet(models.QuerySet):
    def for_address(self, email, *, name="", language=""):
        """The contact for `email`, created if new; a new one takes `name` and `language`."""
        email = normalise_email(email)
        contact = self.filter(email=email).first()
        if contact is None:
            try:
                with transaction.atomic():
                    contact = self.create(
                        email=email, name=name[:150], language=language or settings.LANGUAGE_CODE
                    )
            except IntegrityError:  # another request created it first
                contact = self.get(email=email)
        return contact

    def for_addresses(self, recipients):
        """{email: contact} for every recipient (objects with email, name and language),
        creating the missing contacts in bulk."""
        emails = {normalise_email(r.email): r for r in recipients}
        found = {}
        keys = list(emails)
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            found.update({c.email: c for c in self.filter(email__in=chunk)})
        missing = [
            self.model(
                email=email,
                name=(recipient.name or "")[:150],
                language=recipient.language or settings.LANGUAGE_CODE,
                key=new_key(),
            )
            for email, recipient in emails.items()
            if email not in found
        ]
        if missing:
            self.bulk_create(missing, batch_size=500, ignore_conflicts=True)
            for start in range(0, len(missing), 900):
                chunk = [contact.email for contact in missing[start : start + 900]]
                found.update({c.email: c for c in self.filter(email__in=chunk)})
        return found

    def by_confirmation_token(self, token):
        """The contact whose emailed confirmation link carries `token`, or None when the link
        is forged or older than CONFIRMATION_DAYS."""
        try:
            key = signing.loads(
                token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_DAYS * 24 * 3600
            )
        except signing.BadSignature:
            return None
        return self.filter(key=key).first()

    def subscribed(self, topic=None):
        """Confirmed newsletter subscribers (of `topic`, if given) who have not opted out."""
        contacts = self.filter(
            subscription=Contact.Subscription.CONFIRMED, opted_out_at__isnull=True
        )
        return contacts.filter(topics=topic) if topic is not None else contacts


class Contact(models.Model):
    """One address Kota writes to. Transactional mail (invoices, reminders of them, review
    decisions, registrations) ignores `opted_out_at`; nothing goes to a suppressed address."""

    class Subscription(models.TextChoices):
        NONE = "none", _("Not subscribed")
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")

    class OptOutReason(models.TextChoices):
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        COMPLAINT = "complaint", _("Marked a message as spam")
        STAFF = "staff", _("Removed by the secretariat")

    email = models.EmailField(_("email"), unique=True)
    name = models.CharField(_("name"), max_length=150, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False)
    subscription = models.CharField(
        _("newsletter"), max_length=10, choices=Subscription.choices, default=Subscription.NONE
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="subscribers")
    subscription_requested_at = models.DateTimeField(null=True, blank=True)
    subscribed_at = models.DateTimeField(_("subscription confirmed"), null=True, blank=True)
    opted_out_at = models.DateTimeField(_("opted out"), null=True, blank=True)
    opt_out_reason = models.CharField(
        _("why"), max_length=15, choices=OptOutReason.choices, blank=True
    )
    suppressed_at = models.DateTimeField(_("suppressed"), null=True, blank=True)
    suppression_detail = models.CharField(_("bounce"), max_length=300, blank=True)
    announcements = models.BooleanField(
        _("receives announcements and invitations"),
        default=True,
        help_text=_("Sent to members' contacts; newsletters are chosen by topic."),
    )
    tracking = models.BooleanField(
        _("count my opens and clicks"),
        default=True,
        help_text=_("Helps the secretariat see which news reaches members."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["key"])
    objects = ContactQuerySet.as_manager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("contact")

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    def accepts(self, *, transactional, newsletter=False):
        """Whether a message may go to this address now: nothing after a hard bounce;
        transactional mail always; other mail unless they opted out of everything, and an
        announcement or invitation (not a newsletter) only if they take those."""
        if self.suppressed_at:
            return False
        if transactional:
            return True
        return self.opted_out_at is None and (newsletter or self.announcements)

    def choose(self, *, newsletter, topics, announcements, language, tracking):
        """What the reader chose on their preferences page. Choosing to receive anything again
        undoes an earlier "unsubscribe from everything"."""
        with transaction.atomic():
            self.language, self.tracking, self.announcements = language, tracking, announcements
            if newsletter:
                self.subscription = self.Subscription.CONFIRMED
                self.subscribed_at = self.subscribed_at or timezone.now()
            elif self.subscription == self.Subscription.CONFIRMED:
                self.subscription = self.Subscription.NONE
            if newsletter or announcements:
                self.opted_out_at, self.opt_out_reason = None, ""
            elif self.opted_out_at is None:
                self.opted_out_at = timezone.now()
                self.opt_out_reason = self.OptOutReason.UNSUBSCRIBED
            self.save()
            self.topics.set(topics)

    def request_subscription(self, *, topics, language):
        """Start the double opt-in: the subscription waits for the emailed link."""
        self.language = language
        if self.subscription != self.Subscription.CONFIRMED:
            self.subscription = self.Subscription.PENDING
        self.subscription_requested_at = timezone.now()
        self.save()
        self.topics.add(*topics)

    def confirmation_token(self):
        """What the double opt-in link carries: this contact's key, signed and dated."""
        return signing.dumps(self.key, salt=CONFIRMATION_SALT)

    def confirm_subscription(self):
        """The emailed link was followed: subscribed, and opted back in if they had left."""
        now = timezone.now()
        self.subscription = self.Subscription.CONFIRMED
        self.subscribed_at = self.subscribed_at or now
        self.opted_out_at = None
        self.opt_out_reason = ""
        self.save()

    def opt_out(self, reason=OptOutReason.UNSUBSCRIBED):
        """No more newsletters, announcements or invitations; transactional mail still goes."""
        if self.opted_out_at is None:
            self.opted_out_at = timezone.now()
            self.opt_out_reason = reason
            self.save(update_fields=["opted_out_at", "opt_out_reason"])

    def suppress(self, detail):
        """A hard bounce: the address does not take mail, so nothing more is sent to it."""
        if self.suppressed_at is None:
            self.suppressed_at = timezone.now()
            self.suppression_detail = (detail or "")[:300]
            self.save(update_fields=["suppressed_at", "suppression_detail"])

    def lift_suppression(self):
        self.suppressed_at = None
        self.suppression_detail = ""
        self.save(update_fields=["suppressed_at", "suppression_detail"])
