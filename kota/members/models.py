from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kota.core.access import (
    focal_point_member_ids,
    is_focal_point,
    is_on_board,
    is_secretariat_or_focal_point_of,
)
from kota.lib.i18n import ChoiceLabels
from kota.lib.text import fold, unique_slug


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members only")
    STAFF = "staff", _("Staff only")


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    UNDISCLOSED = "undisclosed", _("Not disclosed")


def search_term(query):
    """What a name search looks for in `search_name`: `query` folded; "" searches nothing."""
    return fold(query).strip()


class MemberQuerySet(models.QuerySet):
    def search(self, query):
        """Members whose official or local name contains `query`, in any script, ignoring case
        and diacritics (both names are folded into `search_name` on save). The directory
        answers the same from its index (kota.members.directory)."""
        folded = search_term(query)
        if not folded:
            return self
        return self.filter(search_name__contains=folded)

    def for_directory(self):
        """What a directory row (on the page, the map and the API) shows, in one query whatever
        the number of rows."""
        return self.select_related("country").only(
            "slug",
            "name",
            "local_name",
            "kind",
            "status",
            "subdivision",
            "population",
            "joined_on",
            "latitude",
            "longitude",
            "website",
            "country__code",
            "country__name",
            "country__subregion",
        )

    def matching(self, *, q=None, country=None, subregion=None, kind=None, status=None):
        """The members the directory's filters select, asked the same way by the directory,
        its map and the API: `q` searches both names (see search()), `country` is a Country
        or its code; a filter left empty selects every member."""
        members = self
        if q:
            members = members.search(q)
        if country:
            members = members.filter(country=country)
        if subregion:
            members = members.filter(country__subregion=subregion)
        if kind:
            members = members.filter(kind=kind)
        if status:
            members = members.filter(status=status)
        return members

    def active(self):
        return self.filter(status=Member.Status.ACTIVE)

    def focal_point_of(self, user):
        """The members `user` is a focal point of (see kota.core.access)."""
        return self.filter(pk__in=focal_point_member_ids(user))


class Member(ChoiceLabels, models.Model):
    class Kind(models.TextChoices):
        CITY = "city", _("City")
        MUNICIPALITY = "municipality", _("Municipality")
        REGENCY = "regency", _("Regency")
        PROVINCE = "province", _("Province or regional government")
        ASSOCIATION = "association", _("Local government association")
        ASSOCIATE = "associate", _("Associate (partner organisation)")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        LAPSED = "lapsed", _("Lapsed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    slug = models.SlugField(max_length=120, unique=True, allow_unicode=False)
    external_id = models.CharField(
        _("external id"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text=_("The id in the file a member was imported from; makes re-imports idempotent."),
    )
    name = models.CharField(_("official name"), max_length=200)
    local_name = models.CharField(_("name in local script"), max_length=200, blank=True)
    search_name = models.TextField(editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = models.ForeignKey(
        "core.Country", on_delete=models.PROTECT, related_name="members", verbose_name=_("country")
    )
    subdivision = models.CharField(_("province or state"), max_length=120, blank=True)
    population = models.PositiveBigIntegerField(_("population"), null=True, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("website"), blank=True)
    joined_on = models.DateField(_("date joined"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    description = models.TextField(_("about (Markdown)"), blank=True)
    language = models.CharField(
        _("language for letters and invoices"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
    )
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("member")
        indexes = [
            models.Index(fields=["country", "kind", "status"]),
            # The directory's sorts (DirectoryFilterForm.SORTS, each then by name and id): a
            # 50-row page reads 50 entries of one of these instead of sorting every member.
            models.Index(fields=["name", "id"], name="member_directory_name"),
            models.Index(fields=["joined_on", "name", "id"], name="member_directory_joined"),
            models.Index(
                models.F("joined_on").desc(), "name", "id", name="member_directory_newest"
            ),
            models.Index(
                models.F("population").desc(), "name", "id", name="member_directory_population"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_name = fold(f"{self.name} {self.local_name}")
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.url_of(self.slug)

    @staticmethod
    def url_of(slug):
        """The profile's address of the member whose slug is `slug` (for names read without
        their model, such as a search result's)."""
        return reverse("members:profile", args=[slug])

    def unique_slug(self):
        return unique_slug(self.name, Member.objects.exclude(pk=self.pk), default="member")

    def audience_of(self, user):
        """Which contact visibilities `user` may read on this member's profile."""
        if self.can_be_edited_by(user):
            return {Visibility.PUBLIC, Visibility.MEMBERS, Visibility.STAFF}
        if is_focal_point(user) or is_on_board(user):
            return {Visibility.PUBLIC, Visibility.MEMBERS}
        return {Visibility.PUBLIC}

    def can_be_edited_by(self, user):
        """Staff edit every member; a focal point edits their own member only."""
        return is_secretariat_or_focal_point_of(user, self)


class ContactFields:
    """Per-field visibility of a contact person (a member's focal point, a partner's contact):
    a model with `name`, `title`, `email` and `phone`, and `name_visibility`,
    `email_visibility` and `phone_visibility` holding a Visibility, mixes this in."""

    def as_seen_by(self, audience):
        """The fields of this contact that `audience` (a set of visibilities) may read; hidden
        ones are None."""

        def shown(value, visibility):
            return value if visibility in audience and value else None

        return {
            "name": shown(self.name, self.name_visibility),
            "title": shown(self.title, self.name_visibility),
            "email": shown(self.email, self.email_visibility),
            "phone": shown(self.phone, self.phone_visibility),
            "is_primary": self.is_primary,
        }


class FocalPointQuerySet(models.QuerySet):
    def billing(self):
        """Contacts who receive invoices: the billing ones, else the primary ones."""
        billing = self.filter(is_billing=True).exclude(email="")
        return billing if billing.exists() else self.filter(is_primary=True).exclude(email="")

    def visible_to(self, audience):
        """Focal points with at least their name visible to `audience` (a set of visibilities)."""
        return self.filter(name_visibility__in=audience)


class FocalPoint(ContactFields, models.Model):
    """A person who speaks for a member. Name, email and phone each carry their own visibility,
    and nothing is public unless marked so."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="focal_points")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="focal_points",
        verbose_name=_("login"),
    )
    name = models.CharField(_("full name"), max_length=150)
    name_visibility = models.CharField(
        _("name visible to"), max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    title = models.CharField(_("job title"), max_length=150, blank=True)
    sex = models.CharField(_("sex"), max_length=12, choices=Sex.choices, default=Sex.UNDISCLOSED)
    email = models.EmailField(_("email"), blank=True)
    email_visibility = models.CharField(
        _("email visible to"), max_length=10, choices=Visibility.choices, default=Visibility.STAFF
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    phone_visibility = models.CharField(
        _("phone visible to"), max_length=10, choices=Visibility.choices, default=Visibility.STAFF
    )
    is_primary = models.BooleanField(_("primary contact"), default=False)
    is_billing = models.BooleanField(
        _("billing contact"), default=False, help_text=_("Receives invoices and reminders.")
    )

    history = HistoricalRecords()
    objects = FocalPointQuerySet.as_manager()

    class Meta:
        ordering = ["-is_primary", "name"]
        verbose_name = _("focal point")

    def __str__(self):
        return f"{self.name} ({self.member})"
