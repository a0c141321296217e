"""Tiers, the yearly fee schedule and the rules that place a member in a tier."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.models import IncomeGroup
from kota.lib.i18n import translated, translations_field
from kota.lib.money import MONEY, round_money, validate_currency
from kota.members.models import Member


class Tier(models.Model):
    slug = models.SlugField(max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    name_translations = translations_field()
    services = models.TextField(_("services included"), blank=True)
    audience = models.TextField(_("who it is for"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("tier")

    def __str__(self):
        return self.label

    @property
    def label(self):
        """The tier's name in the reader's language."""
        return translated(self.name, self.name_translations)


class FeeSchedule(models.Model):
    """The fees of one year: an amount per tier, rules that place members in tiers, the due
    date and the grace period after it before an unpaid member lapses."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    currency = models.CharField(
        _("currency"), max_length=3, default="USD", validators=[validate_currency]
    )
    due_on = models.DateField(_("due date"))
    grace_days = models.PositiveSmallIntegerField(
        _("grace period (days)"),
        default=90,
        help_text=_("Days after the due date before a member who has not paid lapses."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("fee schedule")

    def __str__(self):
        return _("Fees %(year)s") % {"year": self.year}

    def placement(self, member, rules=None, rates=None, overrides=None):
        """(tier, amount, note) for `member` this year: an override first, else the first rule
        that matches, by priority. Pass the schedule's rules, rates and overrides to avoid a
        query per member when placing many."""
        overrides = (
            overrides if overrides is not None else {o.member_id: o for o in self.overrides.all()}
        )
        rates = rates if rates is not None else {r.tier_id: r.amount for r in self.rates.all()}
        override = overrides.get(member.pk)
        tier = override.tier if override and override.tier else None
        if tier is None:
            rules = (
                rules
                if rules is not None
                else list(self.rules.select_related("tier").order_by("priority", "pk"))
            )
            tier = next((rule.tier for rule in rules if rule.matches(member)), None)
        if tier is None:
            return None, None, ""
        if override and override.amount is not None:
            amount = override.amount
        elif tier.pk in rates:
            amount = rates[tier.pk]
        else:
            return None, None, ""
        return tier, round_money(amount, self.currency), override.reason if override else ""


class FeeRate(models.Model):
    schedule = models.ForeignKey(FeeSchedule, on_delete=models.CASCADE, related_name="rates")
    tier = models.ForeignKey(Tier, on_delete=models.PROTECT, related_name="rates")
    amount = models.DecimalField(_("annual fee"), **MONEY)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["schedule", "tier"], name="one_rate_per_tier")
        ]
        verbose_name = _("fee rate")

    def __str__(self):
        return f"{self.tier}: {self.amount} {self.schedule.currency}"


class TierRule(models.Model):
    """Places members in a tier by kind, population band and their country's income group;
    an empty condition matches every member."""

    schedule = models.ForeignKey(FeeSchedule, on_delete=models.CASCADE, related_name="rules")
    tier = models.ForeignKey(Tier, on_delete=models.PROTECT)
    priority = models.PositiveSmallIntegerField(_("priority"), default=10)
    member_kind = models.CharField(
        _("member kind"), max_length=20, choices=Member.Kind.choices, blank=True
    )
    min_population = models.PositiveBigIntegerField(_("population from"), null=True, blank=True)
    max_population = models.PositiveBigIntegerField(_("population below"), null=True, blank=True)
    income_group = models.CharField(
        _("country income group"), max_length=2, choices=IncomeGroup.choices, blank=True
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["schedule", "priority", "pk"]
        verbose_name = _("tier rule")

    def __str__(self):
        return f"{self.priority}: {self.tier}"

    def matches(self, member):
        population = member.population or 0
        return (
            (not self.member_kind or member.kind == self.member_kind)
            and (self.min_population is None or population >= self.min_population)
            and (self.max_population is None or population < self.max_population)
            and (not self.income_group or member.country.income_group == self.income_group)
        )


class FeeOverride(models.Model):
    """A member placed in another tier, or charged another amount, for one year, with why."""

    schedule = models.ForeignKey(FeeSchedule, on_delete=models.CASCADE, related_name="overrides")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="fee_overrides")
    tier = models.ForeignKey(Tier, on_delete=models.PROTECT, null=True, blank=True)
    amount = models.DecimalField(_("amount"), null=True, blank=True, **MONEY)
    reason = models.CharField(_("reason"), max_length=300)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, verbose_name=_("approved by")
    )

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["schedule", "member"], name="one_override_a_year")
        ]
        verbose_name = _("fee override")

    def __str__(self):
        return f"{self.member}: {self.reason}"

    def clean(self):
        if self.tier is None and self.amount is None:
            raise ValidationError(_("An override changes the tier, the amount, or both."))
