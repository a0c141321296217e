"""Agreements with partners and members: memoranda of understanding, framework agreements and
grant agreements, their parties, validity and renewal notice, and the signed document."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import focal_point_member_ids, is_secretariat
from kota.lib.i18n import translated
from kota.partners.models.documents import document_storage
from kota.partners.models.partners import Partner


class AgreementQuerySet(models.QuerySet):
    def in_force(self, on=None):
        """Signed agreements valid on `on` (today by default): started, and not ended."""
        on = on or timezone.localdate()
        return self.filter(status=Agreement.Status.SIGNED).filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=on),
            Q(valid_until__isnull=True) | Q(valid_until__gte=on),
        )

    def due_for_renewal_notice(self, on=None):
        """Agreements in force whose term ends within their renewal notice period from `on`
        (today by default) and whose reminder has not yet been sent for this term."""
        on = on or timezone.localdate()
        # The notice period differs per agreement; date arithmetic on a column differs per
        # database, so the candidates' end dates are compared here (one small query).
        candidates = (
            self.in_force(on)
            .filter(valid_until__isnull=False)
            .exclude(renewal_reminder_sent_for=models.F("valid_until"))
            .values_list("pk", "valid_until", "renewal_notice_days")
        )
        due = [
            pk for pk, until, notice in candidates if until - datetime.timedelta(days=notice) <= on
        ]
        return self.filter(pk__in=due)

    def visible_to(self, user):
        """Every agreement for the secretariat; to a focal point, the agreements their member
        is a party to; nothing to anyone else."""
        if is_secretariat(user):
            return self
        members = focal_point_member_ids(user)
        if not members:
            return self.none()
        return self.filter(parties__member__in=members).distinct()


class Agreement(models.Model):
    class Kind(models.TextChoices):
        MOU = "mou", _("Memorandum of understanding")
        FRAMEWORK = "framework", _("Framework agreement")
        GRANT = "grant", _("Grant agreement")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        NEGOTIATING = "negotiating", _("Under negotiation")
        SIGNED = "signed", _("Signed")
        TERMINATED = "terminated", _("Terminated")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    title_translations = models.JSONField(
        _("title in other languages"),
        default=dict,
        blank=True,
        help_text=_('For example {"id": "Nota kesepahaman", "zh-hans": "谅解备忘录"}.'),
    )
    reference = models.CharField(_("reference"), max_length=100, blank=True)
    scope = models.TextField(_("scope (Markdown)"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Leave empty if open-ended.")
    )
    renewal_notice_days = models.PositiveSmallIntegerField(
        _("renewal notice (days)"),
        default=90,
        help_text=_("The secretariat is reminded this many days before the agreement ends."),
    )
    renewal_reminder_sent_for = models.DateField(
        _("renewal reminder sent for the term ending"), null=True, blank=True, editable=False
    )
    document = models.FileField(
        _("signed document"),
        upload_to="partners/agreements/%Y/",
        storage=document_storage,
        max_length=200,
        blank=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "-pk"]
        verbose_name = _("agreement")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_until__gte=models.F("valid_from")),
                name="agreement_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.display_title

    def get_absolute_url(self):
        return reverse("partners:agreement", args=[self.pk])

    @property
    def display_title(self):
        return translated(self.title, self.title_translations)

    def clean(self):
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("An agreement cannot end before it starts.")})
        if self.status == self.Status.SIGNED and not self.signed_on:
            raise ValidationError({"signed_on": _("Say when the agreement was signed.")})

    def is_in_force(self, on=None):
        on = on or timezone.localdate()
        return (
            self.status == self.Status.SIGNED
            and (self.valid_from is None or self.valid_from <= on)
            and (self.valid_until is None or on <= self.valid_until)
        )

    def has_expired(self, on=None):
        on = on or timezone.localdate()
        ended = bool(self.valid_until) and self.valid_until < on
        return self.status == self.Status.SIGNED and ended

    @property
    def renewal_notice_on(self):
        """The day the renewal reminder is due, if the agreement has an end."""
        if self.valid_until is None:
            return None
        return self.valid_until - datetime.timedelta(days=self.renewal_notice_days)

    def can_be_seen_by(self, user):
        """The secretariat, and focal points of members that are parties, see an agreement
        and its signed document."""
        if is_secretariat(user):
            return True
        members = focal_point_member_ids(user)
        return bool(members) and self.parties.filter(member__in=members).exists()


class AgreementParty(models.Model):
    """A party to an agreement besides UCLG ASPAC: a partner organisation or a member."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties")
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreement_parties",
        verbose_name=_("partner"),
    )
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="partner_agreement_parties",
        verbose_name=_("member"),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [
            models.CheckConstraint(
                condition=(Q(partner__isnull=False) & Q(member__isnull=True))
                | (Q(partner__isnull=True) & Q(member__isnull=False)),
                name="agreement_party_is_partner_or_member",
            ),
            models.UniqueConstraint(fields=["agreement", "partner"], name="agreement_partner_once"),
            models.UniqueConstraint(fields=["agreement", "member"], name="agreement_member_once"),
        ]

    def __str__(self):
        return str(self.partner or self.member)

    @property
    def organisation(self):
        return self.partner or self.member
