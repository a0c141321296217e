"""Partner organisations (organisations that are not members: UN agencies, development banks,
donors, national governments, academia, the private sector, NGOs), the people who speak for
them, the secretariat's log of interactions with them, and the events co-hosted with them."""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import is_focal_point, is_on_board, is_secretariat
from kota.lib.text import fold, unique_slug
from kota.members.models import ContactFields, Visibility

# The fixed paths under /partners/ (kota/partners/urls.py): no partner's slug takes them.
RESERVED_SLUGS = {
    "next-steps",
    "interactions",
    "pipeline",
    "forecast",
    "opportunities",
    "grants",
    "tranches",
    "reports",
    "agreements",
    "files",
}


class OrganisationType(models.TextChoices):
    """IATI OrganisationType codelist (version 2.03)."""

    GOVERNMENT = "10", _("Government")
    LOCAL_GOVERNMENT = "11", _("Local Government")
    OTHER_PUBLIC_SECTOR = "15", _("Other Public Sector")
    INTERNATIONAL_NGO = "21", _("International NGO")
    NATIONAL_NGO = "22", _("National NGO")
    REGIONAL_NGO = "23", _("Regional NGO")
    PARTNER_COUNTRY_NGO = "24", _("Partner Country based NGO")
    PUBLIC_PRIVATE_PARTNERSHIP = "30", _("Public Private Partnership")
    MULTILATERAL = "40", _("Multilateral")
    FOUNDATION = "60", _("Foundation")
    PRIVATE_SECTOR = "70", _("Private Sector")
    PRIVATE_SECTOR_PROVIDER_COUNTRY = "71", _("Private Sector in Provider Country")
    PRIVATE_SECTOR_AID_RECIPIENT_COUNTRY = "72", _("Private Sector in Aid Recipient Country")
    PRIVATE_SECTOR_THIRD_COUNTRY = "73", _("Private Sector in Third Country")
    ACADEMIC = "80", _("Academic, Training and Research")
    OTHER = "90", _("Other")


