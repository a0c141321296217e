"""What is sent: saved audiences, mailings with their translations, and the images library."""

import datetime
import uuid

from django.conf import settings
from django.db import models, transaction
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.lib.workflow import InvalidTransition
from kota.mailings.models.contacts import Topic


class Audience(models.Model):
    """A saved segment: the people one registered source selects with the criteria given,
    counted and deduplicated by address whenever it is used (see kota/mailings/audiences.py)."""

    name = models.CharField(_("name"), max_length=150)
    source = models.CharField(_("who"), max_length=60)
    criteria = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("audience")

    def __str__(self):
        return self.name


class MailingQuerySet(models.QuerySet):
    def archived(self):
        """Newsletters the public archive shows: sent, and marked for the archive."""
        return self.filter(
            kind=Mailing.Kind.NEWSLETTER, in_archive=True, status=Mailing.Status.SENT
        ).order_by("-finished_at")

    def due(self, now=None):
        """Scheduled mailings whose time has come, and mailings whose sender stopped without
        finishing (its lease ran out): what `send_mailings` hands to the task worker."""
        now = now or timezone.now()
        return self.filter(
            models.Q(status=Mailing.Status.SCHEDULED, scheduled_at__lte=now)
            | models.Q(status=Mailing.Status.SENDING, lease_expires_at__lt=now)
            | models.Q(status=Mailing.Status.SENDING, lease_expires_at__isnull=True)
        )


class Mailing(models.Model):
    """A message written once, in English and other languages, for one or more audiences.
    Its life: draft, scheduled, sending, sent (or cancelled before it is sent)."""

    class Kind(models.TextChoices):
        NEWSLETTER = "newsletter", _("Newsletter")
        ANNOUNCEMENT = "announcement", _("Announcement")
        INVITATION = "invitation", _("Invitation")
        REMINDER = "reminder", _("Reminder")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=15, choices=Kind.choices, default=Kind.NEWSLETTER)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message (Markdown)"))
    topic = models.ForeignKey(
        Topic,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mailings",
        verbose_name=_("topic"),
    )
    audiences = models.ManyToManyField(
        Audience, blank=True, related_name="mailings", verbose_name=_("audiences")
    )
    to_subscribers = models.BooleanField(
        _("also to newsletter subscribers"),
        default=False,
        help_text=_("Everyone subscribed to the topic, or to any topic if none is chosen."),
    )
    in_archive = models.BooleanField(_("show in the public archive once sent"), default=True)
    slug = models.SlugField(max_length=80, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    scheduled_at = models.DateTimeField(_("send at"), null=True, blank=True)
    prepared_at = models.DateTimeField(null=True, blank=True, editable=False)
    started_at = models.DateTimeField(null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(null=True, blank=True, editable=False)
    lease_owner = models.CharField(max_length=40, blank=True, editable=False)
    lease_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    links = models.JSONField(default=list, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["lease_owner", "lease_expires_at", "links"])
    objects = MailingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("mailing")

    def __str__(self):
        return self.subject

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = f"{slugify(self.subject)[:60] or 'mailing'}-{uuid.uuid4().hex[:8]}"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("mailings:detail", args=[self.pk])

    def get_archive_url(self):
        return reverse("mailings:archive_item", args=[self.slug])

    @property
    def editable(self):
        return self.status in (self.Status.DRAFT, self.Status.SCHEDULED)

    @property
    def shows_in_archive(self):
        return self.kind == self.Kind.NEWSLETTER and self.in_archive

    def translation(self, language):
        """(subject, body, language) in `language`, falling back to the English text (and
        then the language returned is English)."""
        if language and language != settings.LANGUAGE_CODE:
            for translation in self.translations.all():
                if translation.language == language and translation.subject:
                    return translation.subject, translation.body or self.body, language
        return self.subject, self.body, settings.LANGUAGE_CODE

    def languages(self):
        """The languages this mailing is written in, English first."""
        others = sorted({t.language for t in self.translations.all() if t.subject})
        return [settings.LANGUAGE_CODE, *others]

    def schedule(self, at):
        """Send at `at` (now or later) through the task worker."""
        if not self.editable:
            raise InvalidTransition(_("Only a draft or scheduled mailing can be scheduled."))
        if not (self.audiences.exists() or self.to_subscribers):
            raise InvalidTransition(_("Choose an audience first."))
        self.status = self.Status.SCHEDULED
        self.scheduled_at = at
        self.save(update_fields=["status", "scheduled_at", "updated_at"])

    def unschedule(self):
        if self.status != self.Status.SCHEDULED:
            raise InvalidTransition(_("Only a scheduled mailing can go back to draft."))
        self.status = self.Status.DRAFT
        self.save(update_fields=["status", "updated_at"])

    def cancel(self):
        """Stop a mailing: nothing more is sent; what was sent stays recorded."""
        if self.status in (self.Status.SENT, self.Status.CANCELLED):
            raise InvalidTransition(_("This mailing has already finished."))
        self.status = self.Status.CANCELLED
        self.finished_at = timezone.now()
        self.save(update_fields=["status", "finished_at", "updated_at"])

    def take_lease(self, owner, seconds):
        """Become this mailing's only sender for `seconds`, if nobody else holds it; True if
        taken. A sender that dies lets its lease run out, and the next one takes over."""
        now = timezone.now()
        taken = (
            Mailing.objects.filter(
                pk=self.pk, status__in=[self.Status.SCHEDULED, self.Status.SENDING]
            )
            .filter(
                models.Q(lease_owner=owner)
                | models.Q(lease_expires_at__isnull=True)
                | models.Q(lease_expires_at__lt=now)
            )
            .update(
                lease_owner=owner,
                lease_expires_at=now + datetime.timedelta(seconds=seconds),
                status=self.Status.SENDING,
                started_at=Coalesce("started_at", models.Value(now)),
            )
        )
        if taken:
            self.refresh_from_db()
        return bool(taken)

    def release_lease(self, owner):
        Mailing.objects.filter(pk=self.pk, lease_owner=owner).update(
            lease_owner="", lease_expires_at=None
        )

    def finish(self, owner):
        with transaction.atomic():
            done = Mailing.objects.filter(
                pk=self.pk, lease_owner=owner, status=self.Status.SENDING
            ).update(
                status=self.Status.SENT,
                finished_at=timezone.now(),
                lease_owner="",
                lease_expires_at=None,
            )
        if done:
            self.refresh_from_db()
        return bool(done)


class MailingTranslation(models.Model):
    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    body = models.TextField(_("message (Markdown)"), blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "language"], name="one_translation_per_language"
            )
        ]
        ordering = ["language"]

    def __str__(self):
        return f"{self.mailing} ({self.language})"


def image_path(instance, filename):
    return f"mailings/{timezone.now():%Y/%m}/{uuid.uuid4().hex[:10]}-{filename}"


class Image(models.Model):
    """A picture for mailings, served from Kota so that messages need no other host."""

    file = models.ImageField(_("image"), upload_to=image_path)
    alt = models.CharField(
        _("description"), max_length=200, help_text=_("Read aloud to people who cannot see it.")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("image")

    def __str__(self):
        return self.alt

    def get_absolute_url(self):
        return reverse("mailings:image", args=[self.pk, self.file.name.rsplit("/", 1)[-1]])

    def markdown(self):
        """What to paste into a mailing to show this image."""
        return f"![{self.alt}]({settings.SITE_URL}{self.get_absolute_url()})"