class PartnerQuerySet(models.QuerySet):
    def search(self, query):
        """Partners whose name or acronym contains `query`, ignoring case and diacritics."""
        folded = fold(query).strip()
        if not folded:
            return self
        return self.filter(search_name__contains=folded)

    def matching(self, *, q=None, organisation_type=None, country=None):
        """The partners the list's filters (and the API's) select; an empty filter selects
        every partner. `country` is a Country or its code."""
        partners = self
        if q:
            partners = partners.search(q)
        if organisation_type:
            partners = partners.filter(organisation_type=organisation_type)
        if country:
            partners = partners.filter(country=country)
        return partners

    def for_list(self):
        """What a row of the partner list shows, in a fixed number of queries: the country,
        and how many agreements are in force with each partner and how many grants it gave."""
        agreements = (
            apps.get_model("partners", "Agreement")
            .objects.in_force()
            .filter(parties__partner=models.OuterRef("pk"))
            .order_by()
            .values("parties__partner")
            .annotate(n=models.Count("pk", distinct=True))
            .values("n")
        )
        grants = (
            apps.get_model("partners", "Grant")
            .objects.filter(funder=models.OuterRef("pk"))
            .order_by()
            .values("funder")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return self.select_related("country").annotate(
            agreements_in_force=Coalesce(models.Subquery(agreements[:1]), 0),
            grant_count=Coalesce(models.Subquery(grants[:1]), 0),
        )


class Partner(models.Model):
    slug = models.SlugField(max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    search_name = models.TextField(editable=False, default="")
    organisation_type = models.CharField(
        _("type of organisation"),
        max_length=2,
        choices=OrganisationType.choices,
        help_text=_("The IATI organisation type."),
    )
    country = models.ForeignKey(
        "core.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="partners",
        verbose_name=_("country"),
        help_text=_("Where it is based; empty for an international organisation."),
    )
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_("For example XM-DAC-41114; leave empty if it has none."),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("about (Markdown)"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        constraints = [
            models.UniqueConstraint(
                fields=["iati_identifier"],
                condition=~Q(iati_identifier=""),
                name="partner_iati_identifier_once",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_name = fold(f"{self.name} {self.acronym}")
        if not self.slug:
            self.slug = unique_slug(
                self.acronym or self.name,
                Partner.objects.exclude(pk=self.pk),
                default="partner",
                reserved=RESERVED_SLUGS,
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("partners:partner", args=[self.slug])

    @property
    def short_name(self):
        return self.acronym or self.name

    def audience_of(self, user):
        """Which contact visibilities `user` may read on this partner's page: the secretariat
        every one, focal points and board members what is shared with members, others what is
        public (the same audiences as a member's focal points)."""
        if is_secretariat(user):
            return {Visibility.PUBLIC, Visibility.MEMBERS, Visibility.STAFF}
        if is_focal_point(user) or is_on_board(user):
            return {Visibility.PUBLIC, Visibility.MEMBERS}
        return {Visibility.PUBLIC}


class PartnerContactQuerySet(models.QuerySet):
    def visible_to(self, audience):
        """Contacts with at least their name visible to `audience` (a set of visibilities)."""
        return self.filter(name_visibility__in=audience)


class PartnerContact(ContactFields, models.Model):
    """A person at a partner. Name, email and phone each carry their own visibility, as a
    member's focal points do, and nothing is public unless marked so."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("full name"), max_length=150)
    name_visibility = models.CharField(
        _("name visible to"), max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    title = models.CharField(_("job title"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    email_visibility = models.CharField(
        _("email visible to"), max_length=10, choices=Visibility.choices, default=Visibility.STAFF
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    phone_visibility = models.CharField(
        _("phone visible to"), max_length=10, choices=Visibility.choices, default=Visibility.STAFF
    )
    is_primary = models.BooleanField(_("primary contact"), default=False)

    history = HistoricalRecords()
    objects = PartnerContactQuerySet.as_manager()

    class Meta:
        ordering = ["-is_primary", "name"]
        verbose_name = _("partner contact")

    def __str__(self):
        return f"{self.name} ({self.partner})"


class InteractionQuerySet(models.QuerySet):
    def next_steps_due(self, on=None):
        """Interactions whose next step is due by `on` (today by default) and not done."""
        return self.filter(
            next_step_due_on__lte=on or timezone.localdate(), next_step_done_at__isnull=True
        ).exclude(next_steps="")


class Interaction(models.Model):
    """A meeting, call or email with a partner, as the secretariat recorded it, with the next
    steps agreed and when they are due."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        CALL = "call", _("Call")
        EMAIL = "email", _("Email")
        OTHER = "other", _("Other")

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="interactions")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    happened_on = models.DateField(_("date"))
    summary = models.TextField(_("what was said"))
    contacts = models.ManyToManyField(
        PartnerContact, blank=True, related_name="interactions", verbose_name=_("with")
    )
    next_steps = models.TextField(_("next steps"), blank=True)
    next_step_due_on = models.DateField(_("next steps due"), null=True, blank=True)
    next_step_done_at = models.DateTimeField(_("next steps done"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = InteractionQuerySet.as_manager()

    class Meta:
        ordering = ["-happened_on", "-pk"]
        verbose_name = _("interaction")

    def __str__(self):
        return f"{self.get_kind_display()} · {self.partner} · {self.happened_on}"


class EventPartner(models.Model):
    """A partner organisation that co-hosted, funded or supported an event (the event's own
    `partner_names` keeps the names as written; this links them to partner records)."""

    class Role(models.TextChoices):
        CO_HOST = "co_host", _("Co-host")
        FUNDER = "funder", _("Funder")
        SUPPORTER = "supporter", _("Supporting partner")

    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, related_name="partner_links"
    )
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="event_links")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.CO_HOST)

    class Meta:
        ordering = ["event", "partner"]
        verbose_name = _("event partner")
        constraints = [
            models.UniqueConstraint(fields=["event", "partner"], name="event_partner_once")
        ]

    def __str__(self):
        return f"{self.partner} · {self.event}"
